#!/usr/bin/env python3
"""Builds tests/data/web_news_a.jsonl: English web-news paragraphs written in session 22 by a helper
who never saw the engine, before the engine read them (GeoWebNews-like topics and traps). Same
conventions as conflict_paragraphs_{a,b,f,g}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("Voters in Runcorn went to the polls on Thursday in a by-election seen as the first real test for "
 "Labour since the general election, with Reform UK campaigning hard in towns across Cheshire. In "
 "London, Downing Street said the result would not change government policy.",
 [("Runcorn", 53.34, -2.73), ("Cheshire", 53.20, -2.55), ("London", 51.51, -0.13)]),
("Texas Senator John Cornyn said on Tuesday he would back the border funding bill, as lawmakers in "
 "Washington raced to avert a government shutdown. The governors of Arizona and New Mexico urged "
 "Congress to send more officers to the crossings at Nogales and Santa Teresa.",
 [("Texas", 31.00, -99.50), ("Washington", 38.90, -77.04), ("Arizona", 34.20, -111.60),
  ("New Mexico", 34.40, -106.10), ("Nogales", 31.34, -110.94), ("Santa Teresa", 31.86, -106.64)]),
("Shares in Tokyo fell for a third day as the yen strengthened, while markets in Hong Kong and "
 "Shanghai edged higher after Beijing announced fresh support for the property sector. China said "
 "it would also cut the amount of cash banks must hold in reserve.",
 [("Tokyo", 35.68, 139.69), ("Hong Kong", 22.32, 114.17), ("Shanghai", 31.23, 121.47),
  ("Beijing", 39.90, 116.40), ("China", "CN")]),
("Manchester United came from behind to beat Aston Villa 2-1 at Old Trafford, with the winner "
 "arriving deep in stoppage time. United's manager said his players would rest on Tuesday before "
 "flying to Lisbon for Thursday's Europa League tie against Sporting, the club's first trip to "
 "Portugal in six years.",
 [("Lisbon", 38.72, -9.14), ("Portugal", "PT")]),
("Storm Darragh brought gusts of more than 90mph to the coast of Wales, and the Met Office issued a "
 "rare red warning for Pembrokeshire and Ceredigion. Tens of thousands of homes lost power in "
 "Cornwall and Devon, and a man died when a tree fell on his van near Preston.",
 [("Wales", 52.30, -3.70), ("Pembrokeshire", 51.85, -4.90), ("Ceredigion", 52.25, -4.00),
  ("Cornwall", 50.40, -4.90), ("Devon", 50.75, -3.80), ("Preston", 53.76, -2.70)]),
("Police in London, Ontario, have charged a 20-year-old man after a pickup truck struck pedestrians "
 "on a downtown street, the city's police chief said. Environment Canada warned of freezing rain "
 "across southwestern Ontario, from Windsor to Kitchener, through Friday.",
 [("London", 42.98, -81.25), ("Ontario", 49.25, -84.50), ("Ontario", 49.25, -84.50),
  ("Windsor", 42.31, -83.04), ("Kitchener", 43.45, -80.49)]),
("A tornado tore through Paris, Texas, late on Monday, damaging the regional hospital and dozens of "
 "homes, the National Weather Service said. The same storms flooded roads in Oklahoma City and "
 "northern Louisiana, where one person was killed near Shreveport.",
 [("Paris", 33.66, -95.56), ("Texas", 31.00, -99.50), ("Oklahoma City", 35.47, -97.52),
  ("Louisiana", 31.00, -92.00), ("Shreveport", 32.52, -93.75)]),
("Health officials in Kerala confirmed a new case of the Nipah virus in Malappuram district, and "
 "schools in several villages were closed as a precaution. India's health ministry sent a team of "
 "experts from New Delhi to help trace more than 200 contacts.",
 [("Kerala", 10.50, 76.30), ("Malappuram", 11.07, 76.07), ("India", "IN"), ("New Delhi", 28.61, 77.21)]),
("The Greek island of Santorini will cap the number of cruise passengers landing each day, months "
 "after Venice began charging day-trippers a five-euro entry fee. Tourism officials in Barcelona "
 "and Amsterdam are watching closely as Europe grapples with overtourism.",
 [("Santorini", 36.42, 25.43), ("Venice", 45.44, 12.33), ("Barcelona", 41.39, 2.17),
  ("Amsterdam", 52.37, 4.90), ("Europe", 48.69, 9.14)]),
("Astronomers at Siding Spring Observatory, near Coonabarabran in New South Wales, have spotted a "
 "comet that should be visible to the naked eye across Australia and New Zealand in March. The "
 "discovery was confirmed by telescopes in Hawaii and Chile.",
 [("Coonabarabran", -31.27, 149.28), ("New South Wales", -32.00, 147.00), ("Australia", "AU"),
  ("New Zealand", "NZ"), ("Hawaii", 20.75, -156.50), ("Chile", "CL")]),
("A jury in Atlanta convicted a former Fulton County official under Georgia's racketeering law on "
 "Friday, after a three-week trial over kickbacks on county contracts. Lead prosecutor Georgia "
 "Mendez told reporters outside the courthouse that sentencing would take place in June.",
 [("Atlanta", 33.75, -84.39), ("Fulton County", 33.79, -84.47), ("Georgia", 32.75, -83.50)]),
("Researchers at a biotech start-up in Cambridge, Massachusetts, said their gene therapy had "
 "restored some hearing to children born deaf. The trial enrolled patients in Boston, with further "
 "sites planned at hospitals in Philadelphia and Toronto.",
 [("Cambridge", 42.37, -71.11), ("Massachusetts", 42.30, -71.80), ("Boston", 42.36, -71.06),
  ("Philadelphia", 39.95, -75.17), ("Toronto", 43.65, -79.38)]),
("Nigeria's electoral commission postponed the governorship elections in Kogi and Bayelsa after "
 "thugs attacked a collation centre in Lokoja, burning ballot papers. Observers from the African "
 "Union said they were deeply concerned.",
 [("Nigeria", "NG"), ("Kogi", 7.75, 6.70), ("Bayelsa", 4.77, 6.07), ("Lokoja", 7.80, 6.74)]),
("Kenya's president flew to Mombasa to open a new container terminal, saying the port would "
 "strengthen trade with Uganda, Rwanda and South Sudan. Traders in Nairobi welcomed the project but "
 "complained that rising fuel prices were eating into their margins.",
 [("Kenya", "KE"), ("Mombasa", -4.04, 39.67), ("Uganda", "UG"), ("Rwanda", "RW"),
  ("South Sudan", "SS"), ("Nairobi", -1.29, 36.82)]),
("Load-shedding returned to Johannesburg and Pretoria on Wednesday after two units at the Kusile "
 "power station in Mpumalanga broke down, Eskom said. Cape Town, which runs its own generation "
 "schemes, was spared the worst of the cuts.",
 [("Johannesburg", -26.20, 28.05), ("Pretoria", -25.75, 28.19), ("Mpumalanga", -25.80, 30.00),
  ("Cape Town", -33.92, 18.42)]),
("Egypt reopened its border with Gaza at Rafah for medical evacuations, and the first ambulances "
 "reached hospitals in El Arish, in North Sinai, late on Sunday. Officials in Cairo said talks with "
 "Qatar and the United States on a ceasefire would resume next week.",
 [("Egypt", "EG"), ("Gaza", 31.42, 34.35), ("Rafah", 31.29, 34.25), ("El Arish", 31.13, 33.80),
  ("North Sinai", 30.60, 33.70), ("Cairo", 30.04, 31.24), ("Qatar", "QA"), ("United States", "US")]),
("A magnitude 6.1 earthquake struck Sindirgi in Balikesir province, shaking buildings as far away "
 "as Istanbul and Izmir, Turkey's disaster agency AFAD said. An elderly woman died when her house "
 "collapsed in the town.",
 [("Sindirgi", 39.24, 28.18), ("Balikesir", 39.60, 28.00), ("Istanbul", 41.01, 28.98),
  ("Izmir", 38.42, 27.14), ("Turkey", "TR")]),
("Dubai's airport handled a record 92 million passengers last year, while Saudi Arabia pressed ahead "
 "with the giant King Salman airport in Riyadh. Abu Dhabi and Doha are also adding capacity to "
 "compete for transit traffic between Europe and Asia.",
 [("Dubai", 25.20, 55.27), ("Saudi Arabia", "SA"), ("Riyadh", 24.71, 46.68), ("Abu Dhabi", 24.45, 54.38),
  ("Doha", 25.29, 51.53), ("Europe", 48.69, 9.14), ("Asia", 29.84, 89.30)]),
("Deforestation in the Amazon fell by almost a third in the year to July, Brazil's space research "
 "institute said, with the biggest drops in Para and Mato Grosso. Environment minister Marina Silva "
 "presented the figures in Brasilia ahead of the climate summit in Belem.",
 [("Amazon", -3.50, -62.00), ("Brazil", "BR"), ("Para", -4.00, -52.50), ("Mato Grosso", -13.00, -56.00),
  ("Brasilia", -15.79, -47.88), ("Belem", -1.46, -48.50)]),
("Argentina's monthly inflation slowed for a sixth month, the statistics agency in Buenos Aires said, "
 "but pensioners kept up their weekly protests outside Congress. In Cordoba and Rosario, truck "
 "drivers blocked highways over the cost of diesel.",
 [("Argentina", "AR"), ("Buenos Aires", -34.60, -58.38), ("Cordoba", -31.42, -64.18),
  ("Rosario", -32.95, -60.64)]),
("Hurricane Erick made landfall near Puerto Escondido in Oaxaca as a Category 3 storm, bringing "
 "torrential rain to Guerrero and the resort city of Acapulco. Mexico's civil protection agency "
 "opened hundreds of shelters along the coast.",
 [("Puerto Escondido", 15.86, -97.07), ("Oaxaca", 17.00, -96.50), ("Guerrero", 17.60, -99.90),
  ("Acapulco", 16.86, -99.88), ("Mexico", "MX")]),
("Japan lifted a tsunami advisory for the coast of Hokkaido after a magnitude 6.8 earthquake struck "
 "off Kamchatka, in Russia's far east. Trains between Sapporo and Hakodate were briefly halted while "
 "engineers inspected the tracks.",
 [("Japan", "JP"), ("Hokkaido", 43.20, 142.80), ("Kamchatka", 56.00, 159.00), ("Russia", "RU"),
  ("Sapporo", 43.06, 141.35), ("Hakodate", 41.77, 140.73)]),
("A landscape painting stolen from a private collection in Perth in Scotland has turned up at an "
 "auction in Hudson, N.Y., where a dealer flagged its provenance. Police Scotland said the work had "
 "been missing since a burglary in 2019.",
 [("Perth", 56.40, -3.44), ("Scotland", 56.80, -4.20), ("Hudson", 42.25, -73.79), ("N.Y.", 42.90, -75.50)]),
("The U.S. and U.K. signed a trade deal cutting tariffs on British cars and American beef, officials "
 "said on Thursday. Farmers in Iowa and Nebraska welcomed the agreement, while carmakers in "
 "Sunderland and Solihull said it would protect thousands of jobs.",
 [("U.S.", "US"), ("U.K.", "GB"), ("Iowa", 42.00, -93.50), ("Nebraska", 41.50, -99.80),
  ("Sunderland", 54.91, -1.38), ("Solihull", 52.41, -1.78)]),
("A fast-moving wildfire forced evacuations near Ventura, Calif., and smoke drifted over Los Angeles, "
 "where air quality alerts were issued. Fire crews from Nevada and Oregon were sent to help "
 "firefighters in the Santa Monica Mountains.",
 [("Ventura", 34.28, -119.29), ("Calif.", 37.20, -119.50), ("Los Angeles", 34.05, -118.24),
  ("Nevada", 39.25, -116.75), ("Oregon", 44.00, -120.50), ("Santa Monica Mountains", 34.10, -118.75)]),
("Notre Dame overpowered Navy 49-10 in South Bend, Indiana, on Saturday, with its quarterback "
 "throwing four touchdown passes. The Fighting Irish will face Army at Yankee Stadium in the Bronx "
 "next month.",
 [("South Bend", 41.68, -86.25), ("Indiana", 40.00, -86.25), ("Bronx", 40.84, -73.87)]),
("The frozen-food chain Iceland said it would open 20 new stores this year, including shops near its "
 "headquarters in Deeside, Flintshire, and in Glasgow. Sales at the retailer rose 4 percent in the "
 "twelve weeks to Christmas.",
 [("Deeside", 53.20, -3.03), ("Flintshire", 53.17, -3.15), ("Glasgow", 55.86, -4.25)]),
("Paris Hilton and the singer Jordan Adetunji performed at a charity gala in Miami Beach on Friday, "
 "raising $3 million for a children's hospital in Haiti. Organisers said next year's event would "
 "move to Las Vegas.",
 [("Miami Beach", 25.79, -80.13), ("Haiti", "HT"), ("Las Vegas", 36.17, -115.14)]),
("Rescuers pulled 12 survivors from a landslide near Zhaotong, in Yunnan province, the state news "
 "agency Xinhua said, after days of heavy rain. Further east, the Yangtze rose above warning levels "
 "at Wuhan, and floods swamped low-lying districts of Chongqing.",
 [("Zhaotong", 27.34, 103.72), ("Yunnan", 25.00, 101.50), ("Yangtze", 30.50, 112.00),
  ("Wuhan", 30.59, 114.31), ("Chongqing", 29.56, 106.55)]),
("Rival gunmen clashed overnight in Tripoli, Lebanon, and the army deployed armoured vehicles in the "
 "Bab al-Tabbaneh district, a security source said. Three people were wounded by stray bullets in "
 "nearby Minieh.",
 [("Tripoli", 34.44, 35.85), ("Lebanon", "LB"), ("Bab al-Tabbaneh", 34.44, 35.84), ("Minieh", 34.47, 35.93)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-web-a", lang="en")
    write(rows, "tests/data/web_news_a.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
