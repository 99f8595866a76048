"""Downloads, for real, from a local HTTP server on 127.0.0.1 (no other address is contacted).

The server plays the mirrors: one serving good files, one recompressed, one corrupt, one truncated, one dead.
The product's real checksums are swapped for the practice files' own (monkeypatched), since the tests serve
those files; the verification code is the product's.
"""
from __future__ import annotations

import gzip
import hashlib
import http.server
import pickle
import socket
import threading
from pathlib import Path

import numpy as np
import pytest

from dataset import _files, mnist, sample_weight
from dataset._files import DataUnavailable, fetch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NAME = "t10k-labels-idx1-ubyte.gz"
GOOD = (FIXTURES / "mnist" / NAME).read_bytes()
CONTENT_SHA = hashlib.sha256(gzip.decompress(GOOD)).hexdigest()


class Mirrors(http.server.ThreadingHTTPServer):
    """GET /<mirror>/<file> answers files[mirror][file], else 404."""

    def __init__(self, files: dict[str, dict[str, bytes]]) -> None:
        self.files = files
        self.requests: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    def base(self, mirror: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{mirror}"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        self.server.requests.append(self.path)
        _, mirror, name = self.path.split("/", 2)
        body = self.server.files.get(mirror, {}).get(name)
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    for proxy in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)
    monkeypatch.delenv("DLSCRATCH_FIXTURES", raising=False)
    content = gzip.decompress(GOOD)
    truncated = GOOD[: len(GOOD) // 2]
    wrong = gzip.compress(content[:-1] + bytes([(content[-1] + 1) % 256]), mtime=0)  # one label changed
    recompressed = gzip.compress(content, compresslevel=1, mtime=12345)
    box = Mirrors({"good": {NAME: GOOD}, "recompressed": {NAME: recompressed}, "corrupt": {NAME: wrong},
                   "truncated": {NAME: truncated}, "dead": {}})
    thread = threading.Thread(target=box.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield box
    box.shutdown()
    box.server_close()


def closed_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/mnist"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_good_file_is_downloaded_verified_and_kept(server, tmp_path):
    assert fetch(NAME, CONTENT_SHA, tmp_path, (server.base("good"),)) == gzip.decompress(GOOD)
    assert (tmp_path / NAME).read_bytes() == GOOD
    assert leftovers(tmp_path) == []
    # The second time it comes from the cache: no request.
    server.requests.clear()
    fetch(NAME, CONTENT_SHA, tmp_path, (server.base("good"),))
    assert server.requests == []


def test_a_recompressed_copy_verifies_because_the_content_is_checked(server, tmp_path):
    assert fetch(NAME, CONTENT_SHA, tmp_path, (server.base("recompressed"),)) == gzip.decompress(GOOD)


def test_a_corrupt_mirror_is_skipped_for_the_next_one(server, tmp_path):
    fetch(NAME, CONTENT_SHA, tmp_path, (server.base("corrupt"), server.base("good")))
    assert (tmp_path / NAME).read_bytes() == GOOD
    assert [r.split("/")[1] for r in server.requests] == ["corrupt", "good"]


def test_a_file_that_fails_its_checksum_is_never_kept(server, tmp_path):
    with pytest.raises(DataUnavailable, match="checksum mismatch"):
        fetch(NAME, CONTENT_SHA, tmp_path, (server.base("corrupt"),))
    assert not (tmp_path / NAME).exists() and leftovers(tmp_path) == []


def test_a_truncated_download_is_rejected(server, tmp_path):
    with pytest.raises(DataUnavailable, match="not a readable file"):
        fetch(NAME, CONTENT_SHA, tmp_path, (server.base("truncated"),))
    assert not (tmp_path / NAME).exists()


def test_a_truncated_file_in_the_cache_is_fetched_again(server, tmp_path):
    (tmp_path / NAME).write_bytes(GOOD[:100])
    assert fetch(NAME, CONTENT_SHA, tmp_path, (server.base("good"),)) == gzip.decompress(GOOD)
    assert (tmp_path / NAME).read_bytes() == GOOD


def test_a_dead_mirror_is_followed_by_the_next(server, tmp_path):
    fetch(NAME, CONTENT_SHA, tmp_path, (server.base("dead"), server.base("good")))
    assert (tmp_path / NAME).read_bytes() == GOOD


def practice_hashes() -> dict[str, str]:
    return {name: hashlib.sha256(gzip.decompress((FIXTURES / "mnist" / name).read_bytes())).hexdigest()
            for name in mnist.FILES}


def test_load_mnist_downloads_into_the_data_dir_then_reads_the_cache(server, tmp_path, monkeypatch):
    server.files["mirror"] = {name: (FIXTURES / "mnist" / name).read_bytes() for name in mnist.FILES}
    monkeypatch.setattr(mnist, "FILES", practice_hashes())
    monkeypatch.setenv("DLSCRATCH_MIRRORS", f"{server.base('dead')},{server.base('mirror')}")
    (x_train, t_train), (x_test, t_test) = mnist.load_mnist(data_dir=tmp_path)
    assert x_train.shape == (600, 784) and x_test.shape == (200, 784) and t_train[0] == 5
    assert sorted(p.name for p in (tmp_path / "mnist").iterdir()) == sorted(mnist.FILES)
    monkeypatch.setenv("DLSCRATCH_MIRRORS", closed_port_url())  # offline now: the cache is enough
    assert np.array_equal(mnist.load_mnist(data_dir=tmp_path)[1][1], t_test)


def test_the_environment_variable_chooses_the_cache_folder(server, tmp_path, monkeypatch):
    server.files["mirror"] = {name: (FIXTURES / "mnist" / name).read_bytes() for name in mnist.FILES}
    monkeypatch.setattr(mnist, "FILES", practice_hashes())
    monkeypatch.setenv("DLSCRATCH_MIRRORS", server.base("mirror"))
    monkeypatch.setenv("DLSCRATCH_DATA_DIR", str(tmp_path / "from-env"))
    mnist.load_mnist()
    assert (tmp_path / "from-env" / "mnist" / NAME).is_file()


def test_offline_the_error_names_the_files_and_the_folder_in_one_short_message(tmp_path, monkeypatch):
    monkeypatch.delenv("DLSCRATCH_FIXTURES", raising=False)
    monkeypatch.setenv("DLSCRATCH_MIRRORS", closed_port_url())
    with pytest.raises(DataUnavailable) as caught:
        mnist.load_mnist(data_dir=tmp_path)
    message = str(caught.value)
    assert all(name in message for name in mnist.FILES)
    assert str(tmp_path / "mnist") in message and "DLSCRATCH_DATA_DIR" in message
    # No chained "During handling of the above exception..." and one frame of ours: load_mnist's raise.
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert [entry.name for entry in caught.traceback[1:]] == ["load_mnist"]
    assert list((tmp_path / "mnist").iterdir()) == []


def test_sample_weight_is_read_without_the_plain_unpickler_and_cached_as_npz(server, tmp_path, monkeypatch):
    with np.load(FIXTURES / "sample_weight.npz") as stored:
        weights = {name: stored[name] for name in stored.files}
    pickled = pickle.dumps(weights, protocol=3)
    server.files["book"] = {"sample_weight.pkl": pickled}
    monkeypatch.setattr(sample_weight, "PICKLE_SHA256", hashlib.sha256(pickled).hexdigest())
    monkeypatch.setenv("DLSCRATCH_MIRRORS", server.base("book"))
    loaded = sample_weight.load_sample_weight(data_dir=tmp_path)
    assert all(np.array_equal(loaded[k], weights[k]) for k in weights) and (tmp_path / "sample_weight.npz").is_file()
    with np.load(tmp_path / "sample_weight.npz", allow_pickle=False) as converted:  # plain arrays, no pickle inside
        assert sorted(converted.files) == sorted(weights)


class _Payload:
    def __reduce__(self) -> tuple:
        return (Path.touch, (Path("/tmp/dlscratch-pwned"),))


def test_a_pickle_naming_anything_but_numpy_arrays_is_refused_even_with_a_matching_hash(server, tmp_path, monkeypatch):
    hostile = pickle.dumps({"W1": _Payload()})
    server.files["evil"] = {"sample_weight.pkl": hostile}
    monkeypatch.setattr(sample_weight, "PICKLE_SHA256", hashlib.sha256(hostile).hexdigest())
    monkeypatch.setenv("DLSCRATCH_MIRRORS", server.base("evil"))
    with pytest.raises(ValueError, match="refusing"):
        sample_weight.load_sample_weight(data_dir=tmp_path)
    assert not Path("/tmp/dlscratch-pwned").exists()
    assert not (tmp_path / "sample_weight.npz").exists()


def test_the_product_mirrors_are_tried_in_turn_when_no_override_is_set(monkeypatch):
    monkeypatch.delenv("DLSCRATCH_MIRRORS", raising=False)
    assert _files.mirrors(mnist.MIRRORS) == mnist.MIRRORS and len(mnist.MIRRORS) > 1
    assert len(sample_weight.MIRRORS) > 1


# -- offline, fast: one probe of every mirror before the four files ----------------------------------
@pytest.fixture
def silent_mirror():
    """A 127.0.0.1 port that accepts connections (the kernel's backlog) and never answers, as a network that
    swallows traffic does."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/mnist"
    listener.close()


def test_mirrors_that_never_answer_fail_soon_with_what_to_do(silent_mirror, tmp_path, monkeypatch):
    monkeypatch.delenv("DLSCRATCH_FIXTURES", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("DLSCRATCH_MIRRORS", f"{silent_mirror},{silent_mirror}/second,{silent_mirror}/third")
    outcome = []

    def load() -> None:
        try:
            mnist.load_mnist(data_dir=tmp_path)
        except DataUnavailable as error:
            outcome.append(error)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(120)  # a generous bound on this test's own wait: four files × 30 s × 3 mirrors would be 6 minutes
    assert not worker.is_alive() and outcome, "load_mnist still waiting on mirrors that never answer"
    error, message = outcome[0], str(outcome[0])
    assert error.offline and "no mirror answered" in message and "ReadTimeout" in message
    assert "DLSCRATCH_DATA_DIR" in message and all(name in message for name in mnist.FILES)
    assert f'mkdir -p "{tmp_path / "mnist"}" && cp ' in message and "Copy-Item" in message


def test_a_silent_mirror_is_skipped_and_the_download_shows_its_progress(server, silent_mirror, tmp_path, monkeypatch, capsys):
    server.files["mirror"] = {name: (FIXTURES / "mnist" / name).read_bytes() for name in mnist.FILES}
    monkeypatch.setattr(mnist, "FILES", practice_hashes())
    monkeypatch.setenv("DLSCRATCH_MIRRORS", f"{silent_mirror},{server.base('mirror')}")
    monkeypatch.setenv("DLSCRATCH_DATA_DIR", str(tmp_path))
    (x_train, _), (x_test, _) = mnist.load_mnist()
    assert x_train.shape == (600, 784) and x_test.shape == (200, 784)
    assert sorted(p.name for p in (tmp_path / "mnist").iterdir()) == sorted(mnist.FILES)  # DLSCRATCH_DATA_DIR/mnist/
    assert [r for r in server.requests if r.startswith("/mirror/")] == [f"/mirror/{name}" for name in mnist.FILES]
    progress = capsys.readouterr().err
    assert all(name in progress for name in mnist.FILES) and "100%" in progress, progress
