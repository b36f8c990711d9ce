"""Video embeds: YouTube and Vimeo only, without tracking cookies where the provider allows it.

Wagtail asks each provider's oEmbed endpoint for the player's HTML. Only the YouTube and Vimeo
endpoints are asked; the player address in the answer is then rewritten: YouTube's to
``www.youtube-nocookie.com`` (no cookies until the visitor plays the video), Vimeo's with
``dnt=1`` (Vimeo's "do not track"). An answer whose player lives anywhere else is refused, so the
page's ``frame-src`` (``VIDEO_EMBED_ORIGINS``) always covers it.
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.utils.html import escape
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.embeds.oembed_providers import vimeo, youtube

IFRAME_SRC = re.compile(r'(<iframe\b[^>]*?\bsrc=")([^"]+)(")', re.IGNORECASE)
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}


def private_player_url(url):
    """The player address to embed, or ``None`` when it is not on an allowed video host."""
    parts = urlsplit(url.replace("&amp;", "&"))
    host = (parts.hostname or "").lower()
    if host in YOUTUBE_HOSTS:
        parts = parts._replace(netloc="www.youtube-nocookie.com")
    elif host == "player.vimeo.com":
        query = dict(parse_qsl(parts.query))
        query["dnt"] = "1"
        parts = parts._replace(query=urlencode(query))
    parts = parts._replace(scheme="https")
    origin = f"https://{parts.netloc}"
    if origin not in settings.VIDEO_EMBED_ORIGINS:
        return None
    return urlunsplit(parts)


class VideoOEmbedFinder(OEmbedFinder):
    def __init__(self, providers=None, options=None):
        super().__init__(providers=[youtube, vimeo], options=options)

    def find_embed(self, url, max_width=None, max_height=None):
        result = super().find_embed(url, max_width=max_width, max_height=max_height)
        html = result.get("html") or ""
        sources = IFRAME_SRC.findall(html)
        if result.get("type") != "video" or len(sources) != 1:
            raise EmbedNotFoundException("Only YouTube and Vimeo video players can be embedded")
        player = private_player_url(sources[0][1])
        if player is None:
            raise EmbedNotFoundException("The video player is not on an allowed host")
        result["html"] = IFRAME_SRC.sub(lambda m: m.group(1) + escape(player) + m.group(3), html)
        return result
