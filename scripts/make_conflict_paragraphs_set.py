#!/usr/bin/env python3
"""Builds tests/data/conflict_paragraphs_{a,b}.jsonl: English conflict paragraphs written in
session 21 before the engine read them, in the style of wire reports and monitors' briefs from
today's wars (issue 11's outside check reads "hand-written conflict paragraphs"). Paragraphs 1, 3,
5... are half A (read for errors), 2, 4, 6... half B (figures only, the confirmation).
Coordinates from memory, well inside the scorer's 161 km; countries by ISO code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
# 1 Ukraine, villages and a region
("Russian forces shelled the village of Krynky on the left bank of the Dnipro, Ukraine's southern command said, "
 "while fighting continued near Robotyne in the Zaporizhzhia region.",
 [("Krynky", 46.73, 33.09), ("Dnipro", 46.75, 33.00), ("Ukraine", "UA"), ("Robotyne", 47.45, 35.84), ("Zaporizhzhia", 47.50, 35.50)]),
# 2 Sudan, Darfur and Khartoum
("The Rapid Support Forces stormed Zamzam camp south of El Fasher on Friday, sending thousands fleeing toward Tawila, "
 "as artillery exchanges resumed in Omdurman.",
 [("Zamzam", 13.53, 25.30), ("El Fasher", 13.63, 25.35), ("Tawila", 13.50, 24.88), ("Omdurman", 15.64, 32.48)]),
# 3 Sahel
("Suspected JNIM militants attacked an army post in Djibo, in Burkina Faso's Soum province, killing at least 12 soldiers, "
 "a week after a convoy was ambushed between Dori and Gorom-Gorom.",
 [("Djibo", 14.10, -1.63), ("Burkina Faso", "BF"), ("Soum", 14.00, -1.50), ("Dori", 14.04, -0.03), ("Gorom-Gorom", 14.44, -0.24)]),
# 4 DRC
("M23 rebels seized the mining town of Rubaya in North Kivu, about 50 km northwest of Goma, after heavy clashes with "
 "Congolese troops and allied Wazalendo militias.",
 [("Rubaya", -1.55, 28.88), ("North Kivu", -0.80, 29.00), ("Goma", -1.68, 29.22)]),
# 5 Ethiopia
("Fano militiamen briefly took control of Lalibela and parts of Gondar before federal forces pushed them back, "
 "residents of the Amhara region told reporters by phone from Bahir Dar.",
 [("Lalibela", 12.03, 39.04), ("Gondar", 12.60, 37.47), ("Amhara", 11.50, 38.00), ("Bahir Dar", 11.59, 37.39)]),
# 6 Myanmar
("The Myanmar military lost control of Lashio, the largest town in northern Shan State, to the Myanmar National "
 "Democratic Alliance Army, which had already taken Laukkai near the Chinese border.",
 [("Myanmar", "MM"), ("Lashio", 22.93, 97.75), ("Shan State", 21.50, 98.00), ("Laukkai", 23.69, 98.77)]),
# 7 Somalia
("Al-Shabaab fighters overran a base in Beledweyne and later attacked a checkpoint outside Baidoa, "
 "according to a local elder in Hiran region.",
 [("Beledweyne", 4.74, 45.20), ("Baidoa", 3.12, 43.65), ("Hiran", 4.50, 45.30)]),
# 8 Yemen
("Houthi forces fired drones at government positions in Marib and shelled residential areas of Taiz city, "
 "killing two children, a hospital in Taiz said.",
 [("Marib", 15.46, 45.32), ("Taiz", 13.58, 44.02), ("Taiz", 13.58, 44.02)]),
# 9 Syria
("Government aircraft struck Saraqib and Ariha in Idlib province, the White Helmets said, a day after a drone hit "
 "a market in Atarib in western Aleppo.",
 [("Saraqib", 35.86, 36.80), ("Ariha", 35.81, 36.61), ("Idlib", 35.93, 36.63), ("Atarib", 36.14, 36.83), ("Aleppo", 36.20, 37.15)]),
# 10 Lebanon
("An Israeli strike on a house in Nabatieh killed three people, while shelling hit the outskirts of Khiam and "
 "Kfar Kila near the border with Israel.",
 [("Nabatieh", 33.38, 35.48), ("Khiam", 33.33, 35.61), ("Kfar Kila", 33.28, 35.56), ("Israel", "IL")]),
# 11 Gaza
("Israeli tanks pushed into eastern Khan Younis overnight as families sheltering in Jabalia refugee camp reported "
 "heavy bombardment, the Gaza health ministry said.",
 [("Khan Younis", 31.34, 34.30), ("Jabalia", 31.53, 34.48), ("Gaza", 31.50, 34.47)]),
# 12 Nigeria
("Boko Haram gunmen killed 37 villagers in Mafa, 45 km east of Maiduguri, and abducted women near Gwoza, "
 "Borno state officials said.",
 [("Mafa", 11.92, 13.60), ("Maiduguri", 11.85, 13.16), ("Gwoza", 11.08, 13.69), ("Borno", 11.50, 13.00)]),
# 13 Mozambique
("Insurgents linked to the Islamic State raided Mocimboa da Praia and torched homes in Macomia district, "
 "forcing residents to flee south to Pemba, the capital of Cabo Delgado province.",
 [("Mocimboa da Praia", -11.35, 40.35), ("Macomia", -12.25, 40.12), ("Pemba", -12.97, 40.52), ("Cabo Delgado", -12.50, 39.50)]),
# 14 Haiti
("Gang members set fire to police stations in Cite Soleil and Croix-des-Bouquets, and the airport in "
 "Port-au-Prince remained closed for a third day.",
 [("Cite Soleil", 18.58, -72.33), ("Croix-des-Bouquets", 18.58, -72.23), ("Port-au-Prince", 18.54, -72.34)]),
# 15 Afghanistan and Pakistan
("A suicide bomber struck a mosque in Kandahar during Friday prayers, and across the border in Pakistan militants "
 "attacked a police station in Bannu, in Khyber Pakhtunkhwa province.",
 [("Kandahar", 31.61, 65.71), ("Pakistan", "PK"), ("Bannu", 32.99, 70.60), ("Khyber Pakhtunkhwa", 34.50, 72.00)]),
# 16 Mali
("The Malian army and Wagner fighters retook Kidal from the rebels in November, then moved on Tessalit and "
 "Aguelhok near the Algerian border.",
 [("Kidal", 18.44, 1.41), ("Tessalit", 20.20, 1.01), ("Aguelhok", 19.46, 0.86)]),
# 17 Niger
("At least 20 civilians were killed when gunmen on motorbikes attacked Tassia, a village in the Tillaberi region "
 "near the border with Mali and Burkina Faso.",
 [("Tassia", 14.50, 1.00), ("Tillaberi", 14.21, 1.45), ("Mali", "ML"), ("Burkina Faso", "BF")]),
# 18 Cameroon
("Separatist fighters burned a school in Bamenda and kidnapped two teachers in Kumbo, in Cameroon's North-West "
 "region, local officials said.",
 [("Bamenda", 5.96, 10.15), ("Kumbo", 6.20, 10.68), ("Cameroon", "CM"), ("North-West", 6.30, 10.30)]),
# 19 South Sudan
("Clashes between rival militias in Malakal, the capital of Upper Nile state, killed at least eight people in the "
 "UN protection of civilians site.",
 [("Malakal", 9.53, 31.66), ("Upper Nile", 10.00, 32.50)]),
# 20 Iraq
("Turkish drones struck a vehicle near Sinjar, killing two members of a Yazidi armed group, Iraq's Kurdistan "
 "region said, days after an attack in Makhmour.",
 [("Sinjar", 36.32, 41.87), ("Iraq", "IQ"), ("Kurdistan", 36.20, 44.00), ("Makhmour", 35.78, 43.58)]),
# 21 Libya
("Armed groups clashed in the Tripoli suburb of Tajoura overnight, and the eastern city of Benghazi saw protests "
 "over power cuts, with crowds blocking roads near Benina airport.",
 [("Tripoli", 32.89, 13.19), ("Tajoura", 32.88, 13.35), ("Benghazi", 32.12, 20.07), ("Benina", 32.10, 20.27)]),
# 22 Colombia
("ELN guerrillas attacked a military base in the Catatumbo region of Norte de Santander, near the Venezuelan "
 "border town of Tibu.",
 [("Catatumbo", 8.60, -72.90), ("Norte de Santander", 8.00, -72.80), ("Tibu", 8.64, -72.74)]),
# 23 Mexico
("Gunmen killed six people at a party in Culiacan, the capital of Sinaloa, as a feud between cartel factions "
 "spread to nearby Navolato.",
 [("Culiacan", 24.80, -107.39), ("Sinaloa", 25.00, -107.50), ("Navolato", 24.77, -107.70)]),
# 24 Kashmir
("Militants ambushed an army vehicle in Poonch district of Jammu and Kashmir, killing four soldiers, and "
 "Pakistan denied any role.",
 [("Poonch", 33.77, 74.09), ("Jammu and Kashmir", 33.50, 75.00), ("Pakistan", "PK")]),
# 25 CAR
("MINUSCA peacekeepers came under fire near Bambari, and armed men looted the hospital in Kaga-Bandoro, "
 "in the Central African Republic's north.",
 [("Bambari", 5.76, 20.68), ("Kaga-Bandoro", 6.99, 19.19), ("Central African Republic", "CF")]),
# 26 Philippines
("Troops killed three suspected Dawlah Islamiyah members in a clash in Lanao del Sur, the province where "
 "militants besieged Marawi in 2017.",
 [("Lanao del Sur", 7.80, 124.30), ("Marawi", 8.00, 124.29)]),
# 27 Ukraine, a city and a region of Russia
("Ukrainian drones hit an oil depot in Belgorod, the regional governor said, while Russian missiles struck "
 "Kharkiv and Dnipro overnight.",
 [("Belgorod", 50.60, 36.59), ("Kharkiv", 49.99, 36.23), ("Dnipro", 48.46, 35.05)]),
# 28 Sudan, Gezira
("The army recaptured Wad Madani, the capital of Gezira state, and advanced toward Sennar, state media reported "
 "from Port Sudan.",
 [("Wad Madani", 14.40, 33.52), ("Gezira", 14.50, 33.30), ("Sennar", 13.55, 33.63), ("Port Sudan", 19.62, 37.22)]),
# 29 Gaza and the West Bank
("Settlers attacked Huwara, south of Nablus, setting cars alight, while in Gaza an air strike hit a school in "
 "Nuseirat that was sheltering displaced families.",
 [("Huwara", 32.15, 35.26), ("Nablus", 32.22, 35.26), ("Gaza", 31.40, 34.40), ("Nuseirat", 31.45, 34.39)]),
# 30 Burkina Faso
("Hundreds were killed when jihadists attacked residents digging trenches around Barsalogho, in the Centre-Nord "
 "region, 45 km north of Kaya.",
 [("Barsalogho", 13.42, -1.06), ("Centre-Nord", 13.30, -1.10), ("Kaya", 13.09, -1.08)]),
# 31 Armenia and Azerbaijan
("Azerbaijani troops entered Stepanakert, which Baku calls Khankendi, after a one-day offensive that sent "
 "nearly all Karabakh Armenians fleeing to Armenia through the Lachin corridor.",
 [("Stepanakert", 39.82, 46.75), ("Baku", 40.41, 49.87), ("Khankendi", 39.82, 46.75), ("Karabakh", 39.90, 46.70), ("Armenia", "AM"), ("Lachin", 39.63, 46.55)]),
# 32 Chad and Sudan
("Refugees from West Darfur crossed into Adre, in eastern Chad, after militias attacked Geneina, the state "
 "capital, aid workers in Abeche said.",
 [("West Darfur", 13.20, 22.50), ("Adre", 13.47, 22.20), ("Chad", "TD"), ("Geneina", 13.45, 22.45), ("Abeche", 13.83, 20.83)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-conflict", lang="en")
    a = [r for i, r in enumerate(rows) if i % 2 == 0]
    b = [r for i, r in enumerate(rows) if i % 2 == 1]
    for name, part in (("a", a), ("b", b)):
        write(part, f"tests/data/conflict_paragraphs_{name}.jsonl")
    print(len(a), len(b), sum(len(r["toponyms"]) for r in a), sum(len(r["toponyms"]) for r in b))
