#!/usr/bin/env python3
"""Drives complete filings through the family API, all at once, one thread each: start a draft,
answer every section, upload a distinct PDF to every slot and two distinct photos, file. Each
filing acknowledged (2xx with a reference) is appended to ACKS as one JSON line, with what was
sent, before anything else is done. Progress (acknowledged count) goes to PROGRESS. No retry: a
request that fails ends its filing (the server is killed in the middle on purpose).

usage: drive.py BASE_URL TOKENS_FILE COUNT ACKS PROGRESS
"""
import datetime, hashlib, json, os, random, sys, threading, time, urllib.error, urllib.request, uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from dcem_fixtures import ANSWERS, CIVIL_STATUS, tagged_jpeg as jpeg, tagged_pdf as pdf  # noqa: E402

BASE, TOKENS, COUNT, ACKS, PROGRESS = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
TIMEOUT = 120
SPREAD = float(os.environ.get("CRASH_SPREAD_SECONDS", "20"))
tokens = [line.strip() for line in open(TOKENS) if line.strip()]
lock = threading.Lock()
acknowledged = 0
outcome = {}

# A complete draft's answers (scripts/lib/dcem_fixtures.py); each filing gives the child its own surname.
CHILD = ANSWERS["child"]
SECTIONS = [(section, ANSWERS[section]) for section in ("parents", "applicant", "address", "situation")]


def letters(n):
    """A surname part made of letters only, distinct for each filing."""
    out = ""
    for _ in range(4):
        out += "abcdefghijklmnopqrstuvwxyz"[n % 26]
        n //= 26
    return out


def call(token, method, path, body=None, content_type=None):
    data = None
    headers = {"Authorization": "Bearer " + token}
    if isinstance(body, (dict, list)):
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    elif body is not None:
        data = body
        headers["Content-Type"] = content_type
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def expect(status, wanted, what, body):
    if status not in wanted:
        raise RuntimeError("%s answered %s: %s" % (what, status, body[:300]))


def filing(index):
    global acknowledged
    token = tokens[index % len(tokens)]
    surname = "Benali" + letters(index)
    # Spread over SPREAD seconds, so that the kill finds filings at every step.
    time.sleep(random.random() * SPREAD)
    status, headers, body = call(token, "POST", "/api/v1/dossiers", {"profile": "non-eu-parent-permit", "role": "parent"})
    expect(status, (201,), "start", body)
    dossier = headers["Location"]
    status, _, body = call(token, "PUT", dossier + "/answers/child", dict(CHILD, surname=surname))
    expect(status, (200,), "child", body)
    for section, answers in SECTIONS:
        status, _, body = call(token, "PUT", dossier + "/answers/" + section, answers)
        expect(status, (200,), section, body)
    status, _, body = call(token, "GET", dossier)
    expect(status, (200,), "read", body)
    slots = [slot["id"] for slot in json.loads(body)["slots"]]
    civil = {s: False for s in slots if s in CIVIL_STATUS}
    status, _, body = call(token, "PUT", dossier + "/answers/languages", civil)
    expect(status, (200,), "languages", body)
    documents = []
    today = datetime.date.today().isoformat()
    for slot in slots:
        if slot == "photo":
            continue
        content = pdf("%s %s %s" % (surname, slot, uuid.uuid4()))
        status, _, body = call(token, "POST", dossier + "/documents/" + slot + "?fileName=scan.pdf", content, "application/pdf")
        expect(status, (201,), "upload " + slot, body)
        documents.append({"slot": slot, "sha256": hashlib.sha256(content).hexdigest()})
    for n in range(2):
        content = jpeg("%s photo %d %s" % (surname, n, uuid.uuid4()))
        status, _, body = call(token, "POST", dossier + "/documents/photo?takenOn=" + today, content, "image/jpeg")
        expect(status, (201,), "photo", body)
        documents.append({"slot": "photo", "sha256": hashlib.sha256(content).hexdigest()})
    key = str(uuid.uuid4())
    request = urllib.request.Request(BASE + dossier + "/file", data=b"", method="POST",
                                     headers={"Authorization": "Bearer " + token, "Idempotency-Key": key})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        status, body = response.status, response.read()
    filed = json.loads(body)
    if not (200 <= status < 300 and filed.get("state") == "filed" and filed.get("reference")):
        raise RuntimeError("file answered %s without a reference" % status)
    record = {"dossier": dossier.rsplit("/", 1)[-1], "path": dossier, "token": index % len(tokens), "reference": filed["reference"],
              "surname": surname, "documents": documents}
    with lock:
        with open(ACKS, "a") as out:
            out.write(json.dumps(record) + "\n")
            out.flush()
        acknowledged += 1
        with open(PROGRESS, "w") as out:
            out.write("%d\n" % acknowledged)


def run(index):
    try:
        filing(index)
        outcome[index] = "acknowledged"
    except Exception as error:  # the kill makes most of these; they are counted, not retried
        outcome[index] = type(error).__name__


threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(COUNT)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(TIMEOUT * 30)
failures = {}
for index in range(COUNT):
    kind = outcome.get(index, "unfinished")
    if kind != "acknowledged":
        failures[kind] = failures.get(kind, 0) + 1
print("driver: %d filings started at once, %d acknowledged, not acknowledged: %s" % (COUNT, acknowledged, json.dumps(failures, sort_keys=True)))
