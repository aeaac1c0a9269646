#!/usr/bin/env python3
"""Builds tests/data/conflict_paragraphs_i.jsonl: English conflict paragraphs written in session 22
by a helper who never saw the engine, before the engine read them; never read: the blind
confirmation set. Same conventions as conflict_paragraphs_{a,b,f,g}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("Gunmen killed dozens of Alawite civilians in Baniyas, on the coast of Tartus province, and in "
 "villages around Jableh, south of Latakia, the Syrian Network for Human Rights said.",
 [("Baniyas", 35.18, 35.95), ("Tartus", 34.95, 36.05), ("Jableh", 35.36, 35.93), ("Latakia", 35.52, 35.79)]),
("Clashes between Druze gunmen and Bedouin tribal fighters spread from Sweida to Jaramana and Sahnaya "
 "on the outskirts of Damascus, and Israel struck government tanks in Daraa province, Defence Minister "
 "Israel Katz said.",
 [("Sweida", 32.71, 36.57), ("Jaramana", 33.49, 36.35), ("Sahnaya", 33.43, 36.23), ("Damascus", 33.51, 36.29), ("Israel", "IL"), ("Daraa", 32.80, 36.15)]),
("Iranian drones struck bases of the Democratic Party of Iranian Kurdistan near Koya, in Iraq's Erbil "
 "province, and Turkish jets bombed PKK positions in the Qandil mountains, the regional government said.",
 [("Koya", 36.08, 44.63), ("Iraq", "IQ"), ("Erbil", 36.35, 44.30), ("Qandil", 36.40, 45.05)]),
("Explosions were reported near Isfahan and Natanz and at the Fordow enrichment site near Qom, Iran's "
 "state media said, a day after Israeli and US strikes on targets in Tehran.",
 [("Isfahan", 32.65, 51.67), ("Natanz", 33.51, 51.92), ("Fordow", 34.88, 50.99), ("Qom", 34.64, 50.88), ("Iran", "IR"), ("Tehran", 35.69, 51.39)]),
("Clashes between Houthi fighters and pro-government forces killed 14 people near Qataba, in Yemen's "
 "Dhale province, and in the Bayhan district of Shabwa, military sources and the Houthi-run Saba news "
 "agency said.",
 [("Qataba", 13.86, 44.70), ("Yemen", "YE"), ("Dhale", 13.75, 44.75), ("Bayhan", 14.80, 45.72), ("Shabwa", 14.70, 47.00)]),
("Israeli jets struck near the Masnaa border crossing between Lebanon and Syria, and a drone killed two "
 "men in a car on the coastal highway near Sidon, Lebanon's health ministry said.",
 [("Masnaa", 33.69, 36.00), ("Lebanon", "LB"), ("Syria", "SY"), ("Sidon", 33.56, 35.37), ("Lebanon", "LB")]),
("Israeli troops besieged Beit Lahiya and Beit Hanoun in the northern Gaza Strip, and hungry crowds "
 "gathered near the Zikim crossing to wait for aid trucks, the World Food Programme said.",
 [("Beit Lahiya", 31.55, 34.50), ("Beit Hanoun", 31.54, 34.54), ("Gaza Strip", 31.42, 34.37), ("Zikim", 31.61, 34.52)]),
("An Israeli air strike killed five people in Tammun, near Tubas, and troops raided the Faraa refugee "
 "camp and the town of Qabatiya, south of Jenin, the Palestinian health ministry said.",
 [("Tammun", 32.28, 35.39), ("Tubas", 32.32, 35.37), ("Faraa", 32.29, 35.34), ("Qabatiya", 32.41, 35.28), ("Jenin", 32.46, 35.30)]),
("Sudan's army said it had recaptured the presidential palace in Khartoum and driven RSF fighters from "
 "Bahri and the Sharq al-Nil district across the Blue Nile.",
 [("Sudan", "SD"), ("Khartoum", 15.50, 32.56), ("Bahri", 15.64, 32.53), ("Sharq al-Nil", 15.60, 32.70), ("Blue Nile", 11.50, 34.80)]),
("RSF fighters killed dozens of civilians in En Nahud, in West Kordofan, and shelling hit the Kalma "
 "camp for displaced people outside Nyala, in South Darfur, the Sudan Tribune reported.",
 [("En Nahud", 12.70, 28.43), ("West Kordofan", 11.50, 28.20), ("Kalma", 12.01, 24.97), ("Nyala", 12.05, 24.88), ("South Darfur", 11.50, 24.90)]),
("Fighting between government forces and opposition fighters displaced thousands of people around "
 "Tambura, in Western Equatoria state, and the UN mission flew peacekeepers from Juba to Yambio.",
 [("Tambura", 5.60, 27.47), ("Western Equatoria", 5.30, 28.40), ("Juba", 4.85, 31.58), ("Yambio", 4.57, 28.40)]),
("A splinter faction of the TPLF took control of Adigrat, near the border with Eritrea, and Tigray's "
 "interim administration in Mekelle accused it of staging a coup.",
 [("Adigrat", 14.28, 39.46), ("Eritrea", "ER"), ("Tigray", 13.90, 39.00), ("Mekelle", 13.50, 39.47)]),
("Puntland forces backed by US air strikes pushed Islamic State militants from hideouts in the "
 "mountains of the Bari region, officials in Bosaso told Garowe Online.",
 [("Puntland", 9.00, 49.00), ("Bari", 10.50, 50.00), ("Bosaso", 11.28, 49.18)]),
("M23 rebels entered Walikale, a tin-mining hub west of Goma, before pulling back toward Masisi, while "
 "Wazalendo militias clashed with the rebels near Kalehe in South Kivu.",
 [("Walikale", -1.42, 28.05), ("Goma", -1.68, 29.23), ("Masisi", -1.40, 28.82), ("Kalehe", -2.10, 28.91), ("South Kivu", -3.00, 28.30)]),
("Insurgents linked to Islamic State attacked villages in Mecula district, inside the Niassa reserve, "
 "while troops from Rwanda guarded the gas project on the Afungi peninsula near Palma.",
 [("Mecula", -12.08, 37.65), ("Niassa", -12.10, 37.70), ("Rwanda", "RW"), ("Afungi", -10.85, 40.52), ("Palma", -10.78, 40.47)]),
("Boko Haram fighters killed nine people in a night raid on Kolofata, near Mora in Cameroon's Far "
 "North region, close to the border with Nigeria.",
 [("Kolofata", 11.17, 14.01), ("Mora", 11.05, 14.14), ("Cameroon", "CM"), ("Far North", 10.80, 14.30), ("Nigeria", "NG")]),
("Jihadists stormed a gendarmerie post in Sebba, in Burkina Faso's Sahel region, and the junta in "
 "Ouagadougou said troops had reopened the road to Dori.",
 [("Sebba", 13.43, 0.53), ("Burkina Faso", "BF"), ("Sahel", 14.00, -0.30), ("Ouagadougou", 12.37, -1.52), ("Dori", 14.03, -0.03)]),
("The Azawad Liberation Front said its fighters had killed dozens of Malian soldiers and Wagner "
 "mercenaries at Tinzaouaten, on the border with Algeria, north of Kidal.",
 [("Tinzaouaten", 19.96, 2.95), ("Algeria", "DZ"), ("Kidal", 18.44, 1.41)]),
("The Kachin Independence Army laid siege to Bhamo, shelled the outskirts of Myitkyina and seized "
 "rare-earth mines around Chipwi, near the border with China, Myanmar Now reported.",
 [("Bhamo", 24.26, 97.23), ("Myitkyina", 25.38, 97.40), ("Chipwi", 25.88, 98.13), ("China", "CN")]),
("Four people were killed when police and soldiers clashed with supporters of the ousted Awami League "
 "in Gopalganj, in south-central Bangladesh, and armed groups fought in the Rohingya camps at Ukhia, "
 "near Cox's Bazar.",
 [("Gopalganj", 23.01, 89.83), ("Bangladesh", "BD"), ("Ukhia", 21.28, 92.10), ("Cox's Bazar", 21.45, 91.97)]),
("Pakistani jets bombed suspected hideouts of the Pakistani Taliban in Afghanistan's Khost and Paktika "
 "provinces, and Taliban officials in Kabul vowed to retaliate.",
 [("Afghanistan", "AF"), ("Khost", 33.35, 69.95), ("Paktika", 32.30, 68.80), ("Kabul", 34.53, 69.17)]),
("The Baloch Liberation Army hijacked the Jaffar Express in the Bolan Pass, about 160 km from Quetta, "
 "after the train left for Peshawar with more than 400 passengers on board.",
 [("Bolan Pass", 29.70, 67.50), ("Quetta", 30.18, 67.00), ("Peshawar", 34.01, 71.58)]),
("ELN guerrillas and FARC dissidents clashed around Tame and Saravena in Arauca department, on the "
 "border with Venezuela, forcing thousands to flee, Colombia's ombudsman said.",
 [("Tame", 6.46, -71.74), ("Saravena", 6.95, -71.88), ("Arauca", 6.60, -71.00), ("Venezuela", "VE"), ("Colombia", "CO")]),
("The mayor of Chilpancingo, the capital of Guerrero state, was killed days after taking office, and "
 "gunmen torched buses on the highway to Acapulco.",
 [("Chilpancingo", 17.55, -99.50), ("Guerrero", 17.60, -99.90), ("Acapulco", 16.86, -99.88)]),
("Gangs of the Viv Ansanm coalition attacked Kenscoff, in the hills above the capital, and clashed "
 "with police in Petion-Ville, while the Kenyan-led security mission patrolled the road to the airport "
 "at Tabarre.",
 [("Kenscoff", 18.45, -72.29), ("Petion-Ville", 18.51, -72.29), ("Tabarre", 18.58, -72.27)]),
("Russian troops crossed the Oskil river north of Kupiansk and shelled villages across the Kharkiv "
 "region, while a missile strike on Zaporizhzhia killed three people, Ukraine's General Staff said.",
 [("Oskil", 50.00, 37.80), ("Kupiansk", 49.71, 37.62), ("Kharkiv", 49.50, 36.50), ("Zaporizhzhia", 47.84, 35.14), ("Ukraine", "UA")]),
("Azerbaijan wants a road through Armenia's Syunik province to link its exclave of Nakhchivan with the "
 "rest of the country, a route that would run past Meghri on the border with Iran.",
 [("Azerbaijan", "AZ"), ("Armenia", "AM"), ("Syunik", 39.30, 46.20), ("Nakhchivan", 39.30, 45.40), ("Meghri", 38.90, 46.24), ("Iran", "IR")]),
("Troops killed five New People's Army rebels in the mountains of Himamaylan, on Negros island, and a "
 "bomb at a bus terminal in Cotabato City wounded eight people, police said.",
 [("Himamaylan", 10.10, 122.87), ("Negros", 10.00, 123.00), ("Cotabato City", 7.22, 124.25)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-conflict-i", lang="en")
    write(rows, "tests/data/conflict_paragraphs_i.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
