"""(round 27) A set of people counted once and told again with "All N" under another noun.

"Rescuers reached the four climbers stranded on the ridge. All five men were ..." -- the
second sentence's "All N" takes in the one set of people the sentence before counted, under
a plain noun for people ("men", "women", "people") or under the role the first clause's verb
gave them ("Police arrested six men ... All five suspects"; "charged 14 people ... All 16
defendants").  The existing readings tie "the N" to a count of the same or a synonymous noun
(``restatements.find_definite_restatements``) and "all N" with no noun
(``restatements.find_bare_restatements``); this one crosses the noun.

Silent when the two may be two sets:

* the sentence before counts other people too, or adds to its count ("Three firefighters and
  a resident", "four more");
* "All N" names more than the first count and the first was not told as a whole ("the four
  climbers"): "Two fishermen drowned ... All five men had worn lifejackets" (those who drowned
  are some of the crew);
* "All N men/women" names fewer than a count of people of no sex: some of them may be women;
* a kind of person under a plain noun with no verb tying the kind to the clause ("Forty
  people were on the bus. All 12 children ..."): a sub-group;
* a qualifier, place, year, a comparison or a change around the restatement;
* two digits swapped ("Seventy-four people ... all 47 patients"): the slip finder's (transpositions);
* "All N NOUN" not followed straight by its verb ("All 30 people living there", "All 12 patients taken to
  hospital", "All 30 people there were"): a phrase after the noun may name a wider set (review rv27);
* a verb that gives a role only to some of those who hold it ("rescued 20 people ... All 45 survivors",
  "treated 40 people ... All 12 patients") with a larger "All N": the first is a part.  "questioned" and
  "held" give no role (a witness is questioned too).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .context import quantities, words
from .needs import needs
from .restatements import (
    NEUTRAL, OTHER_SET, SEXED_NOUNS, SUBGROUP, DefiniteRestatement, _additional, _digits_swapped, _part_of_more,
    _personal, agrees, backed, change_role, compares, definite, group_of, new_qualifier, noun_phrase, singular,
    years_differ,
)

# plain nouns for people: they take the kind of the set they restate
_ANYONE_NOUNS = frozenset({"people", "persons", "men", "women", "individuals", "adults"})
# a role given by the verb of the clause that counts a set of people: "arrested six men" -> suspects
_ROLE_VERBS: dict[str, frozenset[str]] = {
    "suspect": frozenset("arrested detained".split()),
    "defendant": frozenset("charged convicted accused tried sentenced jailed prosecuted indicted".split()),
    "accused": frozenset("charged convicted accused tried sentenced jailed prosecuted indicted".split()),
    "hostage": frozenset("kidnapped abducted seized snatched taken".split()),
    "survivor": frozenset("rescued survived saved".split()),
    "patient": frozenset("treated admitted hospitalised hospitalized".split()),
    "victim": frozenset("killed murdered died drowned".split()),
    "evacuee": frozenset("evacuated".split()),
    "protester": frozenset("protested demonstrated marched".split()),
}
# roles whose verb makes every holder: all defendants were charged, all hostages kidnapped, so a larger
# "All N" after the verb's count is the same set told otherwise; a survivor need not have been rescued by
# these rescuers, nor a patient treated by these medics
_ROLES_MADE_BY_THE_VERB = frozenset({"suspect", "defendant", "accused", "hostage", "evacuee"})
# the restatement's own verb right after its noun: "All five men were", "All four suspects remain"
_OWN_VERB = frozenset('''was were is are has have had will would could should may might can also still remain remains
remained deny denied denies face faces faced'''.split())
_ALL_RIGHT_BEFORE = re.compile(r"\ball\s+$", re.I)
# a count joined to more people in its own clause: "Three firefighters and a resident", "plus two others"
_JOINED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|plus|as\s+well\s+as|along\s+with|together\s+with)\s+"
                           r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|his|her|their|its|the|"
                           r"another|other|several|some|many|dozens|[A-Z]|\d)", re.I)
# a phrase after the restatement's noun that may place its people elsewhere: "All 12 people on a second boat"
_PLACE_PHRASE_AFTER = re.compile(r"\s+(?:on|in|at|aboard|from|inside|outside|near|across)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_NO_PLACE = frozenset({"the", "a", "an", "board", "all", "their", "its", "his", "her", "there"})
_WHOLE_DETERMINERS = frozenset({"the", "all", "its", "their", "his", "her"})


def _people_noun(noun: str | None) -> bool:
    """A plural noun for people: "miners", "defendants", "fishermen", "crew"."""
    return bool(noun) and (_personal(noun) or noun.endswith("men") and len(noun) > 4)


def _placed_elsewhere(doc: Document, second: Mention, first: Mention) -> bool:
    """A phrase after the restatement places its people with a word the first's sentence lacks: "All 12 people
    on a second boat" (not "on board")."""
    np = noun_phrase(doc, second)
    s = doc.sentences[second.sentence]
    match = _PLACE_PHRASE_AFTER.match(doc.text, np.span.end if np.span is not None else second.end, s.end)
    if match is None:
        return False
    said = doc.text[doc.sentences[first.sentence].start:doc.sentences[first.sentence].end]
    return any(not backed(w, said) for w in words(match.group(1)) if w not in _NO_PLACE)


def _people_head(doc: Document, m: Mention) -> str | None:
    """The noun for people a count is of: the noun phrase's head ("six men Thursday"), else its first word when
    the phrase reader went on to a word of state ("the four fishermen missing": "missing")."""
    np = noun_phrase(doc, m)
    if not np.adjacent:
        return None
    if _people_noun(np.head):
        return np.head
    return np.modifiers[0] if np.modifiers and _people_noun(np.modifiers[0]) else None


def _told_bare(doc: Document, second: Mention) -> bool:
    """ "All N NOUN" goes straight on to its verb: nothing after the noun narrows or widens the set."""
    np = noun_phrase(doc, second)
    s = doc.sentences[second.sentence]
    after = words(doc.text[np.span.end if np.span is not None else second.end:s.end])[:1]
    return bool(after) and after[0] in _OWN_VERB


def _role_of(role_noun: str) -> str | None:
    """The role a noun for people names, as a key of _ROLE_VERBS ("suspects" -> "suspect")."""
    for key in (singular(role_noun), group_of(role_noun)):
        if key in _ROLE_VERBS:
            return key
    return None


def _tied_role(doc: Document, first: Mention, role_noun: str) -> bool:
    """The verb right before the first count gives its people the role the restatement names ("arrested six
    men" ... "suspects"); a passive after it counts too ("Six men were charged")."""
    role = _role_of(role_noun)
    if role is None:
        return False
    verbs = _ROLE_VERBS[role]
    s = doc.sentences[first.sentence]
    before = words(doc.text[max(s.start, first.start - 30):first.start])[-2:]
    np = noun_phrase(doc, first)
    end = np.span.end if np.span is not None else first.end
    after = words(doc.text[end:min(s.end, end + 30)])[:3]
    passive = after[1:2] if after[:1] in (["were"], ["was"], ["had"], ["have"]) else []
    if after[:2] in (["had", "been"], ["have", "been"]):
        passive = after[2:3]
    return any(w in verbs for w in before + passive)


def _one_set_of_people(doc: Document, first: Mention, counts: list[Mention]) -> bool:
    """The first is the only count of its sentence, of people, adding to nothing and joined to no one else."""
    if sum(1 for m in counts if m.sentence == first.sentence) != 1 or first.is_range or first.value is None:
        return False
    np = noun_phrase(doc, first)
    if _people_head(doc, first) is None or any(w in OTHER_SET or w in SUBGROUP for w in np.modifiers):
        return False
    if _part_of_more(doc, first) or _additional(doc, first):
        return False
    end = np.span.end if np.span is not None else first.end
    return not _JOINED_AFTER.match(doc.text, end, doc.sentences[first.sentence].end)


@needs(Kind.COUNT, count=2, words=("all",))
def find_people_set_restatements(doc: Document):
    """"the four climbers stranded ... All five men", "arrested six men ... All five suspects"."""
    counts = [m for m in quantities(doc, Kind.COUNT) if not doc.sentences[m.sentence].headline]
    for j, second in enumerate(counts):
        if j == 0 or second.hedge or second.is_range or second.value is None or second.value < 2:
            continue
        if not _ALL_RIGHT_BEFORE.search(doc.text, max(0, second.start - 6), second.start):
            continue
        first = counts[j - 1]
        if first.sentence != second.sentence - 1 or (doc.sentences[first.sentence].paragraph
                                                     != doc.sentences[second.sentence].paragraph
                                                     and first.sentence != 0):
            continue
        if not _told_bare(doc, second):
            continue  # "All 12 patients taken to hospital": the phrase may name another set
        np2 = noun_phrase(doc, second)
        if not np2.adjacent or not _people_noun(np2.head) \
                or any(not (w in NEUTRAL or w.endswith(("ed", "en"))) for w in np2.modifiers):
            continue
        if not _one_set_of_people(doc, first, counts):
            continue
        head1, head2 = _people_head(doc, first), np2.head
        plain1, plain2 = head1 in _ANYONE_NOUNS, head2 in _ANYONE_NOUNS
        if plain1 == plain2:
            continue  # one noun for both (the usual readings), or two kinds: "four firefighters ... all five residents"
        if plain1 and not _tied_role(doc, first, head2):
            continue  # "Forty people were on the bus. All 12 children": a kind picked out of them
        if plain1 and second.value > first.value and _role_of(head2) not in _ROLES_MADE_BY_THE_VERB:
            continue  # "rescued 20 people ... All 45 survivors": those rescued here are some of them
        if first.value != second.value:
            if second.value > first.value and (definite(doc, first) or "") not in _WHOLE_DETERMINERS and not plain1:
                continue  # "Two fishermen drowned ... All five men": the first may be some of them
            if second.value < first.value and head2 in SEXED_NOUNS and head1 not in SEXED_NOUNS:
                continue  # "Six nurses ... All four women": the women among them
        if _digits_swapped(first, second):
            continue  # "Seventy-four people ... all 47 patients": the slip finder's (transpositions)
        if any(agrees(m, second) for m in counts[:j]) or years_differ(doc, first, second) \
                or new_qualifier(doc, second, first) or _placed_elsewhere(doc, second, first) or compares(doc, second) or change_role(doc, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="all", first=first, second=second,
                                  subject=(head1 if plain2 else head2) or "people")


FINDERS = (find_people_set_restatements,)
