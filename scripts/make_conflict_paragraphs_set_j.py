#!/usr/bin/env python3
"""Builds tests/data/conflict_paragraphs_j.jsonl: English conflict paragraphs written in session 23
by a helper who never saw the engine, before the engine read them; never read: a blind
confirmation set. Same conventions as conflict_paragraphs_{a,b,f,g,h,i}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("The Rapid Support Forces shelled the Abu Shouk displacement camp on the northern edge of El Fasher, the capital of North Darfur, sending thousands of families fleeing to the town of Tawila, about 50 km to the west, aid groups said.",
 [("Abu Shouk", 13.66, 25.33), ("El Fasher", 13.63, 25.35), ("North Darfur", 16.0, 25.2), ("Tawila", 13.50, 24.87)]),
("RSF drones struck a power station in Wad Madani, the capital of Gezira state, the army said. Fresh from the capture of Al-Fashir, RSF fighters besieged Babanusa and shelled Kadugli, the capital of South Kordofan.",
 [("Wad Madani", 14.40, 33.52), ("Gezira", 14.4, 33.2), ("Al-Fashir", 13.63, 25.35), ("Babanusa", 11.33, 27.81), ("Kadugli", 11.01, 29.72), ("South Kordofan", 11.0, 30.3)]),
("Clashes between the army and the White Army militia erupted in Nasir, in Upper Nile state near the border with Ethiopia, and thousands of civilians crossed into the Gambella region, the UN mission in Juba said.",
 [("Nasir", 8.60, 33.07), ("Upper Nile", 10.0, 32.8), ("Ethiopia", "ET"), ("Gambella", 7.9, 34.3), ("Juba", 4.85, 31.58)]),
("Fano militiamen briefly seized Debre Markos, in the East Gojjam zone of the Amhara region, and fought federal troops on the outskirts of Bahir Dar and near Lalibela, residents said.",
 [("Debre Markos", 10.33, 37.72), ("East Gojjam", 10.5, 38.0), ("Amhara", 11.5, 38.0), ("Bahir Dar", 11.59, 37.39), ("Lalibela", 12.03, 39.04)]),
("Government forces launched an offensive against the Oromo Liberation Army around Ambo, in the West Shewa zone of Oromia, about 100 km west of Addis Ababa, after gunmen attacked a bus on the road to Nekemte.",
 [("Ambo", 8.98, 37.86), ("West Shewa", 9.1, 37.8), ("Oromia", 7.8, 39.0), ("Addis Ababa", 9.03, 38.74), ("Nekemte", 9.09, 36.55)]),
("Al-Shabaab militants attacked army positions in Bulo Burde, in Somalia's Hiiraan region, and a car bomb exploded at a checkpoint in Afgooye, 30 km northwest of Mogadishu, police said.",
 [("Bulo Burde", 3.85, 45.57), ("Somalia", "SO"), ("Hiiraan", 4.3, 45.4), ("Afgooye", 2.14, 45.12), ("Mogadishu", 2.04, 45.34)]),
("M23 rebels seized Sake, in North Kivu province, about 25 km west of Goma, and cut the road to Minova; families sheltering in the Bulengo camp fled toward the city as shells fell nearby.",
 [("Sake", -1.57, 29.04), ("North Kivu", -0.7, 28.7), ("Goma", -1.68, 29.22), ("Minova", -1.70, 29.00), ("Bulengo", -1.63, 29.16)]),
("Fighters of the Allied Democratic Forces attacked a church in Komanda, in Ituri province, during a night vigil, killing dozens, and later struck villages on the road to Mambasa, while CODECO raids continued in Djugu territory, officials in Bunia said.",
 [("Komanda", 1.37, 29.77), ("Ituri", 1.7, 29.5), ("Mambasa", 1.36, 29.05), ("Djugu", 1.9, 30.5), ("Bunia", 1.56, 30.25)]),
("Islamic State-linked insurgents raided Macomia, in Cabo Delgado province, and ambushed vehicles on the road between Mocimboa da Praia and Palma, near the gas project on the Afungi peninsula, security sources said.",
 [("Macomia", -12.24, 40.13), ("Cabo Delgado", -12.3, 39.5), ("Mocimboa da Praia", -11.35, 40.35), ("Palma", -10.78, 40.47), ("Afungi", -10.85, 40.53)]),
("Boko Haram fighters overran a military base in Marte, in Borno state, and killed farmers near Gwoza, on the edge of the Sambisa forest, the army said in Maiduguri. National Security Adviser Nuhu Ribadu said reinforcements had been sent.",
 [("Marte", 12.36, 13.83), ("Borno", 11.9, 13.1), ("Gwoza", 11.08, 13.69), ("Sambisa", 11.35, 13.5), ("Maiduguri", 11.85, 13.16)]),
("Gunmen abducted dozens of villagers near Tsafe, in Zamfara state, days after bandits killed farmers outside Kankara in neighbouring Katsina state, police in Gusau said.",
 [("Tsafe", 11.96, 6.92), ("Zamfara", 12.1, 6.2), ("Kankara", 11.93, 7.41), ("Katsina", 12.3, 7.6), ("Gusau", 12.16, 6.66)]),
("Anglophone separatists set fire to a market in Kumba, in Cameroon's Southwest region, and clashed with soldiers outside Bamenda, while in the Far North jihadists killed civilians in Kolofata, near the Nigerian border.",
 [("Kumba", 4.64, 9.45), ("Cameroon", "CM"), ("Southwest", 5.2, 9.35), ("Bamenda", 5.96, 10.15), ("Far North", 11.0, 14.4), ("Kolofata", 11.17, 14.02)]),
("Fighters of the Islamic State Sahel Province killed 20 soldiers near Banibangou, in Niger's Tillaberi region close to the border with Mali, the defence ministry in Niamey said.",
 [("Banibangou", 15.04, 2.70), ("Niger", "NE"), ("Tillaberi", 14.2, 1.7), ("Mali", "ML"), ("Niamey", 13.51, 2.11)]),
("Tuareg rebels and JNIM fighters ambushed Malian troops and Russian mercenaries near Tinzaouaten, on the Algerian border in the Kidal region, and shelled the airport at Gao. Meanwhile a jihadist fuel blockade choked the roads between Kayes and Bamako.",
 [("Tinzaouaten", 19.96, 2.95), ("Kidal", 19.0, 1.3), ("Gao", 16.27, -0.04), ("Kayes", 14.45, -11.44), ("Bamako", 12.64, -8.00)]),
("Militants killed hundreds of villagers digging defensive trenches around Barsalogho, in Burkina Faso's Centre-Nord region, about 40 km north of Kaya, and tightened their siege of Djibo, in the north.",
 [("Barsalogho", 13.42, -1.06), ("Burkina Faso", "BF"), ("Centre-Nord", 13.3, -1.05), ("Kaya", 13.09, -1.08), ("Djibo", 14.10, -1.63)]),
("Refugees fleeing fighting in El Geneina crossed the border into Adre, in Chad's Ouaddai province, where aid agencies said camps were overwhelmed; others were moved to sites near Abeche. Separately, Boko Haram fighters killed about 40 soldiers at a base on the shores of Lake Chad.",
 [("El Geneina", 13.45, 22.45), ("Adre", 13.47, 22.20), ("Chad", "TD"), ("Ouaddai", 13.3, 21.2), ("Abeche", 13.83, 20.83), ("Lake Chad", 13.1, 14.4)]),
("Heavy fighting broke out in the Abu Salim district of Tripoli after the killing of a militia commander, and armed convoys from Misrata and Zawiya moved toward the capital as Mitiga airport suspended flights.",
 [("Abu Salim", 32.85, 13.18), ("Tripoli", 32.89, 13.19), ("Misrata", 32.38, 15.09), ("Zawiya", 32.76, 12.73), ("Mitiga", 32.89, 13.28)]),
("Clashes between government forces and Druze fighters spread from Jaramana, on the southeastern edge of Damascus, to Sweida province, and Israeli jets struck near Sahnaya. In the north and east, the SDF said it detained Islamic State suspects in Deir ez-Zor after a car bomb killed 20 people in Manbij.",
 [("Jaramana", 33.49, 36.35), ("Damascus", 33.51, 36.29), ("Sweida", 32.72, 36.65), ("Sahnaya", 33.43, 36.22), ("Deir ez-Zor", 35.3, 40.2), ("Manbij", 36.53, 37.95)]),
("A drone struck the Khor Mor gas field in Sulaimaniyah province, cutting power across the Kurdistan region, while Turkish jets hit Kurdistan Workers' Party positions in the Qandil mountains and near Sinjar. In Baghdad, supporters of cleric Muqtada al-Sadr rallied in protest.",
 [("Khor Mor", 35.1, 44.95), ("Sulaimaniyah", 35.5, 45.3), ("Kurdistan", 36.3, 44.2), ("Qandil", 36.45, 45.0), ("Sinjar", 36.32, 41.87), ("Baghdad", 33.31, 44.37)]),
("US aircraft struck Houthi targets in Sanaa and the Ras Isa fuel port north of Hodeidah after the group fired on ships near the Bab al-Mandab strait, and government forces reported clashes on the outskirts of Marib.",
 [("Sanaa", 15.37, 44.19), ("Ras Isa", 15.13, 42.84), ("Hodeidah", 14.80, 42.95), ("Bab al-Mandab", 12.58, 43.33), ("Marib", 15.46, 45.32)]),
("Israeli strikes hit Nabatieh, Tyre and villages along the Litani river in southern Lebanon, and a drone struck a car in the Dahiyeh, Beirut's southern suburbs, the health ministry said.",
 [("Nabatieh", 33.38, 35.48), ("Tyre", 33.27, 35.20), ("Litani", 33.45, 35.5), ("Lebanon", "LB"), ("Dahiyeh", 33.85, 35.51), ("Beirut", 33.89, 35.50)]),
("Israeli strikes hit tents sheltering displaced families in the Mawasi area west of Khan Younis, and tanks pushed into eastern Gaza City. In the West Bank, troops raided the Jenin refugee camp and the Nur Shams camp near Tulkarm.",
 [("Mawasi", 31.36, 34.27), ("Khan Younis", 31.34, 34.30), ("Gaza City", 31.50, 34.46), ("West Bank", 31.95, 35.25), ("Jenin", 32.46, 35.30), ("Nur Shams", 32.31, 35.06), ("Tulkarm", 32.31, 35.03)]),
("Russian troops pushed toward Pokrovsk, in the Donetsk region, and captured the village of Novohrodivka, the Ukrainian general staff said, while glide bombs pounded the frontline town of Kupiansk on the Oskil river.",
 [("Pokrovsk", 48.28, 37.18), ("Donetsk", 48.1, 37.7), ("Novohrodivka", 48.20, 37.33), ("Kupiansk", 49.71, 37.62), ("Oskil", 49.9, 37.6)]),
("The Arakan Army captured Maungdaw, on the border with Bangladesh, and pressed toward Sittwe, the capital of Rakhine state, while resistance fighters battled junta troops near Lashio in northern Shan state.",
 [("Maungdaw", 20.82, 92.37), ("Bangladesh", "BD"), ("Sittwe", 20.15, 92.90), ("Rakhine", 19.6, 93.9), ("Lashio", 22.94, 97.75), ("Shan", 21.7, 97.9)]),
("Pakistani airstrikes hit suspected militant hideouts in the Barmal district of Afghanistan's Paktika province, days after militants ambushed a convoy near Parachinar, in Khyber Pakhtunkhwa, killing more than 40 people. Border guards later exchanged fire at the Torkham crossing.",
 [("Barmal", 32.7, 69.2), ("Afghanistan", "AF"), ("Paktika", 32.5, 68.8), ("Parachinar", 33.90, 70.10), ("Khyber Pakhtunkhwa", 34.3, 71.8), ("Torkham", 34.10, 71.09)]),
("Separatists of the Balochistan Liberation Army hijacked a train carrying more than 400 passengers from Quetta in the Bolan Pass, near the town of Mach in Pakistan's Balochistan province, the army said. Days earlier a suicide bomber struck a bus carrying soldiers near Noshki.",
 [("Quetta", 30.18, 67.00), ("Bolan Pass", 29.7, 67.4), ("Mach", 29.87, 67.33), ("Pakistan", "PK"), ("Balochistan", 28.6, 65.4), ("Noshki", 29.55, 66.02)]),
("Suspected militants torched houses in Jiribam, in India's Manipur state, and a curfew was imposed in Imphal after protests, while security forces exchanged fire with gunmen in the hills outside Churachandpur.",
 [("Jiribam", 24.80, 93.12), ("India", "IN"), ("Manipur", 24.7, 93.9), ("Imphal", 24.81, 93.94), ("Churachandpur", 24.33, 93.68)]),
("Gangs of the Viv Ansanm coalition overran Mirebalais, northeast of the capital, and freed more than 500 inmates, months after gunmen killed at least 70 people in Pont-Sonde, in the Artibonite. In Port-au-Prince, fighting spread from Cite Soleil to the hills of Kenscoff.",
 [("Mirebalais", 18.83, -72.10), ("Pont-Sonde", 19.15, -72.61), ("Artibonite", 19.3, -72.5), ("Port-au-Prince", 18.54, -72.34), ("Cite Soleil", 18.58, -72.33), ("Kenscoff", 18.45, -72.29)]),
("ELN guerrillas attacked FARC dissidents in Tibu, in the Catatumbo region of Norte de Santander, forcing tens of thousands of people to flee to Cucuta and across the border into Venezuela.",
 [("Tibu", 8.64, -72.73), ("Catatumbo", 8.65, -72.95), ("Norte de Santander", 8.1, -72.8), ("Cucuta", 7.89, -72.50), ("Venezuela", "VE")]),
("Rival factions of the Sinaloa Cartel clashed in Culiacan, the capital of Sinaloa state, where schools closed for weeks, while in Michoacan explosive drones and landmines laid by the Jalisco New Generation Cartel wounded soldiers near Apatzingan, officials in Mexico City said.",
 [("Culiacan", 24.80, -107.39), ("Sinaloa", 25.0, -107.5), ("Michoacan", 19.2, -101.9), ("Apatzingan", 19.09, -102.35), ("Mexico City", 19.43, -99.13)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-conflict-j", lang="en")
    write(rows, "tests/data/conflict_paragraphs_j.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
