"""axe-core on the main pages, in Debian's headless Chromium at a phone's and a desktop's size.

Usage: check.py BASE_URL DCEM_BINARY
Walks the site as its users do (the simulator's answers, a demo family's login, a demo agent's
login with its one-time code from `dcem agent code`), runs axe-core on each page, prints the
violations per impact, and exits 1 on any serious or critical one (listed with rule, help, target).
"""
import re
import subprocess
import sys
import time
from urllib.parse import urljoin

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

BASE, DCEM = sys.argv[1], sys.argv[2]
FAMILY = ("famille1@demo.dcem.example", "demo-famille-2026")
AGENT = ("agent.75@demo.dcem.example", "demo-agent-2026")
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
IMPACTS = ["critical", "serious", "moderate", "minor"]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

# The simulator's eligible journey (scripts/bench.d/simulate), answered through its forms.
SIMULATOR = [
    ("nationalite-enfant", {"nationalite-enfant": "other"}),
    ("titre-de-sejour-enfant", {"titre-de-sejour-enfant": "no"}),
    ("naissance", {"naissance-day": "2", "naissance-month": "4", "naissance-year": "2016"}),
    ("vit-en-france", {"vit-en-france": "yes"}),
    ("departement", {"departement": "75"}),
    ("nombre-de-parents", {"nombre-de-parents": "1"}),
    ("parent-1-nationalite", {"parent-1-nationalite": "other"}),
    ("parent-1-titre", {"parent-1-titre": "resident"}),
    ("parent-1-expiration", {"parent-1-expiration-day": "1", "parent-1-expiration-month": "5", "parent-1-expiration-year": "2031"}),
    ("beau-parent", {"beau-parent": "no"}),
    ("demandeur", {"demandeur": "parent"}),
    ("protection", {"protection": "none"}),
    ("ase", {"ase": "no"}),
    ("arrivee", {"arrivee": "other"}),
]


def url(path):
    return urljoin(BASE, path)


def answer_simulator(context):
    """Posts each answer with the page's CSRF token; the cookie jar is the browser context's."""
    page = context.new_page()
    page.goto(url("/simulateur/question/nationalite-enfant"))
    csrf = page.locator('input[name="_csrf"]').first.get_attribute("value")
    page.close()
    for question, fields in SIMULATOR:
        response = context.request.post(url(f"/simulateur/question/{question}"), form={"_csrf": csrf, **fields}, max_redirects=0)
        if response.status != 303:
            sys.exit(f"axe: the simulator's {question} answered {response.status}")


def family_login(page):
    page.goto(url("/compte/connexion"))
    page.fill('input[name="email"]', FAMILY[0])
    page.fill('input[name="password"]', FAMILY[1])
    page.locator('main form button[type="submit"]').first.click()
    page.wait_for_load_state()
    if "/mes-demandes" not in page.url:
        sys.exit(f"axe: the family's login ended on {page.url}")


def draft_id(page):
    """The demo family's draft: the one application whose page links to its check-your-answers page."""
    page.goto(url("/mes-demandes"))
    ids = list(dict.fromkeys(re.findall(rf'href="/demandes/({UUID})"', page.content())))
    for dossier in ids:
        page.goto(url(f"/demandes/{dossier}"))
        if page.locator(f'a[href="/demandes/{dossier}/verifier"]').count() > 0:
            return dossier
    sys.exit("axe: the demo family has no draft (is the demo seeded?)")


USED_CODES = set()


def fresh_agent_code():
    """The demo agent's current one-time code, never one already used: a code works once, so the
    second size's login waits for the next 30-second step instead of being refused."""
    deadline = time.monotonic() + 45
    while True:
        out = subprocess.run([DCEM, "agent", "code", "--email", AGENT[0]], check=True, capture_output=True, text=True).stdout
        code = re.search(r"\d{6}", out).group(0)
        if code not in USED_CODES:
            USED_CODES.add(code)
            return code
        if time.monotonic() > deadline:
            sys.exit("axe: the demo agent's one-time code did not change in 45 s")
        time.sleep(1)


def agent_login(page):
    page.goto(url("/backoffice/connexion"))
    page.fill('input[name="email"]', AGENT[0])
    page.fill('input[name="password"]', AGENT[1])
    page.locator('main form button[type="submit"]').first.click()
    page.wait_for_load_state()
    page.fill('input[name="code"]', fresh_agent_code())
    page.locator('main form button[type="submit"]').first.click()
    page.wait_for_load_state()
    if "/backoffice/dossiers" not in page.url:
        sys.exit(f"axe: the agent's login ended on {page.url}")


def pages(browser, size):
    """Yields (name, page) for each page to check, the page loaded."""
    context = browser.new_context(viewport=size, bypass_csp=True)
    page = context.new_page()
    page.goto(url("/"))
    yield "home", page
    page.goto(url("/simulateur/question/nationalite-enfant"))
    yield "simulator question", page
    answer_simulator(context)
    page.goto(url("/simulateur/resultat"))
    yield "simulator result", page
    page.goto(url("/compte/creer"))
    yield "sign-up", page
    family_login(page)
    yield "my applications", page
    dossier = draft_id(page)
    page.goto(url(f"/demandes/{dossier}"))
    yield "task list", page
    page.goto(url(f"/demandes/{dossier}/verifier"))
    yield "check your answers", page
    page.goto(url(f"/demandes/{dossier}/enfant"))
    page.fill('input[name="surname"]', "")
    page.locator('main form button[type="submit"]').first.click()
    page.wait_for_load_state()
    if page.locator(".error-summary, [role=alert]").count() == 0:
        sys.exit("axe: the child's page submitted without a surname shows no error summary")
    yield "question with errors", page
    context.close()

    context = browser.new_context(viewport=size, bypass_csp=True)
    page = context.new_page()
    page.goto(url("/backoffice/connexion"))
    yield "back-office login", page
    agent_login(page)
    page.goto(url("/backoffice/dossiers"))
    yield "back-office queue", page
    case = re.search(rf'href="(/backoffice/dossiers/{UUID})"', page.content())
    if not case:
        sys.exit("axe: the demo agent's queue lists no case")
    page.goto(url(case.group(1)))
    yield "back-office case", page
    context.close()


def main():
    axe = Axe()
    failures = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for size_name, size in SIZES.items():
            for name, page in pages(browser, size):
                violations = axe.run(page).response["violations"]
                counts = {impact: sum(1 for v in violations if v.get("impact") == impact) for impact in IMPACTS}
                summary = " ".join(f"{impact}={counts[impact]}" for impact in IMPACTS)
                print(f"{size_name:8} {name:22} {summary}  {page.url.replace(BASE, '')}")
                for v in violations:
                    if v.get("impact") not in ("serious", "critical"):
                        # Reported, not failing: named so that they can be fixed too.
                        print(f"         {'':22} [{v.get('impact')}] {v['id']}: {v['help']} — {' '.join(map(str, v['nodes'][0]['target']))}")
                    else:
                        targets = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:5])
                        failures.append(f"{size_name} {name}: [{v['impact']}] {v['id']}: {v['help']} — {targets}")
        browser.close()
    if failures:
        print(f"\n{len(failures)} serious or critical violations:")
        for line in failures:
            print("  " + line)
        sys.exit(1)
    print("\naxe: no serious or critical violation")


main()
