"""Merging mentions of one occurrence lends no date or party of another occurrence (real corpus text)."""

from __future__ import annotations

import hadath

# FR-internationalNews-861-20180422
MORTAZAVI = (
    "اعتقلت السلطات الإيرانية الأحد سعيد مرتضوي المدع العام السابق لطهران على خلفية اتهامات بارتكاب "
    '"انتهاكات خطيرة" لحقوق الإنسان خلال احتجاجات 2009 المعارضة للحكومة، '
    'وفقا لوكالة "ميزان أونلاين" التابعة للقضاء.'
)

# BB-internationalNews-1019-20180830
MACRON = (
    "وأشاد ماكرون خلال زيارته للعاصمة الدنماركية كوبنهاغن بالنموذج الاقتصادي المختلط الذي تنتهجه الدنمارك "
    "الذي يمزج بين سوق العمل المرنة ومزايا الرعاية.\n"
    "ولم تكن كلمته في الدنمارك هي الأولى التي يغتنم فيها فرصة زيارة خارجية لتسليط الضوء على ما يعتبره مقاومة "
    "لهذه الإصلاحات.\n"
    'وكان ماكرون قد اغتنم زيارة العام الماضي لرومانيا وقال خلالها إن فرنسا "ليست دولة قابلة للإصلاح"، '
    'مضيفا أن "كثيرين حاولوا وأخفقوا، لأن الفرنسيين يكرهون الإصلاحات".\n'
    "وتحدث بعدها بأسابيع في كلمة خلال زيارة لليونان أغضب فيها معارضين عندما قال إنه لن يتنازل عن الأرض لـ "
    '"كسالى".'
)


def test_former_prosecutor_general_is_no_last_year() -> None:
    """ "المدع العام السابق" is a former prosecutor-general, not "the previous year": nothing is 2017."""
    doc = hadath.extract(MORTAZAVI, date="2018-04-22")
    assert doc.events and not any(e.date == "2017" for e in doc.events)


def test_two_visits_to_two_hosts_are_not_read_the_other_way_round() -> None:
    """ "زيارته للعاصمة الدنماركية" and "زيارة لليونان", their visitor unnamed, are two visits: Greece
    is not the visitor of Denmark."""
    doc = hadath.extract(MACRON, date="2018-08-30")
    danish = [e for e in doc.events if e.type == "CONSULT" and e.target and e.target.country == "DNK"]
    assert danish and all(e.source is None or e.source.country != "GRC" for e in danish)
