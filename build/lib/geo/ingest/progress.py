"""Progress for long batches: a bar on a terminal, a plain line every few seconds when piped."""
from __future__ import annotations

import sys
import time
from typing import TextIO

PLAIN_EVERY_S = 5.0  # piped output: often enough to show life, rare enough to stay readable
BAR_EVERY_S = 0.2
BAR_WIDTH = 24


class Progress:
    """Reports files done out of ``total_files`` and the running counts of a Summary."""

    def __init__(self, total_files: int, enabled: bool = True, stream: TextIO | None = None,
                 errors: bool | None = None) -> None:
        self.total = max(total_files, 1)
        self.errors = enabled if errors is None else errors
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = ""

    def update(self, files_done: int, counts: str, articles: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < (BAR_EVERY_S if self.tty else PLAIN_EVERY_S):
            return
        if force and counts == self.shown:
            return  # the final update repeats the last line
        self.last, self.shown = now, counts
        rate = articles / max(now - self.started, 1e-6)
        if self.tty:
            filled = int(BAR_WIDTH * min(files_done, self.total) / self.total)
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            self.stream.write(f"\r[{bar}] {files_done}/{self.total} files  {counts}  {rate:.0f} articles/s ")
        else:
            self.stream.write(f"progress: {files_done}/{self.total} files, {counts}, {rate:.0f} articles/s\n")
        self.stream.flush()

    def message(self, line: str) -> None:
        """Print a line (an error) without breaking the bar."""
        if not self.errors:
            return
        if self.tty:
            self.stream.write("\r\033[K")
        self.stream.write(line + "\n")
        self.stream.flush()
        self.last = 0.0 if self.tty else self.last

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
