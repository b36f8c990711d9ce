"""What other apps add to the page frame (``base.html``), without the frame knowing the apps.

An app registers, in its ``wagtail_hooks.py``:

* ``register_site_stylesheet``: a function returning the path (for ``{% static %}``) of a
  stylesheet every page loads, for what the app shows on any page (a news list on the home page,
  the month calendar beside every page);
* ``register_site_aside``: a function of the template context returning the HTML of a box beside
  the content of every page (or an empty string). Pages that want no aside override
  ``{% block aside %}``.

``{% site_stylesheets %}`` and ``{% site_asides %}`` (``website/templatetags/site_tags.py``) render
them in the hooks' order.
"""

from wagtail import hooks

STYLESHEET_HOOK = "register_site_stylesheet"
ASIDE_HOOK = "register_site_aside"


def stylesheets():
    return [path for hook in hooks.get_hooks(STYLESHEET_HOOK) if (path := hook())]


def asides(context):
    return [html for hook in hooks.get_hooks(ASIDE_HOOK) if (html := hook(context))]
