#!/usr/bin/env python3
"""The two commands of the README, using nothing but Python 3.11+.

    python3 dev.py start   # set up everything and serve the demo site on http://127.0.0.1:8000/
    python3 dev.py test    # set up everything and run the whole test suite

Both create ``.venv`` and install the pinned requirements the first time (and again whenever a
requirements file changes). Extra arguments after ``test`` go to pytest.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".requirements.sha256"


def run(*args, **kwargs):
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=True, **kwargs)


def ensure_environment(requirements):
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed (found {sys.version.split()[0]}).")
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    files = [ROOT / "requirements.txt", ROOT / "requirements-dev.txt"]
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files) + requirements.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-r", requirements)
        STAMP.write_text(digest)


def start(argv):
    ensure_environment("requirements-dev.txt")
    env = {**os.environ}
    env.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")
    manage = [PYTHON, "manage.py"]
    run(*manage, "migrate", "--noinput", env=env)
    run(*manage, "load_demo_content", env=env)
    run(*manage, "ensure_admin", env=env)
    address = argv[0] if argv else os.environ.get("ADDRESS", "127.0.0.1:8000")
    os.execve(str(PYTHON), [str(PYTHON), "manage.py", "runserver", address], env)


def ensure_browser():
    """The browser suite drives Debian's ``chromium``; elsewhere Playwright's own Chromium build."""
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return
    print("No chromium on PATH: installing Playwright's Chromium for the browser tests", flush=True)
    subprocess.run([str(PYTHON), "-m", "playwright", "install", "chromium"], cwd=ROOT, check=False)


def test(argv):
    """The whole suite: in parallel on every core (pytest-xdist), then the browser suite on its own.

    The browser suite shares one live server per process, so it runs in one process after the
    rest. With arguments, pytest runs once with exactly those arguments.
    """
    ensure_environment("requirements-dev.txt")
    ensure_browser()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test"}
    pytest = [str(PYTHON), "-m", "pytest"]
    if argv:
        sys.exit(subprocess.run([*pytest, *argv], cwd=ROOT, env=env).returncode)
    parallel = subprocess.run(
        [*pytest, "-n", "auto", "--dist", "loadfile", "-m", "not browser"], cwd=ROOT, env=env
    )
    browser = subprocess.run([*pytest, "-m", "browser"], cwd=ROOT, env=env)
    sys.exit(parallel.returncode or browser.returncode)


def lint(argv):
    """ruff's checks and formatting, first in CI because they take seconds."""
    ensure_environment("requirements-dev.txt")
    ruff = VENV / "bin" / "ruff"
    checks = subprocess.run([str(ruff), "check", "."], cwd=ROOT)
    formatting = subprocess.run([str(ruff), "format", "--check", "."], cwd=ROOT)
    sys.exit(checks.returncode or formatting.returncode)


COMMANDS = {"start": start, "test": test, "lint": lint}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    COMMANDS[sys.argv[1]](sys.argv[2:])
