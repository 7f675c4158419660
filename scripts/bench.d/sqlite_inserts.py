"""The reference for filings/s: raw durable SQLite inserts (WAL, synchronous=FULL), one transaction
per insert of a row about the size of a filed case's, for SECONDS, in a new file in DIR.
Prints: inserts/s.
Usage: sqlite_inserts.py DIR SECONDS
"""
import os
import sqlite3
import sys
import time
import uuid

directory, seconds = sys.argv[1], float(sys.argv[2])
path = os.path.join(directory, "raw-inserts.sqlite")
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE filings (id TEXT PRIMARY KEY, reference TEXT, state TEXT, answers TEXT, filed_at REAL)")
answers = "x" * 2000
count, start = 0, time.monotonic()
while time.monotonic() - start < seconds:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO filings VALUES (?, ?, ?, ?, ?)", (str(uuid.uuid4()), f"DCEM-75-2026-{count:06d}", "filed", answers, time.time()))
    db.execute("COMMIT")
    count += 1
print(f"{count / (time.monotonic() - start):.0f}")
db.close()
