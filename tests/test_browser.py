"""The HTML report in a real browser: headless Chromium driven by Selenium.

Uses the system's Chromium and chromedriver (Debian: ``apt-get install
chromium chromium-driver``) and the ``selenium`` package; nothing is
downloaded.  Skipped, with the reason, when any of them is missing.
"""
from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from checker.model import Finding, Related, Severity
from checker.reporters import FileResult, ReportRun, html as html_reporter

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never fetch a browser or driver

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.common.exceptions import NoAlertPresentException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


def _find(names: tuple[str, ...], extra: tuple[str, ...] = ()) -> str | None:
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    for path in extra:
        if os.access(path, os.X_OK):
            return path
    return None


CHROMIUM = os.environ.get("FIGCHECK_CHROMIUM") or _find(
    ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"), ("/usr/bin/chromium",))
CHROMEDRIVER = os.environ.get("FIGCHECK_CHROMEDRIVER") or _find(
    ("chromedriver",), ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"))

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no headless browser: needs Chromium and chromedriver (apt-get install chromium chromium-driver)",
)

FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,900",
)

TEXT = (
    "Storm leaves 3,800 homes without power\n\n"
    "Around 3,800 homes, almost a quarter of them in the hills, lost power overnight. "
    "Crews restored 2,337 in the valley, 1,906 on the coast and 561 in town.\n\n"
    "Residents posted <script>alert(1)</script> on the council's page.\n\n"
    "The utility said 60 crews were at work.\n"
)


def span(target: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(target, start + 1)
    return start, start + len(target)


def rel(target: str, nth: int = 0) -> Related:
    return Related(*span(target, nth), target)


def findings() -> list[Finding]:
    out = [
        Finding("FC401", "restatement", Severity.INFO, *span("3,800"), "'3,800' agrees with 'around 3,800'.",
                arithmetic="3,800 = 3,800", tolerance="exact", related=(rel("3,800", 1),)),
        Finding("FC101", "parts-total-mismatch", Severity.ERROR, *span("3,800", 1),
                "The parts add up to 4,804, not 'around 3,800'.",
                arithmetic="2,337 + 1,906 + 561 = 4,804", tolerance="'around' allows ±5%: 3,610 to 3,990",
                related=(rel("2,337"), rel("1,906"), rel("561"))),
        Finding("FC201", "share-count-mismatch", Severity.WARNING, *span("almost a quarter"),
                "1,906 is 50% of 3,800, not 'almost a quarter'.", arithmetic="1,906 / 3,800 = 50.2%",
                tolerance="'almost a quarter' means 20% to 25%", related=(rel("1,906"), rel("3,800", 1))),
    ]
    return sorted(out, key=lambda f: (f.start, f.end, f.rule))


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="figcheck-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    try:
        driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    except WebDriverException as exc:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"Chromium did not start: {exc.msg or exc}".splitlines()[0])
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    page = html_reporter.render(ReportRun([FileResult("storm.txt", TEXT, findings())], version="test"))
    path.write_text(page, encoding="utf-8")
    return path.as_uri()


def open_report(browser, url, fragment=""):
    browser.get("about:blank")
    browser.get(url + fragment)
    return browser


def active_marks(browser) -> list[str]:
    return [m.text.lstrip("✓⚠✗") for m in browser.find_elements(By.CSS_SELECTOR, "mark.fc-mark.active")]


def active_finding(browser) -> list[str]:
    return [li.get_attribute("id") for li in browser.find_elements(By.CSS_SELECTOR, "li.fc-finding.active")]


def test_highlights_have_classes_icons_and_colours(browser, report_url):
    open_report(browser, report_url)
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.fc-mark")
    first, second = marks[0], marks[1]
    assert "fc-info" in first.get_attribute("class") and first.text.startswith("✓")
    assert "fc-error" in second.get_attribute("class") and second.text.startswith("✗")
    quarter = next(m for m in marks if "almost a quarter" in m.text)
    assert "fc-warning" in quarter.get_attribute("class") and quarter.text.startswith("⚠")
    # the icons are rendered, and the severities look different
    icon = second.find_element(By.CSS_SELECTOR, ".fc-icon")
    assert icon.is_displayed()
    backgrounds = {m.value_of_css_property("background-color") for m in (first, second, quarter)}
    assert len(backgrounds) == 3
    assert active_marks(browser) == []
    # nothing is shown until a finding is chosen
    assert not browser.find_element(By.CSS_SELECTOR, "#finding-2 .fc-arith").is_displayed()


def test_click_on_finding_marks_its_relation_and_shows_arithmetic(browser, report_url):
    open_report(browser, report_url)
    browser.find_element(By.ID, "finding-2").click()
    assert active_finding(browser) == ["finding-2"]
    assert sorted(active_marks(browser)) == sorted(["3,800", "2,337", "1,906", "561"])
    primary = browser.find_elements(By.CSS_SELECTOR, "mark.active-primary")
    assert [m.text.lstrip("✗") for m in primary] == ["3,800"]
    arith = browser.find_element(By.CSS_SELECTOR, "#finding-2 .fc-arith")
    assert arith.is_displayed() and "2,337 + 1,906 + 561 = 4,804" in arith.text
    tol = browser.find_element(By.CSS_SELECTOR, "#finding-2 .fc-tol")
    assert tol.is_displayed() and "3,610 to 3,990" in tol.text
    assert not browser.find_element(By.CSS_SELECTOR, "#finding-3 .fc-arith").is_displayed()
    assert browser.execute_script("return location.hash") == "#finding-2"
    # choosing another finding moves the highlight
    browser.find_element(By.ID, "finding-3").click()
    assert active_finding(browser) == ["finding-3"]
    assert sorted(active_marks(browser)) == sorted(["almost a quarter", "1,906", "3,800"])
    assert not browser.find_element(By.CSS_SELECTOR, "#finding-2 .fc-arith").is_displayed()


def test_click_on_a_figure_opens_its_finding(browser, report_url):
    open_report(browser, report_url)
    mark = next(m for m in browser.find_elements(By.CSS_SELECTOR, "mark.fc-mark") if m.text.endswith("561"))
    mark.click()
    assert active_finding(browser) == ["finding-2"]
    assert browser.find_element(By.CSS_SELECTOR, "#finding-2 .fc-arith").is_displayed()
    # a figure in two relations: clicking again goes to the next one
    both = next(m for m in browser.find_elements(By.CSS_SELECTOR, "mark.fc-mark") if m.text.endswith("1,906"))
    both.click()
    first = active_finding(browser)
    both.click()
    second = active_finding(browser)
    assert sorted(first + second) == ["finding-2", "finding-3"]


def test_j_and_k_move_between_findings(browser, report_url):
    open_report(browser, report_url)
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    assert active_finding(browser) == ["finding-1"]
    browser.switch_to.active_element.send_keys("j")
    assert active_finding(browser) == ["finding-2"]
    browser.switch_to.active_element.send_keys("j")
    assert active_finding(browser) == ["finding-3"]
    browser.switch_to.active_element.send_keys("j")  # stays on the last
    assert active_finding(browser) == ["finding-3"]
    browser.switch_to.active_element.send_keys("k")
    assert active_finding(browser) == ["finding-2"]
    browser.switch_to.active_element.send_keys("\ue00c")  # Escape
    assert active_finding(browser) == [] and active_marks(browser) == []


def test_permalink_opens_the_finding(browser, report_url):
    open_report(browser, report_url, "#finding-3")
    assert active_finding(browser) == ["finding-3"]
    assert "almost a quarter" in active_marks(browser)


def test_script_in_the_draft_is_text(browser, report_url):
    open_report(browser, report_url)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    article = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "Residents posted <script>alert(1)</script> on the council's page." in article
    assert browser.execute_script("return document.scripts.length") == 1
