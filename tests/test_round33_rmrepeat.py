"""Round 33 (review of the repeat readings): clean texts written to hit the shapes of the round's new restatement
readings, each of which drew a false alarm, with a flag twin that must still fire.

1. "NAME, who was N" of someone whose death is told is their age back then when the sentence names another time or
   the clause goes on with a step in their life ("who was 17, joined the firm in 1982", "who was 16, was the youngest
   player to sign") (``restatements._AGE_OF_ANOTHER_TIME``, ``_LIFE_STEP_AFTER``);
2. "I'm N" is the speaker's own age now only when it opens the quote or a sentence of it, not in words thought or
   reported inside it ("'I thought: I'm 50, ...'", "'The doctor said I'm 60 ...'") (``_OWN_AGE_OPENS``);
3. "the N PARTICIPLE men" after "N NOUN were PARTICIPLE" is another group, or the first's grown, when its sentence
   names before it, or in its clause after, a time, place or scope the first's lacks ("Last year,", "Nationally,", "By
   Wednesday, after a second collapse,", "on the other ridge") (``restatements._participle_told_apart``);
4. "Since opening in YEAR, it" is no restatement when a newer thing "it" may stand for was brought in between ("has a
   new wing", "a sister studio", "a winter edition") (``restatements._NEWER_THING``);
5. a quote remarking on a sum with two digits swapped names another time ("the year before")
   (``transpositions._QUOTE_OTHER_TIME``);
6. "the N-year sentence" received by someone the first's sentence does not name ("Her co-defendant received the
   five-year sentence", "the two-year ban her coach received") (``restatements._received_by_another``), or given for
   something it does not name ("the one-year ban for speeding") (``restatements._reason_unsaid``);
7. a price told for a part of a firm ("agreed to buy 51% of Kappa for $600m") is not restated by the whole deal voted
   on later (``restatements._PART_BOUGHT`` in ``_deal_acted_on_later``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # 1. an age back then
    "Tributes were paid to Mr Dunn, 58, who died on Friday. Mr Dunn, who was 17, joined the firm as an apprentice "
    "in 1982 and never left.",
    "The funeral of Dorothy Price, 96, took place on Monday. Mrs Price, who was 20, worked as a codebreaker during "
    "the war.",
    "Ben Ola, 25, was killed in the crash. Ola, who was 16, was the youngest player to sign for the club.",
    "Police named the dead man as Carl Wynn, 41. Wynn, who was 19, served in Iraq.",
    # 2. "I'm N" inside words thought or reported
    "'When the mill closed I thought: I'm 50, who will hire me?' said Joe Bell, 63, who retrained as a nurse.",
    "'The doctor said I'm 60, I should slow down,' said Bill Kerr, 61.",
    # 3. another time, place or scope
    "Six workers were trapped when the crane fell. Last year, the 12 trapped men in a similar collapse at the same "
    "site all survived.",
    "Twenty residents were displaced by the flood in Hull. Nationally, the 2,000 displaced people are in temporary "
    "housing.",
    "Eleven miners were trapped on Monday. By Wednesday, after a second collapse, all 13 trapped men were being "
    "supplied with water.",
    "Five hikers were stranded on Snowdon. Rescuers reached the 7 stranded people on the other ridge first.",
    # 4. a newer thing between
    "The museum, which opened in York in 1998, has a new wing. Since opening in 2012, it has drawn two million "
    "visitors.",
    "The studio, which formed in Kyoto in 1985, has a sister studio in Tokyo. Since forming in 2001 it has released "
    "40 films.",
    "The festival, which launched in Leeds in 2008, added a winter edition. Since launching in 2016 they have sold out "
    "every year.",
    # 5. another time in the quote
    "The bake sale raised £1,250 last Saturday. 'To have raised £2,150 the year before was a fluke,' said organiser "
    "Jo Dean.",
    # 7. a part of the firm priced, then the whole deal voted on later
    "Zeta agreed to buy 51% of Kappa for $600m. Kappa's minority holders will vote on the $1.2bn takeover in April.",
    # 6. someone else's term
    "Cole was jailed for five years and nine months. Her co-defendant received the five-year sentence the "
    "prosecution had sought.",
    "She was banned for one year and six months. The two-year ban her coach received was overturned.",
    "The singer was banned from driving for one year and eleven months. The one-year ban for speeding came first, "
    "in 2019.",
]

FLAGS = [
    ("Tributes were paid to Mr Dunn, 58, who died on Friday. Mr Dunn, who was 85, had worked for the firm since he "
     "was a boy.", "85"),
    ("Police named the dead man as Carl Wynn, 41. Wynn, who was 14, lived with his partner in Hull.", "14"),
    ("'I'm 50, and who will hire me?' said Joe Bell, 63, who retrained as a nurse.", "63"),
    ("'I'm 60, so I should slow down,' said Bill Kerr, 61.", "61"),
    ("Six workers were trapped when the crane fell. Firefighters freed the 12 trapped men within an hour.", "12"),
    ("Eleven miners were trapped on Monday. Rescuers sent water down to all 13 trapped men.", "13"),
    ("Five hikers were stranded on Snowdon. Rescuers reached the 7 stranded people by noon.", "7"),
    ("The festival, which launched in Leeds in 2008, sells out every year. Since launching in 2016 they have added a "
     "winter weekend.", "2016"),
    ("Zeta agreed to buy Kappa for $600m. Kappa's holders will vote on the $1.2bn takeover in April.", "$1.2bn"),
    ("The museum, which opened in York in 1998, has a cafe. Since opening in 2012, it has drawn two million "
     "visitors.", "2012"),
    ("The bake sale raised £1,250 last Saturday. 'To have raised £2,150 in an afternoon is a marvel,' said organiser "
     "Jo Dean.", "£2,150"),
    ("Cole was jailed for five years and nine months. She received the five-year sentence in silence.", "five-year"),
    ("She was banned for one year and six months. The two-year ban she received was overturned.", "two-year"),
    ("The singer was banned from driving for one year and eleven months for speeding. The one-year ban for speeding "
     "was criticised.", "one-year"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_review_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", FLAGS)
def test_review_flag_twin(text, target):
    assert_flagged(text, target, "FC4")
