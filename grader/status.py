"""The statuses a graded problem can end in: plain strings, shared by the engine, the report and the results record."""
from __future__ import annotations

PASSED, FAILED, ERROR, TIMEOUT, MEMORY = "passed", "failed", "error", "timeout", "memory"
NOT_STARTED, MANUAL, SKIPPED = "not started", "manual", "skipped"
ALL = (PASSED, FAILED, ERROR, TIMEOUT, MEMORY, NOT_STARTED, MANUAL, SKIPPED)
FAILING = (FAILED, ERROR, TIMEOUT, MEMORY)  # work that runs but does not pass yet
