#!/usr/bin/env python3
"""Reads the database and the stored files directly (sqlite3 module, or psql for PostgreSQL; the
files in their folder, or in the database's tables with DCEM_FILE_STORE=database, PostgreSQL's
default) and
checks that every acknowledged filing is present and whole, and that no case the driver made is
half-written. Also asks the restarted server for each acknowledged case.

usage: check.py snapshot OUT                      (the dossier ids there before the drive)
       check.py verify BEFORE ACKS DATA_DIR BASE_URL TOKENS_FILE
Database: DATABASE_URL (PostgreSQL) or DCEM_SQLITE_PATH.
Prints 'N acknowledged, N found, 0 lost'; exit 1 when a filing is lost or a case half-written.
"""
import csv, hashlib, io, json, os, subprocess, sys, urllib.request, uuid

URL = os.environ.get("DATABASE_URL")


def norm_id(value):
    if isinstance(value, (bytes, bytearray)):
        return uuid.UUID(bytes=bytes(value)).hex
    return uuid.UUID(str(value)).hex


def rows(sqlite_query, postgres_query):
    if URL:
        out = subprocess.run(["psql", URL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "COPY (%s) TO STDOUT WITH CSV" % postgres_query],
                             check=True, capture_output=True, text=True, timeout=300).stdout
        return list(csv.reader(io.StringIO(out)))
    import sqlite3
    connection = sqlite3.connect("file:%s?mode=ro" % os.environ["DCEM_SQLITE_PATH"], uri=True, timeout=60)
    try:
        return connection.execute(sqlite_query).fetchall()
    finally:
        connection.close()


def dossiers():
    found = {}
    for id_, state, reference, answers in rows(
            "SELECT id, state, reference, CAST(answers AS TEXT) FROM dossiers",
            "SELECT id, state, reference, convert_from(answers, 'UTF8') FROM dossiers"):
        found[norm_id(id_)] = {"state": state, "reference": reference or None, "answers": answers or ""}
    return found


def main():
    if sys.argv[1] == "snapshot":
        with open(sys.argv[2], "w") as out:
            json.dump(sorted(dossiers()), out)
        return 0
    _, _, before_file, acks_file, data_dir, base, tokens_file = sys.argv
    before = set(json.load(open(before_file)))
    acks = [json.loads(line) for line in open(acks_file) if line.strip()] if os.path.exists(acks_file) else []
    tokens = [line.strip() for line in open(tokens_file) if line.strip()]

    every = dossiers()
    cases = {k: v for k, v in every.items() if k not in before}
    documents = {}
    for dossier_id, slot, sha256, live in rows(
            "SELECT dossier_id, slot, sha256, CASE WHEN removed_at IS NULL THEN 1 ELSE 0 END FROM dossier_documents",
            "SELECT dossier_id, slot, sha256, CASE WHEN removed_at IS NULL THEN 1 ELSE 0 END FROM dossier_documents"):
        if str(live) == "1":
            documents.setdefault(norm_id(dossier_id), []).append((slot, sha256))
    filings = {}
    for dossier_id, details in rows("SELECT dossier_id, details FROM dossier_events WHERE action = 'file'",
                                    "SELECT dossier_id, details FROM dossier_events WHERE action = 'file'"):
        filings.setdefault(norm_id(dossier_id), []).append(details)
    mails = {}
    for (subject,) in rows("SELECT subject FROM mail_outbox WHERE kind = 'case-filed'",
                           "SELECT subject FROM mail_outbox WHERE kind = 'case-filed'"):
        for word in subject.replace("\u00a0", " ").split():
            if word.startswith("DCEM-"):
                mails[word.strip(".,;:()«»")] = mails.get(word.strip(".,;:()«»"), 0) + 1

    file_ok = {}

    in_database = os.environ.get("DCEM_FILE_STORE", "database" if URL else "folder") == "database"
    if in_database:
        # The files in the database's own tables (docs/file-store.md): each one's chunks put back
        # together and hashed by the database itself, only for files recorded whole.
        for sha256, actual in rows(
                "SELECT f.sha256, '' FROM stored_files f",
                "SELECT f.sha256, encode(sha256(COALESCE(string_agg(c.bytes, ''::bytea ORDER BY c.chunk), ''::bytea)), 'hex') "
                "FROM stored_files f LEFT JOIN stored_file_chunks c ON c.sha256 = f.sha256 "
                "GROUP BY f.sha256, f.size HAVING f.size = COALESCE(SUM(length(c.bytes)), 0)"):
            file_ok[sha256] = actual == sha256 if URL else None
        if not URL:
            import sqlite3
            connection = sqlite3.connect("file:%s?mode=ro" % os.environ["DCEM_SQLITE_PATH"], uri=True, timeout=60)
            for sha256 in list(file_ok):
                data = b"".join(bytes(row[0]) for row in connection.execute(
                    "SELECT bytes FROM stored_file_chunks WHERE sha256 = ? ORDER BY chunk", (sha256,)))
                file_ok[sha256] = hashlib.sha256(data).hexdigest() == sha256
            connection.close()

    def stored(sha256):
        if sha256 not in file_ok:
            if in_database:
                return False
            path = os.path.join(data_dir, "files", sha256[0:2], sha256[2:4], sha256)
            try:
                with open(path, "rb") as f:
                    file_ok[sha256] = hashlib.sha256(f.read()).hexdigest() == sha256
            except OSError:
                file_ok[sha256] = False
        return file_ok[sha256]

    def whole(key, case):
        """What is missing from a case the database says is filed (empty when whole)."""
        missing = []
        reference = case["reference"]
        if not reference:
            missing.append("reference")
        try:
            answers = json.loads(case["answers"])
        except ValueError:
            answers = None
        if not isinstance(answers, dict) or not answers:
            missing.append("answers")
        if len(filings.get(key, [])) != 1 or (reference and reference not in filings[key][0]):
            missing.append("filing event")
        if reference and mails.get(reference, 0) != 1:
            missing.append("acknowledgement mail")
        if not documents.get(key):
            missing.append("documents")
        if any(not stored(sha) for _, sha in documents.get(key, [])):
            missing.append("stored file")
        return missing

    # No half-written case: a filed case is whole, a draft carries no trace of a filing, and
    # every document row the driver's drafts have has its file.
    half = []
    for key, case in cases.items():
        if case["state"] != "draft":
            problems = whole(key, case)
        else:
            problems = [p for p, bad in (("reference on a draft", case["reference"]), ("filing event on a draft", filings.get(key)))
                        if bad]
            problems += ["stored file"] if any(not stored(sha) for _, sha in documents.get(key, [])) else []
        if problems:
            half.append((key, case["state"], problems))
    referenced = {c["reference"] for c in every.values() if c["reference"]}
    stray_mails = [r for r in mails if r not in referenced and r.startswith("DCEM-")]

    found = 0
    lost = []
    for ack in acks:
        key = uuid.UUID(ack["dossier"]).hex
        case = cases.get(key)
        problems = []
        if case is None:
            problems.append("no such case")
        else:
            if case["state"] != "filed":
                problems.append("state %s" % case["state"])
            if case["reference"] != ack["reference"]:
                problems.append("reference %s" % case["reference"])
            if ack["surname"] not in case["answers"]:
                problems.append("answers")
            problems += whole(key, case)
            if sorted(documents.get(key, [])) != sorted((d["slot"], d["sha256"]) for d in ack["documents"]):
                problems.append("documents differ from those sent")
            # The restarted server's own answer, too.
            request = urllib.request.Request(base + ack["path"], headers={"Authorization": "Bearer " + tokens[ack["token"]]})
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    shown = json.loads(response.read())
                if shown.get("state") != "filed" or shown.get("reference") != ack["reference"]:
                    problems.append("API shows %s %s" % (shown.get("state"), shown.get("reference")))
            except Exception as error:
                problems.append("API: %s" % error)
        if problems:
            lost.append((ack["reference"], problems))
        else:
            found += 1

    filed = sum(1 for c in cases.values() if c["state"] == "filed")
    drafts = sum(1 for c in cases.values() if c["state"] == "draft")
    print("cases the drive made: %d filed (%d of them committed but not acknowledged before the kill), %d drafts"
          % (filed, filed - len(acks), drafts))
    for reference, problems in lost[:20]:
        print("LOST %s: %s" % (reference, ", ".join(problems)))
    for key, state, problems in half[:20]:
        print("HALF-WRITTEN %s (%s): %s" % (key, state, ", ".join(problems)))
    if stray_mails:
        print("MAILS FOR NO CASE: %s" % ", ".join(stray_mails[:20]))
    print("%d acknowledged, %d found, %d lost" % (len(acks), found, len(acks) - found))
    if lost or half or stray_mails or not acks:
        if not acks:
            print("no filing was acknowledged before the kill: nothing was tested")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
