"""Person names that spaCy's English models miss: gazetteer, honorifics and name cues.

``en_core_web_md`` (and ``_sm``) are the only NER models we can ship offline, and they miss many
Turkish, French and German names. This recognizer adds three kinds of evidence, all language-aware
and cheap (one regex pass over the text, set look-ups per capitalised word):

- a capitalised word that is a known first name followed by one to three capitalised words
  ("Ayşe Yılmaz", "Jean-Luc de la Fontaine"); stronger when the last one is a known surname;
- honorifics before a capitalised word ("Sayın Demir", "Mme Lefèvre", "Herr Müller", "Dr. Jones")
  or Turkish ones after it ("Ayşe Hanım", "Mehmet Bey");
- self-introductions and salutations ("my name is", "adım", "je m'appelle", "ich heiße", "Dear").

The name lists come from openly licensed packages (``name_data/SOURCES.md``), never from Faker,
which the older benchmark uses to generate its test names (the character model of
``name_model.py`` is trained on Faker's names, so that benchmark no longer tests names blind).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guard.pii.language import spacy_stop_words
from guard.pii.name_model import name_probability

DATA = Path(__file__).resolve().parent / "name_data"

# A first name followed by a known surname, an honorific or a self-introduction: above spaCy's 0.85
# so that when spaCy reads the same span as a place, the name reading wins.
STRONG = 0.9
# A first name followed by a capitalised word that is not a known surname. Still above the default
# 0.4 threshold: a redactor had better mask "Victoria Station" than let "Gökhan Kılıçdaroğlu" through.
WEAK = 0.5

# Below this character-model probability a capitalised word is an ordinary word, not a given name.
UNLIKELY_NAME = 0.15

_FIRST_WEAK = "first name + capitalised word"
_SURNAME_WEAK = "capitalised word + surname"
_FOREIGN = "capitalised word with foreign letters"


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# One word: letters, with inner hyphens or apostrophes ("Jean-Luc", "O'Brien", "Yılmaz'ın").
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Where a word starts: a letter after no letter, digit, underscore or apostrophe.
WORD_START = re.compile(r"(?<![\w'’])[^\W\d_]")


def word_at(text: str, start: int) -> str:
    """The word that starts at ``start`` (the character itself where none does)."""
    m = WORD.match(text, start)
    return m.group(0) if m else text[start]


def pronoun_i(word: str) -> bool:
    """The pronoun "I" and its contractions ("I'm", "I’ll"): capitalised wherever it stands."""
    return word == "I" or word.startswith(("I'", "I’"))


# What may separate two words of one name: spaces only (no comma, no line break).
_SAME_NAME_GAP = re.compile(r"[ \t]{1,2}")
_HONORIFIC_GAP = re.compile(r"\.?[ \t]{1,2}")
_TITLE_GAP = re.compile(r"\.[ \t]{1,2}")

# Lower-case particles inside a name ("Ludwig van Beethoven", "Hélène de la Fontaine").
PARTICLES = word_set(
    """
    de da di do du des del della der den dos das la le van von zu ten ter bin ibn al el y e
    """
)
# Before a name, with or without a full stop. Only those that are not also ordinary words.
_HONORIFICS_BEFORE = word_set(
    """
    mr mrs ms mx miss dr prof sir dame madam lady lord herr frau herrn fräulein m mme mmes mlle monsieur
    madame mademoiselle messieurs maître pr sayın sayin bayan sn sr sra srta sig dott signor signora
    """
)
# Abbreviated titles that count only with their full stop ("Doç. Dr. Ayşe", "Av. Mehmet", "Op. Dr.",
# a veterinarian's "Vet. Hek.", a dentist's "Dt.").
_TITLES_WITH_STOP = word_set(
    """
    doç doc yrd öğr ogr gör gor okt çev cev uzm op müh muh av ing dipl univ hemş ecz psk fzt dyt vet hek
    dt
    """
)
# Legal forms after a capitalised run make it a company: "Zahn Becker GbR", "Aksu Ltd. Şti.".
_COMPANY_SUFFIXES = word_set(
    """
    inc ltd llc llp plc corp co gmbh gbr ag kg ohg ug mbh kgaa ev sa sas sarl sàrl sasu sci eurl şti sti
    aş as a.ş san tic holding group grup
    """
)
# Turkish honorifics follow the name: "Ayşe Hanım", "Mehmet Bey'e".
_HONORIFICS_AFTER = frozenset(
    ["hanım", "hanim", "bey", "hanımefendi", "beyefendi", "abla", "abi", "hoca", "hocam"]
)
# Words after which the next capitalised word is someone's name.
_CUES: tuple[tuple[str, ...], ...] = (
    ("my", "name", "is"),
    ("name", "is"),
    ("i", "am", "called"),
    ("mein", "name", "ist"),
    ("ich", "heiße"),
    ("ich", "heisse"),
    ("je", "m'appelle"),
    ("je", "m’appelle"),
    ("mon", "nom", "est"),
    ("adım",),
    ("ismim",),
    ("benim", "adım"),
    ("adı",),
    ("soyadım",),
    ("me", "llamo"),
    ("mi", "chiamo"),
)
# A salutation only counts before a known first name or surname ("Dear Customer" is no one).
_SALUTATIONS = word_set(
    """
    dear hi hello sevgili değerli degerli cher chère chere liebe lieber hallo merhaba bonjour bonsoir
    salut hey guten aboard welcome morning günaydın geldin geldiniz selam thanks teşekkürler
    """
)

# First names that are also everyday words; they need a known surname after them.
AMBIGUOUS_FIRST = word_set(
    """
    will may can hope bill mark grant page dean joy faith grace rose ruby summer sunny june april august
    january march july october november december monday friday sunday major king young long love price
    rich jordan paris china india israel virginia georgia carolina florence austin dallas houston
    lincoln washington chase miles gay guy pat art ray sky star angel christian general deniz su ay
    gül nur umut barış kaya demir tan yaz bahar sevgi sevinç güneş yıldız ışık eylül nisan mayıs kasım
    ekim ocak şubat mart haziran temmuz ağustos aralık pazar cuma salı juin mars avril août janvier
    juillet octobre novembre décembre saint sainte tuesday wednesday thursday saturday pazartesi
    çarşamba perşembe cumartesi
    """
)
# Who a greeting or a title may address without naming anyone: "Hi Team,", "Merhaba Ekip",
# "Sayın Yetkili" ("Dear Official", how Turkish complaint letters open), "Teşekkürler Hocam".
_ADDRESSEES = word_set(
    """
    team all everyone everybody folks guys gals people there world support customer customers sir
    madam mom mum dad friends friend colleagues mate mates buddy bro boss doc doctor admin assistant
    bot morning afternoon evening night day tag morgen abend nacht tout monde ekip arkadaşlar herkes
    hocam abi abla hanımefendi beyefendi yetkili destek
    """
)
# Capitalised words that head a place, a company or a product, or name a job or a team, rather than
# a person's name.
_NOT_NAME_WORDS = word_set(
    """
    street st road rd avenue ave lane boulevard blvd square place station airport park city county bank
    hospital university college school hotel river lake mount bay beach bridge center centre company
    group inc ltd llc gmbh ag sa sas sarl plc corp foundation ministry office service services support
    team department card cards account app visa mastercard iban swift eur usd gbp try tl rue allée
    chemin impasse quai cedex ville mairie banque straße strasse str weg platz gasse allee ring damm
    ufer markt bahnhof stadt caddesi cad sokak sokağı sok mahallesi mah bulvarı bulvari meydanı şubesi
    subesi bankası bankasi hastanesi üniversitesi universitesi ili ilçesi köyü anonim şirketi holding
    a.ş north south east west new old upper lower great little saint sainte ste san santa port fort
    point cape isle glen team staff sales billing customer customers manager management mobile cell
    home work fax admin helpdesk desk everyone euro euros dollar dollars pound pounds lira franc
    kronor kroner krona
    alley arcade bypass crescent garden gardens hollow greens crossing landing meadows ridge plaza
    highway mews parkway terrace turnpike plads vej gade allé manor trace viaduct causeway circle
    expressway freeway heights junction overpass spur trail tunnel underpass
    torv gata gatan vägen väg gränd torg veien vei plass katu kuja polku tori straat laan plein
    kanunu meclisi muharebesi gazetesi kuvvetleri bakanlığı belediyesi valiliği müdürlüğü derneği
    vakfı partisi kurumu başkanlığı ajansı kulübü lisesi okulu camii kalesi savaşı antlaşması
    imparatorluğu devleti cumhuriyeti krallığı ordusu harbi cephesi hükümeti hükûmeti meselesi
    kongresi cemiyeti heyeti komutanlığı fakültesi enstitüsü müzesi sarayı köprüsü limanı adası
    dağı gölü nehri ovası boğazı denizi körfezi vilayeti sancağı
    officer officers solicitor adjuster engineer analyst developer director coordinator consultant
    specialist administrator accountant auditor supervisor technician inspector clerk secretary
    advisor adviser receptionist paralegal underwriter cashier teller registrar steward stewardess
    lifeguard treasurer chairperson quizmaster
    merkezi birimi birimine ekibi ekibine servisi servisine bölümü departmanı kargo sigorta sigortası
    uzmanı şefi sorumlusu memuru yöneticisi temsilcisi danışmanı asistanı mühendisi sekreteri
    koordinatörü denetçisi müfettişi müdür müdürü servis başhekim
    yetkilisi hemşiresi temsilcileri sorumluları yetkilileri
    """
)
# Words that head a place or an institution, named after a person or a place: "Conway Pharmacy",
# "Kendal Primary", "Eugene Badminton Club", "Melikgazi Sitesi", "Aarhus Kommune". Those that are also
# listed surnames ("House", "Hall", "Church", "Court") are left out by the filter that reads this list.
_INSTITUTION_WORDS = word_set(
    """
    pharmacy chemist chemists primary school academy college university clinic surgery dental
    dentist practice medical health club society trust foundation hotel inn restaurant cafe café
    bakery garage motors estate estates kommune library museum theatre theater mosque cathedral
    station airport centre stadium gym studio studios pub market store stores shop supermarket
    nursery infirmary hospice pharmacie apotheke apotek apoteket klinik klinikk skole skule sykehus
    sjukhus praxis schule krankenhaus kommun kunta council borough county parish hostel motel resort
    salon bostäder apt sok sk mah mh
    eczane eczanesi hastanesi okulu okul lisesi ilkokulu ortaokulu koleji anaokulu kreşi sitesi
    apartmanı mahallesi caddesi sokak sokağı belediyesi kulübü derneği vakfı camii kliniği
    polikliniği devlet üniversitesi marketi fırını lokantası restoran restoranı oteli pastanesi
    holding parfümeri kuaför kuaförü büfe büfesi kasabı tekstil inşaat mobilya otomotiv gıda
    turizm nakliyat emlak ticaret sanayi matbaa kırtasiye optik kafe
    street road lane square plaza close drive grove row walk parade bridge city
    """
)
# Heads that also stand for a place where they are listed surnames are ner_filters._PLACE_ONLY_HEADS.
# Weekdays and months, and the abbreviations people write for them, in the languages we read. A
# name never consists of them alone, and one at the edge of a span is no part of the name ("Gulnus
# Cumartesi günü", "until Weds"). Those that are also listed names ("Jan", "May", "June", "Paz",
# "Thu") stay names unless a date stands by them ("until Thu", "Jan 12": ``ner_filters._dated``).
_CALENDAR_WORDS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri
    sat sun january february march april may june july september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    pazartesi salı çarşamba perşembe cuma cumartesi pazar pzt pts sal çrş çar çarş prş per perş cum
    cmt cts paz
    ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık oca şub nis haz tem ağu
    eyl eki kas ara
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli
    oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin
    juillet août septembre octobre novembre décembre
    """
)


def phrase_keys(phrases: Sequence[str]) -> frozenset[str]:
    """Each phrase folded word by word ("Adı Soyadı" -> "adi soyadi"), as labels are compared."""
    return frozenset(" ".join(fold(w) for w in phrase.split()) for phrase in phrases)


def fold(word: str) -> str:
    """A spelling-insensitive key: Turkish dotted/dotless i collapsed, accents dropped, lower case."""
    if word.isascii():
        return word.lower()
    word = word.replace("İ", "i").replace("I", "i").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's stop words of the languages whose names we look for, folded like the name lists."""
    return frozenset(fold(w) for w in spacy_stop_words(("en", "de", "fr", "tr")))


@functools.cache
def _load(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line) for line in lines if line and not line.startswith("#"))


@functools.cache
def places() -> frozenset[str]:
    """Places a capitalised word may be instead of a person (``build_places.py``), folded."""
    return _load("places.txt")


@functools.cache
def drugs() -> frozenset[str]:
    """Medicines' generic and brand names of one word (``build_drugs.py``), folded."""
    return _load("drugs.txt")


def first_names() -> frozenset[str]:
    return _load("first_names.txt")


def common_words() -> frozenset[str]:
    """Frequent English, Turkish, German and French words that are no listed name
    (``build_words.py``), folded."""
    return _load("common_words.txt")


def less_common_words() -> frozenset[str]:
    """The words ranked after ``common_words`` in the same lists, up to 20,000 per language
    (``build_words.py``), folded: rarer, so more often an unlisted name."""
    return _load("less_common_words.txt")


def turkish_name_words() -> frozenset[str]:
    """Frequent Turkish words that are also listed names ("şube", "lise", "hediye"; ``build_words.py``),
    folded: a thing's noun when inflected as one."""
    return _load("turkish_name_words.txt")


def surnames() -> frozenset[str]:
    return _load("surnames.txt")


AMBIGUOUS_KEYS = frozenset(fold(w) for w in AMBIGUOUS_FIRST)
NOT_NAME_KEYS = frozenset(fold(w) for w in _NOT_NAME_WORDS)
CALENDAR_KEYS = frozenset(fold(w) for w in _CALENDAR_WORDS)
INSTITUTION_KEYS = frozenset(fold(w) for w in _INSTITUTION_WORDS)
HONORIFIC_KEYS = frozenset(fold(w) for w in _HONORIFICS_BEFORE)
TITLE_STOP_KEYS = frozenset(fold(w) for w in _TITLES_WITH_STOP)
HONORIFIC_AFTER_KEYS = frozenset(fold(w) for w in _HONORIFICS_AFTER)
SALUTATION_KEYS = frozenset(fold(w) for w in _SALUTATIONS)
ADDRESSEE_KEYS = frozenset(fold(w) for w in _ADDRESSEES)
COMPANY_KEYS = frozenset(fold(w) for w in _COMPANY_SUFFIXES)
_CUE_KEYS = tuple(tuple(fold(w) for w in cue) for cue in _CUES)


class Token(NamedTuple):
    # A named tuple, not a frozen dataclass: one is built per word of every scanned text, and a
    # frozen dataclass's __init__ costs several times a tuple's.
    start: int
    end: int
    text: str
    key: str
    capitalised: bool
    # A function word of one of our languages ("In", "Le", "Mon", "Ben"): capitalised at the start of
    # a sentence, so it starts a name only after an honorific or a self-introduction.
    stop: bool
    # Letters no language we read writes, in a text written in one of them: a foreign name or place.
    foreign: bool = False


def prompt_tokens(text: str) -> list[Token]:
    # The name recognizer, the cue rules and the NER windows all read the same prompt's words.
    return list(_cached_tokens(text))


@functools.lru_cache(maxsize=8)
def _cached_tokens(text: str) -> tuple[Token, ...]:
    return tuple(tokenize(text))


def tokenize(text: str) -> list[Token]:
    out = []
    stop_words = _stop_words()
    # Only a text with a foreign letter needs its language weighed ("ours" matters to no other).
    ours = not foreign_letters(text) or _written_in_ours(text)
    for m in WORD.finditer(text):
        start, end = m.span()
        word = m.group(0)
        # A Turkish case suffix or an English possessive after an apostrophe is not part of the name.
        if word[0].isupper() and ("'" in word or "’" in word):
            for i, ch in enumerate(word):
                if ch in "'’" and i + 1 < len(word) and word[i + 1].islower() and i > 0:
                    word = word[:i]
                    end = start + i
                    break
        # "Hebert-sur-Marion", "Saint-Jean-de-Luz": lower-case hyphenated parts make a place, not a name;
        # an all-capitals part ("AI-Language") makes a term.
        capitalised = (
            word[0].isupper()
            and not word.isupper()
            and len(word) > 1
            and all(p[:1].isupper() and not (len(p) > 1 and p.isupper()) for p in word.split("-") if p)
        )
        foreign = ours and foreign_letters(word)
        key = fold(word)
        if foreign and key not in first_names() and key not in surnames():
            # An unlisted foreign word keeps its marks, so that it meets no list of words by chance
            # ("Lợi" is no "loi"); a listed one is read as listed ("Križan").
            key = word.lower()
        # no foreign word is one of our function words ("Sơn" is no French "son")
        out.append(Token(start, end, word, key, capitalised, key in stop_words and not foreign, foreign))
    return out


# Latin letters with marks that English, Turkish and the Western European languages we read never
# write (Vietnamese "ư", "ơ", "ạ"...; Polish "ł", "ś"; Czech "ř", "ů"; Romanian "ș", "ț"; Baltic "ė",
# "ū"): a word that holds one, in a text in those languages, is a foreign name or place, not one of
# their words. Folding drops the marks ("Lợi" -> "loi", a frequent word), so such a word the name
# lists do not know keeps them in its key; it counts as a name unless it is a known place.
_WESTERN_MARKED = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßğış" + "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒĞİŞ"
# What is neither ASCII nor one of those: one pass in C finds the few characters left to look at.
_NOT_WESTERN = re.compile(f"[^\x00-\x7f{_WESTERN_MARKED}]")


def foreign_letters(word: str) -> bool:
    """Whether ``word`` holds a Latin letter with marks no language we read writes."""
    if word.isascii():
        return False
    return any(ch.isalpha() and _latin(ch) for ch in _NOT_WESTERN.findall(word))


@functools.cache
def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


# Above this share of its lower-case words with foreign letters a text is written in another language
# (Vietnamese, Polish, Czech: half or a third of their words), whose capitalised words are its own.
_FOREIGN_TEXT_SHARE = 0.15


def _written_in_ours(text: str) -> bool:
    lower = [w for w in WORD.findall(text) if len(w) > 1 and w.islower()]
    foreign = sum(1 for w in lower if foreign_letters(w))
    return foreign <= _FOREIGN_TEXT_SHARE * len(lower)


# Letters with a stroke, which Unicode does not decompose into a letter and a mark: "Łódź" is
# listed as "Lodz".
_STROKES = str.maketrans("łŁđĐħĦŧŦƀɨ", "lLdDhHtTbi")


@functools.cache
def foreign_places() -> frozenset[str]:
    """One-word places spelt with foreign letters ("Gdańsk", "Huế"; ``build_places.py``), folded."""
    return frozenset(fold(p.translate(_STROKES)) for p in _load("foreign_places.txt"))


def foreign_name(token: Token) -> bool:
    """A word with foreign letters in a text of ours, no known place ("Phụng", "Łucja"; not "Łódź")."""
    if not token.foreign or len(token.text) < 2:
        return False
    key = fold(token.text.translate(_STROKES))
    return key not in places() and key not in foreign_places()


def is_first(token: Token) -> bool:
    names = first_names()
    # A foreign name the lists know as a surname only ("Križan") is no given name.
    if token.key in names or (foreign_name(token) and token.key not in surnames()):
        return True
    # "Jean-Luc", "Ayşe-Nur": the first part is enough.
    return "-" in token.key and token.key.split("-", 1)[0] in names


def is_surname(token: Token) -> bool:
    names = surnames()
    if token.key in names or (foreign_name(token) and token.key not in first_names()):
        return True
    if patronymic(token.key):
        return True
    return "-" in token.key and any(part in names for part in token.key.split("-"))


# A Nordic patronymic is a surname by its ending, whatever father's name it is made of: the lists
# hold only the frequent ones ("Jónsson"), not "Hrafnkelsdóttir" or "Vémundsson".
_PATRONYMIC_ENDINGS = ("dottir", "sson")
_PATRONYMIC_MIN = 7  # "Karlsson" and longer; shorter keys ending so are words ("Lesson" is common)


def patronymic(key: str) -> bool:
    """Whether a folded word is a Nordic patronymic ("Guðrúnardóttir", "Bergsson") and no frequent
    word."""
    return (
        len(key) >= _PATRONYMIC_MIN
        and key.endswith(_PATRONYMIC_ENDINGS)
        and key not in common_words()
        and key not in less_common_words()
    )


def is_listed(token: Token) -> bool:
    """A listed given name or surname."""
    return is_first(token) or is_surname(token)


def nameish(token: Token) -> bool:
    return (
        token.capitalised
        and token.key not in NOT_NAME_KEYS
        and token.key not in HONORIFIC_KEYS
        and token.key not in TITLE_STOP_KEYS
        and token.key not in SALUTATION_KEYS
    )


class PersonNameRecognizer(EntityRecognizer):
    """PERSON spans from name lists, honorifics and self-introductions (see the module docstring)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="PersonNameRecognizer",
        )

    def load(self) -> None:
        first_names()
        surnames()
        places()
        _stop_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        from guard.pii import name_vectors  # built on this
        from guard.pii.engine import spacy_vocabulary  # built on this too
        from guard.pii.name_cues import LOCATIVE, find_cued_names, followed_by_place_head  # built on this
        from guard.pii.name_tables import table_names  # built on this too

        # Where spaCy also saw an entity on the span (often a "place" for a foreign name), the two
        # readings agree that this is a name: the first-name evidence decides that it is a person's.
        spans: list[Any] = list(nlp_artifacts.entities) if nlp_artifacts else []
        ner_spans = [(e.start_char, e.end_char) for e in spans]
        places = [(e.start_char, e.end_char) for e in spans if e.label_ != "PERSON"]
        listed = find_names(text)
        known = [(s, e) for s, e, _, _ in listed]
        known += [(e.start_char, e.end_char) for e in spans if e.label_ == "PERSON"]
        results = []
        engine = nlp_artifacts.nlp_engine if nlp_artifacts else None
        vocabulary = spacy_vocabulary(engine, self.supported_language)
        common = vocabulary.has_vector if vocabulary is not None else None
        word_like = functools.partial(name_vectors.word_like, vocabulary) if vocabulary is not None else None
        cued = find_cued_names(text, places, known, common, word_like)
        for start, end, score, why in listed + cued + table_names(text):
            if followed_by_place_head(text, end):
                # "Özkan Doğan Küba şubesinde": a full name, then the place the head noun belongs to.
                words = tokenize(text[start:end])
                if len(words) < 3 or not (is_first(words[0]) and is_surname(words[-2])):
                    continue
                end, score, why = start + words[-2].end, STRONG, "first name + surname before a place"
            if why != "honorific" and LOCATIVE.match(text, end):
                continue  # "Sierra Leone'de", "Dominik Cumhuriyeti'de": a locative marks a place
            entity = any(s < end and start < e for s, e in ner_spans)
            if why == _FIRST_WEAK and entity:
                score, why = STRONG, f"{why}, also an entity for spaCy"
            elif why == _SURNAME_WEAK and not entity:
                # Title Case phrases end in words that are also surnames ("Code Red", "Internet Money"):
                # without a known first name, spaCy must see an entity there too.
                continue
            explanation = AnalysisExplanation(type(self).__name__, score, textual_explanation=why)
            results.append(RecognizerResult("PERSON", start, end, score, explanation))
        return results


def joined(text: str, left: Token, right: Token) -> bool:
    return _SAME_NAME_GAP.fullmatch(text, left.end, right.start) is not None


def extend_name(text: str, tokens: list[Token], i: int, max_words: int) -> int:
    """Index one past the last token of a name starting at ``i`` (particles allowed inside)."""
    j = i + 1
    words = 1
    while j < len(tokens) and words < max_words and joined(text, tokens[j - 1], tokens[j]):
        tok = tokens[j]
        if nameish(tok):
            j += 1
            words += 1
            continue
        # "de la Fontaine": particles count only when a capitalised word follows them.
        k = j
        while k < len(tokens) and tokens[k].key in PARTICLES and joined(text, tokens[k - 1], tokens[k]):
            k += 1
        if k > j and k < len(tokens) and nameish(tokens[k]) and joined(text, tokens[k - 1], tokens[k]):
            j = k + 1
            words += 1
            continue
        break
    return j


# "Kamilo OZGENC", "Sayın Ayşe YILMAZ": official Turkish style writes the surname in capitals, which
# the rules and the models take for an acronym and leave outside the name.
_CAPITALS_AFTER = re.compile(r"[ ]([A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ'’-]{2,})(?![\w:])")
_CAPITALS_AFTER_WORDS = 2
# Acronyms are short or without a vowel ("PDF", "KVKK", "UTC"). The character model does not tell
# them apart: it finds many real Turkish surnames unlikely ("KÜÇÜKKESKİN" 0.06, "PRESKAR" 0.06).
_VOWELS = frozenset("AEIOUÖÜİÂÎÛ")


def with_capitals_after(text: str, end: int) -> int:
    """Where a PERSON span ends once the surname in capitals right after it joins it ("Kamilo" of
    "Kamilo OZGENC"): a word in capitals that is a listed surname, or of four letters or more with
    a vowel and no frequent word (not "PDF", "KVKK", "UTC", "URGENT", a firm's "LTD")."""
    for _ in range(_CAPITALS_AFTER_WORDS):
        m = _CAPITALS_AFTER.match(text, end)
        if m is None:
            break
        token = tokenize(m.group(1))[0]
        plain = (
            len(token.text) >= 4
            and not _VOWELS.isdisjoint(token.text)
            and token.key not in common_words()
            and token.key not in COMPANY_KEYS
            and token.key not in NOT_NAME_KEYS
            and token.key not in HONORIFIC_KEYS
        )
        if not (is_surname(token) or plain):
            break
        end = m.end(1)
    return end


def honorific_before(text: str, tokens: list[Token], i: int) -> bool:
    """Is token ``i`` directly preceded by an honorific such as "Dr." or "Sayın"?"""
    if i == 0:
        return False
    prev = tokens[i - 1]
    gap = text[prev.end : tokens[i].start]
    if prev.key in TITLE_STOP_KEYS and prev.text[0].isupper():
        return _TITLE_GAP.fullmatch(gap) is not None
    # "PR Manager", "DR Congo": an all-capitals abbreviation is not a title.
    if prev.key not in HONORIFIC_KEYS or (prev.text.isupper() and len(prev.text) > 1):
        return False
    # A lone "M" is an honorific only as "M." (French "Monsieur"), not a stray letter.
    if prev.key == "m" and not (prev.text == "M" and gap.startswith(".")):
        return False
    return _HONORIFIC_GAP.fullmatch(gap) is not None


def _cue_before(tokens: list[Token], i: int) -> bool:
    for cue in _CUE_KEYS:
        n = len(cue)
        if i >= n and tuple(t.key for t in tokens[i - n : i]) == cue:
            return True
    return False


def find_names(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) for each person name found in ``text``."""
    # Asked twice per scan: for the NER windows and by the recognizer.
    return list(_cached_find_names(text))


@functools.lru_cache(maxsize=8)
def _cached_find_names(text: str) -> tuple[tuple[int, int, float, str], ...]:
    return tuple(_find_names(text))


def given_name_start(words: Sequence[Token]) -> int:
    """Where a name starts in ``words``: at the first listed given name when every capitalised word
    before it is unlike any name (no list knows it, the character model finds it below
    UNLIKELY_NAME): "Yarın Mehmet Bey" ("tomorrow Mr Mehmet"), "Müşteri Ayşe Hanım"; else at the
    first word, so an unlisted given name stays ("Suphi Nuri Bey")."""
    first = next((k for k, w in enumerate(words) if is_first(w) and not w.stop), 0)
    unlikely = all(
        not is_first(w) and not is_surname(w) and name_probability(w.text) < UNLIKELY_NAME
        for w in words[:first]
    )
    return first if unlikely else 0


def _find_names(text: str) -> list[tuple[int, int, float, str]]:
    tokens = prompt_tokens(text)
    found: list[tuple[int, int, float, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not nameish(tok) or (
            tok.stop and not (honorific_before(text, tokens, i) or _cue_before(tokens, i))
        ):
            i += 1
            continue
        end = extend_name(text, tokens, i, 4)
        # A Turkish honorific after the name closes it: "Ayşe Yılmaz Hanım".
        words = tokens[i:end]
        after = end < len(tokens) and tokens[end].key in HONORIFIC_AFTER_KEYS
        if len(words) > 1 and words[-1].key in HONORIFIC_AFTER_KEYS:
            words = words[:-1]
            end -= 1
            after = True
        if end < len(tokens) and tokens[end].key in COMPANY_KEYS:
            i = end + 1
            continue
        if all(w.key in ADDRESSEE_KEYS for w in words):
            i = end  # "Sayın Yetkili", "Hocam": a role addressed, no name
            continue
        if after and len(words) > 1 and not honorific_before(text, tokens, i):
            first = given_name_start(words)
            words, tok = words[first:], words[first]
        last = words[-1]
        span = (tok.start, last.end)
        if honorific_before(text, tokens, i) or after:
            found.append((*span, STRONG, "honorific"))
        elif _cue_before(tokens, i):
            known = is_first(tok) or is_surname(last)
            found.append((*span, STRONG if known else WEAK, "introduction"))
        elif i > 0 and tokens[i - 1].key in SALUTATION_KEYS and is_listed(tok):
            found.append((*span, STRONG, "salutation"))
        elif len(words) == 1 and foreign_name(tok):
            found.append((*span, WEAK, _FOREIGN))
        elif len(words) > 1:
            # Skip capitalised non-names before a first name: "Müşteri Ayşe Yılmaz", "Customer John Doe".
            start = next((k for k, w in enumerate(words[:-1]) if is_first(w) and not w.stop), None)
            if start is not None:
                name = words[start:]
                if is_surname(name[-1]):
                    found.append((name[0].start, name[-1].end, STRONG, "first name + surname"))
                elif name[0].key not in AMBIGUOUS_KEYS:
                    found.append((name[0].start, name[-1].end, WEAK, _FIRST_WEAK))
            elif (
                is_surname(words[-1])
                and words[0].key not in AMBIGUOUS_KEYS
                and not words[-1].stop
                and name_probability(words[0].text) >= UNLIKELY_NAME
            ):
                # An unlisted given name before a listed surname: "Gislinde Haase", "Vezat Soylu";
                # not a verb and a pronoun that happen to be listed surnames ("Rufen Sie").
                found.append((words[0].start, words[-1].end, WEAK, _SURNAME_WEAK))
        i = end
    return found
