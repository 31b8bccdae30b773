"""Round 21 (dates helper): readings widened so that other writers' phrasings of the same date claims are caught.

* a thing's start told in other verbs ("first went on air in 2011", "came into service", "made its debut",
  "got under way", "was commissioned", "hit the airwaves"), for the running year and the year it turns N;
* a future marking with no other date ("will mark the 75th anniversary of the 1953 flood with a service this
  weekend"): the publication year (a year either way), exactly when the day is near ("this weekend").

Every flagged row has a clean twin (the same text with consistent figures)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# the Nth year of something begun in a year told with a start verb outside the old list
START_VERBS = [
    ("The podcast, which first went on air in 2016, is now in its 12th year, its producers said.",
     "The podcast, which first went on air in 2016, is now in its ninth year, its producers said.",
     "12th", "FC503", "2024-06-03"),
    ("The night bus service came into operation in 2012 and is now in its 17th year.",
     "The night bus service came into operation in 2012 and is now in its 13th year.",
     "17th", "FC503", "2024-06-03"),
    ("The lifeboat, commissioned in 2001, is in its 28th year of service at the station.",
     "The lifeboat, commissioned in 2001, is in its 24th year of service at the station.",
     "28th", "FC503", "2024-06-03"),
    ("Now in its ninth year, the farmers' market, which got under way in 2012, draws 40 stalls.",
     "Now in its 13th year, the farmers' market, which got under way in 2012, draws 40 stalls.",
     "ninth", "FC503", "2024-06-03"),
    ("The folk festival (it made its debut in 2010) is now in its 20th year.",
     "The folk festival (it made its debut in 2010) is now in its 15th year.",
     "20th", "FC503", "2024-06-03"),
    ("The tram line - it entered service in 2004 - is in its 25th year, the operator says.",
     "The tram line - it entered service in 2004 - is in its 21st year, the operator says.",
     "25th", "FC503", "2024-06-03"),
    ("The breakfast show, which hit the airwaves in 2003, is now in its 25th year.",
     "The breakfast show, which hit the airwaves in 2003, is now in its 22nd year.",
     "25th", "FC503", "2024-06-03"),
    ("The car ferry, which first sailed in 1999, is in its 30th year on the crossing.",
     "The car ferry, which first sailed in 1999, is in its 26th year on the crossing.",
     "30th", "FC503", "2024-06-03"),
    ("The newspaper, which first went on sale in 1990, is in its 40th year.",
     "The newspaper, which first went on sale in 1990, is in its 35th year.",
     "40th", "FC503", "2024-06-03"),
    ("The lido, which came into service in 1937, turns 90 next month.",
     "The lido, which came into service in 1937, turns 87 next month.",
     "turns 90", "FC505", "2024-05-01"),
]


@pytest.mark.parametrize("flagged,clean,target,rule,published", START_VERBS)
def test_round21_start_verbs(flagged, clean, target, rule, published):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# a future marking with no date of its own: the publication year (a year before to two years after); a day near
# publication ("this weekend", "tomorrow", "tonight") fixes it exactly
COMING_MARKINGS = [
    ("The parish will mark the 80th anniversary of the 1948 mill fire with a vigil this weekend.",
     "The parish will mark the 76th anniversary of the 1948 mill fire with a vigil this weekend.",
     "80th anniversary", "2024-03-15"),
    ("The choir, founded in 1979, will celebrate its golden jubilee with a concert.",
     "The choir, founded in 1974, will celebrate its golden jubilee with a concert.",
     "golden jubilee", "2024-03-15"),
    ("The 60th anniversary of the 1966 pit disaster will be commemorated with a service on Sunday.",
     "The 58th anniversary of the 1966 pit disaster will be commemorated with a service on Sunday.",
     "60th anniversary", "2024-10-10"),
    ("The town will commemorate exactly 40 years since the 1979 stadium fire.",
     "The town will commemorate exactly 45 years since the 1979 stadium fire.",
     "40 years", "2024-06-10"),
    ("Veterans will mark the seventieth anniversary of the 1953 armistice tomorrow.",
     "Veterans will mark the seventy-first anniversary of the 1953 armistice tomorrow.",
     "seventieth anniversary", "2024-07-26"),
    ("Tonight the city will celebrate the 30th anniversary of its 1990 twinning with a town in Brittany.",
     "Tonight the city will celebrate the 34th anniversary of its 1990 twinning with a town in Brittany.",
     "30th anniversary", "2024-09-10"),
    ("The society, which was set up in 1899, will celebrate its 130th anniversary with a dinner, its secretary said.",
     "The society, which was set up in 1899, will celebrate its 125th anniversary with a dinner, its secretary said.",
     "130th anniversary", "2024-03-01"),
    ("The lifeboat station (opened in 1874) will celebrate 160 years of service.",
     "The lifeboat station (opened in 1874) will celebrate 150 years of service.",
     "160 years", "2024-09-10"),
    ("The lido - built in 1930 - will celebrate its centenary this weekend.",
     "The lido - built in 1924 - will celebrate its centenary this weekend.",
     "centenary", "2024-07-10"),
    ("The club, founded in 1999, will celebrate its twenty-eighth anniversary with a gala.",
     "The club, founded in 1999, will celebrate its twenty-fifth anniversary with a gala.",
     "twenty-eighth anniversary", "2024-07-26"),
]


@pytest.mark.parametrize("flagged,clean,target,published", COMING_MARKINGS)
def test_round21_coming_markings(flagged, clean, target, published):
    assert_flagged(flagged, target, "FC505", published)
    assert_clean(clean, published)


@pytest.mark.parametrize("text,published", [
    # a year or two ahead of the marking: a coming celebration with no date may be that far off
    ("The club, founded in 1925, will celebrate its centenary with an exhibition.", "2023-05-01"),
    ("The club, founded in 1925, will celebrate its centenary with an exhibition.", "2026-05-01"),
    # a wish, a condition, a count of years to go: the year is left open
    ("The club, founded in 1925, hopes it will celebrate its centenary in a new stadium.", "2019-07-10"),
    ("The club, founded in 1925, will celebrate its centenary when the new stand opens.", "2019-07-10"),
    ("The club, founded in 1925, will celebrate its centenary in four years' time.", "2019-07-10"),
    # the marking verb does not govern the phrase
    ("The hall, built in 1925, will be repainted before its centenary.", "2019-07-10"),
    # "twenty-fifth" is 25, not 5
    ("The club, founded in 1999, is celebrating its twenty-fifth anniversary.", "2024-07-26"),
])
def test_round21_coming_markings_left_alone(text, published):
    assert_clean(text, published)


# an age now on a person, a birth, and a later year with its own age then ("in 1947, aged 18"): the age then is set
# aside, the age now checked against the birth at publication
AGE_NOW_AND_THEN = [
    ("The oldest rider was 84-year-old Tom Pike, who was born in May 1936 and first raced here in 1958, aged 22.",
     "The oldest rider was 88-year-old Tom Pike, who was born in May 1936 and first raced here in 1958, aged 22.",
     "84-year-old", "2024-08-01"),
    ("Ann Roe, a 71-year-old retired teacher who was born in 1948, joined the choir in 1970, aged 22.",
     "Ann Roe, a 75-year-old retired teacher who was born in 1948, joined the choir in 1970, aged 22.",
     "71-year-old", "2024-06-01"),
    ("The club's longest-serving member is 79-year-old Peter Lamb, born in 1948, who signed as a player aged 19 "
     "in 1967.",
     "The club's longest-serving member is 76-year-old Peter Lamb, born in 1948, who signed as a player aged 19 "
     "in 1967.", "79-year-old", "2024-06-01"),
    ("The farm's owner, 61-year-old Ruth Dale (born in 1957), took it over in 1985, aged 28.",
     "The farm's owner, 67-year-old Ruth Dale (born in 1957), took it over in 1985, aged 28.",
     "61-year-old", "2024-06-01"),
    ("At the show was 93-year-old Edna Fell, who was born in February 1934 and first entered her scones in 1952, "
     "aged 18, organisers said.",
     "At the show was 90-year-old Edna Fell, who was born in February 1934 and first entered her scones in 1952, "
     "aged 18, organisers said.", "93-year-old", "2024-07-20"),
    ("The longest-serving volunteer - 74-year-old Bill Reed, born in 1945 - joined the lifeboat crew in 1963, aged 18.",
     "The longest-serving volunteer - 79-year-old Bill Reed, born in 1945 - joined the lifeboat crew in 1963, aged 18.",
     "74-year-old", "2024-06-01"),
    ("Last week 66-year-old Jo Hart, who was born in 1951, repeated the swim she first made in 1969, aged 18.",
     "Last week 73-year-old Jo Hart, who was born in 1951, repeated the swim she first made in 1969, aged 18.",
     "66-year-old", "2024-06-20"),
    ("Winner of the veterans' cup was 69-year-old Alan Cole, born in April 1952, who took up bowls in 1990, aged 38.",
     "Winner of the veterans' cup was 72-year-old Alan Cole, born in April 1952, who took up bowls in 1990, aged 38.",
     "69-year-old", "2024-08-10"),
]


@pytest.mark.parametrize("flagged,clean,target,published", AGE_NOW_AND_THEN)
def test_round21_age_now_and_then(flagged, clean, target, published):
    assert_flagged(flagged, target, "FC506", published)
    assert_clean(clean, published)


# the lead's unnamed "A N-year-old <noun>" and the next sentence naming the person, with a "who" clause holding
# its one year and the age then: the age now against the age in that year
NAMED_NEXT = [
    ("A 68-year-old baker in Whitby has won a national award. Susan Clay, who opened her first shop in 1990 at "
     "the age of 23, said she was stunned.",
     "A 68-year-old baker in Whitby has won a national award. Susan Clay, who opened her first shop in 1990 at "
     "the age of 34, said she was stunned.", "23", None),
    ("An 80-year-old veteran has completed a sponsored walk. Harold Mint, who joined the navy in 1962, aged 24, "
     "walked 20 miles.",
     "An 80-year-old veteran has completed a sponsored walk. Harold Mint, who joined the navy in 1962, aged 18, "
     "walked 20 miles.", "aged 24", None),
    ("A 59-year-old plumber has won a long court fight over a parking fine. Gary Stone, who set up the firm in "
     "1996 when he was 21, said it had cost him dearly.",
     "A 59-year-old plumber has won a long court fight over a parking fine. Gary Stone, who set up the firm in "
     "1996 when he was 31, said it had cost him dearly.", "21", None),
    ("A 45-year-old nurse has been named carer of the year, her hospital said. Priya Nair, who qualified in 2003 "
     "at the age of 29, works on a children's ward.",
     "A 45-year-old nurse has been named carer of the year, her hospital said. Priya Nair, who qualified in 2003 "
     "at the age of 24, works on a children's ward.", "29", None),
    ("A 63-year-old charity founder has been knighted. Tom Rudd, who founded the charity at the age of 30 in "
     "2001, said the honour belonged to its volunteers.",
     "A 53-year-old charity founder has been knighted. Tom Rudd, who founded the charity at the age of 30 in "
     "2001, said the honour belonged to its volunteers.", "63-year-old", None),
    ("Shop owner wins rates fight\n\nA 66-year-old shopkeeper in Hull has won her appeal against a rates bill.\n\n"
     "Mary Dent, who took over the shop in 1985, aged 20, challenged the valuation in May.",
     "Shop owner wins rates fight\n\nA 66-year-old shopkeeper in Hull has won her appeal against a rates bill.\n\n"
     "Mary Dent, who took over the shop in 1985, aged 27, challenged the valuation in May.", "aged 20", None),
    ("A 52-year-old teacher from Leeds has retired after a record run. Mark Dunn, who started teaching in 1995 at "
     "the age of 28, never missed a day.",
     "A 52-year-old teacher from Leeds has retired after a record run. Mark Dunn, who started teaching in 1995 at "
     "the age of 22, never missed a day.", "28", None),
]


@pytest.mark.parametrize("flagged,clean,target,published", NAMED_NEXT)
def test_round21_age_named_next(flagged, clean, target, published):
    assert_flagged(flagged, target, "FC506", published or "2024-05-01")
    assert_clean(clean, published or "2024-05-01")


@pytest.mark.parametrize("text", [
    # an office before the name, kin in the clause, no age then: perhaps another person, or nothing to check
    "A 71-year-old man was arrested on Monday. Detective Ann Cole, who joined the force in 1990 at the age of 20, "
    "said inquiries continued.",
    "A 71-year-old man was arrested on Monday. Ann Cole, whose son joined the force in 1990 at the age of 20, said "
    "inquiries continued.",
    "A 71-year-old man was hurt in a crash with a van. Ann Cole, who joined the bus company in 1990 at the age of "
    "20, said the road was dangerous.",
])
def test_round21_age_named_next_left_alone(text):
    assert_clean(text, "2024-05-01")


# an age with its noun on a name ("Lena Dahl, a 30-year-old architect from Oslo", "Kim Sato, the 28-year-old
# captain") and, in the next sentence, "<Name> was born in ..." (a later year after the birth, or a year in a "who"
# clause on the age that is not the age's own, is no obstacle)
NAME_A_AGED_THEN_BORN = [
    ('The foal was born to Misty, a 14-year-old mare that came to the farm in 2016. Misty was born in May 2014.',
     'The foal was born to Misty, a 10-year-old mare that came to the farm in 2016. Misty was born in May 2014.',
     '14-year-old', '2024-06-12'),
    ('Ann Roe, a 41-year-old teacher, was elected on Friday. Roe was born in March 1979.',
     'Ann Roe, a 45-year-old teacher, was elected on Friday. Roe was born in March 1979.',
     '41-year-old', '2024-06-12'),
    ('The prize went to Lena Dahl, a 30-year-old architect from Oslo. Dahl was born in Bergen in 1988 and moved to Oslo in 2010.',
     'The prize went to Lena Dahl, a 36-year-old architect from Oslo. Dahl was born in Bergen in 1988 and moved to Oslo in 2010.',
     '30-year-old', '2024-06-12'),
    ('Pedro Alves, a 52-year-old fisherman who bought his first boat in 1995, led the protest. Alves was born in 1966.',
     'Pedro Alves, a 58-year-old fisherman who bought his first boat in 1995, led the protest. Alves was born in 1966.',
     '52-year-old', '2024-06-12'),
    ('Kim Sato, the 28-year-old captain, scored twice. Sato was born in November 1991.',
     'Kim Sato, the 32-year-old captain, scored twice. Sato was born in November 1991.',
     '28-year-old', '2024-06-12'),
    ('Oskar Lind, a 19-year-old student, was rescued on Sunday. Lind was born in Malmo in 2000.',
     'Oskar Lind, a 24-year-old student, was rescued on Sunday. Lind was born in Malmo in 2000.',
     '19-year-old', '2024-06-12'),
    ('Police said the driver was Eva Berg, a 33-year-old nurse. Berg was born in 1981, they added.',
     'Police said the driver was Eva Berg, a 43-year-old nurse. Berg was born in 1981, they added.',
     '33-year-old', '2024-06-12'),
    ('Milo, a 7-year-old gorilla who arrived from Bristol in 2019, leads the group. Milo was born in 2014.',
     'Milo, a 10-year-old gorilla who arrived from Bristol in 2019, leads the group. Milo was born in 2014.',
     '7-year-old', '2024-06-12'),
]


@pytest.mark.parametrize("flagged,clean,target,published", NAME_A_AGED_THEN_BORN)
def test_round21_name_a_aged_then_born(flagged, clean, target, published):
    assert_flagged(flagged, target, "FC506", published)
    assert_clean(clean, published)


def test_round21_name_a_aged_then_born_age_of_the_year():
    # the age is the age in the "who" clause's year (2001 - 1978 = 23): not read as the age now
    assert_clean("Tom Reid, a 23-year-old student who joined in 2001, won the prize. Reid was born in 1978.",
                 "2024-06-12")


# a day gone, told in the past tense ("voted ... at the meeting on Thursday, March 5"), is not read in the second
# year of a span another paragraph writes ("2025-26"): that reading is a day still to come
PAST_DAY_NOT_IN_SPAN = [
    ('The committee approved the plan at its meeting on Tuesday, March 3.\n\nThe plan covers the 2025-26 financial year.',
     'The committee approved the plan at its meeting on Tuesday, March 4.\n\nThe plan covers the 2025-26 financial year.',
     'March 3'),
    ('Members voted 18 to 9 in favour on Monday 2 March, the council said.\n\nIts budget for 2025/26 is £1.2bn.',
     'Members voted 18 to 9 in favour on Monday 3 March, the council said.\n\nIts budget for 2025/26 is £1.2bn.',
     '2 March'),
    ('The strike ended on Thursday, February 26 after talks at Acas.\n\nPay for 2025-26 rises by 4%.',
     'The strike ended on Thursday, February 27 after talks at Acas.\n\nPay for 2025-26 rises by 4%.',
     'February 26'),
    ('On Wednesday 4 March, the board signed off the accounts.\n\nThe 2025-26 season opens in August.',
     'On Wednesday 5 March, the board signed off the accounts.\n\nThe 2025-26 season opens in August.',
     '4 March'),
    ('The bridge was closed to traffic on Saturday, February 28 - and it reopened a day later.\n\nRepairs are planned for 2025-26.',
     'The bridge was closed to traffic on Saturday, March 1 - and it reopened a day later.\n\nRepairs are planned for 2025-26.',
     'February 28'),
    ('Ministers confirmed the deal on Wednesday 25 February.\n\nIts cost for 2025-26 is £40m.',
     'Ministers confirmed the deal on Wednesday 26 February.\n\nIts cost for 2025-26 is £40m.',
     '25 February'),
    ('Police said the man was arrested on Sunday, March 1 (in the early hours).\n\nFigures for 2025-26 are due in May.',
     'Police said the man was arrested on Sunday, March 2 (in the early hours).\n\nFigures for 2025-26 are due in May.',
     'March 1'),
    ('The fire broke out on Friday 27 February, crews said.\n\nThe 2025-26 fire plan was published last month.',
     'The fire broke out on Friday 28 February, crews said.\n\nThe 2025-26 fire plan was published last month.',
     '27 February'),
]


@pytest.mark.parametrize("flagged,clean,target", PAST_DAY_NOT_IN_SPAN)
def test_round21_past_day_not_in_span(flagged, clean, target):
    assert_flagged(flagged, target, "FC501", "2025-03-07")
    assert_clean(clean, "2025-03-07")


def test_round21_future_day_in_span_left_open():
    # a day still to come may be the span's second year's (June 27, 2026 is a Saturday)
    assert_clean("The 2025-26 season closes on Saturday, June 27.", "2025-03-07")


# an age now on a name, a role set between it and the "who" clause ("Ann Roe, 58, the unit's longest-serving
# midwife, who ..."), and the age then as a compound age with its noun before the year ("as a 21-year-old student
# in 1982")
WHO_CLAUSE_ROLE_AND_NOUN = [
    ("Among those honoured was Ruth Kerr, 63, the hospital's longest-serving porter, who started as a 19-year-old trainee in 1975.",
     "Among those honoured was Ruth Kerr, 68, the hospital's longest-serving porter, who started as a 19-year-old trainee in 1975.",
     '19-year-old'),
    ("The prize went to Ian Bell, 65, the club's oldest member, who joined as a 16-year-old apprentice in 1970.",
     "The prize went to Ian Bell, 70, the club's oldest member, who joined as a 16-year-old apprentice in 1970.",
     '16-year-old'),
    ("Leading the parade was Joan Hart, 66, the town's first female mayor, who was elected as a 35-year-old councillor in 1988.",
     "Leading the parade was Joan Hart, 71, the town's first female mayor, who was elected as a 35-year-old councillor in 1988.",
     '35-year-old'),
    ('At the front was Alan Moss, 57, who signed as a 17-year-old schoolboy in 1979.',
     'At the front was Alan Moss, 62, who signed as a 17-year-old schoolboy in 1979.',
     '17-year-old'),
    ("Eva Lind, 58, the charity's founder, who came to Britain as a 24-year-old nurse in 1985, spoke first.",
     "Eva Lind, 63, the charity's founder, who came to Britain as a 24-year-old nurse in 1985, spoke first.",
     '24-year-old'),
    ("Sitting in the front row was Pat Doyle, 68, the theatre's longest-serving usher, who began as a 15-year-old school leaver in 1966, organisers said.",
     "Sitting in the front row was Pat Doyle, 73, the theatre's longest-serving usher, who began as a 15-year-old school leaver in 1966, organisers said.",
     '15-year-old'),
    ("He handed the award to Rosa Diaz, 50, the team's kit manager, who first helped out as a 30-year-old volunteer in 1999.",
     "He handed the award to Rosa Diaz, 55, the team's kit manager, who first helped out as a 30-year-old volunteer in 1999.",
     '30-year-old'),
    ("The longest-serving crew member is Sam Reid, 47, the station's coxswain, who joined as an 18-year-old fisherman in 1990.",
     "The longest-serving crew member is Sam Reid, 52, the station's coxswain, who joined as an 18-year-old fisherman in 1990.",
     '18-year-old'),
]


@pytest.mark.parametrize("flagged,clean,target", WHO_CLAUSE_ROLE_AND_NOUN)
def test_round21_who_clause_role_and_noun(flagged, clean, target):
    assert_flagged(flagged, target, "FC506", "2024-06-14")
    assert_clean(clean, "2024-06-14")


def test_round21_who_clause_role_of_kin_left_alone():
    # "the son of a miner, who ...": whose clause?
    assert_clean("Among the guests was Tom Pask, 49, the son of a miner, who joined in 1990 at the age of 20.",
                 "2024-06-14")


# an "ago" dated by its own year ("30 years ago, in 1994", "in 1989, 35 years ago,") moves no time: the age on the
# name in one sentence and the age then in the next
AGO_WITH_ITS_YEAR = [
    ('Shop owner Ann Birch, 68, said the sale had been hard. She bought the business 30 years ago, in 1994, when she was 33, and has run it ever since.',
     'Shop owner Ann Birch, 63, said the sale had been hard. She bought the business 30 years ago, in 1994, when she was 33, and has run it ever since.',
     '33'),
    ('Ferry skipper Tom Hale, 61, is retiring. He took the helm 25 years ago, in 1999, when he was 31.',
     'Ferry skipper Tom Hale, 56, is retiring. He took the helm 25 years ago, in 1999, when he was 31.',
     '31'),
    ('Headteacher Rose Quinn, 54, will step down in July. She joined the school two decades ago, in 2004, aged 29.',
     'Headteacher Rose Quinn, 49, will step down in July. She joined the school two decades ago, in 2004, aged 29.',
     '29'),
    ("The farm's owner, Jack Moss, 67, has sold the herd. He inherited it 40 years ago, in 1984, at the age of 22.",
     "The farm's owner, Jack Moss, 62, has sold the herd. He inherited it 40 years ago, in 1984, at the age of 22.",
     '22'),
    ('Club secretary Jean Platt, 59, was honoured on Friday. She first volunteered in 1989, 35 years ago, when she was 19.',
     'Club secretary Jean Platt, 54, was honoured on Friday. She first volunteered in 1989, 35 years ago, when she was 19.',
     '19.'),
    ('Landlord Pete Rowe, 63, is calling last orders. He took over the pub 18 years ago, in 2006, aged 40, his family said.',
     'Landlord Pete Rowe, 58, is calling last orders. He took over the pub 18 years ago, in 2006, aged 40, his family said.',
     '40'),
    ('Choir leader Mary Fenn, 67, conducted her last concert. She has led the choir since founding it 27 years ago, in 1997, at the age of 35.',
     'Choir leader Mary Fenn, 62, conducted her last concert. She has led the choir since founding it 27 years ago, in 1997, at the age of 35.',
     '35'),
    ('Lollipop man Bill Shaw, 77, has been given an award. He started the job 12 years ago, in 2012, aged 60.',
     'Lollipop man Bill Shaw, 72, has been given an award. He started the job 12 years ago, in 2012, aged 60.',
     '60'),
]


@pytest.mark.parametrize("flagged,clean,target", AGO_WITH_ITS_YEAR)
def test_round21_ago_with_its_year(flagged, clean, target):
    assert_flagged(flagged, target, "FC506", "2024-03-12")
    assert_clean(clean, "2024-03-12")


# a present-tense timetable verb with a place between it and the day ("opens at Hollin Park on Friday, July 29") is
# no past tense: the day is not read as last year's
TIMETABLE_PLACE_BEFORE_DAY = [
    ('The show opens at Hollin Park on Friday, July 29, with animals entered from four counties.',
     'The show opens at Hollin Park on Friday, July 28, with animals entered from four counties.',
     'July 29'),
    ('Organisers say the festival starts in the market square on Friday, July 29, with more than 40 acts booked.',
     'Organisers say the festival starts in the market square on Friday, July 28, with more than 40 acts booked.',
     'July 29'),
    ('The exhibition returns to the town hall gallery on Friday, July 29, with works lent by private collectors.',
     'The exhibition returns to the town hall gallery on Friday, July 28, with works lent by private collectors.',
     'July 29'),
    ('The new bridge opens to cyclists and walkers on Friday, July 29, with a ribbon cutting planned.',
     'The new bridge opens to cyclists and walkers on Friday, July 28, with a ribbon cutting planned.',
     'July 29'),
    ('HOLLINFORD, July 20 - The regatta begins on the lower river on Friday, July 29, with 300 crews entered.',
     'HOLLINFORD, July 20 - The regatta begins on the lower river on Friday, July 28, with 300 crews entered.',
     'July 29'),
    ('The market runs in the cathedral close on Friday, July 29, with stalls displayed under the arches.',
     'The market runs in the cathedral close on Friday, July 28, with stalls displayed under the arches.',
     'July 29'),
    ('The fair takes place at the old racecourse on Friday, July 29, with rides imported from Belgium, the council said.',
     'The fair takes place at the old racecourse on Friday, July 28, with rides imported from Belgium, the council said.',
     'July 29'),
    ('The library opens in its restored building on Friday, July 29, with 20,000 books added to the shelves.',
     'The library opens in its restored building on Friday, July 28, with 20,000 books added to the shelves.',
     'July 29'),
]


@pytest.mark.parametrize("flagged,clean,target", TIMETABLE_PLACE_BEFORE_DAY)
def test_round21_timetable_place_before_day(flagged, clean, target):
    assert_flagged(flagged, target, "FC501", "2023-07-20")
    assert_clean(clean, "2023-07-20")
