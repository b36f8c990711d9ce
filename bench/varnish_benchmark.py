"""The seed article through Varnish next to nginx serving the same HTML as a static file, in one run.

Starts the production stack natively (tests/stack/stack.py: gunicorn, Debian's Varnish, the task
worker, moto's S3, against PostgreSQL and Redis), saves the seed article's HTML to a file that
nginx serves, then loads both with wrk (Debian's ``wrk``) on loopback and prints requests per
second and the ratio. Bounded: a few seconds of load per target.

    STACK_DATABASE_URL=postgres://postgres@127.0.0.1:5432/stack_bench \\
        .venv/bin/python bench/varnish_benchmark.py [--seconds 10] [--connections 32]
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stack import stack as stack_module  # noqa: E402

# The seed article (news/demo.py), in Latvian.
SEED = (
    "/lv/jaunumi/"
    "jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana/"
)

NGINX_CONF = """
daemon off;
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/nginx-body;
    proxy_temp_path {workdir}/nginx-proxy;
    fastcgi_temp_path {workdir}/nginx-fastcgi;
    uwsgi_temp_path {workdir}/nginx-uwsgi;
    scgi_temp_path {workdir}/nginx-scgi;
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        location / {{ root {workdir}/html; }}
    }}
}}
"""


def wrk(url, seconds, connections):
    output = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    workdir = Path(tempfile.mkdtemp(prefix="cilvektirdznieciba-bench-"))
    workdir.chmod(0o755)
    stack = stack_module.Stack(workdir)
    nginx = None
    try:
        print("starting the stack (migrate, demo content, gunicorn, worker, Varnish, S3)...", flush=True)
        stack.start()
        varnish_url = f"http://127.0.0.1:{stack_module.VARNISH_PORT}{SEED}"
        with urllib.request.urlopen(varnish_url) as response:  # noqa: S310 - loopback only
            html = response.read()
        (workdir / "html").mkdir()
        (workdir / "html" / "seed.html").write_bytes(html)
        (workdir / "nginx.conf").write_text(NGINX_CONF.format(workdir=workdir, port=stack_module.NGINX_PORT))
        nginx = subprocess.Popen(["nginx", "-c", str(workdir / "nginx.conf")], start_new_session=True)
        static_url = f"http://127.0.0.1:{stack_module.NGINX_PORT}/seed.html"
        stack_module.wait_for(static_url)
        with urllib.request.urlopen(varnish_url) as response:  # noqa: S310 - loopback only
            assert response.headers["X-Cache"] == "HIT", "the article is not cached"

        print(f"seed article: {len(html):,} bytes; {args.seconds} s each, {args.connections} connections")
        static_rate, static_errors = wrk(static_url, args.seconds, args.connections)
        varnish_rate, varnish_errors = wrk(varnish_url, args.seconds, args.connections)
        print("| target | requests/s | errors |\n|---|---|---|")
        print(f"| nginx, static file | {static_rate:,.0f} | {static_errors} |")
        print(f"| Varnish, cached article | {varnish_rate:,.0f} | {varnish_errors} |")
        print(f"Varnish / static ratio: {varnish_rate / static_rate:.2f}")
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=10)
        stack.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
