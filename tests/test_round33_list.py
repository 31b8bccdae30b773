"""Round 33 (list): counts against the items told, learnt from a fresh set of list cases written by people who never
saw the code -- each reading tried on five sentences of its own wording (other topics, numbers, distances and word
order), each beside clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# --- "named" / "called" / "dubbed" straight before the names, without "as" ----------------------------------------
CALLED_FLAGGED = [
    ("The zoo's three cubs, named Asha, Tomas, Ravi and Kit, will go on show in April.", "three cubs"),
    ("Two new ferries, called Hebridean Star, Island Spirit and Sound of Jura, enter service next spring.",
     "Two new ferries"),
    ("The four tunnel boring machines, dubbed Agnes, Beryl and Cecily, began work under the city in 2021.",
     "four tunnel boring machines"),
    ("Engineers say the five satellites, named Ardent, Bastion, Corvid, Delphin, Egret and Fable, are healthy.",
     "five satellites"),
    ("Staff at the sanctuary rescued the two foals, named Pip, Bramble and Moss, from a flooded field last week.",
     "two foals"),
]
CALLED_CLEAN = [
    "The zoo's three cubs, named Asha, Tomas and Ravi, will go on show in April.",
    "Two new ferries, called Hebridean Star and Island Spirit, enter service next spring.",
    "The four tunnel boring machines, dubbed Agnes, Beryl, Cecily and Dot, began work under the city in 2021.",
    "The two ships, named after Ann Roe and Cy Fox, were launched on Friday.",
    "The three pubs, named Britain's best by the guide, are all in Yorkshire.",
]

# --- role labels with "the" before them: "the goalkeeper A, defenders B and C, and the striker D" ----------------
ROLE_THE_FLAGGED = [
    ("Rovers have released three players: the goalkeeper Sam Idowu, defenders Luca Ferri and Ben Oduya, and the "
     "winger Tom Platt.", "three players"),
    ("The band's five members - the singer Ava Lind, guitarists Jon Moss and Eli Park, and the drummer Ray Cole - "
     "reunited on Friday.", "five members"),
    ("Two ministers quit on Tuesday: the chancellor Ruth Hale, the home secretary Amir Shah and the deputy premier "
     "Lena Voss.", "Two ministers"),
    ("The panel's four judges, the chef Marco Bell, the critic Ines Roth and the writer Omar Faye, tasted 40 dishes.",
     "four judges"),
    ("Six crew were rescued: the captain Ivan Petrov, engineers Ola Berg and Kai Lund, and the cook Dan Moyo.",
     "Six crew"),
]
ROLE_THE_CLEAN = [
    "Rovers have released four players: the goalkeeper Sam Idowu, defenders Luca Ferri and Ben Oduya, and the winger "
    "Tom Platt.",
    "The band's four members - the singer Ava Lind, guitarists Jon Moss and Eli Park, and the drummer Ray Cole - "
    "reunited on Friday.",
    "Three ministers quit on Tuesday: the chancellor Ruth Hale, the home secretary Amir Shah and the deputy premier "
    "Lena Voss.",
    "Four crew were rescued: the captain Ivan Petrov, engineers Ola Berg and Kai Lund, and the cook Dan Moyo.",
]

# --- a part "of the league's 12 clubs": the whole's owner between "the" and the whole's count --------------------
OWNED_WHOLE_FLAGGED = [
    ("Three of the council's 40 libraries - Ashby, Coalville, Hinckley and Melton - will close in June.", "Three of"),
    ("Two of the region's nine hospitals - Royal Fenmoor, St Aldric's and Westgate - missed the target.", "Two of"),
    ("Four of the squad's 23 players - Ruiz, Okafor and Lindqvist - tested positive on Sunday.", "Four of"),
    ("Only two of the network's 14 lines - the Amber, the Teal and the Violet - ran a full service.", "two of"),
    ("The firm said five of the chain's 120 shops would be sold: Bury, Rochdale, Oldham and Wigan.", "five of"),
]
OWNED_WHOLE_CLEAN = [
    "Three of the council's 40 libraries - Ashby, Coalville and Hinckley - will close in June.",
    "Four of the squad's 23 players - Ruiz, Okafor, Lindqvist and Brandt - tested positive on Sunday.",
    "Two of the region's three hospitals - Royal Fenmoor and Westgate - missed the target.",
    "The firm said five of the chain's 120 shops would be sold: Bury, Rochdale, Oldham, Wigan and Bolton.",
    "Two of the network's 14 lines - the Amber and the Teal - ran a full service.",
    "The 40 libraries - Ashby, Coalville, Hinckley and Melton among them - will close in June.",
]

# --- "They are" taken up from a count that is its sentence's subject, objects after it notwithstanding ---------------
SUBJECT_THEY_FLAGGED = [
    ("Five schools have cancelled lessons because of the heating failures. They are Ashgrove, Beechwood, Cedars and "
     "Dunmore.", "Five schools"),
    ("Three airlines have suspended flights to the islands. They are Skyrise, Aeron, Polar Air and Meridian.",
     "Three airlines"),
    ("The four councils have frozen hiring for the rest of the year. They are Barnet, Enfield and Haringey.",
     "four councils"),
    ("Six bridges across the river carry lorries over the weight limits. They are Kingsway, Eastgate, Millfield, "
     "Riverside and Tollbar.", "Six bridges"),
    ("Two charities have lost grants after the audits. They are Hope Fields, Open Doors and Safe Harbour.",
     "Two charities"),
]
SUBJECT_THEY_CLEAN = [
    "Four schools have cancelled lessons because of the heating failures. They are Ashgrove, Beechwood, Cedars and "
    "Dunmore.",
    "Ministers approved three schemes for the towns. They are Ashby, Burton and Coalville.",
    "Police have charged two men with thefts from farms. They are Ashdale, Brookfield and Corley.",
    "Five airlines and two airports have suspended flights. They are Skyrise, Aeron and Polar Air.",
    "The three teams face their rivals on Saturday. They are Leeds, Hull, York and Derby.",
    "Four councils have written to tenants about the rents. They are Barnet, Enfield and Haringey.",
]

# --- "X is one of five NOUNs. The others are A, B and C.": the one and the others make the count ---------------------
OTHERS_FLAGGED = [
    ("Her second album is one of six records nominated for the prize. The others are Blue Hour, Tin Roof, Maple and "
     "Static Bloom.", "six records"),
    ("Ruiz is one of the four riders who crashed on the final descent. The others were Okafor, Lindqvist, Brandt and "
     "Moss.", "four riders"),
    ("The Old Forge is one of seven pubs in the village facing closure. The others are Plough, Swan, Bell and Crown.",
     "seven pubs"),
    ("Kestrel Park is one of three sites the council has shortlisted for the depot. The others are Mill Lane, Fenwick "
     "Road and Quarry Hill.", "three sites"),
    ("Ashdown was one of nine schools inspected last term. The others were Brook, Castleton, Dale, Elmhurst, Fernlea "
     "and Glebe.", "nine schools"),
]
OTHERS_CLEAN = [
    "Her second album is one of six records nominated for the prize. The others are Blue Hour, Tin Roof, Maple, "
    "Velvet and Static Bloom.",
    "Ruiz is one of the four riders who crashed on the final descent. The others were Okafor, Lindqvist and Brandt.",
    "The Old Forge is one of seven pubs in the village. The others are mostly closed on Mondays.",
    "Kestrel Park is one of three sites on the list. Others, including Mill Lane and Fenwick Road, were dropped.",
    "Ashdown was one of nine schools inspected last term. The others included Brook, Castleton and Dale.",
]

# --- a named work and its maker, one item: "Salt Lines by Ada Moor" -----------------------------------------------
WORK_BY_FLAGGED = [
    ("Four novels are on the shortlist. They are Salt Lines by Ada Moor, The Glass Hour by Rhys Penn and Quiet "
     "Harbour by Lena Voss.", "Four novels"),
    ("The three paintings, Harbour at Dusk by Ivor Hale, Winter Field by Mary Rudd, Two Sisters by Paul Dene and "
     "Orchard by Ann Lowe, were taken in 2019.", "three paintings"),
    ("The orchestra will play five works, Night Ferry by Anna Clyne, Asyla by Thomas Ades and Tabula Rasa by Arvo "
     "Part, on Friday.", "five works"),
    ("Two plays transfer to the West End this spring. They are Low Tide by Kit Amis, Stone Garden by Rui Sato and "
     "Paper Crowns by Jo Finn.", "Two plays"),
    ("Three songs were cut from the album: Ghost Light by Mara Quinn and Hollow by Dev Patel.", "Three songs"),
]
WORK_BY_CLEAN = [
    "Three novels are on the shortlist. They are Salt Lines by Ada Moor, The Glass Hour by Rhys Penn and Quiet "
    "Harbour by Lena Voss.",
    "The two paintings, Harbour at Dusk by Ivor Hale and Winter Field by Mary Rudd, were taken in 2019.",
    "Three plays transfer to the West End this spring. They are Low Tide by Kit Amis, Stone Garden by Rui Sato and "
    "Paper Crowns by Jo Finn.",
]


@pytest.mark.parametrize("text", OTHERS_CLEAN + WORK_BY_CLEAN + CALLED_CLEAN + ROLE_THE_CLEAN + OWNED_WHOLE_CLEAN + SUBJECT_THEY_CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", OTHERS_FLAGGED + WORK_BY_FLAGGED + CALLED_FLAGGED + ROLE_THE_FLAGGED + OWNED_WHOLE_FLAGGED + SUBJECT_THEY_FLAGGED)
def test_list_count_flagged(text, target):
    assert_flagged(text, target, "FC410")
