"""Round 13 (restated figures): my own sentences for each shape, each with a flagged twin.

Shapes: the whole a share is taken from ("about 36% of the 114,000 vans") is no restatement of the
part counted before; a headline figure stated again in the lead leaves another sum of the lead alone;
a figure told as another occasion's ("her previous best, a £4,000 prize", "the £800,000 won by ... in
2019", "breaking the club record of £3.1m") restates nothing."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

SHARE_BASES = [
    # (clean: the whole of a share, flagged twin: the same figure restated, target)
    ('Brightway is recalling 41,300 vans over a wiring fault. The recall affects about 36% of the 114,000 '
     'vans it has built since 2022.',
     'Brightway is recalling 41,300 vans over a wiring fault. The 43,100 vans were built between 2022 and '
     '2024.', '43,100'),
    ('Of the 9,200 flights the airline operated in May, 7,400 left on time. A further 380 were cancelled, '
     'about 4% of the 9,580 flights it had scheduled.',
     'Of the 9,200 flights the airline operated in May, 7,400 left on time. The 9,020 flights carried '
     '1.1 million passengers.', '9,020'),
    ('Flood water entered 1,260 homes along the river. That was roughly 8 per cent of the 15,400 homes '
     'in the borough.',
     'Flood water entered 1,260 homes along the river. The 1,620 homes will need new floors.', '1,620'),
    ('The council collected 2,150 tonnes of garden waste and 310 bins were missed. Nearly 3.5 percent of '
     'its 8,900 bins go uncollected each month.',
     'The council collected garden waste from 8,900 bins last month. Its 9,800 bins are emptied weekly.',
     '9,800'),
]


@pytest.mark.parametrize("good, bad, target", SHARE_BASES)
def test_base_of_a_share_is_another_quantity(good, bad, target):
    assert_clean(good)
    assert_flagged(bad, target, "FC402")


HEADLINE_OTHER_SUM = [
    ('Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the '
     'final on Sunday. The title is worth €142,000, nearly double the €71,500 she took home from Rome.',
     'Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the '
     'final on Sunday and took home a prize of €124,000.', '€124,000'),
    ('Hull teenager scoops £25,000 art prize\n\nA 17-year-old from Hull has won the £25,000 top award at '
     'the national art show, and the £5,000 she won for her sketches.',
     'Hull teenager scoops £25,000 art prize\n\nA 17-year-old from Hull has won a £52,000 prize at the '
     'national art show.', '£52,000'),
]


@pytest.mark.parametrize("good, bad, target", HEADLINE_OTHER_SUM)
def test_headline_figure_stated_first_in_lead(good, bad, target):
    assert_clean(good)
    assert_flagged(bad, target, "FC401")


OTHER_OCCASION = [
    ('Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. It was nearly double her previous biggest pay day, the €71,500 she earned in Palermo last July.',
     'Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. It was her biggest pay day, the €71,500 prize for the title.', '€71,500'),
    ('Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. It was nearly double the €71,500 she earned in Palermo last July.',
     'Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. She took home the €71,500 prize.', '€71,500'),
    ('Hull teenager scoops £25,000 prize at art show\n\nA 17-year-old from Hull has won the top award at the '
     'national art show. Her previous best, a £4,000 prize at a regional show, came two years ago.',
     'Hull teenager scoops £25,000 prize at art show\n\nA 17-year-old from Hull has won the top award at the '
     'national art show. She collected a £2,500 prize from the judges on Friday.', '£2,500'),
    ('Couple claim £1.2m lottery jackpot\n\nA couple from Leeds have claimed a £1.2m jackpot. It beats the '
     '£800,000 won by their neighbours in 2019.',
     'Couple claim £1.2m lottery jackpot\n\nA couple from Leeds have claimed a £1.2m jackpot. The £2.1m jackpot '
     'will pay off their mortgage.', '£2.1m'),
    ('Club pays record £4.5m fee for striker\n\nCity have signed striker Tom Hale, breaking the club record of '
     '£3.1m set in 2021.',
     'Club pays record £4.5m fee for striker\n\nCity have signed striker Tom Hale for a club record fee of £5.4m.',
     '£5.4m'),
]


@pytest.mark.parametrize("good, bad, target", OTHER_OCCASION)
def test_another_occasions_figure(good, bad, target):
    assert_clean(good)
    assert_flagged(bad, target, "FC40")
