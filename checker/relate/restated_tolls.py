"""Relations (round 40): the dead counted once, then given as "the death toll" -- FC402.

"Floods have killed 17 people ... the death toll of 19 could rise" tells one count twice: the toll is the number of
the dead the story has just given, under another name.  The restatement finders match a figure to an earlier one by
its noun ("the 19 victims"); a toll has none, so this finder reads the words before it.  Read only when:

* the second figure is a plain count given as the death toll -- "the death toll of 19", "a death toll of 19", "the
  death toll stands at 19", "is 19", "put the death toll at 19", "gave the death toll as 19" -- not reached by a
  change ("rose to 19", "has climbed to", "hit", "reached"), nor an earlier, first, new, latest or revised toll;
* the first is the one count of the dead (killed, died, dead, victims, bodies) in the nearest of the three sentences
  before that holds any, the only such count there, and neither sentence tells of another time or a wider place
  ("initially", "at first", "earlier", "across the region", "nationwide", "in all", "including"), and the toll's
  sentence names no day or time of its own ("put the death toll at 251 on Friday" after "left 240 dead" may be an
  update).

A hedge on either side is kept ("at least 17" holds 19).  When the dead are told as a list by kind ("Four soldiers
and nine civilians were killed"), the toll is their sum (FC101, complete).  The link is read, not stated: a
mismatch is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .context import body_sentences, noun_end
from .needs import holds_any, needs
from .restatements import DefiniteRestatement, concept
from .sums import PartsOfWhole

CUE = "the death toll"

_REACH = 3  # sentences before the toll in which the count of the dead is looked for
# the toll's words right before the count, with no figure between
_TOLL_BEFORE = re.compile(r"\bdeath\s+toll\b(?:\s+(?:from|in|after)\s+[^.;:\d,]{1,40}?)?\s+(?:of|stands\s+at|stood\s+at|is|was|"
                          r"at|as|remains\s+at|remained\s+at)\s+(?:about\s+|some\s+|at\s+least\s+|nearly\s+|almost\s+|"
                          r"more\s+than\s+|over\s+)?$", re.I)
_TOLL_BEFORE_TRIGGER = ("toll",)  # (round 55, speed) what every match of _TOLL_BEFORE holds
# another toll or a toll moved: "rose to", "the earlier toll", "the revised death toll"
_ANOTHER_TOLL = re.compile(r"\b(?:ris\w*|rose|climb\w*|jump\w*|increas\w*|revis\w*|updat\w*|earlier|initial\w*|"
                           r"first|previous\w*|new|latest|official|provisional|final|now|from|had\s+been|"
                           r"would|could\s+reach|expected)\b", re.I)
# another time or a wider place in either sentence
_WIDER = re.compile(r"\b(?:initially|at\s+first|earlier|previously|across|nationwide|overall|in\s+all|in\s+total|"
                    r"altogether|including|combined|elsewhere|wider|so\s+far\s+this\s+year|last\s+year|"
                    r"(?:19|20)\d\d)\b", re.I)
_DEAD = "victim"
_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                  r"morning|afternoon|evening|overnight|hours?|days?|weeks?)\b", re.I)


def _own_time(doc: Document, second: Mention, first: Mention) -> bool:
    """The toll's sentence names a day or time its first count's sentence does not."""
    told = {w.lower() for w in _DAY.findall(doc.sentence_text(second.sentence))}
    return bool(told - {w.lower() for w in _DAY.findall(doc.sentence_text(first.sentence))})


def _toll(doc: Document, m: Mention) -> bool:
    """The count is given as the death toll, plainly (see the module's docstring)."""
    s = doc.sentences[m.sentence]
    lead = doc.text[max(s.start, m.start - 90):m.start]
    told = _TOLL_BEFORE.search(lead)
    return told is not None and m.kind == Kind.COUNT and not m.is_range and not m.compound \
        and not _ANOTHER_TOLL.search(doc.text, s.start, m.start)


def _dead(doc: Document, index: int) -> list[Mention]:
    """The counts of the dead in a sentence: read as victims, or told as killed right after their noun ("eight
    villagers were killed")."""
    return [m for m in doc.mentions_in(index) if m.kind == Kind.COUNT and m.value is not None and not m.is_range
            and not m.compound and (concept(doc, m) == _DEAD or _KILLED_AFTER.match(doc.text, noun_end(m)))]


def _list_of(doc: Document, m: Mention) -> list[Mention]:
    """The count of the dead closes a list of counts of people by kind, told as killed or dead together: "Four
    soldiers and nine civilians were killed" -> [Four, nine] (empty when the count stands alone)."""
    before = [o for o in doc.mentions_in(m.sentence) if o.kind == Kind.COUNT and o.value is not None
              and not o.is_range and not o.compound and o.end <= m.start]
    run = [m]
    for o in reversed(before):
        if not _LIST_JOINT.fullmatch(doc.text, o.end, run[0].start):
            break
        run.insert(0, o)
    return run if len(run) > 1 and _KILLED_AFTER.match(doc.text, noun_end(m)) else []


_LIST_JOINT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)", re.I)
_KILLED_AFTER = re.compile(r"\s+(?:were|had\s+been|have\s+been|was)\s+killed\b|\s+died\b|\s+(?:were|are)\s+(?:among\s+the\s+)?dead\b",
                           re.I)


@needs(Kind.COUNT, words=("toll",))
def find_restated_tolls(doc: Document):
    """The dead counted, then given again as the death toll (see the module's docstring)."""
    text = doc.text
    for s, ms in body_sentences(doc):
        if not holds_any(text[s.start:s.end], _TOLL_BEFORE_TRIGGER):
            continue  # (round 55, speed) no toll told in the sentence: ``_toll`` holds for none of its figures
        for second in ms:
            if second.value is None or not _toll(doc, second):
                continue
            if _WIDER.search(text, s.start, s.end):
                break
            first = None
            listed = None
            for index in range(s.index - 1, max(-1, s.index - 1 - _REACH), -1):
                sentence = doc.sentences[index]
                if sentence.chrome or sentence.headline:
                    break
                dead = _dead(doc, index)
                if dead:
                    if len(dead) == 1 and not _WIDER.search(text, sentence.start, sentence.end):
                        listed = _list_of(doc, dead[0])
                        first = dead[0] if not listed else None
                    break
            if first is not None and not _own_time(doc, second, first):
                yield DefiniteRestatement(link="inferred", cue=CUE, first=first, second=second, subject="dead")
            elif listed and not _own_time(doc, second, listed[-1]):
                # "Four soldiers and nine civilians were killed ... The death toll of 15": the dead listed by kind
                yield PartsOfWhole(link="inferred", cue=CUE, total=second, parts=tuple(listed), complete=True)


FINDERS = (find_restated_tolls,)
