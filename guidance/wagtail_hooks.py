"""What the guidance app adds to every page's frame (see website/layout.py)."""

from wagtail import hooks


@hooks.register("register_site_stylesheet")
def guidance_stylesheet():
    return "guidance/guidance.css"
