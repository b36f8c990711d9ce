"""What the search app adds to every page's frame (see website/layout.py)."""

from wagtail import hooks


@hooks.register("register_site_stylesheet")
def search_stylesheet():
    return "search/search.css"
