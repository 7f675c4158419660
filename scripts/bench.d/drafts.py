"""Prepares N complete drafts through the family's API (start, answers, documents, photos), so that
the benchmark times only their filing. Prints one dossier path a line.
Usage: drafts.py BASE_URL TOKEN N > paths
"""
import http.client
import json
import os
import sys
import threading
from urllib.parse import urlsplit

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from dcem_fixtures import ANSWERS, CIVIL_STATUS, JPEG, PDF, TAKEN_ON  # noqa: E402

BASE, TOKEN, COUNT = sys.argv[1], sys.argv[2], int(sys.argv[3])
HOST = urlsplit(BASE)


class Client:
    def __init__(self):
        self.connection = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=60)

    def send(self, method, path, body=None, content_type="application/json", expect=(200, 201)):
        headers = {"Authorization": f"Bearer {TOKEN}"}
        if body is not None:
            headers["Content-Type"] = content_type
            if content_type == "application/json":
                body = json.dumps(body).encode()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        if response.status not in expect:
            sys.exit(f"drafts: {method} {path} answered {response.status}: {data[:300]!r}")
        return response, data

    def draft(self):
        response, _ = self.send("POST", "/api/v1/dossiers", {"profile": "non-eu-parent-permit", "role": "parent"})
        path = urlsplit(response.getheader("Location")).path
        for section, body in ANSWERS.items():
            self.send("PUT", f"{path}/answers/{section}", body)
        slots = [slot["id"] for slot in json.loads(self.send("GET", path)[1])["slots"]]
        civil = [slot for slot in slots if slot in CIVIL_STATUS]
        self.send("PUT", f"{path}/answers/languages", {slot: False for slot in civil})
        for slot in slots:
            if slot != "photo":
                self.send("POST", f"{path}/documents/{slot}?fileName=scan.pdf", PDF, "application/pdf")
        for _ in range(2):
            self.send("POST", f"{path}/documents/photo?takenOn={TAKEN_ON}", JPEG, "image/jpeg")
        return path


paths, lock = [], threading.Lock()


def work(share):
    client = Client()
    for _ in range(share):
        path = client.draft()
        with lock:
            paths.append(path)


THREADS = 4
threads = [threading.Thread(target=work, args=(COUNT // THREADS + (1 if i < COUNT % THREADS else 0),)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if len(paths) != COUNT:
    sys.exit(f"drafts: {len(paths)} of {COUNT} prepared")
print("\n".join(paths))
