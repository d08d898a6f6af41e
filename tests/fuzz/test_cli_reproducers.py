"""The ``sakip`` command on every reproducer class of issue 16, as a user runs it.

Each refused file gives exit 2 and one line on standard error that names the
place, and never a traceback; hostile files with a correct result render in
every format.  The child's address space is capped, so a limit that were
checked after the parse (a quadratic dotted key, ``/dev/zero``) fails the
test instead of filling the machine's memory.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.reproducers import OK_FILES, REFUSED

_MEMORY = 1 << 30  # 1 GiB of address space: far above a refusal's needs


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the strictest terminal encoding
    return subprocess.run(
        [sys.executable, "-m", "sakip", *args, "--bahasa", "en"], capture_output=True,
        timeout=120, env=env,
        preexec_fn=_limit_memory if sys.platform != "win32" else None, check=False)


def _refused(result: subprocess.CompletedProcess[bytes], expect: str) -> None:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("sakip: ")
    assert expect in err
    assert result.stdout == b""


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_file(name: str, tmp_path: Path) -> None:
    """Every refused reproducer: exit 2, one line naming the place, no traceback."""
    file_name, content, expect = REFUSED[name]
    path = tmp_path / file_name
    path.write_bytes(content.encode("latin-1" if name == "not UTF-8" else "utf-8"))
    _refused(_run("reviu", str(path)), expect)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero() -> None:
    """/dev/zero is refused before a byte is read (it once reached 6.5 GB)."""
    _refused(_run("reviu", "/dev/zero"), "a device")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo(tmp_path: Path) -> None:
    """A FIFO is refused instead of blocking forever."""
    fifo = tmp_path / "report.toml"
    os.mkfifo(fifo)
    _refused(_run("reviu", str(fifo)), "a FIFO")


def test_oversized_file(tmp_path: Path) -> None:
    """A file above the size limit is refused by its size, before it is read."""
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(5_000_001)
    _refused(_run("reviu", str(big)), "at most 5000000 bytes")


@pytest.mark.parametrize("name", sorted(OK_FILES))
def test_hostile_but_valid(name: str, tmp_path: Path) -> None:
    """Hostile text renders (exit 0 or 1) through an ASCII-only stdout, no escape passes."""
    file_name, content = OK_FILES[name]
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    result = _run("reviu", str(path))
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == b""
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "\r" not in out
    if name == "lone surrogate":
        assert "\\ud800" in out


@pytest.mark.parametrize("name", sorted(OK_FILES))
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_every_format(name: str, fmt: str, tmp_path: Path,
                      capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Every format writes valid UTF-8 without raw control characters or forged rows."""
    from sakip.cli import main as _main
    from tests.tools import in_english

    main = in_english(_main)

    file_name, content = OK_FILES[name]
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    assert main(["reviu", str(path), "--format", fmt]) in (0, 1)
    captured = capsysbinary.readouterr()
    assert captured.err == b""
    out = captured.out.decode("utf-8")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", out)
    if fmt == "markdown":
        assert "| forged |" not in out  # a newline in kode cannot add a table row
        assert "<script>" not in out
    if name == "lone surrogate":
        assert "\\ud800" in out
