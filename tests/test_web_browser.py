"""The web app in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright): pages
render the demo database, a highlight can be clicked, a correction made in the page shows in the
exported panel, the chart draws, search finds, and an injected link shows as text."""

from __future__ import annotations

import csv
import io
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gwr.web.screenshots import CHROMIUM, CHROMIUM_ARGS
from tests.test_web_helpers import build_demo, live_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing: run `make browser`"),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("browser")
    db = build_demo(base / "built.db")
    copy = base / "demo.db"
    shutil.copy(db, copy)
    with live_server(copy) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert errors == [], errors  # no script error and no CSP violation on any page


@pytest.mark.parametrize(
    ("path", "selector", "text"),
    [
        ("/", "#coverage", "大连市"),
        ("/", "#documents", "中山区"),
        ("/documents/2", "#text", "大连"),
        ("/documents/2", ".outline", "工作回顾"),
        ("/corrections", "#corrections", "No corrections yet"),
        ("/extract", "form.extract", "store it in the database"),
        ("/scorecard", "main", "Scorecard"),
    ],
    ids=lambda v: str(v),
)
def test_pages_render_the_demo_database(served: str, page: Any, path: str, selector: str, text: str) -> None:
    page.goto(served + path)
    assert text in page.locator(selector).first.inner_text()


def test_a_highlight_can_be_clicked(served: str, page: Any) -> None:
    page.goto(served + "/documents/6")
    page.locator("mark.fig", has_text="6.5%左右").click()
    assert page.locator("#detail").is_visible()
    assert page.locator("#d-raw").inner_text() == "6.5%左右"
    fields = page.locator("#d-fields").inner_text()
    assert "gdp" in fields and "target" in fields and "2019" in fields


def test_a_correction_made_in_the_page_shows_in_the_exported_panel(served: str, page: Any) -> None:
    page.goto(served + "/documents/6")
    page.fill("#author", "browser test")
    page.locator("mark.fig", has_text="6.5%左右").click()
    page.fill("#correct-form input[name=value]", "6.9")
    page.click("#btn-correct")
    page.wait_for_selector("#d-msg:has-text('saved')")
    assert "v-corrected" in (page.locator("mark.fig", has_text="6.5%左右").get_attribute("class") or "")
    url = served + "/api/panel?indicator=gdp&measure=growth&status=target&format=csv"
    with urllib.request.urlopen(url, timeout=10) as r:
        rows = list(csv.DictReader(io.StringIO(r.read().decode("utf-8"))))
    hebei = [(x["year"], x["value"], x["verified"]) for x in rows if x["region_code"] == "130000"]
    assert hebei == [("2019", "6.9", "corrected")]
    page.goto(served + "/corrections")
    assert "browser test" in page.locator("#corrections").inner_text()


def test_the_panel_chart_draws(served: str, page: Any) -> None:
    page.goto(served + "/panel?indicator=gdp&measure=growth")
    page.wait_for_selector("#chart canvas")
    drawn = page.evaluate(
        """() => {
          const c = document.querySelector('#chart canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) ink++;
          return ink;
        }"""
    )
    assert drawn > 1000
    assert int(page.get_attribute("#chart", "data-drawn") or 0) >= 2


def test_search_returns_results_linking_into_the_viewer(served: str, page: Any) -> None:
    page.goto(served + "/search")
    page.fill("input[name=q]", "居民消费价格")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("#hits li")
    assert "居民消费价格" in page.locator("#hits .kwic b").first.inner_text()
    page.locator("#hits a.doc").first.click()
    page.wait_for_selector("mark#hit")
    assert page.locator("mark#hit").inner_text() == "居民消费价格"


def test_an_injected_link_shows_as_text(served: str, page: Any) -> None:
    page.goto(served + "/documents/6")
    assert page.locator("#text a[href]").count() == 0  # the section anchors have no href
    assert page.locator("#text img, #text script").count() == 0
    # neutralised by the cleaner (＜, issue 9), shown as text
    assert '＜a href="https://evil.example/">免费下载＜/a>' in page.locator("#text").inner_text()
    page.check("#noise-toggle")
    noise = page.locator("del.noise", has_text="spam.example")
    assert noise.is_visible()
    assert '<a href="https://spam.example/x">' in noise.inner_text()
