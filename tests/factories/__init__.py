"""Factories for the test content of each app (factory_boy, wagtail-factories).

One module per app: ``tests/factories/<app>.py``. Tests build the pages they assert on with these
factories, under the site's index pages, and never rely on the demo content's texts or slugs: the
demo content is tested by ``tests/test_demo_content.py`` alone.
"""
