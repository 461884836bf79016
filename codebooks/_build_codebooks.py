"""Build the shipped codebooks `duowerkingen.qdc` (Dutch) and `duowerkingen-en.qdc` (English).

Run by hand after editing the tree below: `.venv/bin/python codebooks/_build_codebooks.py`.
Not part of the package; a test checks that the shipped files match what this script writes.

Choices, kept in one place so both files stay consistent:
- GUIDs are uuid5 of the Dutch code path in a fixed namespace, so a code has the same GUID in
  both files and in every build: a colleague's English codebook merges into a Dutch project
  by GUID, and renaming a code here is a deliberate act (it changes the GUID).
- Every code, themes and categories included, is codable: researchers sometimes code a
  passage at theme level when no subcode fits.
- Each theme has its own colour from the Okabe–Ito palette (distinguishable with the common
  colour-vision deficiencies, and dark enough to read black text on); categories with
  subcodes are a slightly lighter shade, leaves lighter still (light enough to highlight
  text), each a little different so that two overlapping highlights of one theme differ.
- A definition says when to use the code and when not (pointing to the right code), in the
  file's language first and then, after a blank line, the other language ("EN: " / "NL: ").
- Every code carries auto-coding keywords in the file's language, so that suggestions work
  in a project started from the codebook without a further step. They are kept in
  `duowerkingen-keywords.csv` (Dutch paths) and `duowerkingen-keywords-en.csv` (English
  paths), `path,keywords` tables a researcher edits in a spreadsheet; every code must have
  a row, or the build stops. Keywords are lemmatised when suggestions are made, so a row
  lists each word once, in any form; phrases (`rekenen op`) match as a whole."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from pathlib import Path

from duocoder.domain.codebook import CodebookEntry
from duocoder.domain.codepaths import join_path
from duocoder.io.qdc import write_qdc
from duocoder.nlp.keywords import split_keywords

HERE = Path(__file__).resolve().parent
KEYWORD_FILES = {"nl": "duowerkingen-keywords.csv", "en": "duowerkingen-keywords-en.csv"}

GUID_NAMESPACE = uuid.UUID("84e1846b-5e50-5ebd-b841-e96e64d06496")
"""uuid5(NAMESPACE_URL, "https://duocoder.invalid/codebooks/duowerkingen"); never change it."""

THEME_COLOURS = {
    "Verbinding": "#56B4E9",  # sky blue
    "Obstakels": "#D55E00",  # vermillion
    "Uitkomsten": "#009E73",  # bluish green
    "Professionele ondersteuning": "#CC79A7",  # reddish purple
    "Context": "#F0E442",  # yellow
}
CATEGORY_TINTS = (0.22, 0.38)
LEAF_TINTS = (0.50, 0.78)


@dataclass(frozen=True)
class Code:
    nl: str
    en: str
    nl_definition: str
    en_definition: str
    children: tuple[Code, ...] = ()


def code(nl: str, en: str, nl_definition: str, en_definition: str, *children: Code) -> Code:
    return Code(nl, en, nl_definition, en_definition, children)


TREE = (
    code(
        "Verbinding", "Connection",
        "De relatie tussen deelnemer en vrijwilliger zoals ze beleefd en vormgegeven wordt. "
        "Gebruik deze code enkel voor algemene uitspraken over 'de band' die in geen subcode "
        "passen; kies anders de meest specifieke subcode. Niet voor wat de relatie oplevert "
        "(→ Uitkomsten) of wat haar bemoeilijkt (→ Obstakels).",
        "The relationship between participant and volunteer as it is experienced and shaped. "
        "Use this code only for general statements about 'the bond' that fit no subcode; "
        "otherwise choose the most specific subcode. Not for what the relationship yields "
        "(→ Outcomes) or what hinders it (→ Obstacles).",
        code(
            "Vertrouwensrelatie", "Relationship of trust",
            "Vertrouwen tussen deelnemer en vrijwilliger: zich veilig voelen, persoonlijke "
            "dingen durven delen, op elkaar kunnen rekenen, en hoe dat vertrouwen groeit of "
            "geschaad wordt. Niet voor vertrouwen in de organisatie of de coördinator "
            "(→ Professionele ondersteuning) en niet voor afspraken over wat men deelt of "
            "niet (→ Nabijheid, afstand en grenzen).",
            "Trust between participant and volunteer: feeling safe, daring to share personal "
            "matters, being able to count on each other, and how that trust grows or is "
            "damaged. Not for trust in the organisation or the coordinator (→ Professional "
            "support) and not for agreements on what is or is not shared (→ Closeness, "
            "distance and boundaries).",
        ),
        code(
            "Gelijkwaardigheid en wederkerigheid", "Equality and reciprocity",
            "Hoe gelijkwaardig de relatie aanvoelt: beiden geven en krijgen, de deelnemer "
            "brengt zelf iets in, men ziet elkaar als persoon en niet als helper en "
            "geholpene; ook een uitdrukkelijk benoemd gebrek aan wederkerigheid. Niet voor "
            "betutteling of eenzijdige afhankelijkheid als probleem (→ Afhankelijkheid en "
            "paternalisme).",
            "How equal the relationship feels: both give and receive, the participant "
            "contributes too, they see each other as persons rather than as helper and "
            "helped; also an explicitly named lack of reciprocity. Not for patronising or "
            "one-sided dependence as a problem (→ Dependence and paternalism).",
        ),
        code(
            "Gezamenlijke activiteiten", "Joint activities",
            "Wat het duo samen doet en hoe activiteiten gekozen worden: wandelen, koffie "
            "drinken, een uitstap, samen koken, een hobby, samen papieren in orde brengen. "
            "Niet voor hoe vaak of hoe lang men afspreekt (→ Contactfrequentie en duur) en "
            "niet voor nieuwe ervaringen als winst voor de deelnemer (→ Horizonverbreding).",
            "What the pair does together and how activities are chosen: walking, having "
            "coffee, a day out, cooking together, a hobby, sorting out paperwork together. "
            "Not for how often or how long they meet (→ Contact frequency and duration) and "
            "not for new experiences as a gain for the participant (→ Broadening horizons).",
        ),
        code(
            "Klik en matching zoals beleefd", "Click and matching as experienced",
            "Hoe deelnemer en vrijwilliger de koppeling zelf beleven: er is (g)een klik, "
            "gedeelde interesses, leeftijd, karakter of achtergrond die verbinden of schuren, "
            "de eerste kennismaking. Niet voor de werkwijze van de organisatie bij het "
            "koppelen (→ Matching door de organisatie).",
            "How participant and volunteer themselves experience the pairing: there is (no) "
            "click, shared interests, age, character or background that connect or chafe, "
            "the first meeting. Not for the organisation's way of pairing people "
            "(→ Matching by the organisation).",
        ),
        code(
            "Nabijheid, afstand en grenzen", "Closeness, distance and boundaries",
            "Het zoeken naar de juiste afstand: hoe persoonlijk de relatie wordt, afspraken "
            "over bereikbaarheid, telefoonnummer, bezoek thuis, geld lenen, familie "
            "betrekken, en momenten waarop een grens gesteld of overschreden wordt. Niet voor "
            "de emotionele last die de vrijwilliger daarvan draagt (→ Emotionele belasting "
            "van de vrijwilliger).",
            "Finding the right distance: how personal the relationship becomes, agreements "
            "on availability, phone numbers, home visits, lending money, involving family, "
            "and moments when a boundary is set or crossed. Not for the emotional load the "
            "volunteer carries from it (→ Emotional burden on the volunteer).",
        ),
        code(
            "Betekenis en benoeming van de relatie", "Meaning and naming of the relationship",
            "Hoe de betrokkenen de relatie noemen en begrijpen: vriendschap, 'georganiseerde "
            "vriendschap', buddy, maatje, mentor, 'mijn vrijwilliger', 'iemand van de "
            "organisatie', en wat dat woord voor hen betekent. Niet voor de kwaliteit van de "
            "relatie zelf (→ Vertrouwensrelatie; Gelijkwaardigheid en wederkerigheid).",
            "How those involved name and understand the relationship: friendship, 'organised "
            "friendship', buddy, mate, mentor, 'my volunteer', 'someone from the "
            "organisation', and what that word means to them. Not for the quality of the "
            "relationship itself (→ Relationship of trust; Equality and reciprocity).",
        ),
        code(
            "Contactfrequentie en duur", "Contact frequency and duration",
            "Hoe vaak en hoe lang men elkaar ziet of spreekt, de vorm van het contact "
            "(samen, telefoon, berichten) en de looptijd van het traject, ook contact na de "
            "formele einddatum. Niet voor de redenen van stoppen (→ Uitval en beëindiging) "
            "of tijdsgebrek als obstakel (→ Tijd).",
            "How often and how long the pair meets or talks, the form of contact (in person, "
            "phone, messages) and the length of the trajectory, including contact after the "
            "formal end date. Not for the reasons for stopping (→ Dropout and ending) or "
            "lack of time as an obstacle (→ Time).",
        ),
    ),
    code(
        "Obstakels", "Obstacles",
        "Wat het ontstaan, verloop of voortbestaan van een duo bemoeilijkt. Gebruik deze code "
        "enkel voor algemene uitspraken over moeilijkheden die in geen subcode passen; kies "
        "anders de meest specifieke subcode. Niet voor hoe de organisatie moeilijkheden "
        "opvangt (→ Professionele ondersteuning).",
        "What hinders a pair from forming, running or lasting. Use this code only for "
        "general statements about difficulties that fit no subcode; otherwise choose the "
        "most specific subcode. Not for how the organisation deals with difficulties "
        "(→ Professional support).",
        code(
            "Interne obstakels", "Internal obstacles",
            "Belemmeringen die bij de persoon zelf liggen, deelnemer of vrijwilliger. "
            "Gebruik bij voorkeur een subcode; deze code enkel voor een interne belemmering "
            "die in geen subcode past. Niet voor praktische omstandigheden buiten de persoon "
            "(→ Externe obstakels).",
            "Barriers that lie within the person, participant or volunteer. Prefer a "
            "subcode; use this code only for an internal barrier that fits no subcode. Not "
            "for practical circumstances outside the person (→ External obstacles).",
            code(
                "Verwachtingen", "Expectations",
                "Verwachtingen van één persoon die het duo in de weg staan: te hoge of "
                "onrealistische verwachtingen, hopen op een vriendschap of hulp die de "
                "werking niet biedt, angst voor wat komt. Niet wanneer de verwachtingen van "
                "beide partijen botsen (→ Uiteenlopende verwachtingen).",
                "Expectations of one person that stand in the pair's way: too high or "
                "unrealistic expectations, hoping for a friendship or help the programme "
                "does not offer, fear of what is to come. Not when the expectations of both "
                "sides clash (→ Diverging expectations).",
            ),
            code(
                "Motivatie", "Motivation",
                "Afnemende, wisselende of twijfelende motivatie die het contact belemmert: "
                "afspraken afzeggen, er geen zin meer in hebben, niet meer weten waarom men "
                "begon. Niet voor de redenen om in te stappen (→ Motivatie om deel te nemen).",
                "Waning, fluctuating or doubtful motivation that hampers contact: cancelling "
                "appointments, no longer feeling like it, no longer knowing why one started. "
                "Not for the reasons to join (→ Motivation to take part).",
            ),
            code(
                "Gezondheid", "Health",
                "Lichamelijke of psychische gezondheidsproblemen van deelnemer of "
                "vrijwilliger die het contact bemoeilijken: ziekte, opname, vermoeidheid, "
                "depressie, verslaving. Niet voor gezondheid als deel van de kwetsbare "
                "situatie zonder verband met het contact (→ Kwetsbaarheid).",
                "Physical or mental health problems of participant or volunteer that make "
                "contact harder: illness, hospital admission, fatigue, depression, "
                "addiction. Not for health as part of the vulnerable situation without a "
                "link to the contact (→ Vulnerability).",
            ),
            code(
                "Levenssituatie", "Life situation",
                "Gebeurtenissen en omstandigheden die het duo onder druk zetten: verhuis, "
                "nieuwe job, zorg voor kinderen of ouders, relatiebreuk, woonproblemen, een "
                "crisis. Niet voor tijdsgebrek op zich (→ Tijd) of geldzorgen (→ Geld).",
                "Events and circumstances that put the pair under pressure: moving house, a "
                "new job, caring for children or parents, a break-up, housing problems, a "
                "crisis. Not for lack of time as such (→ Time) or money worries (→ Money).",
            ),
        ),
        code(
            "Externe obstakels", "External obstacles",
            "Praktische belemmeringen buiten de persoon. Gebruik bij voorkeur een subcode; "
            "deze code enkel voor een praktische belemmering die in geen subcode past. Niet "
            "voor belemmeringen in de persoon zelf (→ Interne obstakels).",
            "Practical barriers outside the person. Prefer a subcode; use this code only for "
            "a practical barrier that fits no subcode. Not for barriers within the person "
            "(→ Internal obstacles).",
            code(
                "Tijd", "Time",
                "Gebrek aan tijd of moeilijk af te stemmen agenda's: werkuren, drukke "
                "periodes, wachttijden. Niet voor hoe vaak men elkaar ziet als feit "
                "(→ Contactfrequentie en duur).",
                "Lack of time or schedules that are hard to match: working hours, busy "
                "periods, waiting times. Not for how often the pair meets as a fact "
                "(→ Contact frequency and duration).",
            ),
            code(
                "Mobiliteit", "Mobility",
                "Moeilijk bij elkaar of bij een activiteit geraken: afstand, openbaar "
                "vervoer, geen auto of rijbewijs, beperkte verplaatsingsmogelijkheden. Niet "
                "voor gezondheidsproblemen in het algemeen (→ Gezondheid).",
                "Difficulty getting to each other or to an activity: distance, public "
                "transport, no car or driving licence, limited ability to get around. Not "
                "for health problems in general (→ Health).",
            ),
            code(
                "Geld", "Money",
                "Kosten die samen iets doen bemoeilijken: toegangsprijzen, consumpties, "
                "vervoer, wie betaalt, onkostenvergoeding. Niet voor armoede als deel van de "
                "kwetsbare situatie in het algemeen (→ Kwetsbaarheid).",
                "Costs that make doing things together harder: entrance fees, drinks, "
                "transport, who pays, expense allowances. Not for poverty as part of the "
                "vulnerable situation in general (→ Vulnerability).",
            ),
            code(
                "Taal", "Language",
                "Communicatie die moeizaam verloopt door een andere moedertaal, beperkte "
                "kennis van het Nederlands, laaggeletterdheid of spraakproblemen. Niet voor "
                "taalvooruitgang als resultaat (→ Sociaal-communicatief).",
                "Communication that is laborious because of another mother tongue, limited "
                "Dutch, low literacy or speech problems. Not for progress in language as a "
                "result (→ Social and communicative).",
            ),
            code(
                "Diensten", "Services",
                "Drempels bij diensten en instanties die het duo raken: wachtlijsten, "
                "bureaucratie, ontoegankelijke voorzieningen, een doorverwijzing die "
                "vastloopt. Niet voor de samenwerking van de organisatie met andere "
                "professionals (→ Samenwerking met het professionele netwerk).",
                "Barriers at services and agencies that affect the pair: waiting lists, red "
                "tape, inaccessible facilities, a referral that gets stuck. Not for the "
                "organisation's collaboration with other professionals (→ Collaboration "
                "with the professional network).",
            ),
        ),
        code(
            "Afhankelijkheid en paternalisme", "Dependence and paternalism",
            "Scheefgegroeide verhoudingen: de deelnemer wordt (te) afhankelijk van de "
            "vrijwilliger, of de vrijwilliger beslist, betuttelt of 'redt' in plaats van "
            "samen te doen. Niet voor gelijkwaardigheid die wel lukt (→ Gelijkwaardigheid "
            "en wederkerigheid).",
            "Lopsided relations: the participant becomes (too) dependent on the volunteer, "
            "or the volunteer decides, patronises or 'rescues' instead of doing things "
            "together. Not for equality that does work (→ Equality and reciprocity).",
        ),
        code(
            "Uiteenlopende verwachtingen", "Diverging expectations",
            "Verwachtingen van deelnemer, vrijwilliger of organisatie die niet overeenkomen: "
            "de ene zoekt een vriend, de andere een hulp; andere ideeën over frequentie, "
            "activiteiten of doel. Niet voor verwachtingen van één persoon zonder botsing "
            "(→ Verwachtingen).",
            "Expectations of participant, volunteer or organisation that do not match: one "
            "seeks a friend, the other a helper; different ideas about frequency, activities "
            "or purpose. Not for one person's expectations without a clash "
            "(→ Expectations).",
        ),
        code(
            "Emotionele belasting van de vrijwilliger", "Emotional burden on the volunteer",
            "Wat de vrijwilliger zwaar valt: zorgen, schuldgevoel, machteloosheid, "
            "confrontatie met moeilijke levensverhalen, zich verantwoordelijk voelen. Niet "
            "voor praktische last zoals tijd of kosten (→ Externe obstakels) en niet voor de "
            "steun die de vrijwilliger daarbij krijgt (→ Opvolging, supervisie en intervisie).",
            "What weighs on the volunteer: worry, guilt, powerlessness, being confronted "
            "with hard life stories, feeling responsible. Not for practical burdens such as "
            "time or costs (→ External obstacles) and not for the support the volunteer "
            "gets with it (→ Follow-up, supervision and peer consultation).",
        ),
        code(
            "Uitval en beëindiging", "Dropout and ending",
            "Het einde van een duo: vroegtijdig stoppen, uitval van een van beiden, de "
            "formele afsluiting, hoe het afscheid verliep en of er daarna nog contact is. "
            "Niet voor twijfels zolang het duo doorgaat (→ Motivatie).",
            "The end of a pair: stopping early, one of them dropping out, the formal "
            "closure, how the farewell went and whether contact continues afterwards. Not "
            "for doubts while the pair carries on (→ Motivation).",
        ),
    ),
    code(
        "Uitkomsten", "Outcomes",
        "Wat de duowerking volgens de geïnterviewde oplevert of verandert, ook uitgebleven "
        "of negatieve effecten. Gebruik deze code enkel wanneer niet duidelijk is voor wie "
        "het effect geldt; kies anders een subcode. Niet voor het verloop van de relatie "
        "zelf (→ Verbinding).",
        "What the buddy programme yields or changes according to the interviewee, including "
        "effects that failed to appear or were negative. Use this code only when it is "
        "unclear whom the effect concerns; otherwise choose a subcode. Not for how the "
        "relationship itself goes (→ Connection).",
        code(
            "Voor de deelnemer", "For the participant",
            "Effecten bij de deelnemer. Gebruik bij voorkeur een subcode; deze code enkel "
            "voor een algemene uitspraak ('het heeft haar deugd gedaan') die in geen subcode "
            "past. Niet voor effecten bij de vrijwilliger (→ Voor de vrijwilliger).",
            "Effects on the participant. Prefer a subcode; use this code only for a general "
            "statement ('it did her good') that fits no subcode. Not for effects on the "
            "volunteer (→ For the volunteer).",
            code(
                "Psychologisch", "Psychological",
                "Veranderingen in hoe de deelnemer zich voelt: minder eenzaam, meer "
                "zelfvertrouwen en eigenwaarde, rust, hoop, levenslust, minder angst of "
                "stress. Niet voor veranderingen in het contact met anderen "
                "(→ Sociaal-communicatief).",
                "Changes in how the participant feels: less lonely, more self-confidence and "
                "self-worth, calm, hope, zest for life, less anxiety or stress. Not for "
                "changes in contact with others (→ Social and communicative).",
            ),
            code(
                "Sociaal-communicatief", "Social and communicative",
                "Veranderingen in contact en communicatie met anderen: sociale vaardigheden, "
                "mensen durven aanspreken, vlotter Nederlands spreken, nieuwe contacten en "
                "een ruimer netwerk buiten het duo. Niet voor de relatie met de vrijwilliger "
                "zelf (→ Verbinding).",
                "Changes in contact and communication with others: social skills, daring to "
                "approach people, speaking Dutch more fluently, new contacts and a wider "
                "network beyond the pair. Not for the relationship with the volunteer itself "
                "(→ Connection).",
            ),
            code(
                "Persoonlijke ontwikkeling", "Personal development",
                "Nieuwe vaardigheden en meer zelfredzaamheid: zelf de weg vinden, "
                "administratie regelen, werk of een opleiding zoeken, eigen doelen stellen "
                "en halen. Niet voor gevoelens zoals zelfvertrouwen (→ Psychologisch).",
                "New skills and more self-reliance: finding one's own way, handling "
                "paperwork, looking for work or training, setting and reaching one's own "
                "goals. Not for feelings such as self-confidence (→ Psychological).",
            ),
            code(
                "Horizonverbreding", "Broadening horizons",
                "De wereld van de deelnemer wordt groter: plaatsen, activiteiten, ideeën, "
                "culturen of voorzieningen leren kennen die hij of zij anders niet zou "
                "ontdekken. Niet voor de activiteiten zelf (→ Gezamenlijke activiteiten).",
                "The participant's world grows: getting to know places, activities, ideas, "
                "cultures or facilities he or she would not otherwise discover. Not for the "
                "activities themselves (→ Joint activities).",
            ),
        ),
        code(
            "Voor de vrijwilliger", "For the volunteer",
            "Effecten bij de vrijwilliger. Gebruik bij voorkeur een subcode; deze code enkel "
            "voor een algemene uitspraak die in geen subcode past. Niet voor wat de "
            "vrijwilliger zwaar valt (→ Emotionele belasting van de vrijwilliger).",
            "Effects on the volunteer. Prefer a subcode; use this code only for a general "
            "statement that fits no subcode. Not for what weighs on the volunteer "
            "(→ Emotional burden on the volunteer).",
            code(
                "Leren en vaardigheden", "Learning and skills",
                "Wat de vrijwilliger bijleert: luisteren, geduld, communiceren met iemand "
                "met een andere achtergrond, omgaan met een beperking of een andere taal. "
                "Niet voor een veranderde kijk op kwetsbaarheid (→ Inzicht in kwetsbaarheid "
                "en samenleving).",
                "What the volunteer learns: listening, patience, communicating with someone "
                "from another background, dealing with a disability or another language. "
                "Not for a changed view of vulnerability (→ Insight into vulnerability and "
                "society).",
            ),
            code(
                "Sociaal netwerk", "Social network",
                "Nieuwe contacten en een ruimer netwerk voor de vrijwilliger: de deelnemer "
                "als vriend, andere vrijwilligers, de organisatie. Niet voor het netwerk van "
                "de deelnemer (→ Sociaal-communicatief).",
                "New contacts and a wider network for the volunteer: the participant as a "
                "friend, other volunteers, the organisation. Not for the participant's "
                "network (→ Social and communicative).",
            ),
            code(
                "Inzicht in kwetsbaarheid en samenleving",
                "Insight into vulnerability and society",
                "Een veranderde kijk van de vrijwilliger op armoede, psychische "
                "kwetsbaarheid, migratie of uitsluiting, op eigen vooroordelen en op hoe de "
                "samenleving werkt. Niet voor praktische vaardigheden (→ Leren en "
                "vaardigheden).",
                "A changed view of the volunteer on poverty, mental vulnerability, migration "
                "or exclusion, on his or her own prejudices and on how society works. Not for "
                "practical skills (→ Learning and skills).",
            ),
            code(
                "Zingeving", "Meaning and purpose",
                "Voldoening, het gevoel iets zinvols te doen, dankbaarheid, persoonlijke "
                "verrijking, een zinvolle invulling van vrije tijd of pensioen. Niet voor de "
                "redenen om te beginnen (→ Motivatie om deel te nemen).",
                "Satisfaction, the sense of doing something worthwhile, gratitude, personal "
                "enrichment, a meaningful use of free time or retirement. Not for the "
                "reasons to start (→ Motivation to take part).",
            ),
        ),
        code(
            "Voor de organisatie", "For the organisation",
            "Wat de duowerking de organisatie oplevert of kost: mensen bereiken die anders "
            "buiten beeld blijven, aanvulling op professionele hulp, signalen over noden, "
            "imago, werkdruk. Niet voor de ondersteuning die de organisatie zelf biedt "
            "(→ Professionele ondersteuning).",
            "What the buddy programme yields or costs the organisation: reaching people who "
            "would otherwise stay out of sight, a complement to professional help, signals "
            "about needs, reputation, workload. Not for the support the organisation itself "
            "provides (→ Professional support).",
        ),
        code(
            "Voor de samenleving", "For society",
            "Bredere maatschappelijke effecten: sociale cohesie, ontmoeting tussen groepen, "
            "minder vooroordelen, preventie, burgers die zich engageren. Niet voor effecten "
            "bij één persoon (→ Voor de deelnemer; Voor de vrijwilliger).",
            "Wider effects on society: social cohesion, encounters between groups, fewer "
            "prejudices, prevention, citizens who get involved. Not for effects on one "
            "person (→ For the participant; For the volunteer).",
        ),
    ),
    code(
        "Professionele ondersteuning", "Professional support",
        "De rol van de organisatie en haar coördinator rond het duo, van werving tot "
        "evaluatie. Gebruik deze code enkel voor algemene uitspraken over die rol die in geen "
        "subcode passen. Niet voor wat de organisatie er zelf aan heeft (→ Voor de "
        "organisatie).",
        "The role of the organisation and its coordinator around the pair, from "
        "recruitment to evaluation. Use this code only for general statements about that "
        "role that fit no subcode. Not for what the organisation itself gains (→ For the "
        "organisation).",
        code(
            "Werving en screening", "Recruitment and screening",
            "Hoe deelnemers en vrijwilligers gevonden, aangemeld en gescreend worden: "
            "kanalen, doorverwijzers, intakegesprek, selectiecriteria, uittreksel uit het "
            "strafregister, wachtlijst voor een match. Niet voor het koppelen zelf "
            "(→ Matching door de organisatie).",
            "How participants and volunteers are found, registered and screened: channels, "
            "referrers, intake interview, selection criteria, certificate of good conduct, "
            "waiting list for a match. Not for the pairing itself (→ Matching by the "
            "organisation).",
        ),
        code(
            "Matching door de organisatie", "Matching by the organisation",
            "Hoe de organisatie duo's samenstelt: criteria (interesses, woonplaats, leeftijd, "
            "taal), het kennismakingsgesprek, een proefperiode, opnieuw koppelen. Niet voor "
            "hoe de betrokkenen de match beleven (→ Klik en matching zoals beleefd).",
            "How the organisation forms pairs: criteria (interests, place of residence, age, "
            "language), the introductory meeting, a trial period, re-matching. Not for how "
            "those involved experience the match (→ Click and matching as experienced).",
        ),
        code(
            "Vorming en training", "Education and training",
            "Vorming van vrijwilligers (en soms deelnemers): startopleiding, themavormingen, "
            "informatie over grenzen, armoede of psychische kwetsbaarheid. Niet voor "
            "begeleiding tijdens het traject (→ Opvolging, supervisie en intervisie).",
            "Education of volunteers (and sometimes participants): introductory training, "
            "thematic sessions, information on boundaries, poverty or mental vulnerability. "
            "Not for guidance during the trajectory (→ Follow-up, supervision and peer "
            "consultation).",
        ),
        code(
            "Opvolging, supervisie en intervisie",
            "Follow-up, supervision and peer consultation",
            "Begeleiding tijdens het traject: evaluatiegesprekken, bereikbaarheid van de "
            "coördinator, bemiddelen bij problemen, intervisie en uitwisseling tussen "
            "vrijwilligers. Niet voor de eerste opleiding (→ Vorming en training) of de "
            "evaluatie van de werking als geheel (→ Kwaliteitsbewaking en evaluatie).",
            "Guidance during the trajectory: evaluation talks, the coordinator's "
            "availability, mediating in problems, peer consultation and exchange between "
            "volunteers. Not for the initial training (→ Education and training) or the "
            "evaluation of the programme as a whole (→ Quality assurance and evaluation).",
        ),
        code(
            "Samenwerking met het professionele netwerk",
            "Collaboration with the professional network",
            "Samenwerking met andere diensten en hulpverleners: OCMW, CAW, geestelijke "
            "gezondheidszorg, doorverwijzers, afstemming rond een deelnemer, de vrijwilliger "
            "als brug naar hulp. Niet voor drempels die de deelnemer bij diensten ervaart "
            "(→ Diensten).",
            "Collaboration with other services and care workers: public social welfare "
            "centres (OCMW), general welfare centres (CAW), mental health care, referrers, "
            "coordination around a participant, the volunteer as a bridge to help. Not for "
            "barriers the participant meets at services (→ Services).",
        ),
        code(
            "Kwaliteitsbewaking en evaluatie", "Quality assurance and evaluation",
            "Hoe de organisatie de werking als geheel opvolgt en verbetert: registratie, "
            "tevredenheidsbevraging, evaluatie van trajecten, subsidievoorwaarden, beleid. "
            "Niet voor de opvolging van één duo (→ Opvolging, supervisie en intervisie).",
            "How the organisation monitors and improves the programme as a whole: "
            "registration, satisfaction surveys, evaluation of trajectories, funding "
            "conditions, policy. Not for following up one pair (→ Follow-up, supervision "
            "and peer consultation).",
        ),
    ),
    code(
        "Context", "Context",
        "Achtergrond van de betrokkenen en van de werking die nodig is om de rest te "
        "begrijpen. Gebruik deze code enkel voor context die in geen subcode past, zoals een "
        "korte voorstelling van de organisatie. Niet voor de ondersteuning die de "
        "organisatie biedt (→ Professionele ondersteuning).",
        "Background of those involved and of the programme, needed to understand the rest. "
        "Use this code only for context that fits no subcode, such as a short introduction "
        "of the organisation. Not for the support the organisation provides "
        "(→ Professional support).",
        code(
            "Kwetsbaarheid", "Vulnerability",
            "De kwetsbare situatie van de deelnemer: eenzaamheid, armoede, psychische "
            "problemen, een beperking, migratie, dakloosheid, een klein netwerk, en hoe men "
            "die zelf benoemt. Niet wanneer die situatie het contact concreet bemoeilijkt "
            "(→ Interne obstakels; Externe obstakels).",
            "The participant's vulnerable situation: loneliness, poverty, mental health "
            "problems, a disability, migration, homelessness, a small network, and how they "
            "name it themselves. Not when that situation concretely hampers the contact "
            "(→ Internal obstacles; External obstacles).",
        ),
        code(
            "Actief burgerschap", "Active citizenship",
            "Opvattingen over en praktijken van vrijwillig engagement: vrijwilligerswerk als "
            "burgerzin, solidariteit, de verhouding tussen vrijwilligers, overheid en "
            "professioneel welzijnswerk, vermaatschappelijking van de zorg. Niet voor de "
            "persoonlijke drijfveren van één vrijwilliger (→ Motivatie om deel te nemen).",
            "Views on and practices of voluntary engagement: volunteering as civic sense, "
            "solidarity, the relation between volunteers, government and professional social "
            "work, the socialisation of care. Not for one volunteer's personal drives "
            "(→ Motivation to take part).",
        ),
        code(
            "Motivatie om deel te nemen", "Motivation to take part",
            "Waarom iemand instapt als deelnemer of vrijwilliger: eenzaamheid doorbreken, "
            "iets teruggeven, eigen ervaringen, tijd over, op aanraden van een hulpverlener. "
            "Niet voor motivatie die tijdens het traject wankelt (→ Motivatie, onder Interne "
            "obstakels).",
            "Why someone joins as participant or volunteer: breaking loneliness, giving "
            "something back, own experiences, time on one's hands, on a care worker's "
            "advice. Not for motivation that wavers during the trajectory (→ Motivation, "
            "under Internal obstacles).",
        ),
    ),
)  # fmt: skip


def _mix_with_white(colour: str, amount: float) -> str:
    """Tint `#RRGGBB` towards white by `amount` (0 = unchanged, 1 = white)."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


def _descendants(node: Code) -> list[Code]:
    return [d for child in node.children for d in (child, *_descendants(child))]


def _spread(nodes: list[Code], low_high: tuple[float, float]) -> dict[int, float]:
    """Evenly spaced tints, one per node, so that no two codes of a theme share a colour."""
    low, high = low_high
    step = (high - low) / max(1, len(nodes) - 1)
    return {id(node): low + i * step for i, node in enumerate(nodes)}


def colours() -> dict[tuple[str, ...], str]:
    """Colour per Dutch path: theme base, categories a little lighter, leaves lighter still."""
    result: dict[tuple[str, ...], str] = {}
    for theme in TREE:
        base = THEME_COLOURS[theme.nl]
        result[(theme.nl,)] = base
        below = _descendants(theme)
        tint = _spread([n for n in below if n.children], CATEGORY_TINTS)
        tint |= _spread([n for n in below if not n.children], LEAF_TINTS)
        stack = [((theme.nl,), child) for child in reversed(theme.children)]
        while stack:
            parents, node = stack.pop()
            names = (*parents, node.nl)
            result[names] = _mix_with_white(base, tint[id(node)])
            stack.extend((names, child) for child in reversed(node.children))
    return result


def keywords(language: str) -> dict[str, list[str]]:
    """Code path (in `language`) -> keywords, from the keyword table of that language."""
    with (HERE / KEYWORD_FILES[language]).open(encoding="utf-8", newline="") as fh:
        return {row["path"]: split_keywords(row["keywords"]) for row in csv.DictReader(fh)}


def entries(language: str) -> list[CodebookEntry]:
    """The tree as codebook entries in `language` ("nl" or "en")."""
    palette = colours()
    table = keywords(language)
    used: set[str] = set()

    def convert(node: Code, parents: tuple[str, ...], shown: tuple[str, ...]) -> CodebookEntry:
        names = (*parents, node.nl)
        own = (*shown, node.nl if language == "nl" else node.en)
        path = join_path(own)
        if not table.get(path):
            raise SystemExit(f"{KEYWORD_FILES[language]} has no keywords for '{path}'")
        used.add(path)
        if language == "nl":
            name, description = node.nl, f"{node.nl_definition}\n\nEN: {node.en_definition}"
        else:
            name, description = node.en, f"{node.en_definition}\n\nNL: {node.nl_definition}"
        return CodebookEntry(
            name=name,
            guid=str(uuid.uuid5(GUID_NAMESPACE, join_path(names))),
            color=palette[names],
            description=description,
            codable=True,
            children=[convert(child, names, own) for child in node.children],
            keywords=table[path],
        )

    result = [convert(theme, (), ()) for theme in TREE]
    if unused := sorted(set(table) - used):
        raise SystemExit(f"{KEYWORD_FILES[language]} names codes that do not exist: {unused}")
    return result


def build() -> dict[str, bytes]:
    """File name -> contents of both shipped codebooks."""
    return {
        "duowerkingen.qdc": write_qdc(entries("nl")),
        "duowerkingen-en.qdc": write_qdc(entries("en")),
    }


def main() -> None:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
