"""Article text that looks like a Jinja template is text: never evaluated on any export path."""
import json
import re

from geo.maps.offline import export_html
from geo.maps.popups import escape_text, script_json

HOSTILE = 'Shelling hit {{ "pwn" ~ "ed" }} and {% if true %}YES{% endif %} {# c #} near Aleppo'


def _rows(n=1):
    return [{
        "mention_id": i, "start": 13, "end": 19, "text": "Aleppo", "name": "Aleppo", "name_ar": "حلب",
        "name_en": "Aleppo", "lat": 36.2 + i * 0.01, "lon": 37.16, "country_code": "SY", "feature": "city",
        "geonameid": 170063 + i, "precision": 1, "confidence": 0.9, "excerpt": HOSTILE, "excerpt_start": 0,
        "alternatives": [], "approximate": False, "is_event_location": None, "status": "auto",
        "article_id": 1, "title": HOSTILE, "source": "{{ config }}", "url": None, "published": None, "lang": "en",
    } for i in range(n)]


def test_escaped_text_and_script_json_hold_no_template_tags():
    assert "{{" not in escape_text(HOSTILE) and "{%" not in escape_text(HOSTILE)
    data = script_json({"t": HOSTILE, "nested": {"a": [1, {"b": 2}]}})
    assert "{{" not in data and "{%" not in data and "{#" not in data
    assert json.loads(data)["t"] == HOSTILE  # still the same text once parsed


def test_exported_maps_do_not_evaluate_template_tags(tmp_path):
    for n in (1, 2000):  # per-marker popups and the fast layer
        out = tmp_path / f"map{n}.html"
        export_html(_rows(n), out)
        html = out.read_text(encoding="utf-8")
        assert "pwned" not in html  # {{ "pwn" ~ "ed" }} was not evaluated
        # Every YES still stands inside its (escaped) {% if %} tag: the tag was not run.
        assert html.count("YES") == len(re.findall(r"if true %(?:}|&#125;|\\u0026#125;)YES", html)) > 0
