"""Small PDFs with real text, for the demo content and the tests, written with fpdf2.

The font is a subset of DejaVu Sans with the Latvian letters (``fonts/``, its licence beside it),
so text like "cilvēku tirdzniecības upuri" is stored as text that a PDF reader (and search) reads
back, with no dependency on the fonts of the machine.
"""

from pathlib import Path

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans-LatinExtA.ttf"


def make_pdf(pages, title="", language="lv"):
    """The bytes of a PDF whose page N holds the paragraphs of ``pages[N - 1]`` (a list of strings)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_auto_page_break(auto=False)
    for paragraphs in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", size=16 if title else 11)
        if title:
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        pdf.set_font("DejaVu", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())
