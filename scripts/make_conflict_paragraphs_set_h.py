#!/usr/bin/env python3
"""Builds tests/data/conflict_paragraphs_h.jsonl: English conflict paragraphs written in session 22
by a helper who never saw the engine, before the engine read them. Same conventions as
conflict_paragraphs_{a,b,f,g}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("Arab tribal fighters clashed with the Kurdish-led SDF in Dhiban and Busayrah, towns on the east "
 "bank of the Euphrates in Deir ez-Zor province, the Syrian Observatory for Human Rights said.",
 [("Dhiban", 35.01, 40.52), ("Busayrah", 35.16, 40.43), ("Euphrates", 35.00, 40.40), ("Deir ez-Zor", 35.00, 40.50)]),
("A roadside bomb killed two soldiers near Tarmiyah, north of Baghdad, and Islamic State remnants "
 "attacked a checkpoint in the Hamrin mountains between Diyala and Kirkuk.",
 [("Tarmiyah", 33.67, 44.39), ("Baghdad", 33.31, 44.37), ("Hamrin", 34.60, 44.30), ("Diyala", 33.90, 45.00), ("Kirkuk", 35.47, 44.39)]),
("US and British jets struck Houthi targets around Sanaa and in Hajjah province, Defense Secretary "
 "Lloyd Austin said, after the group fired missiles at ships in the Gulf of Aden.",
 [("Sanaa", 15.37, 44.19), ("Hajjah", 16.00, 43.30), ("Gulf of Aden", 12.50, 47.50)]),
("An Israeli drone struck a motorbike on the road between Marjayoun and Qlayaa, and artillery "
 "shelled the outskirts of Houla and Meiss el-Jabal near the border with Israel, the state-run "
 "National News Agency said.",
 [("Marjayoun", 33.36, 35.59), ("Qlayaa", 33.33, 35.57), ("Houla", 33.21, 35.52), ("Meiss el-Jabal", 33.17, 35.52), ("Israel", "IL")]),
("Israeli air strikes hit a school sheltering displaced families in Deir al-Balah and a house in the "
 "Bureij refugee camp, medics said, while tanks pushed into the Tal al-Sultan area of western Rafah.",
 [("Deir al-Balah", 31.42, 34.35), ("Bureij", 31.44, 34.40), ("Tal al-Sultan", 31.30, 34.24), ("Rafah", 31.28, 34.25)]),
("Israeli forces demolished a dozen structures in Masafer Yatta, in the hills south of Hebron, and "
 "detained three men in the village of Beit Ummar, the Palestinian Authority said.",
 [("Masafer Yatta", 31.39, 35.15), ("Hebron", 31.53, 35.10), ("Beit Ummar", 31.62, 35.10)]),
("Forces loyal to eastern commander Khalifa Haftar moved armoured columns from the Jufra air base "
 "toward Sirte, while militias from Misrata reinforced positions at Abu Grein, the Libya Observer reported.",
 [("Jufra", 29.20, 16.00), ("Sirte", 31.21, 16.59), ("Misrata", 32.38, 15.09), ("Abu Grein", 31.44, 15.26)]),
("The Rapid Support Forces shelled El Obeid, the capital of North Kordofan state, after seizing Bara, "
 "about 60 km to the north, aid workers said.",
 [("El Obeid", 13.18, 30.22), ("North Kordofan", 14.50, 29.50), ("Bara", 13.70, 30.37)]),
("The Sudan Liberation Movement faction led by Minni Minawi said its fighters had repelled RSF attacks "
 "on Tina, on the border with Chad, and on Kutum in North Darfur, Radio Dabanga reported.",
 [("Tina", 15.02, 22.82), ("Chad", "TD"), ("Kutum", 14.20, 24.66), ("North Darfur", 15.50, 25.00)]),
("Armed youths from the Pibor area attacked villages near Bor, the capital of Jonglei state, and made "
 "off with thousands of cattle, South Sudan's information minister said.",
 [("Pibor", 6.80, 33.13), ("Bor", 6.21, 31.56), ("Jonglei", 7.50, 32.00), ("South Sudan", "SS")]),
("Government forces and Macawisley clan militias pushed al-Shabaab out of El Buur and advanced toward "
 "Harardhere, a former pirate haven on the coast of Galmudug state, Somali officials said.",
 [("El Buur", 4.68, 46.62), ("Harardhere", 4.65, 47.86), ("Galmudug", 5.20, 47.00)]),
("Federal troops clashed with the Oromo Liberation Army around Nekemte, in East Welega zone, and near "
 "Shambu, residents of Oromia region told AFP.",
 [("Nekemte", 9.09, 36.55), ("East Welega", 9.20, 36.60), ("Shambu", 9.57, 37.10), ("Oromia", 7.90, 38.70)]),
("Suspected al-Shabaab militants killed four police officers with a roadside bomb near Mandera, close "
 "to the border with Somalia, and torched houses in Mpeketoni in Lamu county.",
 [("Mandera", 3.94, 41.86), ("Somalia", "SO"), ("Mpeketoni", -2.39, 40.70), ("Lamu", -2.00, 40.85)]),
("Rebels of the Allied Democratic Forces killed 18 civilians in an overnight attack near Oicha, in "
 "North Kivu's Beni territory, and the army reported clashes on the road to Eringeti, Radio Okapi said.",
 [("Oicha", 0.70, 29.52), ("North Kivu", -0.80, 28.90), ("Beni", 0.50, 29.50), ("Eringeti", 0.90, 29.60)]),
("Islamic State-linked insurgents raided villages in Muidumbe district and ambushed a truck on the "
 "road from Mueda, in northern Cabo Delgado, the Cabo Ligado monitoring project said.",
 [("Muidumbe", -11.80, 39.80), ("Mueda", -11.66, 39.55), ("Cabo Delgado", -12.50, 39.50)]),
("Separatist fighters killed two gendarmes in Ndop, in Cameroon's North-West region, and set fire to "
 "a school in Kumba in the South-West, the army said.",
 [("Ndop", 5.98, 10.42), ("Cameroon", "CM"), ("North-West", 6.30, 10.30), ("Kumba", 4.64, 9.45), ("South-West", 5.00, 9.30)]),
("Fighters of Islamic State West Africa Province overran an army base in Buni Yadi, in Nigeria's Yobe "
 "state, a day after attacking troops in Damboa across the boundary in Borno.",
 [("Buni Yadi", 11.27, 12.01), ("Nigeria", "NG"), ("Yobe", 12.30, 11.40), ("Damboa", 11.15, 12.76), ("Borno", 11.50, 13.00)]),
("Bandits abducted 37 worshippers from a mosque in Kankara, in Katsina state, days after gunmen killed "
 "15 farmers in Sabon Birni, near Nigeria's border with Niger.",
 [("Kankara", 11.93, 7.41), ("Katsina", 12.30, 7.60), ("Sabon Birni", 13.57, 6.24), ("Nigeria", "NG"), ("Niger", "NE")]),
("Boko Haram fighters attacked army posts at Bosso and N'Guigmi in the Diffa region of Niger, the "
 "defence ministry in Niamey said.",
 [("Bosso", 13.70, 13.31), ("N'Guigmi", 14.25, 13.11), ("Diffa", 15.00, 12.70), ("Niger", "NE"), ("Niamey", 13.51, 2.11)]),
("Gunmen killed 20 volunteer defence fighters near Diapaga, in Burkina Faso's Est region, and attacked "
 "a supply convoy on the road to Fada N'Gourma.",
 [("Diapaga", 12.07, 1.79), ("Burkina Faso", "BF"), ("Est", 12.00, 1.00), ("Fada N'Gourma", 12.06, 0.36)]),
("Malian troops and Russian fighters of the Africa Corps killed civilians in raids on villages near "
 "Niono, in the Segou region, rights groups said, as jihadists blockaded the roads around Nioro du Sahel.",
 [("Niono", 14.25, -5.99), ("Segou", 13.80, -5.60), ("Nioro du Sahel", 15.23, -9.59)]),
("The Arakan Army said it had captured Ann, home to the military's Western Command, and was pushing "
 "toward Kyaukphyu, where China is building a deep-sea port on the coast of Rakhine state, The "
 "Irrawaddy reported.",
 [("Ann", 19.78, 94.03), ("Kyaukphyu", 19.43, 93.55), ("China", "CN"), ("Rakhine", 19.50, 93.90)]),
("Chadian troops repelled a Boko Haram attack on a base near Baga Sola, in Chad's Lac province, "
 "killing 17 assailants, the presidency in N'Djamena said.",
 [("Baga Sola", 13.53, 14.32), ("Chad", "TD"), ("Lac", 13.60, 14.30), ("N'Djamena", 12.11, 15.04)]),
("Pakistani and Afghan Taliban forces exchanged fire at the Torkham border crossing and near Chaman, "
 "opposite the Afghan town of Spin Boldak, officials in Islamabad said.",
 [("Torkham", 34.11, 71.09), ("Chaman", 30.92, 66.45), ("Spin Boldak", 31.01, 66.40), ("Islamabad", 33.69, 73.05)]),
("Suspected militants torched a dozen houses in Jiribam district, prompting the deployment of more "
 "troops to Manipur, while a curfew was reimposed in Imphal and Churachandpur, the Press Trust of "
 "India reported.",
 [("Jiribam", 24.80, 93.12), ("Manipur", 24.70, 93.90), ("Imphal", 24.82, 93.94), ("Churachandpur", 24.33, 93.68)]),
("Two soldiers were killed in a gunfight with militants in the forests of Kishtwar, and police said a "
 "search operation was under way in Anantnag, south of Srinagar.",
 [("Kishtwar", 33.31, 75.77), ("Anantnag", 33.73, 75.15), ("Srinagar", 34.08, 74.80)]),
("FARC dissidents of the Central General Staff set off a car bomb outside a police station in Suarez, "
 "in Colombia's Cauca department, and fired on troops near Toribio, officials in Bogota said.",
 [("Suarez", 2.95, -76.70), ("Colombia", "CO"), ("Cauca", 2.50, -76.80), ("Toribio", 2.95, -76.27), ("Bogota", 4.71, -74.07)]),
("Gunmen linked to the Jalisco New Generation Cartel attacked an army patrol with explosive-laden "
 "drones near Apatzingan and Aguililla, in the western state of Michoacan, Mexico's defence ministry said.",
 [("Apatzingan", 19.09, -102.35), ("Aguililla", 18.74, -102.79), ("Michoacan", 19.20, -101.90), ("Mexico", "MX")]),
("Members of the Gran Grif gang killed at least 70 people in Pont-Sonde, a town in the Artibonite "
 "department, and survivors fled to Saint-Marc, the United Nations said.",
 [("Pont-Sonde", 19.15, -72.61), ("Artibonite", 19.30, -72.50), ("Saint-Marc", 19.11, -72.69)]),
("Russian artillery shelled Nikopol from across the Dnipro river, and a drone hit a minibus in Kherson, "
 "killing two people. Ukraine's air force said the drones were launched from Russia's Bryansk region.",
 [("Nikopol", 47.57, 34.40), ("Dnipro", 49.00, 32.80), ("Kherson", 46.64, 32.62), ("Ukraine", "UA"), ("Russia", "RU"), ("Bryansk", 52.90, 33.40)]),
("Russian forces pressed assaults on Chasiv Yar, Siversk and Lyman and shelled Kostiantynivka, as "
 "Moscow sought to seize all of the Donbas before any ceasefire.",
 [("Chasiv Yar", 48.59, 37.84), ("Siversk", 48.87, 38.10), ("Lyman", 48.99, 37.81), ("Kostiantynivka", 48.53, 37.71), ("Moscow", 55.76, 37.62), ("Donbas", 48.30, 38.30)]),
("Soldiers killed six Dawlah Islamiyah militants near Shariff Aguak, in Maguindanao del Sur province on "
 "the southern island of Mindanao, and a bomb exploded in a market in Isabela City on Basilan.",
 [("Shariff Aguak", 6.86, 124.44), ("Maguindanao del Sur", 6.80, 124.50), ("Mindanao", 7.50, 125.00), ("Isabela City", 6.70, 121.97), ("Basilan", 6.55, 122.05)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-conflict-h", lang="en")
    write(rows, "tests/data/conflict_paragraphs_h.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
