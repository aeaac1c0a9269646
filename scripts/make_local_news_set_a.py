#!/usr/bin/env python3
"""Builds tests/data/local_news_a.jsonl: English news articles written in session 24 by a helper who never saw the engine, before the engine read them: a blind set like TR-News (local and regional news from many English-speaking places, with every place named)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

ENGLAND = 52.50, -1.50
ILLINOIS = 40.00, -89.20
TEXAS = 31.00, -99.00
MASSACHUSETTS = 42.30, -71.80
ONTARIO = 50.00, -85.00
WASHINGTON_DC = 38.90, -77.04
NOVA_SCOTIA = 45.00, -63.00

P = [
# 01 US: Illinois river flooding ("Ill."; a person named Jordan; Lincoln the man)
("SPRINGFIELD, Ill. — Heavy rain pushed the Sangamon River over its banks on Tuesday, flooding farm "
 "fields near Riverton and closing two rural roads in Sangamon County, emergency officials said. "
 "Volunteers from Springfield spent the night filling sandbags at the fairgrounds. In neighbouring Menard "
 "County, the river was expected to crest on Thursday near Petersburg, the small town that a young "
 "Abraham Lincoln once helped to survey. The National Weather Service said up to four inches had fallen "
 "since Sunday across central Illinois, with more storms possible over the weekend. Lake Springfield, the "
 "city's reservoir, was still two feet below its spillway, the utility said. Residents of the village "
 "were told to move their cars away from low-lying streets. \"We've seen worse, back in 2013, but we're "
 "not taking chances,\" said the county's emergency manager, Jordan Haynes. Farmers said the timing was "
 "bad because many had just planted soybeans. Amtrak trains between Chicago and St. Louis ran on time, "
 "though passengers reported slow stretches of track through the flooded area.",
 [("SPRINGFIELD", 39.80, -89.64), ("Ill.", *ILLINOIS), ("Sangamon River", 39.90, -89.35),
  ("Riverton", 39.84, -89.54), ("Sangamon County", 39.76, -89.66), ("Springfield", 39.80, -89.64),
  ("Menard County", 40.03, -89.80), ("Petersburg", 40.01, -89.85), ("Illinois", *ILLINOIS),
  ("Lake Springfield", 39.74, -89.60), ("Chicago", 41.88, -87.63), ("St. Louis", 38.63, -90.20)]),
# 02 England: Cotswolds village shop (council named after a county; a person named Madison)
("BOURTON-ON-THE-WATER, England — Residents of this Cotswolds village have raised £240,000 to buy their "
 "last remaining shop, which had been due to close in March. More than 400 people bought shares, "
 "including some who had moved away decades ago, the organisers said. The shop, beside the River "
 "Windrush, also houses the post office; the nearest alternative is in Stow-on-the-Wold, four miles "
 "away. The Plunkett Foundation, which supports community businesses, said similar buyouts had saved "
 "shops in Chedworth and in Sherston, just over the border in Wiltshire. Gloucestershire County Council "
 "gave a grant of £20,000. \"Without a shop, older people in Little Rissington and the other hamlets "
 "around here would be stuck,\" said volunteer Madison Clarke, 34, who moved to the village two years "
 "ago. Tourism brings more than a million visitors a year to this corner of the Cotswolds, but residents "
 "say few of them buy groceries. The new owners plan to stock bread, cheese and vegetables from farms "
 "around Northleach and Moreton-in-Marsh.",
 [("BOURTON-ON-THE-WATER", 51.885, -1.757), ("England", *ENGLAND), ("Cotswolds", 51.83, -1.83),
  ("River Windrush", 51.80, -1.65), ("Stow-on-the-Wold", 51.93, -1.72), ("Chedworth", 51.81, -1.92),
  ("Sherston", 51.57, -2.21), ("Wiltshire", 51.35, -1.95), ("Little Rissington", 51.87, -1.72),
  ("Cotswolds", 51.83, -1.83), ("Northleach", 51.83, -1.84), ("Moreton-in-Marsh", 51.99, -1.70)]),
# 03 Ireland: Connemara greenway (Galway County Council, Transport Infrastructure Ireland: organisations)
("GALWAY, Ireland — Councillors have approved a long-delayed greenway linking the city with Oughterard, "
 "following the line of the old railway to Clifden along the shore of Lough Corrib. The 25-kilometre "
 "walking and cycling path would pass through Moycullen and Rosscahill and, if a second phase is funded, "
 "continue through Connemara to Clifden itself. Galway County Council said construction could start next "
 "spring. Landowners along the route had objected to earlier plans, and the path was redrawn twice to "
 "avoid farmyards. Supporters point to the greenway near Westport, in County Mayo, which "
 "draws more than 250,000 visitors a year and has revived cafés and bike-hire shops along its length. "
 "\"This is about jobs in rural Connacht, not just bicycles,\" said one local councillor. Transport "
 "Infrastructure Ireland will pay most of the €30 million cost. A separate cycle route into Galway from "
 "the east is still at the design stage.",
 [("GALWAY", 53.27, -9.05), ("Ireland", "IE"), ("Oughterard", 53.43, -9.32), ("Clifden", 53.49, -10.02),
  ("Lough Corrib", 53.45, -9.25), ("Moycullen", 53.34, -9.18), ("Rosscahill", 53.38, -9.26),
  ("Connemara", 53.45, -9.75), ("Clifden", 53.49, -10.02), ("Westport", 53.80, -9.52),
  ("County Mayo", 53.90, -9.30), ("Connacht", 53.50, -8.90), ("Galway", 53.27, -9.05)]),
# 04 US: Paris, Texas; Paris, Tennessee; Paris, Arkansas (a person named Brooklyn)
("PARIS, Texas — This northeast Texas town of about 25,000 is getting its first new hotel in two "
 "decades, a sign, officials say, that a long-promised revival is finally arriving. The 90-room hotel "
 "will be built near the Lamar County courthouse, a short walk from the town's small copy of the Eiffel "
 "Tower, which is topped with a giant red cowboy hat. Many visitors arrive after stopping in Paris, "
 "Tennessee, which has its own tower, or in Paris, Arkansas, and the chamber of commerce sells a road-trip "
 "map of all three. Most guests, however, are expected to come for the outdoors: Pat Mayse Lake is 12 "
 "miles north, and the Red River, the border with Oklahoma, lies just beyond it. Developers from Dallas, "
 "100 miles to the southwest, are backing the project along with a local family firm. \"People drive "
 "straight through on their way to Hot Springs and never stop,\" said the hotel's future manager, "
 "Brooklyn Reyes. Construction should begin in the fall.",
 [("PARIS", 33.66, -95.56), ("Texas", *TEXAS), ("Texas", *TEXAS), ("Lamar County", 33.67, -95.57),
  ("Paris", 36.30, -88.33), ("Tennessee", 35.86, -86.35), ("Paris", 35.29, -93.73), ("Arkansas", 34.90, -92.40),
  ("Pat Mayse Lake", 33.85, -95.55), ("Red River", 33.90, -96.60), ("Oklahoma", 35.50, -97.50),
  ("Dallas", 32.78, -96.80), ("Hot Springs", 34.50, -93.06)]),
# 05 US: Cambridge, Mass. vs Cambridge, England (a person named Austin)
("CAMBRIDGE, Mass. — Start-ups have long crowded into Kendall Square, but rising rents are pushing "
 "biotech manufacturing out of this city and across Massachusetts. On Monday, Ardent Therapeutics said it "
 "would move its production lines to a former mill in Worcester, 40 miles west, and keep only its "
 "laboratories in Cambridge. The company was founded by researchers from Cambridge, England, who arrived "
 "here a decade ago. State officials said the move would bring 300 jobs to a region that lost most of "
 "its factories in the 1980s. Similar projects are under way in other old mill towns, and a rival in "
 "Portsmouth, New Hampshire, is hiring. Rents in the area have topped $120 a square foot, brokers said. "
 "The company's chief executive, Austin Barlow, said Worcester had offered tax breaks and a commuter-rail "
 "link to Boston. \"We'll still be close to Harvard Square,\" he joked, though the train takes more than "
 "an hour.",
 [("CAMBRIDGE", 42.37, -71.11), ("Mass.", *MASSACHUSETTS), ("Kendall Square", 42.363, -71.086),
  ("Massachusetts", *MASSACHUSETTS), ("Worcester", 42.26, -71.80), ("Cambridge", 42.37, -71.11),
  ("Cambridge", 52.21, 0.12), ("England", *ENGLAND), ("Portsmouth", 43.07, -70.76),
  ("New Hampshire", 43.70, -71.60), ("Worcester", 42.26, -71.80), ("Boston", 42.36, -71.06),
  ("Harvard Square", 42.373, -71.119)]),
# 06 Canada: London, Ont. plant closure (a place inside a street name: Dorchester Road)
("LONDON, Ont. — Workers at the brake plant on Dorchester Road, on the city's eastern edge, learned on "
 "Friday that it will close in June, ending 430 jobs in a region still recovering from the loss of the "
 "Ford assembly plant in nearby Talbotville. The owner, a parts supplier based in Windsor, said "
 "production would move to Mexico and to a sister plant in Tennessee. The union said it would fight the "
 "closure and called on the provincial government to intervene. Mayor Josh Morgan said London had "
 "gained jobs at the new battery factory in St. Thomas, 30 kilometres south, and that laid-off workers "
 "would be offered retraining at Fanshawe College. Plants in Woodstock and Ingersoll, along Highway 401, "
 "also depend on the company's orders. \"When a place like this goes, it hits every coffee shop in the "
 "county,\" said Kevin Lam, who has worked at the plant for 22 years. Ontario's economy minister is due "
 "to meet industry leaders in Toronto on Monday.",
 [("LONDON", 42.98, -81.25), ("Ont.", *ONTARIO), ("Talbotville", 42.75, -81.27), ("Windsor", 42.30, -83.02),
  ("Mexico", "MX"), ("Tennessee", 35.86, -86.35), ("London", 42.98, -81.25), ("St. Thomas", 42.78, -81.18),
  ("Woodstock", 43.13, -80.75), ("Ingersoll", 43.04, -80.88), ("Ontario", *ONTARIO),
  ("Toronto", 43.65, -79.38)]),
# 07 Australia: Victoria the state (Emergency Management Victoria, Cricket Victoria: organisations)
("MELBOURNE, Australia — Firefighters were battling more than 40 blazes across Victoria on Wednesday as "
 "temperatures passed 44C, and residents of Halls Gap, in the Grampians, were told it was too late to "
 "leave. A fire that began near Stawell had burned 20,000 hectares by mid-afternoon, and smoke drifted "
 "over the western suburbs of Melbourne. The main highway west was closed for most of the day. In "
 "neighbouring South Australia, a grass fire near Mount Gambier destroyed two houses. Emergency Management "
 "Victoria said crews from New South Wales had been flown in to help, and Cricket Victoria postponed "
 "weekend matches in Bendigo. The premier told reporters in Melbourne that the next 48 hours would be "
 "critical. Farmers in the area said they had lost hundreds of sheep and kilometres of fencing. Cooler "
 "weather was forecast for Friday, with a southerly change expected to reach Portland by evening.",
 [("MELBOURNE", -37.81, 144.96), ("Australia", "AU"), ("Victoria", -36.90, 144.30),
  ("Halls Gap", -37.14, 142.52), ("Grampians", -37.20, 142.40), ("Stawell", -37.06, 142.78),
  ("Melbourne", -37.81, 144.96), ("South Australia", -30.00, 135.80), ("Mount Gambier", -37.83, 140.78),
  ("New South Wales", -32.00, 147.00), ("Bendigo", -36.76, 144.28), ("Melbourne", -37.81, 144.96),
  ("Portland", -38.34, 141.60)]),
# 08 Canada: Victoria, British Columbia (Strait of Georgia; a person named Victoria)
("VICTORIA, British Columbia — Dozens of ferry sailings between Vancouver Island and the mainland were "
 "cancelled on Thursday as a windstorm with gusts of up to 120 km/h swept the south coast, leaving more "
 "than 200,000 customers without power. Travellers were stranded at terminals on both sides of the Strait "
 "of Georgia, some for more than a day. Trees fell across the highway over the Malahat, cutting Victoria "
 "off from Nanaimo for several hours. The storm also brought flooding to the Fraser Valley, where farms "
 "near Abbotsford were under water for the second time in three years. South of the border, Bellingham, "
 "in Washington state, reported similar damage. Environment Canada said a second, weaker system would "
 "arrive on Saturday. \"It's the Pacific Northwest in November,\" said ferry passenger Victoria Chen, who "
 "had been waiting at the terminal for eight hours. \"You bring a book.\"",
 [("VICTORIA", 48.43, -123.37), ("British Columbia", 53.70, -127.60), ("Vancouver Island", 49.60, -125.60),
  ("Strait of Georgia", 49.20, -123.60), ("Malahat", 48.57, -123.55), ("Victoria", 48.43, -123.37),
  ("Nanaimo", 49.17, -123.94), ("Fraser Valley", 49.10, -122.20), ("Abbotsford", 49.05, -122.31),
  ("Bellingham", 48.75, -122.48), ("Washington", 47.40, -120.50), ("Pacific Northwest", 46.50, -121.50)]),
# 09 Scotland: Perth, Scotland vs Perth, Australia (a person named Ross)
("PERTH, Scotland — Flood barriers along the River Tay held overnight as the river rose to its highest "
 "level in a decade, sparing the city centre, but dozens of homes were flooded in the villages of Bridge "
 "of Earn and Kinfauns, the local council said. The main railway line north was closed near Dunkeld "
 "after a landslip, and buses replaced trains as far as Pitlochry. Environmental regulators issued 14 "
 "flood warnings and told people to stay away from riverbanks. The weather disrupted travel far beyond "
 "Scotland: a flight from Aberdeen to Perth, Australia, was delayed by seven hours, leaving one "
 "passenger, the miner Kyle Ross, to wonder whether he would make it to his cousin's wedding in "
 "Fremantle. Forecasters expect more heavy rain in the Highlands on Sunday, and the council has kept "
 "sandbags stacked at depots across the city.",
 [("PERTH", 56.40, -3.44), ("Scotland", 56.80, -4.20), ("River Tay", 56.60, -3.60),
  ("Bridge of Earn", 56.35, -3.41), ("Kinfauns", 56.39, -3.37), ("Dunkeld", 56.57, -3.58),
  ("Pitlochry", 56.70, -3.73), ("Scotland", 56.80, -4.20), ("Aberdeen", 57.15, -2.09),
  ("Perth", -31.95, 115.86), ("Australia", "AU"), ("Fremantle", -32.06, 115.75), ("Highlands", 57.20, -4.50)]),
# 10 Georgia the country vs Georgia the US state (Tbilisi for its government; Georgia Ports Authority)
("ATLANTA — A delegation from the Republic of Georgia visited Savannah this week to study how the port "
 "handles container traffic, as Tbilisi seeks investors for a deep-water port at Anaklia, on the Black "
 "Sea. The visitors, led by Georgia's economy minister, toured the docks and met officials from the "
 "Georgia Ports Authority, which runs the busiest single container terminal in the U.S. Gov. Brian Kemp, "
 "hosting a lunch for the group in Atlanta, joked about the confusion the shared name causes at airports. "
 "The country of 3.7 million also wants to modernise its rail links and build new warehouses for transit "
 "cargo. Trade is modest: Georgia, the state, exported about $40 million of goods to Georgia, the "
 "country, last year, mostly frozen chicken. The delegation will also visit Brunswick, further down the "
 "coast, before flying home on Friday.",
 [("ATLANTA", 33.75, -84.39), ("Republic of Georgia", "GE"), ("Savannah", 32.08, -81.09),
  ("Tbilisi", 41.72, 44.79), ("Anaklia", 42.40, 41.57), ("Black Sea", 43.40, 34.00), ("Georgia", "GE"),
  ("U.S.", "US"), ("Atlanta", 33.75, -84.39), ("Georgia", 32.70, -83.40), ("Georgia", "GE"),
  ("Brunswick", 31.15, -81.49)]),
# 11 US: Iowa farm aid (Washington = the federal government; a person named Lincoln; U.S. inside an agency name)
("DES MOINES, Iowa — Soybean growers across Iowa, Nebraska and southern Minnesota say they are still "
 "waiting for Washington to deliver the aid it promised after China cut its purchases of American crops "
 "this spring. At a meeting in Ames on Tuesday, farmers said storage bins across the state were full and "
 "prices at local elevators had dropped below the cost of production. \"We were told the checks would be "
 "in the mail by harvest,\" said Lincoln Hagen, who farms 1,200 acres near Jefferson, in Greene County. "
 "The state's two senators have pressed for faster payments. Barges on the Mississippi River were "
 "carrying less grain downriver than at any time since 2019, according to a report from the U.S. "
 "Department of Agriculture. Some growers have found buyers in Mexico, but at lower prices. A spokesman "
 "in Washington said the first payments would go out before Thanksgiving.",
 [("DES MOINES", 41.59, -93.62), ("Iowa", 42.00, -93.50), ("Iowa", 42.00, -93.50), ("Nebraska", 41.50, -99.80),
  ("Minnesota", 46.30, -94.30), ("Washington", *WASHINGTON_DC), ("China", "CN"), ("Ames", 42.03, -93.62),
  ("Jefferson", 42.02, -94.38), ("Greene County", 42.04, -94.40), ("Mississippi River", 38.00, -90.20),
  ("Mexico", "MX"), ("Washington", *WASHINGTON_DC)]),
# 12 India: Kerala monsoon (an airport as a location; New Delhi for the central government)
("KOCHI, India — Heavy monsoon rain triggered landslides in the hill district of Idukki on Monday, "
 "killing at least six people and cutting off the tea town of Munnar, Kerala officials said. Shutters of "
 "the main dam in the district were raised for the first time in two years, and thousands of people "
 "living along the Periyar River downstream, including parts of Kochi, were moved to relief camps. The "
 "India Meteorological Department put four districts on red alert. Flights into Cochin International "
 "Airport were diverted to Thiruvananthapuram for several hours as water pooled on the runway. In "
 "neighbouring Tamil Nadu, tourists were stranded in the hill station of Valparai after a bridge washed "
 "away. Rescue teams from the National Disaster Response Force were flown in from the neighbouring state. "
 "The chief minister said the central government had promised more help after talks with New Delhi on "
 "Monday evening.",
 [("KOCHI", 9.93, 76.27), ("India", "IN"), ("Idukki", 9.85, 76.97), ("Munnar", 10.09, 77.06),
  ("Kerala", 10.50, 76.50), ("Periyar River", 10.00, 76.70), ("Kochi", 9.93, 76.27),
  ("Cochin International Airport", 10.15, 76.40), ("Thiruvananthapuram", 8.52, 76.94),
  ("Tamil Nadu", 11.00, 78.40), ("Valparai", 10.33, 76.95), ("New Delhi", 28.61, 77.21)]),
# 13 India: Uttar Pradesh factory
("LUCKNOW, India — A Japanese electronics maker will open a factory in Greater Noida, on the edge of the "
 "capital region, the Uttar Pradesh government said on Thursday, the third such investment in the state "
 "this year. The plant, near the new airport at Jewar, is expected to employ 4,000 people. Officials said "
 "land had also been set aside elsewhere in the state for food-processing units. Farmers in villages "
 "around Jewar, in Gautam Buddha Nagar district, protested for months over compensation for their land, "
 "and some still refuse to move. Rival states competed hard: Maharashtra offered sites near Pune, and "
 "Gujarat courted the company with cheap land and power. The firm, which already makes air conditioners "
 "at a plant further west, said it chose the site for its closeness to Delhi and to the western ports by "
 "way of the new freight corridor. Shipments to Japan are expected to begin in 2027.",
 [("LUCKNOW", 26.85, 80.95), ("India", "IN"), ("Greater Noida", 28.47, 77.50), ("Uttar Pradesh", 27.00, 80.50),
  ("Jewar", 28.12, 77.55), ("Jewar", 28.12, 77.55), ("Gautam Buddha Nagar", 28.40, 77.50),
  ("Maharashtra", 19.50, 75.50), ("Pune", 18.52, 73.86), ("Gujarat", 22.50, 71.50), ("Delhi", 28.65, 77.23),
  ("Japan", "JP")]),
# 14 South Africa: Durban port (East London is in South Africa; Port Elizabeth = Gqeberha)
("DURBAN, South Africa — Ships waited up to ten days to dock at Durban this month as equipment "
 "breakdowns and heavy rain slowed the continent's busiest container port, freight forwarders said. "
 "Citrus exporters in the Eastern Cape were diverting fruit to Maputo, in neighbouring Mozambique, and to "
 "Port Elizabeth, now officially called Gqeberha. Transnet, the state logistics company, blamed ageing "
 "cranes and said new equipment ordered from China would arrive by June. Trucks queued for 15 kilometres "
 "along the N3 at Pinetown, and residents of nearby townships complained of gridlock. Carmakers in East "
 "London have also warned of delays to parts shipments. \"Every day a ship waits costs us money,\" said "
 "Precious Mthembu, who manages a packhouse for a fruit exporter. The congestion comes as Richards Bay, "
 "160 kilometres up the coast, handles record coal exports to India.",
 [("DURBAN", -29.86, 31.02), ("South Africa", "ZA"), ("Durban", -29.86, 31.02), ("Eastern Cape", -32.00, 26.50),
  ("Maputo", -25.97, 32.57), ("Mozambique", "MZ"), ("Port Elizabeth", -33.96, 25.60),
  ("Gqeberha", -33.96, 25.60), ("China", "CN"), ("Pinetown", -29.81, 30.86), ("East London", -33.02, 27.91),
  ("Richards Bay", -28.78, 32.04), ("India", "IN")]),
# 15 Kenya: floods around Kisumu (Kano Plains, not Kano in Nigeria; Lake Victoria; Kenya inside organisations)
("KISUMU, Kenya — Hundreds of families in the Nyando area were moved to higher ground after the Nyando "
 "River burst its banks, county officials said on Wednesday, as the long rains pounded western Kenya. "
 "Roads linking Kisumu with Kericho were cut, and schools on the Kano Plains were closed. The Kenya "
 "Meteorological Department warned that more rain was expected around the Lake Victoria basin, including "
 "counties near the border with Uganda. President William Ruto said the government had set aside money "
 "for relief and that soldiers would help to repair bridges. Fishermen on the edge of Kisumu said water "
 "hyacinth had returned to the Winam Gulf after the floods, blocking boats from reaching open water. "
 "Flights to Mombasa were operating normally, Kenya Airways said, but several bus companies suspended "
 "night services until the roads were cleared.",
 [("KISUMU", -0.09, 34.77), ("Kenya", "KE"), ("Nyando", -0.17, 34.92), ("Nyando River", -0.15, 35.05),
  ("Kenya", "KE"), ("Kisumu", -0.09, 34.77), ("Kericho", -0.37, 35.28), ("Kano Plains", -0.20, 34.95),
  ("Lake Victoria", -1.00, 33.00), ("Uganda", "UG"), ("Kisumu", -0.09, 34.77), ("Winam Gulf", -0.25, 34.60),
  ("Mombasa", -4.04, 39.67)]),
# 16 Nigeria: Edo governorship election (Benin City, not Benin; Niger the country)
("ABUJA, Nigeria — Voters in Edo State will choose a new governor on Saturday in a race seen as a test "
 "of the ruling party's strength ahead of national elections. Campaigning in Benin City, the state "
 "capital, has been tense, and police said extra officers had been sent to Auchi and other towns in the "
 "north of the state after clashes between rival supporters. The electoral commission said ballot "
 "materials had been flown from its headquarters in Abuja and were being kept at the Central Bank branch "
 "in Benin City. Analysts in Lagos said turnout could be low because of fuel shortages and the high cost "
 "of transport: many people from Edo who work in Lagos or elsewhere are unlikely to travel home to vote. "
 "The state has long been a starting point for migrants heading north through Niger and Libya to Europe, "
 "an issue both leading candidates have promised to address.",
 [("ABUJA", 9.06, 7.49), ("Nigeria", "NG"), ("Edo State", 6.60, 5.90), ("Benin City", 6.34, 5.63),
  ("Auchi", 7.07, 6.27), ("Abuja", 9.06, 7.49), ("Benin City", 6.34, 5.63), ("Lagos", 6.52, 3.38),
  ("Edo", 6.60, 5.90), ("Lagos", 6.52, 3.38), ("Niger", "NE"), ("Libya", "LY"), ("Europe", 48.69, 9.14)]),
# 17 Philippines: typhoon (Sierra Madre of Luzon, not Mexico's)
("MANILA — Typhoon Kristine slammed into the eastern coast of Luzon on Friday, forcing more than 300,000 "
 "people from their homes in the Bicol region and cutting power across Camarines Sur, the Philippines' "
 "disaster agency said. Naga City was under waist-deep water, and rescuers used boats to reach families "
 "stranded on their roofs. The storm weakened as it crossed the Sierra Madre mountains but still brought "
 "heavy rain to Metro Manila, where classes were cancelled and residents of Marikina, which sits beside a "
 "flood-prone river, were told to prepare to leave. Dozens of flights at Ninoy Aquino International "
 "Airport were cancelled, and the coast guard suspended ferry trips. Forecasters said Kristine would "
 "reach the South China Sea by Saturday, heading toward Vietnam. In Tacloban, where Typhoon Haiyan killed "
 "thousands in 2013, residents were relieved the storm had stayed to the north.",
 [("MANILA", 14.60, 120.98), ("Luzon", 16.00, 121.00), ("Bicol", 13.40, 123.40), ("Camarines Sur", 13.60, 123.30),
  ("Philippines", "PH"), ("Naga City", 13.62, 123.19), ("Sierra Madre", 16.00, 121.60),
  ("Metro Manila", 14.60, 121.00), ("Marikina", 14.65, 121.10),
  ("Ninoy Aquino International Airport", 14.51, 121.02), ("South China Sea", 13.00, 114.00),
  ("Vietnam", "VN"), ("Tacloban", 11.24, 125.00)]),
# 18 New Zealand: dairy plant closure (Sheffield in Canterbury; Environment Canterbury: organisation)
("CHRISTCHURCH, New Zealand — A dairy co-operative will close its ageing milk-powder plant at Darfield, "
 "in the Canterbury foothills, and move production to a newer site further south, putting 120 jobs at "
 "risk, the company said on Tuesday. The Selwyn District's mayor said many of the workers lived in "
 "Darfield and Sheffield and would face a long commute. The co-operative has closed three other small "
 "plants since 2020 as milk supply has shifted. Water quality in the Selwyn River and in Te Waihora, also "
 "known as Lake Ellesmere, has long been a sore point for farms in the district. Environment Canterbury, "
 "the regional council, said the closure would not change nitrate limits. Dairy exports, mostly to "
 "China, leave through Lyttelton. In Wellington, the agriculture minister called the decision commercial "
 "and said the government would help workers find new jobs in the district.",
 [("CHRISTCHURCH", -43.53, 172.64), ("New Zealand", "NZ"), ("Darfield", -43.49, 172.11),
  ("Canterbury", -43.50, 171.50), ("Selwyn District", -43.55, 172.15), ("Darfield", -43.49, 172.11),
  ("Sheffield", -43.39, 172.02), ("Selwyn River", -43.60, 172.20), ("Te Waihora", -43.77, 172.30),
  ("Lake Ellesmere", -43.77, 172.30), ("China", "CN"), ("Lyttelton", -43.60, 172.72),
  ("Wellington", -41.29, 174.78)]),
# 19 England: London borough finances (Croydon Council: organisation; Westminster for the government;
#    a person named Shirley, also a Croydon district)
("Croydon Council has declared itself effectively bankrupt for the third time in four years, and "
 "ministers have sent in commissioners to run the south London borough's finances. Residents of Thornton "
 "Heath and Purley face a 15 per cent rise in council tax, well above the usual cap. Neighbouring Sutton "
 "and Bromley said they were in no similar trouble, but Woking, in Surrey, and Thurrock, in Essex, both "
 "collapsed under debts from property investments in recent years. Birmingham, whose council is the "
 "largest local authority in Europe, issued its own notice in 2023. In Croydon, campaigners plan to march "
 "from the railway station to the town hall on Saturday. \"We're paying more and getting less,\" said "
 "Shirley Walters, a pensioner from Addington. The government in Westminster said it was working closely "
 "with the borough. Croydon's troubles began with a failed housing company and a costly refurbishment of "
 "its concert hall.",
 [("London", 51.51, -0.13), ("Thornton Heath", 51.40, -0.10), ("Purley", 51.34, -0.11), ("Sutton", 51.36, -0.19),
  ("Bromley", 51.41, 0.02), ("Woking", 51.32, -0.56), ("Surrey", 51.25, -0.40), ("Thurrock", 51.49, 0.35),
  ("Essex", 51.77, 0.55), ("Birmingham", 52.48, -1.90), ("Europe", 48.69, 9.14), ("Croydon", 51.37, -0.10),
  ("Addington", 51.36, -0.03), ("Westminster", 51.50, -0.13), ("Croydon", 51.37, -0.10)]),
# 20 US Gulf Coast hurricane ("Ala.", "Fla.", "Ga."; Columbus, Ga.; Baldwin and Mobile counties)
("MOBILE, Ala. — Hurricane Dana made landfall near Gulf Shores early on Wednesday as a Category 2 storm, "
 "pushing a seven-foot surge into Mobile Bay and knocking out power to 400,000 homes in Alabama and the "
 "Florida Panhandle. The causeway to Dauphin Island was under water, and a loose barge struck a fishing "
 "pier. In Pensacola, Fla., 25 inches of rain fell in 24 hours, and downtown streets flooded; county "
 "officials imposed a curfew. The storm weakened over southern Alabama but was expected to bring flooding "
 "to Columbus, Ga., by Thursday. Oil refineries along the coast shut down as a precaution. The National "
 "Hurricane Center said the season, which runs until November 30, had been the busiest since 2020. Gov. "
 "Kay Ivey asked Washington for a federal disaster declaration for Baldwin and Mobile counties.",
 [("MOBILE", 30.69, -88.04), ("Ala.", 32.80, -86.80), ("Gulf Shores", 30.25, -87.70), ("Mobile Bay", 30.50, -88.00),
  ("Alabama", 32.80, -86.80), ("Florida Panhandle", 30.45, -86.00), ("Dauphin Island", 30.25, -88.11),
  ("Pensacola", 30.42, -87.22), ("Fla.", 28.50, -81.70), ("Alabama", 32.80, -86.80),
  ("Columbus", 32.46, -84.99), ("Ga.", 32.70, -83.40), ("Washington", *WASHINGTON_DC),
  ("Baldwin", 30.66, -87.75), ("Mobile", 30.78, -88.20)]),
# 21 Sport: clubs and national teams named after places are not toponyms (a player named Jordan)
("Leeds United moved back to the top of the Championship with a 2-0 win over Sunderland on Saturday, "
 "while Burnley were held 1-1 by Plymouth Argyle. The Leeds goals came from Jordan Ellis, whose header "
 "after 12 minutes was his fifth in four games, and a late penalty. Sunderland's travelling fans faced a "
 "long journey home after a landslip closed the railway line north of York, and many did not reach "
 "Wearside until after midnight. In Scotland, Celtic beat Aberdeen 3-1 to stay five points clear of "
 "Rangers, who drew with Kilmarnock. A rugby international in Cardiff next weekend, when Wales play "
 "Ireland, means that Cardiff City's derby against Swansea City has been moved to Sunday, and police "
 "expect 70,000 visitors to the Welsh capital. Brighton, meanwhile, confirmed that their pre-season tour "
 "will take them to Japan and South Korea, with friendlies in Tokyo and Seoul.",
 [("York", 53.96, -1.08), ("Wearside", 54.90, -1.40), ("Scotland", 56.80, -4.20), ("Cardiff", 51.48, -3.18),
  ("Japan", "JP"), ("South Korea", "KR"), ("Tokyo", 35.68, 139.69), ("Seoul", 37.57, 126.98)]),
# 22 US: Vermont flood recovery (Johnson the town; Washington County, Vt.; Londonderry, Vt.;
#    a person named Sheldon; University of Vermont: organisation)
("MONTPELIER, Vt. — Two years after the Winooski River swept through its downtown, Vermont's tiny "
 "capital has reopened nearly all of its shops, but several towns are still waiting for federal money to "
 "rebuild. In Barre, the granite city six miles to the southeast, the council voted this week to buy out "
 "40 flood-damaged homes along the Stevens Branch. Johnson, flooded again last summer, is drawing up "
 "plans to move its town offices to higher ground. \"Every time it rains hard, people here get "
 "nervous,\" said Sheldon Richards, who runs a hardware store on North Main Street. State officials said "
 "$120 million in aid had reached Washington County alone, and the governor visited Londonderry, in the "
 "south of the state, on Tuesday. Farms in the Mad River valley were also hit. Hydrologists at the "
 "University of Vermont, in Burlington, warn that storms are getting wetter across New England, and that "
 "towns built beside rivers in the 1800s will have to adapt.",
 [("MONTPELIER", 44.26, -72.58), ("Vt.", 44.00, -72.70), ("Winooski River", 44.33, -72.75),
  ("Vermont", 44.00, -72.70), ("Barre", 44.20, -72.50), ("Stevens Branch", 44.17, -72.50),
  ("Johnson", 44.64, -72.68), ("Washington County", 44.27, -72.59), ("Londonderry", 43.23, -72.80),
  ("Mad River", 44.15, -72.83), ("Burlington", 44.48, -73.21), ("New England", 44.00, -71.50)]),
# 23 US Southwest: Colorado River water (a person named Dakota)
("YUMA, Ariz. — Lettuce growers around Yuma, who supply most of the salad eaten in the U.S. in winter, "
 "say proposed cuts to Colorado River water would force them to leave thousands of acres idle. The seven "
 "states that share the river missed another deadline this month to agree on rules for the years after "
 "2026, and federal officials have threatened to impose their own. Lake Mead, the reservoir near Las "
 "Vegas, is about a third full. Farmers across the state line in California have been paid to leave land "
 "fallow, and cities across Arizona have cut their use. Mexico, which takes its share of the river at "
 "Morelos Dam near Los Algodones, has also agreed to smaller deliveries. \"Folks in Los Angeles need to "
 "know where their January salad comes from,\" said farmer Dakota Ruiz. Talks resume in Salt Lake City "
 "next month.",
 [("YUMA", 32.69, -114.63), ("Ariz.", 34.20, -111.70), ("Yuma", 32.69, -114.63), ("U.S.", "US"),
  ("Colorado River", 36.50, -111.80), ("Lake Mead", 36.15, -114.40), ("Las Vegas", 36.17, -115.14),
  ("California", 37.20, -119.50), ("Arizona", 34.20, -111.70), ("Mexico", "MX"), ("Morelos Dam", 32.70, -114.73),
  ("Los Algodones", 32.72, -114.73), ("Los Angeles", 34.05, -118.24), ("Salt Lake City", 40.76, -111.89)]),
# 24 US: Lima, Ohio plant closure and Lima, Peru (Ada the town)
("LIMA, Ohio — A glass factory that has employed generations of workers in this northwest Ohio city will "
 "close in September, its owner said on Thursday, cutting 380 jobs. The company will shift production to "
 "a plant in Monterrey, Mexico. Allen County commissioners said they had been blindsided. Workers from "
 "Ada, home to a small private university, and from surrounding villages make up much of the workforce. "
 "Lima's mayor said the city would look for a buyer for the site, pointing to the Army tank plant on the "
 "south side, which is expanding. The closure follows job cuts at a Findlay refinery and at an auto parts "
 "plant in the next county. Union officials said they would ask lawmakers in Columbus for help. Not "
 "everyone is gloomy: a snack maker based in the city, which sells its potato chips as far away as Lima, "
 "Peru, announced a new warehouse in nearby Bluffton.",
 [("LIMA", 40.74, -84.11), ("Ohio", 40.30, -82.80), ("Ohio", 40.30, -82.80), ("Monterrey", 25.67, -100.31),
  ("Mexico", "MX"), ("Allen County", 40.77, -84.11), ("Ada", 40.77, -83.82), ("Lima", 40.74, -84.11),
  ("Findlay", 41.04, -83.65), ("Columbus", 39.96, -83.00), ("Lima", -12.05, -77.04), ("Peru", "PE"),
  ("Bluffton", 40.90, -83.89)]),
# 25 England: port strike ("U.K."; a person named Jordan, then the country Jordan)
("FELIXSTOWE, England — Dockworkers at Britain's busiest container port began an eight-day strike on "
 "Monday, and shipping lines diverted vessels to Rotterdam, a move that could delay deliveries to shops "
 "across the U.K. before Christmas. Hauliers said lorries were queuing for miles on the A14. The port at "
 "London Gateway, on the Thames in Essex, was expected to take some of the traffic, though it was already "
 "busy. Union organiser Jordan Whitlock said workers had been offered a 5 per cent rise while the port's "
 "owner, based in Hong Kong, made record profits. Retailers said they had moved orders to other ports. "
 "The strike is the latest in a string of stoppages at European ports; dockers in Hamburg walked out last "
 "month. In Jordan, meanwhile, the port of Aqaba reported a rise in traffic as ships continued to avoid "
 "the Suez Canal.",
 [("FELIXSTOWE", 51.96, 1.35), ("England", *ENGLAND), ("Britain", "GB"), ("Rotterdam", 51.92, 4.48),
  ("U.K.", "GB"), ("London Gateway", 51.50, 0.47), ("Thames", 51.50, -0.90), ("Essex", 51.77, 0.55),
  ("Hong Kong", 22.32, 114.17), ("Hamburg", 53.55, 9.99), ("Jordan", "JO"), ("Aqaba", 29.53, 35.01),
  ("Suez Canal", 30.50, 32.35)]),
# 26 Atlantic Canada storm (Sydney, N.S.; "P.E.I.", "N.B."; Nova Scotia Power: organisation)
("HALIFAX, Nova Scotia — Post-tropical storm Ernesto tore across Atlantic Canada overnight, knocking out "
 "power to more than 300,000 customers and washing away roads on Cape Breton. In Sydney, N.S., a seawall "
 "was breached and the harbour front flooded. Ferries from North Sydney to Newfoundland were cancelled for "
 "a second day. On P.E.I., winds of 150 km/h toppled trees in Charlottetown and damaged fishing wharves "
 "along the north shore. In Moncton, N.B., schools were closed. The storm was expected to move over the "
 "Gulf of St. Lawrence and weaken. Utility crews worked through the night, and officials urged people to "
 "stay off the roads and to check on elderly neighbours. Some petrol stations ran out of fuel as "
 "generators were refilled. The prime minister's office in Ottawa said federal help was available. Nova "
 "Scotia Power said some repairs could take days.",
 [("HALIFAX", 44.65, -63.58), ("Nova Scotia", *NOVA_SCOTIA), ("Atlantic Canada", 46.50, -62.00),
  ("Cape Breton", 46.20, -60.80), ("Sydney", 46.14, -60.19), ("N.S.", *NOVA_SCOTIA),
  ("North Sydney", 46.21, -60.25), ("Newfoundland", 48.60, -56.00), ("P.E.I.", 46.40, -63.20),
  ("Charlottetown", 46.24, -63.13), ("Moncton", 46.09, -64.78), ("N.B.", 46.50, -66.20),
  ("Gulf of St. Lawrence", 48.50, -62.50), ("Ottawa", 45.42, -75.70)]),
# 27 Western Australia: nickel mine closure (Perth, Western Australia; a person named Kimberley)
("KALGOORLIE, Australia — A mining company will close its nickel operations at Kambalda, south of "
 "Kalgoorlie, and mothball its refinery at Kwinana, near Perth, by October, blaming a flood of cheap "
 "nickel from Indonesia. About 1,500 workers in the Goldfields will lose their jobs. Western Australia's "
 "premier flew in on Tuesday and promised help for workers, many of whom fly in from the coast and even "
 "from Brisbane. In Kambalda, a town of 4,000 built around the mine in the 1960s, shopkeepers fear the "
 "worst. \"When the mine goes, so does the school,\" said publican Kimberley Dawson. Gold miners in the "
 "region, including the giant open-cut mine in Kalgoorlie-Boulder, say they will try to take on some of "
 "the workers. The federal resources minister said nickel had been listed as a critical mineral but that "
 "demand for batteries in China had not been enough to lift prices.",
 [("KALGOORLIE", -30.75, 121.47), ("Australia", "AU"), ("Kambalda", -31.20, 121.66),
  ("Kalgoorlie", -30.75, 121.47), ("Kwinana", -32.24, 115.77), ("Perth", -31.95, 115.86), ("Indonesia", "ID"),
  ("Goldfields", -30.50, 121.50), ("Western Australia", -25.50, 122.00), ("Brisbane", -27.47, 153.03),
  ("Kambalda", -31.20, 121.66), ("Kalgoorlie-Boulder", -30.75, 121.47), ("China", "CN")]),
# 28 India: Bengaluru water shortage (the Cauvery as a modifier; a person named Sharon)
("BENGALURU, India — Tanker prices have doubled in parts of Bengaluru as borewells run dry, and residents "
 "of Whitefield and Bellandur say they are rationing water for cooking and washing. The city's water board "
 "said supplies from the Cauvery River, pumped uphill over nearly 100 kilometres, were steady, but that "
 "newer suburbs on the eastern edge were not yet connected. Karnataka's chief minister urged technology "
 "companies to let staff work from home, and several schools switched to online classes. Researchers at "
 "the Indian Institute of Science said the city had lost most of its lakes to construction; Bellandur "
 "Lake, the largest, became famous for catching fire. Farmers in Tamil Nadu, downstream, fear Karnataka "
 "will release less Cauvery water to them this summer, reviving a dispute that has simmered since British "
 "rule. \"We came here from Kolkata for the jobs, not to queue for water,\" said software engineer Sharon "
 "Das.",
 [("BENGALURU", 12.97, 77.59), ("India", "IN"), ("Bengaluru", 12.97, 77.59), ("Whitefield", 12.97, 77.75),
  ("Bellandur", 12.93, 77.68), ("Cauvery River", 12.00, 77.60), ("Karnataka", 15.00, 76.00),
  ("Bellandur Lake", 12.93, 77.66), ("Tamil Nadu", 11.00, 78.40), ("Karnataka", 15.00, 76.00),
  ("Cauvery", 12.00, 77.60), ("Kolkata", 22.57, 88.36)]),
# 29 US: Michigan court (Wyoming, Mich.; Holland, Mich.; Ottawa County; a family named Jackson)
("GRAND RAPIDS, Mich. — A Kent County jury on Thursday convicted a Wyoming man of running a "
 "catalytic-converter theft ring that stripped more than 600 vehicles in parking lots across the region, "
 "prosecutors said. The man, 41, of Wyoming, a city of 76,000 just south of Grand Rapids, was arrested "
 "last year after local police traced stolen parts to a scrapyard in Gary, Ind. Investigators said the "
 "converters were shipped to a buyer out of state, who sold the precious metals inside them. Detectives "
 "from Ottawa County also testified. \"This was an industrial operation,\" the prosecutor told jurors. "
 "Sentencing is set for May. Two co-defendants, a brother and sister from Battle Creek named Jackson, "
 "will be tried in Kalamazoo in the summer. Thefts of catalytic converters have fallen across Michigan "
 "since a 2022 law required scrap dealers to record sellers' identification. Police in Holland, where "
 "dozens of cars were hit, said the verdict was a relief.",
 [("GRAND RAPIDS", 42.96, -85.67), ("Mich.", 44.30, -85.40), ("Kent County", 43.03, -85.55),
  ("Wyoming", 42.91, -85.71), ("Wyoming", 42.91, -85.71), ("Grand Rapids", 42.96, -85.67),
  ("Gary", 41.59, -87.35), ("Ind.", 39.90, -86.30), ("Ottawa County", 42.95, -86.00),
  ("Battle Creek", 42.32, -85.18), ("Kalamazoo", 42.29, -85.59), ("Michigan", 44.30, -85.40),
  ("Holland", 42.79, -86.11)]),
# 30 Caribbean hurricane (Kingston, Jamaica vs Kingston, Ontario; a person named Chelsea)
("KINGSTON, Jamaica — Hurricane Nadine tore the roofs off homes across southern Jamaica on Wednesday, "
 "with the worst damage in St. Elizabeth parish, the island's breadbasket, and in the fishing town of "
 "Black River. Power was cut to most of Kingston, and the international airport was closed. The storm had "
 "earlier flattened buildings on Carriacou, part of Grenada, where the prime minister said nine in ten "
 "homes on the island had been damaged. Forecasters said Nadine would pass south of the Cayman Islands on "
 "Thursday before heading for Mexico's Yucatan Peninsula, where tourists were leaving beach resorts. In "
 "Kingston, Ontario, the city's Jamaican community has organised a collection of supplies at a church on "
 "Princess Street. \"My mother is in Mandeville and I still can't reach her,\" said nurse Chelsea Brown.",
 [("KINGSTON", 17.99, -76.79), ("Jamaica", "JM"), ("Jamaica", "JM"), ("St. Elizabeth", 18.05, -77.75),
  ("Black River", 18.03, -77.85), ("Kingston", 17.99, -76.79), ("Carriacou", 12.48, -61.45), ("Grenada", "GD"),
  ("Cayman Islands", 19.31, -81.25), ("Mexico", "MX"), ("Yucatan Peninsula", 19.50, -89.00),
  ("Kingston", 44.23, -76.49), ("Ontario", *ONTARIO), ("Mandeville", 18.04, -77.51)]),
]

if __name__ == "__main__":
    rows = build(P, prefix="en-local-a", lang="en")
    write(rows, "tests/data/local_news_a.jsonl")
    print(len(rows), sum(len(r["toponyms"]) for r in rows))
