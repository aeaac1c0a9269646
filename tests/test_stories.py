"""Near-duplicate articles: a re-published or lightly rewritten story shares one story id."""
from __future__ import annotations

import pytest

from geo.ingest.stories import StoryIndex, shingles, signature
from store_backends import BACKENDS, open_store

WIRE = ("Syrian government shelling hit the town of Saraqeb in Idlib province on Monday, killing seven "
        "civilians including two children, the Syrian Observatory for Human Rights said. Rescue workers "
        "searched the rubble of two houses for survivors, and the wounded were taken to hospitals near the "
        "Turkish border, a local health official told reporters by telephone.")
REWRITE = ("Syrian government shelling hit the town of Saraqib in Idlib province on Monday, killing seven civilians "
           "including two children, the Syrian Observatory for Human Rights said on Tuesday. Rescue workers "
           "searched the rubble of two houses for survivors, and the wounded were taken to hospitals near the "
           "Turkish border, a local health official said.")
AR_WIRE = ("قتل سبعة مدنيين بينهم طفلان في قصف مدفعي لقوات النظام السوري على مدينة سراقب في ريف إدلب الإثنين، "
           "بحسب المرصد السوري لحقوق الإنسان. وبحث عمال الإنقاذ تحت أنقاض منزلين عن ناجين، ونقل الجرحى إلى "
           "مستشفيات قرب الحدود التركية.")
AR_REWRITE = ("قُتل سبعة مدنيين بينهم طفلان في قصفٍ مدفعي لقوات النظام السوري على مدينة سراقب بريف إدلب يوم الإثنين، "
              "بحسب المرصد السوري لحقوق الإنسان. وبحث عمال الإنقاذ تحت أنقاض منزلين عن ناجين، ونُقل الجرحى إلى "
              "مستشفيات قرب الحدود التركية.")
OTHER = ("A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing fifteen people, police said. "
         "Al-Shabaab said it carried out the attack, the latest in a series of bombings in the Somali capital.")


def test_shingles_fold_arabic_variants_and_case():
    assert shingles("قُتل سبعة مدنيين") == shingles("قتل سبعه مدنيين")
    assert shingles("The Town") == shingles("the town")
    assert signature(AR_WIRE).jaccard(signature(AR_REWRITE)) >= 0.5
    assert signature(WIRE).jaccard(signature(REWRITE)) >= 0.5
    assert signature(WIRE).jaccard(signature(OTHER)) < 0.1


@pytest.mark.parametrize("backend", BACKENDS)
def test_rewrites_share_a_story_and_the_index_survives_a_restart(backend, tmp_path):
    from geo.engine.document import Document

    with open_store(backend, tmp_path) as store:
        ids = []
        for text, source in ((WIRE, "AP"), (AR_WIRE, "الأناضول"), (OTHER, "Reuters"), (REWRITE, "AFP")):
            ids.append(store.add_document({"text": text, "source": source}, Document(text=text, lang=None))[0])
        index = StoryIndex.load(store)
        for article_id in ids[:3]:
            index.link(store, article_id, store.article(article_id)["text"])
        # A new process: the index is rebuilt from the stored signatures.
        fresh = StoryIndex.load(store)
        assert fresh.link(store, ids[3], REWRITE) == ids[0]
        ar_copy = store.add_document({"text": AR_REWRITE, "source": "الجزيرة"}, Document(text=AR_REWRITE, lang=None))[0]
        assert StoryIndex.load(store).link(store, ar_copy, AR_REWRITE) == ids[1]
        assert store.story_of(ids[2]) == ids[2]
        story = store.story_articles(ids[0])
        assert [a["source"] for a in story] == ["AP", "AFP"] and story[1]["similarity"] >= 0.5
        assert {s["story_id"]: s["n_sources"] for s in store.stories()} == {ids[0]: 2, ids[1]: 2}
        assert store.unstoried_article_ids() == []


def test_the_index_keeps_only_its_window_of_newest_articles(tmp_path):
    """A watcher running for weeks holds the newest articles only: an old story leaves the index
    (not the store), and a restart loads the newest signatures alone."""
    from geo.engine.document import Document
    from geo.store import Store

    with Store.open(str(tmp_path / "w.sqlite")) as store:
        ids = [store.add_document({"text": t, "source": s}, Document(text=t, lang=None))[0]
               for t, s in ((WIRE, "AP"), (OTHER, "Reuters"), (REWRITE, "AFP"), (REWRITE + " Updated.", "BBC"))]
        wide = StoryIndex.load(store, window=2)
        wide.link(store, ids[0], WIRE)
        wide.link(store, ids[1], OTHER)
        assert len(wide) == 2
        narrow = StoryIndex(window=1)
        narrow.link(store, ids[0], WIRE)
        narrow.link(store, ids[1], OTHER)  # WIRE leaves the index
        assert len(narrow) == 1 and set(narrow.sigs) == {ids[1]}
        assert narrow.link(store, ids[2], REWRITE) == ids[2]  # too old to be found: a story of its own
        assert store.story_of(ids[0]) == ids[0]  # the store keeps it
        # A restart with a window of two loads the two newest signatures (OTHER and REWRITE).
        reloaded = StoryIndex.load(store, window=2)
        assert set(reloaded.sigs) == {ids[1], ids[2]}
        assert reloaded.link(store, ids[3], REWRITE + " Updated.") == ids[2]
