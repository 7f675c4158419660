"""Browser journeys: people's whole errands, through the real forms, JavaScript off, at a phone's size.

Usage: journeys.py DCEM_BINARY OUTPUT_DIR PORT [JOURNEY_NUMBER ...]
Each journey starts on a fresh demo database (scripts/lib/dcem_browser.py: Server), drives Debian's
Chromium through the pages as a family or an agent does (links and buttons by their visible text,
fields by their labels, files through the file inputs) and asserts what the person sees: headings,
confirmation panels, the case's current step, what was typed coming back with an error. axe-core
runs on every distinct page reached (by path, with or without errors); a serious or critical
violation fails the journey. A failure names the journey, the step and the address, and leaves a
screenshot of the page in OUTPUT_DIR. Exit 1 if any journey fails.
"""
import datetime
import os
import re
import sys
import time
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

import dcem_fixtures as fixtures  # noqa: E402
from dcem_browser import (AGENT, CHROMIUM, FAMILY, PHONE, SITUATION, SUPERVISOR, AxeOnShown, Server, agent_login,  # noqa: E402
                          answer_question, failing, family_login, path_pattern)

BINARY, OUT, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])
ONLY = {int(n) for n in sys.argv[4:]}
WAIT = 5000  # ms: pages are server-rendered, so anything not there at once is not coming
REFERENCE = re.compile(r"DCEM-75-\d{4}-\d{6}")


class JourneyFailed(Exception):
    pass


class Journey:
    """One journey's browser contexts, its current step, and the pages axe has checked."""

    def __init__(self, number, name, browser, server, axe, checked):
        self.number, self.name = number, name
        self.browser, self.server, self.axe = browser, server, axe
        self.checked = checked  # shared by all journeys: a page kind is checked once per run
        self.step_name = "start"
        self.contexts = []
        self.last_page = None
        self.axe_pages = 0
        self.axe_failures = []

    # Browsing

    def person(self, locale="fr-FR"):
        """A new person's browser: JavaScript off, a phone's screen, French unless told."""
        context = self.browser.new_context(java_script_enabled=False, viewport=PHONE, locale=locale)
        context.set_default_timeout(WAIT)
        self.contexts.append(context)
        page = context.new_page()
        page.statuses = []
        page.on("response", lambda r: page.statuses.append((r.status, r.url)) if r.request.is_navigation_request() else None)
        self.last_page = page
        return page

    def close(self):
        for context in self.contexts:
            context.close()

    def step(self, name):
        self.step_name = name

    def arrived(self, page):
        """After each navigation: no server error, and axe on a kind of page not yet checked."""
        self.last_page = page
        if page.statuses and page.statuses[-1][0] >= 500:
            self.fail(page, f"the server answered {page.statuses[-1][0]}")
        errors = page.locator(".error-summary").count() > 0
        kind = path_pattern(page.url) + (" (errors)" if errors else "") + (" (case)" if page.locator("ol.steps").count() else "")
        if kind in self.checked:
            return
        self.checked.add(kind)
        self.axe_pages += 1
        for line in failing(self.axe.run(page)):
            self.axe_failures.append(f"{kind}: {line}")

    def goto(self, page, path):
        page.goto(self.server.url(path))
        self.arrived(page)

    def click_link(self, page, name, exact=False):
        page.get_by_role("link", name=name, exact=exact).first.click()
        self.arrived(page)

    def click_button(self, page, name, exact=False, within=None):
        (within or page).get_by_role("button", name=name, exact=exact).first.click()
        self.arrived(page)

    def fill(self, page, label, value, exact=True):
        page.get_by_label(label, exact=exact).fill(value)

    def check(self, page, label, exact=True):
        page.get_by_label(label, exact=exact).check()

    # What a person sees

    def fail(self, page, message):
        """Stops the journey, saying what the page showed: its heading and any error summary."""
        shown = []
        try:
            if page.locator("main h1").count():
                shown.append(f"heading {page.locator('main h1').first.inner_text().strip()!r}")
            if page.locator(".error-summary").count():
                shown.append("errors " + " | ".join(t.strip() for t in page.locator(".error-summary li").all_inner_texts()))
        except PlaywrightError:
            pass
        raise JourneyFailed(f"{message} (at {page.url}{'; ' if shown else ''}{'; '.join(shown)})")

    def see(self, page, text):
        """`text` (a string or a regex) is in the visible text of the page's main part."""
        try:
            expect(page.locator("main")).to_contain_text(text, use_inner_text=True, timeout=WAIT)
        except AssertionError:
            self.fail(page, f"expected to see {text!r} on the page")

    def see_heading(self, page, name):
        try:
            expect(page.get_by_role("heading", name=name).first).to_be_visible(timeout=WAIT)
        except AssertionError:
            headings = page.locator("main h1, main h2").all_inner_texts()
            self.fail(page, f"expected a heading {name!r}; the headings are {headings}")

    def see_current_step(self, page, title):
        """The case's step tracker marks `title` as the current step."""
        current = page.locator('ol.steps [aria-current="step"] .step__title')
        if current.count() != 1:
            self.fail(page, f"expected the step tracker to mark one current step ({title!r}); it marks {current.count()}")
        if current.inner_text().strip() != title:
            self.fail(page, f"expected the current step {title!r}; the tracker says {current.inner_text().strip()!r}")

    def see_value(self, page, label, value):
        shown = page.get_by_label(label, exact=True).input_value()
        if shown != value:
            self.fail(page, f"expected the field {label!r} to show {value!r} again; it shows {shown!r}")

    def see_at(self, page, pattern):
        if not re.search(pattern, page.url):
            self.fail(page, f"expected to be at an address matching {pattern!r}")

    def see_task(self, page, section, status):
        """The draft's task list shows `section` with `status`."""
        task = page.locator("main li.task").filter(has=page.get_by_role("link", name=section, exact=True))
        if task.count() == 0:
            self.fail(page, f"expected the task list to list {section!r}")
        shown = task.first.locator(".tag").inner_text().strip()
        if shown != status:
            self.fail(page, f"expected {section!r} to read {status!r} on the task list; it reads {shown!r}")


# Steps shared by several journeys

def answer_situation(j, page, prefix):
    """Answers the situation questions shown one after the other under `prefix`, through each form."""
    for _ in range(len(SITUATION) + 2):
        match = re.search(prefix + r"/([a-z0-9-]+)$", page.url.split("?")[0])
        if not match:
            return
        question = match.group(1)
        j.step(f"situation question {question}")
        if question not in SITUATION:
            j.fail(page, f"a question the journey does not know: {question}")
        answer_question(page, question, SITUATION[question])
        j.click_button(page, "Continuer", exact=True)
    j.fail(page, "the questions did not end")


def sign_in_family(j, page, who=FAMILY):
    j.step("sign in as the demo family")
    family_login(page, j.server, *who)
    j.arrived(page)
    j.see_heading(page, "Mes demandes")


def sign_in_agent(j, page, who=AGENT):
    j.step(f"sign in to the back office as {who[0]}, with the one-time code")
    agent_login(page, j.server, who)
    j.arrived(page)
    j.see_heading(page, "Dossiers")


def open_case(j, page, child):
    j.step(f"open {child}'s case from my applications")
    j.goto(page, "/mes-demandes")
    j.click_link(page, child, exact=True)


def start_draft(j, page, button):
    """The start: the family's two pages (the situation, then who applies), or the counter's one form."""
    situation = "Un parent est étranger, d’un pays hors de l’Union européenne, et a un titre de séjour en France"
    if button == "Continuer":
        j.step("the start's first page: the child's situation, first sent without a choice")
        j.see_heading(page, "Quelle phrase décrit la situation de l’enfant ?")
        j.click_button(page, "Continuer", exact=True)
        j.see(page, "Il y a un problème")
        j.check(page, situation)
        j.click_button(page, "Continuer", exact=True)
        j.step("the second page: who applies")
        j.see_heading(page, "Qui êtes-vous pour l’enfant ?")
        j.check(page, "Un parent")
        j.click_button(page, "Continuer", exact=True)
    else:
        j.step("answer the counter's start questions")
        j.check(page, "Un document de circulation pour étranger mineur (DCEM)")
        j.check(page, situation)
        j.check(page, "Un parent")
        j.click_button(page, button, exact=True)
    j.see_heading(page, "Votre demande de DCEM")
    j.see_task(page, "L’enfant", "Pas commencé")


def fill_draft(j, page, child):
    """Every section of a new draft through its form, every document and both photos, up to the
    check-your-answers page. `child` is (surname, given names)."""
    surname, given = child
    j.step("the child's section, sent with two fields missing")
    j.click_link(page, "L’enfant", exact=True)
    j.fill(page, "Nom de famille", surname)
    j.fill(page, "Prénoms", given)
    j.check(page, "Féminin")
    j.fill(page, "Ville de naissance", "Tunis")
    j.click_button(page, "Enregistrer et continuer")
    j.see(page, "Il y a un problème")
    j.see(page, "Indiquez : pays de naissance")
    j.see_value(page, "Nom de famille", surname)
    j.see_value(page, "Prénoms", given)
    j.see_value(page, "Ville de naissance", "Tunis")
    if not page.get_by_label("Féminin", exact=True).is_checked():
        j.fail(page, "the sex chosen before the error is no longer checked")
    j.step("the child's section, completed")
    j.fill(page, "Pays de naissance", "Tunisie")
    j.fill(page, "Nationalité", "tunisienne")
    j.click_button(page, "Enregistrer et continuer")
    j.see_task(page, "L’enfant", "Terminé")
    j.see(page, f"{given} {surname}")

    j.step("the parents' section")
    j.click_link(page, "Les parents", exact=True)
    # Each parent is a group named by its legend: what a screen reader announces.
    parent1 = page.get_by_role("group", name="Parent 1", exact=True)
    parent1.get_by_label("Nom de famille", exact=True).fill(surname)
    parent1.get_by_label("Prénoms", exact=True).fill("Sami")
    parent1.get_by_label("Nationalité", exact=True).fill("tunisienne")
    j.check(page, "Non")
    j.click_button(page, "Enregistrer et continuer")
    j.see_task(page, "Les parents", "Terminé")

    j.step("the applicant's section")
    j.click_link(page, "Le demandeur", exact=True)
    j.fill(page, "Numéro de téléphone", "06 12 34 56 78")
    j.click_button(page, "Enregistrer et continuer")
    j.see_task(page, "Le demandeur", "Terminé")

    j.step("the address section")
    j.click_link(page, "L’adresse de l’enfant", exact=True)
    j.fill(page, "Numéro et rue", "3 rue des Écoles")
    j.fill(page, "Code postal", "75005")
    j.fill(page, "Commune", "Paris")
    j.click_button(page, "Enregistrer et continuer")
    j.see_task(page, "L’adresse de l’enfant", "Terminé")
    j.see(page, "Préfecture de police (75)")

    j.step("the situation's questions")
    j.click_link(page, "La situation", exact=True)
    answer_situation(j, page, r"/demandes/[0-9a-f-]+/situation")
    j.see_task(page, "La situation", "Terminé")
    j.see(page, "D’après vos réponses, l’enfant peut obtenir le DCEM")

    j.step("the documents: each slot's language question and its file")
    j.click_link(page, "Les pièces justificatives", exact=True)
    j.see_heading(page, "Les pièces justificatives")
    slots = [h.get_attribute("id")[len("slot-"):] for h in page.locator("main section.slot h2").all()]
    if not slots:
        j.fail(page, "the documents page shows no slot")
    for slot in slots:
        section = page.locator("main section.slot").filter(has=page.locator(f"h2#slot-{slot}"))
        title = section.locator("h2").inner_text()
        j.step(f"the document {title!r}")
        if section.get_by_label("Oui, en français", exact=True).count():
            section.get_by_label("Oui, en français", exact=True).check()
            j.click_button(page, "Enregistrer la réponse", within=section)
            section = page.locator("main section.slot").filter(has=page.locator(f"h2#slot-{slot}"))
            if not section.get_by_label("Oui, en français", exact=True).is_checked():
                j.fail(page, f"the answer 'in French' for {title!r} is not shown checked once saved")
        section.get_by_label(f"Choisir un fichier — {title}", exact=True).set_input_files(
            {"name": f"{slot}.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
        j.click_button(page, "Envoyer le fichier", within=section)
        j.see(page, f"{slot}.pdf")
    j.click_link(page, "Retour à la demande")
    j.see_task(page, "Les pièces justificatives", "Terminé")

    j.step("the photos, each with the day it was taken")
    j.click_link(page, "Les photos", exact=True)
    year, month, day = fixtures.TAKEN_ON.split("-")
    for n in (1, 2):
        j.fill(page, "Jour", str(int(day)))
        j.fill(page, "Mois", str(int(month)))
        j.fill(page, "Année", year)
        page.locator("main input[type=file]").set_input_files({"name": f"photo-{n}.jpg", "mimeType": "image/jpeg", "buffer": fixtures.JPEG})
        j.click_button(page, "Envoyer le fichier")
        j.see(page, f"photo-{n}.jpg, prise le")
    j.click_link(page, "Retour à la demande")
    j.see_task(page, "Les photos", "Terminé")

    j.step("check your answers")
    j.click_link(page, "Vérifier et déposer", exact=True)
    j.see_heading(page, "Vérifiez votre demande avant de la déposer")
    for shown in (surname, given, "3 rue des Écoles, 75005 Paris", "06 12 34 56 78", "photo-2.jpg"):
        j.see(page, shown)


# The journeys

def simulator(j):
    """The simulator answered through its forms to an eligible result, then to starting an application."""
    page = j.person()
    j.step("home page")
    j.goto(page, "/")
    j.see_heading(page, "Le document de circulation pour étranger mineur (DCEM)")
    j.click_link(page, "Tester mon droit au DCEM")
    j.see_heading(page, "Tester le droit de votre enfant au DCEM")
    j.click_button(page, "Commencer", exact=True)  # a start link, given the button's role
    j.step("the first question sent without an answer")
    j.see_heading(page, "Quelle est la nationalité de l’enfant ?")
    j.click_button(page, "Continuer", exact=True)
    j.see(page, "Il y a un problème")
    j.see_heading(page, "Quelle est la nationalité de l’enfant ?")
    answer_question(page, "nationalite-enfant", SITUATION["nationalite-enfant"])
    j.click_button(page, "Continuer", exact=True)
    answer_question(page, "titre-de-sejour-enfant", SITUATION["titre-de-sejour-enfant"])
    j.click_button(page, "Continuer", exact=True)
    j.step("the date of birth sent without its year")
    j.see_at(page, r"/simulateur/question/naissance$")
    page.locator('input[name="naissance-day"]').fill("2")
    page.locator('input[name="naissance-month"]').fill("4")
    j.click_button(page, "Continuer", exact=True)
    j.see(page, "Il y a un problème")
    if (page.locator('input[name="naissance-day"]').input_value(), page.locator('input[name="naissance-month"]').input_value()) != ("2", "4"):
        j.fail(page, "the day and month typed are not shown again with the error")
    answer_situation(j, page, r"/simulateur/question")
    j.step("the result")
    j.see_at(page, r"/simulateur/resultat$")
    j.see_heading(page, "Votre enfant peut obtenir un DCEM")
    j.see(page, "Les papiers à préparer")
    j.step("from the result to starting an application")
    link = page.locator("main").get_by_role("link", name=re.compile(r"^(Faire|Commencer|Déposer|Créer|Se connecter)")).first
    if link.count() == 0:
        j.fail(page, "the eligible result offers no way to apply (no link to start an application, sign up or sign in)")
    link.click()
    j.arrived(page)
    j.see(page, re.compile(r"Créer un compte|Se connecter|Commencer une demande"))


def sign_up_to_filing(j):
    """A new family: account, temporary password from the mail, own password, every section, filing."""
    page = j.person()
    email = f"famille.nouvelle.{int(time.time())}@example.org"
    j.step("create an account")
    j.goto(page, "/compte/creer")
    j.see_heading(page, "Créer un compte")
    j.fill(page, "Adresse e-mail", email)
    j.click_button(page, "Créer mon compte")
    j.see_heading(page, "Consultez votre messagerie")
    j.see(page, email)
    j.step("read the mail with the temporary password (the development mail page)")
    j.goto(page, "/dev/mail")
    row = page.locator("main tr").filter(has_text=email)
    if row.count() == 0:
        j.fail(page, f"no mail to {email} in the outbox")
    row.first.get_by_role("link").first.click()
    j.arrived(page)
    j.see(page, "mot de passe provisoire")
    match = re.search(r"\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b", page.locator("main").inner_text())
    if not match:
        j.fail(page, "the mail shows no temporary password")
    j.step("sign in with the temporary password")
    j.click_link(page, "Se connecter") if page.get_by_role("link", name="Se connecter").count() else j.goto(page, "/compte/connexion")
    j.goto(page, "/compte/connexion")
    j.fill(page, "Adresse e-mail", email)
    j.fill(page, "Mot de passe", match.group(0))
    j.click_button(page, "Se connecter", exact=True)
    j.step("choose a password, first with a confirmation that differs")
    j.see_heading(page, "Choisir votre mot de passe")
    j.fill(page, "Nouveau mot de passe", "une phrase de passe solide")
    j.fill(page, "Confirmez le nouveau mot de passe", "une phrase de passe autre")
    j.click_button(page, "Enregistrer le mot de passe")
    j.see(page, "Il y a un problème")
    j.fill(page, "Nouveau mot de passe", "une phrase de passe solide")
    j.fill(page, "Confirmez le nouveau mot de passe", "une phrase de passe solide")
    j.click_button(page, "Enregistrer le mot de passe")
    j.see_heading(page, "Mes demandes")
    j.see(page, "Vous n’avez pas encore de demande.")
    j.click_link(page, "Commencer une demande")
    start_draft(j, page, "Continuer")
    fill_draft(j, page, ("Haddad", "Amira"))
    j.step("file the application")
    j.click_button(page, "Déposer la demande")
    j.see_heading(page, "Demande déposée")
    j.see(page, "Votre référence")
    reference = REFERENCE.search(page.locator("main").inner_text())
    if not reference:
        j.fail(page, "the confirmation shows no reference")
    j.see(page, "Un accusé de réception vous a été envoyé par e-mail.")
    j.step("follow the case")
    j.click_link(page, "Suivre le dossier")
    j.see(page, f"{reference.group(0)} — Demande déposée")
    j.see_current_step(page, "Dépôt de la demande")
    j.step("my applications shows the case as filed")
    j.goto(page, "/mes-demandes")
    card = page.locator("main li.card").filter(has=page.get_by_role("heading", name="Amira Haddad"))
    if card.count() != 1:
        j.fail(page, "my applications does not list Amira Haddad's case once")
    expect(card).to_contain_text("Demande déposée")
    expect(card).to_contain_text(reference.group(0))


def answer_documents(j):
    """The case awaiting documents (Adam): upload what was asked and send the answer."""
    page = j.person()
    sign_in_family(j, page)
    open_case(j, page, "Adam Benali")
    j.see(page, "Pièces demandées")
    j.see_heading(page, "La préfecture demande des pièces")
    j.see(page, "Motif : Le justificatif de domicile a plus de trois mois et les photos sont floues.")
    j.see_current_step(page, "Instruction en cours")
    j.step("upload the address proof that was asked for")
    page.get_by_label("Choisir un fichier — Justificatif de domicile", exact=True).set_input_files(
        {"name": "facture-edf.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
    j.click_button(page, "Envoyer le fichier")
    j.see(page, "facture-edf.pdf")
    j.step("send the answer before the photos: refused, naming them")
    j.click_button(page, "J’ai ajouté les pièces : envoyer ma réponse")
    j.see(page, "Il y a un problème")
    j.step("two new photos, each with the day it was taken; a photo without its date is refused first")
    photos = "Choisir un fichier — 2 photos d'identité récentes de l'enfant"
    page.get_by_label(photos, exact=True).set_input_files({"name": "photo-sans-date.jpg", "mimeType": "image/jpeg", "buffer": fixtures.JPEG})
    j.click_button(page, "Envoyer le fichier", within=page.locator("form", has=page.get_by_label(photos, exact=True)))
    j.see(page, "Il y a un problème")
    year, month, day = fixtures.TAKEN_ON.split("-")
    for n in (1, 2):
        j.fill(page, "Jour", str(int(day)))
        j.fill(page, "Mois", str(int(month)))
        j.fill(page, "Année", year)
        page.get_by_label(photos, exact=True).set_input_files({"name": f"photo-{n}.jpg", "mimeType": "image/jpeg", "buffer": fixtures.JPEG})
        j.click_button(page, "Envoyer le fichier", within=page.locator("form", has=page.get_by_label(photos, exact=True)))
        j.see(page, f"photo-{n}.jpg")
    j.step("send the answer")
    j.click_button(page, "J’ai ajouté les pièces : envoyer ma réponse")
    j.see(page, "Votre réponse a été envoyée.")
    j.see(page, "Référence : DCEM-75-2026-000003 — Instruction en cours")
    j.see_current_step(page, "Instruction en cours")
    j.see(page, "vous avez envoyé les pièces demandées")
    if page.get_by_role("heading", name="La préfecture demande des pièces").count():
        j.fail(page, "the request for documents is still shown once answered")


def postponement(j):
    """The case whose document is available (Rayan): asking for another appointment."""
    page = j.person()
    sign_in_family(j, page)
    open_case(j, page, "Rayan Benali")
    j.see_current_step(page, "Document disponible")
    j.see_heading(page, "Votre convocation")
    j.click_link(page, "Demander le report du rendez-vous")
    j.see_heading(page, "Demander le report du rendez-vous")
    j.step("send the form with the reason only")
    reason = "Rayan est en voyage scolaire cette semaine-là"
    j.fill(page, "Pourquoi ne pouvez-vous pas venir ?", reason)
    j.click_button(page, "Demander le report")
    j.see(page, "Il y a un problème")
    j.see(page, "Indiquez une date qui existe, entre le")
    j.see_value(page, "Pourquoi ne pouvez-vous pas venir ?", reason)
    j.step("send it complete: the first day they can come, and details")
    first = datetime.date.today() + datetime.timedelta(days=10)
    j.fill(page, "Jour", str(first.day))
    j.fill(page, "Mois", str(first.month))
    j.fill(page, "Année", str(first.year))
    j.fill(page, "Précisions (facultatif)", "Le lundi ou le mardi matin")
    j.click_button(page, "Demander le report")
    j.see(page, "Report du rendez-vous demandé")
    # the first appointment stands until the préfecture answers, and can still be printed
    j.see(page, "vous pouvez venir à partir du")
    j.see(page, "Tant que la préfecture n’a pas répondu, votre rendez-vous reste fixé")
    j.see_heading(page, "Votre convocation")
    j.see_current_step(page, "Document disponible")
    j.see(page, "Autre rendez-vous demandé (vous)")


def appeal(j):
    """A refused family (Ilyes; and the implicit refusal, Maya) finds how to challenge the decision."""
    page = j.person()
    sign_in_family(j, page)
    for child in ("Ilyes Benali", "Maya Benali"):
        open_case(j, page, child)
        j.step(f"{child}: how to challenge the refusal")
        j.see_current_step(page, "Décision prise")
        j.see_heading(page, "Contester la décision")
        section = page.get_by_role("heading", name="Contester la décision").locator("xpath=..")
        try:
            expect(section).to_contain_text("tribunal administratif", use_inner_text=True, timeout=WAIT)
        except AssertionError:
            j.fail(page, "the 'Contester la décision' part does not name the tribunal administratif")
    j.step("the same in English")
    j.click_link(page, "English", exact=True)
    j.see_heading(page, "Challenge the decision")
    j.see(page, "administrative court")


def renewal(j):
    """From the delivered case (Zakaria), the renewal: a new draft with the answers carried over."""
    page = j.person()
    sign_in_family(j, page)
    open_case(j, page, "Zakaria Benali")
    j.see(page, "Document remis")
    j.see_heading(page, "Renouveler le DCEM")
    j.step("start the renewal")
    j.click_button(page, "Commencer le renouvellement")
    j.see_heading(page, "Votre demande de DCEM")
    j.see(page, "Demande préremplie à partir du dossier DCEM-75-2026-000009")
    for section in ("L’enfant", "Les parents", "Le demandeur", "L’adresse de l’enfant", "La situation"):
        j.see_task(page, section, "Terminé")
    j.see_task(page, "Les photos", "Pas commencé")
    j.step("the child's answers are there")
    j.click_link(page, "L’enfant", exact=True)
    j.see_value(page, "Nom de famille", "Benali")
    j.see_value(page, "Prénoms", "Zakaria")
    j.step("my applications lists the renewal's draft beside the delivered case")
    j.goto(page, "/mes-demandes")
    cards = page.locator("main li.card").filter(has=page.get_by_role("heading", name="Zakaria Benali"))
    if cards.count() != 2:
        j.fail(page, f"expected two cards for Zakaria Benali (the delivered case and the renewal); there are {cards.count()}")


def agent_instruction(j):
    """An agent takes a filed case (Sami) to the hand-over, the family answering a request for documents."""
    agent = j.person()
    sign_in_agent(j, agent)
    j.step("the queue's tab of cases to examine, with its count")
    j.click_link(agent, re.compile(r"^À instruire\s*\d+$"))
    row = agent.locator("main tr").filter(has_text="Sami Benali")
    if row.count() != 1:
        j.fail(agent, "the cases to examine do not list Sami Benali once")
    row.get_by_role("link").first.click()
    j.arrived(agent)
    j.see_heading(agent, "Dossier DCEM-75-2026-000001")
    j.see(agent, "Sami Benali — Demande déposée")

    j.step("start the instruction")
    j.click_button(agent, "Commencer l'instruction")
    j.see(agent, "C’est fait.")
    j.see(agent, "Sami Benali — Instruction en cours")

    j.step("review the first document beside the answers, accept it, on to the next")
    j.click_link(agent, "Examiner à côté des réponses")
    j.see(agent, "Pièce 1 sur")
    j.see_heading(agent, "Les réponses de la demande")
    j.click_button(agent, "Accepter la pièce")
    j.see(agent, "Pièce 2 sur")
    j.click_link(agent, "Retour au dossier")
    j.see(agent, "Sami Benali — Instruction en cours")

    j.step("request documents")
    j.check(agent, "Justificatif de domicile")
    j.fill(agent, "Pourquoi (montré à la famille)", "Le justificatif de domicile est illisible.")
    reply_by = datetime.date.today() + datetime.timedelta(days=21)
    j.fill(agent, "Jour", str(reply_by.day))
    j.fill(agent, "Mois", str(reply_by.month))
    j.fill(agent, "Année", str(reply_by.year))
    j.click_button(agent, "Demander des pièces")
    j.see(agent, "Sami Benali — Pièces demandées")

    j.step("the family answers")
    family = j.person()
    sign_in_family(j, family)
    open_case(j, family, "Sami Benali")
    j.see_heading(family, "La préfecture demande des pièces")
    j.see(family, "Le justificatif de domicile est illisible.")
    family.get_by_label("Choisir un fichier — Justificatif de domicile", exact=True).set_input_files(
        {"name": "quittance.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
    j.click_button(family, "Envoyer le fichier")
    j.click_button(family, "J’ai ajouté les pièces : envoyer ma réponse")
    j.see(family, "Votre réponse a été envoyée.")

    j.step("the agent sees the answer and grants")
    agent.reload()
    j.arrived(agent)
    j.see(agent, "Sami Benali — Instruction en cours")
    j.see(agent, "quittance.pdf")
    j.click_button(agent, "Accorder le DCEM")
    j.see(agent, "Sami Benali — Accordé")

    j.step("convoke for the hand-over (first free slot)")
    j.click_button(agent, "Convoquer pour la remise")
    j.see(agent, "Sami Benali — Document disponible")

    j.step("hand over the document")
    form = agent.locator("main form").filter(has=agent.get_by_role("button", name=re.compile("remis|Remettre", re.I)))
    if form.count() == 0:
        j.fail(agent, "no hand-over form on the case page")
    for field in form.first.locator("input[type=text], input:not([type]), input[type=number]").all():
        label = field.get_attribute("name") or ""
        field.fill("50" if "amount" in label or "montant" in label else "1234567890123456")
    for box in form.first.locator("input[type=checkbox]").all():
        box.check()
    form.first.get_by_role("button").first.click()
    j.arrived(agent)
    j.see(agent, "Sami Benali — Document remis")

    j.step("the family's case page after the hand-over")
    family.reload()
    j.arrived(family)
    j.see(family, "Document remis")
    j.see(family, "Commencer le renouvellement")


def counter_filing(j):
    """An agent files at the counter for a family without internet, to a filed case."""
    page = j.person()
    sign_in_agent(j, page)
    j.step("open the counter filing")
    j.click_link(page, "Déposer une demande au guichet pour une famille")
    j.see_heading(page, "Dépôt au guichet")
    start_draft(j, page, "Commencer le dépôt au guichet")
    j.see(page, "Dépôt au guichet pour une famille sans compte en ligne")
    fill_draft(j, page, ("Mansour", "Leïla"))
    j.step("file at the counter: the page after filing, still in counter mode")
    j.click_button(page, "Déposer la demande")
    j.see(page, REFERENCE)
    j.see(page, "Demande déposée")
    j.see(page, "Imprimez pour la famille l’accusé de réception et le formulaire cerfa")
    j.step("print the family's acknowledgement, then leave counter mode for the case")
    j.click_link(page, "Imprimer l’accusé de réception")
    j.see_heading(page, "Accusé de réception de la demande")
    page.go_back()
    j.arrived(page)
    j.click_button(page, "Quitter le mode guichet")
    j.see(page, "Leïla Mansour — Demande déposée")
    j.step("the case in the back office's queue")
    j.goto(page, "/backoffice/dossiers")
    row = page.locator("main tr").filter(has_text="Leïla Mansour")
    if row.count() != 1:
        j.fail(page, "the queue does not list Leïla Mansour's case once")
    expect(row).to_contain_text("Demande déposée")
    row.get_by_role("link").first.click()
    j.arrived(page)
    j.see(page, "Leïla Mansour — Demande déposée")
    j.see(page, "au guichet")


def check_answers_change_links(j):
    """Check your answers: each "Modifier" leads to the answer and back to check your answers."""
    page = j.person()
    sign_in_family(j, page)
    open_case(j, page, "Yasmine Benali")
    j.click_link(page, "Vérifier et déposer", exact=True)
    for label, button in (("Nom de famille", "Enregistrer et continuer"),
                          ("Quelle est la date de naissance de l’enfant ?", "Continuer")):
        j.step(f"change {label!r} from check your answers")
        j.click_link(page, f"Modifier {label}", exact=True)
        j.click_button(page, button, exact=True)
        if not re.search(r"/verifier$", page.url.split("?")[0]):
            j.fail(page, f"after 'Modifier {label}' and '{button}', the family is not back on check your answers")
        j.see_heading(page, "Vérifiez votre demande avant de la déposer")


def open_my_document(j, page, holder):
    j.step(f"open {holder}'s DCEM from my documents")
    j.goto(page, "/mes-documents")
    j.see_heading(page, "Mes documents")
    card = page.locator("main li.card").filter(has=page.get_by_role("heading", name=holder))
    card.get_by_role("link", name=re.compile("^Voir le DCEM")).first.click()
    j.arrived(page)
    return page.url.split("/mes-documents/")[1].split("?")[0]


def withdrawal(j):
    """A withdrawal (Zakaria's DCEM): opened by an agent, answered by the family, decided once
    answered, then the paper given back at the counter and the receipt printed."""
    family = j.person()
    sign_in_family(j, family)
    document = open_my_document(j, family, "Zakaria Benali")
    j.see(family, "Valable")
    agent = j.person()
    sign_in_agent(j, agent)
    j.step("the agent opens the withdrawal procedure with its ground")
    j.goto(agent, f"/backoffice/documents/{document}")
    j.click_button(agent, "Ouvrir la procédure")
    j.see(agent, "Choisissez au moins un motif")
    j.check(agent, "L’enfant ne vit plus habituellement en France")
    j.click_button(agent, "Ouvrir la procédure")
    j.see(agent, "Valable, retrait envisagé")
    j.see(agent, "Le retrait peut être décidé à partir du")
    if agent.get_by_role("button", name="Retirer le document").count():
        j.fail(agent, "the withdrawal must not be offered before the observation period ends")
    j.step("the family sends its observations")
    j.goto(family, f"/mes-documents/{document}")
    j.see_heading(family, "Présenter vos observations")
    j.fill(family, "Vos observations", "Mon fils est scolarisé à Paris, voici son certificat.")
    family.get_by_label("Pièce jointe (facultative)", exact=True).set_input_files(
        {"name": "certificat.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
    j.click_button(family, "Envoyer mes observations")
    j.see(family, "Vos observations sont envoyées à la préfecture.")
    j.step("the agent reads them and decides")
    j.goto(agent, f"/backoffice/documents/{document}")
    j.see(agent, "Mon fils est scolarisé à Paris")
    j.click_button(agent, "Retirer le document")
    j.see(agent, "Écrivez les motifs de la décision.")
    j.fill(agent, "Motifs de la décision", "L’enfant vit au Maroc depuis janvier.")
    j.click_button(agent, "Retirer le document")
    j.see(agent, "Retiré")
    j.step("the family is told to bring it back; the agent records the return")
    j.goto(family, f"/mes-documents/{document}")
    j.see(family, "Rapportez le document à la préfecture")
    j.see(family, "Motifs du retrait : L’enfant vit au Maroc depuis janvier.")
    j.goto(agent, f"/backoffice/documents/{document}")
    j.click_button(agent, "Enregistrer la restitution")
    j.see(agent, "Rendu à la préfecture")
    j.click_link(agent, "Reçu de restitution")
    j.see_heading(agent, "Reçu de restitution d’un DCEM")
    j.goto(family, f"/mes-documents/{document}")
    j.click_link(family, "Reçu de restitution")
    j.see(family, "Zakaria Benali")


def loss(j):
    """A stolen DCEM (Zakaria's): declared with the police declaration, void at once, and the
    replacement application prefilled from it."""
    page = j.person()
    sign_in_family(j, page)
    open_my_document(j, page, "Zakaria Benali")
    j.step("declare the theft without ticking the box, then with it")
    page.locator("main summary", has_text="Le document est perdu ou a été volé").click()
    j.check(page, "Volé")
    page.get_by_label("Déclaration faite à la police ou à la gendarmerie", exact=True).set_input_files(
        {"name": "plainte.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
    j.click_button(page, "Déclarer la perte ou le vol")
    j.see(page, "Cochez la case pour confirmer.")
    j.check(page, "Volé")
    j.check(page, "Je comprends que ce DCEM ne sera plus valable, même s’il est retrouvé.")
    page.get_by_label("Déclaration faite à la police ou à la gendarmerie", exact=True).set_input_files(
        {"name": "plainte.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
    j.click_button(page, "Déclarer la perte ou le vol")
    j.see(page, "Déclaré volé")
    j.see(page, "La demande de remplacement est prête")
    j.step("the replacement application, prefilled")
    j.click_button(page, "Reprendre la demande commencée")
    j.see_heading(page, "Votre demande de DCEM")
    j.see_task(page, "L’enfant", "Terminé")


def verification(j):
    """The printed DCEM (Zakaria's) carries its code; whoever checks it at /verifier learns it is valid
    with the code, and a wrong birth date tells nothing."""
    family = j.person()
    sign_in_family(j, family)
    open_my_document(j, family, "Zakaria Benali")
    j.step("print the document: its number, its code and where to check it")
    j.click_link(family, "Imprimer le document et son code de vérification")
    j.see(family, "/verifier")
    number = re.search(r"D\d{11}", family.locator("main h1").inner_text()).group(0)
    code = family.locator("main p.hash").first.inner_text().strip()
    born = datetime.date.today().year - 11
    checker = j.person()
    j.step("a stranger checks it with the number, the birth date and the code")
    j.goto(checker, "/verifier")
    j.see_heading(checker, "Vérifier un DCEM")
    j.fill(checker, "Numéro du DCEM", number)
    j.fill(checker, "Jour", "12")
    j.fill(checker, "Mois", "5")
    j.fill(checker, "Année", str(born))
    j.fill(checker, "Code de vérification (facultatif)", code)
    j.click_button(checker, "Vérifier")
    j.see(checker, f"Le DCEM n° {number} est valable")
    j.see(checker, "Le code de vérification est bien celui de la préfecture pour ce document.")
    if "Zakaria" in checker.locator("main").inner_text():
        j.fail(checker, "the check must not show the holder's name")
    j.step("a wrong birth date: no document matches, nothing more")
    j.goto(checker, "/verifier")
    j.fill(checker, "Numéro du DCEM", number)
    j.fill(checker, "Jour", "13")
    j.fill(checker, "Mois", "5")
    j.fill(checker, "Année", str(born))
    j.click_button(checker, "Vérifier")
    j.see(checker, "Aucun document ne correspond")


def school_trip(j):
    """A head registers the school by its UAI code, a supervisor approves it, the head prepares a
    trip (Ireland refused with its reason), adds two pupils (one not on the document, with the
    reason), is told filing needs the documents of the pupil on the document, gives them on the
    pupil's page (a PDF as the photo refused first) and files the request."""
    file_a_trip(j)


DEFAULT_PUPILS = (("Diallo", "Awa", "Sénégal"), ("Martin", "Léa", "France"))


def file_a_trip(j, pupils=DEFAULT_PUPILS):
    """Journey 13's errand, the head's page returned: the trip filed with `pupils`, each on the document with its four documents."""
    head = j.person()
    sign_in_family(j, head)
    j.step("claim to head the school")
    j.goto(head, "/etablissement")
    j.see_heading(head, "Espace établissement scolaire")
    j.fill(head, "Code UAI de l’établissement", "0750654E")
    j.click_button(head, "Envoyer à la préfecture")
    j.see(head, "la lettre ne correspond pas aux chiffres")
    j.fill(head, "Code UAI de l’établissement", "0750654D")
    j.fill(head, "Nom de l’établissement", "Lycée Henri-IV")
    j.fill(head, "Votre nom", "Claire Martin")
    j.check(head, "Je suis le chef de cet établissement (principal, proviseur ou directeur).")
    j.click_button(head, "Envoyer à la préfecture")
    j.see(head, "En attente de validation")
    supervisor = j.person()
    sign_in_agent(j, supervisor, SUPERVISOR)
    j.step("the supervisor approves the school's head")
    j.goto(supervisor, "/backoffice/etablissements")
    j.see(supervisor, "Lycée Henri-IV (0750654D)")
    j.click_button(supervisor, "Valider")
    j.see(supervisor, "C’est enregistré")
    j.step("the head prepares a trip")
    j.goto(head, "/etablissement")
    j.see(head, "Validé")
    j.click_button(head, "Préparer un voyage — Lycée Henri-IV")
    year = datetime.date.today().year + 1
    j.check(head, "Allemagne")
    j.check(head, "Irlande")
    for legend, day in (("departure", "12"), ("return", "18")):
        head.locator(f"input[name={legend}-day]").fill(day)
        head.locator(f"input[name={legend}-month]").fill("4")
        head.locator(f"input[name={legend}-year]").fill(str(year))
    j.fill(head, "Lieu du séjour", "Auberge de jeunesse, Berlin")
    j.fill(head, "Enseignant responsable du groupe", "Jeanne Petit")
    j.check(head, "Cet enseignant enseigne dans l’établissement.")
    j.click_button(head, "Enregistrer le voyage")
    j.see(head, "Irlande")
    head.get_by_label("Irlande", exact=True).uncheck()
    j.click_button(head, "Enregistrer le voyage")
    j.see(head, "Le voyage est enregistré.")
    j.see(head, "Dernier jour pour déposer la demande")
    j.step("the pupils, one of them French")
    for surname, given, country in pupils:
        head.locator("main summary", has_text="Ajouter un élève").click()
        j.fill(head, "Nom de famille", surname)
        j.fill(head, "Prénoms", given)
        head.locator("input[name=pupil-birth-day]").fill("4")
        head.locator("input[name=pupil-birth-month]").fill("3")
        head.locator("input[name=pupil-birth-year]").fill("2012")
        j.fill(head, "Lieu de naissance", "Dakar" if country != "France" else "Lyon")
        j.fill(head, "Nationalité", country)
        j.click_button(head, "Ajouter l’élève")
    if pupils == DEFAULT_PUPILS:
        j.see(head, "1 élève sur le document")
        j.see(head, "1 élève qui n’y sera pas")
        j.see(head, "0 document sur 4")
        j.step("filing asks the pupil's documents first")
        j.click_button(head, "Déposer la demande")
        j.see(head, "Il manque pour DIALLO Awa")
    for surname, given, country in pupils:
        if country == "France":
            continue
        j.step(f"the four documents of {given} {surname}")
        j.click_link(head, f"{surname.upper()} {given}, né(e) le")
        j.see_heading(head, f"Documents de {surname.upper()} {given}")
        if pupils == DEFAULT_PUPILS:
            photo_slot = head.locator("main section.slot").nth(3)
            photo_slot.locator("input[type=file]").set_input_files({"name": "photo.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
            j.click_button(head, "Envoyer le fichier", within=photo_slot)
            j.see(head, "La photo doit être une image JPEG ou PNG")
        for n in range(4):
            slot = head.locator("main section.slot").nth(n)
            photo = n == 3
            slot.locator("input[type=file]").set_input_files(
                {"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": fixtures.JPEG} if photo
                else {"name": f"piece-{n + 1}.pdf", "mimeType": "application/pdf", "buffer": fixtures.PDF})
            j.click_button(head, "Envoyer le fichier", within=slot)
            j.see(head, "Le document est enregistré.")
        if head.locator("main .tag", has_text="Manquant").count():
            j.fail(head, "expected the four documents given")
        j.click_link(head, "Retour au voyage")
    j.see(head, "Les documents de chaque élève sur le document sont là.")
    j.step("file the request")
    j.click_button(head, "Déposer la demande")
    j.see(head, "Demande déposée")
    j.see(head, re.compile(r"DVC-75-\d{4}-\d{6}"))
    return head


def trip_desk(j):
    """A filed trip: the agent finds it in the school trips' tab, starts the instruction, keeps one
    pupil and strikes another off with a reason, grants, makes the document available and prints
    it; the head sees the decision with the pupil struck off."""
    head = file_a_trip(j, (("Diallo", "Awa", "Sénégal"), ("Benali", "Sami", "Algérie"), ("Martin", "Léa", "France")))
    agent = j.person()
    sign_in_agent(j, agent)
    j.step("the school trips' tab lists the trip with its days left")
    j.click_link(agent, re.compile(r"^Voyages scolaires\s*\d+$"))
    j.see_heading(agent, "Voyages scolaires")
    row = agent.locator("main tr").filter(has_text="Lycée Henri-IV")
    if row.count() != 1:
        j.fail(agent, "the tab does not list the Lycée Henri-IV's trip once")
    row.get_by_role("link").first.click()
    j.arrived(agent)
    j.see(agent, "UAI 0750654D")
    j.step("start the instruction")
    j.click_button(agent, "Commencer l'instruction")
    j.see(agent, "C’est fait")
    j.step("keep Awa Diallo, strike Sami Benali off for the missing authorization")
    for name, choice in (("DIALLO Awa", "Garder sur le document"), ("BENALI Sami", "Retirer du document — Autorisation parentale manquante")):
        item = agent.locator("main li").filter(has=agent.get_by_role("heading", name=name, exact=True))
        item.get_by_label(choice, exact=True).check()
        j.click_button(agent, "Enregistrer la décision", within=item)
        j.see(agent, "Décision enregistrée.")
    j.see(agent, "1 élève gardé, 1 retiré, 0 à décider.")
    j.step("grant, make available, print")
    j.click_button(agent, "Accorder le document de voyage collectif")
    j.see(agent, "Document de voyage collectif accordé")
    j.click_button(agent, "Mettre le document à disposition")
    j.see(agent, "Document disponible")
    j.click_link(agent, "Imprimer le document de voyage collectif")
    j.see_heading(agent, "Document de voyage collectif")
    j.see(agent, "DIALLO Awa")
    if agent.get_by_role("img", name="Photo de DIALLO Awa").count() != 1:
        j.fail(agent, "the printed document does not show Awa Diallo's photo")
    j.see(agent, "Code de vérification")
    if agent.locator("main").inner_text().find("BENALI") >= 0:
        j.fail(agent, "the pupil struck off is on the printed document")
    j.step("the head sees the decision and the pupil struck off with the reason")
    head.reload()
    j.arrived(head)
    j.see(head, "Document de voyage collectif accordé")
    j.see(head, "BENALI Sami — Autorisation parentale manquante")
    j.see_current_step(head, "Document disponible")


JOURNEYS = [
    ("the simulator to an eligible result and to applying", simulator),
    ("sign-up to filing, through every section", sign_up_to_filing),
    ("answering a request for documents", answer_documents),
    ("asking for another appointment", postponement),
    ("a refused family finds how to challenge the decision", appeal),
    ("a renewal from the delivered case", renewal),
    ("an agent instructs a case to the hand-over", agent_instruction),
    ("a counter filing by an agent", counter_filing),
    ("check your answers' change links come back", check_answers_change_links),
    ("an issued DCEM's withdrawal, answered, decided and returned", withdrawal),
    ("a stolen DCEM declared and its replacement started", loss),
    ("a printed DCEM checked by its number, birth date and code", verification),
    ("a school head approved, a trip prepared, its pupil's documents given, filed", school_trip),
    ("the préfecture examines a school trip, strikes a pupil off, grants and prints", trip_desk),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    server = Server(BINARY, PORT, OUT)
    results = []
    checked = set()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        axe = AxeOnShown(browser)
        try:
            for number, (name, run) in enumerate(JOURNEYS, start=1):
                if ONLY and number not in ONLY:
                    continue
                started = time.monotonic()
                server.fresh()
                j = Journey(number, name, browser, server, axe, checked)
                error = None
                try:
                    run(j)
                except JourneyFailed as failure:
                    error = f"step '{j.step_name}': {failure}"
                except (PlaywrightError, AssertionError) as failure:
                    where = j.last_page.url if j.last_page else "?"
                    first = str(failure).strip().splitlines()[0] if str(failure).strip() else type(failure).__name__
                    error = f"step '{j.step_name}': {first} (at {where})"
                    traceback.print_exc(limit=3, file=sys.stderr)
                if error and j.last_page:
                    shot = os.path.join(OUT, f"journey-{number}-failed.png")
                    try:
                        j.last_page.screenshot(path=shot, full_page=True)
                        error += f"\n      screenshot: {shot}"
                    except PlaywrightError:
                        pass
                if not error and j.axe_failures:
                    error = "axe: serious or critical violations\n      " + "\n      ".join(j.axe_failures)
                j.close()
                seconds = time.monotonic() - started
                results.append((number, name, error))
                status = "FAIL" if error else "pass"
                print(f"{status}  {number}. {name} — axe on {j.axe_pages} new pages, {seconds:.0f} s", flush=True)
                if error:
                    print(f"      {error}", flush=True)
        finally:
            browser.close()
            server.stop()
    failed = [r for r in results if r[2]]
    print(f"\njourneys: {len(results) - len(failed)} passed, {len(failed)} failed; axe checked {len(checked)} kinds of page")
    sys.exit(1 if failed else 0)


main()
