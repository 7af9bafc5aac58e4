"""Parties joined by و to the one a statement accuses (events/statements.py joined_parties): each is
accused too, one record per dyad, as the annotators code it; and those joined to the subject of an
alleged act are accused with it, not accusers. What a speaker says another state's party "bears the
responsibility" for (cues.tsv ``allegation``: تتحمل/يتحمل (كامل) المسؤولية) is its blame of that party."""

from __future__ import annotations

import pytest

from tests.conftest import dyads


def test_pejorative_word_accuses_each_joined_party() -> None:
    # CN-middleEast-884-20180511: Khatami's "shame" on Saudi Arabia, Bahrain and the Emirates
    sentence = (
        "ووجه خاتمي تهديدا للسعودية والإمارات والبحرين التي أعلنت تأييدها لقرار الرئيس الأمريكي دونالد"
        ' ترامب الانسحاب من الاتفاق النووي الإيراني، قائلا: "نقول لمعسكر حماة ترامب في المنطقة، وهي'
        " السعودية والبحرين والإمارات وأمين مجلس دول التعاون الخليجي، إنكم سجلتم عارا على أنفسكم بتعاونكم"
        ' مع الكيان الصهيوني، ونحذركم بأنه إذا وقع واقعة في المنطقة فسيكون زوالكم قبل أمريكا".'
    )
    accused = {target for source, target in dyads(sentence, "2018-05-11", "ACCUSE") if source == "IRN"}
    assert {"SAU", "BHR", "ARE"} <= accused


def test_alleged_act_of_two_subjects_accuses_both() -> None:
    # Adapted from CN-internationalNews-104-20180312 ("قالت تيريزا ماي ... إن موسكو تقف وراء تسميم"),
    # with a second subject joined by و (the wording of BB-middleEast-876-20180811: "إن ... المملكة
    # العربية السعودية، ومعارضين للحكومة ... يقفون وراء التحريض"): both are accused by the speaker, and
    # the second subject accuses no one.
    sentence = (
        "قالت تيريزا ماي، رئيسة الوزراء البريطانية، إن موسكو وحزب الله يقفان وراء تسميم الجاسوس الروسي."
    )
    pairs = dyads(sentence, "2018-03-12", "ACCUSE")
    assert ("GBR", "RUS") in pairs
    assert ("GBR", "LBN") in pairs
    assert ("LBN", "RUS") not in pairs


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # CN-middleEast-921-20180514: the White House blames Hamas for the deaths
        (
            "دبي، الإمارات العربية المتحدة (CNN) --  قال البيت الأبيض إن حماس تتحمل مسؤولية مقتل أكثر من 50"
            " فلسطينيا الاثنين خلال مواجهات مع الجيش الإسرائيلي.",
            "2018-05-14",
            ("USA", "PSE"),
        ),
        # SK-internationalNews-3146-20180906: Britain's security minister blames Putin
        (
            "اعتبر وزير الأمن البريطاني، بين والاس، الخميس أن الرئيس الروسي فلاديمير بوتن يتحمل المسؤولية"
            ' "في النهاية" عن محاولة اغتيال الجاسوس الروسي، سيرغي سكريبال وابنته، في المملكة المتحدة في مارس'
            " الماضي.",
            "2018-09-06",
            ("GBR", "RUS"),
        ),
    ],
)
def test_responsibility_laid_on_another(sentence: str, date: str, pair: tuple[str, str]) -> None:
    assert pair in dyads(sentence, date, "ACCUSE")


def test_own_side_bearing_no_responsibility_is_no_accusation() -> None:
    # SK-middleEast-22-20180222: the Kremlin denies its own responsibility
    sentence = (
        "قال الكرملين، الخميس، إن روسيا وحلفاءها لا يتحملون المسؤولية عن الوضع في الغوطة الشرقية الخاضعة"
        " لسيطرة المعارضة السورية، قرب العاصمة دمشق."
    )
    assert dyads(sentence, "2018-02-22", "ACCUSE") == []
