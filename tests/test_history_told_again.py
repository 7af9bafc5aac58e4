"""History told again: a later report of a background event, in the same word and told without a
time of its own, whose parties agree with it, is that history (hadath.events.merge._history_retold)."""

from __future__ import annotations

from tests.conftest import reported_dyads


def test_history_told_again_in_its_own_word_is_history() -> None:
    # BB-internationalNews-1049-20180906: the hacking of 2016, then the indictment that retells it
    text = (
        "وقد وجهت اتهامات لـ GRU بالقيام بعمليات قرصنة قبل الانتخابات الرئاسية الأمريكية عام 2016. وحددت لجنة"
        " تحقيق خاصة برئاسة روبرت مولر مؤخرا 12 اسما لضباط في الاستخبارات العسكرية الروسية اتهمتهم بالقرصنة"
        " على البريد الإلكتروني للحزب الديموقراطي وتسريب معلومات."
    )
    assert reported_dyads(text, "2018-09-06", "COERCE") == []


def test_a_visit_to_another_state_is_no_retelling_of_an_old_one() -> None:
    # BB-internationalNews-1019-20180830
    text = (
        'وكان ماكرون قد اغتنم زيارة العام الماضي لرومانيا وقال خلالها إن فرنسا "ليست دولة قابلة للإصلاح".'
        ' وأضاف خلال زيارته للعاصمة الفنلندية هلسينكي :"أحب فرنسا والفرنسيين وأحب كل مكوناتها.'
    )
    assert [t for _, t in reported_dyads(text, "2018-08-30", "CONSULT")] == ["FIN"]
