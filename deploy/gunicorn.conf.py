"""gunicorn for cilvektirdznieciba.lv: ``gunicorn -c deploy/gunicorn.conf.py website.wsgi:application``.

Threads (gthread) because a page mostly waits on PostgreSQL and Redis; a worker restarts after a
bounded number of requests (with jitter, so workers do not all restart at once) to cap memory
growth. Every value can be overridden from the environment; docs/deployment.md explains them.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))
# A request that takes longer than this is killed (the worker is restarted); Varnish gives up
# on the first byte after 30 s, so there is no point in working longer.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Load the application before forking: workers share its memory and start faster.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# nginx in front terminates TLS and sets X-Forwarded-Proto; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "cilvektirdznieciba"
