"""What counts as a part of what: the category logic, as data, in one place.

``civilians`` break down into men, women and children; ISIS fighters and
rebels are not civilians.  Relation finders ask two questions of nouns:
may these parts belong to that whole (``may_contain``), and do these parts
together cover it (``is_partition``)?
"""
from __future__ import annotations

import re

PEOPLE = frozenset(
    """people persons civilians residents victims passengers men women children boys girls adults
    teenagers babies infants pensioners elderly staff workers employees crew members patients migrants
    refugees pupils students voters fans spectators tourists visitors inmates prisoners detainees
    protesters demonstrators runners firefighters officers police soldiers troops fighters rebels
    militants deaths dead killed injured wounded hurt missing casualties survivors evacuees
    commuters travellers travelers riders shoppers customers walkers cyclists swimmers athletes competitors
    entrants participants finishers volunteers tenants applicants claimants drivers motorists pedestrians guests
    callers""".split()
)
# nouns of persons beyond the category data (moved from lists, round 32): members, office holders, roles; a plural
# ending like a doer ("players", "councillors", "musicians") names persons too, unless a firm of a trade
PERSON_NOUNS = frozenset("""members candidates suspects victims defendants nominees couples pairs twins siblings
    friends brothers sisters sons daughters parents families mps councillors senators politicians
    people persons children boys girls men women guests judges chefs cooks pupils students athletes
    hostages patients residents survivors democrats republicans conservatives liberals""".split()) | PEOPLE \
    | frozenset("""executives chiefs bosses delegates envoys diplomats trustees appointees recruits graduates veterans
    captains pilots deputies peers colleagues heirs widows clergy""".split())  # (round 31) office holders: "Two
    # executives: A, chairman and chief executive, and B" (a role between commas describes the name before it)
PERSON_SUFFIX = re.compile(r"(?:ers|ors|ists|ians|men|women|people|children)$")
# round 25: firms named for their trade, which end like people ("retailers", "lenders") but are companies: "Marks and
# Spencer" among them is one name
FIRMS = frozenset("""retailers lenders suppliers insurers publishers broadcasters carriers brewers operators providers
    manufacturers carmakers automakers drugmakers chipmakers housebuilders distributors wholesalers grocers exporters
    importers refiners distillers bottlers processors""".split())
# (round 56) things whose plural ends like a doer's ("beers", "towers", "tractors"): no persons ("four new beers: a
# saison, a rye IPA, ...")
THINGS_IN_ERS = frozenset("""beers ciders lagers papers letters numbers rivers towers containers computers trailers
    tractors motors doors floors sectors factors corridors layers chambers orders centers shelters meters markers burgers
    waters quarters headquarters corners borders chapters registers monitors reactors generators transformers radiators
    elevators escalators scooters helicopters printers boilers heaters filters cylinders barriers clusters posters
    banners stickers folders timers counters lockers ladders mirrors errors sensors tankers freighters cruisers
    destroyers flowers showers powers offers answers matters dinners vouchers waivers""".split())
# nouns of persons that count groups of them, two or more a piece
PERSON_GROUPS = frozenset("couples pairs twins families".split())
# (round 33) nationality adjectives: "The others are French, Dutch and Belgian" tells kinds, two of a kind may share one
NATIONALITIES = frozenset("""american australian austrian belgian brazilian british bulgarian canadian chinese croatian
    czech danish dutch egyptian english estonian finnish french german greek hungarian indian irish israeli italian
    japanese kenyan korean latvian lithuanian mexican nigerian norwegian pakistani polish portuguese romanian russian
    scottish serbian slovak spanish swedish swiss thai turkish ukrainian welsh""".split())


def names_persons(noun: str) -> bool:
    """Does the noun (its last word) count persons: "members", "councillors", "musicians" (not "retailers")?"""
    last = noun.split()[-1].lower()
    return last in PERSON_NOUNS or bool(PERSON_SUFFIX.search(last)) and last not in FIRMS and last not in THINGS_IN_ERS


# (round 26) people of one sex: a list of names may hold both, so "the two men" after three names are some of them
SEXED_PEOPLE = frozenset("men women boys girls males females brothers sisters sons daughters mothers fathers husbands wives"
                         .split())
COMBATANTS = frozenset("soldiers troops fighters rebels militants insurgents combatants jihadists".split())

# whole -> nouns that can name its parts (besides the whole's own noun)
_FARM_ANIMALS = frozenset("""hogs pigs sows sheep ewes lambs rams goats cattle cows steers heifers bulls calves horses
    ponies donkeys alpacas llamas chickens hens poultry ducks geese turkeys rabbits""".split())
HYPONYMS: dict[str, frozenset[str]] = {
    "civilians": frozenset("men women children boys girls adults elderly babies infants teenagers".split()),
    "people": PEOPLE,
    "persons": PEOPLE,
    "victims": frozenset("men women children boys girls adults dead killed injured wounded".split()),
    "casualties": frozenset("dead killed injured wounded deaths injuries".split()),
    "dead": frozenset("men women children boys girls adults civilians soldiers fighters".split()),
    "deaths": frozenset("men women children boys girls adults civilians soldiers fighters".split()),
    "killed": frozenset("men women children boys girls adults civilians soldiers fighters".split()),
    "fatalities": frozenset("men women children boys girls adults civilians".split()),
    "passengers": frozenset("men women children adults crew".split()),
    "medals": frozenset("gold golds silver silvers bronze bronzes".split()),
    "students": frozenset("boys girls men women undergraduates postgraduates".split()),
    "pupils": frozenset("boys girls".split()),
    "children": frozenset("boys girls".split()),
    "staff": frozenset("men women".split()),
    "workers": frozenset("men women".split()),
    "flights": frozenset("arrivals departures".split()),
    "patients": frozenset("inpatients outpatients".split()),
    # (round 45) a show's or a farm's animals by kind: "1,860 animals ...: 720 hogs, 540 sheep, ..."
    "animals": _FARM_ANIMALS,
    "livestock": _FARM_ANIMALS,
    # (round 51) a fleet's or a depot's vehicles by kind: "42 vehicles ...: 25 double-deckers, 11 minibuses and ..."
    "vehicles": frozenset("""cars buses coaches minibuses deckers vans lorries trucks tractors trailers taxis cabs
        motorcycles motorbikes scooters ambulances tankers tippers pickups jeeps suvs""".split())
    | frozenset("trams trains carriages railcars".split()),  # (round 62) a light-rail fleet's "vehicles"
}

# sets of part nouns that cover their whole between them
PARTITIONS = (
    frozenset({"men", "women"}),
    frozenset({"men", "women", "children"}),
    frozenset({"boys", "girls"}),
    frozenset({"adults", "children"}),
    frozenset({"gold", "silver", "bronze"}),
    frozenset({"golds", "silvers", "bronzes"}),
    # (round 44) a university's students, a club's members
    frozenset({"undergraduates", "postgraduates"}),
    frozenset({"adults", "juniors"}),
)

# pairs of qualifiers that split any whole between them ("offshore sites ... onshore turbines")
COMPLEMENTS = (
    ("offshore", "onshore"), ("domestic", "international"), ("domestic", "foreign"), ("public", "private"),
    ("full-time", "part-time"), ("urban", "rural"), ("inbound", "outbound"), ("male", "female"),
    ("indoor", "outdoor"), ("resident", "non-resident"), ("permanent", "temporary"),
    ("arrivals", "departures"), ("incoming", "outgoing"), ("inpatients", "outpatients"), ("imports", "exports"),
    # (round 38) a film's takings: "North American theaters" and "international markets"; "domestic" and "overseas"
    ("american", "international"), ("domestic", "overseas"),
    # (round 49) how a chain holds its outlets or a fleet its ships: "71 are franchised and 45 company-owned"
    ("franchised", "company-owned"), ("franchised", "company-run"), ("owned", "leased"), ("owned", "chartered"),
    # (round 62) a timetable's two seasons: "684,000 travelled on the summer timetable and 538,000 during the winter"
    ("summer", "winter"),
)


# two outcomes that between them settle every case of one whole: "convicted" and "acquitted"
OUTCOMES = (
    ("convicted", "acquitted"), ("passed", "failed"), ("approved", "rejected"), ("accepted", "rejected"),
    ("granted", "refused"), ("upheld", "dismissed"), ("survived", "died"), ("won", "lost"),
)


def outcomes(words_: list[str]) -> bool:
    """Do these words name the two outcomes of one pair, each once?"""
    low = [w.lower() for w in words_]
    return any(low.count(a) == 1 and low.count(b) == 1 for a, b in OUTCOMES)


def complementary(words_: list[str]) -> bool:
    """Do these words name the two halves of one pair, each once?"""
    low = [w.lower() for w in words_]
    return any(low.count(a) == 1 and low.count(b) == 1 for a, b in COMPLEMENTS)


# nouns that name the same things
SYNONYMS = (
    frozenset({"votes", "ballots"}),
    frozenset({"homes", "houses", "dwellings"}),
    frozenset({"jobs", "roles", "posts", "positions"}),  # (round 32) "cut 1,450 jobs ... 800 roles will go in A"
    frozenset({"stores", "shops", "outlets"}),  # (round 46) "to shut a third of its stores" / "140 of its 540 shops"
    frozenset({"containers", "boxes"}),  # (round 59) a port's "412,000 containers ... 238,500 boxes"
    # (round 62) a race's field: "A field of 1,260 athletes ... 742 competitors in the standard race, 486 in ..."
    frozenset({"athletes", "competitors", "entrants", "participants"}),
)

_IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people", "people": "people",
              "men": "men", "women": "women", "children": "children", "police": "police", "staff": "staff",
              "crew": "crew", "elderly": "elderly", "dead": "dead", "injured": "injured", "wounded": "wounded",
              "killed": "killed", "gold": "gold", "silver": "silver", "bronze": "bronze",
              "golds": "gold", "silvers": "silver", "bronzes": "bronze"}  # a plural medal names its kind


_KNOWN = PEOPLE | COMBATANTS | frozenset(HYPONYMS) | frozenset().union(*HYPONYMS.values())


def normalise(noun: str | None) -> str | None:
    """Lower-case plural form: "child" -> "children", "branch" -> "branches"."""
    if not noun:
        return None
    n = noun.lower().strip("'’")
    if n in _IRREGULAR:
        return _IRREGULAR[n]
    if n in _KNOWN:
        return n
    if n.endswith("s"):
        return n
    if n.endswith(("ch", "sh", "x")):
        return n + "es"
    if n.endswith("y") and len(n) > 2 and n[-2] not in "aeiou":
        return n[:-1] + "ies"
    return n + "s"


def known() -> frozenset[str]:
    """Every noun the category data names (people, combatants, wholes and their parts)."""
    return _KNOWN


# (round 29) words naming a group of sources and words naming its members: a share of the group may be told
# beside its members' shares ("Renewables supplied 58%, wind 39% and hydro 12%"), so those shares nest, not add
_RENEWABLE_SOURCES = frozenset("wind solar hydro hydropower hydroelectric biomass bioenergy geothermal tidal".split())
_FOSSIL_SOURCES = frozenset("gas coal oil diesel petrol".split())
SOURCE_GROUPS: dict[str, frozenset[str]] = {
    "renewables": _RENEWABLE_SOURCES, "renewable": _RENEWABLE_SOURCES, "green": _RENEWABLE_SOURCES,
    "low-carbon": _RENEWABLE_SOURCES | {"nuclear"}, "clean": _RENEWABLE_SOURCES | {"nuclear"},
    "fossil": _FOSSIL_SOURCES,
}


def names_group_with_member(words_told) -> bool:
    """(round 29) Do the words name a group of sources and one of its members: the group's share holds the
    member's?"""
    told = set(words_told)
    return any(group in told and members & told for group, members in SOURCE_GROUPS.items())


def may_contain(whole: str | None, part: str | None) -> bool:
    """Can a figure counting ``part`` be a piece of one counting ``whole``?"""
    w, p = normalise(whole), normalise(part)
    if w is None or p is None:
        return True
    if w == p:
        return True
    if w in HYPONYMS:
        return p in HYPONYMS[w]
    return False


def siblings(a: str | None, b: str | None) -> bool:
    """(round 51) Two kinds of one known whole: "buses" and "coaches" are both vehicles."""
    x, y = normalise(a), normalise(b)
    return x is not None and y is not None and any(x in kinds and y in kinds for kinds in HYPONYMS.values())


def is_hyponym(whole: str | None, part: str | None) -> bool:
    """Strictly a sub-category: "men" of "civilians", not "civilians" of "civilians"."""
    w, p = normalise(whole), normalise(part)
    return w is not None and p is not None and w != p and p in HYPONYMS.get(w, ())


def excludes(whole: str | None, part: str | None) -> bool:
    """Does ``part`` plainly name things outside ``whole``?  Fighters are not
    civilians and people are not medals; but staff may be officers and
    paramedics, and children babies, though the data lists neither."""
    w, p = normalise(whole), normalise(part)
    if w not in HYPONYMS or p is None or may_contain(w, p):
        return False
    if p in COMBATANTS:
        return w not in COMBATANTS
    return p in PEOPLE and w not in PEOPLE


def is_partition(nouns) -> bool:
    """Do these part nouns cover their whole between them ("men, women and children")?"""
    normal = frozenset(normalise(n) for n in nouns if n)
    return len(normal) == len([n for n in nouns if n]) and normal in PARTITIONS


def same_thing(a: str | None, b: str | None) -> bool:
    """Do two nouns count the same things ("ballots" and "votes")?"""
    x, y = normalise(a), normalise(b)
    return x is not None and (x == y or any(x in group and y in group for group in SYNONYMS))


# nouns that count kinds: each item of their list, a plural too, names one kind ("two collies" is one breed)
KIND_NOUNS = frozenset("""species breeds varieties kinds types sorts strains subspecies cultivars""".split())


# (round 25) nouns of a class whose members are named by bare lower-case kind words: "two painkillers, tramadol,
# codeine and naproxen,", "three crops, barley, wheat and rapeseed," (not "two cars, cash, cannabis and cocaine,": a
# thing's instances are not named by bare words, so such a list goes on with other things)
CLASS_NOUNS = frozenset("""drugs medicines medications painkillers sedatives antibiotics antidepressants vaccines opioids
    steroids chemicals pesticides herbicides insecticides fungicides fertilisers fertilizers toxins poisons substances
    compounds elements metals minerals gases fuels crops cereals grains flours spices herbs vegetables fruits nuts
    cheeses wines grapes fabrics materials dyes oils languages subjects sports disciplines events instruments
    allergens nutrients vitamins hormones diseases infections viruses pollutants""".split())


def _head_before_of(noun: str | None) -> str:
    """The noun's head: its last word, or the word before "of" ("breeds of dog"); "" for none."""
    ws = (noun or "").lower().split()
    if "of" in ws:
        ws = ws[:ws.index("of")]
    return ws[-1] if ws else ""


def names_bare_kinds(noun: str | None) -> bool:
    """Does the noun of a count take bare kind words as its members ("two drugs, ketamine and morphine")?"""
    head = _head_before_of(noun)
    return head in KIND_NOUNS or head in CLASS_NOUNS


def counts_kinds(noun: str | None) -> bool:
    """The noun of a count counts kinds: "four breeds", "four breeds of dog" (the word before "of")."""
    return _head_before_of(noun) in KIND_NOUNS
