"""Progress output: a bar on a terminal, plain lines when piped, nothing when turned off."""
from __future__ import annotations

import io

from geo.ingest.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_piped_progress_is_plain_lines_and_errors_are_whole_lines():
    out = io.StringIO()
    bar = Progress(4, stream=out)
    bar.update(1, "stored 3", 3, force=True)
    bar.message("a.txt: empty file")
    bar.update(4, "stored 9", 9, force=True)
    bar.update(4, "stored 9", 9, force=True)  # the same counts again are not repeated
    bar.close()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("progress: 1/4 files, stored 3, ")
    assert lines[1] == "a.txt: empty file"
    assert lines[2].startswith("progress: 4/4 files, stored 9, ")
    assert len(lines) == 3 and "\r" not in out.getvalue()


def test_terminal_progress_redraws_one_bar():
    out = Terminal()
    bar = Progress(4, stream=out)
    bar.update(2, "stored 5", 5, force=True)
    bar.close()
    assert out.getvalue().startswith("\r[############............] 2/4 files  stored 5")


def test_disabled_progress_prints_errors_only_when_asked():
    quiet, loud = io.StringIO(), io.StringIO()
    Progress(1, enabled=False, stream=quiet).message("x: empty file")
    bar = Progress(1, enabled=False, stream=loud, errors=True)
    bar.update(1, "stored 1", 1, force=True)
    bar.message("x: empty file")
    assert quiet.getvalue() == "" and loud.getvalue() == "x: empty file\n"
