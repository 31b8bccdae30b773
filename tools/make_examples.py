"""Make the Markdown, HTML and Word versions of an example article.

    python tools/make_examples.py [examples/airstrikes-toll.txt]

Writes NAME.md, NAME.html and NAME.docx beside the .txt.  The article's
paragraphs are the same in every version; only the format's own furniture
is added: front matter, a heading and inline markup (bold, a link whose
address has figures in it) in Markdown; a scraped page's chrome (site
navigation, a video player, a byline, a photo caption, "related" links, a
footer, all with figures of their own) around the article in HTML;
styles and a bold run in Word.  tests/test_formats.py checks that the
committed files are what this script makes from the committed .txt, and
that figcheck finds the same things in all four.

The .txt is read as: headline, a blank line, an "Updated ..." dateline, a
blank line, then paragraphs separated by blank lines.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import html
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "examples" / "airstrikes-toll.txt"

MONTHS = ("january february march april may june july august september october november december").split()
BOLD = "Halvard Monitor for Civilian Harm"
LINK_TEXT = "independent monitoring group"
LINK_URL = "https://example.org/halvard/reports/2016/09/toll-3800"


def split_article(text: str) -> tuple[str, str, list[str]]:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    headline, rest = paras[0], paras[1:]
    dateline = rest.pop(0) if rest and rest[0].lower().startswith("updated") else ""
    return headline, dateline, rest


def date_of(dateline: str) -> _dt.date | None:
    m = re.search(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", dateline)
    if not m or m.group(1).lower() not in MONTHS:
        return None
    return _dt.date(int(m.group(3)), MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))


# --------------------------------------------------------------------------
# Markdown


def to_markdown(text: str) -> str:
    headline, dateline, paras = split_article(text)
    date = date_of(dateline)
    out = ["---", f"title: \"{headline}\""]
    if date:
        out.append(f"date: {date.isoformat()}")
    out += ["tags: [karsa, airstrikes]", "---", "", f"# {headline}", ""]
    if dateline:
        out += [f"_{dateline}_", ""]
    for p in paras:
        p = p.replace(BOLD, f"**{BOLD}**", 1)
        p = p.replace(LINK_TEXT, f"[{LINK_TEXT}]({LINK_URL})", 1)
        out += [p, ""]
    return "\n".join(out)


# --------------------------------------------------------------------------
# HTML: a scraped page


def to_html(text: str) -> str:
    headline, dateline, paras = split_article(text)
    date = date_of(dateline)
    e = html.escape
    body = []
    for i, p in enumerate(paras):
        p = e(p, quote=False).replace(e(BOLD), f"<strong>{e(BOLD)}</strong>", 1)
        p = p.replace(LINK_TEXT, f'<a href="{LINK_URL}">{LINK_TEXT}</a>', 1)
        body.append(f'      <p class="paragraph">{p}</p>')
        if i == 0:
            body.append(
                '      <figure class="media">\n'
                '        <img src="/img/karsa-1200x675.jpg" alt="">\n'
                "        <figcaption>Rescue workers search a building hit on 14 September; 12 people were pulled out"
                " alive. Photo: 2016 Example Pictures</figcaption>\n"
                "      </figure>"
            )
        if i == 2:
            body.append('      <div class="promo-inline">Get our 7 top stories every morning: 100% free</div>')
    published = f'  <meta property="article:published_time" content="{date.isoformat()}T08:42:00-04:00">\n' if date else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        f"  <title>{e(headline)} | Example News, 24 hours a day</title>\n"
        f"{published}"
        "  <script>window.dataLayer = [{page: 1, sections: 12, ads: 3}];</script>\n"
        "  <style>.paragraph { margin: 0 0 16px; }</style>\n"
        "</head>\n"
        "<body>\n"
        '  <header class="site-header">\n'
        '    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/live">Live: 3 events</a></nav>\n'
        "  </header>\n"
        '  <div class="video-player"><span>Now playing</span> <span class="duration">01:50</span>'
        " 1,000 people flee as strikes continue</div>\n"
        "  <main>\n"
        "    <article>\n"
        f"      <h1 class=\"headline\">{e(headline)}</h1>\n"
        '      <p class="byline">By Example Staff, 3 hours ago, 4 min read</p>\n'
        + (f'      <p class="update-time">{e(dateline)}</p>\n' if dateline else "")
        + "\n".join(body) + "\n"
        '      <div class="share-bar"><a href="#">Share 2,400</a> <a href="#">Comments 57</a></div>\n'
        "    </article>\n"
        '    <aside class="related-stories">\n'
        "      <h2>Related</h2>\n"
        "      <ul><li>Strikes killed 4,100 civilians last year, 1,500 of them children</li>\n"
        "          <li>Half of 90,000 residents have fled, says agency</li></ul>\n"
        "    </aside>\n"
        "  </main>\n"
        '  <footer class="site-footer">&copy; 2016 Example News. 120 countries, 9 languages.</footer>\n'
        "</body>\n"
        "</html>\n"
    )


# --------------------------------------------------------------------------
# Word


def to_docx(text: str) -> bytes:
    import docx  # python-docx

    headline, dateline, paras = split_article(text)
    document = docx.Document()
    document.core_properties.title = headline
    document.add_paragraph(headline, style="Title")
    if dateline:
        document.add_paragraph().add_run(dateline).italic = True
    for p in paras:
        para = document.add_paragraph()
        if BOLD in p:
            before, after = p.split(BOLD, 1)
            para.add_run(before)
            para.add_run(BOLD).bold = True
            para.add_run(after)
        else:
            para.add_run(p)
    # a fixed timestamp, so that the file is the same on every run
    fixed = _dt.datetime(2016, 9, 30, 8, 42)
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.last_modified_by = "figcheck examples"
    document.core_properties.author = "figcheck examples"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT), help="the .txt article")
    args = parser.parse_args(argv)
    src = Path(args.source)
    text = src.read_text(encoding="utf-8")
    src.with_suffix(".md").write_text(to_markdown(text), encoding="utf-8")
    src.with_suffix(".html").write_text(to_html(text), encoding="utf-8")
    src.with_suffix(".docx").write_bytes(to_docx(text))
    for ext in (".md", ".html", ".docx"):
        print(src.with_suffix(ext))
    return 0


if __name__ == "__main__":
    sys.exit(main())
