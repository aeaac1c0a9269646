"""`python -m geo parse`: the contract the scorer reads, and clear errors for bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import geo
from geo.errors import UnreadableInput

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2652ce4f1c7f173e.txt"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "geo", "parse", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_jsonl_contract_and_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Shelling hit Aleppo in Syria."}),
        "{not json",
        json.dumps({"id": "c", "title": "no text field"}),
        json.dumps({"id": "d", "text": "   "}),
        json.dumps({"id": "e", "text": "قصف على مدينة سرت الليبية", "published": "2020-06-09"}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("--jsonl", src, "--out", out)
    assert r.returncode == 1  # some lines failed
    assert f"{src}, line 2: malformed JSON" in r.stderr
    assert f"{src}, line 3" in r.stderr and '"text"' in r.stderr
    assert f"{src}, line 4" in r.stderr and "empty" in r.stderr
    assert "Traceback" not in r.stderr
    docs = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(docs) == {"a", "e"}
    aleppo = next(m for m in docs["a"]["mentions"] if m["text"] == "Aleppo")
    assert {"start", "end", "lat", "lon", "country_code", "precision", "confidence", "excerpt"} <= set(aleppo)
    assert docs["e"]["lang"] == "ar" and any(m["country_code"] == "LY" for m in docs["e"]["mentions"])


def test_file_mode_prints_one_line_per_file(tmp_path):
    r = run(SEED)
    assert r.returncode == 0, r.stderr
    [line] = r.stdout.splitlines()
    doc = json.loads(line)
    assert doc["file"].endswith(SEED.name) and len(doc["mentions"]) >= 20


@pytest.mark.parametrize("content,expect", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
])
def test_bad_files_get_one_clear_line(tmp_path, content, expect):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Fighting near Sirte, Libya.", encoding="utf-8")
    r = run(bad, good)
    assert r.returncode == 1
    assert str(bad) in r.stderr and expect in r.stderr and "Traceback" not in r.stderr
    assert len(r.stdout.splitlines()) == 1  # the good file still parsed


def test_windows_1256_arabic_is_decoded_not_garbled(tmp_path):
    f = tmp_path / "cp1256.txt"
    f.write_bytes("قصفت الطائرات مدينة سرت الليبية وقتل سبعة مدنيين في ليبيا".encode("cp1256"))
    r = run(f)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert {"LY"} <= {m["country_code"] for m in doc["mentions"]}


def test_api_rejects_what_is_not_text():
    for bad in ("", "   \n", b"bytes", None, "\x00\x01\x02binary" * 50):
        with pytest.raises(UnreadableInput):
            geo.parse(bad)


def test_hostile_text_is_just_text(parser):
    text = '<script>alert(1)</script> Shelling hit Aleppo. <img src=x onerror="alert(2)"> ${x} `y`'
    doc = parser.parse(text)
    m = next(m for m in doc.mentions if m.text == "Aleppo")
    assert text[m.start:m.end] == "Aleppo" and m.country_code == "SY"
