#!/usr/bin/env python3
"""The checks of scripts/several-machines, against two running instances (A, B) behind nginx on one
PostgreSQL database. One line per check (`ok - …` or `not ok - …`), appended to RESULTS.

usage: checks.py   (everything comes from the environment the script sets: see several-machines)
"""
import hashlib, json, os, re, subprocess, sys, time, urllib.parse, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from dcem_fixtures import ANSWERS, CIVIL_STATUS, tagged_jpeg as jpeg, tagged_pdf as pdf  # noqa: E402
from dcem_http import LoopbackVisitor  # noqa: E402

E = os.environ
PROXY, PORT_A, PORT_B = int(E["NGINX_PORT"]), int(E["PORT_A"]), int(E["PORT_B"])
BIN, WORK, RESULTS = E["BIN"], E["WORK"], E["RESULTS"]
NAME_A, NAME_B = "dcem-a", "dcem-b"
FAMILY, FAMILY_PASSWORD = "famille1@demo.dcem.example", "demo-famille-2026"
AGENT, AGENT_PASSWORD = "agent.75@demo.dcem.example", "demo-agent-2026"
TOKENS = os.path.join(WORK, "tokens")


def report(ok, text):
    line = ("ok - " if ok else "not ok - ") + text
    print(line, flush=True)
    with open(RESULTS, "a") as out:
        out.write(line + "\n")


def check(text):
    """Runs the decorated check now: True/False, or a string that says why it failed."""
    def run(function):
        try:
            outcome = function()
        except Exception as error:  # a check that breaks is a check that fails
            outcome = "%s: %s" % (type(error).__name__, str(error)[:300])
        report(outcome is True, text if outcome is True or outcome is False else "%s (%s)" % (text, outcome))
        return function
    return run


def psql(sql):
    result = subprocess.run(["psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", E["DATABASE_URL"], "-c", sql],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError("psql: " + result.stderr.strip()[:200])
    return [line for line in result.stdout.splitlines() if line.strip()]


class Browser(LoopbackVisitor):
    """One visitor: the port it talks to, its own loopback source address, its cookies."""

    def csrf(self, path):
        status, _, body = self.get(path)
        match = re.search(rb'name="_csrf" value="([^"]+)"', body)
        if not match:
            raise RuntimeError(f"no form token on {path} ({status})")
        return match.group(1).decode()

    def post_form(self, path, fields, token_from=None):
        fields = dict(fields)
        fields.setdefault("_csrf", self.csrf(token_from or path))
        return self.request("POST", path, body=urllib.parse.urlencode(fields).encode(),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})

    def call(self, method, path, value=None, raw=None, media=None, headers=None):
        headers = dict(headers or {})
        body = None
        if value is not None:
            body, headers["Content-Type"] = json.dumps(value).encode(), "application/json"
        elif raw is not None:
            body, headers["Content-Type"] = raw, media
        return self.request(method, path, body=body, headers=headers)

    def family_login(self):
        status, headers, _ = self.post_form("/compte/connexion", {"email": FAMILY, "password": FAMILY_PASSWORD})
        if status != 303:
            raise RuntimeError("family sign-in answered %s" % status)

    def agent_login(self):
        status, headers, _ = self.post_form("/backoffice/connexion", {"email": AGENT, "password": AGENT_PASSWORD})
        if status != 303:
            raise RuntimeError("agent password answered %s" % status)
        code = subprocess.run([BIN, "agent", "code", "--email", AGENT], capture_output=True, text=True, timeout=60).stdout
        code = re.search(r"\b\d{6}\b", code).group(0)
        status, headers, _ = self.post_form("/backoffice/connexion/code", {"code": code})
        if status != 303:
            raise RuntimeError("agent code answered %s" % status)


def tokens():
    return [line.strip() for line in open(TOKENS) if line.strip()]


# A complete draft's answers (scripts/lib/dcem_fixtures.py), the child's surname apart.
CHILD = dict(ANSWERS["child"], surname="Benaliplusieurs")
SECTIONS = [(section, ANSWERS[section]) for section in ("parents", "applicant", "address", "situation")]


def expect(reply, wanted, what):
    if reply[0] not in wanted:
        raise RuntimeError("%s answered %s: %s" % (what, reply[0], reply[2][:200]))
    return reply


# ---------------------------------------------------------------- the checks

@check("each instance's PostgreSQL connections carry its name (application_name)")
def application_names():
    names = set(psql("SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database()"))
    return {NAME_A, NAME_B} <= names or "seen: %s" % sorted(names)


@check("a session opened through nginx works on both instances")
def session_across():
    browser = Browser(PROXY)
    browser.family_login()
    seen, statuses = set(), set()
    for _ in range(8):
        status, headers, body = browser.get("/mes-demandes")
        statuses.add(status)
        seen.add(headers.get("x-dcem-instance"))
    return (statuses == {200} and seen == {NAME_A, NAME_B}) or "statuses %s, instances %s" % (sorted(statuses), sorted(map(str, seen)))


@check("a request id from nginx comes back and is on the instance's log line")
def request_ids():
    status, headers, _ = Browser(PROXY).get("/health/live")
    rid = headers.get("x-request-id", "")
    if not re.fullmatch(r"[0-9a-f]{32}", rid):
        return "X-Request-Id %r is not nginx's $request_id" % rid
    time.sleep(0.5)
    logs = open(os.path.join(WORK, "a.log"), errors="replace").read() + open(os.path.join(WORK, "b.log"), errors="replace").read()
    return rid in logs or "not in the instances' logs"


@check("upload through instance A, download through instance B: family and agent (files shared by the database)")
def upload_a_download_b():
    api = Browser(PORT_A, token=tokens()[0])
    dossier = expect(api.call("POST", "/api/v1/dossiers", {"profile": "non-eu-parent-permit", "role": "parent"}), (201,), "start")[1]["location"]
    expect(api.call("PUT", dossier + "/answers/child", CHILD), (200,), "child")
    for section, answers in SECTIONS:
        expect(api.call("PUT", dossier + "/answers/" + section, answers), (200,), section)
    slots = [slot["id"] for slot in json.loads(expect(api.call("GET", dossier), (200,), "read")[2])["slots"]]
    expect(api.call("PUT", dossier + "/answers/languages", {s: False for s in slots if s in CIVIL_STATUS}), (200,), "languages")
    stored = {}
    today = time.strftime("%Y-%m-%d")
    for slot in slots:
        if slot == "photo":
            content, reply = None, None
            for n in range(2):
                content = jpeg("photo %d %s" % (n, uuid.uuid4()))
                reply = expect(api.call("POST", dossier + "/documents/photo?takenOn=" + today, raw=content, media="image/jpeg"), (201,), "photo")
                stored[json.loads(reply[2])["id"]] = hashlib.sha256(content).hexdigest()
            continue
        content = pdf("%s %s" % (slot, uuid.uuid4()))
        reply = expect(api.call("POST", dossier + "/documents/" + slot + "?fileName=scan.pdf", raw=content, media="application/pdf"),
                       (201,), "upload " + slot)
        stored[json.loads(reply[2])["id"]] = hashlib.sha256(content).hexdigest()
    expect(api.call("POST", dossier + "/file", headers={"Idempotency-Key": str(uuid.uuid4())}), (200,), "file")
    case = dossier.rsplit("/", 1)[-1]
    family, agent = Browser(PORT_B), Browser(PORT_B)
    family.family_login()
    agent.agent_login()
    problems = []
    for file_id, sha in stored.items():
        for who, browser, path in (("family", family, "/demandes/%s/fichiers/%s" % (case, file_id)),
                                   ("agent", agent, "/backoffice/dossiers/%s/fichiers/%s" % (case, file_id))):
            status, headers, body = browser.get(path)
            if status != 200 or hashlib.sha256(body).hexdigest() != sha:
                # The same address on A, which stored it, tells a missing file from a wrong address.
                on_a = Browser(PORT_A)
                on_a.cookies = dict(browser.cookies)
                problems.append("%s %s: %s on B, %s on A" % (who, file_id[:8], status, on_a.get(path)[0]))
    return not problems or "; ".join(problems[:4])


def drive(count, acks, progress, spread):
    if os.path.exists(acks):
        os.remove(acks)
    return subprocess.Popen([sys.executable, os.path.join(HERE, "..", "crash-test.d", "drive.py"), "http://127.0.0.1:%d" % PROXY,
                             TOKENS, str(count), acks, progress], env=dict(E, CRASH_SPREAD_SECONDS=str(spread)),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def acknowledged(acks):
    return [json.loads(line) for line in open(acks)] if os.path.exists(acks) else []


FILED = []


@check("complete filings through nginx, spread over both instances, each acknowledged with a reference")
def filings():
    acks = os.path.join(WORK, "acks-1.jsonl")
    driver = drive(6, acks, os.path.join(WORK, "progress-1"), 2)
    out, _ = driver.communicate(timeout=300)
    FILED.extend(acknowledged(acks))
    return len(FILED) == 6 or "%d of 6 acknowledged: %s" % (len(FILED), out.strip()[-300:])


@check("with both schedulers running, each overdue case is refused implicitly once, with one mail")
def schedulers():
    ids = [a["dossier"] for a in FILED]
    if not ids:
        return "no filed case to make overdue"
    quoted = ",".join("'%s'" % i for i in ids)
    since = psql("SELECT now()")[0]
    psql("UPDATE dossiers SET implicit_refusal_on = '2000-01-01' WHERE id IN (%s)" % quoted)
    deadline = time.time() + 40
    while time.time() < deadline:
        done = int(psql("SELECT count(*) FROM dossiers WHERE id IN (%s) AND state = 'implicitly-refused'" % quoted)[0])
        if done == len(ids):
            break
        time.sleep(1)
    time.sleep(3)  # both schedulers pass again: nothing more may happen
    done = int(psql("SELECT count(*) FROM dossiers WHERE id IN (%s) AND state = 'implicitly-refused'" % quoted)[0])
    events = psql("SELECT dossier_id, count(*) FROM dossier_events WHERE dossier_id IN (%s) AND at >= '%s' GROUP BY dossier_id" % (quoted, since))
    mails = int(psql("SELECT count(*) FROM mail_outbox WHERE kind LIKE 'case-implicit%%' AND created_at >= '%s'" % since)[0])
    counts = sorted(int(row.split("|")[1]) for row in events)
    return (done == len(ids) and counts == [1] * len(ids) and mails == len(ids)) or \
        "%d/%d refused, events per case %s, %d mails" % (done, len(ids), counts, mails)


def verify_limit(source, forwarded=None):
    headers = {"Content-Type": "application/json"}
    if forwarded:
        headers["X-Forwarded-For"] = forwarded
    body = json.dumps({"number": "D07526000001", "birthDate": "2015-05-12"}).encode()
    return Browser(PROXY, source=source).request("POST", "/api/v1/verification", body=body, headers=headers)[0]


@check("per-client rate limits behind nginx: two clients limited apart, a client forging X-Forwarded-For limited by its address")
def rate_limits():
    path_ok = verify_limit("127.0.0.2")
    if path_ok not in (200,):
        return "the verification API answered %s" % path_ok
    first = [verify_limit("127.0.0.2") for _ in range(29)]  # 30 allowed an hour
    refused = verify_limit("127.0.0.2")
    other = verify_limit("127.0.0.3")
    forged = [verify_limit("127.0.0.4", "198.51.100.%d" % n) for n in range(31)]
    return (set(first) == {200} and refused == 429 and other == 200 and forged[:30] == [200] * 30 and forged[30] == 429) or \
        "first %s, then %s, another client %s, forged %s" % (sorted(set(first)), refused, other, forged[-2:])


@check("PostgreSQL stopped: 503 with Retry-After, the session kept; back once it restarts")
def outage():
    browser = Browser(PROXY)
    browser.family_login()
    cookie = browser.cookies.get("dcem_session")
    api = Browser(PROXY, token=tokens()[0])
    subprocess.run(E["PG_STOP"], shell=True, check=True, timeout=120)
    try:
        time.sleep(1)
        page = browser.get("/mes-demandes")
        reply = api.call("GET", "/api/v1/dossiers")
    finally:
        subprocess.run(E["PG_START"], shell=True, check=True, timeout=120)
    problems = []
    if page[0] != 503 or "retry-after" not in page[1]:
        problems.append("page %s" % page[0])
    if "location" in page[1]:
        problems.append("sent to %s" % page[1]["location"])
    if browser.cookies.get("dcem_session") != cookie:
        problems.append("session cookie changed")
    if reply[0] != 503 or "json" not in reply[1].get("content-type", ""):
        problems.append("API %s %s" % (reply[0], reply[1].get("content-type")))
    back = None
    for _ in range(60):
        back = browser.get("/mes-demandes")[0]
        if back == 200:
            break
        time.sleep(1)
    if back != 200:
        problems.append("after the restart %s" % back)
    return not problems or ", ".join(problems)


@check("readiness: both instances ready; the file store made unusable (its tables renamed) answers 503 naming it on both, ready again once it is back")
def readiness():
    def states():
        return [Browser(port).get("/health/ready") for port in (PORT_A, PORT_B)]
    problems = []
    if [reply[0] for reply in states()] != [200, 200]:
        problems.append("not ready at first")
    psql("ALTER TABLE stored_file_chunks RENAME TO stored_file_chunks_away")
    try:
        time.sleep(2)  # answers are cached for a second
        for name, reply in zip(("A", "B"), states()):
            if reply[0] != 503 or b"file store" not in reply[2]:
                problems.append("%s answered %s %r with the store gone" % (name, reply[0], reply[2][:80]))
    finally:
        psql("ALTER TABLE stored_file_chunks_away RENAME TO stored_file_chunks")
    time.sleep(2)
    if [reply[0] for reply in states()] != [200, 200]:
        problems.append("not ready once the store is back")
    return not problems or ", ".join(problems)


@check("instance A killed with SIGKILL during filings: nothing acknowledged is lost, every history whole (dcem audit verify)")
def kill_during_filings():
    acks = os.path.join(WORK, "acks-2.jsonl")
    progress = os.path.join(WORK, "progress-2")
    driver = drive(10, acks, progress, 6)
    deadline = time.time() + 120
    while time.time() < deadline and driver.poll() is None:
        try:
            if int(open(progress).read().strip() or 0) >= 2:
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.2)
    os.kill(int(open(os.path.join(WORK, "a.pid")).read()), 9)
    out, _ = driver.communicate(timeout=400)
    filed = acknowledged(acks)
    lost = []
    for ack in filed:
        api = Browser(PROXY, token=tokens()[ack["token"]])
        status, _, body = api.call("GET", ack["path"])
        case = json.loads(body) if status == 200 else {}
        if status != 200 or case.get("reference") != ack["reference"]:
            lost.append(ack["reference"])
    audit = subprocess.run([BIN, "audit", "verify"], capture_output=True, text=True, timeout=300)
    return (len(filed) >= 2 and not lost and audit.returncode == 0) or \
        "%d acknowledged, lost %s, audit %s: %s" % (len(filed), lost, audit.returncode, (audit.stdout + audit.stderr).strip()[-200:])
