#!/usr/bin/env python3
"""Generate a benchmark corpus for Dateline with a known answer.

    python3 tests/bench/make_corpus.py OUT_DIR --megabytes N [--seed S]
    python3 tests/bench/make_corpus.py --verify [--dateline build/native/dateline]

The articles are real text from the five bundled articles (assets/articles), recombined:
event sentences taken from those articles with ONE date expression replaced by a slot
(TEMPLATES), rendered against a random publication date P, mixed with sentences and
paragraphs from the same articles that hold no date expression at all (FILLERS), inside the
page furniture and date headers the bundled pages use.

Output (all UTF-8):
  OUT_DIR/NNNNNN_<16 hex>.txt   the articles (2-4 KB each) until their total reaches N MiB
  OUT_DIR/sources.json          {"articles": [{"file", "outlet", "url", "published"}]}:
                                "published" is given for about half the articles, null for
                                the others, whose header carries the date in one of three
                                real-world styles (see HEADER STYLES below)
  OUT_DIR/answer.json           the known answer:
      {"about": ..., "seed": S, "articles": {"<file stem>": {
          "published": "YYYY-MM-DD", "header": "<style>",
          "events": [{"quote": "<exact substring of the article, the whole event sentence,
                                 occurring once in the article, holding the date expression>",
                      "start": "YYYY-MM-DD", "end": "YYYY-MM-DD",
                      "precision": "day|week|month|part-of-month|year|part-of-year",
                      "template": "<template id>", "kind": "<slot kind>",
                      "timex": "<the rendered date expression>"}]}}}

Deterministic for a given seed (Python's random.Random, no hash ordering, no clock).
Python 3 standard library only.

--verify runs `dateline timex` over every filler (no DATE or TIME expression may be found)
and over every template rendered against a few dates (the only DATE/TIME expression found
must be the slot), and prints what it finds; it is how the tables below were checked.
"""

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile

# --------------------------------------------------------------------------------------
# Slot kinds: what a slot renders and what interval it means, given the publication date P.
# --------------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
             "Oct.", "Nov.", "Dec."]
MONTHS_3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                8: "eight", 9: "nine", 10: "ten"}

DAY = dt.timedelta(days=1)


def month_bounds(y, m):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - DAY


def render_slot(kind, P, rng):
    """-> (text, start, end, precision) for a slot of `kind` in an article published on P."""
    if kind == "weekday":                      # past tense: a day 0-6 days before P
        d = P - rng.randint(0, 6) * DAY
        return WEEKDAYS[d.weekday()], d, d, "day"
    if kind == "yesterday":
        d = P - DAY
        return "yesterday", d, d, "day"
    if kind in ("monthday", "monthday_ap"):    # no year, past tense: 1-200 days before P
        d = P - rng.randint(1, 200) * DAY
        names = MONTHS if kind == "monthday" else MONTHS_AP
        return "%s %d" % (names[d.month - 1], d.day), d, d, "day"
    if kind == "fulldate":                     # 1-1500 days before P
        d = P - rng.randint(1, 1500) * DAY
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), d, d, "day"
    if kind in ("last_week", "week_ago"):      # the ISO week before P's (it holds P-7)
        monday = P - (P.weekday() + 7) * DAY
        return ("last week" if kind == "last_week" else "a week ago"), monday, monday + 6 * DAY, "week"
    if kind == "last_month":
        y, m = (P.year, P.month - 1) if P.month > 1 else (P.year - 1, 12)
        a, b = month_bounds(y, m)
        return "last month", a, b, "month"
    if kind == "this_month":
        a, b = month_bounds(P.year, P.month)
        return "this month", a, b, "month"
    if kind == "month":                        # bare month, past tense: latest on or before P's month
        m = rng.randint(1, 12)
        y = P.year if m <= P.month else P.year - 1
        a, b = month_bounds(y, m)
        return MONTHS[m - 1], a, b, "month"
    if kind == "year":                         # "in 2014": a past year
        y = P.year - rng.randint(1, 8)
        return str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if kind == "early_year":                   # January 1 - April 30
        y = P.year - rng.randint(1, 6)
        return "early %d" % y, dt.date(y, 1, 1), dt.date(y, 4, 30), "part-of-year"
    if kind == "years_ago":                    # "three years ago": the year P.year - N
        n = rng.randint(2, 9)
        y = P.year - n
        return "%s years ago" % NUMBER_WORDS[n], dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    raise ValueError(kind)


# --------------------------------------------------------------------------------------
# Event sentence templates: sentences of the bundled articles, each with one date slot {D}.
# (id, group, kind, text). Templates of one group report the same real event; an article
# holds at most one template of a group. All are past tense. {A} is "a" or "an" for the slot.
# --------------------------------------------------------------------------------------

TEMPLATES = [
    # 000 (CBN, published 2017-07-05)
    ("suicide-attack", "suicide-attack", "weekday",
     "On {D}, as his men closed in on the last remaining areas controled by the terrorists, "
     "two female suicide bombers, hiding among a group of fleeing civilians, attacked Iraqi troops."),
    ("old-city-breached", "old-city-breached", "weekday",
     "\"Conducting targeted strikes on two small portions of the wall allowed Coalition and partner "
     "forces to breach the Old City at a location of their choosing,\" the Combined Joint Task Force "
     "announced {D}."),
    ("raqqa-captured", "raqqa-captured", "year",
     "In {D}, Islamic militants captured Raqqa and declared it the capital of the ISIS caliphate."),
    ("hospital-retaken", "hospital-retaken", "yesterday",
     "A sentiment echoed by Gen. Abdel Ghani al-Asadi, head of Iraq's special forces, who said the "
     "Islamic militants are in a \"fight to the death\" after his soldiers retook Mosul's main "
     "hospital {D}."),
    # 001 (Reuters, 2017-06-30)
    ("old-city-pressed", "old-city-pressed", "weekday",
     "U.S.-backed Iraqi forces pressed Islamic State fighters holding out in Mosul's Old City on {D}, "
     "while in Syria the militant group launched a counter-attack against an alliance of militias "
     "trying to oust it from its de facto capital of Raqqa."),
    ("civilians-escape", "civilians-escape", "weekday",
     "Those who escaped on {D} streamed through alleyways near the Grand al-Nuri Mosque."),
    ("caliphate-declared", "caliphate-declared", "year",
     "Civilians streamed through alleyways near the Grand al-Nuri Mosque, where IS leader Abu Bakr "
     "al-Baghdadi declared the caliphate in {D}."),
    ("mosque-blown-up-ago", "mosque-blown-up", "week_ago",
     "Islamic State fighters blew up the Grand al-Nuri Mosque {D} rather than see it fall to the "
     "Iraqi army."),
    ("abadi-declares-end", "mosque-captured", "weekday",
     "Iraqi Prime Minister Haider al-Abadi declared the end of the caliphate on {D} after CTS units "
     "captured the ground of the ruined 850-year-old mosque."),
    ("smoke-over-mosul", "smoke-over-mosul", "weekday",
     "A Reuters correspondent on {D} saw smoke billowing over the riverside districts amid "
     "artillery blasts and burst of gunfire."),
    ("industrial-district", "industrial-district", "this_month",
     "The SDF, the U.S. backed alliance in Syria, took the industrial district of Raqqa {D} in its "
     "biggest gain in its fight for IS's Syrian capital."),
    ("raqqa-encircled", "raqqa-encircled", "weekday",
     "On {D}, the Observatory said the SDF had managed to take the last stretch of the Euphrates' "
     "south bank opposite Raqqa, completely encircling Islamic State inside the city."),
    ("russia-claim", "russia-claim", "monthday",
     "Russia said on {D} its forces might have killed Abu Bakr al-Baghdadi in an air strike in Syria."),
    ("saadi-estimate", "saadi-estimate", "fulldate",
     "Major General Maan al-Saadi, of the Counter Terrorism Service, told Reuters on {D} it could "
     "take four to five days to capture the insurgents' redoubt in Mosul by the Tigris River."),
    ("aleppo-driven-out", "aleppo-driven-out", "last_month",
     "West of Raqqa, the Syrian army drove the group from its last territory in Aleppo province "
     "{D}, a Syrian military source said."),
    # 002 (NTD, 2017-09-22)
    ("huwayjah-offensive", "huwayjah-offensive", "monthday_ap",
     "On the morning of {D}, Iraqi security forces began \u201cmajor combat operations\u201d in "
     "Huwayjah, according to a Department of Defense (DOD) press release."),
    ("huwayjah-seized", "huwayjah-seized", "early_year",
     "ISIS had seized control of the city in {D}, but it was isolated during the battle in Mosul."),
    ("mattis-interview", "mattis-interview", "month",
     "Defense Secretary James Mattis explained the \u201cannihilation\u201d strategy during a CBS "
     "interview in {D}."),
    ("russia-meeting", "russia-meeting", "last_week",
     "Dillon said coalition and Russian military officials met face-to-face {D} to discuss their "
     "operations, and to ensure neither side attacks the other."),
    ("villages-cleared", "villages-cleared", "this_month",
     "{D}, Iraqi forces cleared 11 villages of ISIS terrorists around Tal Afar, Akashat, Haditha, "
     "and Rayhanna."),
    ("clearance-operations", "clearance-operations", "week_ago",
     "{D}, the Syrian Defense Forces of the coalition began \u201canti-ISIS clearance "
     "operations\u201d in Dayr Az Zawr province, northeast of Dayr Az Zawr city."),
    ("paratroopers", "paratroopers", "fulldate",
     "Paratroopers engaged ISIS terrorists with precise and strategically placed artillery fire in "
     "support of Iraqi and Peshmerga fighters in Mosul, Iraq, on {D}."),
    # 003 (AFP, 2017-07-01)
    ("victory-within-days", "victory-within-days", "weekday",
     "Iraq will declare victory over the Daesh terror group in Mosul during the \u201cnext few "
     "days\u201d, a senior commander said {D}, as the extremists fell back in neighbouring Syria."),
    ("caliphate-years-ago", "caliphate-declared", "years_ago",
     "Daesh declared a cross-border \u201ccaliphate\u201d encompassing swathes of Iraq and Syria {D}."),
    ("mosul-battle-launched", "mosul-battle-launched", "monthday",
     "Iraqi forces launched the gruelling battle for Mosul on {D}, advancing to the city and "
     "retaking its eastern side before setting their sights on the smaller but more densely "
     "populated west."),
    ("escape-route-cut", "raqqa-encircled", "weekday",
     "On {D}, the SDF cut off Daesh\u2019s last escape route, trapping the extremists inside the city."),
    ("sdf-breaks-in", "sdf-breaks-in", "monthday",
     "The SDF broke into Raqqa on {D} after spending months chipping away at extremist territory "
     "around the city."),
    ("nuri-captured", "mosque-captured", "weekday",
     "In Mosul, Iraqi forces captured the iconic Nuri Mosque on {D}, the site where Daesh chief "
     "Abu Bakr Al Baghdadi had called on Muslims worldwide to obey him."),
    ("public-appearance", "public-appearance", "year",
     "Daesh chief Abu Bakr Al Baghdadi made his only known public appearance in {D}, calling on "
     "Muslims worldwide to obey him."),
    ("mosque-blown-up-week", "mosque-blown-up", "last_week",
     "Daesh blew up the mosque and the famed Al Hadba (hunchback) leaning minaret {D} as Iraqi "
     "forces closed in."),
    ("un-retribution", "un-retribution", "weekday",
     "Retribution against residents of the city suspected of having Daesh ties was an issue "
     "highlighted by the UN rights office on {D}."),
    ("withdrawal-confirmed", "withdrawal-confirmed", "yesterday",
     "A Syrian military source in rural Aleppo confirmed the withdrawal {D}."),
    ("regime-advance", "regime-advance", "early_year",
     "Regime forces advanced through a sliver of southeastern Aleppo province around a key highway "
     "linking Hama province to the southwest and Raqqa province further east in {D}."),
    # 004 (2019-03-22)
    ("territory-eliminated", "territory-eliminated", "weekday",
     "The final area held by Islamic State in Syria has been \"100 per cent eliminated\", a White "
     "House spokeswoman said on {D}."),
    ("al-hol-arrivals", "al-hol-arrivals", "weekday",
     "The International Rescue Committee said another 2,000 women and children had arrived late on "
     "{D} at the al-Hol camp in northeastern Syria."),
    ("trump-map", "trump-map", "weekday",
     "Speaking on {D}, the US President shared a map showing how the so-called caliphate's "
     "territory had been reduced to a tiny spot."),
    ("american-bombing", "american-bombing", "month",
     "A group of suspects involved in {A} {D} bombing that killed four Americans in northern Syria "
     "were among militants captured by the Kurdish-led forces."),
    ("begum-son", "begum-son", "weekday",
     "Those issues were underscored on {D} with the death of the newborn son of Shamima Begum, a "
     "British woman who left London to join Islamic State when she was a schoolgirl."),
    ("begum-citizenship", "begum-citizenship", "last_month",
     "The UK government stripped Shamima Begum of her citizenship on security grounds {D}."),
    ("reign-of-terror", "reign-of-terror", "years_ago",
     "The death cult conquered huge swathes of territory in Syria and Iraq {D}."),
]

# --------------------------------------------------------------------------------------
# Fillers: sentences and paragraphs of the bundled articles with no date expression
# (each checked with `dateline timex --dct 2017-07-01`: no DATE or TIME found; see --verify).
# A filler whose first word leans on the sentence before (FOLLOWER_STARTS) never follows an
# event template.
# --------------------------------------------------------------------------------------

FILLERS = [
    # 000
    "The Islamic State is losing their grip on its so-called caliphate territory. Only about 300 "
    "ISIS militants remain in a small territory around Mosul.",
    "\"We will continue to defeat Daesh (alternative acronym for ISIS) until every last one has "
    "either died or has been brought to justice,\" says United States Army Colonel Ryan Dillon.",
    "U.S., Iraqi and coalition forces are on the verge of recapturing Mosul, Iraq's second-largest city.",
    "\"There remains just one pocket left in the Old City and there is less than one square "
    "kilometer that remains to be taken before ISIS has been completely defeated in Mosul,\" said Dillon.",
    "He says its clear ISIS is getting desperate.",
    "\"They appeared from the basement of a building and they blew themselves up,\" said Ali "
    "Abdullah Hussein, a spokesman with the Iraqi Army.",
    "At least 15 people died in the attack.",
    "Meanwhile, in neighboring Syria, U.S.-backed Syrian forces breached a key entrance to Raqqa's "
    "old city in a battle to drive Islamic State militants out of their self-declared headquarters.",
    "Coalition troops have spent months surrounding the strategic ISIS stronghold preparing for a "
    "major offensive to retake it from the terror group.",
    "\"ISIS has put up a fierce and stiff resistance, particularly as we have reached the Old City "
    "portion of Raqqa,\" said Dillon.",
    "The battle for Raqqa is just getting started.",
    "\"As a matter of fact, we are still at the beginning of the campaign to defeat ISIS in Raqqa "
    "but we will continue to progress, just as we have everywhere else, to defeat ISIS,\" Dillon "
    "said. \"They will lose.\"",
    "Some 2,500 ISIS fighters are reportedly left defending the city.",
    # 001
    "In Iraq, dozens of civilians poured out of Mosul, long held by IS, and fled in the direction "
    "of the Iraqi forces, many of them women and children, thirsty, tired and some wounded.",
    "Iraqi authorities say they are only days away from a victory over militants in their "
    "remaining redoubt in Mosul, though commanders of counter-terrorism units fighting their way "
    "through the narrow streets of the Old City say die-hard IS fighters are dug in among "
    "civilians and the battle ahead remains challenging.",
    "Across the border in Syria, parts of which the IS says fall under its self-proclaimed "
    "caliphate, the picture was more complex.",
    "The Syrian Observatory for Human Rights, a Britain-based war monitor, said the group had "
    "retaken most of the industrial district of Raqqa after mounting a fierce counter-attack "
    "against the Syrian Democratic Forces (SDF), a U.S.-backed alliance of Kurdish and Arab militias.",
    "But west of Raqqa, the Syrian army put the group under more pressure, driving it from its "
    "last territory in Aleppo province, a Syrian military source said, in a strategically-important "
    "move that relieves pressure on a government supply route.",
    "Even though the IS group is under pressure in these urban strongholds in Iraq and Syria its "
    "fighters still occupy an area as big as Belgium across the two countries, according to one estimate.",
    "In Iraq, grinding warfare in Mosul has displaced 900,000 people, about half the city's "
    "pre-war population, and killed thousands of civilians, according to aid organizations.",
    "Tens of thousands of civilians are trapped in the city in desperate conditions, with "
    "dwindling supplies of food, water or medicine and no access to health services, according to "
    "those who have managed to flee.",
    "The capture of the city would in effect mark the end of the Iraqi half of the caliphate, "
    "although the group still controls territory west and south of the city, holding sway over "
    "hundreds of thousands of people.",
    "Western troops from the U.S.-led coalition were helping adjust artillery fire with air "
    "surveillance, he said.",
    "The SDF, on its social media feed, acknowledged there had been intense clashes, but added that "
    "the whole industrial district was still in its hands and the attack had been thwarted.",
    "Equally, IS appeared to have suffered a setback in Syria with the army taking the last stretch "
    "of the Ithriya-Rasafa road, part of the highway from Hama to Raqqa, forcing IS fighters to "
    "withdraw from a salient it held to the north, a Syrian military source and the Observatory said.",
    "Islamic State had used that salient, an area containing a range of hills and a dozen villages, "
    "to mount frequent attacks on a different road linking Ithriya to Khanaser, part of the "
    "government's only available land route to Aleppo.",
    "The capture of the Ithriya-Rasafa road also shortens the Syrian army's route to its "
    "battlefront with Islamic State south of Tabqa, a possible route for its multi-pronged "
    "offensive to relieve the government's enclave in Deir al-Zor.",
    "The secretive Baghdadi, who has scarcely been seen publicly since proclaiming the caliphate, "
    "has left the fighting in Mosul to local commanders and is believed to be hiding on the "
    "Iraq-Syrian border, according to U.S. and Iraqi military sources.",
    "He has often been reported killed or wounded.",
    "But Washington says it has no information to corroborate such reports and Iraqi officials "
    "have also been sceptical.",
    # 002
    "Coalition forces have begun attacks in Iraq to free western Anbar and Huwayjah from the "
    "control of ISIS terrorists. These are the last two areas in the country where ISIS still holds power.",
    "\u201cISIS has never been capable of providing effective governance or services that benefited "
    "the people under its rule,\u201d he said. \u201cIts defeat in Iraq further demonstrates ISIS is an "
    "organization in decline, whose leaders are no longer capable of effective military command "
    "and control.\u201d",
    "Dillon noted in a separate release that ISIS is not only losing ground, but it is \u201cfailing "
    "in every battle.\u201d",
    "The Iraqi forces leading the battle include the Iraqi army, its federal and local police, "
    "Peshmerga forces, its counterterrorism service, and tribal forces. They have freed four million "
    "people from regions formerly held by ISIS, and cleared close to 15,800 square miles.",
    "Dillon said in a video \u201cthe progress made against ISIS throughout Iraq is due to the "
    "combined efforts of the Iraqi security forces working together.\u201d",
    "\u201cTogether, all these forces have beaten ISIS decisively and repeatedly,\u201d he said.",
    "In the fight against ISIS, the Trump administration is implementing what Defense Secretary "
    "James Mattis has described as an \u201cannihilation\u201d strategy.",
    "While the operations move forward in Iraq, similar operations under the coalition are moving "
    "forward against ISIS territory in Syria.",
    "Russia has allied with Assad government forces in Syria, and has attacked other groups in the "
    "region fighting ISIS.",
    "Thus the operations in Syria are slightly more complex, and require what Dillon referred to as "
    "\u201cde-confliction efforts\u201d so that all sides can focus on defeating ISIS.",
    "\u201cWe still expect tough fighting ahead, but with our partners\u2019 battlefield successes, "
    "increased capacity and continued support from a 73-member coalition, we will keep the pressure "
    "on until ISIS is defeated in both Iraq and Syria,\u201d Dillon said.",
    # 003
    "However, there has often been a gap between the declaration of victory and the actual end of "
    "fighting in a given area in the course of Iraq\u2019s multiyear war against Daesh.",
    "Assadi estimated that there are between 200 and 300 Daesh fighters left in the city, most of "
    "them foreigners.",
    "His remarks on victory in Mosul came as Daesh withdrew from a series of villages in Syria\u2019s "
    "Aleppo province where President Bashar Assad\u2019s forces are advancing.",
    "\u201cThe military operation is ongoing and Daesh withdrew from the Aleppan countryside towards "
    "rural territory in Hama and Raqqa,\u201d the source told AFP.",
    "The US-backed Syrian Democratic Forces (SDF) are also fighting to retake Raqqa, Daesh\u2019s de "
    "facto capital in the country.",
    "\u201cThe SDF has been able to completely encircle Raqqa,\u201d Abdel Rahman said.",
    "Its fighters have since captured two eastern and two western districts of the city and are "
    "pushing towards its centre, where Daesh extremists are holding tens of thousands of civilians.",
    "Around 2,500 extremists are fighting in the city, according to British Major General Rupert "
    "Jones, a coalition deputy commander.",
    "Iraqi Prime Minister Haider Al Abadi hailed the recapture of the mosque as a sign of Daesh\u2019s "
    "impending defeat.",
    "\u201cWe are seeing the end of the fake Daesh state,\u201d Abadi said in an English statement on "
    "his Twitter account.",
    "The US-led coalition against the extremists also said that the end of the battle was near.",
    "He praised the Iraqi forces\u2019 \u201cgrit and determination\u201d and said coalition support would "
    "help bring \u201can imminent liberation\u201d.",
    "\u201cWe are seeing an alarming rise in threats, specifically of forced evictions, against those "
    "suspected of being [Daesh] members or whose relatives are alleged to be involved with "
    "[Daesh],\u201d spokesman Rupert Colville said.",
    # 004
    "ISIS has lost \"100 per cent\" of its territory, Donald Trump has declared, though fighting "
    "continues in the jihadis' final enclave.",
    "ISIS have been steadily pushed back into a tiny pocket by the bank of the River Euphrates in "
    "north eastern Syria by the US-backed Syrian Democratic Forces.",
    "But while the US President was declaring ISIS finished, SDF forces on the ground were still "
    "reporting skirmishes.",
    "Trump has been showing off a before-and-after map to demonstrate the extent of ISIS losses "
    "during his presidency.",
    "The bloodthirsty Islamists dug a network of tunnels in the village of Baghouz, eastern Syria, "
    "where hundreds of fighters staged their last stand.",
    "When they fled they left an armoury of abandoned weapons in their wake.",
    "Thousands of civilians have been streaming out of Baghouz, creating a desperate humanitarian "
    "situation for the mainly women and children living in camp.",
    "The al-Hol camp is holding more than 72,000 people, including more than 40,000 children, IRC said.",
    "US-backed forces have seized hundreds of wounded ISIS fighters after the killer cult's last "
    "death camp in Syria collapsed under a non-stop barrage of bullets and bombs.",
    "Among those killed include the ISIS fanatics behind the Paris terror attacks.",
    "However, the taking of the encampment, though a massive milestone, is not the final defeat of "
    "ISIS in the region, said Mustafa Bali, the spokesman for the SDF.",
    "\"This is not a victory announcement, but a significant progress in the fight,\" Bali said in a "
    "Twitter post.",
    "He said hundreds of wounded and sick militants were captured and have been evacuated to nearby "
    "military hospitals for treatment.",
    "The jihadis were cornered in a final pocket of land by the Euphrates River.",
    "SDF forces have been pushing them back through their booby trapped enclave.",
    "ISIS no longer controls any territory, marking the end of its caliphate.",
    "The ISIS-held village of Baghouz was the last pocket of territory in Syria controlled by the "
    "extremist group, which once held a vast area of Syria and Iraq, calling it an Islamic \"caliphate.\"",
    "Most have been women and children whose existence in a labyrinth of underground caves and "
    "tunnels was unknown to the SDF.",
    "Many evacuees, particularly foreigners, still express obdurate support for ISIS, posing "
    "difficult security, legal and moral questions for their countries of origin.",
    "The jihadis last stronghold is nothing more than a collection of tents and stationary vehicles.",
]

# First words that lean on the sentence before: such a filler never follows an event template.
FOLLOWER_STARTS = ("He ", "She ", "They ", "It ", "Its ", "His ", "Her ", "Their ", "The attack",
                   "But ", "Thus ", "Equally", "When ", "However", "Among ", "Most ", "These ",
                   "Those ", "This ", "Western troops", "At least", "Islamic State had used that",
                   "\"They ", "\u201cThey ", "SDF forces have been pushing them")


def is_follower(text):
    t = text.lstrip("\"\u201c")
    return text.startswith(FOLLOWER_STARTS) or t.startswith(FOLLOWER_STARTS)


# --------------------------------------------------------------------------------------
# Titles, furniture, header styles
# --------------------------------------------------------------------------------------

TITLES = [
    "ISIS in 'Fight to the Death' as Group's Territory Shrinks to Less than a Mile in Iraq",
    "Islamic State under pressure in Iraqi and Syrian strongholds",
    "Coalition Begins Clearing Out Last ISIS Pockets in Iraq",
    "Mosul victory in \u2018days\u2019 as Daesh falls back in Syria",
    "ISIS \u2018100 per cent\u2019 wiped out after five-year reign of terror and bloodshed, US declares",
    "Daesh escape route cut as SDF encircles Raqqa",
    "Iraqi forces close in on Mosul's Old City",
    "Islamic State loses its last territory in Aleppo province",
    "Thousands stream out of Baghouz as the caliphate collapses",
    "Iraq declares the end of the caliphate in Mosul",
    "Coalition Presses ISIS in Huwayjah and Western Anbar",
    "SDF tightens its grip on Raqqa as Daesh fights back",
]
SUBTITLES = [
    "Army estimates that there are between 200 and 300 Daesh fighters left in city, most of them foreigners",
    "The US Defense Department says the militant group no longer holds any territory in Syria",
    "Iraqi forces say die-hard fighters are dug in among civilians in the Old City",
    "Coalition support will help bring an imminent liberation, spokesman says",
]
CAPTIONS = [
    "the militant Islamic State Abu Bakr al-Baghdadi - Reuters",
    "Iraqi forces advance through the Old City of Mosul - Reuters",
    "Members of Iraq\u2019s elite Rapid Response Division patrol in the Shifa neighbourhood, on the "
    "west bank of Mosul, where they are battling some of the last members of the Daesh group in "
    "the city (AFP photo)",
    "Paratroopers engage ISIS terrorists with precise and strategically placed artillery fire in "
    "support of Iraqi and Peshmerga fighters in Mosul, Iraq. (Army photo by Sgt. Christopher Bigelow)",
]
SUBHEADINGS = ["Daesh escape route cut\u00a0", "HIDDEN CAVES"]
BYLINE_NAMES = ["Henry Bevington", "Claire Mercer", "Daniel Ortiz", "Sarah Lindqvist",
                "Omar Haddad", "Rachel Whitford"]
NTD_SECTIONS = ["World News", "Middle East", "US News"]
AFP_DATELINES = ["MOSUL, Iraq \u2014 ", "BEIRUT \u2014 ", "BAGHDAD \u2014 ", "RAQQA, Syria \u2014 "]

# header styles: text-dated (the date only in the header) and sources-dated (no date in text)
TEXT_STYLES = ["reuters", "ntd", "afp"]
SOURCE_STYLES = ["cbn", "blog", "plain"]
OUTLETS = {
    "reuters": "Reuters (republished)",
    "ntd": "NTD (from The Epoch Times)",
    "afp": "The Jordan Times (AFP)",
    "cbn": "CBN News",
    "blog": None,
    "plain": "Reuters",
}
URL_BASE = {
    "reuters": None,
    "ntd": "https://www.ntd.com/bench-%s.html",
    "afp": "http://jordantimes.com/news/region/bench-%s",
    "cbn": "https://www1.cbn.com/cbnnews/world/bench-%s",
    "blog": None,
    "plain": "https://www.reuters.com/article/bench-%s",
}

P_FIRST = dt.date(2015, 1, 1)
P_LAST = dt.date(2019, 12, 31)


def header_lines(style, P, title, rng):
    """Lines before the body, as the bundled page of that style has them (None = blank line)."""
    if style == "reuters":   # 001: "Fri, 30 Jun 2017 - 02:56 GMT", twice, then captions
        stamp = "%s, %02d %s %d - %02d:%02d GMT" % (WEEKDAYS_3[P.weekday()], P.day,
                                                     MONTHS_3[P.month - 1], P.year,
                                                     rng.randint(0, 23), rng.randint(0, 59))
        cap = rng.choice(CAPTIONS[:2])
        return [title, "", "", "", stamp, "", "", stamp, "", cap, "", cap, ""]
    if style == "ntd":       # 002: name, "By Name", "September 22, 2017World News"
        name = rng.choice(BYLINE_NAMES)
        date = "%s %d, %d%s" % (MONTHS[P.month - 1], P.day, P.year, rng.choice(NTD_SECTIONS))
        lines = [title, "", name, "By " + name, date, title]
        if rng.random() < 0.5:
            lines.append(CAPTIONS[3])
        return lines + [""]
    if style == "afp":       # 003: "By AFP - Jul 01,2017 - Last updated at Jul 01,2017"
        stamp = "%s %02d,%d" % (MONTHS_3[P.month - 1], P.day, P.year)
        who = rng.choice(["AFP", "AFP", "Reuters"])
        lines = ["You are here", "", title, ""]
        if rng.random() < 0.6:
            lines += [rng.choice(SUBTITLES), ""]
        lines += ["By %s - %s - Last updated at %s" % (who, stamp, stamp), ""]
        if rng.random() < 0.5:
            lines += [CAPTIONS[2], ""]
        return lines
    if style == "cbn":       # 000: no date in the text
        return ["Skip to main content", "", title, "", "CBN", "", "Share This article", ""]
    if style == "blog":      # 004: lines without blank lines between them
        return [title, rng.choice(SUBTITLES)]
    if style == "plain":
        return [title, ""]
    raise ValueError(style)


def trailer_lines(style, rng):
    if style == "reuters":
        return ["", "", "", "Leave a Comment", "", "Be Social"]
    if style == "ntd":
        return ["", "From The Epoch Times", "", "ntd newsletter icon", "Sign up for NTD Daily",
                "What you need to know, summarized in one email.",
                "Stay informed with accurate news you can trust.",
                "By registering for the newsletter, you agree to the Privacy Policy."]
    if style == "afp":
        return ["", "%d users have voted." % rng.randint(2, 120), "", "Add new comment", "",
                "This question is for testing whether or not you are a human visitor and to "
                "prevent automated spam submissions.",
                "%d + %d =" % (rng.randint(0, 9), rng.randint(0, 9)),
                "Solve this simple math problem and enter the result. E.g. for 1+3, enter 4."]
    if style == "cbn":
        return ["", "\u00a0", "", "\u00a0", "", "\u00a0", "", "Share This article"]
    if style == "blog":
        return ["No comments:", "Post a Comment"]
    if style == "plain":
        return [""]
    raise ValueError(style)


def render_template(tpl, P, rng):
    tid, group, kind, text = tpl
    slot, a, b, precision = render_slot(kind, P, rng)
    if text.startswith("{D}"):
        slot = slot[0].upper() + slot[1:]
    sentence = text.replace("{A}", "an" if slot[0] in "AEIOU" else "a").replace("{D}", slot)
    return sentence, {"start": a.isoformat(), "end": b.isoformat(), "precision": precision,
                      "template": tid, "kind": kind, "timex": slot}


def order_paragraphs(items, rng):
    """items: list of (is_event, is_follower, text). Shuffle so that no follower filler comes
    right after an event (events are never merged into one line anyway)."""
    for _ in range(200):
        rng.shuffle(items)
        if all(not (items[i - 1][0] and items[i][1]) for i in range(1, len(items))):
            return items
    # fall back: move offending followers to the front
    good = [it for it in items if not it[1]]
    followers = [it for it in items if it[1]]
    return followers + good


def make_article(rng, P, style):
    title = rng.choice(TITLES)
    target = rng.randint(2200, 3900)             # bytes of the whole file
    n_events = rng.randint(3, 8)
    # at most one template per group
    groups = {}
    for t in TEMPLATES:
        groups.setdefault(t[1], []).append(t)
    chosen_groups = rng.sample(sorted(groups), n_events)
    templates = [rng.choice(groups[g]) for g in chosen_groups]

    events = []
    items = []
    for tpl in templates:
        sentence, ev = render_template(tpl, P, rng)
        events.append((sentence, ev))
        items.append((True, False, sentence))

    head = header_lines(style, P, title, rng)
    tail = trailer_lines(style, rng)
    sep_blank = style != "blog"
    fixed = len("\n".join(head + tail).encode()) + 2
    size = fixed + sum(len(s.encode()) + 2 for s in (it[2] for it in items))
    pool = list(range(len(FILLERS)))
    rng.shuffle(pool)
    while pool and len(items) < 20 and (size < target or len(items) < 8):
        f = FILLERS[pool.pop()]
        items.append((False, is_follower(f), f))
        size += len(f.encode()) + 2
    items = order_paragraphs(items, rng)

    body = []
    if style == "afp" and rng.random() < 0.7:
        dl = rng.choice(AFP_DATELINES)
        e, fo, t = items[0]
        items[0] = (e, fo, dl + t)
    for i, (_, _, t) in enumerate(items):
        body.append(t)
        if sep_blank:
            body.append("")
        if style == "afp" and i == len(items) // 2 and rng.random() < 0.3:
            body += ["", SUBHEADINGS[0], "", ""]
    if sep_blank and body:
        body.pop()
    text = "\n".join(head + body + tail)
    # quotes must occur exactly once
    answer_events = []
    for sentence, ev in events:
        assert text.count(sentence) == 1, sentence
        answer_events.append(dict(quote=sentence, **ev))
    return title, text, answer_events


def generate(out_dir, megabytes, seed):
    rng = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    limit = int(megabytes * 1024 * 1024)
    total = 0
    sources = []
    answer = {}
    span = (P_LAST - P_FIRST).days
    i = 0
    while total < limit:
        P = P_FIRST + rng.randint(0, span) * DAY
        text_dated = rng.random() < 0.5
        style = rng.choice(TEXT_STYLES if text_dated else SOURCE_STYLES)
        stem = "%06d_%016x" % (i, rng.getrandbits(64))
        title, text, events = make_article(rng, P, style)
        data = text.encode("utf-8")
        with open(os.path.join(out_dir, stem + ".txt"), "wb") as f:
            f.write(data)
        total += len(data)
        url = URL_BASE[style] % stem[7:] if URL_BASE[style] else None
        sources.append({"file": stem + ".txt", "outlet": OUTLETS[style], "url": url,
                        "published": None if text_dated else P.isoformat()})
        answer[stem] = {"published": P.isoformat(), "header": style, "events": events}
        i += 1
    with open(os.path.join(out_dir, "sources.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Generated by tests/bench/make_corpus.py (seed %d). 'published' is "
                            "null where the article's own header gives the date." % seed,
                   "articles": sources}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(out_dir, "answer.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "The known answer for this generated corpus: each article's "
                            "publication date and the planted events (quote = the whole event "
                            "sentence, once in the article; start/end = the interval the date "
                            "expression means given the publication date).",
                   "seed": seed, "megabytes": megabytes, "articles": answer},
                  f, indent=1, ensure_ascii=False)
    return i, total


# --------------------------------------------------------------------------------------
# --verify: check the tables with `dateline timex`
# --------------------------------------------------------------------------------------

def run_timex(dateline, text, dct):
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(text.encode("utf-8"))
        path = f.name
    try:
        out = subprocess.run([dateline, "timex", "--dct", dct, path], capture_output=True,
                             check=True).stdout
        return json.loads(out)["timexes"]
    finally:
        os.unlink(path)


def verify(dateline):
    bad = 0
    print("== fillers, titles, captions, furniture (no DATE/TIME expected)")
    furniture = set()
    frng = random.Random(0)
    for style in TEXT_STYLES + SOURCE_STYLES:
        furniture.update(l for l in trailer_lines(style, frng) if l.strip())
        furniture.update(l for l in header_lines(style, dt.date(2017, 7, 1), "", frng)
                         if l.strip() and not any(ch.isdigit() for ch in l))
    for f in FILLERS + TITLES + SUBTITLES + CAPTIONS + SUBHEADINGS + sorted(furniture):
        tx = [t for t in run_timex(dateline, f, "2017-07-01") if t["type"] in ("DATE", "TIME")]
        if tx:
            bad += 1
            print("  DATE FOUND:", [(t["text"], t["value"]) for t in tx], "in:", f[:90])
    print("== templates (exactly the slot expected)")
    rng = random.Random(1)
    for tpl in TEMPLATES:
        for P in (dt.date(2017, 7, 1), dt.date(2016, 2, 29), dt.date(2019, 1, 3)):
            sentence, ev = render_template(tpl, P, rng)
            tx = [t for t in run_timex(dateline, sentence, P.isoformat())
                  if t["type"] in ("DATE", "TIME")]
            texts = [t["text"] for t in tx]
            s0 = sentence.encode().find(ev["timex"].encode())
            s1 = s0 + len(ev["timex"].encode())
            ok = len(tx) == 1 and tx[0]["start"] < s1 and tx[0]["end"] > s0
            if not ok:
                bad += 1
                print("  %-22s P=%s slot=%r found=%r" % (tpl[0], P, ev["timex"], texts))
            else:
                print("  ok %-22s P=%s %-18r -> %-12s expected %s..%s" % (
                    tpl[0], P, tx[0]["text"], tx[0]["value"], ev["start"], ev["end"]))
    print("problems:", bad)
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", nargs="?")
    ap.add_argument("--megabytes", type=float)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verify", action="store_true",
                    help="check the fillers and templates with `dateline timex` and exit")
    ap.add_argument("--dateline", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "native", "dateline"))
    args = ap.parse_args()
    if args.verify:
        sys.exit(1 if verify(args.dateline) else 0)
    if not args.out_dir or args.megabytes is None:
        ap.error("OUT_DIR and --megabytes are required")
    n, total = generate(args.out_dir, args.megabytes, args.seed)
    print("%d articles, %d bytes of text in %s" % (n, total, args.out_dir), file=sys.stderr)


if __name__ == "__main__":
    main()
