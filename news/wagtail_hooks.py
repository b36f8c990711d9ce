"""What the news app adds to every page's frame (see website/layout.py)."""

from wagtail import hooks


@hooks.register("register_site_stylesheet")
def news_stylesheet():
    return "news/news.css"
