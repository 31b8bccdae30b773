"""Round 32 (list): counts against the items told, learnt from a fresh set of list cases and widened on purpose --
each reading tried on five sentences of its family sharing none of the original's content words, each beside clean
twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# --- version numbers on names in a list a count opens: no parts of a sum (FC101) ---------------------------------
VERSIONS_CLEAN = [
    "The three apps withdrawn - the Lumo 3.0, the Lumo 3.0 Lite and the Pico 5 - leaked user data, regulators said.",
    "Four consoles were discounted: the Zeta 4.0, the Zeta 4.0 Pro, the Arc 2 and the Arc 2 Slim.",
    "Two speakers, the Echoa 1.0 and the Echoa 1.0 Max, were pulled from shelves after complaints.",
    "Three editions - Orion 6.0, Orion 6.0 Plus and Vega 9 - were withdrawn by the publisher on Tuesday.",
    "The carmaker will stop selling five trims: Terra 2.0, Terra 2.0 Sport, Terra 3.0, Nomad 1 and Nomad 1 Eco.",
    "The two routers recalled - the Velo 2.0 and the Velo 2.0 Max (sold from 2020 to 2023) - can overheat, the firm said.",
]
VERSIONS_FLAGGED = [
    # the list's own count still checked
    ("The two phones withdrawn - the Nova 3.0, the Nova 3.0 Lite and the Orbit 7 - can crack when dropped.",
     "two phones", "FC410"),
    # a tally under names falls as it goes and is still summed
    ("Three regions shared the grants: Kent 5, Essex 4 and Surrey 3, a total of 14.", "14", "FC101"),
]

# --- the last item closed by a place, or a name of two words, is no clause after the list (FC410) ------------------
LAST_ITEM_FLAGGED = [
    ("Engineers will inspect five viaducts this autumn - Ribble Viaduct, Dent Head and the Arten Gill span near "
     "Cowgill.", "five viaducts"),
    ("Three piers were closed after the storm: Clevedon Pier, Southport Pier, Saltburn Pier and the Victorian jetty "
     "at Walton.", "Three piers"),
    ("Officials said two dams needed urgent repairs: Hoover Dam, Glen Canyon Dam and the Oroville spillway in "
     "California.", "two dams"),
    ("Four lighthouses are to be sold: Start Point, Lizard Point and the Godrevy tower off St Ives.", "Four lighthouses"),
    ("Six reservoirs were declared unsafe by inspectors: Ladybower, Derwent, Howden and the Kinder dam outside "
     "Hayfield.", "Six reservoirs"),
    ("The four orchids recorded at the reserve - Ophrys apifera, Ophrys insectifera and Dactylorhiza fuchsii - were "
     "photographed in June.", "four orchids"),
    ("Surveyors found three oak species: Quercus robur, Quercus petraea, Quercus cerris and Quercus ilex.",
     "three oak species"),
    ("Divers recorded two coral species - Acropora palmata, Acropora cervicornis and Orbicella annularis - off the "
     "reef.", "two coral species"),
    ("Five beetles were named in the paper: Carabus auratus, Carabus nemoralis, Carabus violaceus and Cicindela "
     "campestris.", "Five beetles"),
]
LAST_ITEM_CLEAN = [
    "Three piers were closed after the storm: Clevedon Pier, Southport Pier and the Victorian jetty at Walton.",
    "Four teams were in action on Saturday: Leeds won, Hull drew and York lost.",
    "Nine councils were consulted - Leeds, Hull and York objected.",
    "Surveyors found four oak species: Quercus robur, Quercus petraea, Quercus cerris and Quercus ilex.",
]

# --- a model's number with a series after a hyphen is part of its name (FC410) ------------------------------------
MODELS_FLAGGED = [
    ("The carrier will ground two jet models - the Airbus A330-200, the Boeing 777-300 and the Boeing 737-800 - from "
     "March.", "two jet models"),
    ("The airport can now handle four widebody types: the Airbus A350-900, the Boeing 787-9 and the Boeing 777-200LR.",
     "four widebody types"),
    ("Two turboprop types, the ATR 72-600, the Dash 8-400 and the Saab 340, will be phased out by 2030.",
     "Two turboprop types"),
    ("Regulators grounded three models on Friday: the Embraer 175-E2, the Airbus A220-300, the Boeing 737-700 and the "
     "Airbus A321-200.", "three models"),
]
MODELS_CLEAN = [
    "The carrier will ground three jet models - the Airbus A330-200, the Boeing 777-300 and the Boeing 737-800 - from "
    "March.",
    "The airport can now handle three widebody types: the Airbus A350-900, the Boeing 787-9 and the Boeing 777-200LR.",
]

# --- a whole, then its parts in the compass quarters of its place (FC101) -----------------------------------------
COMPASS_FLAGGED = [
    ("Nine councils face cuts, five in the south and three in the north.", "Nine"),
    ("Eighteen wind farms were approved across Scotland, 11 in the north and six in the south.", "Eighteen"),
    ("The operator will cut 14 bus routes, eight in the west and five in the east.", "14"),
    ("A total of 30 schools will be rebuilt in Yorkshire, 16 in the north-east and 12 in the south-west.", "30"),
    ("The trust will appoint 21 midwives in Devon, 12 in the east and eight in the west.", "21"),
]
COMPASS_CLEAN = [
    "The trust will appoint 21 midwives in Devon, 13 in the east and eight in the west.",
    "The bank will close 11 branches in Wales, six in the south, four in the north and one in mid Wales.",
    "The bank will close 11 branches in Wales, including six in the south and four in the north.",
    "The firm employs 400 staff, 120 in the north of the city and 90 in the south.",
    "Some 900 homes will be built, about 500 in the north and 300 in the south.",
    "Some 1,200 patients were treated in Hull, 950 in York and 870 in Leeds.",
]

# --- the people a headline counts, taken up after a reporting verb: "Police said those held were ..." (FC410) ------
STATE_FLAGGED = [
    ("Two hurt in warehouse blaze\nFire crews said the injured were Amy Kerr, 31, Sam Fry, 45, and Joe Platt, 52.",
     "Two hurt"),
    ("Four detained after stadium clash\nOfficers confirmed that those arrested were Liam Hart, Owen Bell and Kai Moss.",
     "Four detained"),
    ("Five rescued from flooded cave\nThe coastguard said those rescued were Ben Ames, Lucy Ray, Tom Ide and Ella Voss.",
     "Five rescued"),
    ("Six wounded in Ohio shooting\nColumbus police said the wounded were Ana Diaz, 19, Mark Yu, 23, Jo Banks, 30, "
     "Ray Cole, 41, and Dee Lamb, 56.", "Six wounded"),
    ("Three evacuated from burning ferry\nThe harbour master said those evacuated were Nia Rhys, Tom Beck, Sara Lund "
     "and Dan Orr.", "Three evacuated"),
]
STATE_CLEAN = [
    "Two hurt in warehouse blaze\nFire crews said the injured were Amy Kerr, 31, and Joe Platt, 52.",
    "Five arrested after disorder\nPolice said those charged were Jo Price and Ed Lewis.",
    "Four detained after stadium clash\nOfficers said those released were Liam Hart, Owen Bell and Kai Moss.",
    "Four detained after stadium clash\nOfficers confirmed that those arrested included Liam Hart, Owen Bell and Kai "
    "Moss.",
]

# --- a headline's count as its verb's object, the lead naming them as that verb's objects (FC410) ------------------
OBJECTS_FLAGGED = [
    ("Rovers sign four on deadline day\nBristol Rovers have signed Tom Hale, Jack Rudd and Ben Ayre on Thursday.",
     "four"),
    ("Senate confirms three judges\nThe Senate on Tuesday confirmed Ana Ruiz, Mark Cole, Lee Park and Dana Wu to the "
     "federal bench.", "three judges"),
    ("Five recalled to Wales squad\nHead coach Gwyn Rees has recalled Owen Price, Dai Lloyd, Huw Jones and Rhys Bevan "
     "for the autumn series.", "Five"),
    ("Two axed from cabinet\nThe prime minister has axed Jane Orr, Tim Beck and Sara Lund from her cabinet.", "Two"),
    ("Orchestra appoints two soloists\nThe Hallé has appointed Mira Chen, Jonas Berg and Alice Fox for its new season.",
     "two soloists"),
]
OBJECTS_CLEAN = [
    "Rovers sign three on deadline day\nBristol Rovers have signed Tom Hale, Jack Rudd and Ben Ayre on Thursday.",
    "Festival adds three to Sunday bill\nThe festival has announced Lark Road, The Tin Owls, Neve Sol and DJ Amari.",
    "Festival adds three to Sunday bill\nThe festival has also added Lark Road, The Tin Owls, Neve Sol and DJ Amari.",
    "Senate confirms three judges\nThe Senate confirmed Ana Ruiz and Mark Cole on Tuesday. It confirmed Lee Park and "
    "Dana Wu a day later.",
    "Rovers sign four on deadline day\nBristol Rovers have signed Tom Hale, Jack Rudd and Ben Ayre, with a fourth deal "
    "expected.",
]

# --- an age spelt out beside ages in digits: "her son Daniel, nine," (FC410) ---------------------------------------
AGES_FLAGGED = [
    ("The four children rescued from the river were named as Mia Cole, eight, Jay Cole, six, and Ava Lee, 11.",
     "four children"),
    ("Authorities identified the five victims as Carla Mendez, 29, her daughter Sofia, three, and her nephew Luis "
     "Ortega, 17.", "five victims"),
    ("The three pupils honoured - Noah Price, seven, Ella Grey, 10, Finn Ward, nine, and Isla Hart, 8 - each won a "
     "book token.", "three pupils"),
    ("Coastguards named the two walkers as Ruth Ames, 62, her grandson Leo, 12, and his friend Sam Boyd, ten.",
     "two walkers"),
]
AGES_CLEAN = [
    "Coastguards named the three walkers as Ruth Ames, 62, her grandson Leo, 12, and his friend Sam Boyd, ten.",
    "The scores were Leeds, three, and Hull, one, after extra time.",
    "The four pupils honoured - Noah Price, seven, Ella Grey, 10, Finn Ward, nine, and Isla Hart, 8 - each won a book "
    "token.",
]


@pytest.mark.parametrize("text", VERSIONS_CLEAN + LAST_ITEM_CLEAN + MODELS_CLEAN + COMPASS_CLEAN + STATE_CLEAN
                         + OBJECTS_CLEAN + AGES_CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", VERSIONS_FLAGGED)
def test_versions_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text,target", LAST_ITEM_FLAGGED + MODELS_FLAGGED + STATE_FLAGGED + OBJECTS_FLAGGED
                         + AGES_FLAGGED)
def test_list_count_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text,target", COMPASS_FLAGGED)
def test_compass_parts_flagged(text, target):
    assert_flagged(text, target, "FC101")
