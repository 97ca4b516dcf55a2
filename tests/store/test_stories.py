"""Near-duplicates: the same wire story from several outlets is one story, found again after a restart."""

import pytest
from sqlalchemy import delete, update

from hotspot.records import Article
from hotspot.store import Store, stories
from hotspot.store.schema import article_bands, article_signatures, articles

WIRE = (
    "ALMATY, Jan 5 (Reuters) - Protesters stormed the mayor's office in Almaty on Wednesday and set it on fire, "
    "as unrest over a sharp rise in fuel prices spread across Kazakhstan and the government resigned. "
    "President Kassym-Jomart Tokayev declared a two-week state of emergency in the city and in the western "
    "province of Mangistau, where the protests began on Sunday after the price of liquefied petroleum gas doubled. "
    "Police used tear gas and stun grenades to disperse thousands of people in the main square, and the interior "
    "ministry said eight officers had been killed and more than three hundred injured. "
    "Internet access was cut across the country, the monitoring group NetBlocks said, and flights to Almaty were "
    "suspended. Tokayev said he would act as harshly as possible and appealed to a Russian-led military alliance "
    "for help, describing the protesters as terrorist gangs trained abroad. "
    "The Collective Security Treaty Organization said it would send peacekeeping troops for a limited period. "
    "Kazakhstan, a close ally of Moscow, is the world's largest producer of uranium and a major oil exporter, and "
    "the unrest sent uranium prices higher. The government reintroduced the price cap on fuel for six months, but "
    "the protests continued into the night, with crowds demanding the departure of former leader Nursultan Nazarbayev."
)
# The same story as another outlet prints it: its own furniture around the text, and its own headline.
WITH_BOILERPLATE = (
    "Subscribe to our newsletter for the latest news from Central Asia.\n" + WIRE
    + "\nShare this article on Facebook and Twitter. Related: Oil prices climb."
)
# A sub-editor's hand: one sentence rewritten.
EDITED = WIRE.replace(
    "Internet access was cut across the country, the monitoring group NetBlocks said, and flights to Almaty were "
    "suspended.",
    "Mobile internet was blocked nationwide, according to NetBlocks, and airports in Almaty closed.",
)
UNRELATED = (
    "Gas prices rose in Aktau on Monday, and residents gathered outside the regional administration to ask for the "
    "price cap to return. The governor promised to meet them on Tuesday and said the regional budget would cover "
    "part of the increase. Drivers queued at filling stations across the city through the evening."
)


def wire_copy(n: int, text: str, outlet: str, title: str, **overrides) -> Article:
    values = dict(id=f"{n:016x}", source=f"/data/{n}.html", text=text, title=title, site_name=outlet,
                  content_hash=f"{n:064x}", text_hash=f"t{n:063x}")
    values.update(overrides)
    return Article(**values)


@pytest.fixture
def store(store_url):
    s = Store(store_url, near_duplicate_threshold=0.7)
    yield s
    s.close()


def test_wire_story_in_three_outlets_is_stored_three_times_as_one_story(store):
    first = wire_copy(1, WIRE, "Reuters", "Kazakhstan protesters storm Almaty mayor's office")
    assert store.save(first) == ("stored", first.id)
    assert store.save(wire_copy(2, WITH_BOILERPLATE, "Eurasia Daily", "Almaty in flames")) == ("stored", f"{2:016x}")
    assert store.save(wire_copy(3, EDITED, "Steppe Post", "State of emergency declared")) == ("stored", f"{3:016x}")
    assert {store.story_of(f"{n:016x}") for n in (1, 2, 3)} == {first.id}
    members = store.story_members(first.id)
    assert [(m["id"], m["site_name"]) for m in members] == [
        (first.id, "Reuters"), (f"{2:016x}", "Eurasia Daily"), (f"{3:016x}", "Steppe Post"),
    ]


def test_unrelated_articles_are_stories_of_their_own(store):
    store.save(wire_copy(1, WIRE, "Reuters", "Protests"))
    store.save(wire_copy(2, UNRELATED, "Aktau Times", "Gas prices"))
    assert store.story_of(f"{1:016x}") == f"{1:016x}"
    assert store.story_of(f"{2:016x}") == f"{2:016x}"


def test_near_duplicate_after_a_restart_joins_the_old_story(store_url):
    before = Store(store_url, near_duplicate_threshold=0.7)
    before.save(wire_copy(1, WIRE, "Reuters", "Protests"))
    before.save(wire_copy(2, UNRELATED, "Aktau Times", "Gas prices"))
    before.close()
    after = Store(store_url, near_duplicate_threshold=0.7)
    after.save(wire_copy(3, EDITED, "Steppe Post", "State of emergency declared"))
    assert after.story_of(f"{3:016x}") == f"{1:016x}"
    after.close()


def test_story_lists_the_other_articles_of_the_cluster(store):
    store.save(wire_copy(1, WIRE, "Reuters", "Protests"))
    store.save(wire_copy(2, EDITED, "Steppe Post", "Emergency"))
    story = store.story(f"{2:016x}")
    assert story["id"] == f"{1:016x}"
    assert [m["id"] for m in story["articles"]] == [f"{1:016x}"]
    assert store.story("ffffffffffffffff") is None


def test_exact_clean_text_is_still_a_duplicate_not_a_second_member(store):
    first = wire_copy(1, WIRE, "Reuters", "Protests")
    store.save(first)
    again = wire_copy(2, WIRE, "Reuters", "Protests", text_hash=first.text_hash)
    assert store.save(again) == ("duplicate", first.id)
    assert len(store.story_members(first.id)) == 1


def test_threshold_zero_turns_linking_off(store_url):
    s = Store(store_url, near_duplicate_threshold=0)
    s.save(wire_copy(1, WIRE, "Reuters", "Protests"))
    s.save(wire_copy(2, EDITED, "Steppe Post", "Emergency"))
    assert s.story_of(f"{2:016x}") == f"{2:016x}"
    s.close()


def test_link_stories_indexes_articles_stored_before_detection(store):
    store.save(wire_copy(1, WIRE, "Reuters", "Protests"))
    store.save(wire_copy(2, EDITED, "Steppe Post", "Emergency"))
    store.save(wire_copy(3, UNRELATED, "Aktau Times", "Gas prices"))
    with store.engine.begin() as conn:  # as revision 0003 leaves a database it upgraded
        conn.execute(delete(article_bands))
        conn.execute(delete(article_signatures))
        conn.execute(update(articles).values(story_id=articles.c.id))
    assert store.link_stories(batch=2) == 3
    assert [store.story_of(f"{n:016x}") for n in (1, 2, 3)] == [f"{1:016x}", f"{1:016x}", f"{3:016x}"]
    assert store.link_stories() == 0


def test_signature_estimates_jaccard_similarity():
    a, b = stories.shingles(WIRE), stories.shingles(EDITED)
    exact = len(a & b) / len(a | b)
    assert abs(stories.similarity(stories.signature(WIRE), stories.signature(EDITED)) - exact) < 0.1
    assert stories.similarity(stories.signature(WIRE), stories.signature(UNRELATED)) < 0.1
    assert stories.signature("") is None


def test_signatures_and_band_keys_never_change_between_releases():
    """Stored keys must match new ones: a datasketch default or hashing change would silently split stories."""
    sig = stories.signature("The quick brown fox jumps over the lazy dog near the river bank")
    assert sig[:3].tolist() == [77203793, 159852450, 155221378]
    assert stories.band_keys(sig)[:2] == [-4782824658985785178, 1576767855696931300]
    assert stories.from_bytes(stories.to_bytes(sig)).tolist() == sig.tolist()
