#!/usr/bin/env python3
"""Builds tests/data/conflict_paragraphs_g.jsonl: English conflict paragraphs written in session 21
after the work on set F, before the engine read them: the blind confirmation of that work (no rule
is read from its errors). Same conventions as conflict_paragraphs_{a,b,f}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("Russian troops captured the village of Novohrodivka, west of Donetsk, and advanced toward Kurakhove, "
 "Ukrainian military bloggers said on Tuesday.",
 [("Novohrodivka", 48.20, 37.35), ("Donetsk", 48.00, 37.80), ("Kurakhove", 47.98, 37.28)]),
("A Ukrainian drone attack set fire to an oil refinery in Tuapse on Russia's Black Sea coast, and air "
 "defences shot down drones over Krasnodar.",
 [("Tuapse", 44.10, 39.08), ("Russia", "RU"), ("Black Sea", 43.40, 34.30), ("Krasnodar", 45.04, 38.98)]),
("Sudanese army jets bombed a market in Kabkabiya, in North Darfur, killing at least 20 people, "
 "while the RSF laid siege to Babanusa in West Kordofan.",
 [("Kabkabiya", 13.65, 24.09), ("North Darfur", 15.50, 25.00), ("Babanusa", 11.33, 27.80), ("West Kordofan", 11.50, 28.20)]),
("Jihadists ambushed a supply convoy between Boni and Hombori in central Mali, killing several "
 "soldiers, the army said in Bamako.",
 [("Boni", 15.05, -1.97), ("Hombori", 15.28, -1.70), ("Mali", "ML"), ("Bamako", 12.64, -8.00)]),
("Gunmen killed 11 farmers in Yelwata, a community in Benue state, as attacks by armed herders "
 "continued across Nigeria's Middle Belt.",
 [("Yelwata", 7.95, 8.55), ("Benue", 7.35, 8.75), ("Nigeria", "NG"), ("Middle Belt", 9.00, 8.50)]),
("CODECO militiamen attacked a displacement camp in Djugu territory, in Ituri province, killing "
 "dozens with machetes, local officials in Bunia said.",
 [("Djugu", 1.92, 30.50), ("Ituri", 1.50, 29.50), ("Bunia", 1.56, 30.25)]),
("Police fired tear gas at opposition supporters in Kampala and arrested dozens in Masaka and "
 "Jinja, Uganda's electoral commission reported.",
 [("Kampala", 0.35, 32.58), ("Masaka", -0.34, 31.73), ("Jinja", 0.43, 33.20), ("Uganda", "UG")]),
("Israeli settlers torched cars in Turmus Ayya, near Ramallah, and soldiers raided Beita, south of "
 "Nablus, the Palestinian news agency WAFA said.",
 [("Turmus Ayya", 32.03, 35.28), ("Ramallah", 31.90, 35.20), ("Beita", 32.14, 35.29), ("Nablus", 32.22, 35.26)]),
("A Turkish drone strike hit a car near Qamishli, and shelling targeted villages around Tal Tamr "
 "in Hasakah province, the Kurdish-led SDF said.",
 [("Qamishli", 37.05, 41.22), ("Tal Tamr", 36.65, 40.37), ("Hasakah", 36.50, 40.75)]),
("Houthi missiles struck a tanker in the Red Sea off Hodeidah, and US warplanes bombed sites in "
 "Saada and Amran provinces.",
 [("Red Sea", 15.00, 41.50), ("Hodeidah", 14.80, 42.95), ("Saada", 16.94, 43.76), ("Amran", 15.66, 43.94)]),
("Israeli strikes flattened buildings in Dahiyeh, Beirut's southern suburbs, and hit a convoy on the "
 "road between Baalbek and Hermel in the Bekaa valley.",
 [("Dahiyeh", 33.85, 35.51), ("Beirut", 33.89, 35.50), ("Baalbek", 34.01, 36.21), ("Hermel", 34.39, 36.38), ("Bekaa", 33.85, 35.90)]),
("Security forces killed four militants in a raid in Bajaur district, near the Afghan border, and "
 "a roadside bomb hit a van in Kurram.",
 [("Bajaur", 34.78, 71.50), ("Kurram", 33.80, 70.10)]),
("Burundian troops fighting alongside Congolese forces withdrew from Kamanyola as M23 rebels "
 "advanced south from Bukavu toward Uvira.",
 [("Kamanyola", -2.75, 29.00), ("Bukavu", -2.50, 28.86), ("Uvira", -3.40, 29.14)]),
("Clashes between army units and Fano fighters were reported around Debre Markos and Dangila in "
 "Ethiopia's Amhara region.",
 [("Debre Markos", 10.33, 37.73), ("Dangila", 11.27, 36.83), ("Ethiopia", "ET"), ("Amhara", 11.50, 38.00)]),
("Gang violence forced thousands to flee Solino and Delmas, neighbourhoods of the Haitian capital "
 "Port-au-Prince, the International Organization for Migration said.",
 [("Solino", 18.56, -72.32), ("Delmas", 18.55, -72.30), ("Port-au-Prince", 18.54, -72.34)]),
("Al-Shabaab fighters attacked a hotel in Kismayo, the port city in Somalia's Jubaland state, "
 "killing nine people before security forces ended the siege.",
 [("Kismayo", -0.36, 42.55), ("Somalia", "SO"), ("Jubaland", 0.50, 42.00)]),
("Soldiers opened fire on protesters in Conakry's Ratoma district, killing two, as demonstrations "
 "against the junta spread to Labe.",
 [("Conakry", 9.54, -13.68), ("Ratoma", 9.60, -13.65), ("Labe", 11.32, -12.29)]),
("Armed men kidnapped a priest in Zamfara state and killed three vigilantes in Tsafe, a town south "
 "of Gusau, police said.",
 [("Zamfara", 12.10, 6.25), ("Tsafe", 11.96, 6.92), ("Gusau", 12.16, 6.66)]),
("Azerbaijani and Armenian troops exchanged fire near Sotk, in Armenia's Gegharkunik province, "
 "the defence ministry in Yerevan said.",
 [("Sotk", 40.20, 45.93), ("Armenia", "AM"), ("Gegharkunik", 40.30, 45.20), ("Yerevan", 40.18, 44.51)]),
("The Taliban executed a man in a stadium in Ghazni city, and clashes with the National Resistance "
 "Front were reported in Andarab, Baghlan province.",
 [("Ghazni", 33.55, 68.42), ("Andarab", 35.63, 69.25), ("Baghlan", 36.00, 68.70)]),
("Rival factions of the Libyan army clashed in Sabha, the main city of the Fezzan, and a militia "
 "briefly closed the Sharara oilfield.",
 [("Sabha", 27.04, 14.43), ("Fezzan", 26.00, 14.00), ("Sharara", 26.55, 12.20)]),
("Boko Haram fighters stormed Monguno, a garrison town in Borno, and burned houses in nearby "
 "Kukawa before troops pushed them back toward Lake Chad.",
 [("Monguno", 12.67, 13.61), ("Borno", 11.50, 13.00), ("Kukawa", 12.92, 13.57), ("Lake Chad", 13.30, 14.10)]),
("Anti-government protesters blocked the main road from Nairobi to Nakuru and clashed with police "
 "in Kitengela, on the city's southern edge.",
 [("Nairobi", -1.29, 36.82), ("Nakuru", -0.30, 36.07), ("Kitengela", -1.47, 36.96)]),
("Militants linked to the Islamic State attacked Christian villages around Meluco and Ancuabe in "
 "Mozambique's Cabo Delgado province, beheading two men.",
 [("Meluco", -12.53, 39.65), ("Ancuabe", -12.98, 39.85), ("Mozambique", "MZ"), ("Cabo Delgado", -12.50, 39.50)]),
("Israeli troops demolished homes in the Tulkarm refugee camp and the nearby town of Anabta, "
 "Palestinian officials said, as raids continued in Tubas.",
 [("Tulkarm", 32.31, 35.03), ("Anabta", 32.31, 35.12), ("Tubas", 32.32, 35.37)]),
("The army of South Sudan clashed with the White Army near Nasir, in Upper Nile state, and aircraft "
 "bombed positions around Ulang.",
 [("South Sudan", "SS"), ("Nasir", 8.60, 33.07), ("Upper Nile", 10.00, 32.50), ("Ulang", 8.65, 32.65)]),
("Suspected Baloch separatists blew up a gas pipeline near Dera Bugti and fired on a checkpoint in "
 "Turbat, Balochistan officials said.",
 [("Dera Bugti", 29.03, 69.15), ("Turbat", 26.00, 63.04), ("Balochistan", 28.50, 65.50)]),
("Colombian dissidents of the FARC attacked a police station in Jamundi, south of Cali, with "
 "explosives launched from drones.",
 [("Jamundi", 3.26, -76.54), ("Cali", 3.45, -76.53)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-conflict-g", lang="en")
    write(rows, "tests/data/conflict_paragraphs_g.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
