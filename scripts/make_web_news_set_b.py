#!/usr/bin/env python3
"""Builds tests/data/web_news_b.jsonl: English web-news paragraphs written in session 22 by a helper
who never saw the engine, before the engine read them (GeoWebNews-like topics and traps), never
read: the blind confirmation set. Same conventions as conflict_paragraphs_{a,b,f,g}."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

P = [
("Brent crude rose above $80 a barrel as tensions in the Middle East threatened tanker traffic "
 "through the Strait of Hormuz, traders in Singapore said. Demand from India and Southeast Asia has "
 "also been stronger than analysts expected.",
 [("Middle East", 29.00, 45.00), ("Strait of Hormuz", 26.57, 56.25), ("Singapore", "SG"),
  ("India", "IN"), ("Southeast Asia", 5.00, 110.00)]),
("Wildfires have burned more than a million hectares of forest across Siberia this summer, and "
 "thick smoke has blanketed Yakutsk for over a week. Water-bombing planes were sent from Krasnoyarsk "
 "and Irkutsk, Russian emergency officials said.",
 [("Siberia", 60.00, 100.00), ("Yakutsk", 62.03, 129.73), ("Krasnoyarsk", 56.01, 92.87),
  ("Irkutsk", 52.29, 104.28)]),
("The Ohio River crested nearly 10 feet above flood stage at Cincinnati on Monday, swamping "
 "riverfront parks, and Kentucky Governor Andy Beshear declared a state of emergency. Further "
 "downstream, Louisville closed its floodwall gates for the first time since 1997.",
 [("Ohio River", 38.70, -84.50), ("Cincinnati", 39.10, -84.51), ("Kentucky", 37.50, -85.30),
  ("Louisville", 38.25, -85.76)]),
("Heavy snow closed Snoqualmie Pass for two days, cutting the main route between Seattle and the "
 "farm towns of eastern Washington, the state transportation department said. Truckers were told "
 "to wait it out in Ellensburg.",
 [("Snoqualmie Pass", 47.42, -121.41), ("Seattle", 47.61, -122.33), ("Washington", 47.40, -120.50),
  ("Ellensburg", 47.00, -120.55)]),
("Tropical Cyclone Alfred crossed the coast near Bribie Island, north of Brisbane, weaker than "
 "feared but still dumping heavy rain across southeast Queensland. Rivers rose on the Gold Coast "
 "and in Lismore, where residents remember the floods of 2022.",
 [("Bribie Island", -27.07, 153.15), ("Brisbane", -27.47, 153.03), ("Queensland", -22.50, 144.50),
  ("Gold Coast", -28.02, 153.40), ("Lismore", -28.81, 153.28)]),
("Germany's conservatives won the most votes in Sunday's election, but the far-right AfD came second, "
 "surging in Saxony and Thuringia. Friedrich Merz told cheering supporters in Berlin that he wanted "
 "a government in place by Easter.",
 [("Germany", "DE"), ("Saxony", 51.00, 13.30), ("Thuringia", 50.90, 11.00), ("Berlin", 52.52, 13.40)]),
("Mountain rescuers brought two hikers down from Ben Nevis after they were caught in a blizzard near "
 "the summit, police in Fort William said. A walker died in a separate fall in the Cairngorms "
 "National Park on the same day.",
 [("Ben Nevis", 56.80, -5.00), ("Fort William", 56.82, -5.11), ("Cairngorms National Park", 57.08, -3.67)]),
("A new Banksy mural of a goat balanced on a wall appeared overnight in Peckham, in south London, "
 "and crowds gathered to photograph it before the council put up a protective screen. A similar "
 "piece in Walthamstow was stolen within hours last summer.",
 [("Peckham", 51.47, -0.07), ("London", 51.51, -0.13), ("Walthamstow", 51.59, -0.02)]),
("Chelsea Clinton joined health officials in Lagos to launch a vaccination drive against measles, "
 "which has spread across Kano and Katsina states this year. The foundation said it would also pay "
 "for solar-powered fridges for clinics in northern Nigeria.",
 [("Lagos", 6.52, 3.38), ("Kano", 11.75, 8.52), ("Katsina", 12.40, 7.60), ("Nigeria", "NG")]),
("Apple supplier Foxconn will double the size of its plant near Chennai, the Tamil Nadu government "
 "said, as the U.S. company moves more iPhone assembly out of China. A second factory is being built "
 "on the outskirts of Bengaluru.",
 [("Chennai", 13.08, 80.27), ("Tamil Nadu", 11.00, 78.40), ("U.S.", "US"), ("China", "CN"),
  ("Bengaluru", 12.97, 77.59)]),
("Pat Cummins took six wickets as the hosts won the fourth Test by 184 runs in Melbourne, taking a "
 "2-1 lead with one match to play. The series moves to Sydney for the final Test, which starts on "
 "Friday.",
 [("Melbourne", -37.81, 144.96), ("Sydney", -33.87, 151.21)]),
("Real Madrid beat Bayern Munich 2-1 at the Bernabeu to reach the Champions League final, which will "
 "be played in London on June 1. Thousands of fans heading home to Bavaria were stranded overnight "
 "after a baggage system failure at Madrid's main airport.",
 [("London", 51.51, -0.13), ("Bavaria", 48.80, 11.50), ("Madrid", 40.42, -3.70)]),
("Flash floods killed more than 200 people in the Valencia region, where a year's worth of rain fell "
 "in eight hours on towns such as Paiporta and Chiva. Spain's king and queen were pelted with mud "
 "when they visited the worst-hit streets.",
 [("Valencia", 39.40, -0.60), ("Paiporta", 39.43, -0.42), ("Chiva", 39.47, -0.72), ("Spain", "ES")]),
("Temperatures reached 50C in Jacobabad, in Pakistan's Sindh province, and hospitals in Karachi "
 "reported hundreds of cases of heatstroke. The city's electricity company was criticised for "
 "power cuts that left fans and air conditioners idle.",
 [("Jacobabad", 28.28, 68.44), ("Pakistan", "PK"), ("Sindh", 26.00, 68.50), ("Karachi", 24.86, 67.01)]),
("Residents of Fort McMurray were ordered to leave as a wildfire advanced on the city's southern "
 "edge, and smoke from fires burning across Alberta and British Columbia drifted as far as Chicago, "
 "where officials warned people with asthma to stay indoors.",
 [("Fort McMurray", 56.73, -111.38), ("Alberta", 54.50, -115.00), ("British Columbia", 53.70, -127.60),
  ("Chicago", 41.88, -87.63)]),
("A shooting at a crowded bar in Birmingham, Alabama, left four people dead and 17 wounded, police "
 "said on Sunday. The governor in Montgomery ordered flags to fly at half-staff.",
 [("Birmingham", 33.52, -86.80), ("Alabama", 32.80, -86.80), ("Montgomery", 32.38, -86.30)]),
("The trial of the man accused of killing four students in Moscow, Idaho, will be held in Boise after "
 "defence lawyers argued he could not get a fair hearing in Latah County, a judge ruled.",
 [("Moscow", 46.73, -117.00), ("Idaho", 44.20, -114.60), ("Boise", 43.62, -116.20),
  ("Latah County", 46.82, -116.72)]),
("Cruise ship calls at Sydney, Nova Scotia, hit a record this season, port officials said, with "
 "many passengers taking day trips to Cape Breton Highlands National Park. Halifax also reported "
 "its busiest year since the pandemic.",
 [("Sydney", 46.14, -60.19), ("Nova Scotia", 45.00, -63.00),
  ("Cape Breton Highlands National Park", 46.75, -60.65), ("Halifax", 44.65, -63.58)]),
("A man from Naples, Fla., was charged with smuggling rare turtles after he was stopped at the "
 "airport in Worcester, Mass., federal prosecutors said. The animals had been bought in Hong Kong "
 "and shipped to him through Miami.",
 [("Naples", 26.14, -81.79), ("Fla.", 28.00, -81.70), ("Worcester", 42.26, -71.80), ("Mass.", 42.30, -71.80),
  ("Hong Kong", 22.32, 114.17), ("Miami", 25.76, -80.19)]),
("Washington imposed new sanctions on tankers carrying Iranian oil from Kharg Island to refineries in "
 "China, the Treasury Department said. Congressman Jim Jordan of Ohio said the measures did not go "
 "far enough.",
 [("Washington", 38.90, -77.04), ("Kharg Island", 29.25, 50.32), ("China", "CN"), ("Ohio", 40.30, -82.80)]),
("Egypt opened the Grand Egyptian Museum beside the pyramids at Giza, putting the full Tutankhamun "
 "collection on show for the first time. Tour operators expect more visitors to combine Cairo with "
 "cruises between Luxor and Aswan and beach stays in Hurghada on the Red Sea.",
 [("Egypt", "EG"), ("Giza", 29.98, 31.13), ("Cairo", 30.04, 31.24), ("Luxor", 25.69, 32.64),
  ("Aswan", 24.09, 32.90), ("Hurghada", 27.26, 33.81), ("Red Sea", 20.00, 38.50)]),
("Tens of thousands of people protested in Istanbul and Ankara after the city's mayor was jailed "
 "pending trial, and police detained dozens of students in Eskisehir. Turkey's main opposition party "
 "called for a boycott of companies close to the government.",
 [("Istanbul", 41.01, 28.98), ("Ankara", 39.93, 32.86), ("Eskisehir", 39.78, 30.52), ("Turkey", "TR")]),
("Oman hosted a fresh round of nuclear talks between Iran and the U.S. in Muscat on Saturday, with the "
 "American envoy arriving from Manama. Kuwait and Qatar welcomed the talks as a step toward easing "
 "tensions in the Gulf.",
 [("Oman", "OM"), ("Iran", "IR"), ("U.S.", "US"), ("Muscat", 23.59, 58.41), ("Manama", 26.23, 50.59),
  ("Kuwait", "KW"), ("Qatar", "QA"), ("Gulf", 26.50, 52.00)]),
("China launched large-scale military drills around Taiwan, sending warships and aircraft across the "
 "median line of the Taiwan Strait from bases in Fujian, the defence ministry in Taipei said.",
 [("China", "CN"), ("Taiwan", "TW"), ("Taiwan Strait", 24.00, 119.50), ("Fujian", 26.00, 118.00),
  ("Taipei", 25.03, 121.57)]),
("Floods in Rio Grande do Sul have forced more than 500,000 people from their homes, with water "
 "covering the airport and much of downtown Porto Alegre. Brazil's president flew over the Guaiba "
 "lake and the flooded towns of Canoas and Eldorado do Sul.",
 [("Rio Grande do Sul", -30.00, -53.50), ("Porto Alegre", -30.03, -51.23), ("Brazil", "BR"),
  ("Guaiba", -30.10, -51.25), ("Canoas", -29.92, -51.18), ("Eldorado do Sul", -30.08, -51.62)]),
("Gunfire erupted across Culiacan, the capital of Sinaloa state, as rival factions of the cartel "
 "fought for control, and schools closed for a week. Mexico's security minister flew in from Mexico "
 "City to take charge of the response.",
 [("Culiacan", 24.80, -107.39), ("Sinaloa", 25.00, -107.50), ("Mexico", "MX"), ("Mexico City", 19.43, -99.13)]),
("Health officials in the Democratic Republic of Congo reported a surge in mpox cases in South Kivu, "
 "and neighbouring Burundi opened isolation centres in Bujumbura. The World Health Organization said "
 "vaccine doses would arrive from Denmark within weeks.",
 [("Democratic Republic of Congo", "CD"), ("South Kivu", -3.00, 28.30), ("Burundi", "BI"),
  ("Bujumbura", -3.38, 29.36), ("Denmark", "DK")]),
("Climbers on Mount Fuji must now pay a 4,000-yen fee and book a slot in advance, officials in "
 "Yamanashi said, after years of overcrowding on the most popular trail. Neighbouring Shizuoka has "
 "introduced similar rules for its routes.",
 [("Mount Fuji", 35.36, 138.73), ("Yamanashi", 35.66, 138.57), ("Shizuoka", 34.98, 138.38)]),
("A magnitude 7.4 earthquake struck in the Drake Passage, prompting a tsunami alert in Chile's far "
 "south and the evacuation of the waterfront in Puerto Williams. The shaking was felt in Ushuaia, "
 "Argentina, and in towns across Patagonia.",
 [("Drake Passage", -58.00, -65.00), ("Chile", "CL"), ("Puerto Williams", -54.93, -67.61),
  ("Ushuaia", -54.80, -68.30), ("Argentina", "AR"), ("Patagonia", -44.00, -69.00)]),
("A SpaceX capsule carrying four astronauts splashed down in the Gulf of Mexico off Panama City, "
 "Florida, ending a six-month stay on the International Space Station. The crew had launched from "
 "Cape Canaveral in March.",
 [("Gulf of Mexico", 25.00, -90.00), ("Panama City", 30.16, -85.66), ("Florida", 28.50, -81.70),
  ("Cape Canaveral", 28.39, -80.60)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-web-b", lang="en")
    write(rows, "tests/data/web_news_b.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
