#!/usr/bin/env python3
"""Builds tests/data/conflict_paragraphs_f.jsonl: English conflict paragraphs written in session 21
after the work on sets A and B, before the engine read them: the blind confirmation of that work
(no rule is read from its errors). Same conventions as conflict_paragraphs_{a,b}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("Heavy fighting was reported around Pokrovsk and Toretsk in the Donetsk region, where Russian troops "
 "have pressed their offensive for months, Ukraine's general staff said.",
 [("Pokrovsk", 48.28, 37.18), ("Toretsk", 48.40, 37.85), ("Donetsk", 48.00, 37.80), ("Ukraine", "UA")]),
("A drone struck an apartment block in Odesa overnight, killing four people, and a missile hit port "
 "infrastructure in Izmail on the Danube.",
 [("Odesa", 46.48, 30.73), ("Izmail", 45.35, 28.84), ("Danube", 45.30, 28.90)]),
("The RSF shelled Kadugli, the capital of South Kordofan, while the SPLM-North under Abdelaziz al-Hilu "
 "holds areas around Kauda in the Nuba Mountains.",
 [("Kadugli", 11.02, 29.72), ("South Kordofan", 11.00, 30.00), ("Kauda", 11.05, 30.52), ("Nuba Mountains", 11.50, 30.00)]),
("Armed men killed 15 worshippers in an attack on a church in Essakane, a village in Burkina Faso's Oudalan "
 "province, near the border with Mali.",
 [("Essakane", 14.38, -0.08), ("Burkina Faso", "BF"), ("Oudalan", 14.50, -0.30), ("Mali", "ML")]),
("Malian drones struck a wedding in Inadiatafane, near Gao, killing civilians, according to local "
 "officials and the Coordination of Azawad Movements.",
 [("Inadiatafane", 16.33, 0.23), ("Gao", 16.27, -0.04)]),
("Islamic State West Africa Province fighters attacked a military base in Malam Fatori, on the shore of "
 "Lake Chad in northeastern Nigeria.",
 [("Malam Fatori", 13.67, 13.34), ("Lake Chad", 13.30, 14.10), ("Nigeria", "NG")]),
("Bandits abducted more than 280 pupils from a school in Kuriga, in Kaduna state, the largest mass "
 "kidnapping in Nigeria in years.",
 [("Kuriga", 10.60, 7.50), ("Kaduna", 10.50, 7.50), ("Nigeria", "NG")]),
("ADF rebels killed at least 40 people with machetes in villages around Beni and Lubero in the eastern "
 "Democratic Republic of Congo.",
 [("Beni", 0.49, 29.47), ("Lubero", -0.16, 29.24), ("Democratic Republic of Congo", "CD")]),
("Fighting between the army and the Arakan Army spread to Maungdaw, near the border with Bangladesh, "
 "forcing thousands of Rohingya to flee toward Cox's Bazar.",
 [("Maungdaw", 20.82, 92.37), ("Bangladesh", "BD"), ("Cox's Bazar", 21.45, 91.98)]),
("Security forces opened fire on protesters in Nairobi and Mombasa, and police used tear gas to disperse "
 "crowds in Kisumu, Amnesty International said.",
 [("Nairobi", -1.29, 36.82), ("Mombasa", -4.04, 39.67), ("Kisumu", -0.09, 34.77)]),
("An Israeli airstrike on a car in Tyre killed a Hezbollah commander, and shelling hit the villages of "
 "Aitaroun and Bint Jbeil in south Lebanon.",
 [("Tyre", 33.27, 35.20), ("Aitaroun", 33.12, 35.47), ("Bint Jbeil", 33.12, 35.43), ("Lebanon", "LB")]),
("Israeli forces raided the Nur Shams camp near Tulkarm and the city of Jenin, the Palestinian health "
 "ministry in Ramallah said.",
 [("Nur Shams", 32.32, 35.05), ("Tulkarm", 32.31, 35.03), ("Jenin", 32.46, 35.30), ("Ramallah", 31.90, 35.20)]),
("Rebel factions entered Aleppo and pushed south toward Hama, while government troops withdrew from "
 "Maarat al-Numan in Idlib province.",
 [("Aleppo", 36.20, 37.15), ("Hama", 35.13, 36.75), ("Maarat al-Numan", 35.64, 36.67), ("Idlib", 35.93, 36.63)]),
("Gunmen attacked a police checkpoint in Quetta, the capital of Balochistan, hours after a blast at the "
 "railway station killed 26 people.",
 [("Quetta", 30.18, 67.00), ("Balochistan", 28.50, 65.50)]),
("US aircraft struck Houthi targets near Sanaa and in Hodeidah province, and a missile was fired at a "
 "ship off the coast of Mocha.",
 [("Sanaa", 15.35, 44.21), ("Hodeidah", 14.80, 42.95), ("Mocha", 13.32, 43.25)]),
("Gangs took control of Mirebalais, north-east of Port-au-Prince, freeing hundreds of inmates from the "
 "town's prison, Haitian police said.",
 [("Mirebalais", 18.83, -72.10), ("Port-au-Prince", 18.54, -72.34)]),
("Clashes between Amhara and Oromo militias near Kemise left dozens dead, and the road to Addis Ababa "
 "was closed for days.",
 [("Kemise", 10.72, 39.87), ("Addis Ababa", 9.03, 38.74)]),
("Al-Shabaab fighters briefly seized Adan Yabaal in the Middle Shabelle region before the Somali army "
 "retook it with the help of clan militias.",
 [("Adan Yabaal", 3.42, 46.18), ("Middle Shabelle", 2.90, 45.50)]),
("Jihadists killed 12 soldiers near Tillia in the Tahoua region of Niger, the defence ministry in "
 "Niamey said.",
 [("Tillia", 16.13, 4.79), ("Tahoua", 14.89, 5.27), ("Niger", "NE"), ("Niamey", 13.51, 2.11)]),
("Clashes in Zawiya, west of Tripoli, killed five people as rival armed groups fought over the "
 "city's oil refinery.",
 [("Zawiya", 32.76, 12.73), ("Tripoli", 32.89, 13.19)]),
("A car bomb exploded near a market in Mogadishu's Hodan district, and another blast hit a "
 "checkpoint in Afgoye, 30 km northwest of the capital.",
 [("Mogadishu", 2.04, 45.34), ("Hodan", 2.03, 45.31), ("Afgoye", 2.14, 45.12)]),
("Rebels of the Union for Peace in the Central African Republic attacked Bangassou, a town on the "
 "Mbomou river near the border with Congo.",
 [("Central African Republic", "CF"), ("Bangassou", 4.74, 22.82), ("Mbomou", 4.60, 23.00), ("Congo", "CD")]),
("Police in Dhaka fired rubber bullets at students blocking roads in Jatrabari, and clashes spread "
 "to Chittagong and Rangpur.",
 [("Dhaka", 23.81, 90.41), ("Jatrabari", 23.71, 90.43), ("Chittagong", 22.36, 91.78), ("Rangpur", 25.75, 89.25)]),
("Ecuador's army patrolled Guayaquil after gunmen stormed a television studio, and the government "
 "declared a state of emergency in Esmeraldas province.",
 [("Ecuador", "EC"), ("Guayaquil", -2.19, -79.89), ("Esmeraldas", 0.95, -79.65)]),
("Russian glide bombs hit Sumy and the border town of Krasnopillia, while Ukrainian forces held "
 "positions inside Russia's Kursk region near Sudzha.",
 [("Sumy", 50.91, 34.80), ("Krasnopillia", 50.77, 35.27), ("Russia", "RU"), ("Kursk", 51.50, 35.50), ("Sudzha", 51.19, 35.27)]),
("The Taliban said its forces killed three gunmen in Panjshir, while a bomb hit a minibus in the Dasht-e "
 "Barchi area of western Kabul.",
 [("Panjshir", 35.30, 69.70), ("Dasht-e Barchi", 34.50, 69.10), ("Kabul", 34.53, 69.17)]),
("Thousands of displaced people returned to Wad al-Nourah, a village in Gezira state where more than 100 "
 "people were killed in an RSF raid last year.",
 [("Wad al-Nourah", 14.70, 32.95), ("Gezira", 14.50, 33.30)]),
("Mexican troops clashed with cartel gunmen in Frontera Comalapa, in Chiapas near the border with "
 "Guatemala, leaving six dead.",
 [("Frontera Comalapa", 15.66, -92.14), ("Chiapas", 16.50, -92.50), ("Guatemala", "GT")]),
("Separatist gunmen killed two soldiers in Buea, the capital of Cameroon's Southwest region, and "
 "torched homes in nearby Muea.",
 [("Buea", 4.15, 9.24), ("Cameroon", "CM"), ("Southwest", 5.00, 9.40), ("Muea", 4.10, 9.30)]),
("Militants attacked a police post in Dera Ismail Khan and blew up a bridge in North Waziristan, "
 "Pakistani officials said.",
 [("Dera Ismail Khan", 31.83, 70.90), ("North Waziristan", 32.95, 70.00)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-conflict-f", lang="en")
    write(rows, "tests/data/conflict_paragraphs_f.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
