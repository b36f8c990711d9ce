"""Known vulnerabilities in the locked dependencies (pip-audit), for CI.

    .venv/bin/python scripts/audit_dependencies.py [requirements.lock]

Fails (exit 1) when a locked package has a known vulnerability. When the advisory service cannot
be reached, pip-audit skips every package (or fails to start); then this prints a warning and
exits 0, so a CI machine without that service still runs the rest of its checks.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def summarise(report):
    """``(exit code, lines to print)`` for pip-audit's JSON report."""
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    lines = []
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            lines.append(
                f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixes})"
            )
    if dependencies and len(skipped) == len(dependencies):
        lines.append(
            f"WARNING: the vulnerability advisory service could not be reached: none of the "
            f"{len(dependencies)} locked packages was audited."
        )
    elif skipped:
        names = ", ".join(d["name"] for d in skipped)
        lines.append(f"WARNING: {len(skipped)} of {len(dependencies)} packages were not audited: {names}")
    if not vulnerable and len(skipped) < len(dependencies):
        lines.append(f"No known vulnerabilities in {len(dependencies) - len(skipped)} audited packages.")
    return (1 if vulnerable else 0), lines


def main(argv):
    lock = Path(argv[0]) if argv else ROOT / "requirements.lock"
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "audit.json"
        result = subprocess.run(  # noqa: S603 (fixed arguments)
            [
                sys.executable,
                "-m",
                "pip_audit",
                "--requirement",
                str(lock),
                "--no-deps",
                "--disable-pip",
                "--progress-spinner",
                "off",
                "--timeout",
                "15",
                "--format",
                "json",
                "--output",
                str(output),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        text = output.read_text() if output.exists() else ""
    if not text.strip():
        print("WARNING: pip-audit could not run (is the advisory service reachable?):", file=sys.stderr)
        print(result.stderr.strip()[-2000:], file=sys.stderr)
        return 0
    code, lines = summarise(json.loads(text))
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
