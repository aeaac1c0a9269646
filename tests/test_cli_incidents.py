"""`geo incidents`: list, show, split and merge from the command line, audited under --by."""
from __future__ import annotations

import json
import subprocess
import sys

from geo.store import Store

REPORTS = [
    ("r1", "An air strike on the village of Jarif, south-west of Sirte, killed seven civilians on Monday, "
           "local officials said.", "Reuters"),
    ("a1", "Seven civilians were killed when an air strike hit Jarif, south-west of Sirte, on Monday, a council "
           "member told AFP.", "AFP"),
]


def geo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, timeout=300)


def test_list_show_split_and_merge_incidents(tmp_path):
    folder, db = tmp_path / "in", str(tmp_path / "atlas.sqlite")
    folder.mkdir()
    (folder / "news.jsonl").write_text("".join(json.dumps({"id": i, "text": t, "source": s, "published": "2020-06-08",
                                                           "lang": "en"}) + "\n" for i, t, s in REPORTS))
    assert geo("ingest", str(folder), "--db", db, "--workers", "1", "--quiet").returncode == 0
    with Store.open(db) as store:
        [incident] = store.incidents()
        events = [e["event_id"] for e in store.incident_events(incident["incident_id"])]
    iid = incident["incident_id"]
    listed = geo("incidents", "list", "--db", db)
    assert listed.returncode == 0 and "dead 7" in listed.stdout and "2 source(s): AFP; Reuters" in listed.stdout
    shown = geo("incidents", "show", str(iid), "--db", db)
    assert shown.returncode == 0 and shown.stdout.count("  event ") == 2

    split = geo("incidents", "split", str(iid), str(events[1]), "--db", db, "--by", "amal")
    assert split.returncode == 0, split.stderr
    with Store.open(db) as store:
        assert len(store.incidents()) == 2
        assert store.audit_log(limit=1)[0]["who"] == "amal"
    new_id = int(split.stdout.split("incident ")[-1].split()[0])
    merged = geo("incidents", "merge", str(iid), str(new_id), "--db", db, "--by", "amal")
    assert merged.returncode == 0 and f"merged into incident {min(iid, new_id)}" in merged.stdout
    with Store.open(db) as store:
        assert len(store.incidents()) == 1 and store.verify_audit().ok

    refused = geo("incidents", "split", str(iid), *map(str, events), "--db", db)
    assert refused.returncode == 1 and "leaves it empty" in refused.stderr
    unknown = geo("incidents", "show", "999", "--db", db)
    assert unknown.returncode == 1 and "no incident 999" in unknown.stderr
    missing = geo("incidents", "list", "--db", str(tmp_path / "nowhere.sqlite"))
    assert missing.returncode == 2 and "no store" in missing.stderr
