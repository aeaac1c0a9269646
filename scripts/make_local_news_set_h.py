#!/usr/bin/env python3
"""Builds tests/data/local_news_h.jsonl: an eighth blind set of English local and regional news articles
(TR-News / LGL-like), written in session 29 by a helper who never saw the engine, with no article, story, main
setting or dateline town of sets A to G. Same conventions as make_local_news_set_f.py: toponyms in order of
appearance, every mention including repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth
element OPT marks a row as optional (a street, road, highway, bridge, dam or building, a capital standing for a
government, a place inside the name of an organisation, event or ski resort, adjectival uses); (surface, "CC",
OPT) is an optional country; (surface, SKIP) consumes an occurrence of the string that is NOT a toponym (a
person, ship, artwork or fictional town named like a place) so that the next row of the same surface lands on
the right occurrence; SKIP rows are dropped from the output. Teams, clubs, organisations, people and demonyms
named like places are not toponyms; street addresses are not annotated. US state abbreviations in datelines
("Minn.", "N.M.") and states, provinces, counties and constituent countries of the UK are given as regions with
a central point; long rivers and large regions get a representative central point. Spread: 8 US, 3 Canada,
5 UK and Ireland, 4 Australia and New Zealand, 4 elsewhere (India, South Africa, the Philippines, Jamaica)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402
from make_local_news_set_c import OPT, SKIP, mark_optional  # noqa: E402  (set C's conventions, shared)

ROOT = Path(__file__).resolve().parent.parent

# region centres used more than once
MINNESOTA = (46.3, -94.3)
MICHIGAN = (44.3, -85.4)
NEW_MEXICO = (34.4, -106.1)
COLORADO = (39.0, -105.5)
TEXAS = (31.0, -99.0)
OKLAHOMA = (35.5, -97.5)
NORTH_CAROLINA = (35.5, -79.4)
VIRGINIA = (37.5, -78.8)
WISCONSIN = (44.6, -89.9)
WASHINGTON_ST = (47.4, -120.5)
MISSOURI = (38.4, -92.5)
ILLINOIS = (40.0, -89.2)
LOUISIANA = (31.0, -92.0)
SOUTH_CAROLINA = (33.9, -80.9)
FLORIDA = (28.6, -82.4)
ALASKA = (64.0, -152.0)
CALIFORNIA = (37.2, -119.5)
MAINE = (45.3, -69.2)
BRITISH_COLUMBIA = (54.0, -125.0)
ALBERTA = (55.0, -115.0)
NEW_BRUNSWICK = (46.5, -66.2)
ONTARIO = (50.0, -85.0)
SCOTLAND = (56.8, -4.2)
SCOTTISH_BORDERS = (55.55, -2.80)
PEMBROKESHIRE = (51.85, -4.90)
NORTHERN_IRELAND = (54.65, -6.70)
CO_DOWN = (54.35, -5.90)
CO_DONEGAL = (54.92, -8.00)
CO_CORK = (51.97, -8.74)
ENGLAND = (52.6, -1.5)
YORKSHIRE = (54.0, -1.5)
NORTHERN_TERRITORY = (-19.5, 133.5)
WESTERN_AUSTRALIA = (-25.0, 122.0)
NSW = (-32.0, 147.0)
MAHARASHTRA = (19.5, 75.5)
RIO_GRANDE_US = (29.6, -104.4)   # the US-Mexico river, a point on its Big Bend reach near Presidio

P = [
# 01 US: Grand Marais, Minn. harbor wall (a commissioner named Tofte and Tofte the town; Grand Marais, Mich. as a far
#    namesake; the Gunflint Trail and Highway 61 optional; St. Paul = the state)
("GRAND MARAIS, Minn. — Cook County commissioners voted 4-1 on Tuesday to spend $1.2 million repairing the harbor "
 "breakwall in Grand Marais, where November storms on Lake Superior tore loose dozens of armor stones last fall. The "
 "harbor shelters charter boats and the sailboats that come up the North Shore each summer from Duluth and from "
 "Thunder Bay, Ont. \"If that wall goes, the whole east bay goes with it,\" said commissioner Dale Tofte, whose "
 "family has fished out of the harbor for four generations. Outfitters at the top of the Gunflint Trail said the "
 "work would not affect canoe traffic into the Boundary Waters, which had a busy year despite a July fire near "
 "Saganaga Lake. Down the shore, Lutsen and Tofte reported record lodging tax receipts, and campgrounds at Cascade "
 "River State Park were full most weekends. Commissioners also ordered a study of the bridge that carries Highway 61 "
 "over the Devil Track River, on the route to Grand Portage and the border with Canada. This Grand Marais is often "
 "confused with Grand Marais, Mich., a village on the Lake Superior shore of the Upper Peninsula, though both grew "
 "up around fishing harbors. St. Paul is expected to cover half the cost.",
 [("GRAND MARAIS", 47.75, -90.33), ("Minn.", *MINNESOTA), ("Cook County", 47.85, -90.55),
  ("Grand Marais", 47.75, -90.33), ("Lake Superior", 47.7, -87.5), ("North Shore", 47.4, -91.0),
  ("Duluth", 46.79, -92.10), ("Thunder Bay", 48.38, -89.25), ("Ont.", *ONTARIO), ("Tofte", SKIP),
  ("Gunflint Trail", 48.00, -90.55, OPT), ("Boundary Waters", 48.00, -91.50), ("Saganaga Lake", 48.23, -90.88),
  ("Lutsen", 47.65, -90.67), ("Tofte", 47.57, -90.84), ("Cascade River State Park", 47.71, -90.50),
  ("Highway 61", 47.78, -90.28, OPT), ("Devil Track River", 47.78, -90.27), ("Grand Portage", 47.96, -89.68),
  ("Canada", "CA"), ("Grand Marais", 47.75, -90.33), ("Grand Marais", 46.67, -85.98), ("Mich.", *MICHIGAN),
  ("Lake Superior", 47.7, -87.5), ("Upper Peninsula", 46.5, -87.0), ("St. Paul", 44.95, -93.09, OPT)]),
# 02 US: Taos, N.M. wildfire (an emergency manager named Questa and Questa the village; Red River the village and the
#    river, and the larger Red River of Texas and Oklahoma; a bridge optional; Santa Fe = the state)
("TAOS, N.M. — Crews on Wednesday held a wildfire in the Carson National Forest to about 3,400 acres after winds "
 "pushed flames to within two miles of homes in Arroyo Seco, fire officials said. The blaze started Sunday in steep "
 "timber above the Rio Hondo and has forced about 300 people from their homes, including campers near Taos Ski "
 "Valley. Residents of Valdez and San Cristobal were told to be ready to leave. \"We have seen this country burn "
 "before, but never this early in the year,\" said county emergency manager Lorenzo Questa. Smoke drifted over Taos "
 "Pueblo and Ranchos de Taos, and the Rio Grande Gorge Bridge, west of town, was closed to tour buses for an "
 "afternoon. Wheeler Peak, the highest point in the state, was hidden behind the plume for most of Tuesday. The "
 "village of Red River, across the mountains to the north, opened its community center to evacuees, and officials "
 "were watching the Red River itself, which runs down the canyon to Questa, for ash washing off the burned slopes. "
 "The little stream has nothing to do with the Red River that divides Texas and Oklahoma. Santa Fe has asked for a "
 "federal fire management grant. Schools in Taos stayed open, and smoke was reported as far away as Alamosa, Colo.",
 [("TAOS", 36.41, -105.57), ("N.M.", *NEW_MEXICO), ("Carson National Forest", 36.50, -105.60),
  ("Arroyo Seco", 36.52, -105.57), ("Rio Hondo", 36.54, -105.55), ("Taos Ski Valley", 36.60, -105.45),
  ("Valdez", 36.54, -105.59), ("San Cristobal", 36.60, -105.64), ("Questa", SKIP), ("Taos Pueblo", 36.44, -105.54),
  ("Ranchos de Taos", 36.36, -105.60), ("Rio Grande Gorge Bridge", 36.48, -105.73, OPT),
  ("Wheeler Peak", 36.56, -105.42), ("Red River", 36.71, -105.41), ("Red River", 36.70, -105.50),
  ("Questa", 36.70, -105.60), ("Red River", 33.90, -97.00), ("Texas", *TEXAS), ("Oklahoma", *OKLAHOMA),
  ("Santa Fe", 35.69, -105.94, OPT), ("Taos", 36.41, -105.57), ("Alamosa", 37.47, -105.87), ("Colo.", *COLORADO)]),
# 03 US: Manteo, N.C. overwash on Hatteras Island (Roanoke Island vs Roanoke, Va.; Hatteras the village; N.C. 12 and
#    Raleigh optional)
("MANTEO, N.C. — Dare County officials on Thursday reopened N.C. 12 on Hatteras Island after crews spent three days "
 "clearing sand left by overwash from a hurricane that passed far offshore. The highway, the only road linking the "
 "villages of Rodanthe, Waves and Salvo with the rest of the Outer Banks, was buried under four feet of sand in "
 "places. Two more houses on the beach at Rodanthe collapsed into the ocean, bringing the number lost there since "
 "2020 to eleven. \"Every storm takes a little more,\" said Ellen Wright, a town commissioner in Manteo. Ferries from "
 "Hatteras village to Ocracoke ran on a reduced schedule, and the bridge over Oregon Inlet was closed for two hours "
 "as waves pounded its southern approach. On Roanoke Island, home to Manteo and the fishing village of Wanchese, "
 "water from Roanoke Sound and Croatan Sound reached several streets near the waterfront, but damage was light. "
 "Businesses in Nags Head and Kill Devil Hills reported cancelled bookings. Innkeepers say they still get calls "
 "from travelers who meant to book in Roanoke, Va., a city in the mountains about 250 miles to the northwest. "
 "Raleigh has asked the federal government to help rebuild the dunes.",
 [("MANTEO", 35.91, -75.67), ("N.C.", *NORTH_CAROLINA), ("Dare County", 35.80, -75.80),
  ("N.C. 12", 35.60, -75.47, OPT), ("Hatteras Island", 35.40, -75.50), ("Rodanthe", 35.59, -75.47),
  ("Waves", 35.57, -75.47), ("Salvo", 35.54, -75.47), ("Outer Banks", 35.50, -75.50), ("Rodanthe", 35.59, -75.47),
  ("Manteo", 35.91, -75.67), ("Hatteras", 35.22, -75.69), ("Ocracoke", 35.11, -75.98),
  ("Oregon Inlet", 35.77, -75.53), ("Roanoke Island", 35.89, -75.66), ("Manteo", 35.91, -75.67),
  ("Wanchese", 35.84, -75.64), ("Roanoke Sound", 35.87, -75.62), ("Croatan Sound", 35.85, -75.72),
  ("Nags Head", 35.96, -75.62), ("Kill Devil Hills", 36.03, -75.68), ("Roanoke", 37.27, -79.94),
  ("Va.", *VIRGINIA), ("Raleigh", 35.78, -78.64, OPT)]),
# 04 US: Sturgeon Bay, Wis. cherry frost (a grower named Ephraim and Ephraim the village; Washington Island vs
#    Washington state; Death's Door strait; Madison = the state)
("STURGEON BAY, Wis. — Door County's tart cherry harvest wrapped up this week with the smallest crop in a decade "
 "after a late May frost hit orchards from Sturgeon Bay north to Ellison Bay, growers said. \"We lost about half the "
 "fruit on the bay side,\" said Tom Ephraim, who farms 80 acres outside Egg Harbor. Pick-your-own stands near Fish "
 "Creek and Sister Bay closed two weeks early, while orchards along the Lake Michigan shore near Jacksonport and "
 "Baileys Harbor were hurt less, helped by warmer water. The cherry fest in Egg Harbor went ahead with fruit trucked "
 "in from Michigan. Tourism held up: campsites in Peninsula State Park, between Fish Creek and Ephraim, were booked "
 "solid, and the ferry to Washington Island, off the tip of the peninsula, carried record crowds across Death's "
 "Door. A county tourism official said some visitors still expect the island to be somewhere in Washington state. "
 "Orchards around Sturgeon Bay supply processors as far south as Green Bay and Milwaukee, and several plan to tear "
 "out old trees this fall. Madison has offered low-interest loans to growers who lost more than 30 percent of "
 "their crop.",
 [("STURGEON BAY", 44.83, -87.38), ("Wis.", *WISCONSIN), ("Door County", 45.00, -87.20),
  ("Sturgeon Bay", 44.83, -87.38), ("Ellison Bay", 45.26, -87.07), ("Ephraim", SKIP), ("Egg Harbor", 45.05, -87.28),
  ("Fish Creek", 45.13, -87.24), ("Sister Bay", 45.19, -87.12), ("Lake Michigan", 44.0, -87.0),
  ("Jacksonport", 44.98, -87.19), ("Baileys Harbor", 45.07, -87.13), ("Egg Harbor", 45.05, -87.28),
  ("Michigan", *MICHIGAN), ("Peninsula State Park", 45.15, -87.21), ("Fish Creek", 45.13, -87.24),
  ("Ephraim", 45.16, -87.17), ("Washington Island", 45.38, -86.92), ("Death's Door", 45.29, -86.98),
  ("Washington", *WASHINGTON_ST), ("Sturgeon Bay", 44.83, -87.38), ("Green Bay", 44.51, -88.01),
  ("Milwaukee", 43.04, -87.91), ("Madison", 43.07, -89.40, OPT)]),
# 05 US: Hannibal, Mo. flood (Louisiana, Mo. vs the state; Palmyra vs the ruins in Syria; St. Petersburg is Twain's
#    fictional town, not a toponym; a dam optional)
("HANNIBAL, Mo. — The Mississippi River crested here Saturday at 27.4 feet, more than 11 feet above flood stage, but "
 "the floodwall held and the historic downtown stayed dry, city officials said. Volunteers closed the last of the "
 "wall's gates on Wednesday, cutting off the riverfront park below Cardiff Hill, and pumps ran day and night where "
 "Bear Creek meets the river. Tourists kept coming to the boyhood home of Mark Twain, who turned the town into the "
 "fictional St. Petersburg of Tom Sawyer. Downstream, water covered farmland in Ralls County and Pike County, and the "
 "town of Louisiana, Mo., which shares its name with the state of Louisiana far downriver, closed its "
 "riverfront road. Across the river and about 20 miles upstream, Quincy, Ill., reported seepage under a levee that "
 "protects its sewage plant. The Army Corps of Engineers closed the lock at Lock and Dam 22, near Saverton, to barge "
 "traffic. \"The wall did exactly what it was built to do,\" said a city engineer. In Palmyra, the Marion County seat "
 "12 miles to the north, which is named after the ancient city in Syria, the North River spilled into low fields. "
 "Forecasters expect the river at Hannibal to stay above flood stage until the middle of next week.",
 [("HANNIBAL", 39.71, -91.36), ("Mo.", *MISSOURI), ("Mississippi River", 38.0, -90.2),
  ("Cardiff Hill", 39.715, -91.36), ("Bear Creek", 39.70, -91.37), ("St. Petersburg", SKIP),
  ("Ralls County", 39.53, -91.52), ("Pike County", 39.34, -91.17), ("Louisiana", 39.45, -91.05),
  ("Mo.", *MISSOURI), ("Louisiana", *LOUISIANA), ("Quincy", 39.94, -91.41), ("Ill.", *ILLINOIS),
  ("Lock and Dam 22", 39.64, -91.25, OPT), ("Saverton", 39.64, -91.27), ("Palmyra", 39.79, -91.52),
  ("Marion County", 39.81, -91.62), ("Syria", "SY"), ("North River", 39.75, -91.45), ("Hannibal", 39.71, -91.36)]),
# 06 US: Marfa, Texas short-term rentals (a rancher named Valentine and Valentine the town; Marfa inside the name of
#    the lights and of an artwork optional; U.S. 90 optional; Austin = the state)
("MARFA, Texas — Presidio County commissioners on Monday approved new limits on short-term rentals in Marfa, where "
 "more than a third of the houses in the old railroad town are now listed for visitors. The town of about 1,700 "
 "draws crowds to its galleries and to the Marfa Lights viewing area on U.S. 90, and workers at its hotels and "
 "restaurants say they can no longer find places to live. Some now commute 26 miles from Alpine, in neighboring "
 "Brewster County, or drive down from Fort Davis, in the Davis Mountains to the north. \"We're losing the people who "
 "make the town run,\" said rancher Joe Valentine, who voted for the limits. The rules cap new permits at 40 a year "
 "and do not apply to Valentine, a hamlet 36 miles to the west whose roadside Prada Marfa installation has become "
 "a stop for tourists. Down on the border, the city of Presidio, across the Rio Grande from Ojinaga, Mexico, has "
 "seen rents rise too as visitors head for Big Bend Ranch State Park and the Chinati Mountains. Short-term rental "
 "owners said they would ask Austin to step in.",
 [("MARFA", 30.31, -104.02), ("Texas", *TEXAS), ("Presidio County", 29.99, -104.24), ("Marfa", 30.31, -104.02),
  ("Marfa", 30.31, -104.02, OPT), ("U.S. 90", 30.30, -103.90, OPT), ("Alpine", 30.36, -103.66),
  ("Brewster County", 29.81, -103.25), ("Fort Davis", 30.59, -103.89), ("Davis Mountains", 30.60, -104.10),
  ("Valentine", SKIP), ("Valentine", 30.59, -104.50), ("Marfa", 30.31, -104.02, OPT), ("Presidio", 29.56, -104.37),
  ("Rio Grande", *RIO_GRANDE_US), ("Ojinaga", 29.56, -104.42), ("Mexico", "MX"),
  ("Big Bend Ranch State Park", 29.47, -103.95), ("Chinati Mountains", 29.93, -104.47),
  ("Austin", 30.27, -97.74, OPT)]),
# 07 US: Beaufort, S.C. outboard thefts (Beaufort, S.C. vs Beaufort, N.C.; Beaufort County inside the sheriff's
#    office name optional; Parris Island, Lady's Island, St. Helena Island)
("BEAUFORT, S.C. — A St. Helena Island man was sentenced Friday to 15 years in prison for a string of outboard motor "
 "thefts that stretched from Port Royal to Hilton Head Island, prosecutors said. The man, 41, took at least 22 "
 "outboards from docks and marinas in Beaufort County over two years and sold them in Savannah and as far away as "
 "Jacksonville, Fla., according to court records. Investigators tied him to the thefts after a shrimper on Lady's "
 "Island spotted his own stolen motor in an online listing. \"These motors are people's livelihoods,\" said a "
 "spokesman for the Beaufort County Sheriff's Office. Several of the motors were found in a storage unit near "
 "Yemassee. The sentencing came as the city prepared for its summer water festival on the Beaufort River, which "
 "draws boaters from Fripp Island, Dataw Island and Bluffton, and a band of recruits from Parris Island will march "
 "in the parade. This Beaufort, pronounced BYOO-fert, is regularly mixed up with Beaufort, N.C., pronounced "
 "BOH-fert, a port town on the Crystal Coast with a busy waterfront of its own.",
 [("BEAUFORT", 32.43, -80.67), ("S.C.", *SOUTH_CAROLINA), ("St. Helena Island", 32.38, -80.55),
  ("Port Royal", 32.38, -80.69), ("Hilton Head Island", 32.19, -80.74), ("Beaufort County", 32.40, -80.70),
  ("Savannah", 32.08, -81.09), ("Jacksonville", 30.33, -81.66), ("Fla.", *FLORIDA),
  ("Lady's Island", 32.43, -80.63), ("Beaufort County", 32.40, -80.70, OPT), ("Yemassee", 32.69, -80.85),
  ("Beaufort River", 32.40, -80.68), ("Fripp Island", 32.32, -80.47), ("Dataw Island", 32.41, -80.58),
  ("Bluffton", 32.24, -80.86), ("Parris Island", 32.33, -80.69), ("Beaufort", 32.43, -80.67),
  ("Beaufort", 34.72, -76.66), ("N.C.", *NORTH_CAROLINA), ("Crystal Coast", 34.70, -76.80)]),
# 08 US: Homer, Alaska storm on the spit (the ferry Tustumena is a ship, not the lake; the Kenai Peninsula Borough
#    and the Sterling Highway optional)
("HOMER, Alaska — Water taxis on Kachemak Bay were running again on Monday after a weekend storm drove waves over "
 "the road along the Homer Spit, flooding parking lots at the harbor and stranding campers at the end of the spit. "
 "City crews used loaders to push gravel and driftwood off the road, the only way out to the boat harbor and the "
 "ferry terminal. The state ferry Tustumena, which links Homer with Seldovia, Kodiak and villages down the Alaska "
 "Peninsula, missed one sailing. \"We had rocks the size of suitcases on the pavement,\" said the harbormaster. "
 "Across the bay, residents of Halibut Cove and Seldovia lost power for several hours. The Kenai Peninsula Borough "
 "said the Sterling Highway stayed open between Homer, Anchor Point and Soldotna, though a culvert near Ninilchik "
 "was being watched. The storm came as the town's summer halibut derby entered its final month; the leading fish, a "
 "212-pounder, was caught in lower Cook Inlet. The spit, a 4.5-mile finger of gravel, sank several feet in the 1964 "
 "earthquake centered in Prince William Sound, and it has needed regular armoring since. Forecasters in Anchorage "
 "said another low would reach the area on Thursday.",
 [("HOMER", 59.64, -151.55), ("Alaska", *ALASKA), ("Kachemak Bay", 59.60, -151.30), ("Homer Spit", 59.61, -151.44),
  ("Tustumena", SKIP), ("Homer", 59.64, -151.55), ("Seldovia", 59.44, -151.72), ("Kodiak", 57.79, -152.41),
  ("Alaska Peninsula", 57.0, -157.0), ("Halibut Cove", 59.59, -151.23), ("Seldovia", 59.44, -151.72),
  ("Kenai Peninsula Borough", 60.20, -151.00, OPT), ("Sterling Highway", 60.00, -151.50, OPT),
  ("Homer", 59.64, -151.55), ("Anchor Point", 59.78, -151.83), ("Soldotna", 60.49, -151.06),
  ("Ninilchik", 60.05, -151.67), ("Cook Inlet", 60.0, -152.0), ("Prince William Sound", 60.7, -147.0),
  ("Anchorage", 61.22, -149.90)]),
# 09 Canada: Tofino, B.C. highway closures (Long Beach vs Long Beach, Calif.; Highway 4 optional; Victoria = the
#    province)
("TOFINO, B.C. — Highway 4, the only road into Tofino and Ucluelet, will close for up to four hours a day through "
 "October while crews scale loose rock above Kennedy Lake, the province said Friday. Business owners in Tofino, at "
 "the end of the road on the Esowista Peninsula, say the timing could hardly be worse, with surfers still arriving "
 "for the fall swells. Visitors bound for Long Beach, in Pacific Rim National Park Reserve, are being told to plan "
 "their trips around the closures, posted daily on the ministry's website. \"People drive four hours from Nanaimo "
 "and then sit in a lineup,\" said a surf school owner. Water taxis to Meares Island and the boats to Hot Springs "
 "Cove, farther up Clayoquot Sound, are not affected. Grocery trucks from Port Alberni will be allowed through "
 "during the first opening each morning. The highway across Vancouver Island was shut for weeks in 2023 after a "
 "wildfire near Cameron Lake, and Ucluelet's mayor said the two towns cannot afford another season like that. The "
 "surfing beach is often confused online with Long Beach, Calif. Victoria said the work should be finished before "
 "the winter storm season.",
 [("TOFINO", 49.15, -125.91), ("B.C.", *BRITISH_COLUMBIA), ("Highway 4", 49.25, -125.20, OPT),
  ("Tofino", 49.15, -125.91), ("Ucluelet", 48.94, -125.55), ("Kennedy Lake", 49.21, -125.52),
  ("Tofino", 49.15, -125.91), ("Esowista Peninsula", 49.10, -125.85), ("Long Beach", 49.05, -125.72),
  ("Pacific Rim National Park Reserve", 49.00, -125.65), ("Nanaimo", 49.17, -123.94),
  ("Meares Island", 49.18, -125.85), ("Hot Springs Cove", 49.36, -126.26), ("Clayoquot Sound", 49.25, -126.00),
  ("Port Alberni", 49.23, -124.81), ("Vancouver Island", 49.65, -125.45), ("Cameron Lake", 49.29, -124.60),
  ("Ucluelet", 48.94, -125.55), ("Long Beach", 33.77, -118.19), ("Calif.", *CALIFORNIA),
  ("Victoria", 48.43, -123.37, OPT)]),
# 10 Canada: Drumheller, Alta. dikes (a councillor named Wayne and Wayne the hamlet; the Red Deer River vs the city of
#    Red Deer; a museum optional; Edmonton = the province)
("DRUMHELLER, Alta. — Town council on Monday approved the last $3.4 million of a flood-mitigation program that has "
 "raised dikes along the Red Deer River through the valley since the 2013 flood, when the river came within half a "
 "metre of the top of the old berms. \"We were pumping basements for a month that summer,\" said councillor Lisa "
 "Wayne. The final phase covers the riverbank below the hoodoos on the road to East Coulee and a stretch near "
 "Rosedale, where a swinging suspension bridge carries walkers across the river. Upstream, heavy rain in the foothills "
 "west of the city of Red Deer and of Calgary sent the river rising fast in 2013 and again in 2005. The hamlet of "
 "Wayne, up a side valley with its 11 bridges, will get a new culvert. Tourists heading to the Royal Tyrrell Museum, "
 "in Midland Provincial Park, and to Horseshoe Canyon, west of town, should not notice any disruption, the town "
 "said. Work downstream is not planned; the river runs on past Dinosaur Provincial Park before crossing into "
 "Saskatchewan. Edmonton has promised to cover 80 per cent of the cost.",
 [("DRUMHELLER", 51.46, -112.71), ("Alta.", *ALBERTA), ("Red Deer River", 51.50, -112.70), ("Wayne", SKIP),
  ("East Coulee", 51.33, -112.48), ("Rosedale", 51.42, -112.63), ("Red Deer", 52.27, -113.81),
  ("Calgary", 51.05, -114.07), ("Wayne", 51.38, -112.66), ("Royal Tyrrell Museum", 51.48, -112.79, OPT),
  ("Midland Provincial Park", 51.48, -112.78), ("Horseshoe Canyon", 51.42, -112.87),
  ("Dinosaur Provincial Park", 50.76, -111.50), ("Saskatchewan", 54.0, -106.0), ("Edmonton", 53.55, -113.49, OPT)]),
# 11 Canada: St. Andrews, N.B. wharf (St Andrews in Fife as a far namesake, signalled; Calais, Maine across the
#    St. Croix; Fredericton = the province)
("ST. ANDREWS, N.B. — Council has approved a $2.1-million rebuild of the town wharf on Passamaquoddy Bay, where "
 "whale-watching boats and lobster fishermen have shared a crumbling deck for years. Whale-watching operators said "
 "they carried record numbers this summer, with trips out past Deer Island and Campobello Island, where the "
 "Roosevelt summer cottage draws visitors from across the border. At low tide, visitors still drive across the "
 "sandbar to Minister's Island, where the bar road floods twice a day. The town sits in Charlotte County, between "
 "St. Stephen, on the St. Croix River across from Calais, Maine, and the ferry to Grand Manan at Blacks Harbour. "
 "\"Half the people who phone us think we're in Scotland,\" said the pro at the resort golf course. The town shares "
 "its name with St Andrews in Fife, the home of golf, and draws some of the same players. Saint John, the nearest "
 "city, is about an hour's drive east. Work on the wharf is to begin after the lobster season closes in June, and "
 "Fredericton has promised a third of the money.",
 [("ST. ANDREWS", 45.07, -67.05), ("N.B.", *NEW_BRUNSWICK), ("Passamaquoddy Bay", 45.10, -67.00),
  ("Deer Island", 44.97, -66.95), ("Campobello Island", 44.88, -66.93), ("Minister's Island", 45.10, -67.03),
  ("Charlotte County", 45.30, -67.00), ("St. Stephen", 45.19, -67.28), ("St. Croix River", 45.40, -67.50),
  ("Calais", 45.18, -67.28), ("Maine", *MAINE), ("Grand Manan", 44.70, -66.80), ("Blacks Harbour", 45.05, -66.79),
  ("Scotland", *SCOTLAND), ("St Andrews", 56.34, -2.80), ("Fife", 56.25, -3.15), ("Saint John", 45.27, -66.06),
  ("Fredericton", 45.96, -66.64, OPT)]),
# 12 UK (Scotland): Peebles flood (Cardrona the Borders village vs the ski field in New Zealand; the Borders; roads,
#    a park and the council's name optional; Holyrood = the government)
("PEEBLES — The River Tweed burst its banks at Peebles on Sunday night after a day of heavy rain over the Borders "
 "hills, flooding the caravan site at Hay Lodge Park and closing the A72 between Peebles and Innerleithen. "
 "Firefighters helped eight people from caravans beside the river, and sandbags were handed out in Walkerburn and "
 "in Cardrona, the village between Peebles and Innerleithen that shares its name with a ski field near Wanaka, in "
 "New Zealand. \"It came up faster than I've seen in thirty years,\" said one resident of the town. The "
 "Eddleston Water, which joins the Tweed in the middle of the town, also spilled over its banks, and mountain bike "
 "trails at Glentress Forest were closed after several landslips. Scottish Borders Council opened a rest centre in "
 "the town's drill hall. Downstream, Galashiels and Melrose escaped the worst, though fields near Kelso were under "
 "water by Monday morning. The Manor Water and the Lyne Water, which drain the hills to the west, rose more than a "
 "metre overnight. Commuters to Edinburgh, 23 miles to the north, faced long diversions after the A703 was closed "
 "near Leadburn. Holyrood has promised to review flood defences on the upper Tweed.",
 [("PEEBLES", 55.65, -3.19), ("River Tweed", 55.60, -2.75), ("Peebles", 55.65, -3.19),
  ("Borders", *SCOTTISH_BORDERS), ("Hay Lodge Park", 55.65, -3.20, OPT), ("A72", 55.63, -3.10, OPT),
  ("Peebles", 55.65, -3.19), ("Innerleithen", 55.62, -3.06), ("Walkerburn", 55.63, -2.99),
  ("Cardrona", 55.62, -3.12), ("Peebles", 55.65, -3.19), ("Innerleithen", 55.62, -3.06),
  ("Wanaka", -44.70, 169.13), ("New Zealand", "NZ"), ("Eddleston Water", 55.70, -3.20), ("Tweed", 55.60, -2.75),
  ("Glentress Forest", 55.67, -3.15), ("Scottish Borders", *SCOTTISH_BORDERS, OPT), ("Galashiels", 55.62, -2.81),
  ("Melrose", 55.60, -2.72), ("Kelso", 55.60, -2.43), ("Manor Water", 55.62, -3.25), ("Lyne Water", 55.68, -3.28),
  ("Edinburgh", 55.95, -3.19), ("A703", 55.75, -3.20, OPT), ("Leadburn", 55.78, -3.22),
  ("Holyrood", 55.95, -3.17, OPT), ("Tweed", 55.60, -2.75)]),
# 13 UK (Wales): Tenby storm and Caldey boats (a harbourmaster named Pembroke vs Pembroke Dock; the council's name
#    optional; Cardiff = the Welsh government)
("TENBY — Boat trips from Tenby harbour to Caldey Island were called off on Tuesday after a spring storm damaged the "
 "landing jetty at Priory Bay, the island's monastic community said. Skippers say the crossing carries more than "
 "60,000 people a year, and the jetty is the only place to land passengers on Caldey. Elsewhere in south "
 "Pembrokeshire, the storm brought trees down across the road between Saundersfoot and Kilgetty, and the beach at "
 "Amroth lost much of its sand. The railway line through Penally to Pembroke Dock was closed for six hours after a "
 "landslip near Lydstep. \"The harbour is the heart of this town in summer,\" said harbourmaster Rhys Pembroke. "
 "Walkers on the coast path between Manorbier and Freshwater East were asked to stay away from the cliffs. "
 "Pembrokeshire County Council said repairs would be finished before the Whitsun holiday, when visitors from "
 "Swansea, Cardiff and the Midlands usually fill the town. Caldey lies about two miles off the coast, at the western "
 "end of Carmarthen Bay. Ministers in Cardiff have been asked for help with the cost of coastal repairs across "
 "west Wales.",
 [("TENBY", 51.67, -4.70), ("Tenby", 51.67, -4.70), ("Caldey Island", 51.63, -4.69), ("Priory Bay", 51.64, -4.69),
  ("Caldey", 51.63, -4.69), ("Pembrokeshire", *PEMBROKESHIRE), ("Saundersfoot", 51.71, -4.70),
  ("Kilgetty", 51.73, -4.71), ("Amroth", 51.73, -4.66), ("Penally", 51.66, -4.72), ("Pembroke Dock", 51.69, -4.94),
  ("Lydstep", 51.65, -4.77), ("Pembroke", SKIP), ("Manorbier", 51.65, -4.80), ("Freshwater East", 51.64, -4.87),
  ("Pembrokeshire", *PEMBROKESHIRE, OPT), ("Swansea", 51.62, -3.94), ("Cardiff", 51.48, -3.18),
  ("Midlands", 52.60, -1.90), ("Caldey", 51.63, -4.69), ("Carmarthen Bay", 51.65, -4.50),
  ("Cardiff", 51.48, -3.18, OPT), ("Wales", 52.35, -3.75)]),
# 14 UK (Northern Ireland): Kilkeel prawn season (a skipper named Newry and Newry the city; Greencastle, Co Down vs
#    Greencastle, Co Donegal; a bridge optional; places inside the council's name optional; Stormont = the executive)
("KILKEEL, Co Down — Skippers at Kilkeel say the prawn season in the Irish Sea has been the poorest in a decade, with "
 "some boats tied up for weeks as prices on the quay fell and fuel costs rose. Kilkeel, at the foot of the Mourne "
 "Mountains, is home to the biggest fishing fleet in Northern Ireland, ahead of Portavogie and Ardglass. \"We've men "
 "steaming out to the grounds off the Isle of Man and coming home with next to nothing,\" said skipper Declan Newry. "
 "Lorries from the harbour normally run fish up to Newry and on to processors in the Republic. Along the coast road "
 "the old harbour at Annalong is now used mostly by pleasure boats, and hillwalkers in the Mournes outnumber "
 "fishermen in the town's cafés most weekends. Farther up Carlingford Lough, work continues on the Narrow Water "
 "bridge between Warrenpoint and Omeath. Greencastle, a hamlet at the mouth of the lough, should not be confused "
 "with Greencastle in Co Donegal, which has a fishing harbour of its own. Newry, Mourne and Down District Council "
 "said it would press Stormont for a support package.",
 [("KILKEEL", 54.06, -6.00), ("Co Down", *CO_DOWN), ("Kilkeel", 54.06, -6.00), ("Irish Sea", 53.8, -5.0),
  ("Kilkeel", 54.06, -6.00), ("Mourne Mountains", 54.17, -5.95), ("Northern Ireland", *NORTHERN_IRELAND),
  ("Portavogie", 54.46, -5.44), ("Ardglass", 54.26, -5.61), ("Isle of Man", 54.23, -4.55), ("Newry", SKIP),
  ("Newry", 54.18, -6.34), ("Republic", "IE"), ("Annalong", 54.11, -5.90), ("Mournes", 54.17, -5.95),
  ("Carlingford Lough", 54.05, -6.15), ("Narrow Water", 54.10, -6.28, OPT), ("Warrenpoint", 54.10, -6.25),
  ("Omeath", 54.09, -6.26), ("Greencastle", 54.04, -6.10), ("Greencastle", 55.20, -6.99),
  ("Co Donegal", *CO_DONEGAL), ("Newry", 54.18, -6.34, OPT), ("Mourne", 54.17, -5.95, OPT),
  ("Down", *CO_DOWN, OPT), ("Stormont", 54.60, -5.83, OPT)]),
# 15 Ireland: Kinsale flood scheme (Scilly the waterside district vs the Isles of Scilly; Kinsale inside a festival's
#    name optional; a fort optional; Dublin = the OPW)
("KINSALE, Co Cork — Councillors have approved a €6.5 million flood relief scheme for Kinsale after the town centre "
 "flooded three times last winter, when high tides backed up the Bandon River and water poured over the quay walls. "
 "The plan includes new walls along the harbour front from the town out to Scilly, the small waterside district on "
 "the road to Summercove, which shares its name with the Isles of Scilly off Cornwall. Charles Fort, the star fort "
 "above Summercove, is not affected. Restaurant owners want the work finished before the Kinsale Gourmet Festival in "
 "October, which brings thousands of visitors from Cork and further afield. \"Every spring tide we're out watching "
 "the water,\" said one. Upriver, Innishannon and Bandon have had their own flood schemes in recent years. Roads to "
 "the Old Head of Kinsale and to the beach at Garrettstown were closed during the January storm, and the road "
 "through Ballinspittle was blocked by fallen trees for most of a day. The scheme still needs final approval and "
 "money from the Office of Public Works in Dublin before construction can begin next spring.",
 [("KINSALE", 51.71, -8.52), ("Co Cork", *CO_CORK), ("Kinsale", 51.71, -8.52), ("Bandon River", 51.75, -8.72),
  ("Scilly", 51.70, -8.51), ("Summercove", 51.70, -8.50), ("Isles of Scilly", 49.93, -6.32),
  ("Cornwall", 50.40, -4.90), ("Charles Fort", 51.697, -8.50, OPT), ("Summercove", 51.70, -8.50),
  ("Kinsale", 51.71, -8.52, OPT), ("Cork", 51.90, -8.47), ("Innishannon", 51.77, -8.65), ("Bandon", 51.75, -8.74),
  ("Old Head of Kinsale", 51.60, -8.53), ("Garrettstown", 51.64, -8.59), ("Ballinspittle", 51.66, -8.59),
  ("Dublin", 53.35, -6.26, OPT)]),
# 16 UK (England): Whitby Goth Weekend (Whitby, Ont. named after the port; Robin Hood's Bay; Varna and the Black Sea
#    from Dracula; the A171 and the council's name optional)
("WHITBY — Thousands of visitors in black lace and top hats packed the streets of Whitby at the weekend for the "
 "spring Goth Weekend, and police said the town had coped well despite queues on the A171 across the moors. Hotels "
 "and guest houses from Sandsend to Robin Hood's Bay were full. The festival has been held in the town since 1994, "
 "drawn by its place in Bram Stoker's Dracula, in which the count comes ashore from a wrecked ship that had sailed "
 "from Varna, on the Black Sea. Crowds climbed the 199 steps to the abbey ruins on the East Cliff, and the swing "
 "bridge over the River Esk opened again and again to let fishing boats in. Steam trains brought day-trippers "
 "across the North York Moors from Pickering, Goathland and Grosmont. \"It's been our busiest weekend since "
 "August,\" said a café owner in Ruswarp. North Yorkshire Council said extra park-and-ride buses would run at the "
 "autumn festival. Among the visitors was a couple from Whitby, Ontario, a town east of Toronto that was named "
 "after the Yorkshire port. Up the coast, Staithes reported its own overflow of cars.",
 [("WHITBY", 54.49, -0.61), ("Whitby", 54.49, -0.61), ("A171", 54.47, -0.75, OPT), ("Sandsend", 54.50, -0.67),
  ("Robin Hood's Bay", 54.43, -0.53), ("Varna", 43.21, 27.91), ("Black Sea", 43.0, 35.0),
  ("East Cliff", 54.488, -0.608), ("River Esk", 54.46, -0.80), ("North York Moors", 54.38, -0.88),
  ("Pickering", 54.25, -0.78), ("Goathland", 54.40, -0.72), ("Grosmont", 54.44, -0.72), ("Ruswarp", 54.47, -0.63),
  ("North Yorkshire", 54.10, -1.40, OPT), ("Whitby", 43.88, -78.94), ("Ontario", *ONTARIO),
  ("Toronto", 43.65, -79.38), ("Yorkshire", *YORKSHIRE, OPT), ("Staithes", 54.56, -0.79)]),
# 17 Australia: Katherine, NT flood (a shop owner named Katherine vs the town and the river; highways and the RAAF
#    base's name optional; Kununurra, WA)
("KATHERINE, NT — The Katherine River peaked at 18.3 metres at the town's old railway bridge on Tuesday night, "
 "spilling into low-lying streets and forcing about 150 people into the evacuation centre at the high school. The "
 "Stuart Highway was cut north of Katherine near the turn-off to Edith Falls and again south of town, "
 "leaving road trains stranded between Pine Creek and Mataranka. \"We moved everything up onto the benches and hoped "
 "for the best,\" said Katherine Nguyen, whose bakery on the main street took in half a metre of water. Boat tours "
 "in Nitmiluk Gorge were suspended, and the Victoria Highway was closed west of the river towards Timber Creek, "
 "cutting the road link to Kununurra, WA. Personnel from RAAF Base Tindal, south-east of town, helped fill sandbags. "
 "The river rises in western Arnhem Land and joins the Daly on its way to the Timor Sea. Downstream communities at "
 "Daly River were told to prepare for peak flows on Friday. The thermal pool at Mataranka, near the head of the Roper River, was "
 "closed as a precaution. Darwin has activated disaster recovery payments for affected households.",
 [("KATHERINE", -14.47, 132.26), ("NT", *NORTHERN_TERRITORY), ("Katherine River", -14.45, 132.35),
  ("Stuart Highway", -14.40, 132.20, OPT), ("Katherine", -14.47, 132.26), ("Edith Falls", -14.18, 132.19),
  ("Pine Creek", -13.82, 131.83), ("Mataranka", -14.92, 133.07), ("Katherine", SKIP),
  ("Nitmiluk Gorge", -14.32, 132.42), ("Victoria Highway", -14.60, 131.60, OPT), ("Timber Creek", -15.66, 130.48),
  ("Kununurra", -15.78, 128.74), ("WA", *WESTERN_AUSTRALIA), ("Tindal", -14.52, 132.38, OPT),
  ("Arnhem Land", -13.0, 134.5), ("Daly", -13.80, 130.70), ("Timor Sea", -11.0, 127.0),
  ("Daly River", -13.75, 130.69), ("Mataranka", -14.92, 133.07), ("Roper River", -14.70, 134.20),
  ("Darwin", -12.46, 130.84, OPT)]),
# 18 Australia: Mudgee, NSW frost and vintage (Rylstone vs the Yorkshire Dales village; Mudgee inside the festival's
#    name optional; the Cudgegong River, Lake Windamere)
("MUDGEE, NSW — Grape growers around Mudgee say a run of hard frosts in late October has cut this year's vintage by "
 "as much as 40 per cent, with the worst damage on the valley floor along the Cudgegong River. Vineyards in the "
 "hills towards Gulgong escaped with lighter losses, while growers near Rylstone and Kandos, on the higher country "
 "to the south-east, said early shoots were burnt black on three mornings running. \"You can fight one frost, but not "
 "three in a row,\" said one grower. Some wineries have already arranged to buy fruit from Orange and from the Hunter "
 "Valley to keep their labels on the shelves. Organisers of the Mudgee Wine and Food Festival said the event would go "
 "ahead in September. The frosts came after a dry winter that left Lake Windamere, the region's main water storage, "
 "at 38 per cent. Tourism operators in Hill End, the old gold town south of Mudgee, reported steady bookings from "
 "Sydney and Bathurst, and the council has asked Dubbo-based agronomists to run a frost workshop. Rylstone shares "
 "its name with a village in the Yorkshire Dales, in England, made famous by a charity calendar.",
 [("MUDGEE", -32.60, 149.59), ("NSW", *NSW), ("Mudgee", -32.60, 149.59), ("Cudgegong River", -32.60, 149.65),
  ("Gulgong", -32.36, 149.53), ("Rylstone", -32.80, 149.97), ("Kandos", -32.86, 149.97), ("Orange", -33.28, 149.10),
  ("Hunter Valley", -32.78, 151.28), ("Mudgee", -32.60, 149.59, OPT), ("Lake Windamere", -32.73, 149.77),
  ("Hill End", -33.03, 149.42), ("Mudgee", -32.60, 149.59), ("Sydney", -33.87, 151.21), ("Bathurst", -33.42, 149.58),
  ("Dubbo", -32.25, 148.60, OPT), ("Rylstone", -32.80, 149.97), ("Yorkshire Dales", 54.25, -2.15),
  ("England", *ENGLAND)]),
# 19 New Zealand: Wānaka slow start to the ski season (Cardrona the resort, the ski field and the village; the
#    Crown Range Road and the Clyde Dam optional; Lake Hāwea the township)
("WĀNAKA — Cardrona Alpine Resort opened only two of its lifts on Saturday after a dry start to winter, and Treble "
 "Cone has pushed back its opening by a fortnight, leaving Wānaka accommodation providers nervous about the July "
 "school holidays. Snowmakers at Cardrona ran around the clock all week. Traffic on the Crown Range Road between the "
 "Cardrona valley and Arrowtown was lighter than usual for June, and cafés in the tiny settlement of Cardrona said "
 "takings were down by a third. Motels in Albert Town and in the township of Lake Hāwea reported cancellations from "
 "Auckland and from Australia. \"We've had blue skies over Lake Wānaka for three weeks straight,\" said one motel "
 "owner. The Clutha River, which drains the lake at Albert Town, is running low, and the power company has warned "
 "that storage behind the Clyde Dam is below average. Climbers heading into Mount Aspiring National Park through the "
 "Matukituki Valley reported little snow below 1800 metres. Operators in Queenstown, over the Crown Range, said "
 "Coronet Peak and The Remarkables were in a similar position. Forecasters expect a southerly change to bring snow to "
 "Central Otago next week.",
 [("WĀNAKA", -44.70, 169.13), ("Cardrona", -44.87, 168.95, OPT), ("Treble Cone", -44.63, 168.90),
  ("Wānaka", -44.70, 169.13), ("Cardrona", -44.87, 168.95), ("Crown Range Road", -44.95, 168.95, OPT),
  ("Cardrona", -44.86, 169.01), ("Arrowtown", -44.94, 168.83), ("Cardrona", -44.86, 169.01),
  ("Albert Town", -44.68, 169.19), ("Lake Hāwea", -44.61, 169.26), ("Auckland", -36.85, 174.76),
  ("Australia", "AU"), ("Lake Wānaka", -44.50, 169.12), ("Clutha River", -45.4, 169.4),
  ("Albert Town", -44.68, 169.19), ("Clyde Dam", -45.17, 169.31, OPT),
  ("Mount Aspiring National Park", -44.40, 168.70), ("Matukituki Valley", -44.60, 168.85),
  ("Queenstown", -45.03, 168.66), ("Crown Range", -44.95, 168.95), ("Coronet Peak", -44.93, 168.73),
  ("The Remarkables", -45.05, 168.81), ("Central Otago", -45.2, 169.4)]),
# 20 New Zealand: Thames slips on the coast road (the town named after the river Cook called the Thames, now the
#    Waihou, and the River Thames in England; State Highway 25 and the district council's name optional)
("THAMES — State Highway 25 between Thames and Coromandel township reopened to one lane on Wednesday after contractors "
 "cleared the last of five slips that came down during last week's storm. The road along the western shore of the "
 "Coromandel Peninsula was closed for six days, cutting off Tararu and Te Puru from the south and forcing drivers "
 "heading north to go round by Tairua and Whitianga. In the Kauaeranga Valley, behind Thames, the river rose two "
 "metres overnight and washed out the access road to the Pinnacles track. Thames-Coromandel District Council said "
 "the bill for repairs across the district had passed $9 million. Farmers on the Hauraki Plains, across the Firth of "
 "Thames, lost fences and some stock when stopbanks were overtopped near Kōpū, and Paeroa was under a boil-water "
 "notice for two days. The town takes its name from the river Captain Cook called the Thames in 1769 because it "
 "reminded him of the River Thames in England; it is known today as the Waihou. Trucks from Auckland and Hamilton "
 "were being let through in convoys.",
 [("THAMES", -37.14, 175.54), ("State Highway 25", -36.95, 175.50, OPT), ("Thames", -37.14, 175.54),
  ("Coromandel", -36.76, 175.50), ("Coromandel Peninsula", -36.85, 175.65), ("Tararu", -37.11, 175.52),
  ("Te Puru", -37.05, 175.52), ("Tairua", -37.00, 175.85), ("Whitianga", -36.83, 175.70),
  ("Kauaeranga Valley", -37.10, 175.65), ("Thames", -37.14, 175.54), ("Pinnacles", -37.06, 175.66, OPT),
  ("Thames", -37.14, 175.54, OPT), ("Coromandel", -36.85, 175.65, OPT), ("Hauraki Plains", -37.30, 175.50),
  ("Firth of Thames", -37.05, 175.40), ("Kōpū", -37.18, 175.58), ("Paeroa", -37.38, 175.67),
  ("Thames", -37.40, 175.70), ("River Thames", 51.50, -0.90), ("England", *ENGLAND), ("Waihou", -37.40, 175.70),
  ("Auckland", -36.85, 174.76), ("Hamilton", -37.79, 175.28)]),
# 21 India: Mahabaleshwar strawberries (the Krishna rises here; Venna Lake; a fort; the Koyna dam optional; Satara
#    the district; Mumbai)
("Mahabaleshwar: Strawberry growers in Mahabaleshwar and Panchgani say unseasonal rain in the first week of February "
 "has destroyed up to a third of the crop, just as the winter tourist season reached its peak. Farmers in Bhilar, the "
 "village between the two hill stations, said the fruit had split and rotted on the plants within days. \"Every "
 "year the crop is smaller and the rain comes at the wrong time,\" said a grower whose family has farmed near Venna "
 "Lake for three generations. Growers sell much of their fruit by the roadside to visitors from Pune and Mumbai, and "
 "to jam and syrup makers in Wai, at the foot of the ghat. The Satara district administration has ordered a survey of "
 "the losses. Tourism was hit too: boating on Venna Lake was stopped for two days, and a landslip closed the road to "
 "Pratapgad fort. Officials said the rain had also raised water levels at the Koyna dam, to the south. The Krishna, "
 "one of the great rivers of the peninsula, rises at a temple in Old Mahabaleshwar before flowing east across "
 "Maharashtra and into Karnataka. Farm groups have asked the state government for compensation of Rs 50,000 an "
 "acre.",
 [("Mahabaleshwar", 17.92, 73.66), ("Mahabaleshwar", 17.92, 73.66), ("Panchgani", 17.92, 73.80),
  ("Bhilar", 17.91, 73.76), ("Venna Lake", 17.93, 73.67), ("Pune", 18.52, 73.86), ("Mumbai", 19.08, 72.88),
  ("Wai", 17.95, 73.89), ("Satara", 17.60, 74.10, OPT), ("Venna Lake", 17.93, 73.67), ("Pratapgad", 17.94, 73.58),
  ("Koyna", 17.40, 73.75, OPT), ("Krishna", 16.50, 77.00), ("Old Mahabaleshwar", 17.94, 73.64),
  ("Maharashtra", *MAHARASHTRA), ("Karnataka", 15.0, 76.0)]),
# 22 South Africa: Hermanus mountain fire (Vermont the suburb vs the US state; Stanford the village; Walker Bay;
#    roads and the municipality's name optional)
("Hermanus: Firefighters were still dousing hotspots in the Fernkloof Nature Reserve on Monday after a fire that "
 "started on the slopes above Vermont on Friday swept across the mountains behind Hermanus, forcing about 200 "
 "households in Voëlklip and Sandbaai to leave their homes overnight. Vermont, a residential area on the western "
 "edge of the town, shares its name with the state in New England, a coincidence that regularly confuses online "
 "booking sites. Helicopters scooped water from Walker Bay and from the Klein River lagoon near Stanford. No homes "
 "were lost, but several wine farms in the Hemel-en-Aarde Valley lost vines and a barn. \"The wind turned three times "
 "in one night,\" said a volunteer firefighter from Onrus. The R43 to Stanford and Gansbaai was closed for most of "
 "Saturday, and smoke was seen from Kleinmond and Betty's Bay. Overstrand Municipality said the reserve's trails "
 "would stay closed for at least a month. Teams from Cape Town and from elsewhere in the Overberg joined the "
 "effort. The Hermanus Whale Festival, due in late September, is expected to go ahead as planned.",
 [("Hermanus", -34.42, 19.24), ("Fernkloof Nature Reserve", -34.40, 19.27), ("Vermont", -34.41, 19.17),
  ("Hermanus", -34.42, 19.24), ("Voëlklip", -34.41, 19.29), ("Sandbaai", -34.42, 19.20),
  ("Vermont", -34.41, 19.17), ("New England", 44.0, -71.5), ("Walker Bay", -34.45, 19.30),
  ("Klein River", -34.43, 19.40), ("Stanford", -34.44, 19.46), ("Hemel-en-Aarde Valley", -34.37, 19.25),
  ("Onrus", -34.42, 19.18), ("R43", -34.50, 19.35, OPT), ("Stanford", -34.44, 19.46), ("Gansbaai", -34.58, 19.35),
  ("Kleinmond", -34.34, 19.03), ("Betty's Bay", -34.36, 18.92), ("Overstrand", -34.40, 19.30, OPT),
  ("Cape Town", -33.92, 18.42), ("Overberg", -34.50, 20.00), ("Hermanus", -34.42, 19.24, OPT)]),
# 23 Philippines: Dumaguete City and the Apo Island cap (Valencia vs the city in Spain; Cebu the province; Oslob;
#    the Sibulan airport optional; Manila = the national agencies)
("DUMAGUETE CITY — Dive operators in Dauin and Zamboanguita have asked the provincial board of Negros Oriental to "
 "delay a new daily cap on visitors to Apo Island, saying the limit of 300 divers and snorkellers a day would hurt "
 "dozens of small resorts along the coast. Boats to the island leave from the beach at Malatapay, where a weekly "
 "market draws buyers from across the south of the province. \"The reef is our living, so we want it protected too,\" "
 "said one resort owner in Dauin. Board members said coral monitoring showed damage from anchors and fins. The cap "
 "would start in June, when visitors from Manila and from abroad arrive through the airport at Sibulan, north of "
 "Dumaguete. Tourism officials in Valencia, the hill town at the foot of Cuernos de Negros that shares its name "
 "with the city in Spain, said visitors to its hot springs and waterfalls were also down. Ferries to Siquijor and "
 "across the Tañon Strait to Oslob, in Cebu, where tourists swim with whale sharks, were unaffected. The board is "
 "expected to vote on the cap next month after hearings in Dumaguete and Bais City.",
 [("DUMAGUETE CITY", 9.31, 123.31), ("Dauin", 9.19, 123.27), ("Zamboanguita", 9.10, 123.20),
  ("Negros Oriental", 9.65, 123.00), ("Apo Island", 9.07, 123.27), ("Malatapay", 9.11, 123.21),
  ("Dauin", 9.19, 123.27), ("Manila", 14.60, 120.98), ("Sibulan", 9.35, 123.28, OPT), ("Dumaguete", 9.31, 123.31),
  ("Valencia", 9.28, 123.25), ("Cuernos de Negros", 9.25, 123.17), ("Spain", "ES"), ("Siquijor", 9.20, 123.55),
  ("Tañon Strait", 10.00, 123.30), ("Oslob", 9.52, 123.43), ("Cebu", 10.30, 123.85), ("Dumaguete", 9.31, 123.31),
  ("Bais City", 9.59, 123.12)]),
# 24 Jamaica: Port Antonio rafting halted (the Rio Grande vs the US-Mexico river; Portland the parish vs Portland,
#    Maine; Boston Bay vs Boston; Navy Island)
("PORT ANTONIO, Jamaica — Bamboo rafting on the Rio Grande has been suspended for a second week after heavy rain over "
 "the Blue Mountains sent the river surging through the valley, raft captains said. About 200 captains work the "
 "river between Berrydale and Rafter's Rest at St Margaret's Bay, and many say they have had no income since the "
 "start of the month. \"The river is too fast and too brown for tourists,\" said one captain. The Jamaican river, of "
 "course, is a great deal shorter than the Rio Grande that forms much of the border between Texas and Mexico. Across "
 "the parish of Portland, the rain washed out sections of the main road at Buff Bay and near Manchioneal, and a "
 "landslide blocked the road to Reach Falls. Hotels around Frenchman's Cove and the Blue Lagoon said guests had "
 "cancelled trips, and jerk centres at Boston Bay reported quiet weekends. The parish shares its name with Portland, "
 "Maine, and Boston Bay with Boston, but locals say the similarity ends there. Boat trips to Navy Island, in the "
 "harbour, resumed on Sunday. Motorists travelling to Kingston were advised to use the route through Annotto Bay "
 "until repairs are finished.",
 [("PORT ANTONIO", 18.18, -76.45), ("Jamaica", "JM"), ("Rio Grande", 18.12, -76.52),
  ("Blue Mountains", 18.05, -76.60), ("Berrydale", 18.09, -76.52), ("Rafter's Rest", 18.20, -76.50, OPT),
  ("St Margaret's Bay", 18.19, -76.50),
  ("Rio Grande", *RIO_GRANDE_US), ("Texas", *TEXAS), ("Mexico", "MX"), ("Portland", 18.13, -76.53),
  ("Buff Bay", 18.23, -76.66), ("Manchioneal", 18.04, -76.28), ("Reach Falls", 18.03, -76.30),
  ("Frenchman's Cove", 18.175, -76.40), ("Blue Lagoon", 18.17, -76.39), ("Boston Bay", 18.16, -76.35),
  ("Portland", 43.66, -70.26), ("Maine", *MAINE), ("Boston Bay", 18.16, -76.35), ("Boston", 42.36, -71.06),
  ("Navy Island", 18.19, -76.46), ("Kingston", 17.99, -76.79), ("Annotto Bay", 18.27, -76.77)]),
]


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-h", lang="en"))
    write(rows, ROOT / "tests/data/local_news_h.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
