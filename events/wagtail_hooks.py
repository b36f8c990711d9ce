"""What the event calendar adds to every page's frame (see website/layout.py)."""

from wagtail import hooks

from events import widget


@hooks.register("register_site_stylesheet")
def events_stylesheet():
    return "events/events.css"


@hooks.register("register_site_aside")
def calendar_aside(context):
    return widget.render_aside(context)
