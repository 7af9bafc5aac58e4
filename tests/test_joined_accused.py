"""Parties joined by و to the one a statement accuses (events/statements.py joined_parties): each is
accused too, one record per dyad, as the annotators code it; and those joined to the subject of an
alleged act are accused with it, not accusers."""

from __future__ import annotations

import hadath
from tests.conftest import dyad


def _accusations(sentence: str, date: str) -> list[tuple[str | None, str | None]]:
    return [dyad(e) for e in hadath.extract(sentence, date=date).events if e.type == "ACCUSE"]


def test_pejorative_word_accuses_each_joined_party() -> None:
    # CN-middleEast-884-20180511: Khatami's "shame" on Saudi Arabia, Bahrain and the Emirates
    sentence = (
        "ووجه خاتمي تهديدا للسعودية والإمارات والبحرين التي أعلنت تأييدها لقرار الرئيس الأمريكي دونالد"
        ' ترامب الانسحاب من الاتفاق النووي الإيراني، قائلا: "نقول لمعسكر حماة ترامب في المنطقة، وهي'
        " السعودية والبحرين والإمارات وأمين مجلس دول التعاون الخليجي، إنكم سجلتم عارا على أنفسكم بتعاونكم"
        ' مع الكيان الصهيوني، ونحذركم بأنه إذا وقع واقعة في المنطقة فسيكون زوالكم قبل أمريكا".'
    )
    accused = {target for source, target in _accusations(sentence, "2018-05-11") if source == "IRN"}
    assert {"SAU", "BHR", "ARE"} <= accused


def test_alleged_act_of_two_subjects_accuses_both() -> None:
    # Adapted from CN-internationalNews-104-20180312 ("قالت تيريزا ماي ... إن موسكو تقف وراء تسميم"),
    # with a second subject joined by و (the wording of BB-middleEast-876-20180811: "إن ... المملكة
    # العربية السعودية، ومعارضين للحكومة ... يقفون وراء التحريض"): both are accused by the speaker, and
    # the second subject accuses no one.
    sentence = (
        "قالت تيريزا ماي، رئيسة الوزراء البريطانية، إن موسكو وحزب الله يقفان وراء تسميم الجاسوس الروسي."
    )
    dyads = _accusations(sentence, "2018-03-12")
    assert ("GBR", "RUS") in dyads
    assert ("GBR", "LBN") in dyads
    assert ("LBN", "RUS") not in dyads
