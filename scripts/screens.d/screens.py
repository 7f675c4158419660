"""Full-page screenshots of every page in every state, in French and English, at 390 and 1280 px.

Usage: screens.py DCEM_BINARY OUTPUT_DIR PORT
Seeds the demo (scripts/lib/dcem_browser.py: Server), signs in once as the demo family, the second
demo family, the demo agent and the supervisor, then walks every page for each language and width,
and writes OUTPUT_DIR/<page>--<lang>-<width>.png plus OUTPUT_DIR/index.html, which lists each page
with its four shots and its address. Nothing here asserts: it is for people to look at.
"""
import html
import os
import re
import sys
import time
from collections import OrderedDict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from dcem_browser import (AGENT, CHROMIUM, DEMO_CASES, FAMILY, SITUATION, SUPERVISOR, UUID, Server,  # noqa: E402
                          agent_login, answer_question, demo_case_links, family_login)

BINARY, OUT, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])
VARIANTS = [("fr", 390), ("fr", 1280), ("en", 390), ("en", 1280)]
LOCALES = {"fr": "fr-FR", "en": "en-US"}
FAMILY2 = ("famille2@demo.dcem.example", "demo-famille-2026")
QUEUE_STATES = ["filed", "under-instruction", "awaiting-documents", "granted", "refused", "implicitly-refused",
                "document-available", "postponement-requested", "delivered", "uncollected", "withdrawn"]

shots = OrderedDict()  # page name -> {"url": path, "files": {(lang, width): file}}
problems = []


def shot(page, name, variant):
    lang, width = variant
    file = f"{name}--{lang}-{width}.png"
    try:
        page.screenshot(path=os.path.join(OUT, file), full_page=True)
    except PlaywrightError as error:
        problems.append(f"{name} {lang}-{width}: {str(error).splitlines()[0]}")
        return
    entry = shots.setdefault(name, {"url": re.sub(r"^https?://[^/]+", "", page.url), "files": {}})
    entry["files"][variant] = file


def go(page, server, path):
    page.goto(server.url(path))


# Walks: each takes (server, contexts, variant, ids) and screenshots the pages of one person.

def walk_public(server, ctx, variant, ids):
    page = ctx["anonymous"].new_page()
    for name, path in [("public-home", "/"), ("account-sign-up", "/compte/creer"),
                       ("account-sign-up-sent", "/compte/creer/envoye?email=nouvelle%40example.org"),
                       ("account-login", "/compte/connexion"), ("account-password-forgotten", "/compte/mot-de-passe-oublie"),
                       ("account-password-forgotten-sent", "/compte/mot-de-passe-oublie/envoye"),
                       ("error-404", "/cette-page-n-existe-pas"), ("backoffice-login", "/backoffice/connexion"),
                       ("dev-mail-list", "/dev/mail")]:
        go(page, server, path)
        shot(page, name, variant)
    go(page, server, ids["mail"])
    shot(page, "dev-mail-message", variant)
    # The form token's refusal: the login form sent with a token that is not the session's.
    go(page, server, "/compte/connexion")
    page.evaluate("document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = 'not-the-token')")
    page.locator('input[name="email"]').fill(FAMILY[0])
    page.locator('input[name="password"]').fill(FAMILY[1])
    page.locator('main form button[type="submit"]').first.click()
    shot(page, "error-403-form-token", variant)
    # The back office's code page, reached with the password (the code itself is not used).
    go(page, server, "/backoffice/connexion")
    page.locator('input[name="email"]').fill(AGENT[0])
    page.locator('input[name="password"]').fill(AGENT[1])
    page.locator('main form button[type="submit"]').first.click()
    shot(page, "backoffice-login-code", variant)
    page.close()


def walk_simulator(server, ctx, variant, ids):
    context = ctx["new_anonymous"]()
    page = context.new_page()
    go(page, server, "/simulateur")
    shot(page, "simulator-00-start", variant)
    go(page, server, "/simulateur/question/nationalite-enfant")
    for n in range(1, len(SITUATION) + 2):
        match = re.search(r"/simulateur/question/([a-z0-9-]+)", page.url)
        if not match:
            break
        question = match.group(1)
        shot(page, f"simulator-{n:02d}-question-{question}", variant)
        if n == 1:  # the same question sent without an answer
            page.locator('main form button[type="submit"]').first.click()
            shot(page, f"simulator-{n:02d}-question-{question}-error", variant)
        answer_question(page, question, SITUATION[question])
        page.locator('main form button[type="submit"]').first.click()
    shot(page, "simulator-result-eligible", variant)
    context.close()
    context = ctx["new_anonymous"]()
    page = context.new_page()
    go(page, server, "/simulateur/question/nationalite-enfant")
    answer_question(page, "nationalite-enfant", "french")
    page.locator('main form button[type="submit"]').first.click()
    shot(page, "simulator-result-not-eligible", variant)
    context.close()


def walk_family(server, ctx, variant, ids):
    page = ctx["family"].new_page()
    draft = ids["cases"]["draft"]
    for name, path in [("family-my-applications", "/mes-demandes"), ("family-start", "/demandes/nouvelle"),
                       ("family-draft-0-task-list", draft),
                       ("family-draft-1-child", f"{draft}/enfant"), ("family-draft-2-parents", f"{draft}/parents"),
                       ("family-draft-3-applicant", f"{draft}/demandeur"), ("family-draft-4-address", f"{draft}/adresse"),
                       ("family-draft-5-situation", f"{draft}/situation/nationalite-enfant"),
                       ("family-draft-6-documents", f"{draft}/pieces"), ("family-draft-7-photos", f"{draft}/photos"),
                       ("family-draft-8-check-answers", f"{draft}/verifier"),
                       ("account-page", "/compte"), ("account-api-tokens", "/compte/jetons"),
                       ("account-change-password", "/compte/mot-de-passe")]:
        go(page, server, path)
        shot(page, name, variant)
    # The child's section sent with its surname emptied: the error summary (nothing is saved).
    go(page, server, f"{draft}/enfant")
    page.locator('input[name="surname"]').fill("")
    # The form's own button: the header's first button now signs out.
    page.locator('main form button[type="submit"]').first.click()
    shot(page, "family-draft-1-child-error", variant)
    for n, (state, _) in enumerate(DEMO_CASES):
        if state != "draft":
            go(page, server, ids["cases"][state])
            shot(page, f"family-case-{n:02d}-{state}", variant)
    filed, available = ids["cases"]["filed"], ids["cases"]["document-available"]
    for name, path in [("family-case-convocation", f"{available}/convocation"),
                       ("family-case-postponement-form", f"{available}/report"),
                       ("family-case-withdraw-confirmation", f"{filed}/retirer"),
                       ("family-case-messages", f"{filed}/messages"),
                       ("family-case-receipt", f"{filed}/accuse-de-reception"),
                       ("family-case-cerfa", f"{filed}/cerfa")]:
        go(page, server, path)
        shot(page, name, variant)
    page.close()
    page = ctx["family2"].new_page()
    go(page, server, ids["not_eligible"])
    shot(page, "family-draft-0-task-list-not-eligible", variant)
    page.close()


def walk_agent(server, ctx, variant, ids):
    page = ctx["agent"].new_page()
    go(page, server, "/backoffice/dossiers")
    shot(page, "backoffice-queue", variant)
    for state in QUEUE_STATES:
        go(page, server, f"/backoffice/dossiers?etat={state}")
        shot(page, f"backoffice-queue-{QUEUE_STATES.index(state):02d}-{state}", variant)
    go(page, server, "/backoffice/dossiers?q=Benali&attente-famille=1")
    shot(page, "backoffice-queue-search", variant)
    for n, (state, _) in enumerate(DEMO_CASES):
        if state != "draft":
            go(page, server, "/backoffice/dossiers/" + ids["cases"][state].rsplit("/", 1)[1])
            shot(page, f"backoffice-case-{n:02d}-{state}", variant)
    for name, path in [("backoffice-counter-filing", "/backoffice/guichet"), ("backoffice-change-password", "/backoffice/mot-de-passe"),
                       ("backoffice-calendar-not-supervisor", "/backoffice/horaires")]:
        go(page, server, path)
        shot(page, name, variant)
    page.close()
    page = ctx["supervisor"].new_page()
    for name, path in [("backoffice-supervision-calendar", "/backoffice/horaires"), ("backoffice-supervision-statistics", "/backoffice/statistiques")]:
        go(page, server, path)
        shot(page, name, variant)
    page.close()


def setup(browser, server):
    """Signs everyone in once (a one-time code works once), finds the ids, and makes the second
    family's not-eligible draft. Returns the storage states and the ids."""
    states, ids = {}, {}
    context = browser.new_context()
    page = context.new_page()
    family_login(page, server)
    ids["cases"] = demo_case_links(page, server)
    states["family"] = context.storage_state()
    context.close()

    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    family_login(page, server, *FAMILY2)
    go(page, server, "/demandes/nouvelle")
    page.locator('input[name="profile"]').first.check()
    page.locator('main form button[type="submit"]').first.click()
    page.locator('input[name="role"]').first.check()
    page.locator('main form button[type="submit"]').first.click()
    draft = re.sub(r"^https?://[^/]+", "", page.url)
    go(page, server, f"{draft}/adresse")
    page.locator('input[name="line1"]').fill("5 place Bellecour")
    page.locator('input[name="postalCode"]').fill("69002")
    page.locator('input[name="city"]').fill("Lyon")
    page.locator('main form button[type="submit"]').first.click()
    go(page, server, f"{draft}/situation/nationalite-enfant")
    answer_question(page, "nationalite-enfant", "french")
    page.locator('main form button[type="submit"]').first.click()
    ids["not_eligible"] = draft
    states["family2"] = context.storage_state()
    context.close()

    for key, who in (("agent", AGENT), ("supervisor", SUPERVISOR)):
        context = browser.new_context()
        page = context.new_page()
        agent_login(page, server, who)
        if "/backoffice/dossiers" not in page.url:
            raise SystemExit(f"screens: {who[0]}'s login ended on {page.url}")
        states[key] = context.storage_state()
        context.close()

    context = browser.new_context()
    page = context.new_page()
    go(page, server, "/dev/mail")
    ids["mail"] = page.locator('main a[href^="/dev/mail/"]').first.get_attribute("href")
    context.close()
    return states, ids


def write_index():
    lines = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>dcem screens</title><style>",
             "body{font:14px system-ui,sans-serif;margin:1em}section{border-top:1px solid #ccc;padding:.5em 0}",
             "h2{font-size:1.1em;margin:.2em 0}code{color:#555}.shots{display:flex;gap:1em;align-items:flex-start;flex-wrap:wrap}",
             "figure{margin:0}img{width:160px;max-height:320px;object-fit:cover;object-position:top;border:1px solid #999}",
             "figcaption{font-size:12px}nav a{margin-right:.6em}</style></head><body>",
             f"<h1>dcem: {len(shots)} pages, {sum(len(e['files']) for e in shots.values())} screenshots</h1>",
             f"<p>Taken {time.strftime('%Y-%m-%d %H:%M')} by scripts/screens on the demo data.</p>"]
    groups = OrderedDict()
    for name in sorted(shots):
        groups.setdefault(name.split("-")[0], []).append(name)
    lines.append("<nav>" + "".join(f"<a href=\"#{g}\">{g} ({len(n)})</a>" for g, n in groups.items()) + "</nav>")
    for group, names in groups.items():
        lines.append(f"<h2 id=\"{group}\" style=\"font-size:1.4em;margin-top:1em\">{group}</h2>")
        for name in names:
            entry = shots[name]
            lines.append(f"<section id=\"{html.escape(name)}\"><h2>{html.escape(name)}</h2><code>{html.escape(entry['url'])}</code><div class=\"shots\">")
            for variant in VARIANTS:
                file = entry["files"].get(variant)
                label = f"{variant[0]} {variant[1]} px"
                if file:
                    lines.append(f"<figure><a href=\"{file}\"><img src=\"{file}\" alt=\"{html.escape(name)}, {label}\" loading=\"lazy\"></a><figcaption>{label}</figcaption></figure>")
                else:
                    lines.append(f"<figure><figcaption>{label}: missing</figcaption></figure>")
            lines.append("</div></section>")
    lines.append("</body></html>")
    with open(os.path.join(OUT, "index.html"), "w") as index:
        index.write("\n".join(lines))


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".png"):
            os.remove(os.path.join(OUT, old))
    started = time.monotonic()
    server = Server(BINARY, PORT, OUT).fresh()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            states, ids = setup(browser, server)
            for variant in VARIANTS:
                lang, width = variant
                options = {"viewport": {"width": width, "height": 844 if width < 600 else 900}, "locale": LOCALES[lang]}
                contexts = {key: browser.new_context(storage_state=state, **options) for key, state in states.items()}
                contexts["anonymous"] = browser.new_context(**options)
                contexts["new_anonymous"] = lambda: browser.new_context(**options)
                for walk in (walk_public, walk_simulator, walk_family, walk_agent):
                    try:
                        walk(server, contexts, variant, ids)
                    except PlaywrightError as error:
                        problems.append(f"{walk.__name__} {lang}-{width}: {str(error).splitlines()[0]}")
                for key, context in contexts.items():
                    if key != "new_anonymous":
                        context.close()
                print(f"screens: {lang} {width} px done ({time.monotonic() - started:.0f} s)", flush=True)
        finally:
            browser.close()
            server.stop()
    write_index()
    count = sum(len(e["files"]) for e in shots.values())
    for line in problems:
        print("screens: could not take " + line)
    print(f"screens: {count} screenshots of {len(shots)} pages in {os.path.abspath(OUT)} (index.html), {time.monotonic() - started:.0f} s")
    sys.exit(1 if problems else 0)


main()
