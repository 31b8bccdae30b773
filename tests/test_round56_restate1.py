"""Round 56 (restate1): quantities told twice with different values -- the shapes behind the restatement misses of
the labelled sets r55a-d and r56g, told in our own words: each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # an animal whose plural is its singular, restated with "the"
    ("Hunters in Finnmark shot about 2,700 elk during the autumn season, the wildlife agency said. Its director said "
     "the 7,200 elk shot this season were fewer than expected.", "FC402",
     "Hunters in Finnmark shot about 2,700 elk during the autumn season, the wildlife agency said. Its director said "
     "the 2,700 elk shot this season were fewer than expected.", None),
    # "all N of the PARTICIPLE NOUN" after a count told, past where its people come from, as done to by the participle
    ("Nine rowers from the Ghent university club were hurt when their van overturned near Lille, police said. The "
     "club said on Tuesday that all 12 of the hurt rowers had gone home.", "FC402",
     "Nine rowers from the Ghent university club were hurt when their van overturned near Lille, police said. The "
     "club said on Tuesday that all nine of the hurt rowers had gone home.", None),
    # the adjective "still" closing a list in a quote tells of no time passed
    ("A record 12,364 swimmers finished the Lakeside Mile on Saturday. Organiser Ana Ruiz said the 12,634 finishers "
     "had found the water \"calm and still\".", "FC40",
     "A record 12,364 swimmers finished the Lakeside Mile on Saturday. Organiser Ana Ruiz said the 12,364 finishers "
     "had found the water \"calm and still\".", None),
    # a sum whose own noun names an award, restated as "the award"
    ("The choir has won a £1.6m heritage grant to restore its hall. Its conductor said the £160,000 award would pay "
     "for a new roof and organ.", "FC402",
     "The choir has won a £1.6m heritage grant to restore its hall. Its conductor said the £1.6m award would pay "
     "for a new roof and organ.", None),
    # a percentage told as what a verb gave, restated with its digits swapped under the verb's noun
    ("The trust returned 5.8% in the year to June. Its chair said the 8.5% return was pleasing.", "FC406",
     "The trust returned 5.8% in the year to June. Its chair said the 5.8% return was pleasing.", None),
    # a size told again at the head of a sentence with its dimension; a year of opening dates no size
    ("Building has started on the Marsh Lane footbridge, a 360-metre timber span over the railway. At 630 metres "
     "long, it will be the longest timber bridge in the county when it opens in 2028.", "FC406",
     "Building has started on the Marsh Lane footbridge, a 360-metre timber span over the railway. At 360 metres "
     "long, it will be the longest timber bridge in the county when it opens in 2028.", None),
    # a thing's year of making told again by the verb of its making, "a building finished in ..."
    ("Completed in 1863 for a shipping family, the mansion above the harbour became a girls' school in 1920. Its new "
     "owners plan to open it as a hotel. \"A building finished in 1836 needs care,\" said the architect.", "FC406",
     "Completed in 1863 for a shipping family, the mansion above the harbour became a girls' school in 1920. Its new "
     "owners plan to open it as a hotel. \"A building finished in 1863 needs care,\" said the architect.", None),
    # a year in a clause of whose start ("whose grandfather started the firm in 1961") dates no figure
    ("Kestrel Mussels grows mussels on 47 hectares of ropes in Loch Fyne. Owner Ian Baird, whose grandfather started "
     "the firm with one raft in 1961, said the storm had left the whole 74-hectare farm idle for a month.", "FC406",
     "Kestrel Mussels grows mussels on 47 hectares of ropes in Loch Fyne. Owner Ian Baird, whose grandfather started "
     "the firm with one raft in 1961, said the storm had left the whole 47-hectare farm idle for a month.", None),    # a count told as the agent of a passive, restated under the doer's noun of its verb
    ("An open letter signed by 52 fishermen urges the ministry to close the bay to trawlers. The 25 signatories say "
     "catches have halved since 2015.", "FC402",
     "An open letter signed by 52 fishermen urges the ministry to close the bay to trawlers. The 52 signatories say "
     "catches have halved since 2015.", None),
    # ... or as the subject of the verb past where they come from, restated as that owner's doers
    ("Nine riders from the Tarn cycling school have qualified for the national youth championships in Albi. Their "
     "coach said the school's eight qualifiers had trained all winter.", "FC402",
     "Nine riders from the Tarn cycling school have qualified for the national youth championships in Albi. Their "
     "coach said the school's nine qualifiers had trained all winter.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # another group's participle, or another noun after it
    ("Nine rowers from the Ghent university club were hurt when their van overturned. All 12 of the hurt passengers "
     "had gone home by Tuesday.", None),
    ("Nine rowers from the Ghent university club were selected for the regatta. All 12 of the hurt rowers had gone "
     "home by Tuesday.", None),
    # "still" as an adverb of time past keeps the two figures apart
    ("A record 12,364 swimmers finished the Lakeside Mile on Saturday. The 12,634 finishers still waiting for "
     "medals were told to queue.", None),
    # a sum of another noun; an award of another year
    ("The choir has won a £1.6m heritage loan to restore its hall. Its conductor said the £160,000 award would pay "
     "for a new roof and organ.", None),
    ("The choir has won a £1.6m heritage grant to restore its hall. Its conductor said the £160,000 award it won in "
     "2019 had paid for a new roof.", None),
    # a return of something named after it, or another share between
    ("The trust returned 5.8% in the year to June. Its chair said the 8.5% return on equities was pleasing.", None),
    ("The trust returned 5.8% in the year to June, while its rival returned 8.5%. Its chair said the 8.5% return was "
     "pleasing.", None),
    # a year of another thing's making; a subject the first's sentence does not name
    ("Building has started on the Marsh Lane footbridge, a 360-metre timber span over the railway. At 630 metres "
     "long, it will be twice the length of the bridge built in 1990.", None),
    ("Building has started on the Marsh Lane footbridge, a 360-metre timber span over the railway. At 630 metres "
     "long, the viaduct is the longest in the county.", None),
    # another thing built: brought in with "a", or told as another
    ("Completed in 1863 for a shipping family, the mansion above the harbour became a girls' school in 1920. The new "
     "owners bought a building finished in 1836 next door.", None),
    ("Completed in 1863 for a shipping family, the mansion above the harbour became a girls' school in 1920. The new "
     "owners also bought a mansion built in 1836.", None),
    # a year of the second's own clause still dates it
    ("Kestrel Mussels grows mussels on 47 hectares of ropes in Loch Fyne. Owner Ian Baird said the whole 74-hectare "
     "farm had been idle for a month in 2019.", None),
    # the doers of all, or of another owner; the object of a verb is no doer
    ("Nine riders from the Tarn cycling school have qualified for the national youth championships in Albi. The 64 "
     "qualifiers will race on Sunday.", None),
    ("Nine riders from the Tarn cycling school have qualified for the national youth championships in Albi. The "
     "championships' 64 qualifiers will race on Sunday.", None),
    ("The charity visited 40 homes in the village. The 30 visitors said the homes were cold.", None),
])
def test_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    ("Hunters shot 2,700 elk in the autumn. The 2,900 elk shot this season were fewer than expected.", "FC402", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules
