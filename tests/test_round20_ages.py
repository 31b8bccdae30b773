"""Round 20, ages in articles (checker/relate/dates.py, checker/relate/timelines.py).

* "LEEDS, England, April 18 - Ann Roe, 81, who founded the theatre in 1968 at the age of 31, ...": a wire dateline
  opening the first sentence names a place, no second person (``_DATELINE_OPEN``, ``_after_dateline``);
* "Kennedy, who was born in May 2000 ..., finished ahead of Pieter Claes" / "Okafor, a former teacher who was born in
  the city's east end in November 1982, ...": a birth in the clause set on the sentence's opening name binds to
  that name whoever else the sentence names (``timelines._BORN_ON_SUBJECT``);
* "Ann Roe, 46, became the youngest mayor since the post was created in 2000": a year looked back on in a "since"
  clause after the age does not date the age (``timelines._looked_back_since``);
* "said Ann Roe, 79, ... Roe, who was born in Lower Hadley in 1949, ...": a birth year after its place is no time
  the paragraph is told at (``timelines._BORN_WHERE``), and an age now and a birth pair in one paragraph;
* "Among the guests was Ann Roe, 84, who joined in 1963 at the age of 23, ..." / "Ann Roe, 84, who joined as a
  23-year-old in 1963, said ... in 1987": the "who" clause on the aged name (``find_ages_in_who_clause``);
* "Its founder, Leonard Asher, 81, ... on Friday and Saturday nights. He opened the club in March 1974, when he was
  25, with £400 from his father.": ``find_ages_then_next`` with a month of the year and kin after the age then;
* "The 97-year-old stadium, which opened in June 1932, ...": a thing's age against a month of its first year;
* "Okoye, who was born in October 2004, ... in 2013. The 21-year-old led ...": "The N-year-old" opening the next
  sentence is the subject the birth was told of (``find_aged_anaphor_after_birth``);
* "Dan Pryor, 42, fell on Thursday, November 2, 2023. ... The court heard that Mr Pryor, who was born on 14 June
  1984, ...": an age at a dated event of the past year against a birth after a reporting verb (timelines).

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- a dateline before the aged name ------------------------------------------------------------------------------
PUB_DATELINE = "2024-04-18"  # 30 in 1970 -> 84 now (83 to 85)
DATELINE_ROWS = [
    ("city, country, date", "HULL, England, April 18 - Rosa Delaney, {now}, who opened the bakery on Hessle Road in "
     "1970 at the age of 30, will hand it to her nephew next month."),
    ("city and date", "HULL, April 18 - Rosa Delaney, {now}, who opened the bakery in 1970 at the age of 30, will "
     "retire next month."),
    ("agency in brackets", "HULL (Reuters) - Rosa Delaney, {now}, who opened the bakery in 1970 at the age of 30, "
     "will retire next month, her family said."),
    ("a long dash", "HULL — Rosa Delaney, {now}, who opened the bakery in 1970 at the age of 30, will retire next "
     "month."),
    ("aged, before the year", "HULL, England, April 18 - Rosa Delaney, {now}, who opened the bakery aged 30 in 1970, "
     "will retire next month."),
    ("when she was", "HULL, England, April 18 - Rosa Delaney, {now}, who opened the bakery in 1970 when she was "
     "thirty, will retire next month."),
    ("the age then first", "HULL, England, April 18 - Rosa Delaney, {now}, who was 30 when she opened the bakery in "
     "1970, will retire next month."),
    ("a role before the name", "HULL, England, April 18 - Baker Rosa Delaney, {now}, who opened her shop in 1970 at "
     "the age of 30, will retire next month."),
]


@pytest.mark.parametrize("name, text", DATELINE_ROWS, ids=[r[0] for r in DATELINE_ROWS])
def test_dateline_before_the_aged_name(name, text):
    assert_flagged(text.format(now="78"), "78", "FC506", PUB_DATELINE)
    assert_clean(text.format(now="84"), PUB_DATELINE)


PUB_DL_BIRTH = "2024-05-04"  # born March 1990 -> 34
DL_BIRTH_ROWS = [
    ("the next paragraph", "DERBY, England, May 4 - Tom Varley, {age}, won the county title on Saturday.\n\n"
     "Varley, who was born in March 1990, beat Sam Rudd in the final."),
    ("born at once", "DERBY, May 4 - Tom Varley, {age}, won the county title on Saturday.\n\nVarley, born in March "
     "1990, beat Sam Rudd in the final."),
    ("the full date", "DERBY, England, May 4 - Tom Varley, {age}, won the county title on Saturday.\n\nVarley, who "
     "was born on 2 March 1990, beat Sam Rudd in the final."),
]


@pytest.mark.parametrize("name, text", DL_BIRTH_ROWS, ids=[r[0] for r in DL_BIRTH_ROWS])
def test_dateline_before_the_age_and_birth(name, text):
    assert_flagged(text.format(age="38"), "38", "FC506", PUB_DL_BIRTH)
    assert_clean(text.format(age="34"), PUB_DL_BIRTH)


DATELINE_GUARDS = [
    ("whose husband", "HULL, England, April 18 - Rosa Delaney, 78, whose husband opened the bakery in 1970 at the "
     "age of 30, will retire next month."),
    ("a second full name", "HULL, England, April 18 - Rosa Delaney, 78, who married Tom Hale in 1970 at "
     "the age of 30, will retire next month."),
]


@pytest.mark.parametrize("name, text", DATELINE_GUARDS, ids=[r[0] for r in DATELINE_GUARDS])
def test_dateline_guards(name, text):
    assert_clean(text, PUB_DATELINE)


# ---- a birth on the opening name, another person later in its sentence ----------------------------------------------
PUB_BORN = "2023-08-27"  # born May 2000 -> 23
BORN_ROWS = [
    ("another rider after", "Aoife Brannigan, {age}, won the grand prix on Sunday.\n\nBrannigan, who was born in May "
     "2000 and grew up in Sligo, finished 0.6 seconds ahead of Pieter Claes."),
    ("a role in apposition", "Aoife Brannigan, {age}, won the grand prix on Sunday.\n\nBrannigan, a former "
     "physiotherapist who was born in the town's north end in May 2000, beat Pieter Claes by a second."),
    ("a place before the year", "Aoife Brannigan, {age}, won the grand prix on Sunday.\n\nBrannigan, who was born in "
     "Sligo in May 2000, beat the Belgian Pieter Claes."),
    ("a bracketed birth", "Aoife Brannigan, {age}, won the grand prix on Sunday.\n\nMs Brannigan (born on 3 May 2000) "
     "beat Pieter Claes in the jump-off."),
    ("paragraphs apart", "Aoife Brannigan, {age}, won the grand prix on Sunday.\n\nThe crowd of 18,000 was the largest "
     "for a decade.\n\nBrannigan, who was born in May 2000, beat Pieter Claes in the jump-off."),
    ("the age said later", "Brannigan, who was born in May 2000, beat Pieter Claes in the jump-off on Sunday.\n\n"
     "The crowd of 18,000 was the largest for a decade.\n\n\"It is a dream,\" said Aoife Brannigan, {age}."),
    ("a year alone", "Aoife Brannigan, {age}, won the grand prix on Sunday.\n\nBrannigan, who was born in 2000, beat "
     "Pieter Claes by a second."),
]


@pytest.mark.parametrize("name, text", BORN_ROWS, ids=[r[0] for r in BORN_ROWS])
def test_birth_on_the_opening_name(name, text):
    bad = "28" if "born in 2000" in text else "27"
    assert_flagged(text.format(age=bad), bad, "FC506", PUB_BORN)
    assert_clean(text.format(age="23"), PUB_BORN)


BORN_GUARDS = [
    ("another first name", "Tom Brannigan, 27, won the grand prix on Sunday.\n\nAoife Brannigan, who was born in May "
     "2000, beat Pieter Claes."),
    ("whose son", "Aoife Brannigan, 27, won the grand prix on Sunday.\n\nBrannigan, whose son was born in May 2000, "
     "beat Pieter Claes."),
    ("another surname born", "Aoife Brannigan, 27, won the grand prix on Sunday.\n\nClaes, who was born in May 2000, "
     "finished second behind Brannigan."),
    ("the name after another", "Aoife Brannigan, 27, won the grand prix on Sunday.\n\nThe horse of Pieter Brannigan, "
     "who was born in May 2000, came second."),
]


@pytest.mark.parametrize("name, text", BORN_GUARDS, ids=[r[0] for r in BORN_GUARDS])
def test_birth_on_the_opening_name_guards(name, text):
    assert_clean(text, PUB_BORN)


# ---- a "since" year after the age; a birth after its place in the age's paragraph -----------------------------------
PUB_SINCE = "2024-05-04"  # born November 1982 -> 41
SINCE_ROWS = [
    ("since the post was created", "Labour's Priya Oduya, {age}, became the youngest mayor since the post was created "
     "in 2000.\n\nTurnout was 31%.\n\nOduya, a former teacher who was born in Eastfield in November 1982, has sat on "
     "the council since 2014."),
    ("since alone", "Priya Oduya, {age}, is the youngest mayor since 2000, officials said.\n\nTurnout was 31%.\n\n"
     "Oduya, who was born in November 1982, has sat on the council since 2014."),
    ("the first since", "Priya Oduya, {age}, became the first woman to win since the office began in 2000.\n\n"
     "Turnout was 31%.\n\nOduya was born in November 1982."),
]


@pytest.mark.parametrize("name, text", SINCE_ROWS, ids=[r[0] for r in SINCE_ROWS])
def test_since_year_after_the_age(name, text):
    assert_flagged(text.format(age="46"), "46", "FC506", PUB_SINCE)
    assert_clean(text.format(age="41"), PUB_SINCE)


SINCE_GUARDS = [
    ("had ... since", "Priya Oduya, 46, had been the youngest mayor since the post was created in 2000 when she "
     "stood down.\n\nTurnout was 31%.\n\nOduya, who was born in November 1982, has sat on the council since 2014."),
    ("in a year", "In 2019, Priya Oduya, 36, became the youngest mayor since 2000.\n\nTurnout was 31%.\n\nOduya, who "
     "was born in November 1982, has sat on the council since 2014."),
]


@pytest.mark.parametrize("name, text", SINCE_GUARDS, ids=[r[0] for r in SINCE_GUARDS])
def test_since_year_guards(name, text):
    assert_clean(text, PUB_SINCE)


PUB_PARA = "2023-10-13"  # born 1949 -> 73 or 74
PARA_ROWS = [
    ("a quotation, then the birth", "\"We decided for ourselves,\" said Dora Blaine, {age}, who has chaired the forum "
     "since it was set up in 2018. Blaine, who was born in Lower Hadley in 1949 and taught there for 31 years, said 14 "
     "volunteers had helped."),
    ("the age opening", "Dora Blaine, {age}, has chaired the forum since 2018. Blaine, who was born in Lower Hadley in "
     "1949, said 14 volunteers had helped."),
    ("born at a place", "Dora Blaine, {age}, chairs the forum. Blaine, who was born at Hadley Farm in 1949, said 14 "
     "volunteers had helped."),
]


@pytest.mark.parametrize("name, text", PARA_ROWS, ids=[r[0] for r in PARA_ROWS])
def test_birth_after_place_in_the_paragraph(name, text):
    assert_flagged(text.format(age="79"), "79", "FC506", PUB_PARA)
    assert_clean(text.format(age="74"), PUB_PARA)


# ---- an age on a name and the age then in the "who" clause on it, wherever the name stands --------------------------
PUB_WHO = "2024-09-20"  # 23 in 1963 -> 84 now (83 to 85)
WHO_ROWS = [
    ("the name after the verb", "Among those in the front row was Irena Kossak, {now}, who painted the theatre's first "
     "backdrops in 1963 at the age of 23, when she came to the city from Lodz with one suitcase."),
    ("another year after the clause", "Club president Irena Kossak, {now}, who joined as a 23-year-old in 1963, said the "
     "pavilion had been rebuilt in 1987 for about £9,000."),
    ("aged, before the year", "The first guest to arrive was Irena Kossak, {now}, who joined the troupe aged 23 in "
     "1963, organisers said."),
    ("when she was", "Cheering loudest was Irena Kossak, {now}, who joined the troupe in 1963, when she was 23, and "
     "never left."),
    ("after said", "\"We had nothing but paint,\" said Irena Kossak, {now}, who painted the first backdrops in 1963 "
     "aged 23."),
    ("a written age then", "Among those in the front row was Irena Kossak, {now}, who joined the troupe in 1963 at the "
     "age of twenty-three, when the theatre opened."),
    ("a month of the year", "Among those in the front row was Irena Kossak, {now}, who joined the troupe in May 1963 at "
     "the age of 23, and Tom Reddy, who came later."),
]


@pytest.mark.parametrize("name, text", WHO_ROWS, ids=[r[0] for r in WHO_ROWS])
def test_age_then_in_the_who_clause(name, text):
    assert_flagged(text.format(now="74"), "74", "FC506", PUB_WHO)
    assert_clean(text.format(now="84"), PUB_WHO)


WHO_GUARDS = [
    ("whose daughter", "Among the guests was Irena Kossak, 74, whose daughter joined the troupe in 1963 at the age of "
     "23."),
    ("a second full name", "Among the guests was Irena Kossak, 74, who met Tom Reddy in 1963 when he was 23."),
    ("the other pronoun", "Among the guests was Irena Kossak, 74, who taught him in 1963 when he was 23, before the "
     "troupe folded in 2001."),
    ("another clause before", "Among the guests was Irena Kossak, 74, who says the boy, who joined in 1963 aged 23, "
     "stayed until 2001."),
    ("a year before the age", "In 1990, the guest of honour was Irena Kossak, 74, who joined the troupe in 1963 at the "
     "age of 23."),
    ("a dated sentence before", "The theatre moved in 1990. Among the guests then was Irena Kossak, 74, who joined the "
     "troupe in 1963 at the age of 23, and stayed until 2001."),
    ("who is", "Among the guests was Irena Kossak, 74, who is writing about the troupe she joined in 1963 at the age "
     "of 23, which folded in 2001."),
    ("with a friend", "Among the guests was Irena Kossak, 74, who joined the troupe with a friend in 1963 at the age of "
     "23."),
]


@pytest.mark.parametrize("name, text", WHO_GUARDS, ids=[r[0] for r in WHO_GUARDS])
def test_age_then_in_the_who_clause_guards(name, text):
    assert_clean(text, PUB_WHO)


# ---- an age on the subject, "He ... in March 1974, when he was 25, with ... his father" next --------------------------
PUB_NEXT = "2024-09-27"  # 25 in 1974 -> 75 now (74 to 76)
NEXT_ROWS = [
    ("a month of the year, kin after", "Its founder, Leonard Asher, {now}, still books the bands himself. He opened "
     "the club in March 1974, when he was 25, with £400 borrowed from his father."),
    ("weekdays joined by and", "Its founder, Leonard Asher, {now}, can be found behind the bar on Friday and Saturday "
     "nights. He opened the club in 1974, when he was 25."),
    ("a role first, aged", "Its founder, Leonard Asher, {now}, still books the bands. He opened the club in June 1974, "
     "aged 25, with a friend from college."),
    ("at the age of", "Its founder, Leonard Asher, {now}, still books the bands. He opened the club in 1974 at the age "
     "of 25, with help from his brother."),
]


@pytest.mark.parametrize("name, text", NEXT_ROWS, ids=[r[0] for r in NEXT_ROWS])
def test_age_then_next_sentence(name, text):
    assert_flagged(text.format(now="81"), "81", "FC506", PUB_NEXT)
    assert_clean(text.format(now="75"), PUB_NEXT)


NEXT_GUARDS = [
    ("kin before the age then", "Its founder, Leonard Asher, 81, still books the bands. He opened the club with his "
     "father in March 1974, when he was 25."),
    ("and a name", "Its founder, Leonard Asher, 81, and Tom Reddy still book the bands. He opened the club in 1974, "
     "when he was 25."),
]


@pytest.mark.parametrize("name, text", NEXT_GUARDS, ids=[r[0] for r in NEXT_GUARDS])
def test_age_then_next_sentence_guards(name, text):
    assert_clean(text, PUB_NEXT)


# ---- a thing's age against the month and year it opened ----------------------------------------------------------------
PUB_THING = "2024-10-08"  # opened June 1932 -> 92 years old
THING_ROWS = [
    ("which opened in a month", "The {age}-year-old stadium, which opened in June 1932 with a crowd of 6,000, has "
     "raced three nights a week ever since."),
    ("a full date", "The {age}-year-old lido, which opened on 4 June 1932, will close for good next month, the council "
     "said."),
    ("built", "The {age}-year-old pier, which was built in May 1932, needs £2 million of repairs."),
    ("founded, no which", "The {age}-year-old club, founded in March 1932, has 400 members."),
    ("after the year", "The stadium, built in June 1932, is {age} years old."),
]


@pytest.mark.parametrize("name, text", THING_ROWS, ids=[r[0] for r in THING_ROWS])
def test_thing_age_against_a_month_of_a_year(name, text):
    assert_flagged(text.format(age="97"), "97", "FC504", PUB_THING)
    assert_clean(text.format(age="92"), PUB_THING)


THING_GUARDS = [
    ("a person", "The 97-year-old, who opened the shop in June 1932, still serves."),
    ("was, at another time", "The stadium, built in June 1932, was 50 years old when it was sold."),
]


@pytest.mark.parametrize("name, text", THING_GUARDS, ids=[r[0] for r in THING_GUARDS])
def test_thing_age_guards(name, text):
    assert_clean(text, PUB_THING)


# ---- "The N-year-old ..." opening the sentence after the birth on the subject ------------------------------------------
PUB_ANAPHOR = "2024-07-14"  # born October 2004 -> 19
ANAPHOR_ROWS = [
    ("another year and name in the birth's sentence", "Okoye, who was born in October 2004 and turned professional in "
     "March, clocked 1:57.86 to beat the mark set by Kenya's Joyce Wambui in 2013.\n\nThe {age}-year-old led from the "
     "bell and held off Ethiopia's Senait Bekele."),
    ("same paragraph, names after", "Okoye, who was born in October 2004, won in 1:57.86. The {age}-year-old held off "
     "Senait Bekele and Laura Whitt over the last 100 metres."),
    ("a bracketed birth", "Maya Okoye (born on 3 October 2004) won the 800 metres in 1:57.86, beating a record from "
     "2013. The {age}-year-old said she was stunned."),
    ("a noun after the age", "Okoye, who was born in Enugu in October 2004, won the 800 metres in 1:57.86. The "
     "{age}-year-old Nigerian has never lost a final."),
    ("a year of birth alone", "Okoye, who was born in 2004, won in 1:57.86, a record since 2013. The {age}-year-old "
     "said she was stunned."),
]


@pytest.mark.parametrize("name, text", ANAPHOR_ROWS, ids=[r[0] for r in ANAPHOR_ROWS])
def test_aged_anaphor_after_the_birth(name, text):
    bad = "22" if "born in 2004" in text else "21"
    assert_flagged(text.format(age=bad), bad, "FC506", PUB_ANAPHOR)
    assert_clean(text.format(age="19"), PUB_ANAPHOR)


ANAPHOR_GUARDS = [
    ("a name after the age", "Okoye, who was born in October 2004, won the 800 metres in 1:57.86, beating a record "
     "from 2013. The 21-year-old Senait Bekele was second."),
    # (round 26) a year in the age's sentence: silent when the age is the one reached that year (17 or 18 in 2022);
    # "The 21-year-old won a junior title in 2022" fits neither then nor now and is flagged (test_round26_age_event_year)
    ("a year in the age's sentence", "Okoye, who was born in October 2004, won the 800 metres in 1:57.86, beating a "
     "record from 2013. The 17-year-old won a junior title in 2022."),
    ("the birth not on the subject", "The record set by Joyce Wambui, who was born in 2000, fell in 2013. The "
     "21-year-old was second on Saturday."),
    ("another person in the birth's sentence", "Okoye, who was born in October 2004, replaces Joyce Wambui as "
     "captain. The 21-year-old played in Nairobi."),
    ("two sentences back", "Okoye, who was born in October 2004, won the 800 metres in 1:57.86, beating a record "
     "from 2013. Senait Bekele was second. The 21-year-old held on."),
]


@pytest.mark.parametrize("name, text", ANAPHOR_GUARDS, ids=[r[0] for r in ANAPHOR_GUARDS])
def test_aged_anaphor_guards(name, text):
    assert_clean(text, PUB_ANAPHOR)


# ---- an age at a dated event of the past year, the birth after a reporting verb elsewhere ------------------------------
PUB_EVENT = "2024-03-08"  # born 14 June 1984 -> 39 on 2 November 2023 and at publication
EVENT_ROWS = [
    ("a fall, then the inquest", "Dan Pryor, {age}, of Caerleon, fell from scaffolding on the morning of Thursday, "
     "November 2, 2023. He died in hospital.\n\nThe court heard that Mr Pryor, who was born on 14 June 1984, had "
     "worked as a scaffolder for 20 years."),
    ("a crash, the birth said", "Dan Pryor, {age}, was hurt in a crash on 2 November 2023, police said.\n\nOfficers "
     "said Pryor, who was born in June 1984, was not wearing a seat belt."),
    ("the birth opening", "Dan Pryor, {age}, of Caerleon, fell on Thursday, November 2, 2023.\n\nPryor, who was born "
     "on 14 June 1984, had been a scaffolder for two decades."),
]


@pytest.mark.parametrize("name, text", EVENT_ROWS, ids=[r[0] for r in EVENT_ROWS])
def test_age_at_a_dated_event_against_the_birth(name, text):
    assert_flagged(text.format(age="42"), "42", "FC506", PUB_EVENT)
    assert_clean(text.format(age="39"), PUB_EVENT)


EVENT_GUARDS = [
    ("a date years before", "Dan Pryor, 35, of Caerleon, fell from scaffolding on 2 November 2019. He died in "
     "hospital.\n\nThe court heard that Mr Pryor, who was born on 14 June 1984, had worked as a scaffolder."),
    ("the birth in the age's sentence, the age right", "Ann Pryor, 73, a former teacher who was born in March 1951, "
     "won on Sunday.\n\nPryor took up bowls when she retired."),
    ("another first name", "Dan Pryor, 42, of Caerleon, fell on Thursday, November 2, 2023. He died in hospital.\n\n"
     "The court heard that Ann Pryor, who was born on 14 June 1984, had found him."),
]


@pytest.mark.parametrize("name, text", EVENT_GUARDS, ids=[r[0] for r in EVENT_GUARDS])
def test_age_at_a_dated_event_guards(name, text):
    assert_clean(text, PUB_EVENT)


# ---- "It was 40 years after she first won ... as a 28-year-old in 1984" after the aged name ---------------------------
PUB_IT_WAS = "2024-07-08"  # 28 in 1984 -> 68 now (67 to 69)
IT_WAS_ROWS = [
    ("it was ... after she", "Pryce-Whitley, {now}, a retired GP from Exeter, won the final 7-5, 4-7, 7-6. It was 40 "
     "years after she first won the title as a 28-year-old in 1984."),
    ("aged", "Ann Marlow, {now}, won the final on Sunday. It was 40 years after she first won it, aged 28, in 1984."),
    ("he, at the age of", "Tom Marlow, {now}, won the final on Sunday. It was four decades since he last won it in "
     "1984 at the age of 28."),
]


@pytest.mark.parametrize("name, text", IT_WAS_ROWS, ids=[r[0] for r in IT_WAS_ROWS])
def test_it_was_years_after_she(name, text):
    assert_flagged(text.format(now="74"), "74", "FC506", PUB_IT_WAS)
    assert_clean(text.format(now="68"), PUB_IT_WAS)


IT_WAS_GUARDS = [
    ("kin", "Ann Marlow, 74, won the final on Sunday. It was 40 years after her husband first won it, aged 28, "
     "in 1984."),
    ("a name in the age's sentence", "Ann Marlow, 74, beat Tom Reddy in the final on Sunday. It was 40 years after she "
     "first won the title as a 28-year-old in 1984."),
]


@pytest.mark.parametrize("name, text", IT_WAS_GUARDS, ids=[r[0] for r in IT_WAS_GUARDS])
def test_it_was_years_after_she_guards(name, text):
    assert_clean(text, PUB_IT_WAS)
