"""Names known by what is said around them: "Lauren called", "ask Maria", "Ayşe'ye söyle".

The gazetteer rules of ``names.py`` need a name's spelling in a list, or a full name, or an honorific.
A lone first name, or a name from a country our lists do not cover ("Arja Joensuu"), is found
here by its syntax instead:

- a verb that takes a person as subject right after it ("called", "says", "aradı", "söyledi");
- a verb or preposition that takes a person right before it ("ask", "tell", "thanks", "meeting with");
- coordination with a name found otherwise ("Annika and Stig Due", "Evrim ile Ayşe");
- in Turkish, an apostrophe suffix on a word from the name lists ("Fulya'ya", "Demir'in"):
  Turkish marks proper nouns that way, so the list only has to say it is a name, not a place;
- a sign-off before it, across a comma or a line break ("Regards,\nLauren", "hilsen Ola");
- a subject with a place or office after it and a person verb a few words on ("Lauren from the
  York office rang");
- alone in brackets right after a number ("call 0532 ... (Ayşe)").

An unlisted word with a cue is strong when the character model (``name_model.py``) finds it
name-like (``LIKELY``), and dropped when the model finds it clearly a word (``UNLIKELY``).

A capitalised word that no cue speaks for is weighed by ``context_score``: the lists, the model,
its position in the sentence, its neighbours and suffixes, and spaCy's place reading, added up
against a threshold ("we still owe Ingeborg the deposit", "Gülnihal'e dosyayı gönderdim").

A capitalised word with such a cue is a name when it is in the name lists (strong) or when the cue
is one that only a person takes and spaCy did not read it as a place (weak, still above the
policy threshold). Capitalised common words ("Support", "Card") are filtered by ``names.nameish``
and by the language's stop words; a sentence-initial word needs a cue after it, not before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from guard.pii import names as n
from guard.pii.name_model import name_probability
from guard.pii.turkish_compounds import AGENT_ENDINGS, possessive_stem
from guard.pii.word_classes import word_classes

# Verbs after a subject that is a person (past and present forms people write in chats). Auxiliaries
# ("is", "will", "can") are left out: "Omega can", "Paris is" say nothing about a person.
_PERSON_VERBS_AFTER = n.word_set(
    """
    called phoned rang said says asked asks wrote writes emailed texted told tells wants
    wanted needs needed thinks thought replied confirmed agreed complained mentioned explained
    promised signed visited paid sent forwarded approved rejected reported noticed wonders wondered
    pinged messaged booked brought joined left knows knew feels felt hopes hoped emails texts
    calls rings wrote asked decided prefers suggested suggests wants wishes reckons believes
    sagt sagte rief schrieb fragt fragte dit veut demande appelle écrit
    """
)
# Adverbs that may stand between a subject and its verb ("Jules just pinged me").
_ADVERBS = n.word_set("just also already still never really actually finally only always usually")
# Turkish is verb-final: the verb may come a few words after the subject ("Bergin bu sabah aradı").
# Compared unfolded, so that "iş" (work) is not read as "is".
_TR_PERSON_VERBS = frozenset(
    n.word_set("""
    aradı arıyor aramış dedi diyor demiş söyledi söylüyor yazdı yazmış istiyor istedi sordu soruyor
    geldi gelecek gitti ödedi gönderdi bildirdi onayladı kaybetti anlattı gidecek gelmeyecek gelmiyor
    döndü dönüyor dönecek hazırladı katıldı konuştu görüştü bekliyor biliyor düşünüyor yönetecek
    ilgileniyor izinli izinde yaptı yapacak sorar sorabilir söyler söyleyebilir iletir
    iletebilir hatırlatır
    gönderecek inceleyecek hazırlayacak arayacak yazacak bakacak girecek katılacak konuşacak
    ilgilenecek halledecek soracak iletecek bildirecek onaylayacak imzalayacak devralacak
    """)
)
# Beyond the list, a clause-final verb in an active, finite third-person form: past ("bıraktı",
# "yapmadı"), reported past ("eklemiş"), future ("gelemeyecek") or present ("inceliyor"). Turkish
# marks these by suffix, so the form says "someone did" whatever the verb. Passives ("gönderildi",
# "alındı", "ertelendi": -Il, -In or a vowel and -n before the tense) have a thing as subject and are
# left out (with the few active stems that end so: "kazandı", "uyandı"), and so are the nouns and
# adverbs that end like a past tense. The past is -tI only after a voiceless consonant ("bıraktı"):
# after a vowel, "-tı" is a noun's possessive ("aidatı", "hizmeti"). "yok", "var" and "değil" with a
# tense say that a thing is there or not ("eczanede yokmuş"). Short words are checked by the lists
# only, with the light verbs of compound verbs ("kontrol etti", "şahit oldu", "teslim aldı").
_TR_FINITE_ACTIVE = re.compile(
    r"^[a-zçğıöşü]{3,}?"
    r"(?:(?<![ıiuü][ln])(?<![aeıioöuü]n)(?:(?<=[çfhkpsşt])t[ıiuü]|(?<![çfhkpsşt])d[ıiuü]|m[ıiuü]ş|y?[ae]c[ae]k)"
    r"|(?<=[ıiuü])(?<!n[ıiuü])(?<![ıiuü]l[ıiuü])yor)$"
)
_TR_LIGHT_VERBS = n.word_set(
    """
    etti etmiş edecek ediyor etmedi etmeyecek oldu olmuş olacak yaptı yapmış yapıyor verdi vermiş
    verecek aldı almış alacak attı atmış
    """
)
_TR_NOT_VERBS = n.word_set(
    """
    şimdi kendi kendisi ciddi maddi haydi hadi idi artı adı tadı kadı cadı katı çatı batı yatı hattı
    kredi kodu ordu kutu ütü örtü parti garanti vakti nakti ödemeli yedi sekizdi gerçekti kesinti
    sıkıntı ayrıntı belki birlikte hepsi üstü altı yüzdü kaçıncı süreci gelecek yiyecek içecek giyecek
    """
)
_TR_NOT_VERB_PARTS = re.compile(r"^(?:yok|var|değil)|üstü$")
_MIN_MORPH_LENGTH = 6
_LISTED_TR_VERBS = _TR_PERSON_VERBS | _TR_LIGHT_VERBS


def turkish_active_form(word: str) -> bool:
    """Whether a lower-case word has the suffix of an active, finite third-person verb form."""
    return (
        len(word) >= _MIN_MORPH_LENGTH
        and word not in _TR_NOT_VERBS
        and _TR_NOT_VERB_PARTS.search(word) is None
        and _TR_FINITE_ACTIVE.match(word) is not None
    )


# "The Creator wrote", "the Elder says": an English or French article makes it a role, not a name.
_DETERMINERS = n.word_set("the a an this that our your their his her its le la les un une der die das")
# Verbs and prepositions before an object that is a person.
_PERSON_CUES_BEFORE = n.word_set(
    """
    ask asked tell told call email emailed text texted ping pinged thank thanks contact
    contacted remind reminded inform informed cc met meet meeting greet congratulate
    müşterimiz müşteri sayın sevgili
    frag fragen sag sagen bitte danke
    demande demandez dis dites merci appelle appelez
    """
)
# Roles whose holder is named right after them ("applicant Kieron Horsell", "sigortalı İtır Yazıhan",
# "refakatçisi Jaspreet"), and verbs of reported speech with the speaker after them at a clause's
# end ("..., said Obidike."). A lone word spaCy's vectors place among ordinary words is not taken
# ("davalı Santander", "said Python.").
_ROLES_BEFORE = n.word_set(
    """
    applicant co-applicant patient student pupil suspect witness victim claimant defendant plaintiff
    tenant landlord adjuster assessor colleague coworker co-worker
    öğrenci hasta sigortalı eksper davacı davalı tanık şüpheli mağdur müşteki müvekkil veli velisi
    refakatçi refakatçisi görevli stajyer kiracı annesi babası eşi kızı oğlu kardeşi avukat avukatı
    yakını
    """
)
# Kin and neighbours named right after the noun ("her neighbour Tabaghua", "my cousin Ilarion"): cues
# before a name only, not words that close a run ("Ward Sister" is a job).
_KIN_BEFORE = n.word_set(
    """
    husband wife son daughter father mother brother sister stepson stepdaughter nephew niece cousin
    uncle aunt grandson granddaughter grandmother grandfather fiancé fiancée neighbour neighbor
    """
)
_SPEECH_VERBS = n.word_set("said says replied replies added adds")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|\r?\n|$)")
# Prepositions: a name after them only when two or three capitalised words follow (a full name)
# that spaCy does not read as a place; "from London", "to Clifton", "with Visa" are not people.
_PREPOSITIONS_BEFORE = n.word_set("with from to by for and or of von mit à avec de pour")
_COORDINATION = n.word_set("and or und et ile ve veya")
_TURKISH_AFTER = n.word_set("ile adına adlı isimli ismindeki hanım bey hanıma beye")
# A Turkish case suffix after an apostrophe, not an English clitic ("Don't", "Omega's", "we'll").
_SUFFIX = re.compile(r"['’](?!(?:s|t|ll|re|ve|d|m)\b)[a-zçğıöşü]{1,6}\b")

# Two-word cues before a person: "ask for Lauren", "spoke to Maria", Nordic "ringe til Ola".
_PAIR_CUES_BEFORE = frozenset(
    tuple(n.fold(w) for w in pair.split())
    for pair in (
        "ask for",
        "asked for",
        "asking for",
        "speak to",
        "spoke to",
        "speak with",
        "spoke with",
        "talk to",
        "talked to",
        "talk with",
        "loop in",
        "check with",
        "chat with",
        "hear from",
        "heard from",
        "escalated to",
        "assigned to",
        "cover for",
        "covering for",
        "behalf of",
        "worked with",
        "working with",
        "works with",
        # who wrote, approved or owns something: "(notes by Nídio)", "approved by Oyelaran"
        "notes by",
        "minutes by",
        "written by",
        "approved by",
        "signed by",
        "reviewed by",
        "reported by",
        "requested by",
        "raised by",
        "submitted by",
        "checked by",
        "handled by",
        "prepared by",
        "verified by",
        "ringe til",
        "ring til",
        "ringa till",
        "ringa",
        "soita",
        "fråga efter",
        "spør etter",
        "spørg efter",
    )
    if pair
)
# Words that close a message before the writer's name, across a comma or a line break.
_SIGN_OFFS = n.word_set(
    """
    regards cheers thanks sincerely best wishes yours hilsen hilsner mvh terveisin hälsningar
    hälsning grüße grüsse gruß gruss mfg cordialement amitiés saygılarımla sevgilerle selamlar sevgiler
    gelsin teşekkürler görüşürüz çalışmalar thx warmly xoxo
    """
)
_SIGN_OFF_GAP = re.compile(r"[ \t]*[,:!.]?[ \t]*(?:\r?\n[ \t]*)?")
# "Hi Oluwaseun,", "Merhaba Nilüfer!": one capitalised word between a greeting and a comma, an
# exclamation mark or the end of the line is the person addressed, however unlike a name its letters
# look to the character model, unless it is a word people greet groups, roles or times of day with.
_VOCATIVE_END = re.compile(r"[ \t]*(?:[,!]|\r?\n|$)")
_ACRONYM = re.compile(r"[A-ZÇĞİÖŞÜ]{2}")


def _greeted(text: str, tokens: list[n.Token], i: int, end: int) -> bool:
    """ "Hi Oluwaseun, …": a lone word right after a greeting, closed by a comma, "!" or the line's end."""
    if end != i + 1 or i == 0 or tokens[i].key in n.ADDRESSEE_KEYS or _ACRONYM.search(tokens[i].text):
        return False  # "Hello ChatGPT,": two capitals in a row make a product or an acronym
    greeting = tokens[i - 1]
    return (
        greeting.key in n.SALUTATION_KEYS
        and n.joined(text, greeting, tokens[i])
        and _VOCATIVE_END.match(text, tokens[i].end) is not None
    )


# After a subject: a place or office it belongs to ("Lauren from the York office rang").
_SUBJECT_ATTACHMENTS = n.word_set("from at of in with von aus bei de du chez fra från på")
# Model probabilities: above LIKELY an unlisted cued word counts as a name (strong); below UNLIKELY
# it is an ordinary word with a capital ("Handynummer", "Statement") and a weak cue is not enough.
LIKELY = 0.6
UNLIKELY = 0.02

# Cues that also stand before teams and labels ("Regards, Management", "(Mobile)"): an unlisted
# word after them needs a higher model probability for a weak reading.
_NAME_LIKE_ONLY = frozenset(["sign-off before", "in brackets after a number"])
SIGN_OFF_FLOOR = 0.2
# A Turkish verb at the end of the clause speaks for whichever capitalised word opens the clause,
# and after a comma that is as often an ordinary word ("..., Gereken konusunu soruyor").
VERB_LATER_FLOOR = 0.15
_FLOORS = {why: SIGN_OFF_FLOOR for why in _NAME_LIKE_ONLY} | {
    "Turkish person verb at the end of the clause": VERB_LATER_FLOOR,
    "subject of a question": SIGN_OFF_FLOOR,  # "Does Kubernetes support", "Will Terraform destroy"
    "greeting before": 0.0,
    "a person's field": 0.0,
    "a chat message's author": 0.0,
}

# Cues only a person takes: no place is asked for, looped in, greeted or mentioned with an "@".
_PERSON_ONLY_CUES = frozenset(
    [
        "person verb and preposition before",
        "person verb before",
        "greeting before",
        "chat mention",
        "sign-off before",
        "role or reported speech before",
        "a chat message's author",
        "a new colleague introduced",
        "possessive before a relative",
    ]
)

_VERB_KEYS = frozenset(n.fold(w) for w in _PERSON_VERBS_AFTER)
_ADVERB_KEYS = frozenset(n.fold(w) for w in _ADVERBS)
_DET_KEYS = frozenset(n.fold(w) for w in _DETERMINERS)
# "note that Akay is", "ask this Maria": as conjunctions these two stand before names too.
_ARTICLE_KEYS = _DET_KEYS - {"this", "that"}
_CUE_KEYS = frozenset(n.fold(w) for w in _PERSON_CUES_BEFORE)
_PREP_KEYS = frozenset(n.fold(w) for w in _PREPOSITIONS_BEFORE)
_COORD_KEYS = frozenset(n.fold(w) for w in _COORDINATION)
_TR_AFTER_KEYS = frozenset(n.fold(w) for w in _TURKISH_AFTER)
SIGN_OFF_KEYS = frozenset(n.fold(w) for w in _SIGN_OFFS)
_ATTACH_KEYS = frozenset(n.fold(w) for w in _SUBJECT_ATTACHMENTS)
_ROLE_KEYS = frozenset(n.fold(w) for w in _ROLES_BEFORE)
_ROLE_OR_KIN_KEYS = _ROLE_KEYS | frozenset(n.fold(w) for w in _KIN_BEFORE)
_SPEECH_KEYS = frozenset(n.fold(w) for w in _SPEECH_VERBS)


def name_likelihood(words: list[n.Token]) -> float:
    """The character model's probability for the most name-like word of a span."""
    return max((name_probability(w.text) for w in words), default=0.0)


def _sentence_start(text: str, tokens: list[n.Token], i: int) -> bool:
    # An opening quote or bracket starts a sentence as well: 'by saying "Stay in character!"'.
    return i == 0 or any(c in '.!?:;\n"“«(' for c in text[tokens[i - 1].end : tokens[i].start])


def _coordinated(text: str, tokens: list[n.Token], i: int, end: int, known: list[tuple[int, int]]) -> bool:
    """ "Annika and <name>", "<name> ile Evrim": a name on the other side of "and"/"ile"."""
    if i > 0 and tokens[i - 1].key in _COORD_KEYS:
        gap_start = tokens[i - 1].start
        if any(e <= gap_start and not text[e:gap_start].strip(" ,") for _, e in known):
            return True
    if end + 1 < len(tokens) and tokens[end].key in _COORD_KEYS:
        after = tokens[end].end
        return any(s >= after and not text[after:s].strip(" ,") for s, _ in known)
    return False


def _unknown_words(words: list[n.Token], common: Callable[[str], bool] | None) -> bool:
    """A run of two or three words none of which spaCy's vectors know: a rare name more often than
    a team or a title ("Customer Services", "Head Office" are known words)."""
    return len(words) > 1 and common is not None and not any(common(w.text) for w in words)


def _listed(tokens: list[n.Token]) -> bool:
    return n.is_first(tokens[0]) or n.is_surname(tokens[-1])


def _sign_off_before(text: str, tokens: list[n.Token], i: int) -> bool:
    """ "Regards, Lauren", "hilsen Ola", "Saygılarımla,\nAyşe Yılmaz"."""
    if i == 0 or tokens[i - 1].key not in SIGN_OFF_KEYS:
        return False
    return _SIGN_OFF_GAP.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None


# "Could Devonte double-check ...?": a question's auxiliary, a lone capitalised word and a verb in
# lower case make the word the subject; a product is asked about as often ("Can Python handle"), so
# a word whose vector lies among ordinary words is not taken.
_QUESTION_AUXILIARIES = n.word_set("could can would will should did does has")
_QUESTION_AUX_KEYS = frozenset(n.fold(w) for w in _QUESTION_AUXILIARIES)
# "Aduralola'yla konuştum": the Turkish comitative suffix before a verb of talking or meeting, which
# takes a person ("with X"), never a place.
_COMITATIVE = re.compile(r"['’]y?l[ae]\b")
_TR_TALK_VERBS = frozenset(
    n.word_set("""
    konuştum konuştuk konuşacağım konuşacağız konuşurum konuşuruz görüştüm görüştük görüşeceğim
    görüşeceğiz görüşürüm anlaştık tanıştım tanıştık buluştuk buluşacağız yazıştık
    """)
)


def _question_subject(text: str, tokens: list[n.Token], i: int, end: int) -> bool:
    return (
        end == i + 1
        and i > 0
        and tokens[i - 1].key in _QUESTION_AUX_KEYS
        and tokens[i - 1].capitalised
        and _sentence_start(text, tokens, i - 1)
        and end < len(tokens)
        and tokens[end].text.islower()
        and not tokens[end].stop
        and n.joined(text, tokens[i - 1], tokens[i])
        and n.joined(text, tokens[i], tokens[end])
    )


def _comitative_talk(text: str, tokens: list[n.Token], end: int) -> bool:
    if _COMITATIVE.match(text, tokens[end - 1].end) is None:
        return False
    for k in range(end, min(end + 3, len(tokens))):
        if any(c in ".!?;:\n" for c in text[tokens[k - 1].end : tokens[k].start]):
            return False
        if tokens[k].text.lower() in _TR_TALK_VERBS:
            return True
    return False


def _role_or_speech_before(text: str, tokens: list[n.Token], i: int, end: int) -> bool:
    """ "hasta Romali Aygunes", "co-applicant Fionn Rotten", "..., said Enfys."."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    # lower case, or the sentence's first word ("Öğrenci Vamik Tuğtaş bu dönem ...")
    opening = prev.text.islower() or _sentence_start(text, tokens, i - 1)
    if not opening or not n.joined(text, prev, tokens[i]):
        return False
    if _role_before(text, tokens, i):
        return True
    return prev.key in _SPEECH_KEYS and _CLAUSE_END.match(text, tokens[end - 1].end) is not None


def _role_before(text: str, tokens: list[n.Token], i: int) -> bool:
    """A role's or a kinship word right before token ``i`` ("hasta ...", "her neighbour ...")."""
    prev = tokens[i - 1]
    return prev.key in _ROLE_OR_KIN_KEYS and n.joined(text, prev, tokens[i])


_ROLE_APPOSITION = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)[ \t]*,?[ \t]*$")


def person_slot(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a person's name goes whatever its spelling: the
    whole value of a person's field ("teslim alan: AADHYA (komşu)") or right after a role, with or
    without a comma ("The suspect, CRAPPER, was not present")."""
    if _person_field_before(text, start, end):
        return True
    m = _ROLE_APPOSITION.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).islower() and n.fold(m.group(1)) in _ROLE_KEYS


def _pair_cue_before(text: str, tokens: list[n.Token], i: int) -> bool:
    for k in (1, 2):
        if i >= k and tuple(t.key for t in tokens[i - k : i]) in _PAIR_CUES_BEFORE:
            return all(
                n.joined(text, a, b)
                for a, b in zip(tokens[i - k : i], tokens[i - k + 1 : i + 1], strict=True)
            )
    return False


# Form and ticket fields whose value is a person: "Assigned to: X | Priority: high", "Sorumlu: X".
# Not "Customer:", "Patient:", "Arayan:" alone: in a transcript they are speakers ("Customer: Okay").
_PERSON_FIELDS = n.phrase_keys(
    (
        # who maintains, is the key person for, registered, witnessed or travels; an incident's roles
        "scribe",
        "comms",
        "incident commander",
        "not tutan",
        "olay yöneticisi",
        "maintainer",
        "maintained by",
        "key person",
        "witnessed by",
        "kayıt alan",
        "kaydı alan",
        "üye",
        "member",
        "yolcular",
        "diğer yolcular",
        "passengers",
        "assigned to",
        "assignee",
        "owner",
        "case owner",
        "account owner",
        "reporter",
        "reported by",
        "requester",
        "requested by",
        "customer name",
        "client name",
        "contact",
        "contact person",
        "contact name",
        "account holder",
        "cardholder",
        "card holder",
        "patient name",
        "employee",
        "employee name",
        "applicant",
        "beneficiary",
        "guarantor",
        "attendees",
        "participants",
        "full name",
        "sorumlu",
        "müşteri adı",
        "ad soyad",
        "adı soyadı",
        "ilgili kişi",
        "iletişim kişisi",
        "hasta adı",
        "çalışan",
        "personel",
        "katılımcılar",
        "talep eden",
        "başvuran",
        "kart sahibi",
        "hesap sahibi",
        # who organised, wrote, checked, signed or received something; parties of a claim or a case
        "organiser",
        "organizer",
        "organised by",
        "organized by",
        "host",
        "chair",
        "author",
        "reviewer",
        "reviewers",
        "approver",
        "approved by",
        "prepared by",
        "checked by",
        "signed",
        "signed by",
        "signature",
        "witness",
        "payee",
        "payer",
        "recipient",
        "received by",
        "next of kin",
        "cover",
        "handed over by",
        "handed over to",
        "devreden",
        "devralan",
        "yerine bakacak",
        # roles whose label heads the person holding them in a form, a minute or a roster
        "başkan",
        "denetçi",
        "arabulucu",
        "alacaklı",
        "borçlu",
        "kursiyer",
        "öğretmen",
        "danışman",
        "aday",
        "sekreter",
        "şoför",
        "kurye",
        "vekil",
        "vekili",
        "captain",
        "coach",
        "physio",
        "dispatcher",
        "teacher",
        "tutor",
        "lead tenant",
        "joint tenant",
        "lead booker",
        "game master",
        "mother",
        "father",
        "mum",
        "mom",
        "dad",
        "wife",
        "husband",
        "parent",
        "anne",
        "baba",
        "anne adı",
        "baba adı",
        "eşi",
        "veli adı",
        "emergency contact",
        "guardian",
        "spouse",
        "tenant",
        "landlord",
        "policyholder",
        "policy holder",
        "claimant",
        "referee",
        "referees",
        "düzenleyen",
        "hazırlayan",
        "onaylayan",
        "kontrol eden",
        "imza",
        "imzalayan",
        "teslim alan",
        "teslim eden",
        "alıcı",
        "tanık",
        "sigortalı",
        "veli",
        "refakatçi",
        "kiracı",
        "ev sahibi",
        "cv",
        "resume",
        "özgeçmiş",
    )
)
# The label, a colon, and the items of a list before this one: "Attendees: Ana Lima, ", "...; ".
_FIELD_PREFIX = re.compile(
    # a quoted e-mail's "> " may open the line: "> Gönderen: ferdi koca"
    r"[ \t]*(?:>[ \t]*)*(?:[-*•][ \t]*)?([^\W\d_]+(?:[ \t][^\W\d_]+){0,2})[ \t]*:"
    r"[ \t]*(?:[^,;:\n|]*[,;])*[ \t]*$"
)
# The value ends where the field does: the line, a separator, a bracket, a sentence's full stop, or
# the next item of a list.
_FIELD_VALUE_END = re.compile(
    r"[ \t]*(?:$|\r?\n|\||\(|\)|;|\.(?=\s|$)|,[ \t]*[^\W\d_]*[A-ZÇĞİÖŞÜ]|[ \t](?:and|ve|und|et)[ \t])"
)


# An e-mail's sender and recipients ("Kimden: X", "To: Y", "Cc: Z"). "To:", "Bilgi:" ("for your
# information") and "De:" head other lines too, so they count only in a header block: two or more
# lines that open with a header label, one of them the subject or the date.
_ADDRESS_FIELDS = frozenset(
    ["from", "to", "cc", "bcc", "kimden", "kime", "bilgi", "gonderen", "alici", "von", "an", "de", "a"]
)
_HEADER_LINE = re.compile(
    r"^[ \t>]*(from|to|cc|bcc|subject|sent|date|kimden|kime|bilgi|konu|tarih|gönderen|alıcı|von|an|"
    r"betreff|gesendet|datum|de|à|objet|envoyé)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_TOPIC_LABELS = frozenset(
    ["subject", "sent", "date", "konu", "tarih", "betreff", "gesendet", "datum", "objet", "envoye"]
)


@functools.lru_cache(maxsize=8)
def _header_block(text: str) -> bool:
    # Asked for every candidate of an address field in the same prompt: read the text once.
    labels = {n.fold(m.group(1)) for m in _HEADER_LINE.finditer(text)}
    return len(labels) >= 2 and not labels.isdisjoint(_TOPIC_LABELS)


def _person_field_before(text: str, start: int, end: int) -> bool:
    """ "Customer name: Európa Casciano", "Sorumlu: Taher Köse | Öncelik: yüksek", "Erkeğin Adı
    Soyadı: RECEP ÖCAL": a person's field."""
    label = _field_label(text, start, end)
    return label is not None and (label in _PERSON_FIELDS or label.endswith(" adi soyadi"))


def _address_field_before(text: str, start: int, end: int) -> bool:
    """ "Kimden: Tonći Abubakr" in an e-mail's header block."""
    return _field_label(text, start, end) in _ADDRESS_FIELDS and _header_block(text)


def _field_label(text: str, start: int, end: int) -> str | None:
    """The label of the form field whose whole value is ``text[start:end]``, folded."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _FIELD_PREFIX.fullmatch(text, line_start, start)
    if m is None:
        # A field after a sentence, a clause or a separator on its line: "... on Thursday. Signed: Ana".
        # Or in brackets: "(owner: Kailyn)", "(Sorumlu: Guzay Akın)".
        cut = max(text.rfind(sep, line_start, start) + len(sep) for sep in (". ", ", ", "| ", "("))
        m = _FIELD_PREFIX.fullmatch(text, cut, start) if cut > line_start else None
    # The value may go on with a surname in capitals: "Sorumlu: Aydın KÜÇÜKKESKİN)".
    if m is None or _FIELD_VALUE_END.match(text, n.with_capitals_after(text, end)) is None:
        return None
    return " ".join(n.fold(w) for w in m.group(1).split())


_LABEL_REST = re.compile(r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:")


def opens_field_label(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span is (the start of) the label of a person's field: "ADI SOYADI:",
    "Sorumlu:", "Teslim alan:" name the field, not the person."""
    m = _LABEL_REST.match(text, end)
    if m is None:
        return False
    label = " ".join(n.fold(w) for w in text[start : m.end() - 1].split())
    return label in _PERSON_FIELDS or label in _ADDRESS_FIELDS or label in _SENDER_FIELDS


def label_end(text: str, start: int, end: int) -> int | None:
    """Where the label a span opens ends (its colon), when the span opens its line or a field of a
    row (after a time stamp or a bullet at most; "Teslim eden: A. Omer  Teslim alan: Kaan") and at
    most two more words follow it before a colon; else None."""
    m = _LABEL_REST.match(text, end)
    line_start = text.rfind("\n", 0, start) + 1
    field_start = max((b.end() for b in CELL_BORDER.finditer(text, line_start, start)), default=line_start)
    if m is None or any(c.isalpha() for c in text[field_start:start]):
        return None
    return m.end() - 1


# A border between a row's fields or a table's cells: a tab, a "|" or two spaces or more.
CELL_BORDER = re.compile(r"\t|\||[ ]{2,}")


# What a field's label ends in, some of them also surnames ("Tel", "Cep").
_FIELD_HEADS = n.word_set(
    """
    tel telefon telefonu gsm cep faks fax mobil mobile phone no nr numara numarası adı soyadı adresi
    imza imzası tarih tarihi name number email e-posta sahibi holder
    """
)
FIELD_HEAD_KEYS = frozenset(n.fold(w) for w in _FIELD_HEADS)


# "Priya, our new Relationship Manager, starts ...", "Gulben, yeni Yazılım Geliştirici arkadaşımız":
# a newcomer introduced by name.
# In English the new one is a person by a title in capitals or a word for one ("our new platform" is not).
_NEW_COLLEAGUE = re.compile(
    r",[ \t]+(?:(?:[Oo]ur|[Mm]y)[ \t]+new[ \t]+(?:[A-Z]|(?:colleague|hire|intern|starter|joiner|teammate|"
    r"team member|manager|analyst|engineer|developer|nurse|doctor|teacher|trainee|apprentice)\b)"
    r"|yeni\b[^,.;:!?\n]{0,40}?\b(?:ekip[ \t]+)?"
    r"(?:arkadaşımız|meslektaşımız|çalışanımız|stajyerimiz|müdürümüz|hocamız)\b)"
)


# "Betigul'un annesi", "Supachai'nin velisi", "Priya's husband": only a person has a mother, a
# husband or a guardian (no lawyers or doctors here: a firm has a lawyer, a town a doctor).
_RELATIVE_AFTER = re.compile(
    r"['’](?:n?[ıiuü]n|s)[ \t]+(?:annesi|babası|eşi|kızı|oğlu|kardeşi|ablası|abisi|ağabeyi|dedesi|"
    r"ninesi|babaannesi|anneannesi|teyzesi|halası|amcası|dayısı|kocası|karısı|nişanlısı|velisi|"
    r"refakatçisi|vasisi|mother|father|mum|mom|dad|wife|husband|son|daughter|brother|sister|"
    r"parents|fiancée?|guardian|widow|widower)\b"
)


# A chat copied with its authors: Slack's and Teams' "Ayşe Yılmaz  9:14 AM" above the message,
# WhatsApp's "[05.12.26, 09:14] Ayşe Yılmaz: ..." or "05/12/2026 09:14 - Ayşe Yılmaz: ...".
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_AUTHOR_BEFORE_TIME = re.compile(r"[ \t]{1,3}\[?" + _TIME + r"\]?[ \t]*(?:\r?\n|$)")
_STAMP_BEFORE_AUTHOR = re.compile(r"\[?[\d./-]{6,10},?[ \t]+" + _TIME + r"\]?[ \t]*(?:-[ \t]*)?$")


# A chat log that stamps the time only: "[23:50] salah: bunu Ayça'ya sorun".
_TIME_BEFORE_AUTHOR = re.compile(r"[ \t]*\[" + _TIME + r"\][ \t]*")


def _chat_author(text: str, start: int, end: int, time_only_stamp: bool = False) -> bool:
    """Whether a name is a copied chat message's author: alone on its line before the time, or
    after the date and time (or, with ``time_only_stamp``, a bracketed time alone) and before a
    colon."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        return _AUTHOR_BEFORE_TIME.match(text, end) is not None
    if text[end : end + 1] != ":":
        return False
    stamps = (_STAMP_BEFORE_AUTHOR, _TIME_BEFORE_AUTHOR) if time_only_stamp else (_STAMP_BEFORE_AUTHOR,)
    return any(stamp.fullmatch(text, line_start, start) is not None for stamp in stamps)


# A child's or a patient's age right after the name: "Ebru, 7 yaşında", "Tomasz, aged 9", "Ines (4 years
# old)"; a thing's age is seldom written so after its name alone.
_AGE_AFTER = re.compile(
    r"[ \t]*[,(][ \t]*(?:aged[ \t]+\d{1,3}\b|"
    r"\d{1,3}[ \t]+(?:yaş|years?[ \t]+old|yrs?[ \t]+old|Jahre[ \t]+alt))"
)


def _bracketed_after_number(text: str, start: int, end: int) -> bool:
    """ "0532 123 45 67 (Ayşe)": a name alone in brackets right after a phone number."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    before = text[: start - 1].rstrip()
    return bool(before) and before[-1].isdigit()


def _verb_after_attachment(text: str, tokens: list[n.Token], end: int) -> bool:
    """ "Lauren from the York office rang": an attachment word, then a person verb within six words."""
    if end >= len(tokens) or tokens[end].key not in _ATTACH_KEYS or not tokens[end].text.islower():
        return False
    for k in range(end + 1, min(end + 7, len(tokens))):
        if any(c in ".!?,;:\n" for c in text[tokens[k - 1].end : tokens[k].start]):
            return False
        if tokens[k].key in _VERB_KEYS and tokens[k].text.islower():
            return True
    return False


_CUE_WORDS = (
    _VERB_KEYS | _CUE_KEYS | _PREP_KEYS | _COORD_KEYS | _TR_AFTER_KEYS | _DET_KEYS | SIGN_OFF_KEYS
) | _ROLE_KEYS
CUE_WORDS = _CUE_WORDS


# Capitalised words that are a people, a faith or a form of address, not a person: "Türk milleti",
# "Allah'a şükür", "Bayanlar, Baylar", and Turkish sentence openers ("Bence").
_NOT_A_PERSON = n.word_set(
    """
    türk türkler kürt arap acem rum ermeni yahudi alman fransız ingiliz rus macar yunan bulgar sırp
    arnavut boşnak gürcü çerkez tatar özbek moğol çinli japon hintli italyan ispanyol amerikalı
    avrupalı osmanlı müslüman hristiyan allah tanrı peygamber millet milli milliye baylar bayanlar
    efendiler arkadaşlar bence sence meclis paşa hazretleri islâmiye
    """
)
NOT_A_PERSON_KEYS = frozenset(n.fold(w) for w in _NOT_A_PERSON)


def _candidate(tok: n.Token) -> bool:
    return (
        n.nameish(tok)
        and not tok.stop
        and tok.key not in n.AMBIGUOUS_KEYS
        and tok.key not in _CUE_WORDS
        and tok.key not in NOT_A_PERSON_KEYS
        and tok.key not in n.ADDRESSEE_KEYS  # "Sayın Yetkili": "sayın" is also "count!", a verb
    )


def in_gazetteer(text: str, words: list[n.Token]) -> bool:
    """Whether the run is a place of ``name_data/places.txt`` ("Düzce", "Moskova", "Kuala Lumpur")."""
    return n.fold(text[words[0].start : words[-1].end]) in n.places()


def place_run(text: str, words: list[n.Token]) -> bool:
    """The run, or its last word, is a listed place ("Heyet Moskova'ya gitti")."""
    if in_gazetteer(text, words):
        return True
    last = words[-1]
    # Not when that word is a name or a weekday too: "Taher Köse", "Deonilde Çarşamba günü".
    named = n.is_first(last) or n.is_surname(last) or last.key in n.AMBIGUOUS_KEYS
    return len(words) > 1 and not named and in_gazetteer(text, words[-1:])


# "Gergely and I will be", "Ayşe ile ben": a person coordinated with the writer.
_WRITER = frozenset(["i", "me", "ben", "ich", "moi", "jag", "jeg", "mina"])


def _with_writer(tokens: list[n.Token], end: int) -> bool:
    return (
        end + 1 < len(tokens)
        and tokens[end].key in _COORD_KEYS
        and tokens[end].text.islower()
        and tokens[end + 1].key in _WRITER
    )


def _mention(text: str, start: int) -> bool:
    """ "@Olivia heads up": a chat mention, not an e-mail address ("x@Host")."""
    return text[start - 1 : start] == "@" and not text[start - 2 : start - 1].isalnum()


def _person_verb_after(text: str, tokens: list[n.Token], end: int) -> bool:
    """A person verb right after the run, or after one adverb ("Jules just pinged me")."""
    k = end
    for _ in range(2):
        if k >= len(tokens) or not n.joined(text, tokens[k - 1], tokens[k]) or not tokens[k].text.islower():
            return False
        if tokens[k].key in _VERB_KEYS:
            return True
        if tokens[k].key not in _ADVERB_KEYS:
            return False
        k += 1
    return False


def _verb_later(text: str, tokens: list[n.Token], end: int) -> str:
    """A Turkish person verb later in the same clause ("Bergin bu sabah aradı"): Turkish is verb-final.

    "listed" for a verb of the lists, "form" for one known by its suffix only, "" for none.
    """
    for k in range(end, min(end + 5, len(tokens))):
        if any(c in ".!?,;:\n" for c in text[tokens[k - 1].end : tokens[k].start]):
            return ""
        if tokens[k].capitalised and not _SUFFIX.match(text, tokens[k].end):
            return ""  # a place with its case suffix may stand between ("X yarın İzmir'e gidecek")
        word = tokens[k].text.lower()
        if word in _LISTED_TR_VERBS:
            return "listed"
        if turkish_active_form(word):
            return "form"
    return ""


def _name_before_any_verb(text: str, words: list[n.Token], initial: bool) -> bool:
    """Whether words can be the subject of a verb known by its suffix only.

    Most such subjects are things ("Alt ve ön diş etlerim sızlıyor", "Piyasa fiyatı değişti"): no
    frequent word, a listed given name or a name-like spelling, and at a sentence's start, where
    every word has a capital ("Denge problemi oldu", "Opel anlaşma yapmış"), a listed given name;
    not a word in brackets ("(Birlik) örgütlemeye başladı").
    """
    if text[words[0].start - 1 : words[0].start] == "(":
        return False
    if any(w.key in n.common_words() for w in words):
        return False
    if initial:
        return n.is_first(words[0]) and name_likelihood(words) >= LIKELY
    return n.is_first(words[0]) or name_likelihood(words) >= LIKELY


# A capitalised word no cue phrase speaks for is weighed instead (``context_score``): the evidence
# of the name lists, the character model and the word's position and neighbours, added up. Each
# weight is a log-odds-like step chosen by hand, not fitted to any evaluation split: a listed given
# name counts most, a surname or a name-like spelling less; a capital inside a sentence says
# "proper noun" (a name, a place, a brand); a place preposition or an article before it, a
# Turkish locative suffix after it or spaCy's place reading say "not a person".
CONTEXT_THRESHOLD = 3.0
# ... and at this much the reading is as sure as a listed full name.
CONTEXT_STRONG = 4.0
_W_LISTED_FIRST = 2.0
_W_LISTED_SURNAME = 1.0
_W_MODEL_HIGH, _P_HIGH = 1.5, 0.8
_W_MODEL_MID, _P_MID = 0.75, 0.5
_W_MODEL_LOW, _P_LOW = -2.0, 0.15
_W_MID_SENTENCE = 1.0
# At a sentence start every word is capitalised, and many first names are also words that open
# sentences ("Çağrı merkezine", "Kan du", "Seven rates"): there the lists and the model are not
# enough; a person suffix or spaCy's own PERSON reading has to add to them.
_W_INITIAL_BEFORE_LOWER = -0.5
_W_INITIAL_OTHER = -1.5
_W_PLACE_PREPOSITION = -2.5
_W_PLACE_READING = -3.0
# spaCy's small English model reads unknown foreign words as places ("to Calandra", "Juliane's"):
# against a listed given name that the character model also finds name-like, its vote counts less.
_W_PLACE_READING_OF_NAME = -1.5
# One capitalised word between lower-case ones: not the head or tail of a title, a heading or an
# address ("forward this to Zeynel before lunch").
_W_ISOLATED = 0.5
# A word of the place list (``build_places.py``) that the name lists also hold.
_W_LISTED_FIRST_IN_GAZETTEER = -0.5
_W_LISTED_SURNAME_IN_GAZETTEER = -1.5
# Two or three capitalised words that each look like a name: the shape of a full name.
_W_FULL_NAME_SHAPE = 1.0
# Right after a greeting ("Hi Taşan,", "Merhaba Ezgü"): names.py takes listed names there; an
# unlisted word needs the model's say as well ("Hi Team" is no one, and "team" is no name).
_W_SALUTATION = 1.0
_W_LOCATIVE = -2.0
_W_PERSON_SUFFIX = 1.5  # Turkish dative, accusative, genitive, instrumental: people take them
_W_POSSESSIVE = 0.5  # "Per Ingrid's request"
# At a sentence start: a comma and a request after the word make it the person addressed ("Lauren,
# could you resend it?", "Ayşe, faturayı gönderebilir misin?"); an auxiliary after it makes it a
# subject ("Lauren is handling the renewal"), which places and products are as well, so that only
# lifts the start's penalty.
_W_VOCATIVE = 1.0
_W_INITIAL_BEFORE_AUXILIARY = 0.0
_AUXILIARIES = n.word_set("is was has had will would can could should did does isn't wasn't won't")
_AUXILIARY_KEYS = frozenset(n.fold(w) for w in _AUXILIARIES)
_VOCATIVE = re.compile(
    r",[ \t]*(?:(?:could|can|would|will|please|pls|do|did|are|have|thanks|thank)\b"
    r"|[^.!?\n]{0,60}\b(?:m[ıiuü]s[ıiuü]n(?:[ıiuü]z)?|l[üu]tfen)\b)",
    re.IGNORECASE,
)
# Prepositions that put a place after them ("visit" and "to" take people as well and are not here).
_PLACE_PREPOSITIONS = n.word_set(
    """
    in at on from near into via inside outside across around nach aus bei in im am zum zur à en dans
    depuis vers chez i på fra från til till ved vid kohti luona
    """
)
_PLACE_PREP_KEYS = frozenset(n.fold(w) for w in _PLACE_PREPOSITIONS)
# The Turkish locative after an apostrophe: "Gana'da", "Kars'ta"; a place takes it far more often
# than a person does.
_LOCATIVE = r"['’][dt][ae]"
LOCATIVE = re.compile(_LOCATIVE + r"\b")  # matched at the end of a word
LOCATIVE_END = re.compile(_LOCATIVE + "$")  # searched in a span that ends with it
# Dative, accusative, genitive, instrumental; the ablative ("from") is a place's as much as a person's.
_TR_PERSON_SUFFIX = re.compile(r"['’](?:y?[ae]|y?[ıiuü]|n?[ıiuü]n|y?l[ae])\b")
_POSSESSIVE = re.compile(r"['’]s\b")


def context_score(text: str, tokens: list[n.Token], i: int, end: int, place: bool) -> float:
    """Evidence that the capitalised run ``tokens[i:end]`` is a person's name, without a cue phrase."""
    words = tokens[i:end]
    if any(part in n.NOT_NAME_KEYS for w in words for part in w.key.split("-")):
        return 0.0  # "Kirsten-Speer-Gasse", "Crane Garden": a street or a place by its own words
    if end < len(tokens) and tokens[end].key in n.COMPANY_KEYS:
        return 0.0  # "Richard Coulon SA", "Eraslan Ergül Tic.": a firm named after people
    k = i - 1
    while k >= 0 and tokens[k].key in n.PARTICLES:
        k -= 1
    if k >= 0 and tokens[k].key in n.NOT_NAME_KEYS:
        return 0.0  # "rue de Masse", "chemin de Guillot", "boulevard Duval": a street named after someone
    score = 0.0
    if n.is_first(words[0]):
        score += _W_LISTED_FIRST
    elif n.is_surname(words[-1]):
        score += _W_LISTED_SURNAME
    p = name_likelihood(words)
    if len(words) > 1 and all(name_probability(w.text) >= _P_MID for w in words):
        score += _W_FULL_NAME_SHAPE
    if p >= _P_HIGH:
        score += _W_MODEL_HIGH
    elif p >= _P_MID:
        score += _W_MODEL_MID
    elif p < _P_LOW:
        score += _W_MODEL_LOW
    tail = words[-1].end
    # Turkish writes an apostrophe before a case suffix only after a proper noun: it says what a
    # capital inside a sentence says, wherever the word stands.
    proper_suffix = _TR_PERSON_SUFFIX.match(text, tail) is not None
    if _sentence_start(text, tokens, i) and not proper_suffix:
        after = tokens[end] if end < len(tokens) else None
        possessive = _POSSESSIVE.match(text, tail) is not None  # "Jade's laptop was shipped"
        lower_next = (
            after is not None
            and after.text[:1].islower()
            and (possessive or n.joined(text, words[-1], after))
        )
        if _VOCATIVE.match(text, tail):
            score += _W_VOCATIVE
        elif lower_next and after is not None and after.key in _AUXILIARY_KEYS:
            score += _W_INITIAL_BEFORE_AUXILIARY
        else:
            score += _W_INITIAL_BEFORE_LOWER if lower_next else _W_INITIAL_OTHER
    elif i == 0 or _sentence_start(text, tokens, i):
        score += _W_MID_SENTENCE
    else:
        prev = tokens[i - 1]
        opener = prev.key in _CUE_WORDS or prev.key in n.SALUTATION_KEYS  # "Teşekkürler İzzettin,"
        if prev.capitalised and not prev.stop and not opener and n.joined(text, prev, words[0]):
            return 0.0  # the tail of another proper noun: "Lake Jackson", "Brussels Court", "St Vincent"
        score += _W_MID_SENTENCE
        if prev.key in _PLACE_PREP_KEYS and prev.text.islower():
            score += _W_PLACE_PREPOSITION
        elif prev.key in n.SALUTATION_KEYS:
            score += _W_SALUTATION
        after = tokens[end] if end < len(tokens) else None
        if not (after is not None and after.capitalised and n.joined(text, words[-1], after)):
            score += _W_ISOLATED
    if place:
        named = n.is_first(words[0]) and p >= _P_HIGH
        score += _W_PLACE_READING_OF_NAME if named else _W_PLACE_READING
    elif place_run(text, words):
        # The place list knows many Turkish towns named after people ("Aydın", "Selim", "Gündoğan"):
        # there a listed given name or surname outweighs it.
        if n.is_first(words[0]):
            score += _W_LISTED_FIRST_IN_GAZETTEER
        elif n.is_surname(words[-1]):
            score += _W_LISTED_SURNAME_IN_GAZETTEER
        else:
            score += _W_PLACE_READING
    if LOCATIVE.match(text, tail):
        score += _W_LOCATIVE
    elif _TR_PERSON_SUFFIX.match(text, tail):
        score += _W_PERSON_SUFFIX
    elif _POSSESSIVE.match(text, tail):
        score += _W_POSSESSIVE
    return score


# Lower-case chat ("lol ask maria", "maria said"): a listed given name that the character model also
# finds name-like, right after a verb that takes a person or before one a person does, is read as a
# weak name. Not after "with"/"and" nor before Turkish "ile"/"da" ("with", "too"): those follow every
# noun ("savaş ile", "with desire", "hayal de" were read as names on real prompts). Everyday words
# that are also names ("will", "umut", "deniz") are in names.AMBIGUOUS_FIRST and never read so.
_LOWER_CUES_BEFORE = n.word_set("ask tell ping cc call text dm message thank thanks sor söyle")
_LOWER_CUES_AFTER = n.word_set("said says called asked wants needs still wrote replied texted")
_LOWER_BEFORE_KEYS = frozenset(n.fold(w) for w in _LOWER_CUES_BEFORE)
_LOWER_AFTER_KEYS = frozenset(n.fold(w) for w in _LOWER_CUES_AFTER)
LOWER_CASE_FLOOR = 0.8
# "bu maili ayter hanıma yaz": "hanım", "bey", "abla", "teyze", "hocam" after a word make it someone's given
# name, the way "Mr" before one does in English, listed or not, unless the word is a role or a
# subject taught ("müdür bey", "hoca hanım", "başkan bey", "kimya hocam") or the noun of "ev hanımı"
# (a housewife: the possessive "hanımı" is left out).
_TR_HONORIFIC_FORMS = n.word_set(
    """
    hanım hanıma hanımın hanımla hanımdan hanımda hanımcım hanımefendi hanımefendiye
    bey beye beyin beyle beyden beyde beyciğim beyefendi beyefendiye
    abi abiye abinin abiyle abim abla ablaya ablanın ablayla ablam
    hoca hocaya hocanın hocayla hocam hocama hocamın hocamla hocamdan
    teyze teyzeye teyzenin teyzeyle teyzem amca amcaya amcanın amcayla amcam
    dayı dayıya dayının dayıyla dayım hala halaya halanın halayla halam
    """
)
_TR_ROLE_NOUNS = n.word_set(
    """
    müdür müdürü genel başkan başkanı patron memur doktor hoca öğretmen avukat komşu ev abla teyze
    yönetici müşteri sekreter hemşire şef amir müfettiş hakim hâkim savcı subay polis vali kaymakam
    muhtar imam bakan vekil müşavir danışman uzman mühendis eczacı muhasebeci kasiyer garson şoför
    kaptan komiser albay binbaşı yüzbaşı teğmen general profesör dekan rektör sayın değerli sevgili
    muavin nazır vezir sadrazam mebus reis kumandan efendi ağa şeyh
    yeni eski diğer öbür bu şu o bir iki genç yaşlı kibar nazik kanka kardeş kardeşim bakkal taksici
    usta ya be
    matematik fizik kimya biyoloji geometri tarih coğrafya edebiyat türkçe ingilizce almanca fransızca
    müzik resim beden din felsefe rehber sınıf nöbetçi bilgisayar
    """
)
_TR_HONORIFIC_KEYS = frozenset(n.fold(w) for w in _TR_HONORIFIC_FORMS)
_TR_ROLE_KEYS = frozenset(n.fold(w) for w in _TR_ROLE_NOUNS)
# Unlisted, so the spelling has to look like a name: real given names score 0.6-0.97 on the model,
# role nouns 0.01-0.2 (the name-like ones, "genel", "başkan", "patron", are listed above).
HONORIFIC_LOWER_FLOOR = 0.5


def _before_turkish_honorific(text: str, tokens: list[n.Token], i: int) -> bool:
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].key in _TR_HONORIFIC_KEYS
        and tokens[i + 1].text.islower()
        and n.joined(text, tokens[i], tokens[i + 1])
        and tokens[i].key not in _TR_ROLE_KEYS
        # a trade's agent noun is what the person does ("simitçi amca", "kapıcı teyze"); a listed name
        # so ending stays one ("naci abi", the surname in "bakırcı abi")
        and not (tokens[i].key.endswith(AGENT_ENDINGS) and not n.is_listed(tokens[i]))
        and tokens[i].key not in n.common_words()  # "kimya hocam", "din hocam": a subject taught
        and name_probability(tokens[i].text) >= HONORIFIC_LOWER_FLOOR
    )


def _after_field_separator(text: str, start: int) -> bool:
    """Whether a colon, a semicolon or a comma stands right before ``start``, across blanks: the
    cheap test before ``_person_field_before``, which reads the line (no copy of the text before)."""
    return _mark_before(text, start, ":;,")


def _mark_before(text: str, start: int, marks: str) -> bool:
    """Whether one of ``marks`` is the last character before ``start`` that is no blank."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] in marks


# "@husrev can you check": a chat mention in lower case is a user's handle. Not a decorator or a doc
# comment's tag ("@property", "@dataclass\n", "@param x"), nor "@here"/"@channel" (frequent words),
# and only a spelling the character model finds name-like.
_NOT_HANDLES = n.word_set(
    """
    param params return returns throws throw see since author deprecated version link type typedef
    example todo override inheritdoc property staticmethod classmethod dataclass abstractmethod
    channel here everyone all
    """
)
_DECORATOR_END = re.compile(r"[ \t]*(?:\r?\n|$|[(.])")
LOWER_MENTION_FLOOR = 0.5


def _lower_case_mention(text: str, tok: n.Token) -> bool:
    return (
        _mention(text, tok.start)
        and tok.key not in _NOT_HANDLES
        and tok.key not in n.common_words()
        and _DECORATOR_END.match(text, tok.end) is None
        and name_probability(tok.text) >= LOWER_MENTION_FLOOR
    )


def _lower_case_field_value(text: str, tokens: list[n.Token], i: int) -> int | None:
    """The end of a lower-case full name of two or three words that is the whole value of a
    person's field or of an e-mail header's sender ("> Gönderen: ferdi koca", "From: john smith"),
    or a commit's author after its hash ("c07d5e2 özge özsoy (dün): ..."): its first word a listed
    given name, its words not all frequent ones."""
    if tokens[i].key not in n.first_names():
        return None
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    commit = _COMMIT_HASH.fullmatch(text, line_start, tokens[i].start) is not None
    if not commit and not _after_field_separator(text, tokens[i].start):
        return None
    end = i + 1
    while (
        end < len(tokens)
        and end - i < 3
        and tokens[end].text.islower()
        and n.joined(text, tokens[end - 1], tokens[end])
    ):
        end += 1
    if end - i < 2 or all(t.key in n.common_words() for t in tokens[i:end]):
        return None
    start, stop = tokens[i].start, tokens[end - 1].end
    if commit:
        return stop if _AUTHOR_END.match(text, stop) else None
    if _person_field_before(text, start, stop) or _address_field_before(text, start, stop):
        return stop
    return None


# A commit's short or full hash opening a log's line, and what follows its author: a bracket, an
# address or a colon ("%h %an (%ar): %s", "%h %an <%ae>").
_COMMIT_HASH = re.compile(r"[ \t]*[0-9a-f]{7,40}[ \t]+")
_AUTHOR_END = re.compile(r"[ \t]*(?:\(|<|:)")


def _lower_case_names(
    text: str, tokens: list[n.Token], word_like: Callable[[str], bool] | None = None
) -> list[tuple[int, int, float, str]]:
    found: list[tuple[int, int, float, str]] = []
    speakers = _untimed_speakers(text)
    writers = [tok for tok in tokens if tok.start in speakers]
    named = {tok.start for tok in writers if _named_writer(tok, word_like)}
    # Most of a chat's writers read as people: the others are people too, though no list knows the
    # word nor does the character model find it name-like ("yrsa: ok"), if no frequent word.
    chat_of_people = len(named) >= 2 and 2 * len(named) >= len(writers)
    for i, tok in enumerate(tokens):
        if tok.start in speakers and not tok.stop and n.is_first(tok):
            # the line's writer, though the word is also an ordinary one ("hope: who has...")
            found.append((tok.start, tok.end, n.STRONG, "lower-case chat message's author"))
            continue
        if tok.start in named or (
            tok.start in speakers and chat_of_people and len(tok.text) >= 3 and _no_frequent_word(tok)
        ):
            # "wiremu: running late": a writer no list knows, the word no frequent one
            found.append((tok.start, tok.end, n.WEAK, "lower-case chat message's author"))
            continue
        if not tok.text.islower() or tok.stop or len(tok.text) < 3 or tok.key in n.AMBIGUOUS_KEYS:
            continue
        if tok.key in _CUE_WORDS or tok.key in n.NOT_NAME_KEYS:
            continue
        if _lower_case_mention(text, tok):
            found.append((tok.start, tok.end, n.WEAK, "lower-case chat mention"))
            continue
        if _before_turkish_honorific(text, tokens, i):
            found.append((tok.start, tok.end, n.WEAK, "lower-case word before hanım or bey"))
            continue
        run = _lower_case_field_value(text, tokens, i)
        if run is not None:
            # strong: a listed given name and more, the field's whole value, outweighs the doubt
            # the scanner has of lower-case words in capitalised prose
            found.append((tok.start, run, n.STRONG, "lower-case full name as a person's field"))
            continue
        if (
            # "Signed: gabriela", "İmza: cakici": the whole value of a person's field
            _after_field_separator(text, tok.start)
            and _person_field_before(text, tok.start, tok.end)
            and name_probability(tok.text) >= HONORIFIC_LOWER_FLOOR
            and not (word_like is not None and word_like(tok.text))
        ):
            found.append((tok.start, tok.end, n.WEAK, "lower-case value of a person's field"))
            continue
        if tok.key not in n.first_names():
            continue
        pair = _listed_lower_case_pair(text, tokens, i)
        if pair is not None and not (
            word_like is not None and (word_like(tok.text) or word_like(tokens[i + 1].text))
        ):
            found.append((tok.start, pair, n.WEAK, "lower-case listed given name and surname"))
            continue
        before = i > 0 and tokens[i - 1].key in _LOWER_BEFORE_KEYS and n.joined(text, tokens[i - 1], tok)
        after = (
            i + 1 < len(tokens)
            and tokens[i + 1].key in _LOWER_AFTER_KEYS
            and n.joined(text, tok, tokens[i + 1])
        )
        likelihood = name_probability(tok.text)
        if likelihood >= HONORIFIC_LOWER_FLOOR and (
            _chat_author(text, tok.start, tok.end, time_only_stamp=True)
        ):
            # "[23:50] salah: bunu ...": a chat message's author, as the writer types it; the
            # stamp and the colon vouch for it in capitalised prose too
            found.append((tok.start, tok.end, n.STRONG, "lower-case chat message's author"))
        elif (before or after) and likelihood >= LOWER_CASE_FLOOR:
            found.append((tok.start, tok.end, n.WEAK, "lower-case listed name after a cue"))
    return found


_ITEM_OPENERS = (":", ",", ";", ">", "(", "-", "→", "•", "*")
_ITEM_CLOSERS = (",", ";", ":", "(", "<", "-", "→", ")", ".")


# "austin: secret santa draw done": a chat pasted without its stamps, each line its writer's word
# in lower case and a colon.
_UNTIMED_SPEAKER = re.compile(r"^([^\W\d_]+(?:-[^\W\d_]+)*):[ \t]+\S", re.MULTILINE)


def _untimed_speakers(text: str) -> frozenset[int]:
    """Where the writers of a chat without stamps stand: line-opening lower-case words before a
    colon, in a text with two different such writers or more, none of them a frequent word; a
    writer is read as a name when it is a listed given name and no stop word ("fix:" and "feat:"
    are commits', Turkish "ben:" is "me")."""
    if ":" not in text:
        return frozenset()
    at = [
        (m.start(1), m.group(1))
        for m in _UNTIMED_SPEAKER.finditer(text)
        if len(m.group(1)) > 1 and m.group(1).islower()
    ]
    common = n.common_words()
    writers = {word for _, word in at if n.fold(word) not in common}
    return frozenset(start for start, word in at if word in writers) if len(writers) >= 2 else frozenset()


def _named_writer(tok: n.Token, word_like: Callable[[str], bool] | None) -> bool:
    """A chat writer read as a person by the word alone: a listed given name, or a name-like word no
    list knows and no ordinary word."""
    if not tok.stop and n.is_first(tok):
        return True
    return _unlisted_writer(tok) and not (word_like is not None and word_like(tok.text))


def _unlisted_writer(tok: n.Token) -> bool:
    return (
        len(tok.text) >= 3 and _no_frequent_word(tok) and name_probability(tok.text) >= HONORIFIC_LOWER_FLOOR
    )


def _no_frequent_word(tok: n.Token) -> bool:
    """Neither a frequent word of the lists (or a stop word, a label's, a calendar's or an honorific's
    word, or a frequent Turkish noun in the possessive) nor a place: what a name no list knows must at
    least be."""
    return not (
        tok.stop
        or tok.key in n.NOT_NAME_KEYS
        or tok.key in n.CALENDAR_KEYS
        or tok.key in n.HONORIFIC_KEYS
        or tok.key in n.common_words()
        or tok.key in n.less_common_words()
        or tok.key in n.places()
        or possessive_stem(tok.text) is not None  # "DEFTERİ": a ledger's heading, in the possessive
    )


def _listed_lower_case_pair(text: str, tokens: list[n.Token], i: int) -> int | None:
    """The end of a listed given name followed by a listed surname, both in lower case, alone as an
    item ("Bekleme listesi: anıl gökalp", "(lead), priscilla mclaughlin"): how chats and quick notes
    write a person. Two listed words inside a sentence ("i met grace park") stay out, and so, in
    the caller, do words spaCy's vectors call ordinary ("line numbers")."""
    if i + 1 >= len(tokens):
        return None
    first, second = tokens[i], tokens[i + 1]
    if (
        not second.text.islower()
        or second.stop
        or len(second.text) < 3
        or second.key in n.NOT_NAME_KEYS
        or not n.is_surname(second)
        or not n.joined(text, first, second)
    ):
        return None
    # alone as an item: a field's value, a list's entry, an arrow's end; not two words of a lower-case
    # sentence ("rüya dalı birleştirildi": a branch was merged)
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", second.end)
    before = text[line_start : first.start].rstrip()
    after = text[second.end : len(text) if line_end < 0 else line_end].lstrip()
    if (before and not before.endswith(_ITEM_OPENERS)) or (after and not after.startswith(_ITEM_CLOSERS)):
        return None
    return second.end


# A payment's or a parcel's parties: outside an e-mail's header block too ("Havale/EFT\nGönderen: ...").
_SENDER_FIELDS = frozenset(["gonderen", "sender", "alici", "recipient", "payer", "payee"])
# Labels that _PERSON_FIELDS leaves out, as transcripts' speakers, head the person's own line in a
# record ("Hasta: KEREM KAVAK"); a patient's or a pupil's speech is seldom written in capitals (a
# customer's is: "Müşteri: KARTIM ÇALINDI").
_RECORD_SUBJECT_FIELDS = n.phrase_keys(["patient", "hasta", "öğrenci", "student"])
_CAPITALS_FIELDS = _PERSON_FIELDS | _ADDRESS_FIELDS | _SENDER_FIELDS | _RECORD_SUBJECT_FIELDS
# Forms, notices and exports write names in capitals ("Sn. MUKERREM TAŞLICA", "ADI SOYADI: BİRSU
# SENGUR", "Personel: VARCİN, Husrev"), which the word rules skip as acronyms. A run of one to three
# words in capitals is a name after an honorific, or as the whole value of a person's field; there,
# unlisted, its most name-like word must not be clearly ordinary to the character model.
_CAPITALS_WORDS = 3
UNLIKELY_NAME_IN_CAPITALS = 0.15


def _capitals_names(text: str, tokens: list[n.Token]) -> list[tuple[int, int, float, str]]:
    found: list[tuple[int, int, float, str]] = []
    i = 0
    while i < len(tokens):
        if not _in_capitals(tokens[i]):
            i += 1
            continue
        end = i + 1
        while (
            end < len(tokens)
            and end - i < _CAPITALS_WORDS
            and _in_capitals(tokens[end])
            and n.joined(text, tokens[end - 1], tokens[end])
        ):
            end += 1
        span = (tokens[i].start, tokens[end - 1].end)
        words = tokens[i:end]
        listed = _listed(words)
        # "KVKK", "ALL STAFF", "IT SUPPORT": frequent words, and acronyms of two letters
        ordinary = all(
            len(w.text) < 3 or w.key in n.common_words() or w.key in n.NOT_NAME_KEYS for w in words
        )
        if i > 0 and n.honorific_before(text, tokens, i) and not ordinary:
            found.append((*span, n.STRONG, "honorific before a name in capitals"))
        elif (
            i > 0
            and tokens[i - 1].text.islower()
            and _role_before(text, tokens, i)
            and len(words) > 1
            and n.is_first(words[0])
            and not words[0].stop
        ):
            # "babası RECEP KIZIL": after a kinship word or a role, a listed given name opens the run,
            # whatever frequent word the surname is
            found.append((*span, n.STRONG, "role before a name in capitals"))
        elif (
            _after_field_separator(text, span[0])
            and (_field_label(text, *span) in _CAPITALS_FIELDS or _person_field_before(text, *span))
            and not ordinary
            and (listed or name_likelihood(words) >= UNLIKELY_NAME_IN_CAPITALS)
        ):
            found.append((*span, n.STRONG if listed else n.WEAK, "a person's field in capitals"))
        elif (
            (_register_entry(text, *span) or _surname_before_given(text, words))
            and not ordinary
            and (listed or name_likelihood(words) >= UNLIKELY_NAME_IN_CAPITALS)
        ):
            found.append((*span, n.STRONG if listed else n.WEAK, "a register's entry in capitals"))
        elif _full_name_in_capitals(words):
            found.append((*span, n.STRONG, "a full name in capitals"))
        elif _name_like_entry_in_capitals(text, words):
            found.append((*span, n.WEAK, "a name-like entry in capitals"))
        i = end
    return found


def _full_name_in_capitals(words: list[n.Token]) -> bool:
    """Two or three words in capitals that open with a listed given name and end with a listed
    surname, any between listed too, none of them a frequent word: "EMİNE KORKMAZ", "DORIS HOLLAND" (not
    "HASAN ÇAY", "tea", nor a heading whose middle word no list knows)."""
    return (
        1 < len(words) <= _CAPITALS_WORDS
        and n.is_first(words[0])
        and n.is_surname(words[-1])
        and all(n.is_listed(w) for w in words[1:-1])
        and not any(w.stop or w.key in n.common_words() or w.key in n.NOT_NAME_KEYS for w in words)
    )


# What may stand before an entry on its line: nothing, a field's label, a cell border or a list's
# number or bullet; and after it: the line's end, a dash, a bracket, a comma, a semicolon, a colon or a
# cell border.
_ENTRY_BEFORE = re.compile(r"(?:[^\W\d_][\w .'’/()-]*:|[|\t]|\d{1,3}[.)]|[-•*])?[ \t]*")
_ENTRY_AFTER = re.compile(r"[ \t]*(?:$|\n|[-–(,;:|])", re.MULTILINE)
# The most name-like word of such an entry at least this name-like to the character model when no
# list knows any of them.
_NAME_LIKE_IN_CAPITALS = 0.5


def _name_like_entry_in_capitals(text: str, words: list[n.Token]) -> bool:
    """Two or three words in capitals, one of them a listed given name, a foreign spelling or name-like
    to the character model and none a frequent word or a place, not all English words no list holds as
    names, alone as a form's value or a list's entry:
    "Satıcı: MARIKO TSUDA | Alıcı ...", "2. ORLA NÍ BHRIAIN - oil on canvas" (a heading's words are
    frequent: "TESLİM FİŞİ", "EXPRESSION OF WISH")."""
    if not 1 < len(words) <= _CAPITALS_WORDS:
        return False
    start, end = words[0].start, words[-1].end
    line_start = text.rfind("\n", 0, start) + 1
    after = _ENTRY_AFTER.match(text, end)
    if _ENTRY_BEFORE.fullmatch(text, line_start, start) is None or after is None:
        return False
    if not text[line_start:start].strip() and not after.group(0).strip():
        return False  # a line of its own in capitals is a heading as often: "KİRA SÖZLEŞMESİ"
    if not all(len(w.text) >= 3 and _no_frequent_word(w) for w in words):
        return False
    # English words no list holds as names, however rare, are a heading: "SLUDGE THICKENER" (one of
    # them may be a foreign name's spelling: "CECA", "IVO")
    if all(not n.is_listed(w) and any(word_classes(w.key)) for w in words):
        return False
    # a listed surname alone vouches for nothing here: "CURRENT TEST CASE" lists all three
    return any(n.is_first(w) or w.foreign for w in words) or name_likelihood(words) >= _NAME_LIKE_IN_CAPITALS


# "Tutuklu: KARATAŞ, Melike (B-12)", "| ÖZTÜRK, Canan |": the surname in capitals, a comma, then a
# capitalised given name that ends its own phrase.
_GIVEN_AFTER_COMMA = re.compile(r",[ \t]+([^\W\d_]+)(?![\w'’-])")
# What may stand before the surname on its line: nothing, a field's label, a table's cell border,
# or a list's number or bullet ("3. OKONJO, Ebere: oath").
_ENTRY_OPENING = re.compile(r"(?:[^\W\d_][\w .'’/-]*:|[|\t]|\d{1,3}[.)]|[-•*])?[ \t]*")


def _capitalised_word(word: str) -> bool:
    """A capital and then lower-case letters only, in any Latin alphabet ("Jófríður", not "JÓN")."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _surname_before_given(text: str, words: list[n.Token]) -> bool:
    """Whether ``words`` (in capitals) are a surname written before the given name, as forms and
    registers list people: at the start of a line, a field's value or a cell, followed by a comma
    and a listed given name, a foreign one or one the character model finds name-like; never a day
    ("Son arama: SAL, Elif Hanım ile")."""
    start, end = words[0].start, words[-1].end
    rest = _GIVEN_AFTER_COMMA.match(text, end)
    if rest is None or not _capitalised_word(rest.group(1)) or any(w.key in n.CALENDAR_KEYS for w in words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _ENTRY_OPENING.fullmatch(text, line_start, start) is None and not _mark_before(text, start, "|"):
        return False
    given = n.tokenize(rest.group(1))[0]
    if given.stop or given.key in n.common_words() or given.key in n.places():
        return False
    # after a patronymic any given name no list knows will do ("HALLSDÓTTIR, Yrsa")
    patronymic = len(words) == 1 and n.patronymic(words[0].key)
    return (
        n.is_first(given)
        or name_probability(given.text) >= _P_MID
        or (patronymic and _no_frequent_word(given))
    )


# A register's or a notice's entry opens its line with the surname in capitals, then the given
# name or where the person lived: "PRIYADARSHANI, Donna, retired clerk", "ARCHIE MERCADO, of
# Richmond, died ...".
_REGISTER_REST = re.compile(r",[ \t]+(?:(?:late[ \t]+|formerly[ \t]+)?of[ \t]+[A-Z]|([A-Z][a-z]+),)")


def _register_entry(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    rest = _REGISTER_REST.match(text, end)
    if text[line_start:start].strip() or rest is None or n.fold(text[start:end]) in n.places():
        return False
    given = rest.group(1)
    return given is None or (n.fold(given) in n.first_names() and n.fold(given) not in n.places())


def _in_capitals(tok: n.Token) -> bool:
    return (
        len(tok.text) >= 2
        and tok.text.isupper()
        and tok.key not in n.COMPANY_KEYS
        and tok.key not in n.HONORIFIC_KEYS
        and tok.key not in n.ADDRESSEE_KEYS
    )


def _surnames_in_capitals(text: str, tokens: list[n.Token]) -> list[tuple[int, int, float, str]]:
    """A given name and then the surname in capitals, as forms and lists write them ("witness: Ilse
    MARQUARDT"): the given name listed, foreign or name-like to the character model, the surname
    listed, foreign or name-like and neither a frequent word nor a place; not inside a heading in
    capitals (no capitalised word follows)."""
    found: list[tuple[int, int, float, str]] = []
    for i in range(len(tokens) - 1):
        given, surname = tokens[i], tokens[i + 1]
        if (
            not given.capitalised
            or given.text.isupper()
            or not _in_capitals(surname)
            or len(surname.text) < 3
        ):
            continue
        if not n.joined(text, given, surname) or given.text[-1:] in "'’":
            continue
        if (
            i + 2 < len(tokens)
            and tokens[i + 2].text[:1].isupper()
            and n.joined(text, surname, tokens[i + 2])
        ):
            continue
        if not _name_like_word(given, n.is_first) or not _name_like_word(surname, n.is_surname):
            continue
        found.append((given.start, surname.end, n.WEAK, "a given name and a surname in capitals"))
    return found


def _surnames_in_capitals_first(text: str, tokens: list[n.Token]) -> list[tuple[int, int, float, str]]:
    """The surname in capitals and then the given name, as registers and forms write them ("heir:
    LINDQVIST Maja (half)"): the surname listed or foreign and the given name listed, foreign or
    name-like, or the surname name-like and the given name listed; neither a frequent word nor a
    place, no capitalised word after them (an acronym before a product's name: "USB Hub"). An acronym
    before an event's name that is also a given name still reads as one ("ACME Gala"): telling them
    apart by the given name's vector cost true names ("SURNAME Grant", "SURNAME Val")."""
    found: list[tuple[int, int, float, str]] = []
    for i in range(len(tokens) - 1):
        surname, given = tokens[i], tokens[i + 1]
        if not _in_capitals(surname) or len(surname.text) < 3 or not _capitalised_word(given.text):
            continue
        if not n.joined(text, surname, given) or (i > 0 and _in_capitals(tokens[i - 1])):
            continue
        if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper() and n.joined(text, given, tokens[i + 2]):
            continue
        if not (_no_frequent_word(surname) and _no_frequent_word(given)):
            continue
        if (n.is_surname(surname) or surname.foreign) and _name_like_word(given, n.is_first):
            found.append((surname.start, given.end, n.WEAK, "a surname in capitals and a given name"))
        elif n.patronymic(surname.key):
            # after a patronymic any given name no list knows will do ("HALLSDÓTTIR Yrsa")
            found.append((surname.start, given.end, n.WEAK, "a patronymic in capitals and a given name"))
        elif n.is_first(given) and name_probability(surname.text) >= _NAME_LIKE_IN_CAPITALS:
            found.append((surname.start, given.end, n.WEAK, "a surname in capitals and a given name"))
    return found


def _name_like_word(tok: n.Token, listed: Callable[[n.Token], bool]) -> bool:
    return _no_frequent_word(tok) and (
        listed(tok) or tok.foreign or name_probability(tok.text) >= _NAME_LIKE_IN_CAPITALS
    )


def find_cued_names(
    text: str,
    places: list[tuple[int, int]],
    known: list[tuple[int, int]],
    common: Callable[[str], bool] | None = None,
    word_like: Callable[[str], bool] | None = None,
) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) for names recognised by their context.

    ``places``: spans spaCy read as places (never a weak name); ``known``: names found otherwise,
    for coordination; ``common``: whether a spelling is an ordinary word (spaCy's vectors know it).
    A second pass lets a name found late in the sentence vouch for the one coordinated before it
    ("with Annika and Vrål Erichsen").
    """
    tokens = n.prompt_tokens(text)
    first = (
        _one_pass(text, tokens, places, known, common, word_like)
        + _lower_case_names(text, tokens, word_like)
        + _capitals_names(text, tokens)
        + _surnames_in_capitals(text, tokens)
        + _surnames_in_capitals_first(text, tokens)
        + _initialled_names(text)
        + _surnames_and_initials(text, word_like)
        + _family_names(text, common, word_like)
        + _display_names(text)
        + _defendants(text)
        + _postnominal_names(text)
    )
    if not first or not any(t.key in _COORD_KEYS for t in tokens):
        return first
    seen = {(f[0], f[1]) for f in first}
    again = _one_pass(text, tokens, places, known + list(seen), common, word_like)
    return first + [f for f in again if (f[0], f[1]) not in seen]


# Letters after a name that only a person holds, in brackets or after a comma: a nurse's registration,
# a degree, a fellowship, an honour ("Selwyn (RGN)", "Ada Quist, FRCS"). "MD", "MA" and "DO" are left
# out: they are also states after a town ("Salem, MA").
_POSTNOMINAL_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]*\()(?:RN|RGN|RMN|RSCN|HCA|PhD|MBBS|MBChB|FRCS|FRCP|MRCP|MRCGP|BSc|MSc|LLB|LLM|"
    r"QC|KC|CPA|ACA|FCA|ACCA|CFA|MBE|OBE|CBE|DBE)(?:\)|(?![\w'’-]))"
)
_CAPITALISED_BEFORE = re.compile(r"(?:(?<=[ \t(])|^)((?:[A-Z][\w'’-]*\.?[ \t]+)?[A-Z][\w'’-]*)$", re.M)


def _postnominal_names(text: str) -> list[tuple[int, int, float, str]]:
    """One or two capitalised words before a person's post-nominal letters: strong where a list
    knows a word as a name, weak where the character model finds the last one name-like and no
    word is a frequent one."""
    found: list[tuple[int, int, float, str]] = []
    for m in _POSTNOMINAL_AFTER.finditer(text):
        before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        words = [w for w in n.tokenize(before.group(1)) if not (w.stop or w.key in n.TITLE_STOP_KEYS)]
        if not words or any(w.key in n.common_words() or w.key in n.NOT_NAME_KEYS for w in words):
            continue
        start, end = words[0].start + before.start(1), words[-1].end + before.start(1)
        if any(n.is_listed(w) for w in words):
            found.append((start, end, n.STRONG, "a name before post-nominal letters"))
        elif name_probability(words[-1].text) >= _P_MID:
            found.append((start, end, n.WEAK, "a name-like word before post-nominal letters"))
    return found


# A given name and the initial of the surname: "Gökhan Ö. - 10 saat", "approved by Dorothy W. (duty)".
_INITIALLED = re.compile(r"(?<![\w.'’-])([^\W\d_][\w'’-]*)[ \t]+[A-ZÇĞİÖŞÜ]\.(?![^\W\d_])")
# A capitalised word after the initial, unless it is a frequent word opening the next sentence ("Ayşe
# K. Then"): the initial is a middle one.
_WORD_AFTER_INITIAL = re.compile(r"[ ]([A-ZÇĞİÖŞÜ][\w'’-]*)")  # one space: two or more part a table's cells


def _initialled_names(text: str) -> list[tuple[int, int, float, str]]:
    """A capitalised word, then a capital letter and a full stop: strong for a listed given name, weak
    for a foreign or name-like word; never a frequent word ("Plan B.", "Vitamin D.", "Hepatitis B."),
    a word the lists know only as a surname ("Block C.", "Gate A.") or a place."""
    if ". " not in text and not text.rstrip().endswith("."):
        return []
    found: list[tuple[int, int, float, str]] = []
    for m in _INITIALLED.finditer(text):
        words = n.tokenize(m.group(1))
        if len(words) != 1 or not words[0].capitalised or words[0].text.isupper():
            continue
        word = words[0]
        end, kind = m.end(0), "an initial"
        following = _WORD_AFTER_INITIAL.match(text, end)
        if following is not None and not (after := n.tokenize(following.group(1))[0]).stop:
            # A middle initial: the surname after it ends the name ("Marisol T. Quintero"), for the
            # filters to judge with what follows ("Halide N. Ersoy Müzesi" is a museum).
            if not _surname_like(after):
                continue
            end, kind = following.end(1), "an initial and a surname"
        if (
            word.stop
            or word.key in n.NOT_NAME_KEYS
            or word.key in n.HONORIFIC_KEYS
            or word.key in n.TITLE_STOP_KEYS
            or word.key in n.COMPANY_KEYS
        ):
            continue
        if n.is_first(word):
            found.append((m.start(1), end, n.STRONG, f"a given name and {kind}"))
            continue
        ordinary = word.key in n.common_words() or word.key in n.less_common_words()
        if ordinary or n.is_surname(word) or word.key in n.places():
            continue
        if name_probability(word.text) >= _P_MID:
            found.append((m.start(1), end, n.WEAK, f"a name-like word and {kind}"))
    return found


_NOT_SURNAME_KEYS = (
    n.NOT_NAME_KEYS
    | n.CALENDAR_KEYS
    | n.HONORIFIC_KEYS
    | n.TITLE_STOP_KEYS
    | n.COMPANY_KEYS
    | n.SALUTATION_KEYS
)
_PLACE_INITIALS = re.compile(r",[ \t]+(?:D\.C|N\.Y|N\.J|L\.A|U\.K|U\.S)\.")
# A surname, a comma and the initials of the given names, as references and minutes list people:
# "minutes taken by Lindqvist, T.", "Prepared by: Brennan, K. M."
_SURNAME_AND_INITIALS = re.compile(
    r"(?<![\w.'’-])([^\W\d_][\w'’-]*),[ \t]+[A-ZÇĞİÖŞÜ]\.(?:[ \t]?[A-ZÇĞİÖŞÜ]\.)?(?![^\W\d_])"
)


def _surnames_and_initials(
    text: str, word_like: Callable[[str], bool] | None
) -> list[tuple[int, int, float, str]]:
    """A capitalised word, a comma and one or two initials: strong for a listed surname (or a
    patronymic, or a foreign spelling), weak for a listed given name or a word the character model
    finds name-like; never a frequent word no list knows as a name, a word whose vector lies among
    ordinary words ("Plan, B."), a listed place, one before a place's initials ("Washington, D.C.")
    or a title's or a firm's word. (spaCy's reading is no guide: it takes many surnames before an
    initial for towns.)"""
    if ", " not in text:
        return []
    found: list[tuple[int, int, float, str]] = []
    for m in _SURNAME_AND_INITIALS.finditer(text):
        words = n.tokenize(m.group(1))
        if len(words) != 1 or not words[0].text[:1].isupper():
            continue
        word = words[0]
        if (
            word.stop
            or word.key in _NOT_SURNAME_KEYS
            or word.key in n.places()
            or (word_like is not None and word_like(word.text))
            or _PLACE_INITIALS.match(text, m.end(1))
        ):
            continue
        listed = n.is_listed(word)
        # Turkish surnames are often words ("Güneş", "Çelik"): a listed name may be one too
        if not listed and not _no_frequent_word(word):
            continue
        if n.is_surname(word):
            found.append((m.start(1), m.end(0), n.STRONG, "a surname and initials"))
        elif listed or name_probability(word.text) >= _P_MID:
            found.append((m.start(1), m.end(0), n.WEAK, "a name-like word and initials"))
    return found


def _surname_like(word: n.Token) -> bool:
    if word.key in n.common_words() or word.key in n.less_common_words() or word.key in n.places():
        return False
    return n.is_surname(word) or name_probability(word.text) >= _P_MID


# An address's display name: opening a line, or after a label's colon, another address or a comma
# ("Author: Riitta-Liisa Lundan <dev@x.org>", ".mailmap": "Ana Lima <a@x.org> ana lima <b@y.org>").
_DISPLAY_NAME = re.compile(
    r"(?:^|(?<=[>,:]))[ \t]*([^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3})[ \t]*<[^<>\s@]+@[^<>\s]+>",
    re.MULTILINE,
)


def _display_names(text: str) -> list[tuple[int, int, float, str]]:
    """Display names before an address: strong, as a mail client or git writes only a person, a
    team or a service there; two words or more (a lone listed given name too: "Netflix" is a
    service), none of a team's or a firm's words ("Support Team", "GitHub Actions": a frequent word,
    a company's suffix), and in lower case none of the less frequent words either."""
    if "@" not in text:
        return []
    found: list[tuple[int, int, float, str]] = []
    for m in _DISPLAY_NAME.finditer(text):
        words = n.tokenize(m.group(1))
        if not words or any(_firm_or_frequent_word(w) for w in words):
            continue
        if len(words) < 2 and not n.is_first(words[0]):
            continue
        if all(w.text.islower() for w in words) and (
            len(words) < 2 or any(w.key in n.less_common_words() and not n.is_listed(w) for w in words)
        ):
            continue
        start = m.start(1) + words[0].start
        found.append((start, m.start(1) + words[-1].end, n.STRONG, "an address's display name"))
    return found


def _firm_or_frequent_word(word: n.Token) -> bool:
    return (
        word.stop
        or word.key in n.NOT_NAME_KEYS
        or word.key in n.COMPANY_KEYS
        or (word.key in n.common_words() and not n.is_listed(word))
    )


# "R v SURNAME, Given", "R v Given Surname": a criminal case's defendant, as English courts list it.
_DEFENDANT = re.compile(r"\bR\.?[ \t]+v\.?[ \t]+([A-ZÇĞİÖŞÜ][\w'’\-]*(?:,?[ \t]+[A-ZÇĞİÖŞÜ][\w'’\-]*){0,3})")


def _defendants(text: str) -> list[tuple[int, int, float, str]]:
    """The defendant after "R v", up to the first frequent word ("R v Secretary of State": none)."""
    if " v" not in text:
        return []
    found: list[tuple[int, int, float, str]] = []
    for m in _DEFENDANT.finditer(text):
        words = n.tokenize(m.group(1))
        kept = []
        for w in words:
            if _firm_or_frequent_word(w):
                break
            kept.append(w)
        if kept:
            found.append((m.start(1) + kept[0].start, m.start(1) + kept[-1].end, n.STRONG, "a defendant"))
    return found


# A family called by its surname: "the MOSES family", "Koyuncu ailesi" (and its case forms).
_FAMILY = re.compile(
    r"\b(?:[Tt]he[ \t]+([A-ZÇĞİÖŞÜ][\w'’-]+)[ \t]+(?:family|families|household)\b"
    r"|([A-ZÇĞİÖŞÜ][\w’'-]+)[ \t]+aile(?:si|sine|sinin|sinden|siyle|sini)\b)"
)


def _family_names(
    text: str, common: Callable[[str], bool] | None, word_like: Callable[[str], bool] | None
) -> list[tuple[int, int, float, str]]:
    """A surname before "family" or "ailesi", strong when listed or name-like: never a frequent
    word, a place, a people ("the English family", "Türk ailesi", "Osmanlı ailesi") or, unlisted, a
    word spaCy's vectors know ("the Python family")."""
    found: list[tuple[int, int, float, str]] = []
    for m in _FAMILY.finditer(text):
        group = 1 if m.group(1) else 2
        word = n.tokenize(m.group(group))
        if len(word) != 1:
            continue
        tok = word[0]
        if tok.key in n.common_words() or tok.key in n.places() or tok.key in n.NOT_NAME_KEYS:
            continue
        turkish_origin = group == 2 and _FROM_PLACE.search(tok.key) is not None
        if tok.key in _PEOPLES or turkish_origin or (word_like is not None and word_like(tok.text)):
            continue
        listed = n.is_surname(tok)
        if not listed and common is not None and common(tok.text):
            continue
        start = m.start(group)
        # An unlisted surname that reads as a name is as sure: "the Balogun family".
        strong = listed or name_probability(tok.text) >= _P_MID
        found.append((start, start + len(tok.text), n.STRONG if strong else n.WEAK, "a family's surname"))
    return found


# Peoples and ranks that are also listed surnames ("the Royal family"), folded, and Turkish "-li"
# adjectives of origin ("Osmanlı", "Konyalı").
_PEOPLES = frozenset(
    map(
        n.fold,
        n.word_set(
            """
            english german french irish scottish welsh dutch american british italian spanish turkish
            royal imperial holy türk kürt alman rus arap fransız ingiliz italyan yunan ermeni laz
            çerkez gürcü japon acem boşnak
            """
        ),
    )
)
_FROM_PLACE = re.compile(r"(?:li|lu)$")


def _one_pass(
    text: str,
    tokens: list[n.Token],
    places: list[tuple[int, int]],
    known: list[tuple[int, int]],
    common: Callable[[str], bool] | None,
    word_like: Callable[[str], bool] | None = None,
) -> list[tuple[int, int, float, str]]:
    found: list[tuple[int, int, float, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not _candidate(tok):
            i += 1
            continue
        end = n.extend_name(text, tokens, i, 3)
        # "Servi Hanım Lauderdale": a cue word closes the name.
        end = next((k for k in range(i + 1, end) if tokens[k].key in _CUE_WORDS), end)
        words = tokens[i:end]
        if len(words) > 1 and not _listed(words[:1]) and n.is_first(words[1]):
            # "Yarın Fulya'ya", "Customer Lauren called": a capitalised word before a listed first name.
            i += 1
            continue
        span = (tok.start, words[-1].end)
        prev = tokens[i - 1] if i > 0 and not _sentence_start(text, tokens, i) else None
        nxt = tokens[end] if end < len(tokens) and n.joined(text, words[-1], tokens[end]) else None
        listed = _listed(words)
        spacy_place = any(s < span[1] and span[0] < e for s, e in places)
        # A listed given name that is also a place ("Aydın", "Selim") is left to the cue.
        gazetteer_place = place_run(text, words) and not n.is_first(words[0])
        place = spacy_place or gazetteer_place
        suffix = _SUFFIX.match(text, words[-1].end) is not None
        why = ""
        strong = False
        if i > 0 and tokens[i - 1].key in _DET_KEYS and n.joined(text, tokens[i - 1], tok):
            why = ""
        elif _pair_cue_before(text, tokens, i):
            why, strong = "person verb and preposition before", listed
        elif prev is None and _verb_after_attachment(text, tokens, end):
            why, strong = "subject of a person verb", listed
        elif _comitative_talk(text, tokens, end):
            why, strong = "Turkish 'with' before a verb of talking", listed
        elif _question_subject(text, tokens, i, end) and not (
            listed is False and word_like is not None and word_like(tok.text)
        ):
            why, strong = "subject of a question", listed
        elif _person_verb_after(text, tokens, end) and not (
            # "Payment sent.", "Refund approved.", "Claim rejected": a status line opens with an
            # ordinary noun and a participle; a sentence's first word needs a list or a rare spelling.
            prev is None and not listed and len(words) == 1 and common is not None and common(tok.text)
        ):
            why, strong = "person verb after", listed
        elif _mention(text, tok.start):
            why, strong = "chat mention", listed
        elif _NEW_COLLEAGUE.match(text, words[-1].end):
            why, strong = "a new colleague introduced", listed
        elif _RELATIVE_AFTER.match(text, words[-1].end):
            why, strong = "possessive before a relative", listed
        elif _with_writer(tokens, end):
            why, strong = "coordinated with the writer", listed
        elif nxt is not None and nxt.key in _TR_AFTER_KEYS:
            why, strong = "Turkish person word after", listed
        elif prev is not None and prev.key in _CUE_KEYS and n.joined(text, prev, tok):
            why, strong = "person verb before", listed
        elif (
            prev is not None
            and _role_or_speech_before(text, tokens, i, end)
            and not (len(words) == 1 and not listed and word_like is not None and word_like(tok.text))
        ):
            why, strong = "role or reported speech before", listed
        elif _coordinated(text, tokens, i, end, known + [(f[0], f[1]) for f in found]):
            why, strong = "coordinated with a name", listed
        elif prev is not None and prev.key in _PREP_KEYS and len(words) > 1:
            why, strong = "preposition before a full name", listed
        elif suffix and listed and not gazetteer_place:
            why, strong = "listed name with a Turkish case suffix", True
        elif (
            (verb := _verb_later(text, tokens, end))
            # A word with a case suffix inside the clause is where or whom, not the subject:
            # "Erte dün Zanzibar'dan döndü".
            and not (suffix and prev is not None)
            and (verb == "listed" or _name_before_any_verb(text, words, prev is None))
        ):
            why, strong = "Turkish person verb at the end of the clause", listed
        elif _sign_off_before(text, tokens, i):
            why, strong = "sign-off before", listed
        elif _greeted(text, tokens, i, end):
            why, strong = "greeting before", listed
        elif _bracketed_after_number(text, *span):
            why, strong = "in brackets after a number", listed
        elif _AGE_AFTER.match(text, words[-1].end):
            why, strong = "an age after", listed
        elif _chat_author(text, *span) and (listed or len(words) > 1):  # not "Standup  9:30 AM"
            why, strong = "a chat message's author", listed
        elif _person_field_before(text, *span):
            why, strong = "a person's field", listed
        elif _address_field_before(text, *span) and not (
            # "To: Finance", "Cc: Legal": a team is addressed as often as a person
            len(words) == 1 and common is not None and common(tok.text)
        ):
            why, strong = "an e-mail's sender or recipient", listed
        scored = False
        if not why and not (i > 0 and tokens[i - 1].key in _ARTICLE_KEYS):
            weight = context_score(text, tokens, i, end, place)
            # "while True:", "a connector for Python": a lone capitalised word whose vector lies
            # among ordinary words is no one without a cue phrase (name_vectors.py).
            ordinary = len(words) == 1 and word_like is not None and word_like(tok.text)
            if weight >= CONTEXT_THRESHOLD and not ordinary:
                why, strong, scored = f"context score {weight:.1f}", weight >= CONTEXT_STRONG, True
        if why and nxt is not None and nxt.key in n.NOT_NAME_KEYS and nxt.capitalised:
            why = ""  # "Customer Support", "Lauren Street": the run goes on into a team or a place
        if why and not scored and LOCATIVE.match(text, words[-1].end):
            why = ""  # "Ayşe ile Gana'da": a locative marks where, seldom whom (weighed in context_score)
        if why and not strong and not scored:
            likelihood = name_likelihood(words)
            if likelihood >= LIKELY:
                strong, why = True, f"{why}, name-like spelling"
            elif likelihood < _FLOORS.get(why, UNLIKELY) and not (
                # "Saygılarımla, Itaia Kumbaracıbaşı": two or three words, none of them ordinary
                why == "sign-off before" and _unknown_words(words, common)
            ):
                why = ""
        if why and not scored and gazetteer_place and not listed:
            why = ""  # "dün Bahreyn'den döndü": a known place needs the name lists to be a person
        if why in _PERSON_ONLY_CUES and spacy_place and not gazetteer_place:
            # "loop in Cajetan", "Hi Oluwaseun,": spaCy's place or nation reading of a word no list
            # holds is a guess, and one these cues contradict; strong, to outrank its LOCATION span.
            strong = True
        if why and (strong or not place):
            found.append((*span, n.STRONG if strong else n.WEAK, why))
        i = end
    return found


# Head nouns that make the capitalised words before them a place or an organisation's unit:
# "Baldwin şubesi", "Bishop Auckland branch", "Kennedy Airport".
_PLACE_HEADS = tuple(
    n.fold(w)
    for w in sorted(
        n.word_set("""
    şube şubesi şubesinin şubesine şubemiz branch office street road avenue airport station hotel
    hospital university caddesi sokak sokağı mahallesi ilçesi köyü havalimanı hastanesi üniversitesi
    straße strasse platz bahnhof rue avenue gare
    """)
    )
)


def followed_by_place_head(text: str, end: int) -> bool:
    """Whether the word right after ``end`` makes the span a place ("Baldwin şubesinin")."""
    m = n.WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m is not None and n.fold(m.group(0)).startswith(_PLACE_HEADS)
