"""Round 30 (restatements, learnt from a never-tuned set): readings written as families, each with five
variants that share no content words with the sentence it came from and with one another, and clean twins
(another thing, another time, a change wished for, an update, a figure quoted from before) that stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


def _narrowed(text, target):
    """A row the reading was first built for, silent since m30-repeat narrowed it (tests/test_round30_repeat_mend.py):
    a change, event or journey only as "The N NOUN" opening the next sentence with a verb right after and no time
    word (restated_changes.bare_subject_tie), since a phrase after the noun, an object position or a time word may
    name another; an age's verb right after it no longer any word in -ed ("the 21-year-old admitted" may be another)."""
    return pytest.param(text, target, marks=pytest.mark.xfail(strict=True, reason="narrowed in m30-repeat"))

# -- a move's size told by its verb, then named again as "the N rise/cut" (checker/relate/restated_changes.py)
CHANGE_SIZE_FLAGGED = [
    _narrowed("Council tax in Eastmoor is going up by 4.2% from April, the authority confirmed. Residents criticised the "
     "3.9% rise at a packed meeting.", "3.9%"),
    _narrowed("The club's season tickets fell by £35 to £410 after fans protested. Supporters welcomed the £45 cut on "
     "Thursday.", "£45"),
    # (round 53: read again, the change as what its cause is credited with)
    ("Membership of the union grew by 1,800 over twelve months. Organisers credited the 2,300 increase to a "
     "recruitment drive.", "2,300"),
    ("Water bills to rise by £27\nThe £31 increase will take the average bill to £480, the regulator said.", "£31"),
    ("Rents were raised by $150 a month to $1,900 by the landlord. That $210 hike was condemned by tenants.", "$210"),
]
CHANGE_SIZE_CLEAN = [
    # the same size
    "Council tax in Eastmoor is going up by 4.2% from April, the authority confirmed. Residents criticised the "
    "4.2% rise at a packed meeting.",
    # another year's change
    "Council tax in Eastmoor is going up by 4.2% from April. Last year's 3.9% rise was the smallest in a decade.",
    "The club's season tickets fell by £35 to £410 this summer. The £45 cut in 2019 was reversed within a year.",
    # another change, or one wished for
    "Membership of the union grew by 1,800 over twelve months. Leaders had hoped for the 2,300 increase promised "
    "by the recruitment drive.",
    "Rents were raised by $150 a month to $1,900. Tenants said they could not afford another $200 hike.",
    "Water bills to rise by £27\nCampaigners had expected the £31 increase proposed in the spring.",
    # what changed is named: another measure
    "Bus fares will rise by 12p from Sunday. The 15p increase in parking charges starts in May.",
    # the other way
    "Ticket prices rose by £5 this season. The £8 cut in programme prices was welcomed.",
    # an update
    "Fares were due to rise by 12p. The operator has now revised that to the 15p increase passengers feared.",
]


@pytest.mark.parametrize("text,target", CHANGE_SIZE_FLAGGED)
def test_change_size_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", CHANGE_SIZE_CLEAN)
def test_change_size_clean(text):
    assert_clean(text)


# -- a count told by its verb, then named again by that verb's noun: "cancelled ... the N cancellations"
# (restatements._noun_of_verb: the nouns in -ation, -ure and -ement of a verb's stem)
EVENT_NOUN_FLAGGED = [
    ("The hospital postponed 95 operations because of the strike. Managers apologised for the 120 postponements.",
     "120"),
    ("Inspectors closed 17 restaurants across the borough, the council said. Owners disputed the 12 closures in a "
     "joint letter.", "12"),
    ("Immigration officers deported 640 people, the ministry confirmed. Lawyers for the families challenged the 710 "
     "deportations.", "710"),
    ("Some 1,300 rail services were terminated early by the operator. Commuters blamed the 1,650 terminations on a "
     "signal failure.", "1,650"),
    ("About 5,200 voters were registered by volunteers over the weekend. Organisers hailed the 4,700 registrations as "
     "a record.", "4,700"),
]
EVENT_NOUN_CLEAN = [
    "The hospital postponed 95 operations because of the strike. Managers apologised for the 95 postponements.",
    # another time
    "Inspectors closed 17 restaurants across the borough this month. In 2019, the 12 closures followed a cholera scare.",
    "Immigration officers deported 640 people in March. The 7,100 deportations last year were a record.",
    # some of them, or others
    "Some 1,300 rail services were terminated early by the operator. Of the 600 terminations at Leeds, most were at peak "
    "times.",
    "About 5,200 voters were registered by volunteers over the weekend. Officials said another 4,700 registrations were "
    "still being processed.",
    # an update
    "The hospital postponed 95 operations on Monday. By Friday the toll had risen and the 120 postponements "
    "included clinics in Ashby.",
]


@pytest.mark.parametrize("text,target", EVENT_NOUN_FLAGGED)
def test_event_noun_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", EVENT_NOUN_CLEAN)
def test_event_noun_clean(text):
    assert_clean(text)


# -- "all N of those on board/aboard/inside" before a verb: a pronoun for the set just counted; all who were there
# cannot be fewer than those counted from there (restatements.find_bare_restatements, ``_BARE_VERB``)
ALL_OF_THOSE_FLAGGED = [
    ("Firefighters led 14 residents out of the burning block before dawn. All 12 of those inside were checked by "
     "paramedics.", "12"),
    ("Lifeboat crews plucked 31 passengers from the capsized ferry. 'All 28 of those aboard are safe,' the "
     "harbourmaster said.", "28"),
    ("Eight climbers were airlifted off the ridge by helicopter on Tuesday. All nine of those stranded were flown to "
     "Fort William.", "nine"),
    ("Mountain rescuers brought 12 walkers down from the summit. Police said all ten of those involved had been "
     "unhurt.", "ten"),
    ("A tour bus carrying 47 pensioners left the road near Keswick. All 44 of those on board were taken to hospital.",
     "44"),
]
ALL_OF_THOSE_CLEAN = [
    "Lifeboat crews plucked 31 passengers from the capsized ferry. 'All 31 of those aboard are safe,' the "
    "harbourmaster said.",
    # more were there than were counted from there: others may have got out by themselves
    "Firefighters led 14 residents out of the burning block before dawn. All 20 of those inside were later checked "
    "by paramedics.",
    # another place
    "Crews rescued 23 people from one boat on Sunday. All nine of those aboard a second boat reached the shore.",
    # another time
    "A tour bus carrying 47 pensioners left the road near Keswick in 2019. All 44 of those on board a coach that "
    "crashed last week were unhurt.",
]


@pytest.mark.parametrize("text,target", ALL_OF_THOSE_FLAGGED)
def test_all_of_those_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", ALL_OF_THOSE_CLEAN)
def test_all_of_those_clean(text):
    assert_clean(text)


# -- a sum told by a verb of investing or spending, restated as "the/this £N investment/outlay/spend"
# (restatements: "investment" among MONEY_CONCEPTS, its verbs in MONEY_VERBS)
INVESTED_FLAGGED = [
    ("The trust is to plough £40m into its children's hospital, managers said. Doctors welcomed the £14m investment "
     "at a staff meeting.", "£14m"),
    ("Port owner to spend €300m on new quay\nThe €230m outlay will double container capacity, the company said.",
     "€230m"),
    ("The university invested $75 million in its engineering faculty over five years. Critics said the $62 million "
     "spend had not lifted its ranking.", "$62 million"),
    ("A total of £6.5m was invested in the town's flood defences by the agency. Residents said the £5m investment came "
     "too late.", "£5m"),
    ("Over the next decade, the state will pour $2.1 billion into rural broadband. Lawmakers approved the $1.6 billion "
     "investment on Thursday.", "$1.6 billion"),
]
INVESTED_CLEAN = [
    "The trust is to plough £40m into its children's hospital, managers said. Doctors welcomed the £40m investment "
    "at a staff meeting.",
    # another investment, another time, one more
    "The trust is to plough £40m into its children's hospital. Last year's £14m investment went to the maternity unit.",
    "The university invested $75 million in its engineering faculty. A further $62 million investment in medicine is "
    "planned.",
    "Over the next decade, the state will pour $2.1 billion into rural broadband. The $1.6 billion investment in roads "
    "was approved separately.",
    "The town will invest £6.5m in its flood defences, on top of the £5m investment made in 2015.",
    "Port owner to spend €300m on new quay\nThe €230m outlay on cranes was agreed in 2021, the company said.",
]


@pytest.mark.parametrize("text,target", INVESTED_FLAGGED)
def test_invested_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", INVESTED_CLEAN)
def test_invested_clean(text):
    assert_clean(text)


# -- an event's length as a modifier ("the four-day festival") restated as "the N-day event" or under its own noun
EVENT_LENGTH_FLAGGED = [
    _narrowed("The three-week arts fair opened in Harrogate on Friday. Visitors to the four-week event can see work by 200 "
     "painters.", "four-week"),
    _narrowed("Organisers of the 10-day carnival expect record crowds. The 12-day event ends with a parade on Sunday.",
     "12-day"),
    _narrowed("The five-day county fair wrapped up Sunday with a rodeo. Attendance at the six-day fair topped 80,000.",
     "six-day"),
    _narrowed("A nine-day chess tournament got under way in Hastings. Players at the eight-day event include three "
     "grandmasters.", "eight-day"),
    ("Fans have snapped up tickets for a two-night concert series at the arena. The three-night series opens on "
     "Friday.", "three-night"),
]
EVENT_LENGTH_CLEAN = [
    "The three-week arts fair opened in Harrogate on Friday. Visitors to the three-week event can see work by 200 "
    "painters.",
    # another year's, another event
    "The three-week arts fair opened on Friday. Last year's four-week event drew fewer visitors.",
    "The five-day county fair wrapped up Sunday with a rodeo. Next year's six-day fair will add a funfair.",
    "A nine-day chess tournament got under way in Hastings, after a two-day event for juniors.",
    "The 10-day carnival begins on Friday. The two-day children's event runs alongside it.",
    "The 10-day carnival begins on Friday and includes the two-day street food event in the old market.",
]


@pytest.mark.parametrize("text,target", EVENT_LENGTH_FLAGGED)
def test_event_length_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", EVENT_LENGTH_CLEAN)
def test_event_length_clean(text):
    assert_clean(text)


# -- a distance told by a verb of travel ("walked 1,200 miles") restated as "the/her N-unit trek/journey/voyage"
JOURNEY_FLAGGED = [
    _narrowed("The pensioner walked 1,200 miles around the coast of Wales to raise money for a hospice. Her 1,500-mile trek "
     "ended in Chepstow on Saturday.", "1,500-mile"),
    ("The yacht sailed 2,800 miles from the Canaries to Antigua. The 3,200-mile crossing took 19 days.", "3,200-mile"),
    ("Volunteers drove 640km to deliver supplies to the border. The 520km trip took eleven hours.", "520km"),
    _narrowed("Researchers said the tagged godwit flew 8,100 miles from Alaska without stopping. Its 8,700-mile flight set a "
     "record for the species.", "8,700-mile"),
    _narrowed("Two brothers rowed 4,800km across the Atlantic in 41 days. The siblings' 5,400km voyage raised £60,000 for "
     "charity.", "5,400km"),
]
JOURNEY_CLEAN = [
    "The pensioner walked 1,200 miles around the coast of Wales. Her 1,200-mile trek ended in Chepstow on Saturday.",
    # a leg of it, another journey, another time
    "The probe has travelled 6.4 billion km since launch. The 1.2-billion-km journey to Jupiter took two years.",
    "The yacht sailed 2,800 miles from the Canaries to Antigua. The return 3,200-mile crossing begins in May.",
    "Volunteers drove 640km to deliver supplies to the border. The next 520km trip is planned for March.",
    "Two brothers rowed 4,800km across the Atlantic. Their father's 5,400km voyage in 1988 inspired them.",
    "The pensioner walked 1,200 miles around Wales in 2019. Her 600-mile trek this summer follows the border.",
]


@pytest.mark.parametrize("text,target", JOURNEY_FLAGGED)
def test_journey_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", JOURNEY_CLEAN)
def test_journey_clean(text):
    assert_clean(text)


# -- "Name, AGE, ..." then "The N-year-old" opening a sentence, past a group nobody counted ("found by neighbours",
# "freed by firefighters"): a group is no one person the singular points back at (restatements.another_person)
AGE_PAST_GROUP_FLAGGED = [
    ("Margaret Owusu, 67, was pulled from the river by passers-by near Putney Bridge. The 76-year-old was "
     "later discharged from hospital.", "76-year-old"),
    _narrowed("Firefighters freed lorry driver Tomasz Nowak, 52, after his cab was crushed on the M6. The 55-year-old "
     "suffered leg injuries, paramedics said.", "55-year-old"),
    ("Retired teacher Glenys Parry, 91, has been honoured by former pupils for 40 years at the village school. "
     "The 93-year-old still lives in Bala.", "93-year-old"),
    ("Chess prodigy Ana Ferreira, 12, beat grandmasters at a tournament in Lisbon. The 13-year-old will now "
     "represent Portugal.", "13-year-old"),
]
AGE_PAST_GROUP_CLEAN = [
    "Margaret Owusu, 67, was pulled from the river by passers-by near Putney Bridge. The 67-year-old was later "
    "discharged from hospital.",
    # a counted group, or one of a group picked out
    "Dev Shah, 24, was attacked by two teenagers in Newquay. The 16-year-old was arrested on Sunday.",
    "Dev Shah, 24, was attacked by teenagers in Newquay. A 16-year-old was arrested on Sunday.",
    # someone else named between
    "Glenys Parry, 91, was visited by her son, Huw. The 63-year-old lives in Cardiff.",
]


# the fifth variant, left: a pronoun between ("after he was swept out") may be the named person's or another's, and a
# name tells no sex; read it only with a reading of whose the pronoun is
AGE_PAST_PRONOUN_LEFT = [
    ("Lifeguards rescued Dev Shah, 24, after he was swept out to sea at Newquay. The 26-year-old had been "
     "paddleboarding with friends.", "26-year-old"),
]


@pytest.mark.parametrize("text,target", AGE_PAST_GROUP_FLAGGED)
def test_age_past_group(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.xfail(reason="a pronoun between the two ages is not yet read as the named person's", strict=True)
@pytest.mark.parametrize("text,target", AGE_PAST_PRONOUN_LEFT)
def test_age_past_pronoun_left(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", AGE_PAST_GROUP_CLEAN)
def test_age_past_group_clean(text):
    assert_clean(text)


# -- "this" as the determiner of a restatement, also after a quotation mark: "'This £65,000 gift ...'"
# (restatements._DEFINITE)
THIS_FLAGGED = [
    ("A local businessman donated £85,000 to the hospice. 'This £65,000 gift will keep our doors open,' its director "
     "said.", "£65,000"),
    ("Volunteers planted 4,000 trees along the river last winter. These 3,000 trees will help prevent flooding, the "
     "trust said.", "3,000"),
    ("The council fined the landlord £12,000 for unsafe wiring. This £21,000 penalty is the largest it has imposed.",
     "£21,000"),
    ("Some 650 jobs will go at the plant, the firm confirmed. Unions said these 560 redundancies were avoidable.",
     "560"),
    ("The school district agreed a $2.4 million settlement with the family. This $3.1 million payout follows a "
     "six-year legal fight.", "$3.1 million"),
]
THIS_CLEAN = [
    "A local businessman donated £85,000 to the hospice. 'This £85,000 gift will keep our doors open,' its director "
    "said.",
    "A local businessman donated £85,000 to the hospice. This year's £65,000 gift came from a trust.",
    "The council fined the landlord £12,000 for unsafe wiring. This week it imposed a £21,000 penalty on another.",
]


@pytest.mark.parametrize("text,target", THIS_FLAGGED)
def test_this_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", THIS_CLEAN)
def test_this_clean(text):
    assert_clean(text)
