"""Delete search counts older than the retention period; run daily (docs/operations.md)."""

from django.conf import settings
from django.core.management import BaseCommand
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits


class Command(BaseCommand):
    help = (
        "Delete daily search counts older than WAGTAILSEARCH_HITS_MAX_AGE days and queries left without any."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="days to keep instead of the setting")

    def handle(self, *args, days=None, **options):
        days = settings.WAGTAILSEARCH_HITS_MAX_AGE if days is None else days
        hits_before = QueryDailyHits.objects.count()
        queries_before = Query.objects.count()
        QueryDailyHits.garbage_collect(days=days)
        # Queries that editors attached promotions to are their own words, not a visitor's: kept.
        Query.garbage_collect()
        self.stdout.write(
            f"Deleted {hits_before - QueryDailyHits.objects.count()} daily counts and "
            f"{queries_before - Query.objects.count()} queries older than {days} days."
        )
