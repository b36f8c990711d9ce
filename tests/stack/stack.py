"""Start the production stack natively, as deploy/ describes it, for the stack test and the benchmark.

gunicorn (deploy/gunicorn.conf.py, production settings), Debian's varnishd (deploy/varnish/
default.vcl), the django-tasks database worker, moto's S3 server, against the machine's PostgreSQL
and Redis. Ports come from ``STACK_PORT_BASE`` (default 8120): +1 gunicorn, +2 Varnish, +3 Varnish's
admin, +5 moto S3, +6 nginx (benchmark). ``STACK_DATABASE_URL`` (a database this run may drop and
create) and ``STACK_REDIS_URL`` select the services.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PORT_BASE = int(os.environ.get("STACK_PORT_BASE", "8120"))
GUNICORN_PORT = PORT_BASE + 1
VARNISH_PORT = PORT_BASE + 2
VARNISH_ADMIN_PORT = PORT_BASE + 3
S3_PORT = PORT_BASE + 5
NGINX_PORT = PORT_BASE + 6
DATABASE_URL = os.environ.get("STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/stack")
REDIS_URL = os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/15")
BUCKET = "stack-media"
ADMIN_USER = "stack-admin"
ADMIN_PASSWORD = secrets.token_urlsafe(16)
# Long enough for each test's checks on a loaded machine; the grace test waits it out.
S_MAXAGE = 120


def wait_for(url, timeout=90, expect=(200,)):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                if response.status in expect:
                    return
                last = response.status
        except Exception as error:  # noqa: BLE001 - keep polling until the deadline
            last = error
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer in {timeout} s: {last}")


class Stack:
    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.processes = {}
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "website.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": REDIS_URL,
            "TASKS_BACKEND": "database",
            "FRONTEND_CACHE_URL": f"http://127.0.0.1:{VARNISH_PORT}",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{S3_PORT}",
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "stack",
            "AWS_SECRET_ACCESS_KEY": "stack-secret",
            "WEBSITE_VAR_DIR": str(self.workdir / "var"),
            "STATIC_ROOT": str(self.workdir / "static"),
            "CACHE_CONTROL_S_MAXAGE": str(S_MAXAGE),
            "GUNICORN_BIND": f"127.0.0.1:{GUNICORN_PORT}",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_ACCESS_LOG": str(self.workdir / "gunicorn-access.log"),
            "DJANGO_SUPERUSER_USERNAME": ADMIN_USER,
            "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
            "PYTHONUNBUFFERED": "1",
        }

    # Processes ----------------------------------------------------------------------------

    def spawn(self, name, args, **kwargs):
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **kwargs,
        )
        self.processes[name] = process
        return process

    def stop(self, name):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def stop_all(self):
        for name in reversed(list(self.processes)):
            self.stop(name)

    def manage(self, *args, timeout=600, **env):
        return subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **env},
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def log(self, name):
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # Parts --------------------------------------------------------------------------------

    def reset_services(self):
        import psycopg2
        import redis

        url = urlsplit(DATABASE_URL)
        name = url.path.lstrip("/")
        admin = psycopg2.connect(
            host=url.hostname, port=url.port or 5432, user=url.username or "postgres", dbname="postgres"
        )
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"')
        admin.close()
        redis.Redis.from_url(REDIS_URL).flushdb()

    def start_s3(self):
        self.spawn(
            "moto", [str(Path(PYTHON).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(S3_PORT)]
        )
        wait_for(f"http://127.0.0.1:{S3_PORT}/moto-api/", timeout=60)
        self.s3().create_bucket(Bucket=BUCKET)

    def s3(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{S3_PORT}",
            region_name="us-east-1",
            aws_access_key_id="stack",
            aws_secret_access_key="stack-secret",
        )

    def prepare_site(self):
        """Set up the database and the demo site. Their tasks (index updates, purges of a cache
        that is not there yet) run in the commands themselves, so the worker starts with an
        empty queue and every purge it later sends comes from the tests."""
        self.manage("migrate", "--noinput", TASKS_BACKEND="immediate")
        self.manage("collectstatic", "--noinput")
        self.manage("load_demo_content", "--skip-index", TASKS_BACKEND="immediate", FRONTEND_CACHE_URL="")
        self.manage("ensure_admin", TASKS_BACKEND="immediate")

    def start_gunicorn(self):
        self.spawn(
            "gunicorn",
            [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "website.wsgi:application"],
        )
        wait_for(f"http://127.0.0.1:{GUNICORN_PORT}/healthz/")

    def start_worker(self):
        self.spawn("worker", [PYTHON, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"])

    def start_varnish(self):
        vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
        vcl = vcl.replace('.port = "8000";', f'.port = "{GUNICORN_PORT}";')
        rendered = self.workdir / "default.vcl"
        rendered.write_text(vcl)
        rendered.chmod(0o644)
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        self.spawn(
            "varnish",
            [
                varnishd,
                "-F",
                "-a",
                f"127.0.0.1:{VARNISH_PORT}",
                "-T",
                f"127.0.0.1:{VARNISH_ADMIN_PORT}",
                "-n",
                str(self.workdir / "varnish"),
                "-f",
                str(rendered),
                "-s",
                "malloc,64m",
            ],
        )
        wait_for(f"http://127.0.0.1:{VARNISH_PORT}/healthz/", timeout=60)

    def start(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.reset_services()
        self.start_s3()
        self.prepare_site()
        self.start_gunicorn()
        self.start_worker()
        self.start_varnish()
