"""Where the data lives, and how a file gets there: downloaded from public mirrors, verified, written atomically.

Every file is checked by the SHA-256 of its *content* (decompressed for .gz), so a mirror that recompressed
the file still verifies, while a corrupt or truncated download never does (it is fetched again, never used).
While grading, `DLSCRATCH_FIXTURES` names a folder of small practice files that replace the real ones.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import zlib
from pathlib import Path

MAX_CONTENT_BYTES = 64 * 2**20  # the largest real file (train images) is 47 MB decompressed
CONNECT_SECONDS = 3  # a network that drops packets never answers: say so soon, not after minutes
PROBE_SECONDS = 5  # the probe's whole answer (HEAD) may take this long after connecting
READ_SECONDS = 30  # a download under way may pause this long between bytes


class DataUnavailable(Exception):
    """The data could not be found or downloaded; the message says which files, where to put them and how."""

    def __init__(self, names: list[str], folder: Path, reasons: list[str], offline: bool = False) -> None:
        files = "\n".join(f"  - {name}" for name in names)
        tried = "\n".join(f"  · {reason}" for reason in reasons[-6:])
        why = (f"내려받을 곳이 {CONNECT_SECONDS + PROBE_SECONDS}초 안에 하나도 응답하지 않았습니다 (오프라인이거나 방화벽) / "
               f"no mirror answered within {CONNECT_SECONDS + PROBE_SECONDS} s (offline, or a firewall)\n") if offline else ""
        super().__init__(
            f"데이터를 내려받을 수 없습니다 / Could not download the data.\n{why}"
            f"아래 파일을 직접 받아 이 폴더에 넣으세요 / Download these files yourself and put them in:\n"
            f"  {folder}\n{files}\n"
            f"이미 가진 파일은 그 파일이 있는 폴더에서 이렇게 복사합니다 / Files you already have are copied there, "
            f"from the folder that holds them, with:\n"
            f"  mkdir -p \"{folder}\" && cp {' '.join(names)} \"{folder}/\"\n"
            f"  (Windows PowerShell: New-Item -ItemType Directory -Force \"{folder}\"; Copy-Item {', '.join(names)} \"{folder}\")\n"
            f"(폴더는 DLSCRATCH_DATA_DIR 또는 data_dir= 로 바꿀 수 있습니다 / "
            f"change the folder with DLSCRATCH_DATA_DIR or data_dir=)\n"
            f"시도한 주소 / tried:\n{tried}")
        self.names, self.folder, self.reasons, self.offline = names, folder, reasons, offline


def data_folder(data_dir: str | os.PathLike | None = None) -> Path:
    """The cache folder: the `data_dir` argument, else $DLSCRATCH_DATA_DIR, else the user's cache folder."""
    if data_dir is None:
        data_dir = os.environ.get("DLSCRATCH_DATA_DIR")
    if data_dir is None:
        import platformdirs

        data_dir = platformdirs.user_cache_dir("dlscratch")
    return Path(data_dir).expanduser()


def fixture_file(relative: str) -> Path | None:
    """While grading: the practice file standing in for a real one, if the grader provided it."""
    folder = os.environ.get("DLSCRATCH_FIXTURES")
    if not folder:
        return None
    path = Path(folder) / relative
    return path if path.is_file() else None


def read_content(path: Path, name: str | None = None) -> bytes:
    """The file's content, decompressed when `name` (default: the file's own) ends in .gz.

    Raises ValueError when it is corrupt or truncated.
    """
    name = name or path.name
    try:
        if not name.endswith(".gz"):
            return path.read_bytes()
        with gzip.open(path, "rb") as stream:  # gzip checks its CRC and length at the end of the stream
            content = stream.read(MAX_CONTENT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:  # BadGzipFile is an OSError
        raise ValueError(f"{name}: not a readable file ({type(error).__name__}: {error})") from None
    if len(content) > MAX_CONTENT_BYTES:
        raise ValueError(f"{name}: larger than any real file")
    return content


def verified_content(path: Path, sha256: str, name: str | None = None) -> bytes:
    """`read_content`, and the content's SHA-256 must be `sha256`; raises ValueError otherwise."""
    content = read_content(path, name)
    digest = hashlib.sha256(content).hexdigest()
    if digest != sha256:
        raise ValueError(f"{name or path.name}: checksum mismatch (got {digest[:12]}…, expected {sha256[:12]}…)")
    return content


def mirrors(default: tuple[str, ...]) -> tuple[str, ...]:
    """The base URLs to try in turn. $DLSCRATCH_MIRRORS (comma-separated) replaces them: tests use it."""
    override = os.environ.get("DLSCRATCH_MIRRORS")
    return tuple(u.strip() for u in override.split(",") if u.strip()) if override else default


def answering(bases: tuple[str, ...], name: str) -> tuple[tuple[str, ...], list[str]]:
    """The mirrors that answer a HEAD request for `name` within CONNECT_SECONDS + PROBE_SECONDS, in their order, and
    why the others did not. All are asked at once, so a network that drops packets costs seconds, once."""
    from concurrent.futures import ThreadPoolExecutor

    import pooch

    def probe(base: str) -> str | None:
        url = f"{base.rstrip('/')}/{name}"
        try:
            pooch.HTTPDownloader(timeout=(CONNECT_SECONDS, PROBE_SECONDS))(url, None, None, check_only=True)
            return None  # it answered (even "not found": the download then names the status)
        except Exception as error:  # noqa: BLE001  requests' ConnectTimeout, ReadTimeout, ConnectionError...
            return f"{url}: {type(error).__name__}"

    with ThreadPoolExecutor(max(1, len(bases))) as pool:
        failures = list(pool.map(probe, bases))
    return tuple(b for b, failure in zip(bases, failures) if failure is None), [f for f in failures if f]


def _download(url: str, target: Path) -> None:
    import pooch
    from tqdm import tqdm

    # pooch replaces the total by the file's size; it uses a bar only while the bar is true, that is total > 0
    bar = tqdm(desc=url.rsplit("/", 1)[-1], total=1, unit="B", unit_scale=True, ncols=79, leave=True)
    pooch.HTTPDownloader(progressbar=bar, timeout=(CONNECT_SECONDS, READ_SECONDS))(url, str(target), None)


def fetch(name: str, sha256: str, folder: Path, bases: tuple[str, ...]) -> bytes:
    """The verified content of `folder/name`, downloading it (mirror after mirror) when absent or bad.

    Raises DataUnavailable, naming the file and the folder, when no mirror gives a good copy.
    """
    path = folder / name
    reasons = []
    if path.is_file():
        try:
            return verified_content(path, sha256)
        except ValueError as bad:  # a damaged copy is replaced, never used
            reasons.append(f"{path.parent}: {bad}")
            path.unlink(missing_ok=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataUnavailable([name], path.parent, [f"{path.parent}: {error.strerror}"]) from None
    for base in bases:
        url = f"{base.rstrip('/')}/{name}"
        # Download next to the target, then rename: a reader never sees a half-written file.
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=path.parent)
        os.close(handle)
        try:
            _download(url, Path(temporary))
            content = verified_content(Path(temporary), sha256, name)
            os.replace(temporary, path)
            return content
        except ValueError as bad:
            reasons.append(f"{url}: {str(bad).removeprefix(name + ': ')}")
        except Exception as error:  # requests' connection errors, HTTP errors, timeouts...
            reasons.append(f"{url}: {type(error).__name__}: {str(error).splitlines()[0][:160] if str(error) else ''}")
        finally:
            Path(temporary).unlink(missing_ok=True)
    raise DataUnavailable([name], path.parent, reasons)


def write_atomically(path: Path, write: callable) -> None:
    """`write(temporary_path)`, then rename it to `path`."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
