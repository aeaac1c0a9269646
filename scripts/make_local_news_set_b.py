#!/usr/bin/env python3
"""Builds tests/data/local_news_b.jsonl: a second blind set of English local and regional news articles
(TR-News / LGL-like), written by a helper who never saw the engine, with no article or story of set A.
Same conventions as make_local_news_set_a.py: toponyms in order of appearance, every mention including
repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth element OPT marks a street,
road or building as optional (the row's "optional" is then true). Teams, clubs, organisations, people
and demonyms named like places are not toponyms."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

OPT = "optional"

ENGLAND = 52.50, -1.50
WALES = 52.35, -3.75
SCOTLAND = 56.80, -4.20
TEXAS = 31.00, -99.00
TENNESSEE = 35.86, -86.35
GEORGIA_US = 32.70, -83.40
INDIANA = 39.90, -86.30
OHIO = 40.30, -82.80
VIRGINIA = 37.50, -78.80
KENTUCKY = 37.50, -85.30
OKLAHOMA = 35.50, -97.50
KANSAS = 38.50, -98.40
MISSOURI = 38.40, -92.50
MARYLAND = 39.00, -76.70
MINNESOTA = 46.30, -94.30
WISCONSIN = 44.60, -89.90
NEW_YORK_STATE = 43.00, -75.50
WASHINGTON_STATE = 47.40, -120.50
WASHINGTON_DC = 38.90, -77.04
OREGON = 44.00, -120.50
MASSACHUSETTS = 42.30, -71.80
ONTARIO = 50.00, -85.00
MANITOBA = 54.50, -97.50
SASKATCHEWAN = 54.00, -106.00
BRITISH_COLUMBIA = 53.70, -127.60
VICTORIA_AU = -36.90, 144.30
QUEENSLAND = -22.50, 144.50
SOUTH_AUSTRALIA = -30.00, 135.80
NEW_SOUTH_WALES = -32.00, 147.00
EUROPE = 48.69, 9.14

P = [
# 01 US: Lake Superior gale ("Minn.", "Wis."; St. Louis County, Minn.; Washington = federal money;
#    a person named Marquette; a road and a bridge optional)
("DULUTH, Minn. — A November gale on Lake Superior drove waves over the seawall in Canal Park on "
 "Monday, flooding the lakewalk and closing London Road for most of the afternoon, city officials "
 "said. Gusts reached 60 mph at the Duluth harbor entrance, and the Aerial Lift Bridge was locked in "
 "the raised position to keep cars off it. North of the city, the scenic highway along the North Shore "
 "was shut north of Two Harbors after waves threw rocks and driftwood across the pavement. Across the "
 "bay in Superior, Wis., crews cleared fallen trees near the shipyards. The National Weather Service "
 "said waves of 22 feet were recorded off Grand Marais, close to the record. About 8,000 homes and "
 "businesses in St. Louis County lost power. The lakewalk was rebuilt after a storm in 2018 with $17 "
 "million, much of it from Washington, and city engineers said the new stone revetment had largely "
 "held. \"The lake always wins in the end,\" said harbor pilot Marquette Olson. Residents were asked to "
 "stay away from the shore until the wind eases on Tuesday.",
 [("DULUTH", 46.79, -92.10), ("Minn.", *MINNESOTA), ("Lake Superior", 47.70, -87.50),
  ("Canal Park", 46.785, -92.092), ("London Road", 46.81, -92.07, OPT), ("Duluth", 46.78, -92.10),
  ("Aerial Lift Bridge", 46.779, -92.093, OPT), ("North Shore", 47.40, -91.20),
  ("Two Harbors", 47.02, -91.67), ("Superior", 46.72, -92.10), ("Wis.", *WISCONSIN),
  ("Grand Marais", 47.75, -90.33), ("St. Louis County", 47.59, -92.46), ("Washington", *WASHINGTON_DC)]),
# 02 US: high-school football ("Tenn."; a player named Dallas, then Dallas the city; teams named
#    Oakland, Riverdale, Ravenwood and Maryville are schools, not places; a street optional)
("MURFREESBORO, Tenn. — Dallas Whitfield ran for three touchdowns and threw for another as Oakland "
 "beat Riverdale 35-14 on Friday night to reach the Class 6A quarterfinals for the third straight "
 "year. Whitfield, a senior who grew up in Smyrna, finished with 212 yards on the ground. Riverdale, "
 "which had won eight games in a row, cut the lead to 21-14 early in the fourth quarter before "
 "Whitfield broke loose for a 68-yard run. The Patriots will travel to Brentwood, south of Nashville, "
 "next Friday to face Ravenwood, and the winner is likely to meet Maryville, from just outside "
 "Knoxville, in the semifinals. About 6,000 fans packed the stadium on a cold, damp night, and "
 "Rutherford County deputies directed traffic on Thompson Lane until after midnight. Marching bands "
 "from Shelbyville and Lewisburg played at halftime. Whitfield has scholarship offers from colleges in "
 "four states, and a coach from SMU, in Dallas, Texas, watched from the press box. \"People joke that I "
 "have to go there because of my name,\" he said. \"I just want to bring a state title home to "
 "Murfreesboro first.\"",
 [("MURFREESBORO", 35.85, -86.39), ("Tenn.", *TENNESSEE), ("Smyrna", 35.98, -86.52),
  ("Brentwood", 36.03, -86.78), ("Nashville", 36.16, -86.78), ("Knoxville", 35.96, -83.92),
  ("Rutherford County", 35.84, -86.42), ("Thompson Lane", 35.855, -86.40, OPT),
  ("Shelbyville", 35.48, -86.46), ("Lewisburg", 35.45, -86.79), ("Dallas", 32.78, -96.80), ("Texas", *TEXAS),
  ("Murfreesboro", 35.85, -86.39)]),
# 03 US: Athens, Ga. council vote (Athens, Greece; Athens-Clarke County as a place; streets and a
#    stadium optional; the state's university unnamed)
("ATHENS, Ga. — Commissioners in Athens-Clarke County voted 7-3 on Tuesday to close two blocks of "
 "College Avenue to cars on weekend nights, a move that downtown bar owners say will cost them "
 "customers. Police asked for the change after a series of fights near the corner of Clayton Street. "
 "The city of about 128,000 people has struggled with crowds on football weekends, when more than "
 "90,000 fans pack Sanford Stadium. Residents of Winterville, a small town on the eastern edge of the "
 "county, and of Bogart, just over the line to the west, complained that they would have nowhere to "
 "park when they come in for concerts. Neighbouring Oconee County, which includes the fast-growing "
 "town of Watkinsville, said it would add shuttle buses. A commissioner noted that Athens, unlike its "
 "namesake in Greece, was laid out in 1806 around a college campus, and was never meant for this much "
 "traffic. Similar rules in Savannah had cut late-night violence, the police chief said. The plan will "
 "be reviewed after a year.",
 [("ATHENS", 33.96, -83.38), ("Ga.", *GEORGIA_US), ("Athens-Clarke County", 33.95, -83.37),
  ("College Avenue", 33.958, -83.375, OPT), ("Clayton Street", 33.958, -83.376, OPT),
  ("Sanford Stadium", 33.950, -83.373, OPT), ("Winterville", 33.97, -83.28), ("Bogart", 33.95, -83.53),
  ("Oconee County", 33.83, -83.44), ("Watkinsville", 33.86, -83.41), ("Athens", 33.96, -83.38),
  ("Greece", "GR"), ("Savannah", 32.08, -81.09)]),
# 04 US: Richmond, Ind. warehouse fire (Richmond, Va. and Richmond, Ky.; Boston, Ind.; "Three Richmonds"
#    is a plural, not a place)
("RICHMOND, Ind. — A fire at a plastics warehouse on the east side of this city near the Ohio line "
 "burned through the night and sent a plume of black smoke drifting over farmland to the south, "
 "officials said on Thursday. Residents of Boston, a town of about 130 people six miles away, were "
 "told to keep their windows shut, and schools across Wayne County were closed for the day. "
 "Firefighters from Centerville and from across the state line helped Richmond crews keep the flames "
 "from spreading to a propane depot. State environmental officials from Indianapolis were testing the "
 "air and the Whitewater River for contamination. The warehouse is owned by a company based in "
 "Richmond, Va., which stores recycled plastic at sites in six states, including one in Richmond, Ky. "
 "\"Three Richmonds and one bad week,\" said the company's spokeswoman. The owner had been cited twice "
 "for fire-code violations, the city's mayor said. No injuries were reported, but 200 homes within "
 "half a mile were evacuated as a precaution.",
 [("RICHMOND", 39.83, -84.89), ("Ind.", *INDIANA), ("Ohio", *OHIO), ("Boston", 39.74, -84.85),
  ("Wayne County", 39.86, -85.01), ("Centerville", 39.82, -84.99), ("Richmond", 39.83, -84.89),
  ("Indianapolis", 39.77, -86.16), ("Whitewater River", 39.70, -84.90), ("Richmond", 37.54, -77.44),
  ("Va.", *VIRGINIA), ("Richmond", 37.75, -84.29), ("Ky.", *KENTUCKY)]),
# 05 US: Oklahoma grass fire ("Okla."; Buffalo, Okla.; Canadian, Texas, and the
#    North Canadian River; a rancher named Cheyenne; Washington = the federal government)
("WOODWARD, Okla. — A grass fire driven by 60 mph winds burned more than 40,000 acres of ranch land in "
 "northwest Oklahoma on Sunday, destroying a dozen homes near Mooreland and forcing dozens of families "
 "to leave, state forestry officials said. The fire started near the Texas line and raced northeast "
 "across Harper County and into Woodward County before crews stopped it at the North Canadian River. "
 "Firefighters came from as far away as Enid. In Buffalo, the Harper County seat, volunteers served "
 "meals to evacuees at the fairgrounds. Rancher Cheyenne Boyd said she had lost 200 cattle and most of "
 "her winter hay. \"We got the horses out and that's about it,\" she said. A second fire burned 15,000 "
 "acres in the Texas Panhandle near the town of Canadian. State officials said they would ask "
 "Washington for emergency hay shipments and low-interest loans. Red-flag warnings remained in place "
 "for Monday.",
 [("WOODWARD", 36.43, -99.39), ("Okla.", *OKLAHOMA), ("Oklahoma", *OKLAHOMA), ("Mooreland", 36.44, -99.20),
  ("Texas", *TEXAS), ("Harper County", 36.79, -99.67), ("Woodward County", 36.42, -99.27),
  ("North Canadian River", 36.30, -99.00), ("Enid", 36.40, -97.88), ("Buffalo", 36.84, -99.63),
  ("Harper County", 36.79, -99.67), ("Texas Panhandle", 35.40, -101.50), ("Canadian", 35.91, -100.38),
  ("Washington", *WASHINGTON_DC)]),
# 06 US: Chesapeake Bay crabs (Cambridge, Md.; Ocean City, Md.; "from Virginia" the state)
("CAMBRIDGE, Md. — Watermen on the Eastern Shore say this year's blue crab harvest is the worst they "
 "can remember, and some are putting their boats up for sale. A winter survey found the fewest young "
 "crabs in Chesapeake Bay since counts began in 1990, and state officials in Annapolis have cut the "
 "catch limit for female crabs for the rest of the season. At the docks on the Choptank River here, "
 "crab pots sat stacked and unused. Picking houses on Hoopers Island, in southern Dorchester County, "
 "have laid off seasonal workers, many of whom come from Mexico on temporary visas. \"My granddaddy "
 "crabbed these waters and so did his,\" said Wade Tolley, 61, of Tilghman Island. Scientists blame "
 "warmer water, low oxygen and blue catfish, an invasive species that has spread up the rivers from "
 "Virginia. Restaurants in Baltimore and Ocean City are buying more crab from other states, and some "
 "picked meat now comes from abroad. Crisfield, which once called itself the seafood capital of the "
 "world, has been hit hardest.",
 [("CAMBRIDGE", 38.56, -76.08), ("Md.", *MARYLAND), ("Eastern Shore", 38.60, -75.90),
  ("Chesapeake Bay", 38.00, -76.20), ("Annapolis", 38.98, -76.49), ("Choptank River", 38.70, -76.00),
  ("Hoopers Island", 38.26, -76.23), ("Dorchester County", 38.43, -76.05), ("Mexico", "MX"),
  ("Tilghman Island", 38.71, -76.34), ("Virginia", *VIRGINIA), ("Baltimore", 39.29, -76.61),
  ("Ocean City", 38.34, -75.08), ("Crisfield", 37.98, -75.85)]),
# 07 US: obituary ("Mo.", "Okla.", "Kan."; Paris, Texas; Miami, Okla.; Carthage, Mo.;
#    Pittsburg, Kan.; a son named Dallas; a street optional)
("JOPLIN, Mo. — Margaret \"Peggy\" Albright, who taught English to three generations of students at the "
 "high school here, died on Sunday at a care home in Carthage. She was 93. Born in Paris, Texas, in "
 "1931, she moved with her family to Miami, Okla., when her father found work in the lead mines "
 "nearby. She trained as a teacher in Pittsburg, Kan., and came to Joplin in 1962. Former students "
 "remember her red pen and her love of Willa Cather. When the 2011 tornado destroyed the school, she "
 "was long retired, but she spent weeks sorting donated books at a church on Main Street. She was "
 "preceded in death by her husband, Harold, a railroad engineer. Survivors include a son, Dallas, of "
 "Neosho; a daughter, Ann, of Tulsa, Okla.; and six grandchildren. A service will be held at 11 a.m. "
 "Saturday at First Presbyterian Church.",
 [("JOPLIN", 37.08, -94.51), ("Mo.", *MISSOURI), ("Carthage", 37.18, -94.31), ("Paris", 33.66, -95.56),
  ("Texas", *TEXAS), ("Miami", 36.87, -94.88), ("Okla.", *OKLAHOMA), ("Pittsburg", 37.41, -94.70),
  ("Kan.", *KANSAS), ("Joplin", 37.08, -94.51), ("Main Street", 37.08, -94.51, OPT),
  ("Neosho", 36.87, -94.37), ("Tulsa", 36.15, -95.99), ("Okla.", *OKLAHOMA)]),
# 08 US: burglaries in upstate New York (Rome, Troy, Utica, Syracuse; a police chief named Troy)
("ROME, N.Y. — Police in this Mohawk Valley city have charged a 34-year-old Utica man with a string of "
 "break-ins at churches and volunteer fire stations across Oneida County, Chief Troy Kessler said on "
 "Wednesday. Detectives say the man took copper pipe, generators and a safe from buildings in Rome, "
 "Oneida and Sherrill between August and October. Some of the goods were sold to a scrap dealer in "
 "Syracuse, 45 miles to the west. He was arrested at a motel in Troy, outside Albany, after state "
 "police tracked his phone. Kessler said the break-ins had frightened people in hamlets such as "
 "Westernville, north of the city, where the fire hall was hit twice. The suspect, who has earlier "
 "convictions in Herkimer County, was being held at the county jail in Oriskany on $50,000 bail. \"Some "
 "of these departments run on bake sales,\" the chief said. \"Stealing from them is stealing from your "
 "neighbours.\"",
 [("ROME", 43.21, -75.46), ("N.Y.", *NEW_YORK_STATE), ("Mohawk Valley", 42.95, -74.75),
  ("Utica", 43.10, -75.23), ("Oneida County", 43.24, -75.43), ("Rome", 43.21, -75.46),
  ("Oneida", 43.09, -75.65), ("Sherrill", 43.07, -75.60), ("Syracuse", 43.05, -76.15),
  ("Troy", 42.73, -73.69), ("Albany", 42.65, -73.75), ("Westernville", 43.31, -75.38),
  ("Herkimer County", 43.42, -74.96), ("Oriskany", 43.16, -75.33)]),
# 09 US: Vancouver, Wash. bridge tolls (Vancouver, B.C.; Washington the state and Washington the federal
#    government; a bridge optional)
("VANCOUVER, Wash. — The Clark County council voted on Tuesday to back tolls on a new bridge over the "
 "Columbia River, ending months of argument over how to pay for replacing the century-old Interstate "
 "Bridge that links this city with Portland, Ore. Tolls of up to $3.15 each way would help cover the "
 "$7.5 billion project, which has also won $2.1 billion from Washington. Commuters from Camas and "
 "Battle Ground, many of whom work across the river, said the charge would hit them hardest. Lawmakers "
 "in both state capitals have already approved their states' shares. Officials said work on Hayden "
 "Island, where the bridge touches down, could begin next year. People here are used to being confused "
 "with Vancouver, British Columbia, 300 miles to the north, and the mayor joked that at least the "
 "Canadian city did not need a new bridge. Construction is expected to take eight years. Trucking "
 "firms in Washington state said the tolls were a fair price for an end to the daily jams.",
 [("VANCOUVER", 45.64, -122.66), ("Wash.", *WASHINGTON_STATE), ("Clark County", 45.77, -122.48),
  ("Columbia River", 46.25, -119.30), ("Interstate Bridge", 45.62, -122.67, OPT),
  ("Portland", 45.52, -122.68), ("Ore.", *OREGON), ("Washington", *WASHINGTON_DC), ("Camas", 45.59, -122.40),
  ("Battle Ground", 45.78, -122.53), ("Hayden Island", 45.61, -122.68), ("Vancouver", 49.28, -123.12),
  ("British Columbia", *BRITISH_COLUMBIA), ("Washington", *WASHINGTON_STATE)]),
# 10 Philippines: banana disease in Davao (Panama disease and the Cavendish banana are not places;
#    Taiwan by its code)
("DAVAO CITY, Philippines — Banana growers in Davao del Norte say a soil fungus known as Panama "
 "disease is spreading through plantations around Tagum and Panabo, and some smallholders have begun "
 "pulling out their trees to plant cacao instead. The fungus attacks the Cavendish variety that makes "
 "up almost all of the country's exports, and it can survive in the ground for decades. Shipments to "
 "Japan and China fell by 12 per cent last year, the growers' association said. Agriculture officials "
 "in Davao City said 500,000 plantlets of a resistant variety developed in Taiwan would be handed out "
 "before the rainy season, starting with farms on Samal Island, across the Davao Gulf. Growers on the "
 "lower slopes of Mount Apo said the disease had not yet reached them. Trucks carrying fruit to the "
 "port at Panabo are now sprayed with disinfectant at checkpoints on the highway. Officials in Manila "
 "said 300 million pesos had been set aside for affected farmers.",
 [("DAVAO CITY", 7.07, 125.61), ("Philippines", "PH"), ("Davao del Norte", 7.45, 125.70),
  ("Tagum", 7.45, 125.81), ("Panabo", 7.31, 125.68), ("Japan", "JP"), ("China", "CN"),
  ("Davao City", 7.07, 125.61), ("Taiwan", "TW"), ("Samal Island", 7.08, 125.72),
  ("Davao Gulf", 6.80, 125.70), ("Mount Apo", 6.99, 125.27), ("Panabo", 7.31, 125.68),
  ("Manila", 14.60, 120.98)]),
# 11 Canada: Cambridge, Ont. bridge (Galt, Preston and Hespeler are parts of the city; Paris, Ont.;
#    Cambridge, England; the Grand River Conservation Authority is an organisation; a street optional)
("CAMBRIDGE, Ont. — City council has voted to restore the stone bridge that carries Main Street over "
 "the Grand River in Galt rather than replace it, after a campaign by residents who said its arches "
 "were part of the city's character. The bridge, closed to cars since it was damaged by ice in 2018, "
 "will reopen to pedestrians and cyclists by 2027. Cambridge was formed in 1973 from the towns of "
 "Galt, Preston and Hespeler, and many residents still use the old names. The Grand River Conservation "
 "Authority said the design would have to withstand a flood like the one that swamped downtown Galt in "
 "1974. Paddlers who travel the river between Kitchener and Paris, Ont., welcomed the decision. The "
 "province will cover about a third of the $18-million cost, with the rest shared by the city and the "
 "region. A councillor noted that the other Cambridge, in England, has spent years arguing over its "
 "own footbridges on the River Cam.",
 [("CAMBRIDGE", 43.36, -80.31), ("Ont.", *ONTARIO), ("Main Street", 43.36, -80.31, OPT),
  ("Grand River", 43.40, -80.35), ("Galt", 43.36, -80.31), ("Cambridge", 43.36, -80.31),
  ("Galt", 43.36, -80.31), ("Preston", 43.40, -80.35), ("Hespeler", 43.43, -80.31), ("Galt", 43.36, -80.31),
  ("Kitchener", 43.45, -80.49), ("Paris", 43.19, -80.38), ("Ont.", *ONTARIO), ("Cambridge", 52.21, 0.12),
  ("England", *ENGLAND), ("River Cam", 52.25, 0.15)]),
# 12 Canada: Manitoba blizzard ("Man."; a trucker named Regina after Regina the city; Souris the town and
#    the Souris River)
("BRANDON, Man. — A spring blizzard closed the main highway west from Portage la Prairie to the "
 "Saskatchewan boundary on Thursday, stranding hundreds of truckers in Brandon and in smaller towns "
 "along the route, RCMP said. Drifts more than a metre high blocked roads around Virden and Souris, "
 "and school buses across the Westman region stayed in their yards. In Carberry, the hockey arena was "
 "opened as a warming centre. Beyond the boundary, the highway was also shut as far as Regina, and "
 "Moosomin reported 40 centimetres of snow. \"I was headed for Calgary with a load of seed potatoes and "
 "got as far as the coffee shop,\" said trucker Regina Okafor, who spent the night in her cab. About "
 "4,000 customers lost power. Farmers said the moisture would help after last year's drought, but "
 "warned that the Assiniboine River and the Souris River could flood when the snow melts in April. "
 "Forecasters expect temperatures above freezing by Monday.",
 [("BRANDON", 49.85, -99.95), ("Man.", *MANITOBA), ("Portage la Prairie", 49.97, -98.29),
  ("Saskatchewan", *SASKATCHEWAN), ("Brandon", 49.85, -99.95), ("Virden", 49.85, -100.93),
  ("Souris", 49.62, -100.26), ("Westman", 49.85, -100.20), ("Carberry", 49.87, -99.36),
  ("Regina", 50.45, -104.61), ("Moosomin", 50.14, -101.67), ("Calgary", 51.05, -114.07),
  ("Assiniboine River", 50.10, -100.50), ("Souris River", 48.80, -101.30)]),
# 13 Canada: school exchange (Victoria, B.C. and Victoria, Australia; a teacher named Sydney, then
#    Sydney the city; Mount Washington on Vancouver Island)
("VICTORIA, B.C. — Twenty-four students from Geelong, in the Australian state of Victoria, arrived on "
 "Vancouver Island this week for a five-week exchange with high schools in Oak Bay, school district "
 "officials said. The visitors, aged 15 and 16, are swapping a Melbourne summer for a Pacific "
 "Northwest winter, and hope to ski at Mount Washington, three hours up the island. \"A few of them "
 "wondered why they needed a passport to go to Victoria,\" joked their teacher, Sydney Marchand. The "
 "exchange began in 1998, when a teacher from Esquimalt spent a year in Geelong. In July, 30 students "
 "from the Victoria area will fly south, stopping in Sydney on the way. The visitors will also tour "
 "the legislature and spend a weekend on Salt Spring Island.",
 [("VICTORIA", 48.43, -123.37), ("B.C.", *BRITISH_COLUMBIA), ("Geelong", -38.15, 144.36),
  ("Victoria", *VICTORIA_AU), ("Vancouver Island", 49.60, -125.60), ("Oak Bay", 48.43, -123.32),
  ("Melbourne", -37.81, 144.96), ("Pacific Northwest", 46.50, -121.50), ("Mount Washington", 49.74, -125.30),
  ("Victoria", 48.43, -123.37), ("Esquimalt", 48.43, -123.41), ("Geelong", -38.15, 144.36),
  ("Victoria", 48.43, -123.37), ("Sydney", -33.87, 151.21), ("Salt Spring Island", 48.82, -123.50)]),
# 14 England: football (clubs Burnley, Luton, Manchester United, Brighton, Blackburn Rovers and Sheffield
#    Wednesday are not places; a player named Preston; stadiums and a site optional)
("BURNLEY, England — Burnley beat Luton 2-0 at Turf Moor on Saturday to move back into the "
 "Championship play-off places, with both goals scored by Kian Preston, a 19-year-old academy graduate "
 "from nearby Padiham. Preston, making only his fourth league start, headed in the first after 11 "
 "minutes and added a second from the penalty spot just before half-time. Luton's travelling "
 "supporters had a miserable day: a lorry fire closed the M6 near Stoke-on-Trent, and several coaches "
 "from Bedfordshire did not arrive until the second half. Scouts from Manchester United and Brighton "
 "were in the stand, the club said. The win lifts Burnley above Blackburn Rovers before next month's "
 "East Lancashire derby at Ewood Park. Away from the pitch, the club's community trust opened a new "
 "sports hall in Nelson and said it would start football sessions for girls in Colne and Barnoldswick. "
 "Back in Luton, councillors approved the final plans for the club's new 25,000-seat stadium at Power "
 "Court, near the town centre. Burnley's next match is at home to Sheffield Wednesday on Tuesday "
 "night.",
 [("BURNLEY", 53.79, -2.24), ("England", *ENGLAND), ("Turf Moor", 53.789, -2.230, OPT),
  ("Padiham", 53.80, -2.32), ("Stoke-on-Trent", 53.00, -2.18), ("Bedfordshire", 52.06, -0.45),
  ("East Lancashire", 53.78, -2.30), ("Ewood Park", 53.729, -2.489, OPT), ("Nelson", 53.83, -2.22),
  ("Colne", 53.86, -2.17), ("Barnoldswick", 53.92, -2.19), ("Luton", 51.88, -0.42),
  ("Power Court", 51.882, -0.411, OPT)]),
# 15 England: Lake District landslip (Windermere the town, then the lake; the national
#    park authority unnamed; a street optional)
("KESWICK, England — A landslip has closed the main road between Keswick and Grasmere, cutting the "
 "Lake District in two at the start of the Easter holidays, Cumbria's highways officials said on "
 "Monday. Hundreds of tonnes of rock and mud slid onto the carriageway beside Thirlmere after two days "
 "of heavy rain on the fells. Drivers heading south to Ambleside and Windermere face a detour of more "
 "than 40 miles by way of Penrith. Hoteliers said guests had already begun to cancel. \"People expect "
 "to pop over to Grasmere for lunch,\" said Emma Hartley, who runs a guest house on Lake Road. A "
 "shuttle bus will link the two ends of the closure, and the national park authority said footpaths in "
 "Borrowdale had also been damaged. Boat trips on Derwentwater and on Windermere itself will run as "
 "normal. Engineers hope to reopen one lane before the end of May.",
 [("KESWICK", 54.60, -3.13), ("England", *ENGLAND), ("Keswick", 54.60, -3.13), ("Grasmere", 54.46, -3.02),
  ("Lake District", 54.50, -3.10), ("Cumbria", 54.60, -2.90), ("Thirlmere", 54.54, -3.06),
  ("Ambleside", 54.43, -2.96), ("Windermere", 54.38, -2.91), ("Penrith", 54.66, -2.75),
  ("Grasmere", 54.46, -3.02), ("Lake Road", 54.599, -3.137, OPT), ("Borrowdale", 54.52, -3.15),
  ("Derwentwater", 54.58, -3.15), ("Windermere", 54.36, -2.94)]),
# 16 England: the Fens (March the town, later the month; the Fens as "Fens"; Denver in Norfolk; Westminster = the government)
("ELY, England — Farmers in the Fens say hundreds of acres of potatoes and sugar beet are rotting in "
 "waterlogged fields after the wettest winter on record, and some fear they will not be able to plant "
 "at all this spring. Pumping stations that keep the low-lying land around Ely, Chatteris and March "
 "dry have run almost non-stop since October. The Ouse Washes, the long flood-storage meadows between "
 "Earith and Denver, in Norfolk, have been full for weeks, and the road across them at Welney has been "
 "closed since Christmas. \"Some of this land is below sea level; without the pumps it would be a lake "
 "again,\" said grower Tom Fairweather, whose family has farmed near Littleport for four generations. "
 "Drainage boards say ageing pumps need £200 million of repairs. Growers in south Lincolnshire "
 "reported similar losses. Local MPs will raise the issue with ministers in Westminster next week. The "
 "area grows about a third of the country's vegetables, and supermarkets have warned that prices could "
 "rise by March.",
 [("ELY", 52.40, 0.26), ("England", *ENGLAND), ("Fens", 52.50, 0.10), ("Ely", 52.40, 0.26),
  ("Chatteris", 52.46, 0.05), ("March", 52.55, 0.09), ("Ouse Washes", 52.45, 0.20), ("Earith", 52.35, 0.03),
  ("Denver", 52.58, 0.37), ("Norfolk", 52.65, 0.95), ("Welney", 52.52, 0.25), ("Littleport", 52.46, 0.31),
  ("Lincolnshire", 53.10, -0.20), ("Westminster", 51.50, -0.13)]),
# 17 England: Hadrian's Wall hostel (Newcastle upon Tyne; Bellingham, Northumberland; the county council
#    and English Heritage are organisations; the Lake District named in passing)
("HEXHAM, England — Planners have approved a 60-bed hostel and visitor centre at Once Brewed, beside "
 "the busiest stretch of Hadrian's Wall, despite objections from residents of nearby Haltwhistle who "
 "fear more traffic on narrow lanes. Northumberland County Council said the project would bring 40 "
 "jobs to a corner of the county where many young people leave for work in Newcastle. The site lies on "
 "the southern edge of Northumberland National Park, whose dark skies draw stargazers to Kielder Water "
 "and to the village of Bellingham, on the North Tyne. Walkers have worn deep ruts in the grass near "
 "Housesteads, and English Heritage said it would spend part of the income on repairs. The developer "
 "said summer buses would run up the Tyne valley from Newcastle. \"We don't want to become the Lake "
 "District,\" said parish councillor Alan Robson.",
 [("HEXHAM", 54.97, -2.10), ("England", *ENGLAND), ("Once Brewed", 54.995, -2.39),
  ("Hadrian's Wall", 55.00, -2.35), ("Haltwhistle", 54.97, -2.46), ("Newcastle", 54.97, -1.61),
  ("Northumberland National Park", 55.30, -2.25), ("Kielder Water", 55.19, -2.50),
  ("Bellingham", 55.14, -2.25), ("North Tyne", 55.10, -2.20), ("Housesteads", 55.01, -2.33),
  ("Tyne", 54.97, -1.90), ("Newcastle", 54.97, -1.61), ("Lake District", 54.50, -3.10)]),
# 18 Ireland: jobs and a bank (Boston Scientific and Bank of Ireland are organisations; IDA Ireland too;
#    Cashel Road optional; Marlborough, Massachusetts)
("CLONMEL, Ireland — The medical device maker Boston Scientific will create 250 jobs at its plant in "
 "Clonmel, the Tipperary town where it has made heart stents since 1998, the company said on Thursday. "
 "The expansion, supported by IDA Ireland, will add a production hall at the Cashel Road site. Local "
 "TDs said the news would ease fears in south Tipperary after Bank of Ireland closed its branches in "
 "Cahir and Carrick-on-Suir last year, leaving older customers to travel to Clonmel to do their "
 "banking. Many of the plant's 1,300 workers commute from villages such as Kilsheelan, or from across "
 "the River Suir. Housing is already tight: rents in the town have risen by a quarter in three years. "
 "The company also has a large plant in Galway, and its headquarters is in Marlborough, Massachusetts. "
 "\"This is a vote of confidence in rural Ireland,\" the Tánaiste said.",
 [("CLONMEL", 52.355, -7.70), ("Ireland", "IE"), ("Clonmel", 52.355, -7.70), ("Tipperary", 52.67, -7.85),
  ("Cashel Road", 52.37, -7.71, OPT), ("Tipperary", 52.67, -7.85), ("Cahir", 52.375, -7.925),
  ("Carrick-on-Suir", 52.35, -7.41), ("Clonmel", 52.355, -7.70), ("Kilsheelan", 52.36, -7.58),
  ("River Suir", 52.40, -7.70), ("Galway", 53.27, -9.05), ("Marlborough", 42.35, -71.55),
  ("Massachusetts", *MASSACHUSETTS), ("Ireland", "IE")]),
# 19 Ireland: Gaelic football homecoming (Kerry and Dublin as teams are not places; "All-Ireland" is a
#    competition; a stadium and a hotel optional)
("KILLARNEY, Ireland — Thousands of supporters packed the streets of Killarney on Monday evening to "
 "welcome home the Kerry footballers, a day after their two-point win over Dublin in the All-Ireland "
 "final at Croke Park. The team bus was escorted into town from Farranfore, where the players had "
 "landed on a flight from Dublin, and stopped outside the Great Southern Hotel, where the captain "
 "lifted the cup to the crowd. The Sam Maguire will spend the week touring the county, starting in "
 "Tralee on Tuesday and moving on to Dingle and Cahersiveen. Captain Seán O'Connor, from Castleisland, "
 "dedicated the win to his late grandfather. Gardaí closed roads around the town centre, and extra "
 "trains ran from Cork. \"Half of Kerry is here tonight,\" said publican Mary Fitzgerald. Some fans had "
 "flown in from Boston for the final.",
 [("KILLARNEY", 52.06, -9.51), ("Ireland", "IE"), ("Killarney", 52.06, -9.51),
  ("Croke Park", 53.361, -6.251, OPT), ("Farranfore", 52.17, -9.55), ("Dublin", 53.35, -6.26),
  ("Great Southern Hotel", 52.059, -9.502, OPT), ("Tralee", 52.27, -9.70), ("Dingle", 52.14, -10.27),
  ("Cahersiveen", 51.95, -10.22), ("Castleisland", 52.23, -9.46), ("Cork", 51.90, -8.47),
  ("Kerry", 52.10, -9.60), ("Boston", 42.36, -71.06)]),
# 20 Wales: moorland fire (Brecon Beacons = Bannau Brycheiniog; Beaufort near Ebbw Vale; Dyfed-Powys
#    Police is an organisation)
("BRECON, Wales — Firefighters spent a second night battling a gorse and grass fire that has blackened "
 "more than 500 acres of hillside in the Brecon Beacons, the national park now officially known as "
 "Bannau Brycheiniog. Crews from Merthyr Tydfil and Abergavenny were sent to the moorland above the "
 "village of Llangynidr, in southern Powys, and a helicopter dropped water scooped from Talybont "
 "Reservoir. Smoke could be seen from Cardiff, 30 miles to the south. The mountain road between "
 "Llangynidr and Beaufort was closed. Dyfed-Powys Police said they were treating the fire as "
 "deliberate and appealed for dashcam footage. Farmers moved sheep down to the Usk valley near "
 "Crickhowell. It is the fourth large fire in the area this spring.",
 [("BRECON", 51.95, -3.39), ("Wales", *WALES), ("Brecon Beacons", 51.88, -3.44),
  ("Bannau Brycheiniog", 51.88, -3.44), ("Merthyr Tydfil", 51.75, -3.38), ("Abergavenny", 51.82, -3.02),
  ("Llangynidr", 51.87, -3.23), ("Powys", 52.35, -3.40), ("Talybont Reservoir", 51.87, -3.30),
  ("Cardiff", 51.48, -3.18), ("Llangynidr", 51.87, -3.23), ("Beaufort", 51.80, -3.20), ("Usk", 51.86, -3.13),
  ("Crickhowell", 51.86, -3.14)]),
# 21 Australia: Newcastle, NSW beach erosion (a lord mayor named Jordan Sydney, then Sydney the city;
#    Newcastle upon Tyne; Morpeth, NSW; Canberra = the federal government)
("NEWCASTLE, Australia — Newcastle's lord mayor, Jordan Sydney, has called for federal money to save "
 "the suburb of Stockton, where storms have washed away much of the beach and left houses perched "
 "above the surf. Council voted on Monday to ask Canberra for $30 million to pump sand from the mouth "
 "of the Hunter River back onto the beach, on top of $20 million already spent by the NSW government "
 "on temporary walls. Upstream, residents of Maitland are watching the river closely after heavy rain "
 "in the Hunter Valley brought flood warnings for low-lying farms near Morpeth. \"Stockton is running "
 "out of time,\" Cr Sydney told the meeting. The city, named after Newcastle upon Tyne in England, "
 "still ships more coal than almost any other port in the world. Surfers in Port Stephens, to the "
 "north, say the sand should go to their beaches instead. A decision from the state government in "
 "Sydney is expected next month.",
 [("NEWCASTLE", -32.93, 151.78), ("Australia", "AU"), ("Newcastle", -32.93, 151.78),
  ("Stockton", -32.91, 151.78), ("Canberra", -35.28, 149.13), ("Hunter River", -32.70, 151.30),
  ("NSW", *NEW_SOUTH_WALES), ("Maitland", -32.73, 151.56), ("Hunter Valley", -32.60, 151.00),
  ("Morpeth", -32.72, 151.63), ("Stockton", -32.91, 151.78), ("Newcastle upon Tyne", 54.97, -1.61),
  ("England", *ENGLAND), ("Port Stephens", -32.70, 152.05), ("Sydney", -33.87, 151.21)]),
# 22 Australia: Birdsville Races cancelled (the races are an event; the Outback; a club president named
#    Dallas; the Birdsville Track optional)
("BIRDSVILLE, Australia — Organisers of the Birdsville Races have cancelled this year's meeting after "
 "storms turned the dirt roads into this remote town to mud and grounded the light planes that carry "
 "most racegoers in. The two-day event, first held in 1882, normally swells the town in far south-west "
 "Queensland from about 100 people to more than 7,000. The Birdsville Track, the 517-kilometre route "
 "south to Marree in South Australia, was closed, as were the roads east to Windorah and north to "
 "Bedourie. The Diamantina River, which flows past the town toward Lake Eyre, was still rising. \"You "
 "can't land a plane on a swamp,\" said race club president Dallas Brown. The Channel Country, where "
 "rivers spread across plains many kilometres wide after heavy rain, is used to floods, but rarely in "
 "September. Some visitors were already camped on the edge of the Simpson Desert. Publicans, who say "
 "the races bring in half their annual takings, appealed to the state government in Brisbane for help. "
 "Graziers, meanwhile, welcomed the rain after two dry years across the Outback.",
 [("BIRDSVILLE", -25.90, 139.35), ("Australia", "AU"), ("Queensland", *QUEENSLAND),
  ("Birdsville Track", -27.80, 138.70, OPT), ("Marree", -29.65, 138.06),
  ("South Australia", *SOUTH_AUSTRALIA), ("Windorah", -25.42, 142.66), ("Bedourie", -24.36, 139.47),
  ("Diamantina River", -24.00, 140.80), ("Lake Eyre", -28.37, 137.37), ("Channel Country", -25.50, 140.50),
  ("Simpson Desert", -25.00, 137.00), ("Brisbane", -27.47, 153.03), ("Outback", -25.00, 134.00)]),
# 23 Australia: snow in the Snowy Mountains (Victoria the state; Mount Kosciuszko; roads optional;
#    Snowy Monaro as a council area; the Snowy 2.0 project is not a place)
("COOMA, Australia — Heavy snow closed the Alpine Way beyond Thredbo on Saturday and left hundreds of "
 "drivers queuing for chains at Jindabyne, as the Snowy Mountains had their biggest falls in a decade. "
 "Police turned back cars without chains on Kosciuszko Road below Perisher, and buses from Canberra "
 "were delayed by up to five hours. More than a metre of snow fell on the main range near Mount "
 "Kosciuszko, Australia's highest peak, the Bureau of Meteorology said. Resorts across the border in "
 "Victoria, including Falls Creek, also opened early, drawing crowds from Melbourne. Work on the Snowy "
 "2.0 hydro project was paused for safety. \"It's a great start to the season, but please be patient on "
 "the roads,\" the Snowy Monaro mayor said.",
 [("COOMA", -36.24, 149.12), ("Australia", "AU"), ("Alpine Way", -36.45, 148.35, OPT),
  ("Thredbo", -36.50, 148.30), ("Jindabyne", -36.42, 148.62), ("Snowy Mountains", -36.30, 148.50),
  ("Kosciuszko Road", -36.38, 148.50, OPT), ("Perisher", -36.41, 148.41), ("Canberra", -35.28, 149.13),
  ("Mount Kosciuszko", -36.46, 148.26), ("Australia", "AU"), ("Victoria", *VICTORIA_AU),
  ("Falls Creek", -36.87, 147.28), ("Melbourne", -37.81, 144.96), ("Snowy Monaro", -36.30, 149.00)]),
# 24 New Zealand: Lake Taupo camping ban (Hamilton, N.Z.; a walking track optional)
("TAUPO, New Zealand — Campervans will be banned from parking overnight on the shores of Lake Taupo "
 "from December, after the district council voted 9-2 to end freedom camping along the lakefront. "
 "Residents of Acacia Bay and Kinloch had complained of rubbish and human waste near the water. "
 "Campers will instead be directed to a site beside the Waikato River, upstream of Huka Falls, and to "
 "council land in Turangi, at the southern end of the lake. Tourism operators were split: many "
 "visitors come for the trout fishing and for the walks of Tongariro National Park, and sleep in their "
 "vans before setting out on the Tongariro Alpine Crossing below Mount Ruapehu. Police in Rotorua, an "
 "hour to the north, said they had seen similar problems. Holidaymakers from Auckland and Hamilton "
 "make up most of the summer crowds. The ban will be reviewed after a year.",
 [("TAUPO", -38.69, 176.08), ("New Zealand", "NZ"), ("Lake Taupo", -38.80, 175.90),
  ("Acacia Bay", -38.70, 176.03), ("Kinloch", -38.66, 175.92), ("Waikato River", -38.00, 175.60),
  ("Huka Falls", -38.65, 176.09), ("Turangi", -38.99, 175.81), ("Tongariro National Park", -39.20, 175.58),
  ("Tongariro Alpine Crossing", -39.13, 175.65, OPT), ("Mount Ruapehu", -39.28, 175.57),
  ("Rotorua", -38.14, 176.25), ("Auckland", -36.85, 174.76), ("Hamilton", -37.79, 175.28)]),
# 25 India: Assam floods (Lakhimpur in Assam, not in Uttar Pradesh; Bhutan and Bangladesh by code;
#    New Delhi = the central government)
("GUWAHATI, India — Floodwaters from the Brahmaputra have submerged more than 1,200 villages across "
 "Assam, driving about 400,000 people into relief camps, state disaster officials said on Tuesday. The "
 "worst-hit districts were Dhemaji and Lakhimpur, on the river's north bank, where embankments gave "
 "way overnight. On Majuli, one of the world's largest river islands, ferries to Jorhat were "
 "suspended. Forest guards in Kaziranga National Park said rhinos and deer had crossed the highway to "
 "reach higher ground in the hills to the south, and speed limits were imposed to protect them. "
 "Officials blamed heavy rain in Arunachal Pradesh and water released from a dam in Bhutan. In "
 "Guwahati, residents of Anil Nagar waded through knee-deep water after a night of rain. The chief "
 "minister asked New Delhi for emergency help and warned that the situation would worsen if the river "
 "kept rising toward the border with Bangladesh.",
 [("GUWAHATI", 26.14, 91.74), ("India", "IN"), ("Brahmaputra", 26.50, 92.50), ("Assam", 26.20, 92.90),
  ("Dhemaji", 27.48, 94.58), ("Lakhimpur", 27.24, 94.10), ("Majuli", 26.95, 94.17), ("Jorhat", 26.75, 94.22),
  ("Kaziranga National Park", 26.66, 93.35), ("Arunachal Pradesh", 28.00, 94.50), ("Bhutan", "BT"),
  ("Guwahati", 26.14, 91.74), ("Anil Nagar", 26.17, 91.77), ("New Delhi", 28.61, 77.21),
  ("Bangladesh", "BD")]),
# 26 India: jallikattu festival near Madurai (Sri Lanka and Malaysia by code)
("MADURAI, India — Thousands of spectators packed the village of Alanganallur, about 20 kilometres "
 "north of Madurai, on Thursday for Tamil Nadu's most famous jallikattu, in which young men try to "
 "cling to the humps of charging bulls. More than 1,000 bulls were entered, some of them trucked in "
 "from Pudukkottai, and 43 people were injured, most of them slightly, officials said. Two were taken "
 "to hospital in Madurai with gored legs. Contests were also held this week at Avaniyapuram, near the "
 "airport, and at Palamedu. Animal-rights groups in Chennai renewed their calls for a ban, but the "
 "Supreme Court in New Delhi upheld the state's law protecting the sport in 2023. The winner, a "
 "farmer's son from Sivaganga, took home a car. Tourists from Sri Lanka and Malaysia were among those "
 "in the stands, district officials said.",
 [("MADURAI", 9.93, 78.12), ("India", "IN"), ("Alanganallur", 10.05, 78.09), ("Madurai", 9.93, 78.12),
  ("Tamil Nadu", 11.00, 78.40), ("Pudukkottai", 10.38, 78.82), ("Madurai", 9.93, 78.12),
  ("Avaniyapuram", 9.87, 78.11), ("Palamedu", 10.10, 78.15), ("Chennai", 13.08, 80.27),
  ("New Delhi", 28.61, 77.21), ("Sivaganga", 9.85, 78.48), ("Sri Lanka", "LK"), ("Malaysia", "MY")]),
# 27 Kenya: marathon winner's homecoming (the Boston Marathon is an event, then Boston the city;
#    "Kenyan" a demonym; Elgeyo-Marakwet before "county officials")
("ELDORET, Kenya — Hundreds of people lined the road from Eldoret to Iten on Wednesday to welcome home "
 "Brigid Chepkoech, who won the Boston Marathon last week in her first race outside Africa. Chepkoech, "
 "24, grew up on a farm in the Kerio Valley and trains with about 40 other runners in the forests "
 "around Kaptagat. \"It was so cold in Boston, but I thought of home,\" she told the crowd at Iten's "
 "small stadium, where local leaders presented her with a cow. Iten, a town of about 40,000 on the "
 "edge of the Rift Valley, has become a magnet for runners from Europe and the United States, who come "
 "to train at altitude. Elgeyo-Marakwet county officials said they would name a road after her. Her "
 "coach said she would rest at home before preparing for the autumn marathon season. The athletics "
 "federation in Nairobi said a record number of Kenyan women had run under two hours and 20 minutes "
 "this year.",
 [("ELDORET", 0.52, 35.27), ("Kenya", "KE"), ("Eldoret", 0.52, 35.27), ("Iten", 0.67, 35.51),
  ("Africa", 2.00, 21.00), ("Kerio Valley", 0.75, 35.60), ("Kaptagat", 0.43, 35.49),
  ("Boston", 42.36, -71.06), ("Iten", 0.67, 35.51), ("Iten", 0.67, 35.51), ("Rift Valley", 0.50, 36.00),
  ("Europe", *EUROPE), ("United States", "US"), ("Elgeyo-Marakwet", 0.85, 35.55), ("Nairobi", -1.29, 36.82)]),
# 28 Nigeria: market fire in Ibadan (Oyo the town vs Oyo State; Osun State)
("IBADAN, Nigeria — Fire swept through a section of Bodija market in Ibadan early on Sunday, "
 "destroying hundreds of stalls selling yams, grain and cloth, the Oyo State fire service said. No "
 "deaths were reported. Traders said the fire began in a generator shed after a power cut, and that "
 "fire engines took more than an hour to arrive through the narrow streets. The blaze came two weeks "
 "after floods along the Ogunpa River killed three people in the city. Traders who buy produce from "
 "Ogbomoso, Iseyin and the old royal town of Oyo said their losses could run into billions of naira. "
 "Many of them also supply markets in Lagos, two hours to the south, and Abeokuta, in neighbouring "
 "Ogun State. Fire crews from Osogbo, in Osun State, were called in to help. The governor visited the "
 "market on Sunday afternoon and promised a relief fund.",
 [("IBADAN", 7.38, 3.95), ("Nigeria", "NG"), ("Bodija", 7.43, 3.91), ("Ibadan", 7.38, 3.95),
  ("Oyo State", 8.12, 3.42), ("Ogunpa River", 7.39, 3.89), ("Ogbomoso", 8.13, 4.25), ("Iseyin", 7.97, 3.60),
  ("Oyo", 7.85, 3.93), ("Lagos", 6.52, 3.38), ("Abeokuta", 7.15, 3.35), ("Ogun State", 7.00, 3.35),
  ("Osogbo", 7.77, 4.56), ("Osun State", 7.56, 4.52)]),
# 29 South Africa: bird flu among ostriches (George the town; the Klein Karoo; the Swartberg)
("OUDTSHOORN, South Africa — Farmers in the Klein Karoo have been ordered to cull 20,000 ostriches "
 "after an outbreak of bird flu on a farm near De Rust, another blow to an industry that once made "
 "this town one of the richest in the country. The Western Cape agriculture department said the "
 "movement of birds had been banned within 10 kilometres of the farm, and that exports of meat to "
 "Europe and of feathers to China would stop until the area was declared free of the disease. "
 "Oudtshoorn, which produces most of the world's ostrich leather, has lost thousands of jobs since "
 "2011. Farmers in Calitzdorp and in Prince Albert, across the Swartberg, said they feared the virus "
 "would spread. Tour operators who take visitors to the Cango Caves said bookings from Cape Town were "
 "holding up. Meat processors in Mossel Bay and George said they would cut shifts.",
 [("OUDTSHOORN", -33.59, 22.20), ("South Africa", "ZA"), ("Klein Karoo", -33.55, 21.90),
  ("De Rust", -33.49, 22.53), ("Western Cape", -33.00, 20.50), ("Europe", *EUROPE), ("China", "CN"),
  ("Oudtshoorn", -33.59, 22.20), ("Calitzdorp", -33.53, 21.69), ("Prince Albert", -33.22, 22.03),
  ("Swartberg", -33.35, 22.10), ("Cango Caves", -33.39, 22.21), ("Cape Town", -33.92, 18.42),
  ("Mossel Bay", -34.18, 22.13), ("George", -33.96, 22.46)]),
# 30 Philippines: Sinulog festival road closures (Lapu-Lapu the city, then Lapu-Lapu the chieftain;
#    Talisay in Cebu; buildings optional)
("CEBU CITY, Philippines — Police will close roads across the city centre from Friday night for the "
 "Sinulog festival, which is expected to draw more than two million people to Cebu City on Sunday, "
 "officials said. The grand parade will start and end at the Cebu City Sports Center, and pilgrims "
 "will queue from dawn to enter the Basilica del Santo Niño. Ferries from Bohol and Leyte will run "
 "extra trips. Motorists heading to Mandaue and Lapu-Lapu City, on Mactan Island, where the airport "
 "is, were told to use the newest of the three bridges. The festival honours the Santo Niño, an image "
 "of the child Jesus brought by Ferdinand Magellan in 1521, weeks before he was killed at Mactan by "
 "the chieftain Lapu-Lapu. Hotels in Talisay and as far away as Moalboal were fully booked, and "
 "officials in Manila said 4,000 extra police officers had been flown in.",
 [("CEBU CITY", 10.31, 123.89), ("Philippines", "PH"), ("Cebu City", 10.31, 123.89),
  ("Cebu City Sports Center", 10.30, 123.89, OPT), ("Basilica del Santo Niño", 10.294, 123.902, OPT),
  ("Bohol", 9.85, 124.15), ("Leyte", 10.85, 124.85), ("Mandaue", 10.33, 123.93),
  ("Lapu-Lapu City", 10.31, 123.95), ("Mactan Island", 10.30, 123.98), ("Mactan", 10.30, 123.98),
  ("Talisay", 10.24, 123.85), ("Moalboal", 9.95, 123.40), ("Manila", 14.60, 120.98)]),
]


def mark_optional(paragraphs, rows):
    """The shared builder reads (surface, lat, lon) and ignores a fourth element: OPT makes the row optional."""
    for (_, tops), row in zip(paragraphs, rows):
        for t, o in zip(tops, row["toponyms"]):
            if len(t) == 4 and t[3] == OPT:
                o["optional"] = True
    return rows


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-b", lang="en"))
    write(rows, "tests/data/local_news_b.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
