"""Round 31 (list counts): readings learnt from a never-tuned set, each written for its family of shapes (variants
sharing none of the learning case's content words), with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# False alarm 1: office holders ("executives", "bosses", "envoys") are people, so a bare role between commas after a
# name ("A, chair and chief executive, and B") describes that name; it is no third item.
@pytest.mark.parametrize("text", [
    "Two executives quit on Friday: Ann Lee, head of sales and marketing, and Raj Patel.",
    "Two executives have left: Ann Lee, chair and chief executive since 2019, and Raj Patel.",
    "Both envoys - Tomas Berg, trade and investment adviser, and Lise Dahl - flew home on Monday.",
    "Two bosses were sacked: Ken Orr, owner and managing director, and Sue Platt.",
    "The two trustees, Ewan Bly, treasurer and secretary until May, and Ola Finn, resigned.",
])
def test_role_between_commas_after_a_name_is_no_item(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Two executives have left: Ann Lee, Bo Kerr and Raj Patel.", "Two"),
    ("The three envoys - Tomas Berg and Lise Dahl - flew home on Monday.", "three"),
    ("Two bosses were sacked: Ken Orr, Mo Adeyemi, Sue Platt and Ian Roe.", "Two"),
])
def test_office_holders_still_counted_by_name(text, target):
    assert_flagged(text, target, "FC410")


# False alarm 2: a bare count in brackets on an item ("Leeds (two)") says the item stands for that many; when the
# count matches the list read either way, it is silent.
@pytest.mark.parametrize("text", [
    "Federal inspectors toured 7 mills - in Kent, Essex, Surrey (two), Sussex, Dorset and Devon - last month.",
    "The chain will shut eight branches, in Leeds (two), York, Hull (three), Bath and Ely, by June.",
    "Four goals came from three players: Reid (two), Shaw and Lee.",
    "The charity runs 10 shelters - Cork (4), Galway, Limerick (3), Sligo and Derry.",
    "The firm has five depots: Leeds, York, Hull, Bath and Ely.",
])
def test_bracketed_multiple_matches_the_count(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The charity runs 12 shelters - Cork (4), Galway, Limerick (3), Sligo and Derry.", "12"),
    ("Three players scored for the visitors: Reid (two), Shaw, Lee and Kay.", "Three"),
])
def test_bracketed_multiple_matching_neither_reading_is_flagged(text, target):
    assert_flagged(text, target, "FC410")


# The sums' twin of it: bracketed figures on some names of a list that names others with none are no breakdown of the
# whole ("10 shelters - Cork (4), Galway, ..."); a figure on every name still is.
@pytest.mark.parametrize("text", [
    "The chain will shut nine stores: Leeds (3), York, Hull (2), Bath, Derby and Ely.",
    "The trust runs 11 clinics - Bury (4), Wigan, Bolton (2), Leigh, Hyde and Stockport (2).",
    "Inspectors visited 8 farms - in Kent, Essex (3), Surrey, Dorset (2) and Devon - in the spring.",
])
def test_bracketed_figures_on_some_names_are_no_breakdown(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The chain will shut nine stores: Leeds (3), York (2), Hull (2) and Bath (1).", "nine"),
    ("The university spent £90m on three things: staff (£52m), research and teaching (£21m) and halls (£7m).", "£90m"),
    ("The trust runs 11 clinics - Bury (4), Wigan (2), Bolton (2) and Leigh (2).", "11"),
])
def test_bracketed_figures_on_every_name_still_add_up(text, target):
    assert_flagged(text, target, "FC101")


# Fix 1: a model's or version's number on its capitalised name ("the Kestrel 300", "Nova 8 Pro", "Vela 2.0 hybrid",
# "F-16") is part of the name, no count; a span of years in the bridge ("built between 2019 and 2022") is no count.
@pytest.mark.parametrize("text, target", [
    ("Four engines were grounded for checks: the Trent 700, Trent 1000 and GEnx 2B.", "Four"),
    ("The recall affects five cars: the Corsa 1.2, Astra 1.4, Mokka X and Insignia 2.0.", "five"),
    ("Three consoles - the PlayStation 5, Xbox Series X, Switch OLED and Steam Deck - sold out within hours.", "Three"),
    ("The Air Force will retire two fighter types, the F-15C, F-16 and A-10, by 2030.", "two"),
    ("The update reaches five phones: the Pixel 7, Pixel 7a, Pixel 8 and Pixel 8 Pro.", "five"),
    ("Buyers of three scooters made from 2018 to 2021 - the Zip 50, Zip 125, Volt 2 and the Volt 3 Max - get refunds.",
     "three"),
    ("The update reaches four phones: the Pixel 6, Pixel 7 and Pixel 8.", "four"),
])
def test_model_numbers_are_part_of_names(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Three engines were grounded for checks: the Trent 700, Trent 1000 and GEnx 2B.",
    "The recall affects four cars: the Corsa 1.2, Astra 1.4, Mokka X and Insignia 2.0.",
    "Four consoles - the PlayStation 5, Xbox Series X, Switch OLED and Steam Deck - sold out within hours.",
    "The Air Force will retire three fighter types, the F-15C, F-16 and A-10, by 2030.",
    "The update reaches four phones: the Pixel 7, Pixel 7a, Pixel 8 and Pixel 8 Pro.",
    "Buyers of four scooters made from 2018 to 2021 - the Zip 50, Zip 125, Volt 2 and the Volt 3 Max - get refunds.",
    # a tally by name, not model numbers: the numbers are how many each holds
    "The 12 medals were shared: Kenya 5, Ethiopia 4 and Uganda 3.",
    "The party won 14 seats: Leeds 6, York 5 and Hull 3.",
    "The 30 places went to three clubs: Ayr 14, Troon 9 and Irvine 7.",
    # one item holding two labels may be two of them
    "The works will close four sites: the depot, the yard, and land at junctions 9 and 10.",
])
def test_model_numbers_clean_twins(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Four players scored in double figures: Diaz (22), Moore (17), Ellis (14), Tanaka (12) and Ruiz (10).", "Four"),
])
def test_bracketed_figures_on_every_name_are_no_multiples(text, target):
    assert_flagged(text, target, "FC410")


# Fix 2: "N of <Name>'s NOUNs - A, B and C -": a name's possessive stands where "the" / "its" did ("four of the
# artist's late seascapes"); "Two of <Name>'s five NOUNs" is a part of a whole, as after "the".
@pytest.mark.parametrize("text, target", [
    ("The auction includes three of Picasso's early sketches: Dove, Harlequin, Owl and Bather.", "three"),
    ("Two of Ravi Shah's novels - Monsoon Road, The Salt Eaters and Kite - are set in Goa.", "Two"),
    ("Four of Mayor Grant's top aides - Lina Ortiz, Dev Rao and Amy Chu - resigned on Tuesday.", "Four"),
    ("Six of Kestrel Air's oldest jets - the Swift, the Lark and the Wren - are to be retired.", "Six"),
    ("Three of Spain's biggest lenders have merged: Arco, Belmar, Corvo and Dax.", "Three"),
    ("Two of Ravi Shah's five novels - Monsoon Road, The Salt Eaters and Kite - are set in Goa.", "Two"),
])
def test_count_of_a_names_things_takes_its_list(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The auction includes four of Picasso's early sketches: Dove, Harlequin, Owl and Bather.",
    "Three of Ravi Shah's novels - Monsoon Road, The Salt Eaters and Kite - are set in Goa.",
    "Three of Mayor Grant's top aides - Lina Ortiz, Dev Rao and Amy Chu - resigned on Tuesday.",
    "Three of Kestrel Air's oldest jets - the Swift, the Lark and the Wren - are to be retired.",
    # the list may name the part or the whole
    "Two of Ravi Shah's five novels - Monsoon Road and Kite - are set in Goa.",
    "Two of Ravi Shah's five novels - Monsoon Road, The Salt Eaters, Dusk, Lanterns and Kite - are set in Goa.",
    # some of them, a new clause after the colon or dash
    "Two of Ravi Shah's novels are set in Goa: Monsoon Road, The Salt Eaters and Kite sold best.",
    "Four of Edith Rowe's seascapes were lent by the Tate in 2019 - the gallery said the others were in private hands.",
])
def test_count_of_a_names_things_clean_twins(text):
    assert_clean(text)


# Fix 3: names given their posts ("A as chair, B at transport, ... and D as chief whip"): the last name's "as" and its
# post (up to two words) is no clause after the list when an earlier name is given its post too.
@pytest.mark.parametrize("text, target", [
    ("The coach made four changes: Ben Cole at full-back, Sam Ivo on the wing and Tom Fry as captain.", "four"),
    ("Three new faces join the board: Lena Park as chair, Omar Bey as treasurer, Rui Sa as secretary and Ida Holm as "
     "trustee.", "Three"),
    ("The mayor appointed two deputies on Monday: Ravi Kaul for housing, Jo Lind for transport and Amy Fox as policing "
     "lead.", "two"),
    ("Five hires were announced - Dee Moss as editor, Cal Reyes as deputy and Flo Kim at the sports desk.", "Five"),
    ("The revival has cast two newcomers: Zoe Hart as Juliet, Max Ode as Romeo and Lu Chen as the Nurse.", "two"),
])
def test_names_given_posts_are_listed(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The coach made three changes: Ben Cole at full-back, Sam Ivo on the wing and Tom Fry as captain.",
    "Four new faces join the board: Lena Park as chair, Omar Bey as treasurer, Rui Sa as secretary and Ida Holm as "
    "trustee.",
    # some of them, or a clause after the list
    "Twelve bidders were shortlisted: Arco, Belmar and Corvo as favourites.",
    "Nine clubs applied: Leeds in the north, Hull on the coast and York as a late entrant were among them.",
    "Ten firms bid: Arco at £2m, Belmar at £3m and Corvo as the cheapest won places.",
])
def test_names_given_posts_clean_twins(text):
    assert_clean(text)


# Fix 4: a whole fronted before its bare part ("Of the 12 nations that signed, only three - A, B, C and D -"): the list
# names the part; a list as long as the whole, or longer, names the whole (silent).
@pytest.mark.parametrize("text, target", [
    ("Of the 20 clubs in the league, just two - Arco, Belmar and Corvo - have paid their levy.", "two"),
    ("Of the 50 states, only three — Vermont, Maine, Ohio and Utah — allow the practice.", "three"),
    ("Among the 16 teams still in the cup, eight - Arco, Belmar, Corvo, Dax, Esk, Fenn and Gale - are from the north.",
     "eight"),
    ("Of the nine candidates on the ballot, only two: Ann Roe, Bo Lee and Cy Fox.", "two"),
    ("Among the 40 ships in the fleet, a mere four - the Iona, the Skye, the Mull, the Arran and the Coll - are under "
     "ten years old.", "four"),
])
def test_bare_part_after_a_fronted_whole_takes_its_list(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Of the 20 clubs in the league, just two - Arco and Belmar - have paid their levy.",
    "Of the 50 states, only four — Vermont, Maine, Ohio and Utah — allow the practice.",
    # the list names the whole
    "Of the four clubs in the league, two - Arco, Belmar, Corvo and Dax - were founded before 1900.",
    # the rest told, or a clause after the list
    "Of the 50 states, only three - Vermont, Maine and Utah - allow it, and two more are weighing it.",
    "Of the 12 nations, only three have signed: Norway, Iceland and Chile signed in 2019 and Peru followed.",
    # no fronted whole: a time phrase
    "In the past 12 months, three - Arco, Belmar, Corvo and Dax - have closed.",
])
def test_bare_part_after_a_fronted_whole_clean_twins(text):
    assert_clean(text)


# Fix 5: a breakdown by place in apposition, then ", and <past verb> N <things>": the subject's next verb and its own
# things end the list ("killed nine people, five in A, three in B and two in C, and left 40,000 homes without power").
@pytest.mark.parametrize("text, target, rule", [
    ("The blaze destroyed 14 homes, six in Alston, five in Garrigill and four in Nenthead, and forced 300 residents out.",
     "14", "FC10"),
    ("The outbreak infected 40 pupils, 12 at Ash Grove, 15 at Birchfield and 16 at Cedar Park, and closed two schools.",
     "40", "FC10"),
    ("The tornado flattened 25 barns, 11 in Ogle County and 16 in Lee County, and left 900 customers in the dark.", "25",
     "FC10"),
    ("Police arrested 17 fans, nine in Cardiff and seven in Swansea, and seized 40 flares.", "17", "FC10"),
    ("The council shut 12 libraries, five in Bury and six in Wigan, and sold 30 buildings.", "12", "FC10"),
])
def test_placed_breakdown_before_the_next_verb(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", [
    "The blaze destroyed 15 homes, six in Alston, five in Garrigill and four in Nenthead, and forced 300 residents out.",
    "The outbreak infected 43 pupils, 12 at Ash Grove, 15 at Birchfield and 16 at Cedar Park, and closed two schools.",
    "The tornado flattened 27 barns, 11 in Ogle County and 16 in Lee County, and left 900 customers in the dark.",
    "Police arrested 16 fans, nine in Cardiff and seven in Swansea, and seized 40 flares.",
    "The council spent £9m on roads, £4m in Leeds and £5m in York, and borrowed £2m more.",
])
def test_placed_breakdown_before_the_next_verb_clean(text):
    assert_clean(text)


# Fix 6: a headline opening on a bare count and a participle ("Three arrested after ...") over a lead whose subject
# tells the people one by one ("a man, 34, and a woman, 29, had been arrested"): the headline counts them (inferred).
@pytest.mark.parametrize("text, target", [
    ("Two charged after pub brawl\nA 41-year-old man, a 38-year-old woman and a 17-year-old boy have been charged with "
     "affray.", "Two"),
    ("Five rescued from sinking yacht\nA man and a woman were rescued by the lifeboat crew off Padstow on Sunday.",
     "Five"),
    ("Two injured in Leeds gas blast\nA man, 60, a woman, 58, and a teenage boy were injured in the explosion on "
     "Friday.", "Two"),
    ("Four held over jewellery raid\nDetectives said a man, 22, a woman, 25, and a man, 31, were held in Luton on "
     "Monday.", "Four"),
    ("Three jailed over benefit fraud\nA pensioner and a woman aged 44 have been jailed at Hull Crown Court.", "Three"),
])
def test_headline_count_over_people_told_in_the_lead(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Two charged after pub brawl\nA 41-year-old man and a 38-year-old woman have been charged with affray.",
    "Three held over jewellery raid\nDetectives said a man, 22, a woman, 25, and a man, 31, were held in Luton.",
    # others told after the lead, or a count beside the people
    "Three rescued from sinking yacht\nA man and a woman were rescued by the lifeboat crew off Padstow on Sunday. A "
    "third sailor was rescued later.",
    "Three arrested after warehouse fire\nPolice said a man, 34, and a woman, 29, had been arrested on suspicion of "
    "arson. A teenager was arrested on Tuesday.",
    "Four injured in Leeds gas blast\nA man, 60, and a woman, 58, were injured in the explosion and two neighbours were "
    "treated for shock.",
    # someone else told beside them, perhaps one of the count
    "Three hurt in Leeds crash\nA man and a woman were hurt when their car hit a wall, while their daughter was taken "
    "to hospital as a precaution.",
    # another participle in the lead: no tie
    "Three arrested after warehouse fire\nPolice said a man, 34, and a woman, 29, had been questioned.",
])
def test_headline_count_over_people_told_in_the_lead_clean(text):
    assert_clean(text)
