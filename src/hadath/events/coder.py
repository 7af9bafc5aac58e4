"""Event coding for one sentence: trigger candidates, then roles, status, date, place, casualties,
attribution and a confidence from the acceptance model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from hadath.entities.mentions import possessor
from hadath.events.acceptance import Candidate, acceptance_model
from hadath.events.attachment import NOUN_GOVERNORS, counterpart, pronoun_ending, quantity
from hadath.events.casualties import count_casualties
from hadath.events.merge import BACKGROUND
from hadath.events.relatives import subject_after
from hadath.events.roles import SUBORDINATORS, Roles, assign_roles, speaker_goes_on, state_named_at
from hadath.events.sentence import SentenceAnalysis, Subject, continues_sentence_before
from hadath.events.split_phrases import carried_out_end
from hadath.events.statements import (
    demand_words,
    given_by_particle,
    is_speech,
    joined_parties,
    own_side,
    pejorative_words,
    regrets_loss,
    regretted_party,
    said_by,
    same_statement,
    speech_subject,
    speech_word,
    statement,
    unasserted,
)
from hadath.events.status import TIME_CUES, clause_start, event_status
from hadath.events.timing import (
    dated_as_history,
    later_this_week,
    own_time,
    scheduled,
    starts_period,
    status_time,
    told_in_present,
    weekday_beside,
)
from hadath.lexicon import Match, load_table, phrase_key
from hadath.lexicon.matchers import (
    BLOCKER,
    Cues,
    TriggerTerm,
    cue_words,
    event_types,
    phrase_cues,
    role_defaults,
    second_readings,
    trigger_terms,
    with_article,
)
from hadath.model import Actor, Event, Location, Span
from hadath.resolve.actors import ActorMention, foreign
from hadath.resolve.dates import parse_date
from hadath.resolve.places import PlaceMention, event_place, posts, sentence_place
from hadath.text.normalize import normalize_word
from hadath.text.tokens import (
    CLAUSE_BREAKS,
    COMMAS,
    COMPLEMENTIZERS,
    HARD_BREAKS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SENTENCE_BREAKS,
    Token,
)

# What a speaker goes on to do in the next sentence ("وقال عباس ... . ودعا ..."): verbal acts.
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "AGREE", "REJECT", "THREATEN", "CONCEDE"})
# Events whose noun's possessive pronoun is their agent (see _owned). Not a meeting's or a visit's
# (زيارة ولي العهد لباريس ولقائه بالرئيس: the last actor is the place or the host), nor support's
# (شكر كيم شي لدعمه: the pronoun is as often the speaker's or the subject's of an earlier clause).
_OWNED_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "RETREAT"})
_OWNER_REACH = 4  # words from the possessor to the event noun: its verb, a preposition, a quote
# Events whose target may be named by a place of civilian life (a mosque, a market, a bus).
_LOCAL_TARGET_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
# Words from an event noun to a verb saying what it did ("غارة لطيران التحالف استهدفت").
_DESCRIBED_NOUN_REACH = 4
_TOPIC_SCOPE = 6  # tokens before an event noun a topic word reaches ("زيادة التعاون في المجالات ...")
_MAX_ATTRIBUTION_TOKENS = 6
# "أدان شويغو الهجوم": an event noun at most this many tokens after a condemnation is its object.
_CONDEMNED_REACH = 2
_CONDEMNED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
_HELD_REACH = 4  # words from a seizure or an attack to the aid it held or hit: its subject
# "واصفا استضافة الأكراد بأنه "عداء صريح" لتركيا": how far after a verb of calling or deeming the
# pejorative word that makes it an accusation may come, and what ends the search before then.
_VERDICT_REACH = 12
_VERDICT_STOPS = frozenset(".;؛!؟?")
_QUESTION_MARKS = frozenset("؟?")
# The support and rejection reported after a poll word are respondents' opinions (cues.tsv ``poll``;
# not "ألغى شكري لقاء ... احتجاجا على استطلاع للرأي").
_STANCES = frozenset({"SUPPORT", "REJECT"})
# CAMEO codes of support that stands or was given once: 050 back, 052 defend, 054 recognise, 057 sign.
_STANDING_SUPPORT = frozenset({"050", "052", "054", "057"})
# The state's bodies, which role_defaults.tsv "state" rows keep out of a role (a protest's crowd).
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# Who attacks in words ("هاجم ترامب روسيا", "هاجمت الصحافة الروسية الأمر") and who with arms.
_SPEAKING_SECTORS = frozenset({"GOV", "LEG", "PTY", "MED", "JUD"})
_ARMED_SECTORS = frozenset({"MIL", "UAF", "REB", "CRM", "COP", "SPY"})
# Whom an expulsion verb (طرد، أبعد) expels: a state's envoys (CAMEO 166, SANCTION: "طردت بريطانيا 23
# دبلوماسيا روسيا"), or private persons, who are deported (174, COERCE: "طرد أبوظبي المواطنين القطريين").
_ENVOY_SECTORS = frozenset({"GOV"})
_DEPORTED_SECTORS = frozenset({"CVL", "REF", "LAB", "MED", "EDU", "REL", "BUS", "HLH", "CRM"})
# Who pays a visit that a weak verb (وصل إلى، استضاف) reports: an official, not migrants, fighters,
# a guard or a hotel.
_VISITING_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "MIL", "SPY"})
# What an attack with arms hits (cues.tsv): a base, a building, a town, a mosque, protesters - named
# in the few words after the verb (its subject and object).
_PLACES_HIT = frozenset({"holding", "place_word", "civilian_site", "participant"})
_OBJECT_REACH = 4
_NEGATIONS = frozenset({"لن", "لا", "لم"})  # particles before a present-tense verb
_SIDELINES = "هامش"  # على هامش "on the sidelines of" (normalised)
_VENUE = "venue"  # triggers.tsv mode of a blocker naming a gathering that is no event (كأس العالم)
# triggers.tsv mode of a blocker naming an act no one does here (يدعم الإرهاب alleged, انتهاك العقوبات):
# no event, but a bound of the roles of the trigger before it, as a trigger would be
_MENTION = "mention"
_VENUE_REACH = 2  # tokens from a gathering to its venue ("مؤتمر ميونيخ للأمن بألمانيا")
# Deaths a casualty word counts at or above this are a war's toll, no attack reported ("أوقع النزاع
# ... أكثر من 340 ألف قتيل"); no single attack of 2018 news killed so many.
_WAR_TOLL = 5000
_COUNT_REACH = 2  # words from a count word to the dead it counts ("عدد القتلى"، "عددا من الوفيات")
_MASS_WEAPONS = "unconventional"  # triggers.tsv mode of attacks with chemical and other such weapons


@dataclass(slots=True)
class CodedSentence:
    candidates: list[Candidate]
    subject: Subject | None  # what this sentence leaves for the next one


def code_sentence(text: str, sentence: SentenceAnalysis, published: date | None) -> CodedSentence:
    """Every candidate event of one sentence, in trigger order (the accusations its statements make,
    see hadath.events.statements, last), each with the acceptance model's probability as its
    confidence (the caller keeps those over the type's threshold), and the subject the sentence
    leaves for the next one."""
    tokens, cues = sentence.tokens, sentence.cues
    killed, injured = count_casualties(tokens, cues)
    asks = any(t.norm in _QUESTION_MARKS for t in tokens)
    attribution = _attribution(tokens, cues)
    reported_by = text[tokens[attribution[0]].start : tokens[attribution[-1]].end] if attribution else None
    # A trigger word inside an organisation's name ("تحالف دعم الشرعية"), or an event noun heading
    # one ("لجنة التحقيق الروسية"), reports nothing.
    named = {
        i
        for m in sentence.actors
        for t in m.terms
        if t.kind == "organization" and t.name and m.last - m.first > 1
        for i in range(m.first + 1, m.last)
    }
    headed = {
        m.first: m.last
        for m in sentence.actors
        if m.head.kind == "organization" and m.head.name and m.last - m.first > 1
    }
    cue_at = {m.first: m.value for m in cues}
    poll = next((m.first for m in cues if "poll" in m.value), len(tokens))
    triggers = [
        t
        for t in sentence.triggers
        if t.value.type != BLOCKER
        and not (t.first > poll and t.value.type in _STANCES)
        and not _describes_antecedent(tokens, t)
        and t.first not in named
        and not (t.value.pos == "noun" and headed.get(t.first, -1) >= t.last)
        and not _subject_inside(tokens, t, sentence.actors)
        and not _definite_verb(t)
        and not _counted_participle(tokens, t)
        and not _price(tokens, t)
        and not _student(tokens, t, cue_at)
        and not _province(tokens, t, cue_at, sentence.places)
        and not _known_body(tokens, t)
        # "ووصف الهاشمي العيثاوي بأنه مساعد للبغدادي": calling without a pejorative word accuses no one
        and not (
            "verdict" in cue_at.get(t.first, {})
            and (_pejorative_after(tokens, cues, t) is None or _object_before(tokens, t))
        )
    ]
    triggers = [_as_read(tokens, t) for t in triggers]
    statements = [
        *pejorative_words(tokens, cues, sentence.triggers),
        *demand_words(tokens, cues, sentence.actors),
    ]
    starts = [t.first for t in triggers]
    # The roles of a trigger stop at the next one, or at an act only named ("منع النظام من دعم الإرهاب").
    named_acts = [t.first for t in sentence.triggers if t.value.type == BLOCKER and t.value.mode == _MENTION]
    bounds = starts + named_acts
    verbs = {t.first for t in triggers if t.value.pos == "verb"}
    inside_triggers = {i for t in triggers if t.last - t.first > 1 for i in range(t.first, t.last)}
    # Who a report is credited to is no party to it ("قتل ثمانية مدنيين بحسب المرصد السوري").
    actors = [m for m in sentence.actors if m.first not in inside_triggers and m.first not in attribution]
    model = acceptance_model()
    candidates: list[Candidate] = []
    recalled: list[Candidate] = []  # history (timing.dated_as_history), for merging only
    partners: list[list[Actor | None]] = []  # per candidate: its source's co-subjects
    co_targets: list[list[Actor | None]] = []  # per candidate: its target's co-objects
    # Verbs with a named subject: the words of speech (one finder, statements.speech_subject, for the
    # verbs joined to them by و - "أعلنت بيونغ يانغ ... ودعت الصحافيين" - and for who says what a
    # statement or an allegation says) and, as they are coded, the triggers.
    event_words = {i for t in sentence.triggers if t.value.type != BLOCKER for i in range(t.first, t.last)}
    subjects: list[tuple[Match, Actor]] = [
        (c, actor) for c in cues if is_speech(c) and (actor := speech_subject(tokens, actors, event_words, c))
    ]
    told = {verb.first for verb, _ in subjects}  # the words of speech among them
    described: Match[TriggerTerm] | None = None  # a verb saying what the event noun before it did
    war_told: Match[TriggerTerm] | None = None  # the war a verb of death before it names
    # "انسحاب واشنطن من الاتفاق النووي": each withdrawal from a deal, and the deal it leaves
    withdrawals = {t.first: deal for t in triggers if (deal := _treaty_left(tokens, t, triggers))}
    deals_left = {deal.first for deal in withdrawals.values()}
    for n, trigger in enumerate([*triggers, *statements]):
        term = trigger.value
        following = triggers[n + 1] if n + 1 < len(triggers) else None
        if _light_verb(trigger, following) or trigger is described or trigger is war_told:
            continue  # (a verb describing the noun before it is coded with that noun, below)
        if trigger.first in deals_left:
            continue  # the deal left is no agreement made
        if _named_deal(tokens, trigger):
            continue  # "يتمسك بالاتفاق النووي"، "بموجب اتفاق 2015": a standing deal named, none made
        if _sidelines(tokens, trigger, triggers):
            continue  # "اجتماعاً على هامش اجتماع وزراء الإعلام العرب": the occasion of the meeting told
        if _charged_act(tokens, trigger, triggers, sentence.actors):
            continue  # "تتهمها واشنطن بانتهاك القيود الدولية": what the accusation says
        described = (
            following if following is not None and _describes_noun(tokens, following, trigger) else None
        )
        if _any(tokens, trigger):
            continue  # "سترد على أي هجوم": any attack, none that happened
        begin = clause_start(tokens, trigger.first, at_complementizer=True, quoted_verb=term.pos == "verb")
        others = [s for s in bounds if s != trigger.first]
        cue = cue_at.get(trigger.first) or phrase_cues(term.phrase)
        # The cue, not the trigger row, says verb: قتل is both the verb and its verbal noun.
        casualty_verb = next((kind for kind in ("killed", "injured") if cue.get(kind) == "verb"), None)
        if casualty_verb and _war_dead(trigger, following):
            # "رفات الجنود الأمريكيين الذين قتلوا خلال الحرب الكورية": a war's dead, no attack (nor is
            # the war named as their circumstance news)
            war_told = following
            continue
        passive = casualty_verb == "injured" or cue.get("passive") == "verb"
        roles = assign_roles(
            text,
            tokens,
            actors,
            trigger,
            begin,
            "patient_noun" in cue,
            others,
            casualty_verb,
            passive=passive,
            other_verbs=verbs,
            other_types=[t.first for t in triggers if t.value.type != term.type],
        )
        if described is not None and roles.target is None:
            # "غارات جوية استهدفت ميليشيا الحوثي": what the verb says the event hit is its target.
            roles.target = assign_roles(
                text,
                tokens,
                actors,
                described,
                described.first,
                False,
                others,
                describes_noun=True,
                other_verbs=verbs,
            ).target
        previous_verb = max(
            ((verb, actor) for verb, actor in subjects if verb.last <= trigger.first),
            key=lambda pair: pair[0].first,
            default=None,
        )
        if (
            previous_verb is not None
            # "أصيب", "أدين" are passive in form: the subject of the verb before it is not theirs
            and not passive
            and (
                _coordinated_verb(tokens, trigger, previous_verb[0])
                or speaker_goes_on(tokens, actors, trigger, subjects, told)
            )
            # "وأعلن الناطق باسم وزارة الصحة مقتل أربعة فلسطينيين وجرح نحو 600": who tells of an attack
            # made none
            and not (term.type == "ASSAULT" and previous_verb[0].first in told)
            and (roles.source is None or _between_verbs(tokens, roles.source, previous_verb[0], trigger))
        ):
            # "استدعت تركيا سفيرها ... وطلبت من سفير إسرائيل": the same subject - an actor between
            # the two verbs is the first one's object, not the second one's subject.
            roles.source = previous_verb[1]
        elif roles.source is None and previous_verb is None and _continues(tokens, trigger, sentence.carried):
            roles.source = sentence.carried.actor
        elif roles.source is None and _owned(tokens, trigger, cue):
            # "إن القاهرة "تؤكد على رفضها القاطع", "الرئيس الأمريكي عقب رفضه إدانة روسيا": the
            # pronoun on the event noun is its agent, the last actor named right before it.
            owner = possessor([m for m in actors if trigger.first - _OWNER_REACH <= m.last <= trigger.first])
            if owner is not None and owner.actor is not roles.target and _agrees(tokens, trigger, owner):
                roles.source = owner.actor
        if (
            roles.target is None
            and previous_verb is not None
            and previous_verb[0].first not in told
            and previous_verb[1] is not roles.source
            and _at_request(tokens, trigger)
        ):
            # "ويجتمع مجلس الأمن الدولي ...، بطلب من الولايات المتحدة": who was asked is the one that acts
            roles.target = previous_verb[1]
        joint = _joint_exercise(text, tokens, term, trigger, roles, actors)
        if joint is not None:
            term, roles.target = joint
            trigger = replace(trigger, value=term)
        reading = (
            _verbal_attack(cues, trigger, roles.source, begin)
            or (_treaty_reading(term) if trigger.first in withdrawals else None)
            or _conviction(tokens, sentence.triggers, trigger)
            or _expulsion_reading(tokens, term, roles.target)
            # (a statement's demand is read by statements.py: "يجب على الدبلوماسيين الأمريكيين مغادرة")
            or (_expelling_request(tokens, sentence.triggers, trigger, roles) if n < len(triggers) else None)
        )
        if reading is not None:
            term, trigger = reading, replace(trigger, value=reading)
        if n >= len(triggers):
            said = statement(sentence, actors, subjects, triggers, trigger)
            if said is None or any(
                same_statement(c.event, trigger, said.source, said.target) for c in candidates
            ):
                continue  # (one accusation of a party, one demand, by a speaker in a sentence)
            roles = said
        if _first_person(term):
            # "قالت الخارجية التركية: "ندعو الإدارة الأميركية إلى ..."": "we" is the speaker; the
            # actor after the verb is its object.
            if (
                roles.target is None
                and roles.source is not None
                and roles.source.start > tokens[trigger.first].start
            ):
                roles.target = roles.source
            speaker = (
                previous_verb[1] if previous_verb else sentence.carried.actor if sentence.carried else None
            )
            roles.source = speaker
        if term.cameo == _RECOGNITION and (roles.target is None or roles.target.country is None):
            continue  # "واعترف كوهين بدفع الأموال": admitted, not recognised a state
        if term.type == "REJECT" and _declined_comment(tokens, cues, trigger):
            continue  # "ورفضت الشرطة التعليق", "الذي رفض الكشف عن اسمه": a reporter's formula
        if term.type == "REJECT" and _paired_with_condemnation(tokens, trigger, triggers):
            continue  # "ترفض وتدين الاعتداءات", "إدانتها الشديدة ورفضها": one condemnation (ACCUSE)
        if (
            term.type == "CONCEDE"
            and roles.source is not None
            and regretted_party(sentence, actors, triggers, trigger, roles.source) is not None
        ):
            continue  # "أعرب غوتيريس عن أسفه للقرار الأمريكي": disapproval (a statement's ACCUSE)
        if term.type == "CONCEDE" and regrets_loss(sentence, actors, trigger):
            continue  # "يعرب مجلس الأمن عن غضبه وأسفه لمقتل المدنيين": sympathy, no apology
        if _greeting(trigger, roles.target, actors):
            continue  # "ورحب كيم جونغ أون بحرارة بالوفد الجنوبي": a host greets guests, endorses nothing
        if _purpose(tokens, trigger):
            continue  # "وتقود السعودية تحالفا عسكريا دعما لحكومة هادي": the coalition is background
        # "وحذر بومبيو من أن ..."، "محذرا من ...": a warning of what may come threatens no one - but
        # the foreign party named in its if-clause
        adverb = term.type == "THREATEN" and term.pos == "adverbial" and not term.strong
        warning = "warning" in cue or adverb
        if warning and _unaddressed(tokens, trigger, roles.source, actors):
            warned = _conditioned_party(tokens, cues, trigger, roles.source, actors)
            if warned is None:
                continue  # "حذرت الأرصاد من هطول أمطار"
            roles.target = warned
        if term.mode == "expel" and not term.strong and _armed_actor(roles.target):
            continue  # "بعد طرد داعش من الموصل": fighters driven out by force, no expulsion by decree
        if (
            term.mode in _PERSONAL_MODES
            and roles.source is not None
            and (roles.source.sector == "CVL" or term.mode == "visit" and _travels(term, roles.source))
        ):
            # "ووصل الفتى إلى اليابان", "71645 لاجئا وصلوا إلى اليونان": travel, no diplomatic visit;
            # "وتمكن رجل ثالث كان يجري مكالمة هاتفية": a private call
            continue
        if term.type == "CONSULT" and term.mode is None and any("sport" in m.value for m in cues):
            # "ويلتقي المنتخب المصري نظيره الروسي في المباراة الثانية": a match, no meeting (a visit or a
            # summit in a sentence about a match stays one)
            continue
        if term.mode == "phone" and _call_to_ask(tokens, cue_at, trigger):
            continue  # "ولم يرد البيت الأبيض على مكالمة هاتفية لطلب التوضيح": a reporter's call for comment
        if "allegation" in cue:
            # "قال بومبيو إن إيران تنتهك الاتفاق": what a speaker of the sentence says its subject
            # does is the speaker's accusation of it; said by no one, or of no one, it is no event.
            speech = speech_word(cues, trigger.first)
            speaker = said_by(sentence, subjects, speech) if speech is not None else None
            accused, co_accused = roles.source, roles.partners
            if term.pos == "verb" and (accused is None or accused.start > tokens[trigger.first].start):
                # "قالت ماي إن موسكو تقف وراء تسميم الجاسوس": after إن the accused is the subject
                # before the verb, not what follows it (with those joined to it: "إن السعودية
                # ومعارضين للحكومة يقفون وراء")
                subject = _clause_subject(tokens, cues, actors, trigger)
                accused = subject.actor if subject is not None else None
                co_accused = tuple(m.actor for m in joined_parties(subject, actors, cues)) if subject else ()
            if speaker is None or not _alleged_of(speaker, accused):
                continue
            if "ب" in trigger.prefix:
                continue  # "ادعاءات بريطانيا بتورط روسيا": the charge of another's claim
            roles.source, roles.target = speaker, accused
            roles.partners, roles.co_targets = (), tuple(a for a in co_accused if _alleged_of(speaker, a))
        if "verdict" in cue and not _accused_by_name(tokens, cues, trigger, roles.source, roles.target):
            continue  # "ووصف الهاشمي العيثاوي بأنه مساعد للبغدادي": a description, no accusation
        if term.pos == "verb" and roles.source is not None:
            subjects.append((trigger, roles.source))
        if _proposed_policy(trigger, triggers) and not _offered_to_foreign(tokens, trigger, roles, actors):
            # "اقترحت لوبان تغيير اسم الجبهة الوطنية": a proposal of a policy, no offer to cooperate (its
            # subject, above, still acts in the verbs joined to it)
            continue
        envoy = _envoy(trigger, sentence.actors)
        if envoy is not None and (roles.source is None or roles.source.country != envoy.country):
            roles.target = envoy  # (one's own envoy called home leaves the host as the target)
        elif trigger.first in withdrawals:
            # a deal left is no post ("انسحابها من اتفاقية المناخ الموقعة في باريس"): its state is the target
            roles.target = roles.target or _deal_party(text, tokens, withdrawals[trigger.first])
        elif roles.target is None or (
            roles.source is not None and roles.target.country == roles.source.country
        ):
            # "استدعت تركيا سفيرها لدى تل أبيب": what a state withdraws is its own; the target is
            # the state it leaves
            roles.target = _host(text, tokens, trigger, sentence.places) or roles.target
        # "الشهر المقبل" dates what is set for it ("يزور ... الشهر المقبل"), no other event.
        times = [t for t in sentence.times if not t.to_come or scheduled(tokens, cues, trigger, t, triggers)]
        # The date is the time the event's own clause gives it, else the publication's (filled in by
        # the pipeline); the status reads the same time ("وسيعيد فرض عقوبات على طهران اعتبارا من 8
        # أغسطس"), else the nearest ("سيجتمع الوزراء الاثنين").
        dated = own_time(tokens, trigger, times, triggers)
        time = dated or status_time(tokens, trigger, times)
        when = parse_date(time.value) if time else None
        future = (
            bool(time and time.to_come)
            or bool(when and published and when > published)
            or (
                told_in_present(tokens, trigger)
                and later_this_week(time, published)
                and weekday_beside(trigger, time)
                and scheduled(tokens, cues, trigger, time, triggers)
            )
        )
        is_question = asks and _asked(tokens, trigger)
        status = event_status(tokens, cues, trigger, is_question, future, triggers)
        # "سيطروا على العاصمة صنعاء في أيلول/سبتمبر 2014": history, not news - but coded, for merging
        # to take the article's retellings of it as its own (see merge.BACKGROUND)
        history = status == "occurred" and dated_as_history(
            tokens, cues, trigger, sentence.times, triggers, published
        )
        declared = _declared_withdrawal(tokens, trigger, roles.source, sentence.places, actors)
        if status == "planned" and declared:
            # "أعلن ترامب عن رغبته في سحب قواته": the declaration of a withdrawal is a concession made
            # (PLOVER CONCEDE), the withdrawal itself a plan
            term, status = replace(term, type=_CONCESSION, cameo=_YIELD), "occurred"
            trigger = replace(trigger, value=term)
        if history and starts_period(tokens, trigger):
            continue  # "تصعيدا غير مسبوق منذ بدء الصراع ... تمثل في هجمات": a yardstick, not told again
        if term.type == "ASSAULT" and (
            ("killed" in cue and _toll(tokens, cues, trigger) >= _WAR_TOLL)
            or (
                (killed or 0) >= _WAR_TOLL
                and (
                    "injured" in cue or not term.strong or (term.pos == "noun" and term.mode != _MASS_WEAPONS)
                )
            )
        ):
            # "وقتل أكثر من 9200 شخص ... في الحرب المستمرة منذ ثلاث سنوات": a war's toll, and the
            # injured and the war (a weak word or any noun) told with it ("وقتل أكثر من تسعة آلاف شخص
            # وأصيب عشرات الآلاف في الصراع"، "وأوقعت المعارك ... نحو عشرة آلاف قتيل") are no attack either;
            # but a chemical attack may kill so many at once ("للهجوم الكيميائي ... الذي أوقع نحو 5 آلاف")
            continue
        if term.type == "ASSAULT" and _yearly_dead(cues, trigger):
            continue
        planned = status == "planned"
        if dated and dated.ahead and planned and scheduled(tokens, cues, trigger, dated, triggers):
            dated = replace(dated, value=dated.ahead)  # "سيجتمع الوزراء يوم الاثنين": the next Monday
        arguments = {m.first for m in actors if m.actor is roles.source or m.actor is roles.target}
        # "سفير إيران في النمسا": an envoy's post is no place of an event he takes no part in
        others = [(m.first, m.last) for m in actors if m.first not in arguments]
        excluded = arguments | posts(tokens, sentence.places, others)
        location = event_place(tokens, sentence.places, trigger, triggers, excluded)
        setting = location or sentence_place(
            sentence.places, trigger, excluded | _venues(sentence.places, sentence.triggers, trigger)
        )
        target = _counterpart(tokens, actors, roles.source, roles.target)
        if term.type == "CONSULT" and _interview(tokens, trigger, roles.source, target):
            continue
        if target and term.type in _LOCAL_TARGET_TYPES:
            target = _civilian_site(target, actors, cue_at)
        trigger_span = Span(tokens[trigger.first].start, tokens[trigger.last - 1].end)
        source = _with_default(roles.source, term, "source", trigger_span)
        target = _with_default(target, term, "target", trigger_span)
        source, target = _situate(source, target, setting)
        kind = event_types().get(term.cameo)
        event = Event(
            type=term.type,
            cameo=term.cameo,
            status=status,
            trigger=trigger_span,
            trigger_text=text[trigger_span.start : trigger_span.end],
            sentence=Span(sentence.span.start, sentence.span.end),
            mode=term.mode,
            context=list(term.context),
            quad_class=kind.quad_class if kind else 0,
            goldstein=kind.goldstein if kind else 0.0,
            source=source,
            target=target,
            # the pipeline dates the rest after merging
            date=dated.value if dated else None,
            location=location,
            killed=killed if term.type == "ASSAULT" else None,
            injured=injured if term.type == "ASSAULT" else None,
            reported_by=reported_by,
        )
        topical = _topical(tokens, cue_at, trigger, begin) or _attack_object(tokens, trigger, triggers, begin)
        placed = setting is not None
        candidate = Candidate(
            event, term, tokens, cues, trigger, is_question, time is not None, topical, placed
        )
        if history:
            recalled.append(candidate)
            continue
        candidates.append(candidate)
        partners.append([_situate(p, target, setting)[0] for p in roles.partners])
        co_targets.append([_situate(source, t, setting)[1] for t in roles.co_targets])
    for candidate in candidates:
        candidate.same_type_mentions = sum(1 for c in candidates if c.term.type == candidate.term.type)
        candidate.event.confidence = model.probability(candidate)
    for candidate in recalled:
        # judged as the report of what happened it reads as; kept apart from the sentence's news
        kind = candidate.term.type
        candidate.same_type_mentions = sum(1 for c in candidates + recalled if c.term.type == kind)
        candidate.event.confidence = model.probability(candidate)
        candidate.event.status = BACKGROUND
    _aim_condemnations(candidates)
    coded: list[Candidate] = []
    for candidate, co_sources, co_objects in zip(candidates, partners, co_targets, strict=True):
        # "دعا الاتحاد الأوروبي ولندن إلى ضبط النفس", "اتهمت تركيا إسرائيل والولايات المتحدة": each
        # subject's act on each object is an event, judged as one.
        for i, source in enumerate([candidate.event.source, *co_sources]):
            for j, target in enumerate([candidate.event.target, *co_objects]):
                event = replace(candidate.event, source=source, target=target)
                coded.append(candidate if i == j == 0 else replace(candidate, event=event))
    for candidate in recalled:
        # in the text's order among the news, for merging to meet a retelling after its first telling
        start = candidate.event.trigger.start
        at = next((k for k, c in enumerate(coded) if c.event.trigger.start > start), len(coded))
        coded.insert(at, candidate)
    return CodedSentence(coded, _left_subject(tokens, cues, subjects, sentence.carried))


# A present-tense refusal or demand in a relative clause is a stance its antecedent holds (see
# _describes_antecedent) - unless فيه/فيها within a few tokens after it makes the clause one of time or
# place ("التي يطالب فيها ترامب").
_STANDING_STANCES = frozenset({"REJECT", "REQUEST"})
_OCCASION_PRONOUNS = frozenset({"فيه", "فيها"})
_OCCASION_REACH = 3


def _describes_antecedent(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A one-word verb of standing support or of a past act (backing, defending, recognising,
    signing) right after a relative pronoun describes its antecedent, no news ("القوات الحكومية التي
    يدعمها التحالف"، "الاتفاق الذي أبرم في 2015"); of 30 SUPPORT records after a relative pronoun in
    1,500 articles about 25 were background. Praise, welcome and thanks are reactions, news
    ("النظام السوري الذي رحب بدخول القوات الروسية"), as is a verb of speech ("الذي أعرب عن دعمه").
    So does a present-tense refusal or demand, a standing stance ("المحافظة، التي ترفض أجندة إيران"،
    "للدول التي ترفض قبول المهاجرين"، "مسيرات العودة التي تطالب بتمكين الفلسطينيين"): 14 of 15 such
    corpus records were no event of the article. Not a relative clause of time or place, whose فيه or
    فيها tells an occasion ("المرة الأولى التي يطالب فيها ترامب السعودية بأموال")."""
    term = trigger.value
    if not (
        term.pos == "verb"
        and len(phrase_key(term.phrase)) == 1
        and trigger.first > 0
        and tokens[trigger.first - 1].norm in RELATIVE_PRONOUNS
    ):
        return False
    if term.type in _STANDING_STANCES and term.present_tense:
        after = tokens[trigger.last : trigger.last + _OCCASION_REACH]
        return not any(t.norm in _OCCASION_PRONOUNS for t in after)
    return term.cameo in _STANDING_SUPPORT


def _asked(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A question mark after the trigger asks about it, unless a quote or a colon opens the question
    between them: "شن عمرو أديب هجوما لاذعا على تغطية مراسل ... وسؤال المراسل إن كانت الصواريخ قد
    "عادت لقواعدها؟"" reports an attack in words; the question is the reporter's. A quoted name
    ("هل تحاصر القوات "الغوطة"؟") opens and closes before the mark."""
    quotes = 0
    for token in tokens[trigger.last :]:
        if token.norm in _QUESTION_MARKS:
            return quotes % 2 == 0
        if token.norm == ":":
            return False
        quotes += token.norm in QUOTES
    return False


def _verbal_attack(
    cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm], source: Actor | None, begin: int
) -> TriggerTerm | None:
    """An attack verb's ACCUSE reading (its second row in triggers.tsv) where the attack is made in
    words: by a politician, an official, a judge or the press ("هاجم روحاني الإدارة الأمريكية"), or
    with a word of speech in its clause and no armed subject ("هاجمت إيطاليا تبني برلين موقفا خاطئا،
    محذرة ..."), and nothing in the sentence says arms (see :func:`_armed`)."""
    term = trigger.value
    verbal = second_readings().get(term.phrase)
    if term.type != "ASSAULT" or term.pos != "verb" or verbal is None or verbal.type != "ACCUSE":
        return None
    if any(_armed(c, trigger, begin) for c in cues):
        return None
    sector = source.sector if source is not None and source.text else None
    if sector in _SPEAKING_SECTORS:
        return verbal
    speech = any(
        c.first >= begin and c.first != trigger.first and ("speech" in c.value or "verdict" in c.value)
        for c in cues
    )
    return verbal if speech and sector not in _ARMED_SECTORS else None


_PAIRED_REACH = 2  # adjectives between a refusal or condemnation noun and the other one


def _paired_with_condemnation(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], triggers: Sequence[Match[TriggerTerm]]
) -> bool:
    """A refusal joined by و to a condemnation right before or after it ("بلاده ترفض وتدين"،
    "رفضهم التام واستنكارهم"، "إدانتها الشديدة ورفضها المطلق") is said with it: annotators code
    the pair as the one condemnation."""
    for other in triggers:
        if other.value.type != "ACCUSE":
            continue
        first, second = (trigger, other) if trigger.first < other.first else (other, trigger)
        between = tokens[first.last : second.first]
        # (only a noun takes adjectives between: "رفضت إيران التقرير وأدانت" are two acts)
        qualified = first.value.pos == "noun" and all(t.is_word and t.definite for t in between)
        if second.prefix.startswith("و") and (not between or (len(between) <= _PAIRED_REACH and qualified)):
            return True
    return False


_DECLINED_REACH = 10  # tokens after a refusal its object may stand at ("رفض محامي المشتكية ... التعليق")


def _declined_comment(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]
) -> bool:
    """A refusal whose object is a comment or a name (cues.tsv ``no_comment``) in its clause."""
    end = min(len(tokens), trigger.last + _DECLINED_REACH)
    return any(
        "no_comment" in m.value
        and trigger.last <= m.first < end
        and not any(t.norm in HARD_BREAKS for t in tokens[trigger.last : m.first])
        for m in cues
    )


_WARNING_REACH = 12  # tokens after a warning its "من" may stand at


def _unaddressed(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], source: Actor | None, actors: Sequence[ActorMention]
) -> bool:
    """A warning "of" (من) something with no party but its author between the word and من: it
    warns of what may come and addresses no one ("حذر ماكرون من أن فرنسا لن تقبل"), where
    "حذرت طهران واشنطن من أنها ستندم" names the one it threatens. The author's title after its name
    is the author ("وحذر أنطونيو غوتيريز الأمين العام للأمم المتحدة الخميس من أن العالم يخاطر")."""
    end = min(len(tokens), trigger.last + _WARNING_REACH)
    of = next((i for i in range(trigger.last, end) if tokens[i].norm == "من"), None)
    if of is None or any(t.norm in HARD_BREAKS for t in tokens[trigger.last : of]):
        return False
    named = {m.last for m in actors if m.actor is source and m.head.kind == "person"}
    return not any(
        trigger.last <= m.first < of and m.actor is not source and not _office_of(m, source, named)
        for m in actors
    )


def _office_of(mention: ActorMention, author: Actor | None, named: set[int]) -> bool:
    """A title or office right after the author's name, of no other country, is the author's own
    ("أنطونيو غوتيريز الأمين العام للأمم المتحدة"; not "ترامب الرئيس الإيراني", whom he addresses)."""
    return (
        author is not None
        and mention.first in named
        and mention.head.kind in ("sector", "organization")
        and author.country in (None, mention.actor.country)
    )


_CONDITION_REACH = 12  # tokens after a warning its if-clause may begin at
_CONDITIONED_REACH = 4  # tokens from "if" to the party it names


def _conditioned_party(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
    source: Actor | None,
    actors: Sequence[ActorMention],
) -> Actor | None:
    """The foreign party named in the if-clause of a warning of what may come: the one it threatens
    ("وحذرت شخصيات روسية بارزة من أن روسيا سترد إذا شنت الولايات المتحدة هجوما"; not "حذر ترامب من أن
    سياساته سوف تنقلب إذا فاز الديمقراطيون", a party of the speaker's own country)."""
    if source is None or source.country is None:
        return None
    end = min(len(tokens), trigger.last + _CONDITION_REACH)
    stop = next((i for i in range(trigger.last, end) if tokens[i].norm in SENTENCE_BREAKS), end)
    condition = next((c for c in cues if "conditional" in c.value and trigger.last <= c.first < stop), None)
    if condition is None:
        return None
    named = [m for m in actors if condition.last <= m.first < min(stop + _CONDITIONED_REACH, len(tokens))]
    named = [m for m in named if m.first - condition.last < _CONDITIONED_REACH]
    party = named[0].actor if named else None
    if party is None or party.country is None or party.country == source.country:
        return None
    return party


_PASSIVE_AUXILIARIES = frozenset({"تم", "تمت"})  # "تمت إدانته": the verbal noun after them is passive


def _conviction(
    tokens: Sequence[Token], matches: Sequence[Match[TriggerTerm]], trigger: Match[TriggerTerm]
) -> TriggerTerm | None:
    """A condemnation's SANCTION reading (its second row in triggers.tsv) where it is a court's
    conviction: the convicted as its pronoun and the charge with ب right after ("بعد إدانته بالفساد"،
    "إثر إدانتهم بتهمة التجسس")، not a manner (cues.tsv ``manner``: "إدانتها بأشد العبارات") nor a
    state named after the verb ("أدانت بريطانيا مجموعة إجرامية"); or the convicted as its pronoun
    after the passive تم ("تمت إدانتهم في قضية"، "في حال تمت إدانته": one condemns an act, a
    court convicts a person)."""
    term = trigger.value
    convicted = second_readings().get(term.phrase)
    if term.type != "ACCUSE" or convicted is None or convicted.type != "SANCTION":
        return None
    if _charged(tokens, matches, trigger):
        return convicted
    if trigger.last >= len(tokens) or pronoun_ending(tokens, trigger) is None:
        return None
    if trigger.first > 0 and tokens[trigger.first - 1].norm in _PASSIVE_AUXILIARIES:
        return convicted
    charge = [s for s in tokens[trigger.last].stems if s.prefix.removesuffix("ال") == "ب"]
    return convicted if charge and not any(s.form in cue_words("manner") for s in charge) else None


_CHARGE_REACH = 6  # tokens after a condemnation verb its charge with ب may stand at


def _charged(
    tokens: Sequence[Token], matches: Sequence[Match[TriggerTerm]], trigger: Match[TriggerTerm]
) -> bool:
    """A charge noun (an ACCUSE allege noun of triggers.tsv) with ب, or after a count with ب, a few words
    after the verb: one is convicted of charges, not condemned for them ("وأدانت الولايات المتحدة الدربي
    بخمسة اتهامات"، "أدانت إحدى المحاكم ريوس مونت بتهمة الإبادة الجماعية")."""
    return any(
        trigger.last <= m.first < trigger.last + _CHARGE_REACH
        and m.value.type == "ACCUSE"
        and m.value.mode == "allege"
        and m.value.pos == "noun"
        and (m.prefix.endswith("ب") or quantity(tokens[m.first - 1]) and tokens[m.first - 1].carries("ب"))
        for m in matches
    )


_TREATY_REACH = 6  # tokens after a withdrawal its "من" + agreement may stand at


def _expulsion_reading(
    tokens: Sequence[Token], term: TriggerTerm, target: Actor | None
) -> TriggerTerm | None:
    """An expulsion verb's other reading (its second row in triggers.tsv) where its target calls for
    it: the SANCTION (expel) of envoys, the COERCE (deport) of private persons - not of a place after
    من, which is where they were driven from ("طُرد مئات الآلاف من منازلهم")."""
    other = second_readings().get(term.phrase)
    if term.strong or target is None or other is None or {term.mode, other.mode} != {"expel", "deport"}:
        return None
    first = next((i for i, t in enumerate(tokens) if t.start == target.start), None)
    if first and tokens[first - 1].norm == "من":
        return None
    if target.sector in _ENVOY_SECTORS:
        return other if other.mode == "expel" else None
    if target.sector in _DEPORTED_SECTORS:
        return other if other.mode == "deport" else None
    return None


_CONCESSION, _YIELD = "CONCEDE", "080"  # a declared withdrawal's type and CAMEO code (yield)
_INTENT_REACH = 3  # words from a word of intent to the withdrawal it declares ("رغبته في سحب")


def _declared_withdrawal(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    source: Actor | None,
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> bool:
    """A planned withdrawal of forces from a land that its own state declares: with a word of its
    intent right before it (cues.tsv intent: "أعلن ترامب نيته سحب قوات بلاده"، "رغبته في سحب القوات") or
    in the future of the verb ("ترامب سيسحب القوات الأمريكية خارج سوريا"). Its forces are named (the
    lexicon's strong rows: "سحب قوات") or the land after من ("تعتزم الانسحاب من سوريا"): not a deal
    left ("ستنسحب منه"، "نية قطر الانسحاب من مجلس التعاون"), a product recalled ("ستسحب 323700 سيارة"),
    nor a withdrawal expected, asked or agreed for another ("ويتوقع أن تنسحب")."""
    term = trigger.value
    if term.type != "RETREAT" or term.mode != "withdraw" or "military" not in term.context:
        return False
    if source is None or not source.text or source.country is None:
        return False
    if source.sector is not None and source.sector not in _STATE_SECTORS:
        return False  # (a state named alone, without a sector, is its government)
    land = trigger.last + 1
    from_land = (
        trigger.last < len(tokens)
        and tokens[trigger.last].norm == "من"
        and (
            any(p.first == land for p in places)
            or any(m.first == land and m.head.kind == "country" for m in actors)
        )
    )
    if not term.strong and not from_land:
        return False
    before = tokens[max(0, trigger.first - _INTENT_REACH) : trigger.first]
    intent = cue_words("intent")
    return "س" in trigger.prefix or any(s.form in intent for t in before for s in t.stems)


_PARTNER_REACH = 1  # words from an exercise to its partner's بين or مع ("التدريبات العسكرية الحالية بين")


@cache
def _joint_readings() -> dict[tuple[str, ...], TriggerTerm]:
    """The COOPERATE row of each exercise: the MOBILIZE phrase with one more word, "مشتركة" ("مناورات
    عسكرية" -> "مناورات عسكرية مشتركة"); a phrase listed twice reads as its first row, as the matcher
    reads it."""
    first: dict[tuple[str, ...], TriggerTerm] = {}
    for term in trigger_terms():
        first.setdefault(phrase_key(term.phrase), term)
    joint = {phrase_key(t.phrase) for t in trigger_terms() if t.type == "COOPERATE"}
    readings: dict[tuple[str, ...], TriggerTerm] = {}
    for key in (phrase_key(t.phrase) for t in trigger_terms() if t.type == "MOBILIZE"):
        longer = next((k for k in joint if len(k) == len(key) + 1 and k[: len(key)] == key), None)
        if longer is not None:
            readings[key] = first[longer]
    return readings


def _joint_exercise(
    text: str,
    tokens: Sequence[Token],
    term: TriggerTerm,
    trigger: Match[TriggerTerm],
    roles: Roles,
    actors: Sequence[ActorMention],
) -> tuple[TriggerTerm, Actor] | None:
    """An exercise held with another state, and that state: the joint exercise the lexicon lists as
    COOPERATE (military cooperation, CAMEO 062), not a show of force against it. The partner is
    named right after the exercise (past one adjective): after مع ("أجرت تدريبات عسكرية مع كوريا
    الجنوبية"), second after بين ("التدريبات العسكرية الحالية بين الولايات المتحدة وكوريا الجنوبية"),
    or as a second state's adjective ("المناورات العسكرية الأميركية الكورية الجنوبية") - not "مناورات
    عسكرية قرب الحدود مع أوكرانيا"."""
    joint = _joint_readings().get(phrase_key(term.phrase))
    source, target = roles.source, roles.target
    if joint is None or source is None:
        return None
    near = range(trigger.last, min(len(tokens), trigger.last + _PARTNER_REACH + 1))
    if target is None:
        # the two states' adjectives: one mention, its first term the source's state
        mention = next((m for m in actors if m.actor is source and m.first in near), None)
        if mention is None or mention.head.kind != "country" or mention.head_last >= mention.last:
            return None
        second = next((t.country for t in mention.terms[1:] if t.kind == "country"), None)
        if second is None or second == source.country:
            return None
        start, end = tokens[mention.head_last].start, tokens[mention.last - 1].end
        return joint, Actor(text[start:end], None, second, source.sector, start, end)
    if target.country is None or source.country == target.country:
        return None
    starts = {t.start: i for i, t in enumerate(tokens)}
    at, by = starts.get(target.start), starts.get(source.start)
    if at is None or by is None:
        return None
    if at - 1 in near and tokens[at - 1].norm == "مع":
        return joint, target
    if by - 1 in near and tokens[by - 1].norm == "بين" and at > by:
        return joint, target
    return None


_DEPARTURE_REACH = 8  # tokens after a request its departure may stand at ("طلبت من السفير الكندي مغادرة")


def _expelling_request(
    tokens: Sequence[Token], matches: Sequence[Match[TriggerTerm]], trigger: Match[TriggerTerm], roles: Roles
) -> TriggerTerm | None:
    """A request that a foreign envoy leave (a departure blocker of triggers.tsv, mode expel, in the
    few words after it) is the envoy's expulsion: "وطلبت الثلاثاء من سفير إسرائيل لديها أن يغادر"."""
    source, target = roles.source, roles.target
    if trigger.value.type != "REQUEST" or source is None or target is None:
        return None
    if target.sector not in _ENVOY_SECTORS or target.country in (None, source.country):
        return None
    end = min(len(tokens), trigger.last + _DEPARTURE_REACH)
    for m in matches:
        if m.value.type != BLOCKER or m.value.mode != "expel" or not trigger.last <= m.first < end:
            continue
        if not any(t.norm in SENTENCE_BREAKS for t in tokens[trigger.last : m.first]):
            return replace(trigger.value, type="SANCTION", mode=m.value.mode, cameo=m.value.cameo)
    return None


def _treaty_reading(term: TriggerTerm) -> TriggerTerm | None:
    """A withdrawal's SANCTION reading (its second row in triggers.tsv), which it takes where it is
    from an agreement (see _treaty_left) - as strong as the rows "انسحب من الاتفاق" that cannot
    match with the subject in between."""
    treaty = second_readings().get(term.phrase)
    if term.type != "RETREAT" or treaty is None or treaty.type != "SANCTION":
        return None
    return replace(treaty, strong=True)


def _treaty_left(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], triggers: Sequence[Match[TriggerTerm]]
) -> Match[TriggerTerm] | None:
    """The agreement noun a withdrawal with a SANCTION reading is from ("من الاتفاق" within a few
    words, in its clause): "انسحاب الولايات المتحدة من الاتفاق النووي", "ترامب الذي انسحب في مايو من
    الاتفاق" - the treaty rows cannot match with the subject or a date in between. (A state leaving a
    body is no such reading: in 2018 that is mostly Brexit, a planned exit the news names as a topic.)"""
    if _treaty_reading(trigger.value) is None:
        return None
    end = min(len(tokens), trigger.last + _TREATY_REACH)
    for t in triggers:
        if not trigger.last < t.first <= end or t.value.type != "AGREE" or t.value.pos != "noun":
            continue
        between = tokens[trigger.last : t.first]
        if tokens[t.first - 1].norm == "من" and not any(x.norm in CLAUSE_BREAKS for x in between):
            return t
    return None


_DEAL_NAME_REACH = 4  # tokens after a deal noun the adjective of its state may stand at
# countries.tsv kinds that name a deal's state ("الاتفاق النووي الإيراني")
_DEAL_STATE = frozenset({"adjective"})


def _deal_party(text: str, tokens: Sequence[Token], deal: Match[TriggerTerm]) -> Actor | None:
    """The state a deal left is named for, by its adjective in the few words after the deal noun
    ("انسحاب الولايات المتحدة من الاتفاق النووي الإيراني"، "من الاتفاق حول البرنامج النووي
    الإيراني"): the party the withdrawal acts on where the sentence names none. A word with ب or ل
    starts another phrase ("من اتفاق إيران النووي بالمصالح الأمريكية")."""
    for i in range(deal.last, min(len(tokens), deal.last + _DEAL_NAME_REACH)):
        if tokens[i].norm in CLAUSE_BREAKS or tokens[i].carries("ب") or tokens[i].carries("ل"):
            return None
        if (state := state_named_at(text, tokens, i, _DEAL_STATE)) is not None:
            return state
    return None


_PERSONAL_MODES = frozenset({"visit", "phone"})  # contacts a private person makes as often as an official


def _travels(term: TriggerTerm, source: Actor) -> bool:
    """A weak verb of visiting (وصل إلى، استضاف) done by one who is no official: migrants, fighters, a
    guard. A state named without a sector (تركيا، الرياض) gets its sector later and may visit or host."""
    return (
        not term.strong
        and term.pos == "verb"
        and source.sector is not None
        and source.sector not in _VISITING_SECTORS
    )


def _armed_actor(actor: Actor | None) -> bool:
    return actor is not None and actor.sector in _ARMED_SECTORS


def _armed(cue: Match[Cues], trigger: Match[TriggerTerm], begin: int) -> bool:
    """A cue that makes an attack one with arms: dead or wounded in the sentence, a weapon given by ب
    in the verb's clause ("هاجمت الحكومة السورية دوما بالأسلحة الكيميائية"), or a place or protesters
    in the few words after the verb ("هاجم مقر صحيفة", "هاجموا قرية", "هاجما محتجين")."""
    kinds = cue.value.keys()
    return bool(
        kinds & {"killed", "injured"}
        or ("weapon" in kinds and cue.first >= begin and cue.carries("ب"))
        or (kinds & _PLACES_HIT and trigger.last <= cue.first < trigger.last + _OBJECT_REACH)
    )


def _pejorative_after(tokens: Sequence[Token], cues: Sequence[Match[Cues]], verb: Match) -> int | None:
    """Where the first pejorative word comes in the few tokens after a verb of calling or deeming
    ("واصفة قرار واشنطن بأنه "موقف عدائي"", "اعتبر أردوغان العقوبات الأمريكية "طعنة بالظهر""),
    if one does. Quotes and commas do not end the search, a full stop does. A word with the article
    is a label, not the verdict ("هجوم المتطرفين"), unless ب or ك gives it ("وصفه بالإرهابي")."""
    end = min(len(tokens), verb.last + _VERDICT_REACH)
    stop = next((i for i in range(verb.last, end) if tokens[i].norm in _VERDICT_STOPS), end)
    return min(
        (
            c.first
            for c in cues
            if "pejorative" in c.value
            and verb.last <= c.first < stop
            and not (c.prefix.endswith("ال") and not given_by_particle(tokens, c))
        ),
        default=None,
    )


def _object_before(tokens: Sequence[Token], verb: Match[TriggerTerm]) -> bool:
    """A verb of calling with an object pronoun: what it calls was named before it, out of the
    roles' reach ("منزل غول الذي اعتبرته المعارضة بمثابة تخويف", "إلى ما وصفه بـ"وكر"")."""
    if verb.value.pos != "verb":
        return False
    word = tokens[verb.first].norm[len(verb.prefix) :]
    root = normalize_word(verb.value.phrase)
    return word.startswith(root) and "ه" in word[len(root) :]


def _accused_by_name(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    verb: Match[TriggerTerm],
    source: Actor | None,
    target: Actor | None,
) -> bool:
    """A verb of calling or deeming accuses its object when the object is named before the
    pejorative word after the verb. An actor read in or after the pejorative words ("هذا القرار
    غير المسؤول"، "ادعاء كاذب") is no object, and neither is the speaker named again ("وصف الرئيس
    ترمب بـ"السخيفة" تلك الملاحقات")."""
    pejorative = _pejorative_after(tokens, cues, verb)
    return (
        pejorative is not None
        and target is not None
        and bool(target.text)
        and target.end <= tokens[pejorative].start
        and not (source is not None and source.text and target.text in source.text)
    )


_ALLEGED_SUBJECT_REACH = 15  # words from an إن/أن to the allegation verb its subject is named before


_ASKED_BY = "من"  # "بطلب من"
_UPON = "علي"  # على, normalised: "على طلب من"
_BASED = "بناء"  # "بناء على طلب": at the request of
_DEMAND = "100"  # triggers.tsv طلب: a demand (an appeal or invitation, دعوة, is 020)


def _at_request(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A request noun the act of its clause answers: "بطلب من"، "على طلب من"، "بناء على طلب (من)" (not an
    invitation: "سيزور كوريا الشمالية ... بدعوة من نظيره" is a visit's host, see _host; nor what is
    answered: "لم ترد على طلب الفلبين")."""
    if trigger.value.type != "REQUEST" or trigger.value.cameo != _DEMAND:
        return False
    upon = trigger.first > 0 and tokens[trigger.first - 1].norm == _UPON
    if upon and trigger.first > 1 and tokens[trigger.first - 2].norm == _BASED:
        return True
    return (
        trigger.last < len(tokens)
        and tokens[trigger.last].norm == _ASKED_BY
        and (tokens[trigger.first].carries("ب") or upon)
    )


def _clause_subject(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    actors: Sequence[ActorMention],
    trigger: Match[TriggerTerm],
) -> ActorMention | None:
    """The actor right after the last إن/أن before an allegation verb, with no preposition, as its
    subject past an apposition between commas ("إن اللواء قاسم سليماني، قائد فيلق القدس ...، يقف
    خلف") - not when what is between makes it no assertion ("أن الولايات المتحدة "ستندم" إذا انتهكت")."""
    reach = range(trigger.first - 1, max(-1, trigger.first - 1 - _ALLEGED_SUBJECT_REACH), -1)
    opening = next((i for i in reach if tokens[i].norm in COMPLEMENTIZERS), None)
    if (
        opening is None
        or any(t.norm in SENTENCE_BREAKS for t in tokens[opening : trigger.first])
        or unasserted(tokens, cues, opening, trigger.first)
    ):
        return None
    subject = subject_after(actors, opening)
    if subject is None or subject.last > trigger.first or not subject.actor.text:
        return None
    return subject


def _alleged_of(speaker: Actor, accused: Actor | None) -> bool:
    """What a speaker says a named actor does accuses it, but not the speaker itself nor an organ of
    its own state ("قال بيسكوف إن ... اتهامات واشنطن بأن موسكو تنتهك")."""
    return (
        accused is not None
        and bool(accused.text)
        and accused.text != speaker.text
        and not own_side(speaker, accused)
    )


def _continues(tokens: Sequence[Token], trigger: Match[TriggerTerm], carried: Subject | None) -> bool:
    """A sentence opening with و and a verb of saying or deciding, in the gender of the last
    sentence's subject, with no subject of its own: "ودعا كل دول العالم ..." after "وقال الرئيس
    عباس ...". Not an attack, arrest or ban, whose opening verb is as often a passive ("وقتل")."""
    return (
        carried is not None
        and trigger.value.type in _SPEECH_ACTS
        and continues_sentence_before(tokens, trigger.first, trigger.prefix)
        and trigger.value.pos == "verb"
        and _feminine(tokens[trigger.first]) == carried.feminine
    )


def _owned(tokens: Sequence[Token], trigger: Match[TriggerTerm], cue: Cues) -> bool:
    """An event noun with a possessive pronoun of a type whose possessor acts (رفضها، موافقتها،
    دعوته، انسحابها) - not an accusation, an arrest or an attack, whose possessor is as often the one it
    befalls (اتهامه بالفساد، اعتقالها، اغتياله)."""
    term = trigger.value
    return (
        term.pos == "noun"
        and term.type in _OWNED_TYPES
        and "patient_noun" not in cue
        and pronoun_ending(tokens, trigger) is not None
    )


def _agrees(tokens: Sequence[Token], trigger: Match[TriggerTerm], owner: ActorMention) -> bool:
    """The pronoun agrees with its possessor: not a masculine ه after a noun in ة ("بين من يطالبه
    بالحصول على ضمانات أوروبية": Rouhani is asked, not Europe)."""
    return not (pronoun_ending(tokens, trigger) == "ه" and tokens[owner.first].norm.endswith("ة"))


def _left_subject(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    subjects: Sequence[tuple[Match, Actor]],
    carried: Subject | None,
) -> Subject | None:
    """The subject a sentence leaves for the next: its main clause's last finite verb's, or - when it
    opens with a speech verb and names no subject ("وأضاف أن ...") - the one it was left. Not a verb's
    inside a complement clause: after "وأوضح البيان أن ميليشيات الحوثي تحاصر المنطقة", "كما دعا
    البيان" is still the statement's author's."""
    main = [(verb, actor) for verb, actor in subjects if not _complement(tokens, verb.first)]
    if main:
        verb, actor = max(main, key=lambda pair: pair[0].first)
        return Subject(actor, _feminine(tokens[verb.first]))
    opening = next(
        (
            c
            for c in cues
            if c.value.get("attribution") == "verb" and continues_sentence_before(tokens, c.first, c.prefix)
        ),
        None,
    )
    if opening is not None and carried is not None:
        return carried if _feminine(tokens[opening.first]) == carried.feminine else None
    return None


def _complement(tokens: Sequence[Token], first: int) -> bool:
    """The word at ``first`` is in a clause introduced by إن/أن (which a comma ends: "إن واشنطن لم
    تعد وسيطا، ودعا ...")."""
    begin = clause_start(tokens, first, at_complementizer=True)
    return begin > 0 and tokens[begin - 1].norm in COMPLEMENTIZERS


def _first_person(term: TriggerTerm) -> bool:
    """A verb in the first person of a quote: plural (ندين، نطالب: a present-tense row with ن; after a
    negation, where only the present stands: لن نقبل، لا نقبل) or singular (أدعو، أطالب: a row whose
    plural twin with ن is a verb of its type - not the past أمهل، أطلق، nor أدين "was convicted")."""
    if term.pos != "verb":
        return False
    words = term.phrase.split()
    negated = len(words) > 1 and words[0] in _NEGATIONS
    verb = words[1] if negated else term.phrase
    if verb.startswith("ن"):
        return term.present_tense or negated
    return verb.startswith("أ") and (term.type, "ن" + verb[1:]) in _verb_rows()


@cache
def _verb_rows() -> frozenset[tuple[str, str]]:
    """(type, phrase) of the verb rows of triggers.tsv."""
    return frozenset((row["type"], row["phrase"]) for row in load_table("triggers") if row["pos"] == "verb")


def _feminine(verb: Token) -> bool:
    """A perfect verb's feminine ending ت (استدعت، منعت): its subject is feminine too."""
    return verb.norm.endswith("ت")


def _coordinated_verb(tokens: Sequence[Token], trigger: Match[TriggerTerm], previous: Match) -> bool:
    """A verb joined by و to an earlier verb of the sentence, in the same gender, with no subject of
    its own: "وكانت الحكومة قد استدعت سفيرها ومنعت سفير كندا وفرضت حظرا" - one government acts."""
    if trigger.value.pos != "verb" or trigger.prefix != "و" or previous.prefix.strip("وف"):
        return False  # (a verb's form after ب or ال is its verbal noun: "بالتفاوض")
    # Not past a clause's end, nor into a complement clause ("ذكر دانيش أن شرطيا قتل وأصيب خمسة
    # آخرون") unless a comma closes it ("وقال عباس إن واشنطن لم تعد وسيطا، ودعا ...") and the verb
    # after it goes on in the clause (_joins_clause_verb).
    between = tokens[previous.last : trigger.first]
    complement = any(t.norm in COMPLEMENTIZERS for t in between)
    return (
        _feminine(tokens[trigger.first]) == _feminine(tokens[previous.first])
        and not any(t.norm in HARD_BREAKS for t in between)
        and (
            not complement
            or (
                bool(between)
                and between[-1].norm in COMMAS
                and not _joins_clause_verb(tokens, trigger, previous)
            )
        )
    )


def _joins_clause_verb(tokens: Sequence[Token], trigger: Match[TriggerTerm], previous: Match) -> bool:
    """A present-tense verb past the comma of a complement clause that a past verb opens tells the
    clause's subject, not the speaker: "وأضاف ترمب أن النظام الإيراني يشعل الصراعات ...، ويدعم
    المنظمات الإرهابية" (the regime supports). A speaker told in the present may go on ("يقول ...")."""
    speech = tokens[previous.first].norm[len(previous.prefix) :]
    return trigger.value.present_tense and not speech.startswith(("ي", "ت"))


def _between_verbs(tokens: Sequence[Token], actor: Actor, first: Match, second: Match) -> bool:
    return tokens[first.last - 1].end <= actor.start and actor.end <= tokens[second.first].start


def _envoy(trigger: Match[TriggerTerm], actors: Sequence[ActorMention]) -> Actor | None:
    """ "استدعت السفير الجزائري", "طرد سفير الجمهورية الجزائرية": the envoy a summons or an expulsion
    names inside its phrase is its target, in the envoy's state (not the host after لدى)."""
    term = trigger.value
    if "diplomatic" not in term.context or term.mode not in ("disapprove", "expel"):
        return None
    return next(
        (m.actor for m in actors if trigger.first <= m.first < trigger.last < m.last and m.actor.country),
        None,
    )


# Tokens from a withdrawal to the state it leaves: the envoy word or the forces, a subject, في/من ...
_HOST_REACH = 6


def _host(
    text: str, tokens: Sequence[Token], trigger: Match[TriggerTerm], places: Sequence[PlaceMention]
) -> Actor | None:
    """The state a withdrawal leaves is its target: the one an envoy is called home from
    ("استدعت تركيا وجنوب أفريقيا سفيريهما في إسرائيل"، "سفيرها لدى تل أبيب"), or the state or town
    forces pull out of ("وانسحبت إسرائيل من لبنان في 2000")."""
    term = trigger.value
    if term.mode != "withdraw" or not {"diplomatic", "military"} & set(term.context):
        return None
    military = "military" in term.context
    host = next(
        (
            p
            for p in places
            if trigger.last <= p.first < trigger.last + _HOST_REACH
            and (
                tokens[p.first - 1].norm == "من"
                if military
                else p.introduced or tokens[p.first - 1].norm == "لدي"
            )
            and p.location.country
            and not any(t.norm in CLAUSE_BREAKS for t in tokens[trigger.last : p.first])
        ),
        None,
    )
    if host is None:
        return None
    where = host.location
    return Actor(text[where.start : where.end], where.name, where.country, "GOV", where.start, where.end)


def _as_read(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> Match[TriggerTerm]:
    """A trigger in the part of speech its word has: a verbal noun with a past-tense ending is the
    verb ("وقصفت طائرات التحالف مواقع الحوثيين": قصف + ت, "قصفوا"), its subject and object found as
    a verb's; a verb with the article is its verbal noun ("نسبة عالية من الرفض", "القتل")."""
    term = trigger.value
    if term.pos == "verb" and (with_article(trigger) or _governed_noun(tokens, trigger)):
        return replace(trigger, value=replace(term, pos="noun"))
    if term.pos != "noun":
        return trigger
    word = tokens[trigger.first].norm[len(trigger.prefix) :]
    stem = normalize_word(term.phrase.split()[0])
    if word not in (stem + "ت", stem + "وا"):
        return trigger
    return replace(trigger, value=replace(term, pos="verb"))


def _governed_noun(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A verb's bare form with a possessive pronoun right after a preposition is its verbal noun:
    "أعرب جوزيف عون عبر تويتر عن رفضه محاولات إسرائيل" (his refusal)."""
    return (
        trigger.first > 0
        and tokens[trigger.first - 1].norm in NOUN_GOVERNORS
        and pronoun_ending(tokens, trigger) is not None
    )


# CAMEO 054, diplomatic recognition (اعترف، اعتراف): of a state, a capital or a government - a
# recognition of nothing with a country is an admission.
_RECOGNITION = "054"
# What may stand between a meeting word and the outlet it is held "with": "في حوار خاص مع بي بي سي".
_INTERVIEW_WORDS = frozenset(
    normalize_word(w) for w in ("مع", "خاص", "خاصة", "سابق", "حصري", "صحفي", "هاتفي")
)


def _interview(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], source: Actor | None, target: Actor | None
) -> bool:
    """A talk, meeting or call "with" a newspaper, channel or agency is an interview, no consultation:
    "قالت نويرت في لقاء خاص مع سكاي نيوز عربية"، "في اتصال هاتفي مع وكالة الأنباء الفرنسية" (not a
    visit or a summit, whose outlet is as often a misread party)."""
    if target is None or target.sector != "MED" or trigger.value.mode in ("visit", "multilateral"):
        return False
    if source is not None and source.sector == "MED":
        # a counterpart read from a journalist took his sector: "مؤتمر صحفي بعد محادثات مع نظيره"
        return False
    between = [t for t in tokens[trigger.last :] if t.end <= target.start]
    if not between or len(between) > 3:
        return False
    words = {t.norm for t in between}  # (tokens are normalised)
    return "مع" in words and words <= _INTERVIEW_WORDS


def _counted_participle(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """An accusative participle after a number is the noun it counts: "75 متهما", "عشرين متهما" are
    defendants, not "..., accusing"."""
    return trigger.value.pos == "adverbial" and trigger.first > 0 and quantity(tokens[trigger.first - 1])


def _price(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A trigger right after مقابل "in exchange for" (a noun there, whatever its row says: رفع) is
    what a deal gives or asks in return, no event ("وافقت إيران على الحد من برنامجها النووي في
    مقابل رفع العقوبات"; not في المقابل "in turn")."""
    return trigger.first > 0 and tokens[trigger.first - 1].norm == "مقابل"


_NUCLEAR = normalize_word("النووي")


def _named_deal(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """The bare agreement noun naming a deal already in force: الاتفاق النووي (in 2018 news the 2015
    Iran deal, whoever backs, opposes, keeps or discusses it: "المعارض للاتفاق النووي مع طهران"، "ملتزمة
    باستمرار تنفيذ الاتفاق النووي") or a deal named by its year ("اتفاق 2015"). A verb of making one
    (توصل إلى، وقع) is its own row, starting before the noun, and stays."""
    if trigger.value.type != "AGREE" or trigger.value.pos != "noun" or trigger.last - trigger.first != 1:
        return False
    if trigger.last >= len(tokens):
        return False
    after = tokens[trigger.last].norm
    return (tokens[trigger.first].definite and after == _NUCLEAR) or (len(after) == 4 and after.isdigit())


_PROPOSALS = frozenset(normalize_word(w) for w in ("اقترح", "اقتراح"))
_PROPOSAL_REACH = 4  # words from a proposal to the event it offers ("اقترح على الحكومة البريطانية فتح")
# What a proposal offers to do with the party it is made to: meet, talk, work together, release, withdraw.
_OFFERED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


def _proposed_policy(trigger: Match[TriggerTerm], triggers: Sequence[Match[TriggerTerm]]) -> bool:
    """A proposal (اقترح، اقتراح) is an offer to cooperate (AGREE) only when what it proposes, a few
    words on, is a cooperative event: a meeting ("اقترح ترامب أن تعقد القمة"), talks, a joint inquiry, a
    release ("اقترح مادورو الإفراج عن المعارضين"). A proposal of a measure, a law, a name or a penalty
    ("اقترحت بريطانيا وفرنسا وألمانيا عقوبات جديدة"، "اقترحت حركة خمس نجوم ... اسم جوزيبي كونتي") offers
    the addressee nothing: no event (the dev annotators code none, or the measure's own type)."""
    if trigger.value.type != "AGREE" or normalize_word(trigger.value.phrase) not in _PROPOSALS:
        return False
    return not any(
        trigger.last <= t.first <= trigger.last + _PROPOSAL_REACH and t.value.type in _OFFERED_TYPES
        for t in triggers
    )


_ON = normalize_word("على")


def _offered_to_foreign(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], roles: Roles, actors: Sequence[ActorMention]
) -> bool:
    """A proposal made to another state or body, named after على, is an offer to it whatever it proposes
    ("اقترحت على واشنطن إخراج المقاتلين الأكراد من منبج"، "اقترح على الحكومة البريطانية فتح تحقيق مشترك")."""
    source, target = roles.source, roles.target
    if source is None or target is None or target.country is None or target.country == source.country:
        return False
    mention = _mention_of(target, actors)
    return (
        mention is not None
        and trigger.last <= mention.first <= trigger.last + _PROPOSAL_REACH
        and tokens[mention.first - 1].norm == _ON
    )


_WELCOMES = frozenset(normalize_word(w) for w in ("رحب", "يرحب", "نرحب", "ترحب", "ترحيب"))
_PUBLIC = frozenset({"CVL", "REF"})  # civilians and refugees: whom a state lets in, not guests


_IN_SUPPORT_OF = normalize_word("دعما")
# Words from a giving verb (cues.tsv) to its object دعما (a subject between: "يتلقى مرشح المحكمة دعما").
_TAKER_REACH = 5


def _purpose(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """دعما "in support of" after an act is the act's purpose, no support of its own: the act is coded
    ("انطلق بعضها لتنفيذ غارات جوية دعما للقوات الحكومية"), and the coalition line of wire copy is
    background ("وتقود السعودية تحالفا عسكريا دعما لحكومة هادي") - unless a verb of giving, asking or
    receiving in its clause a few words before takes it as its object."""
    if trigger.value.pos != "adverbial" or all(s.form != _IN_SUPPORT_OF for s in tokens[trigger.first].stems):
        return False
    for token in reversed(tokens[max(0, trigger.first - _TAKER_REACH) : trigger.first]):
        if token.norm in CLAUSE_BREAKS and token.norm not in QUOTES:  # 'سيقدم "دعما خارجيا"'
            return True
        if any(s.form in cue_words("giving") for s in token.stems):
            return False
    return True


def _greeting(trigger: Match[TriggerTerm], target: Actor | None, actors: Sequence[ActorMention]) -> bool:
    """A welcome whose object, after its ب, is a person or a delegation, not what they did: a host
    greeting guests ("رحب العاملون في المقهى بالرئيسة التايوانية"، "رحب كيم جونغ أون بحرارة بالوفد
    الجنوبي"), no endorsement, which welcomes an act (رحبت إسرائيل بقرار الرئيس الأميركي). Welcoming
    civilians - pilgrims, refugees - is a policy and stays ("ترحيبها بالمواطنين القطريين")."""
    if target is None or target.sector in _PUBLIC or normalize_word(trigger.value.phrase) not in _WELCOMES:
        return False
    mention = _mention_of(target, actors)
    return (
        mention is not None
        and mention.first >= trigger.last
        and mention.prefix.lstrip("وف").startswith("ب")
        and mention.head.kind in ("person", "sector")
    )


_STUDENT = normalize_word("طالب")
_DEMAND_REACH = 16  # words after طالب "demanded" in which its complement comes
# "طالب ... أن"، "طالب ... من العاهل السعودي"، "طالب فيه وزير المالية الأمريكية الصين ... إلى"
_DEMAND_WORDS = frozenset(normalize_word(w) for w in ("أن", "من", "إلى"))
# Words a clause opens with, before the verb طالب: "كما طالب"، "في حين طالب"، "ما طالب به"
_OPENERS = (
    frozenset(normalize_word(w) for w in ("كما", "حين", "ما", "قد", "لقد", "كان", "ثم", "إن"))
    | SUBORDINATORS
    | RELATIVE_PRONOUNS
    | COMPLEMENTIZERS
)


def _student(tokens: Sequence[Token], trigger: Match[TriggerTerm], cue_at: dict[int, Cues]) -> bool:
    """طالب "demanded" opens its clause and takes what it asks for with ب, ل, أن, من or إلى ("طالب
    الأمين العام للأمم المتحدة، أنطونيو غوتيريس، الأحد، كافة المجموعات ... بالكف"). Counted, or
    right after a verb or a noun, and with none of these after it, it is the noun "student": "نادى
    طالب ماكرون قائلا"، "تمكن ضابط شرطة من إيقاف طالب سابق"، "20 ألف طالب"."""
    if trigger.last - trigger.first != 1 or normalize_word(trigger.value.phrase) != _STUDENT:
        return False
    before = tokens[trigger.first - 1] if trigger.first > 0 else None
    if trigger.prefix or before is None or not before.is_word:
        return False
    if not quantity(before) and (
        before.norm in _OPENERS or any(c in cue_at.get(trigger.first - 1, {}) for c in TIME_CUES)
    ):
        return False
    after = [t for t in tokens[trigger.last :] if t.is_word][:_DEMAND_REACH]
    return not any(t.norm in _DEMAND_WORDS or t.norm.startswith("ب") or t.carries("ل") for t in after)


def _call_to_ask(tokens: Sequence[Token], cue_at: dict[int, Cues], trigger: Match[TriggerTerm]) -> bool:
    """A call whose purpose, after ل right after it or after the one it reaches with ب, is a request
    or a comment (cues.tsv appeal, no_comment) asks for something and consults no one: a reporter's
    "على اتصال هاتفي للتعليق"، "مكالمة هاتفية لطلب التوضيح", a kidnapper's "الاتصال بعائلاتهم لطلب
    فديات"."""
    at = trigger.last
    if at < len(tokens) and "ب" in tokens[at].prefix and at + 1 < len(tokens):
        at += 1
    cue = cue_at.get(at)
    asked = cue is not None and ("appeal" in cue or "no_comment" in cue)
    return asked and tokens[at].carries("ل")


def _known_body(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A commission named by its inquiry with the article, "لجنة التحقيق", is a body already known:
    "وأعلنت رئيسة لجنة التحقيق النيابية"، "بالتعاون مع لجنة التحقيق الدولية"، "خلصت لجنة التحقيق" - its
    report or work is the event, if any. One set up to inquire has none: "تشكيل لجنة تحقيق دولية"،
    "وشكلت الحكومة لجنة للتحقيق في الجريمة"."""
    last = tokens[trigger.last - 1]
    return (
        trigger.value.mode == "investigate"
        and trigger.value.pos == "noun"
        and trigger.last - trigger.first > 1
        and last.norm.startswith("ال")
        and not trigger.value.phrase.split()[-1].startswith("ال")
    )


def _province(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    cue_at: dict[int, Cues],
    places: Sequence[PlaceMention],
) -> bool:
    """A trigger that is also a place word (مقاطعة "boycott" or "province") right before the name of
    a city or region, or counted, is the place word: "في دائرة ماسينا بمقاطعة سيغو" (Mali), "حالة
    الطوارئ في أكثر من 20 مقاطعة"، "في 15 مقاطعة" (a boycott is not counted). Before a country it is the
    boycott of it ("مقاطعة قطر"). So is one a few words after a place word, before a name with no
    article - a town placed in its province: "بمدينة سالزبري بمقاطعة ويلتشير"، "مدينة سونغ يوان
    بمقاطعة جيلين" (not one inside a place's name: "الولايات المتحدة مقاطعة مؤتمر"). So is one before a name
    the gazetteer lacks that a direction places: "إلى مقاطعة هاكارى جنوبي شرقي تركيا"، "من مقاطعة هاتاي
    الجنوبية الشرقية"، "ومقاطعة ساكسوني-إنهالت الشمالية" (not "مقاطعة كوريا الجنوبية", a country)."""
    return "place_word" in cue_at.get(trigger.first, {}) and (
        any(p.first == trigger.last and p.kind in ("city", "region") for p in places)
        or (trigger.first > 0 and quantity(tokens[trigger.first - 1]))
        or (
            trigger.last < len(tokens)
            and not tokens[trigger.last].norm.startswith("ال")
            and any(
                "place_word" in cue_at.get(i, {}) and not any(p.first <= i < p.last for p in places)
                for i in range(max(0, trigger.first - _TOWN), trigger.first)
            )
        )
        or _placed_name(tokens, trigger, cue_at, places)
    )


def _placed_name(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    cue_at: dict[int, Cues],
    places: Sequence[PlaceMention],
) -> bool:
    """A name of up to _NAME tokens with no article and no country in it, then a direction word:
    "جنوبي" or, agreeing with the definite name, "الجنوبية"."""
    countries = {i for p in places if p.kind == "country" for i in range(p.first, p.last)}
    for k in range(trigger.last, min(len(tokens), trigger.last + _NAME + 1)):
        cue = cue_at.get(k, {})
        if k > trigger.last and ("compass" in cue or "compass_adjective" in cue):
            return True
        word = tokens[k]
        if k in countries or word.norm.startswith("ال") or not (word.is_word or word.norm == "-"):
            return False
    return False


_TOWN = 3  # words from a town's place word to its province's: "بلدة بلارديل بمقاطعة بولاكان"
_NAME = 3  # tokens of a province's name: "مقاطعة ساكسوني-إنهالت الشمالية" (a hyphen is one)


_ANY = frozenset({"اي", "اية"})  # أي، أية "any" (normalised)


def _any(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """A trigger right after أي "any" (or لأي، بأي) names no event that happened but any one of its
    kind - denied, feared, conditional or generic: "سترد على أي هجوم"، "لم تقدم أي طلب رسمي"، "لن
    تحصل على أي تخفيف للعقوبات"، "لمواجهة أي تظاهرات محتملة". It stays a trigger (its noun is
    no actor of another event) but is coded as no event."""
    if trigger.first == 0:
        return False
    word = tokens[trigger.first - 1].norm
    return word in _ANY or (word[:1] in "وفلب" and word[1:] in _ANY)


def _definite_verb(trigger: Match[TriggerTerm]) -> bool:
    """A form III verb (فاعل) with the article is an active participle of another verb: "البيان
    الصادر" is issued, not confiscated (صادر); a present tense with it is a noun ("مكتوفة اليدين" "with
    folded hands", not يدين "condemns"). Other verbs with the article are their verbal nouns (القتل،
    التظاهر) and stay."""
    verb = normalize_word(trigger.value.phrase)
    if trigger.value.pos != "verb" or not trigger.prefix.endswith("ال"):
        return False
    return (len(verb) == 4 and verb[1] == "ا") or verb.startswith("ي")


def _subject_inside(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], actors: Sequence[ActorMention]
) -> bool:
    """ "نشرت القوات الإسرائيلية تعزيزات", "أرسلت قوات الشرعية تعزيزات": a deployment verb in the
    feminine (its subject follows) whose phrase noun ("نشر قوات") heads a longer actor is the verb and
    its subject - the reinforcements are what was deployed, by those forces."""
    if trigger.value.type != "MOBILIZE" or trigger.value.pos != "verb" or trigger.prefix.strip("وف"):
        return False
    if not _feminine(tokens[trigger.first]):
        return False
    begin = clause_start(tokens, trigger.first, at_complementizer=True)
    if any(begin <= m.first and m.last <= trigger.first for m in actors):
        return False  # a subject before the verb: the forces after it are what it deploys
    return any(trigger.first < m.first < trigger.last < m.last and m.head.kind == "sector" for m in actors)


def _aim_condemnations(candidates: Sequence[Candidate]) -> None:
    """ "وأدان شويغو الهجوم الإرهابي": a condemnation whose object is an event is aimed at whoever
    did it (the attack's source, named or not). Done once the model has scored the candidates, so
    it never changes which events are kept."""
    for candidate in candidates:
        if candidate.term.type != "ACCUSE" or candidate.event.target is not None:
            continue
        object_first = _after_subject(candidate)
        past_asides = _past_asides(candidate, object_first)
        condemned = next(
            (
                c
                for c in candidates
                if c.term.pos == "noun" and 0 <= c.trigger.first - past_asides <= _CONDEMNED_REACH
            ),
            None,
        )
        if condemned is None or condemned.term.type not in _CONDEMNED_TYPES:
            continue
        doer = condemned.event.source
        # An unnamed doer is the target where the event noun follows the verb or its subject right
        # away ("وأدان سيرغي شويغو الهجوم الإرهابي"); further on, the article may name the condemned
        # party ("نددت السلطة الفلسطينية بـ"مجزرة""). Past a time or a manner only a named doer is
        # ("ودانت الولايات المتحدة بشدة الهجوم، معتبرة أن روسيا تتحمل بعض المسؤولية").
        near = object_first == candidate.trigger.last or condemned.trigger.first == object_first
        if doer is not None and (doer.text or near):
            candidate.event.target = doer


def _after_subject(candidate: Candidate) -> int:
    """The first token after a verb and the subject right after it, if any ("أدانت وزارة الخارجية
    الكويتية هجوم الحوثيين": the object comes after the ministry)."""
    tokens, after = candidate.tokens, candidate.trigger.last
    source = candidate.event.source
    if source is None or not source.text or after >= len(tokens) or tokens[after].start != source.start:
        return after
    while after < len(tokens) and tokens[after].end <= source.end:
        after += 1
    return after


def _past_asides(candidate: Candidate, after: int) -> int:
    """The first token from ``after`` on past a time and a manner set before the object, with their
    quotes and commas ("وأدان الاتحاد الأوروبي الخميس "بشدة" الهجمات"، "بأشد العبارات": a manner word
    with ب and the manner words after it); ``after`` itself where none stands there."""
    tokens, cues = candidate.tokens, candidate.cues
    times = {i for m in cues if any(c in m.value for c in TIME_CUES) for i in range(m.first, m.last)}
    manner = {m.first for m in cues if "manner" in m.value}
    in_manner, aside, i = False, False, after
    while i < len(tokens):
        token = tokens[i]
        in_manner = i in manner and (in_manner or token.norm.lstrip("و").startswith("ب"))
        if not (in_manner or i in times or token.norm in QUOTES or token.norm in COMMAS):
            break
        aside = aside or in_manner or i in times
        i += 1
    return i if aside else after


def _with_default(actor: Actor | None, term: TriggerTerm, role: str, trigger: Span) -> Actor | None:
    """Fill a role the sentence leaves open from role_defaults.tsv: an absent actor (by the
    trigger's mode first: an air strike's unnamed striker is a military), or a country named
    without a sector."""
    defaults = role_defaults()
    if actor is None:
        sector = defaults.get((term.type, role, f"absent:{term.mode}")) or defaults.get(
            (term.type, role, "absent")
        )
        return Actor("", None, None, sector, trigger.start, trigger.start) if sector else None
    if actor.country and not actor.sector:
        sector = defaults.get((term.type, role, "no_sector"))
        return replace(actor, sector=sector) if sector else actor
    return actor


def without_state_bodies(event: Event) -> None:
    """A state body (GOV MIL COP JUD SPY LEG) in a role annotators never give one (role_defaults.tsv
    ``state`` rows: a protest's crowd - "لاحتواء الاحتجاجات" after "أعلنت الحكومة العراقية") is read
    as absent, with that row's sector. Applied after acceptance, whose features see the sector the
    sentence gives (a government's "protest" is seldom one)."""
    for role in ("source", "target"):
        actor = getattr(event, role)
        sector = role_defaults().get((event.type, role, "state"))
        if sector and actor is not None and actor.sector in _STATE_SECTORS:
            setattr(event, role, Actor("", None, None, sector, event.trigger.start, event.trigger.start))


def _toll(tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> int:
    """The deaths a casualty trigger itself counts (0 when none): the count of a sentence with its other
    words of death left out, unless it is the count of the injured ("130 فلسطينيا قتلوا وأصيب 15 ألفا")."""
    own = [m for m in cues if m.first == trigger.first or "killed" not in m.value]
    killed, injured = count_casualties(tokens, own)
    return killed if killed is not None and killed != injured else 0


def _yearly_dead(cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> bool:
    """An attack noun at or after a count of the dead, in a sentence that counts them over a year, is
    that statistic, no attack ("وكان عدد القتلى العام الماضي هو الأقل خلال عقد كامل، وبلغ العدد 82
    صحفيا قتيلا"، "وشهد العام الجاري عددا من الوفيات في عمليات إطلاق النار"); a killing told before
    the count ("أدى الهجوم إلى مقتل 5 ليرتفع عدد القتلى هذا العام") and any verb are news."""
    if trigger.value.pos != "noun":
        return False
    counted = any(
        c.value.get("statistic") == "count"
        and c.first <= trigger.first
        and any(
            "killed" in d.value or d.value.get("statistic") == "dead"
            for d in cues
            if c.last <= d.first <= c.last + _COUNT_REACH
        )
        for c in cues
    )
    return counted and any(_year_span(cues, c) for c in cues)


def _year_span(cues: Sequence[Match[Cues]], cue: Match[Cues]) -> bool:
    """A year past or in course ("العام الماضي"، "السنة الجارية"، "العام الحالي") or every year ("سنويا")."""
    if cue.value.get("statistic") == "annual":
        return True
    if cue.value.get("period") != "year":
        return False
    following = next((c.value for c in cues if c.first == cue.last), {})
    return following.get("direction") == "past" or following.get("statistic") == "current"


_WARS = frozenset({"حرب", "صراع"})  # triggers.tsv phrases of a war as a whole


def _war_dead(trigger: Match[TriggerTerm], following: Match[TriggerTerm] | None) -> bool:
    """A verb of death or injury with a war right after it, or after one preposition, counts the
    war's dead, no attack: "رفات جنود أمريكيين قتلوا في الحرب الكورية"، "وقتل في الحرب اليمنية 10
    آلاف شخص"، "آلاف الأطفال قتلوا في حرب ليست من صنعهم" (11 ASSAULT records of the corpus, all a
    war's toll or its remains)."""
    return following is not None and following.value.phrase in _WARS and following.first - trigger.last <= 1


def _light_verb(trigger: Match[TriggerTerm], following: Match[TriggerTerm] | None) -> bool:
    """ "شن هجوما", "عقد اجتماعا": a verb right before an event noun of its own type only carries
    that noun - not a verb read as a whole phrase split by its subject ("نزل المتظاهرون إلى
    الشوارع"), nor one of another type, whose object the noun is ("رفضت الاستسلام")."""
    return (
        trigger.value.pos == "verb"
        and " " not in trigger.value.phrase
        and following is not None
        and following.value.pos == "noun"
        and following.first == trigger.last
        and following.value.type == trigger.value.type
    )


def _describes_noun(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], previous: Match[TriggerTerm] | None
) -> bool:
    """ "شنت مقاتلات التحالف غارات جوية استهدفت ميليشيا الحوثي", "بغارة لطيران التحالف استهدفت
    مواقع الحوثيين", "الغارة استهدفت عربة": a verb a few words after an event noun of its type, in
    the same clause, says what that event did - the noun is its subject, not a clause of its own."""
    return (
        trigger.value.pos == "verb"
        and previous is not None
        and previous.value.pos == "noun"
        and previous.value.type == trigger.value.type
        and trigger.first - previous.last <= _DESCRIBED_NOUN_REACH
        and not trigger.prefix.startswith(("و", "ف"))  # "غارات ... وقتلت": a clause of its own
        and all(
            t.is_word and t.norm not in COMPLEMENTIZERS and t.norm not in SUBORDINATORS
            for t in tokens[previous.last : trigger.first]
        )
    )


def _attack_object(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], triggers: Sequence[Match[TriggerTerm]], begin: int
) -> bool:
    """Reinforcements or a build-up after an attack in its clause are what it hit ("غارات استهدفت
    مواقع وتجمعات وتعزيزات للميليشيات"), not a mobilisation; aid a few words after a seizure or an
    attack is what was held or hit ("احتجاز الحوثيين قوافل المساعدات"), no giving, and the seizer no
    giver: like a topic, no occurrence."""
    if trigger.value.pos != "noun":
        return False
    if trigger.value.type == "MOBILIZE":
        return any(t.value.type == "ASSAULT" and begin <= t.first < trigger.first for t in triggers)
    previous = max((t for t in triggers if t.last <= trigger.first), key=lambda t: t.first, default=None)
    if trigger.value.type != "AID" or previous is None or not begin <= previous.first:
        return False
    # An attack verb with words between ("قوات مجهولة هاجمت سفينة مساعدات"); not an attack noun
    # ("النازحين من معارك محافظة الحديدة مساعدات"), nor a verb whose subject the aid is ("استهدفت
    # المساعدات المواطنين": aimed at).
    attacked = previous.value.type == "ASSAULT" and previous.value.pos == "verb"
    held_from = carried_out_end(tokens, previous)  # "يقوم الحوثيون باحتجاز 19 سفينة تحمل مساعدات"
    return (
        (previous.value.type == "COERCE" or attacked and trigger.first > held_from)
        and trigger.first - held_from <= _HELD_REACH
        and all(t.is_word for t in tokens[held_from : trigger.first])
    )


def _topical(
    tokens: Sequence[Token], cue_at: dict[int, Cues], trigger: Match[TriggerTerm], begin: int
) -> bool:
    """An event noun under a topic word ("سبل تعزيز التعاون") names a subject, not an occurrence."""
    if trigger.value.pos != "noun":
        return False
    return any(
        "topic" in cue_at.get(i, {}) for i in range(max(begin, trigger.first - _TOPIC_SCOPE), trigger.first)
    )


def _mention_of(actor: Actor | None, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention the roles took ``actor`` from (none for a role filled from a default)."""
    return next((m for m in mentions if m.actor is actor), None)


def _civilian_site(target: Actor, actors: Sequence[ActorMention], cue_at: dict[int, Cues]) -> Actor:
    """An attack on a mosque, a market or a bus is an attack on civilians."""
    mention = _mention_of(target, actors)
    if mention and any("civilian_site" in cue_at.get(i, {}) for i in range(mention.first, mention.last)):
        return replace(target, sector="CVL")
    return target


def _situate(
    source: Actor | None, target: Actor | None, location: Location | None
) -> tuple[Actor | None, Actor | None]:
    """Actors named without a country ("الشرطة", "رجل", "رئيس الجمهورية") belong to the country
    where the event happens, unless called foreign. Not to the other party's: a sniper's victim is
    not his compatriot, and an arrest or a protest left unplaced takes the article's home country
    later."""
    where = location.country if location else None

    def situated(actor: Actor | None) -> Actor | None:
        if actor is None or actor.country or not where or foreign(actor):
            return actor
        return replace(actor, country=where)

    return situated(source), situated(target)


def _sidelines(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], triggers: Sequence[Match[TriggerTerm]]
) -> bool:
    """A gathering after على هامش that another meeting of the sentence was held on the sidelines of
    ("محادثات مع نظيره الكوري الشمالي على هامش لقاء لآسيان"): the occasion, whose parties are not
    that meeting's (one sentence's meetings merge into one)."""
    return (
        trigger.value.type == "CONSULT"
        and trigger.first > 0
        and tokens[trigger.first - 1].norm == _SIDELINES
        and any(t.value.type == "CONSULT" and t.last <= trigger.first for t in triggers)
    )


_CHARGED_REACH = 10  # tokens between an accusation and the ب of the act it charges: the accused, a time aside
# the types an accusation's charge still reports (see _charged_act)
_TOLD_WHEN_CHARGED = frozenset({"ACCUSE", "ASSAULT", "PROTEST"})


def _charged_act(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
    actors: Sequence[ActorMention],
) -> bool:
    """An act an accusation (an ACCUSE allege row: اتهم، متهما، اتهامات، بزعم) charges a party with, by
    the first ب after it, on the act or the verbal noun it is the genitive of ("تتهمها واشنطن بانتهاك
    القيود الدولية"، "اتهامات إلى 12 ضابطاً في المخابرات الروسية باختراق شبكات كمبيوتر"، "اتهم الأسقف
    البابا بأنه تجاهل"): the accusation's content, not an event of its own. Not an attack or a protest:
    the alleged striker is the attack's source ("اتهم النظام السوري إسرائيل بقصف قاعدة التيفور",
    roles.py), and who is charged with protesting protested ("وجهت الاتهام لـ 575 شخصا بالتظاهر")."""
    if trigger.value.type in _TOLD_WHEN_CHARGED:
        return False
    charge = trigger.first
    if not trigger.carries("ب"):
        charge -= 1
        while charge > 0 and tokens[charge].norm in QUOTES:
            charge -= 1  # a quoted act: بـ"..."
        if charge < 0 or not tokens[charge].carries("ب") or tokens[charge].norm in cue_words("cause"):
            return False  # بسبب carries ب but gives a cause ("دعوى ... ضد الإدارة العامة للمرور بسبب رفضها")
        if any(m.first <= charge < m.last for m in actors):
            return False  # "اتُهم بريطانيان يقاتلان": a name spelled with ب
    accusation = max(
        (t for t in triggers if t.value.type == "ACCUSE" and t.value.mode == "allege" and t.last <= charge),
        key=lambda t: t.first,
        default=None,
    )
    if accusation is None or charge - accusation.last > _CHARGED_REACH:
        return False
    between = tokens[accusation.last : charge]
    return not any(t.norm in SENTENCE_BREAKS or t.carries("ب") for t in between) and not any(
        accusation.last <= t.first < charge for t in triggers
    )


def _venues(
    places: Sequence[PlaceMention], triggers: Sequence[Match[TriggerTerm]], trigger: Match[TriggerTerm]
) -> set[int]:
    """The places (their first tokens) right after another gathering of the sentence - a meeting, a
    visit, a conference or a tournament ("مؤتمر ميونيخ للأمن بألمانيا", "كأس العالم في روسيا"): a
    venue, where the actors named without a country of other events need not belong (Özil is no
    Russian)."""
    gatherings = [
        t
        for t in triggers
        if t.first != trigger.first
        and (t.value.mode == _VENUE or t.value.type == "CONSULT" and t.value.pos == "noun")
    ]
    return {p.first for p in places for g in gatherings if g.last <= p.first <= g.last + _VENUE_REACH}


def _counterpart(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], source: Actor | None, target: Actor | None
) -> Actor | None:
    """ "التقى وزير الدفاع المصري بنظيره الروسي": a counterpart holds the source's office, whether
    the lexicon reads نظير as the phrase's title or the word before it."""
    mention = _mention_of(target, mentions)
    if target is None or source is None or mention is None or not source.sector:
        return target
    titled = counterpart(tokens[mention.first])
    after = not target.sector and mention.first > 0 and counterpart(tokens[mention.first - 1])
    return replace(target, sector=source.sector) if titled or after else target


def _attribution(tokens: Sequence[Token], cues: Sequence[Match[Cues]]) -> range:
    """The tokens naming a report's source: "وفق بيان الرئاسة المصرية" -> "بيان الرئاسة المصرية"
    (empty when the sentence credits no one)."""
    for match in cues:
        if match.value.get("attribution") != "prefix":
            continue
        end = match.last
        while (
            end < len(tokens)
            and end - match.last < _MAX_ATTRIBUTION_TOKENS
            and tokens[end].norm not in CLAUSE_BREAKS
        ):
            end += 1
        if end > match.last:
            return range(match.last, end)
    return range(0)
