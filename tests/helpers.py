"""Helpers shared by the test modules: reading pages as a visitor sees them."""

import re

from bs4 import BeautifulSoup


def soup(response, status=200):
    """The parsed HTML of ``response``, which must have answered ``status``."""
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(element):
    """The visible text of ``element``, with whitespace collapsed."""
    return " ".join(element.get_text(" ", strip=True).split())


def html_lang(html):
    match = re.search(r'<html[^>]*\blang="([^"]+)"', html)
    return match.group(1) if match else None
