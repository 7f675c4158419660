"""What scripts/screens and scripts/journeys share: a demo server of their own, the demo's logins
(the agents' one-time codes from `dcem agent code`), the answers of an eligible situation, and
axe-core on what a JavaScript-less page showed.

The server runs in development with the demo seeded in a throw-away SQLite file. Its mail worker
waits an hour between passes (DCEM_MAIL_INTERVAL_SECONDS=3600), so that a mail written while a
script runs stays in the outbox with its text, readable at /dev/mail/<id> as a person would read
it (once sent, the text of a mail that carries a temporary password is erased).
"""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request

FAMILY = ("famille1@demo.dcem.example", "demo-famille-2026")
AGENT = ("agent.75@demo.dcem.example", "demo-agent-2026")
SUPERVISOR = ("supervisor.75@demo.dcem.example", "demo-agent-2026")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CHROMIUM = "/usr/bin/chromium"

# The demo family's cases, one per state (Sources/App/Demo/DemoSeed.swift), by the child's first name.
DEMO_CASES = [
    ("draft", "Yasmine"), ("filed", "Sami"), ("under-instruction", "Nour"), ("awaiting-documents", "Adam"),
    ("granted", "Lina"), ("refused", "Ilyes"), ("implicitly-refused", "Maya"), ("document-available", "Rayan"),
    ("postponement-requested", "Inès"), ("delivered", "Zakaria"), ("withdrawn", "Sara"),
]

# An eligible situation, question by question (the simulator's and the draft's situation pages ask
# the same questions; a date is day, month, year).
SITUATION = {
    "nationalite-enfant": "other",
    "titre-de-sejour-enfant": "no",
    "naissance": ("2", "4", "2016"),
    "vit-en-france": "yes",
    "departement": "75",
    "nombre-de-parents": "1",
    "parent-1-nationalite": "other",
    "parent-1-titre": "resident",
    "parent-1-expiration": ("1", "5", "2031"),
    "beau-parent": "no",
    "demandeur": "parent",
    "protection": "none",
    "ase": "no",
    "arrivee": "other",
}


class Server:
    """One dcem server on a fresh demo database; `fresh()` starts it again on a new one."""

    def __init__(self, binary, port, log_dir):
        self.binary, self.port, self.log_dir = binary, port, log_dir
        self.base = f"http://127.0.0.1:{port}"
        self.process = None
        self.data = None
        self.used_codes = set()
        self.runs = 0

    def env(self):
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        env.update(DCEM_ENV="development", DCEM_DATA_DIR=self.data, DCEM_SQLITE_PATH=os.path.join(self.data, "dcem.sqlite"),
                   DCEM_RATE_LIMITS="off", DCEM_BCRYPT_COST="4", DCEM_MAIL_INTERVAL_SECONDS="3600", LOG_LEVEL="warning")
        return env

    def fresh(self):
        self.stop()
        self.runs += 1
        self.data = tempfile.mkdtemp(prefix="dcem-demo-")
        self.used_codes = set()
        subprocess.run([self.binary, "demo"], env=self.env(), check=True, stdout=subprocess.DEVNULL)
        log = open(os.path.join(self.log_dir, f"server-{self.runs}.log"), "w")
        self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port)], env=self.env(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/health/ready", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                pass
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped at start (see {log.name})")
            time.sleep(0.2)
        raise SystemExit(f"the server was not ready in 30 s (see {log.name})")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None
        if self.data:
            shutil.rmtree(self.data, ignore_errors=True)
            self.data = None

    def url(self, path):
        return self.base + path

    def agent_code(self, email):
        """The agent's current one-time code, never one already used on this database: a code works
        once, so a second login waits for the next 30-second step."""
        deadline = time.monotonic() + 45
        while True:
            out = subprocess.run([self.binary, "agent", "code", "--email", email], env=self.env(), check=True,
                                 capture_output=True, text=True).stdout
            code = re.search(r"\b\d{6}\b", out).group(0)
            if (email, code) not in self.used_codes:
                self.used_codes.add((email, code))
                return code
            if time.monotonic() > deadline:
                raise SystemExit(f"the one-time code of {email} did not change in 45 s")
            time.sleep(1)


def path_pattern(url):
    """A page's kind: its path with every id replaced, without the query string or fragment."""
    path = re.sub(r"^https?://[^/]+", "", url).split("#")[0].split("?")[0]
    return re.sub(UUID, ":id", path)


class AxeOnShown:
    """axe-core on the HTML a page showed. axe needs JavaScript, which the journeys turn off: the
    page's own HTML is served again, as it was, to a JavaScript-enabled page at the same address
    (the stylesheet comes from the server), and axe runs there."""

    IMPACTS = ("critical", "serious", "moderate", "minor")

    def __init__(self, browser):
        from axe_playwright_python.sync_playwright import Axe
        self.browser = browser
        self.axe = Axe()

    def run(self, page):
        """The violations (axe's dicts) of what `page` shows now."""
        html = page.content()
        address = page.url.split("#")[0]
        context = self.browser.new_context(viewport=page.viewport_size, bypass_csp=True)
        try:
            context.route(lambda u: u.split("#")[0] == address,
                          lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html))
            shown = context.new_page()
            shown.goto(address)
            return self.axe.run(shown).response["violations"]
        finally:
            context.close()


def failing(violations):
    """Serious and critical violations, one line each with the first elements they name."""
    lines = []
    for v in violations:
        if v.get("impact") in ("serious", "critical"):
            targets = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:5])
            lines.append(f"[{v['impact']}] {v['id']}: {v['help']} — {targets}")
    return lines


def family_login(page, server, email=FAMILY[0], password=FAMILY[1]):
    page.goto(server.url("/compte/connexion"))
    page.locator('input[name="email"]').fill(email)
    page.locator('input[name="password"]').fill(password)
    page.locator('main form button[type="submit"]').first.click()


def agent_login(page, server, who=AGENT):
    page.goto(server.url("/backoffice/connexion"))
    page.locator('input[name="email"]').fill(who[0])
    page.locator('input[name="password"]').fill(who[1])
    page.locator('main form button[type="submit"]').first.click()
    page.locator('input[name="code"]').fill(server.agent_code(who[0]))
    page.locator('main form button[type="submit"]').first.click()


def answer_question(page, question, answer):
    """Fills one situation question's form (radios, a date in three fields, or a select/text)."""
    if isinstance(answer, tuple):
        for part, value in zip(("day", "month", "year"), answer):
            page.locator(f'input[name="{question}-{part}"]').fill(value)
    elif page.locator(f'input[type="radio"][name="{question}"]').count():
        page.locator(f'input[type="radio"][name="{question}"][value="{answer}"]').check()
    elif page.locator(f'select[name="{question}"]').count():
        page.locator(f'select[name="{question}"]').select_option(answer)
    else:
        page.locator(f'input[name="{question}"]').fill(answer)


def demo_case_links(page, server):
    """{state: path} of the demo family's cases, read on its "my applications" page (signed in)."""
    page.goto(server.url("/mes-demandes"))
    paths = {}
    for state, child in DEMO_CASES:
        card = page.locator("main li.card").filter(has=page.get_by_role("heading", name=f"{child} Benali", exact=True)).first
        paths[state] = card.locator('a[href^="/demandes/"]').first.get_attribute("href")
    return paths
