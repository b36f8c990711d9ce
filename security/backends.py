"""Login throttling: django-axes' backend, applied to logins through the web only."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """Counts failed logins and refuses locked-out ones (django-axes, ``AXES_*`` settings).

    ``authenticate()`` without a request (management commands, scripts, the test client's
    ``login()``) cannot be brute-forced from outside and has no address to lock, so it is passed
    on to the next backend instead of failing as django-axes' own backend does.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
