vcl 4.1;
# The front cache of cilvektirdznieciba.lv (Debian's Varnish 7.1). See docs/deployment.md.
#
# - PURGE only from the allow-list; a PURGE of a path drops that path with every query string
#   (a news index with its ?page=N and ?category= variants), on every host name.
# - Query strings sorted, so ?page=2&category=x and ?category=x&page=2 are one object.
# - Cookies stripped for anonymous visitors; a session cookie (a logged-in editor) passes.
# - The admin, previews, documents and anything but GET/HEAD pass straight to the application.
# - Grace: while the application (or its database) is down, cached pages keep being served for
#   up to a day; while it is up, a stale page is served for a few seconds while it is refetched.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz/";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

acl purge_allowed {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purge_allowed) {
            return (synth(405, "Not allowed"));
        }
        # Lurker-friendly: matched against what the object stored (see vcl_backend_response).
        ban("obj.http.x-url-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # The admin, previews (under /admin/), documents (served after a permission check), the
    # health check and the Django admin are never cached.
    if (req.url ~ "^/(admin|django-admin|documents|healthz)(/|$)") {
        return (pass);
    }

    # A logged-in editor: pass, with cookies, so they never see or fill a cached copy.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }

    # Search results for a query are personal enough and too varied to cache.
    if (req.url ~ "[?&]q=") {
        return (pass);
    }

    set req.url = std.querysort(req.url);
    # Anonymous visitors: no cookie reaches the application, so its answer is the same for all.
    unset req.http.Cookie;
    # A healthy application refreshes an expired page after at most 10 s of serving it stale;
    # a sick one leaves the whole grace period (beresp.grace) to the cached copy.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # Remembered on the object for bans (PURGE) and removed before delivery.
    set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");

    # Only what the application marks public is kept (website/cache_headers.py); a response
    # that sets a cookie never is.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Serve stale copies for a day if the application cannot answer.
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
