"""Turkish compound heads: a common noun in the third person's possessive after a name.

Turkish names a place, a building, a business or a group by putting a common noun in the possessive
after its name, without the genitive ("Selimağa Korusu", "Deniz Sanat Galerisi", "Kartal Koşu
Grubu", "Yıldız Parkı"): what follows a person's name there would be the genitive ("Ayşe'nin
bahçesi"). So a capitalised word that is a frequent word with that ending makes the words before it a
thing's name, however name-like they are. The ending is read with vowel harmony and the consonant
a vowel softens before it ("grup" -> "Grubu", "sokak" -> "Sokağı"), which few foreign words fit.

People's own nouns are left out: kinship and roles ("Oğlu", "Müdürü": "Kemal Öz Satış Müdürü" is a
person and his job), and what is about a person (a case, a file, an account, an exhibition:
"Ayşe Kaya Davası" names her). A label's lower-case role after a word that is also a name ("Bora
ekibi:", the team's label) makes the word no one's name.
"""

from __future__ import annotations

import re

from guard.pii import names

# The possessive's vowel after a stem's last vowel.
_HARMONY = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}
# A stem's last consonant as a vowel softens it, back to its dictionary form.
_UNSOFTENED = {"b": "p", "c": "ç", "d": "t", "ğ": "k", "g": "k"}
_NOUN_OF_NOUN = ("lik", "lık", "luk", "lük")
_TURKISH_WORD = re.compile(r"[a-zçğıöşüâîû]+")
_TURKISH_LOWER = str.maketrans("Iİ", "ıi")  # Turkish's dotless and dotted capitals
# Two vowels side by side are rare in a Turkish stem and common in an English one ("Keeli" is no "keel"
# in the possessive).
_TWO_VOWELS = re.compile("[aeıioöuü]{2}")
# A stem of three letters is often a foreign name's start ("Rani"); there, only a letter of Turkish's
# own makes it Turkish ("Dağı", "Hanı").
_SHORT_STEM = 3
_OWN_LETTERS = frozenset("ığş")

_KINSHIP = names.word_set(
    """
    oğul kız çocuk eş anne baba kardeş abla ağabey abi amca dayı teyze hala yenge enişte torun gelin damat
    hanım bey arkadaş komşu kendi aile yeğen kuzen dede nine babaanne anneanne kayınvalide kayınpeder
    baldız görümce elti bacanak nişanlı sevgili
    """
)
_ROLES = names.word_set(
    """
    usta çırak kalfa müdür uzman şef sorumlu memur yönetici temsilci danışman asistan mühendis
    sekreter koordinatör denetçi müfettiş yetkili hemşire başkan öğretmen doktor avukat hoca öğrenci
    vekil veli sahip müşavir eleman görevli çalışan personel sürücü şoför yardımcı amir aday üye ortak
    hasta müşteri danışan
    kumandan komutan vali kaymakam muhtar imam bakan müsteşar nazır vezir sadrazam mebus milletvekili
    reis efendi ağa şeyh paşa subay albay binbaşı yüzbaşı teğmen general profesör dekan rektör hakim
    hâkim savcı polis komiser kaptan hekim başhekim eczacı muhasebeci kasiyer garson katip kâtip
    lider direktör editör yazar hakem muhabir mimar ressam şair patron mürettebat ekip kadro
    """
)
# What is about a person, and so names her: "Ayşe Kaya Davası", "Ali Er Sergisi".
_ABOUT_A_PERSON = names.word_set(
    """
    dava dosya rapor belge evrak dilekçe kayıt form tutanak ifade bilgi hesap kart poliçe sözleşme
    fatura ödeme talep başvuru şikayet şikâyet izin maaş bordro mesaj mektup toplantı görüşme ziyaret
    randevu düğün nikah nikâh cenaze doğum gün sergi konser anma kitap eser arşiv not ad soyad imza
    fotoğraf resim portre biyografi anı hatıra şarkı albüm beste film dizi roman şiir yazı tablo
    telefon adres numara cep iban kimlik ehliyet pasaport plaka araç araba ev oda yatak çanta eşya
    ilaç tahlil sonuç durum sağlık
    """
)
_KINSHIP_KEYS = frozenset(names.fold(w) for w in _KINSHIP)
_PERSON_NOUN_KEYS = _KINSHIP_KEYS | frozenset(names.fold(w) for w in _ROLES | _ABOUT_A_PERSON)


def turkish_lower(word: str) -> str:
    """``word`` in lower case as Turkish writes it: "I" is "ı", "İ" is "i"."""
    return word.translate(_TURKISH_LOWER).lower()


def _stems(word: str) -> list[str]:
    """The stems a word may be with the possessive's ending, vowel harmony and softening undone."""
    if len(word) < 4 or word[-1] not in "ıiuü":
        return []
    cut = [word[:-2]] if word[-2] == "s" and word[-3] in _HARMONY else []
    if word[-2] not in _HARMONY:
        cut.append(word[:-1])
    stems = []
    for stem in cut:
        vowels = [c for c in stem if c in _HARMONY]
        if not vowels or _HARMONY[vowels[-1]] != word[-1] or _TWO_VOWELS.search(stem):
            continue
        bare = stem[:-1] + _UNSOFTENED[stem[-1]] if stem[-1] in _UNSOFTENED else stem
        stems += [stem, bare] if bare != stem else [stem]
        # a noun made of a noun: "Noterliği" is the notary's office ("noter" + "lik")
        if bare.endswith(_NOUN_OF_NOUN) and len(bare) > 6:
            stems.append(bare[:-3])
    return stems


def possessive_stem(word: str) -> str | None:
    """The folded stem of a frequent common noun that ``word`` is in the possessive ("Korusu" ->
    "koru", "şefi" -> "sef", "Grubu" -> "grup"), or None."""
    lower = turkish_lower(word)
    if not _TURKISH_WORD.fullmatch(lower):
        return None
    common, rarer = names.common_words(), names.less_common_words()
    # A frequent word that is also a name ("şube", "lise") is a thing's noun where a vowel ends it
    # before the possessive's "s" ("Şubesi", "Lisesi"), which no name's ending is; "Namiki" could be
    # "Namık" + "ı", and is a surname.
    named = names.turkish_name_words() if lower[-2:-1] == "s" else frozenset()
    for stem in _stems(lower):
        if len(stem) <= _SHORT_STEM and not _OWN_LETTERS.intersection(lower):
            continue
        key = names.fold(stem)
        if key in _PERSON_NOUN_KEYS or key in common or key in rarer:
            return key
        if key in named and stem == lower[:-2]:
            return key
    return None


def possessive_head(token: names.Token) -> bool:
    """Whether a capitalised word is a frequent common noun in the possessive ("Korusu",
    "GALERİSİ", "Grubu"), no listed name and none of a person's own nouns."""
    if not token.text[:1].isupper() or names.is_listed(token):
        return False
    key = possessive_stem(token.text)
    return key is not None and key not in _PERSON_NOUN_KEYS


# An agent noun's ending, folded ("-cı", "-çi", "-cu", "-çü" alike): "sözcü", "simitçi" name what a
# person does.
AGENT_ENDINGS = ("ci", "cu")
# With a profession's endings, a stem is a person's noun: "sözcüsü", "yönetmeni", "antrenörü" after a
# name are her job, not a thing named after her.
_JOB_ENDINGS = (*AGENT_ENDINGS, "men", "man", "or")
_PLURAL_POSSESSIVE = ("ları", "leri")
# Heads of what is named after a mathematician or a physician, some of them spelt like a verb's past
# tense ("testi") or with a vowel dropped ("cebri").
_EPONYM_HEADS = names.word_set(
    """
    teoremi teoremleri doğrusu cebri toplamı toplamları çarpanı çarpanları eşitsizliği denklemi
    denklemleri dizisi formülü sayıları polinomları fonksiyonu dönüşümü integrali üçgeni çemberi
    noktası sabiti yasası ilkesi kuralı testi yöntemi algoritması paradoksu
    """
)


def compound_head(word: str) -> bool:
    """Whether a lower-case word is a common noun in the possessive, singular or plural, that
    heads a compound after a name written without the genitive ("Murphy bulgusu", "Hubble yasası",
    "Pareto ve Kaldor ölçütleri"): a frequent noun so inflected, or any noun a vowel ends before the
    possessive's "s" or that takes the plural before it. Kinship, roles and agent nouns are left out:
    "Ece annesi", "Ali Er sözcüsü" name people."""
    lower = turkish_lower(word)
    if lower in _EPONYM_HEADS:
        return True
    if not _TURKISH_WORD.fullmatch(lower) or len(lower) < 5:
        return False
    if lower.endswith(_PLURAL_POSSESSIVE) and _HARMONY[lower[-3]] == lower[-1]:
        stem = names.fold(lower[:-4])  # "ölçütleri": the plural's possessive, or its accusative
    elif lower[-2] == "s" and lower[-3] in _HARMONY and _stems(lower):
        stem = names.fold(lower[:-2])  # "yasası": a stem a vowel ends, which no verb's ending is
    elif lower[-2] in "dt" and lower[-3] not in _HARMONY:
        return False  # "geldi", "yaptı": a verb's past tense; a frequent noun's stem does not vouch
    else:
        stem = possessive_stem(lower) or ""
    return len(stem) >= _SHORT_STEM and stem not in _PERSON_NOUN_KEYS and not stem.endswith(_JOB_ENDINGS)


def plural_compound_head(word: str) -> bool:
    """Whether a lower-case word is a compound's head in the plural's possessive, which names joined
    before it share ("Sabri, Neval ve Emre Yüce sahneleri": three stages named after people)."""
    lower = turkish_lower(word)
    return lower.endswith(_PLURAL_POSSESSIVE) and compound_head(lower)


def singular_compound_head(word: str) -> bool:
    """Whether a lower-case word is a compound's head in the singular's possessive ("Ahmet Kaya
    sahnesi" is a stage; "Ahmet Kaya sahneleri" may be his scenes)."""
    return not turkish_lower(word).endswith(_PLURAL_POSSESSIVE) and compound_head(word)


def possessive_role_or_thing(word: str) -> bool:
    """Whether a lower-case word is a common noun in the possessive other than a kinship word: a
    role or a thing of something ("kamera asistanı", "ses kaydı"; not "annesi")."""
    key = possessive_stem(word)
    return key is not None and key not in _KINSHIP_KEYS
