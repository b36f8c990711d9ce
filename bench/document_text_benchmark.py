"""How long reading a long PDF for search takes, and how large its index text gets.

    .venv/bin/python bench/document_text_benchmark.py [--pages 300]

Writes a PDF of ``--pages`` pages of Latvian text (about 2,000 characters a page) with
``publications.pdf``, then measures, in one run: the extraction (``publications.extraction``, with
the site's limits), the analysis of the extracted text into index terms (``search.analysis``, what
indexing a publication costs), and finding the page that holds a word for the result snippet.
No database is used.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")

import django  # noqa: E402

django.setup()

from publications import extraction  # noqa: E402
from publications.pdf import make_pdf  # noqa: E402
from search import analysis  # noqa: E402

PARAGRAPH = (
    "Cilvēku tirdzniecības upuru identificēšana, sociālā rehabilitācija un kriminālprocesi "
    "ir šī pārskata galvenās tēmas; nodaļā aprakstīta sadarbība starp valsts iestādēm, "
    "nevalstiskajām organizācijām un starptautiskajiem partneriem Baltijas jūras reģionā. "
)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    pages = [[f"{number}. lappuse.", PARAGRAPH * 8] for number in range(1, args.pages)]
    pages.append(["Pēdējā lappuse: zīdtārpiņiem."])
    started = time.perf_counter()
    data = make_pdf(pages)
    written = time.perf_counter() - started

    started = time.perf_counter()
    result = extraction.extract(io.BytesIO(data), "pdf", len(data))
    extracted = time.perf_counter() - started

    started = time.perf_counter()
    terms = analysis.analyze(result.text.replace(extraction.PAGE_SEPARATOR, " "))
    analysed = time.perf_counter() - started

    query = set(analysis.analyze_words("zidtarpini", "lv"))
    started = time.perf_counter()
    found = next(
        (
            number
            for number, text in enumerate(result.pages, start=1)
            if any(analysis.terms_of_word(word, "lv") in query for _s, _e, word in analysis.tokenize(text))
        ),
        "not read (past the limit)",
    )
    located = time.perf_counter() - started

    print(f"PDF: {args.pages} pages, {len(data) / 1024:.0f} KB, written in {written:.1f} s")
    print(
        f"extraction: {extracted:.2f} s ({extracted / args.pages * 1000:.1f} ms a page), "
        f"status {result.status}, {len(result.pages)} pages read, {len(result.text):,} characters, "
        f"truncated: {result.truncated}"
    )
    print(f"analysis into index terms (both languages): {analysed:.2f} s, {len(terms):,} characters of terms")
    print(f"page of 'zidtarpini' for the snippet: {found}, found in {located * 1000:.0f} ms")


if __name__ == "__main__":
    main()
