#!/usr/bin/env python3
"""Builds tests/data/local_news_c.jsonl: a third blind set of English local and regional news articles
(TR-News / LGL-like), written by a helper who never saw the engine, with no article, story or main
setting of sets A or B. Same conventions as make_local_news_set_b.py: toponyms in order of appearance,
every mention including repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth element
OPT marks a row as optional (the row's "optional" is then true): a street, road, bridge or building,
"Washington" (or another capital) standing for a government, a place inside the name of an
organisation or event, and adjectival uses. Two small additions to set B's conventions:
(surface, "CC", OPT) is an optional country, and (surface, SKIP) consumes an occurrence of the string
that is NOT a toponym (a person named like a place, a club) so that the next row of the same surface
lands on the right occurrence; SKIP rows are dropped from the output. Teams, clubs, organisations,
people and demonyms named like places are not toponyms; street addresses are not annotated."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402

OPT = "optional"
SKIP = "skip"
ROOT = Path(__file__).resolve().parent.parent

ENGLAND = 52.50, -1.50
SCOTLAND = 56.80, -4.20
NORTHERN_IRELAND = 54.65, -6.70
EUROPE = 48.69, 9.14
ASIA = 34.00, 100.00
TEXAS = 31.00, -99.00
MONTANA = 47.00, -109.60
WYOMING = 43.00, -107.50
OREGON = 44.00, -120.50
CALIFORNIA = 37.20, -119.50
KENTUCKY = 37.50, -85.30
ALABAMA = 32.80, -86.80
MAINE = 45.40, -69.20
PENNSYLVANIA = 40.90, -77.80
NORTH_CAROLINA = 35.50, -79.40
TENNESSEE = 35.86, -86.35
ARKANSAS = 34.90, -92.40
NEW_HAMPSHIRE = 43.70, -71.60
VERMONT = 44.00, -72.70
CONNECTICUT = 41.60, -72.70
ARIZONA = 34.30, -111.70
HAWAII = 20.75, -156.50
WASHINGTON_DC = 38.90, -77.04
ONTARIO = 50.00, -85.00
BRITISH_COLUMBIA = 53.70, -127.60
ALBERTA = 55.00, -115.00
NEW_SOUTH_WALES = -32.00, 147.00
SOUTH_AUSTRALIA = -30.00, 135.80
WESTERN_AUSTRALIA = -25.00, 122.00
TASMANIA = -42.00, 146.60
CORNWALL = 50.40, -4.90

P = [
# 01 US: Victoria, Texas flood (Victoria the Texas city, a nurse named Victoria, then Victoria, B.C.;
#    "U.S. 59" and a park optional; "the Texas city" adjectival and Texas inside an agency name optional;
#    Austin and Washington for the state and federal governments optional)
("VICTORIA, Texas — The Guadalupe River crested at nearly 31 feet here early Thursday, pushing water "
 "into low-lying homes near Riverside Park and closing the U.S. 59 bridge over the river, Victoria County "
 "officials said. Upstream, the river had already swamped parts of Cuero in DeWitt County on Wednesday "
 "after two days of heavy rain in the Hill Country. Emergency coordinator Rick Villarreal said about 140 "
 "residents spent the night at a church shelter on the north side of town. \"We saw worse in 1998, and "
 "people here know when to leave,\" he said. Downstream, officials in Calhoun County warned that the "
 "surge would reach Green Lake and the bay at Port Lavaca by the weekend. Volunteer boat crews came from "
 "as far as Corpus Christi and Houston. Victoria Salinas, a nurse who lives near the zoo, said she had "
 "carried her furniture upstairs for the third time in a decade. The mayor of Victoria, British "
 "Columbia, sent a message of sympathy to the Texas city that shares its name. The Texas Department of "
 "Transportation said the highway could reopen by Sunday if the water keeps falling. County Judge Tom "
 "Ortiz said he had already spoken to Austin and Washington about disaster aid.",
 [("VICTORIA", 28.81, -97.00), ("Texas", *TEXAS), ("Guadalupe River", 29.30, -97.60),
  ("Riverside Park", 28.81, -97.01, OPT), ("U.S. 59", 28.78, -96.97, OPT), ("Victoria County", 28.80, -96.97),
  ("Cuero", 29.09, -97.29), ("DeWitt County", 29.08, -97.36), ("Hill Country", 30.20, -98.90),
  ("Calhoun County", 28.44, -96.61), ("Green Lake", 28.57, -96.84), ("Port Lavaca", 28.61, -96.63),
  ("Corpus Christi", 27.80, -97.40), ("Houston", 29.76, -95.37), ("Victoria", SKIP),
  ("Victoria", 48.43, -123.37), ("British Columbia", *BRITISH_COLUMBIA), ("Texas", *TEXAS, OPT),
  ("Texas", *TEXAS, OPT), ("Austin", 30.27, -97.74, OPT), ("Washington", *WASHINGTON_DC, OPT)]),

# 02 US: Livingston, Mont. tourism ("Mont."; Yellowstone River vs Yellowstone National Park; Park County;
#    a hotel manager named Cheyenne is a person; Pray is a hamlet; a boat ramp optional; Washington = grant money)
("LIVINGSTON, Mont. — Business owners in this old railroad town on the Yellowstone River say summer has "
 "started stronger than any year since the 2022 flood, when the river tore out roads in Paradise Valley "
 "and shut the northern entrance to Yellowstone National Park for months. Hotel bookings in Park County "
 "are up 12 percent on last year, the county's tourism office said Monday. Cheyenne Brooks, who manages a "
 "hotel on Main Street, said guests had flown in from Atlanta, Seattle and even Melbourne, Australia, to "
 "fish the river and drive south to Gardiner. The rebuilt road from Gardiner to Mammoth Hot Springs, just "
 "across the line in Wyoming, has carried record traffic since it reopened. Not everyone is pleased. \"On a "
 "Saturday in July you can't find a place to park in Pray or Emigrant anymore,\" said rancher Walt "
 "Kessler, whose family has run cattle in the valley since the 1920s. The county commission voted 2-1 on "
 "Tuesday to require permits for short-term rentals, following similar rules in Bozeman and Whitefish. "
 "Commissioners also approved a new boat ramp at Mayor's Landing, paid for largely with a grant from "
 "Washington. Fishing guides warned that low water in August could bring back the river closures seen "
 "during recent droughts.",
 [("LIVINGSTON", 45.66, -110.56), ("Mont.", *MONTANA), ("Yellowstone River", 45.80, -108.40),
  ("Paradise Valley", 45.40, -110.70), ("Yellowstone National Park", 44.60, -110.50),
  ("Park County", 45.49, -110.53), ("Atlanta", 33.75, -84.39), ("Seattle", 47.61, -122.33),
  ("Melbourne", -37.81, 144.96), ("Australia", "AU"), ("Gardiner", 45.03, -110.71), ("Gardiner", 45.03, -110.71),
  ("Mammoth Hot Springs", 44.98, -110.70), ("Wyoming", *WYOMING), ("Pray", 45.38, -110.68),
  ("Emigrant", 45.37, -110.72), ("Bozeman", 45.68, -111.04), ("Whitefish", 48.41, -114.34),
  ("Mayor's Landing", 45.67, -110.55, OPT), ("Washington", *WASHINGTON_DC, OPT)]),

# 03 US: Ashland, Ore. festival and wildfire smoke ("Ore.", "Calif.", "Ky."; Oregon inside the festival's
#    name optional; Ashland, Ky. in passing; a park, an interstate optional; Siskiyou Summit is a pass)
("ASHLAND, Ore. — The Oregon Shakespeare Festival moved three evening performances indoors this week "
 "after smoke from a wildfire in the Siskiyou Mountains settled over the Rogue Valley. Air quality "
 "readings in Ashland and Medford reached the \"hazardous\" range on Monday as the smoke drifted north "
 "from a fire burning west of Yreka, Calif. Jackson County health officials urged older residents to stay "
 "inside and closed the splash pad in Lithia Park. Interstate 5 was briefly closed at Siskiyou Summit on "
 "Tuesday when flames came within a mile of the highway. Festival spokeswoman Dana Whitlock said ticket "
 "holders from Portland, Sacramento and San Francisco had been offered refunds or seats at later shows. "
 "A group of 40 high school students who had traveled from Ashland, Ky., for a week of workshops would "
 "still see every play, she said. On clear days Mount Shasta is visible from the hills above town, but "
 "by Wednesday it had vanished behind a brown haze. Fire crews said no rain was expected before the "
 "weekend.",
 [("ASHLAND", 42.19, -122.71), ("Ore.", *OREGON), ("Oregon", *OREGON, OPT), ("Siskiyou Mountains", 42.00, -123.30),
  ("Rogue Valley", 42.35, -122.85), ("Ashland", 42.19, -122.71), ("Medford", 42.33, -122.87),
  ("Yreka", 41.74, -122.63), ("Calif.", *CALIFORNIA), ("Jackson County", 42.43, -122.73),
  ("Lithia Park", 42.19, -122.72, OPT), ("Interstate 5", 42.08, -122.60, OPT), ("Siskiyou Summit", 42.08, -122.60),
  ("Portland", 45.52, -122.68), ("Sacramento", 38.58, -121.49), ("San Francisco", 37.77, -122.42),
  ("Ashland", 38.48, -82.64), ("Ky.", *KENTUCKY), ("Mount Shasta", 41.41, -122.19)]),

# 04 US: Florence, Ala. school board ("Ala."; a board president named Florence; East Florence is a
#    neighborhood; "the Shoals" region; Montgomery = the state government, optional; Florence, Italy)
("FLORENCE, Ala. — The city school board voted 4-1 Tuesday to replace the aging Hibbett Middle School "
 "with a new building on the north side of Florence, ending two years of debate over whether to renovate "
 "it. The $48 million project will be paid for with a bond issue and a share of a Lauderdale County sales "
 "tax. Board president Florence Whitt, a retired teacher, said the old building had flooded twice since "
 "2019. Parents from the East Florence neighborhood asked the board to keep the school within reach, and "
 "the board promised an extra bus route. Construction is expected to begin next spring. The vote came a "
 "week after the school board in Muscle Shoals, across the Tennessee River in Colbert County, approved its "
 "own expansion. Enrollment across the Shoals has grown as new plants opened in Sheffield and Tuscumbia "
 "and families moved down from Nashville and Huntsville. The one member who voted no said the board "
 "should have waited for state money from Montgomery. Students in the school's Latin club will still go "
 "ahead with a spring trip to Florence, Italy, paid for with bake sales and car washes.",
 [("FLORENCE", 34.80, -87.68), ("Ala.", *ALABAMA), ("Florence", 34.80, -87.68),
  ("Lauderdale County", 34.90, -87.65), ("Florence", SKIP), ("East Florence", 34.80, -87.66),
  ("Muscle Shoals", 34.74, -87.67), ("Tennessee River", 34.70, -86.90), ("Colbert County", 34.70, -87.80),
  ("Shoals", 34.75, -87.67), ("Sheffield", 34.77, -87.70), ("Tuscumbia", 34.73, -87.70),
  ("Nashville", 36.16, -86.78), ("Huntsville", 34.73, -86.59), ("Montgomery", 32.38, -86.30, OPT),
  ("Florence", 43.77, 11.25), ("Italy", "IT")]),

# 05 US: Bangor, Maine court (Portland, Ore. vs Portland, Maine; Bangor, Northern Ireland in passing;
#    "U.S." inside the court's name and the county inside the sheriff's office optional; Boston for the appeals court)
("BANGOR, Maine — A former restaurant owner from Brewer was sentenced Friday in U.S. District Court here "
 "to 30 months in prison for taking nearly $410,000 in pandemic relief loans with false payroll records. "
 "Prosecutors said Kyle Dunning, 44, moved to Maine from Portland, Ore., in 2016 and opened a seafood "
 "restaurant in Brewer, just across the Penobscot River from Bangor. He also ran a food truck that worked "
 "summers in Bar Harbor, at the edge of Acadia National Park. On some loan forms he listed the business "
 "in Portland, Maine, and on others in Portland, Oregon, which investigators said helped him avoid early "
 "scrutiny. Among the victims was a fishermen's cooperative in Stonington, on Deer Isle, which lent him "
 "$30,000 for equipment that was never bought. His brother, who flew in from Bangor, Northern Ireland, told "
 "the court that Dunning had always paid back family members. The judge ordered full restitution and "
 "three years of supervised release. Dunning's lawyer said he would appeal to the federal appeals court "
 "in Boston. The Penobscot County sheriff's office, which first investigated the case, said other "
 "complaints were still under review.",
 [("BANGOR", 44.80, -68.77), ("Maine", *MAINE), ("Brewer", 44.80, -68.76), ("U.S.", "US", OPT),
  ("Maine", *MAINE), ("Portland", 45.52, -122.68), ("Ore.", *OREGON), ("Brewer", 44.80, -68.76),
  ("Penobscot River", 45.00, -68.65), ("Bangor", 44.80, -68.77), ("Bar Harbor", 44.39, -68.20),
  ("Acadia National Park", 44.34, -68.27), ("Portland", 43.66, -70.26), ("Maine", *MAINE),
  ("Portland", 45.52, -122.68), ("Oregon", *OREGON), ("Stonington", 44.16, -68.67), ("Deer Isle", 44.22, -68.68),
  ("Bangor", 54.65, -5.67), ("Northern Ireland", *NORTHERN_IRELAND), ("Boston", 42.36, -71.06),
  ("Penobscot County", 45.40, -68.65, OPT)]),

# 06 US: Lancaster, Pa. dairy farms ("Pa."; Intercourse and Bird-in-Hand are villages; New Holland is not
#    Holland; Washington = a federal program, optional; Lancaster, England in passing)
("LANCASTER, Pa. — Dozens of small dairy farms in Lancaster County have stopped shipping milk in the past "
 "year, squeezed by low prices and rising feed costs, according to a report released Thursday by the "
 "county's agricultural extension office. The losses have been heaviest among Plain families farming "
 "around Intercourse, Bird-in-Hand and New Holland, where many herds have fewer than 50 cows. Some farmers "
 "have switched to growing vegetables for markets in Philadelphia and Baltimore; others have sold land to "
 "developers near Lititz and Ephrata. \"My grandfather milked here, and I may be the last,\" said Amos "
 "Stoltzfus, 38, who farms along the Conestoga River. Farmers also face stricter limits on manure runoff, "
 "because the county's streams drain into the Susquehanna River and on into the Chesapeake Bay. State "
 "officials in Harrisburg have offered grants for fencing and stream buffers, and a federal program run "
 "from Washington pays part of the cost of manure storage. Extension agent Laura Hershey said a cheese "
 "plant planned near Strasburg could offer a steady buyer. The report came out in the same week as a "
 "visit by a farming delegation from Lancaster, England, the city's namesake, which toured three farms.",
 [("LANCASTER", 40.04, -76.31), ("Pa.", *PENNSYLVANIA), ("Lancaster County", 40.04, -76.25),
  ("Intercourse", 40.04, -76.10), ("Bird-in-Hand", 40.04, -76.18), ("New Holland", 40.10, -76.09),
  ("Philadelphia", 39.95, -75.17), ("Baltimore", 39.29, -76.61), ("Lititz", 40.16, -76.31),
  ("Ephrata", 40.18, -76.18), ("Conestoga River", 40.00, -76.30), ("Susquehanna River", 40.60, -76.70),
  ("Chesapeake Bay", 38.30, -76.30), ("Harrisburg", 40.27, -76.88), ("Washington", *WASHINGTON_DC, OPT),
  ("Strasburg", 39.98, -76.18), ("Lancaster", 54.05, -2.80), ("England", *ENGLAND)]),

# 07 US: Marshall, N.C. bridge to an island after the flood ("N.C.", "Ark."; a fire chief named Marshall;
#    Mars Hill is a town; Hot Springs, N.C. vs Hot Springs, Ark.; a state road and a long trail optional)
("MARSHALL, N.C. — A year after the French Broad River swept through downtown Marshall, the town reopened "
 "the bridge to Blannahassett Island on Saturday with a parade of fire trucks and a bluegrass band. The "
 "island, in the middle of the river, once held the county's old high school and now houses artists' "
 "studios, most of which were gutted by the flood. Fire Chief Marshall Reese, who steered the first rescue "
 "boats through town that morning, cut the ribbon. \"Half the people standing here were on a roof that "
 "day,\" he said. Madison County commissioners estimate the storm did more than $200 million in damage "
 "across the county, including the washed-out road to Hot Springs, where the Appalachian Trail crosses "
 "the river. Visitors who came up from Asheville and Weaverville for the ceremony had to detour through "
 "Mars Hill because N.C. 213 is still closed. A few businesses have moved to Knoxville, across the line in "
 "Tennessee, and not all of them will come back. Mayor Ruth Ellison said the town had received letters "
 "and donations from as far away as Hot Springs, Ark., whose mayor wrote that the two towns shared more "
 "than a name.",
 [("MARSHALL", 35.80, -82.68), ("N.C.", *NORTH_CAROLINA), ("French Broad River", 35.70, -82.65),
  ("Marshall", 35.80, -82.68), ("Blannahassett Island", 35.80, -82.69), ("Madison County", 35.86, -82.71),
  ("Hot Springs", 35.89, -82.83), ("Appalachian Trail", 35.89, -82.83, OPT), ("Asheville", 35.60, -82.55),
  ("Weaverville", 35.70, -82.56), ("Mars Hill", 35.83, -82.55), ("N.C. 213", 35.81, -82.62, OPT),
  ("Knoxville", 35.96, -83.92), ("Tennessee", *TENNESSEE), ("Hot Springs", 34.50, -93.06), ("Ark.", *ARKANSAS)]),

# 08 US: Lebanon, N.H. bridge closure ("N.H.", "Vt.", "Conn."; Lebanon the town vs Lebanon the country;
#    White River Junction is part of Hartford, Vt., not Hartford, Conn.; "the Vermont town" adjectival;
#    two bridges/interstates optional; Washington, Concord and Montpelier = governments, optional)
("LEBANON, N.H. — The main bridge across the Connecticut River between West Lebanon and White River "
 "Junction, Vt., will close for ten weeks starting Monday for deck repairs, the two states' "
 "transportation departments said. Drivers will be sent north to the Ledyard Bridge in Hanover or onto "
 "Interstate 89, adding up to 20 minutes to some commutes. The bridge is owned jointly by New Hampshire "
 "and Vermont. Business owners on both sides of the river say they are bracing for a slow summer. Samir "
 "Haddad, who runs a bakery in West Lebanon and moved here from Zahle, Lebanon, in 1998, said the last "
 "closure cut his sales by a third. \"My customers joke that I never really left home,\" he said. "
 "Officials in Hartford, the Vermont town that includes White River Junction, have asked for a shuttle "
 "bus; they note that letters meant for Hartford, Conn., 130 miles downriver, still turn up at town hall. "
 "Grafton County and Windsor County will station ambulances on each side during the closure. Half of the "
 "$6 million cost is coming from Washington, with the rest split between Concord and Montpelier.",
 [("LEBANON", 43.64, -72.25), ("N.H.", *NEW_HAMPSHIRE), ("Connecticut River", 43.50, -72.40),
  ("West Lebanon", 43.64, -72.31), ("White River Junction", 43.65, -72.32), ("Vt.", *VERMONT),
  ("Ledyard Bridge", 43.70, -72.30, OPT), ("Hanover", 43.70, -72.29), ("Interstate 89", 43.63, -72.32, OPT),
  ("New Hampshire", *NEW_HAMPSHIRE), ("Vermont", *VERMONT), ("West Lebanon", 43.64, -72.31),
  ("Zahle", 33.85, 35.90), ("Lebanon", "LB"), ("Hartford", 43.66, -72.34), ("Vermont", *VERMONT, OPT),
  ("White River Junction", 43.65, -72.32), ("Hartford", 41.76, -72.68), ("Conn.", *CONNECTICUT),
  ("Grafton County", 43.94, -71.82), ("Windsor County", 43.58, -72.59), ("Washington", *WASHINGTON_DC, OPT),
  ("Concord", 43.21, -71.54, OPT), ("Montpelier", 44.26, -72.58, OPT)]),

# 09 US: Williams, Ariz. water restrictions ("Ariz."; Bill Williams Mountain; a barista named Sedona is a
#    person; Grand Canyon the place vs inside the railway's name, optional; Tokyo in passing)
("WILLIAMS, Ariz. — The City Council voted unanimously Thursday night to move to Stage 3 water "
 "restrictions, banning lawn watering and car washing after a dry winter left the town's reservoirs at "
 "less than a third of capacity. Kaibab Lake and Dogtown Lake, which supply most of the town's water, have "
 "dropped so low that the boat ramps at both end in dry mud. Williams, which calls itself the Gateway to "
 "the Grand Canyon, sees more than a million visitors a year, most of them on their way to Grand Canyon "
 "National Park, about 60 miles north. Hotels will be asked to stop changing towels and sheets every day. "
 "Barista Sedona Lujan said tour buses from Phoenix and Las Vegas were still pulling in every morning. "
 "\"Most of them have no idea we're short of water,\" she said. The council also agreed to pay for water "
 "to be trucked in from Flagstaff if the reservoirs fall further, as happened in 2014. Businesses in "
 "Tusayan, just outside the park, face similar limits, and Coconino County supervisors will discuss a "
 "drought declaration next week. Snow on Bill Williams Mountain, which usually lasts into May, was gone by "
 "the end of March. A visitor from Tokyo, waiting at the depot for the Grand Canyon Railway, said he had "
 "not noticed anything unusual.",
 [("WILLIAMS", 35.25, -112.19), ("Ariz.", *ARIZONA), ("Kaibab Lake", 35.28, -112.16),
  ("Dogtown Lake", 35.21, -112.12), ("Williams", 35.25, -112.19), ("Grand Canyon", 36.10, -112.11),
  ("Grand Canyon National Park", 36.10, -112.11), ("Phoenix", 33.45, -112.07), ("Las Vegas", 36.17, -115.14),
  ("Flagstaff", 35.20, -111.65), ("Tusayan", 35.97, -112.13), ("Coconino County", 35.84, -111.77),
  ("Bill Williams Mountain", 35.20, -112.21), ("Tokyo", 35.68, 139.69), ("Grand Canyon", 36.10, -112.11, OPT)]),

# 10 Canada: Perth, Ont. boardwalk (Perth, Ont. vs Perth, Scotland vs Perth, Australia; the Tay in Ontario,
#    then the Tay in Scotland; Queen's Park = the Ontario government, optional; a park and a festival optional)
("PERTH, Ont. — Town council voted 5-2 on Tuesday to replace the ageing boardwalk along the Tay River "
 "through Stewart Park, at a cost of $1.2 million. The boardwalk, built in the 1980s, has been closed since "
 "a spring flood lifted whole sections off their posts. The Tay runs from Bobs Lake through the centre of "
 "Perth and, by way of the Tay Canal, reaches the Rideau Canal at Lower Rideau Lake. Councillor Ian Munro "
 "said boaters from Ottawa and Kingston who tie up at the town basin each summer spend millions in local "
 "shops. Lanark County has promised $300,000, and the town will apply for a provincial grant from Queen's "
 "Park. Two councillors argued the money would be better spent on roads. Perth was founded in 1816 by "
 "army veterans and Scottish settlers and named after Perth, Scotland, which also sits on a river called "
 "the Tay. Town staff say they still receive mail meant for Perth, Australia, \"at least once a month.\" "
 "Construction is expected to start in the fall, after the Stewart Park Festival.",
 [("PERTH", 44.90, -76.25), ("Ont.", *ONTARIO), ("Tay River", 44.89, -76.30), ("Stewart Park", 44.90, -76.25, OPT),
  ("Tay", 44.89, -76.30), ("Bobs Lake", 44.68, -76.60), ("Perth", 44.90, -76.25), ("Tay Canal", 44.88, -76.16),
  ("Rideau Canal", 44.70, -76.10), ("Lower Rideau Lake", 44.86, -76.12), ("Ottawa", 45.42, -75.70),
  ("Kingston", 44.23, -76.49), ("Lanark County", 45.05, -76.35), ("Queen's Park", 43.66, -79.39, OPT),
  ("Perth", 44.90, -76.25), ("Perth", 56.40, -3.44), ("Scotland", *SCOTLAND), ("Tay", 56.50, -3.60),
  ("Perth", -31.95, 115.86), ("Australia", "AU"), ("Stewart Park", 44.90, -76.25, OPT)]),

# 11 Canada: Salmon Arm, B.C. after the Shuswap fire ("B.C."; North Shuswap region; the Trans-Canada
#    Highway optional; "BC" inside an agency's name optional; the Okanagan)
("SALMON ARM, B.C. — Resorts and houseboat operators on Shuswap Lake say summer bookings are close to "
 "normal, a year after a wildfire tore through the North Shuswap and destroyed more than 170 homes in "
 "Scotch Creek, Celista and neighbouring communities. Marinas in Sicamous reported nearly every houseboat "
 "rented through August, and traffic on the Trans-Canada Highway between Salmon Arm and Sicamous was heavy "
 "with Alberta licence plates over the long weekend. In Scotch Creek, where blackened hillsides still rise "
 "behind the rebuilt general store, owner Heather Lund said the first tourists to return were families "
 "from Calgary and Edmonton who had rented the same cabins for decades. \"They came to help us clean up "
 "before they came to swim,\" she said. Some residents are still angry about the response in 2023, when "
 "locals defied evacuation orders to fight the fire with their own boats and pumps. The regional district "
 "said it would open a new fire hall in Celista this fall. Smoke from fires in the Okanagan, south of "
 "Vernon, drifted over the lake on Sunday but cleared by evening. The BC Wildfire Service reported no "
 "active fires within 50 kilometres of Sorrento or Kamloops on Tuesday.",
 [("SALMON ARM", 50.70, -119.28), ("B.C.", *BRITISH_COLUMBIA), ("Shuswap Lake", 50.93, -119.25),
  ("North Shuswap", 50.93, -119.42), ("Scotch Creek", 50.91, -119.47), ("Celista", 50.95, -119.38),
  ("Sicamous", 50.84, -118.98), ("Trans-Canada Highway", 50.75, -119.10, OPT), ("Salmon Arm", 50.70, -119.28),
  ("Sicamous", 50.84, -118.98), ("Alberta", *ALBERTA), ("Scotch Creek", 50.91, -119.47),
  ("Calgary", 51.05, -114.07), ("Edmonton", 53.55, -113.49), ("Celista", 50.95, -119.38),
  ("Okanagan", 50.00, -119.50), ("Vernon", 50.27, -119.27), ("BC", *BRITISH_COLUMBIA, OPT),
  ("Sorrento", 50.88, -119.47), ("Kamloops", 50.67, -120.33)]),

# 12 Canada: Canmore, Alta. paid parking ("Alta."; Banff the town vs Banff National Park; the Bow Valley and
#    the Bow River; Three Sisters peaks; Edmonton = the provincial government, optional; a highway optional)
("CANMORE, Alta. — Town council on Tuesday approved paid parking in downtown Canmore for the first time, "
 "starting at $3 an hour on summer weekends, in an effort to ease congestion from the millions of visitors "
 "who pass through the Bow Valley each year. Residents with town permits will park free. The decision "
 "follows a similar move in Banff, 25 kilometres west inside Banff National Park. Councillor Marc Giroux "
 "said the money would help pay for more buses to Banff and Lake Louise. Many of the cars come from "
 "Calgary, an hour's drive east, and on long weekends traffic backs up onto the Trans-Canada Highway. "
 "Business owners near the Bow River said they feared losing customers. Lisa Tran, who runs a climbing "
 "shop, said climbers heading to Kananaskis Country often stop in town for breakfast and may now drive "
 "past. Many of her staff can no longer afford rent in town and live in Harvie Heights or commute from "
 "Cochrane. The view of the Three Sisters from the main street is one of the most photographed in the "
 "province, she added. Council also voted to ask Edmonton for help building staff housing.",
 [("CANMORE", 51.09, -115.36), ("Alta.", *ALBERTA), ("Canmore", 51.09, -115.36), ("Bow Valley", 51.10, -115.40),
  ("Banff", 51.18, -115.57), ("Banff National Park", 51.50, -116.00), ("Banff", 51.18, -115.57),
  ("Lake Louise", 51.43, -116.18), ("Calgary", 51.05, -114.07), ("Trans-Canada Highway", 51.09, -115.33, OPT),
  ("Bow River", 51.10, -115.00), ("Kananaskis Country", 50.80, -115.20), ("Harvie Heights", 51.11, -115.40),
  ("Cochrane", 51.19, -114.47), ("Three Sisters", 51.05, -115.35),
  ("Edmonton", 53.55, -113.49, OPT)]),

# 13 England: Swaledale storm (Richmond, North Yorkshire vs Richmond upon Thames; River Swale;
#    North Yorkshire and the national park inside the names of their authorities, optional; a bridge optional)
("Farmers in upper Swaledale are still counting the cost of last week's storm, which sent the River Swale "
 "over its banks at Reeth and washed away a stretch of the road to Gunnerside. North Yorkshire Council said "
 "the road would stay closed for at least a month while engineers rebuild the embankment. Further down "
 "the dale in Richmond, the river rose to within a metre of the top of the flood wall below the Green "
 "Bridge on Saturday night, and people living near the riverside were told to be ready to leave. Soldiers "
 "from Catterick Garrison helped fill sandbags in the market place. Sheep farmer Tom Metcalfe, whose "
 "family has farmed above Muker for four generations, said he had lost around 60 ewes. \"You can't fence "
 "against that much water,\" he said. The Yorkshire Dales National Park Authority said several footpaths "
 "had been damaged and asked walkers to check before setting out. Hotels and pubs in the dale, which "
 "depend on walkers from Darlington and Teesside, have reported cancellations. A fundraising page set up "
 "by a former Reeth resident now living in Richmond upon Thames has raised more than £8,000. The "
 "Environment Agency said river levels had returned to normal by Tuesday.",
 [("Swaledale", 54.38, -2.00), ("River Swale", 54.35, -1.70), ("Reeth", 54.39, -1.94), ("Gunnerside", 54.38, -2.07),
  ("North Yorkshire", 54.20, -1.40, OPT), ("Richmond", 54.40, -1.74), ("Green Bridge", 54.40, -1.74, OPT),
  ("Catterick Garrison", 54.38, -1.71), ("Muker", 54.38, -2.14),
  ("Yorkshire Dales National Park", 54.25, -2.10, OPT), ("Darlington", 54.52, -1.55), ("Teesside", 54.57, -1.23),
  ("Reeth", 54.39, -1.94), ("Richmond upon Thames", 51.46, -0.30)]),

# 14 England: Wigan Athletic fans' march (the club and the rugby club are not places; Barnsley and Leigh
#    here are clubs; Wigan the town in a quote and in "town centre"; Wigan inside the council's name and
#    Greater Manchester inside the police force's name optional; the stadium optional; Toronto in passing)
("Hundreds of Wigan Athletic supporters are expected to march from Wigan Pier to the Brick Community "
 "Stadium at Robin Park before Saturday's game against Barnsley, in protest at the club's finances. "
 "Players and staff have been paid late twice this season, and the club has been fined by the English "
 "Football League. Gemma Preston, who chairs the supporters' trust, said some members had booked flights "
 "from as far away as Toronto to join the march. \"This club belongs to Wigan, not to whoever happens to "
 "own it this year,\" she said. The trust has asked fans from Standish, Hindley and Ashton-in-Makerfield to "
 "gather at the pier from 1pm. Greater Manchester Police said roads around the stadium would be closed "
 "from noon. Wigan Warriors, who share the ground, play Leigh Leopards there on Friday, and the trust has "
 "asked rugby league fans to join in. The leader of Wigan Council said the council would meet the trust "
 "next week. Pubs in Wigan town centre are expected to be busy; one landlord said it felt \"like the Cup "
 "final all over again.\"",
 [("Wigan Pier", 53.54, -2.64), ("Brick Community Stadium", 53.55, -2.65, OPT), ("Robin Park", 53.55, -2.66),
  ("Toronto", 43.65, -79.38), ("Wigan", 53.55, -2.63), ("Standish", 53.59, -2.66), ("Hindley", 53.54, -2.57),
  ("Ashton-in-Makerfield", 53.49, -2.64), ("Greater Manchester", 53.50, -2.30, OPT), ("Wigan", SKIP),
  ("Wigan", 53.55, -2.63, OPT), ("Wigan", 53.55, -2.63)]),

# 15 Scotland: Mull ferry disruption (Mull the island; the MV Isle of Mull is a ship, not annotated;
#    Lismore here is the island near Oban; "the Mull route" adjectival, optional; Argyll and Bute inside the council's name and Holyrood
#    = the Scottish government, optional; a family from Texas in passing)
("Islanders on Mull, off Scotland's west coast, have demanded an urgent meeting with CalMac after a fourth "
 "week of disruption on the ferry route between Oban and Craignure. The route's usual vessel, the MV Isle "
 "of Mull, has been under repair in Greenock since early May, and the smaller replacement cannot carry "
 "lorries. Fiona MacLean, who runs a hotel in Tobermory, said bookings had fallen by a third and fresh "
 "food was arriving days late. \"We're an island, and the ferry is our road,\" she said. Farmers on Lismore and "
 "Kerrera, which are served by smaller ferries from Oban, said livestock sales at the mart in Oban had also "
 "suffered. Argyll and Bute Council said it would raise the matter with ministers at Holyrood. Tourists "
 "have been caught out too: a family from Texas said they had waited six hours at the ferry terminal in "
 "Oban before giving up on a day trip to Iona. Sailings to Coll, Tiree and Colonsay have also been cut "
 "because vessels were moved to cover the Mull route. CalMac said the regular ferry should return to "
 "service next week and apologised to passengers.",
 [("Mull", 56.45, -5.90), ("Scotland", *SCOTLAND), ("Oban", 56.41, -5.47), ("Craignure", 56.47, -5.71),
  ("Greenock", 55.95, -4.76), ("Tobermory", 56.62, -6.07), ("Lismore", 56.52, -5.49), ("Kerrera", 56.40, -5.52),
  ("Oban", 56.41, -5.47), ("Oban", 56.41, -5.47), ("Argyll and Bute", 56.30, -5.30, OPT),
  ("Holyrood", 55.95, -3.17, OPT), ("Texas", *TEXAS), ("Oban", 56.41, -5.47), ("Iona", 56.33, -6.40),
  ("Coll", 56.64, -6.55), ("Tiree", 56.50, -6.88), ("Colonsay", 56.07, -6.20), ("Mull", 56.45, -5.90, OPT)]),

# 16 Ireland: Clonmel court (Clonmel inside the court's name optional, Clonmel itself required at the end;
#    "Co. Tipperary"/"Co. Kilkenny" with "Co." as part of the name; a solicitor named Cashel, then Cashel
#    the town; Slievenamon is a mountain; Brisbane in passing)
("A Fethard farmer has been fined €3,000 at Clonmel District Court for moving cattle without the required "
 "tags and paperwork. The court heard that Department of Agriculture inspectors found 14 untagged animals "
 "on the man's land at Killenaule, Co. Tipperary, during an inspection in March of last year. The cattle "
 "had been bought at the mart in Cahir and were due to be sold on to a dealer in Co. Kilkenny. Solicitor "
 "Niall Cashel, for the defendant, said his client was in his seventies, farmed alone on poor land below "
 "Slievenamon and had \"simply fallen behind with the paperwork\" after his wife's death. His only son "
 "lives in Brisbane and could not help on the farm. Two character references were handed in, one of them "
 "from the parish priest in Cashel. The judge noted that the man had no previous convictions but said "
 "the traceability of animals was vital to the country's beef exports. She gave him six months to pay the "
 "fine. In a separate case, a Carrick-on-Suir man charged with assault was sent forward for trial to the "
 "next sitting of the circuit court in Waterford. The court will next sit in Clonmel on Tuesday.",
 [("Fethard", 52.47, -7.69), ("Clonmel", 52.36, -7.70, OPT), ("Killenaule", 52.57, -7.67),
  ("Co. Tipperary", 52.67, -7.83), ("Cahir", 52.38, -7.92), ("Co. Kilkenny", 52.58, -7.25), ("Cashel", SKIP),
  ("Slievenamon", 52.43, -7.56), ("Brisbane", -27.47, 153.03), ("Cashel", 52.52, -7.89),
  ("Carrick-on-Suir", 52.35, -7.41), ("Waterford", 52.26, -7.11), ("Clonmel", 52.36, -7.70)]),

# 17 Northern Ireland: Lough Erne boating (Upper and Lower Lough Erne as separate names; "the Republic"
#    = Ireland, optional; "U.K."; Fermanagh and Omagh inside the council's name optional; Europe, Germany
#    and Dublin in passing; islands and a mountain on the border)
("Hire-boat companies on Lough Erne say bookings are up by a fifth this season, with more visitors coming "
 "from the Republic and from continental Europe. At the marina in Enniskillen, operator Seán Maguire said "
 "a third of his customers this year had come from Germany, many of them landing at Dublin and driving "
 "north. Many cruise the length of Upper Lough Erne and continue south along the Shannon–Erne Waterway "
 "into Co. Leitrim, crossing the border without noticing. \"The fish don't know which side of the border "
 "they're on, and neither do most of my customers,\" he said. Fermanagh and Omagh District Council has "
 "spent £400,000 on new jetties, including one on Devenish Island, where the round tower draws thousands "
 "of visitors a year. On Lower Lough Erne, new moorings have opened near Boa Island and at Belleek, where "
 "the river leaves the lake and flows on to Ballyshannon in Co. Donegal. Walkers are also flocking to "
 "Cuilcagh Mountain, on the border south-west of the town. Tourism officials in Belfast said overnight "
 "stays in Co. Fermanagh were back to pre-pandemic levels, though they warned that fuel for boats remained "
 "cheaper across the border than in the U.K.",
 [("Lough Erne", 54.35, -7.65), ("Republic", "IE", OPT), ("Europe", *EUROPE), ("Enniskillen", 54.34, -7.64),
  ("Germany", "DE"), ("Dublin", 53.35, -6.26), ("Upper Lough Erne", 54.22, -7.52),
  ("Shannon–Erne Waterway", 54.10, -7.80), ("Co. Leitrim", 54.12, -8.00),
  ("Fermanagh and Omagh", 54.45, -7.50, OPT), ("Devenish Island", 54.37, -7.66),
  ("Lower Lough Erne", 54.47, -7.80), ("Boa Island", 54.52, -7.85), ("Belleek", 54.48, -8.09),
  ("Ballyshannon", 54.50, -8.19), ("Co. Donegal", 54.90, -8.00), ("Cuilcagh Mountain", 54.20, -7.81),
  ("Belfast", 54.60, -5.93), ("Co. Fermanagh", 54.35, -7.65), ("U.K.", "GB")]),

# 18 Australia: Lismore, NSW flood buybacks (North and South Lismore are suburbs; Wilsons River flows into
#    the Richmond River; Casino is a town; Lismore, Co. Waterford in passing; Northern Rivers inside an
#    agency's name optional; Canberra = the federal government, optional)
("More than 600 homeowners in Lismore, in northern NSW, have now accepted offers to sell their "
 "flood-damaged houses under the state and federal buyback scheme, the Northern Rivers Reconstruction "
 "Corporation said on Monday. Most of the homes are in North Lismore and South Lismore, low-lying suburbs "
 "that went under when the Wilsons River peaked at a record 14.4 metres in February 2022. Residents of "
 "Coraki and Woodburn, downstream on the Richmond River, have also been offered buybacks. The council "
 "wants to move about 1,000 residents to new estates on higher ground in Goonellabah. Brigid Dwyer, who "
 "grew up in Lismore, Co. Waterford, in Ireland, and moved to Australia in 1979, said she would take the "
 "offer. \"I've been flooded five times. I'm done,\" she said. Others want to stay and have asked for "
 "money to raise their houses on stilts instead. Some families have already moved to Casino and Kyogle, "
 "where rents are lower. Local MPs said they would press Canberra for more money before the next wet "
 "season.",
 [("Lismore", -28.81, 153.28), ("NSW", *NEW_SOUTH_WALES), ("Northern Rivers", -28.80, 153.30, OPT),
  ("North Lismore", -28.79, 153.27), ("South Lismore", -28.82, 153.26), ("Wilsons River", -28.80, 153.30),
  ("Coraki", -28.99, 153.29), ("Woodburn", -29.07, 153.34), ("Richmond River", -28.95, 153.25),
  ("Goonellabah", -28.82, 153.32), ("Lismore", 52.14, -7.93), ("Co. Waterford", 52.20, -7.60),
  ("Ireland", "IE"), ("Australia", "AU"), ("Casino", -28.86, 153.05), ("Kyogle", -28.62, 153.00),
  ("Canberra", -35.28, 149.13, OPT)]),

# 19 Australia: Launceston silt raking (a councillor named Tamar, then the Tamar; North Esk and South Esk
#    without "River"; Invermay is a suburb; Hobart = the state government, optional; Launceston in Cornwall)
("Councillors in Launceston have voted to spend $1.8 million over three years raking silt from the upper "
 "Tamar River, ending a decade-long argument over whether the work does any good. Mud builds up each "
 "summer where the North Esk and South Esk rivers meet the estuary, and residents say the smell and the "
 "grey banks keep visitors away from the waterfront. Councillor Tamar Whitford, who moved the motion, said "
 "raking had to go hand in hand with better land management upstream. Critics pointed to a scientific "
 "review which found the silt returns within months. The vote was 7-5. Flooding in Invermay, a low-lying "
 "suburb protected by levees, was also discussed; in 2016 floodwater came within centimetres of the top of "
 "the levee. Cataract Gorge, where the South Esk enters the city, drew record crowds last summer, and "
 "tourism operators want the river to match. Operators from George Town, where the Tamar meets Bass "
 "Strait, support the plan. The council will ask Hobart for matching funds. Launceston, Tasmania's second "
 "city, takes its name from Launceston in Cornwall.",
 [("Launceston", -41.44, 147.14), ("Tamar River", -41.25, 146.95), ("North Esk", -41.45, 147.35),
  ("South Esk", -41.60, 147.45), ("Invermay", -41.42, 147.14), ("Cataract Gorge", -41.45, 147.12),
  ("South Esk", -41.60, 147.45), ("George Town", -41.10, 146.82), ("Tamar", -41.25, 146.95),
  ("Bass Strait", -39.80, 146.00), ("Hobart", -42.88, 147.33, OPT), ("Launceston", -41.44, 147.14),
  ("Tasmania", *TASMANIA), ("Launceston", 50.64, -4.36), ("Cornwall", *CORNWALL)]),

# 20 Australia: Mildura water buybacks (a grower named Murray, then the Murray; Murray-Darling Basin;
#    Sunraysia district; Mildura inside the council's name optional; Canberra optional; export countries)
("Citrus and table grape growers around Mildura say a new round of federal water buybacks could force "
 "more family farms out of the Sunraysia district. The government plans to buy water entitlements from "
 "irrigators across the Murray-Darling Basin to restore flows to the lower Murray River and the Coorong in "
 "South Australia. Murray Thompson, who grows oranges on 40 hectares near Red Cliffs, said every megalitre "
 "taken out of the district made it harder for young farmers to get started. \"Dad named me after the "
 "river, and I'd like my kids to farm on it,\" he said. Mildura Rural City Council estimates the region "
 "could lose 1,200 jobs if the buybacks go ahead. Growers in Merbein and across the river at Wentworth, in "
 "NSW, where the Darling joins the Murray, have formed a joint lobby group that will travel to Canberra "
 "next month. Environmental groups in Adelaide welcomed the plan, saying the river mouth had almost closed "
 "during the Millennium Drought. Most of the district's fruit is trucked to Melbourne and shipped to "
 "China, Japan and Indonesia.",
 [("Mildura", -34.19, 142.16), ("Sunraysia", -34.20, 142.20), ("Murray-Darling Basin", -32.00, 145.00),
  ("Murray River", -35.00, 143.50), ("Coorong", -35.95, 139.45), ("South Australia", *SOUTH_AUSTRALIA),
  ("Red Cliffs", -34.31, 142.19), ("Mildura", -34.19, 142.16, OPT), ("Merbein", -34.17, 142.06),
  ("Wentworth", -34.11, 141.92), ("NSW", *NEW_SOUTH_WALES), ("Darling", -32.40, 142.60), ("Murray", -35.00, 143.50),
  ("Canberra", -35.28, 149.13, OPT), ("Adelaide", -34.93, 138.60), ("Melbourne", -37.81, 144.96),
  ("China", "CN"), ("Japan", "JP"), ("Indonesia", "ID")]),

# 21 New Zealand: Nelson storm (Nelson and Tasman regions; Richmond, N.Z.; an emergency controller named
#    Nelson is a person; Abel Tasman National Park after Tasman; a state highway optional; Wellington optional)
("Hundreds of slips have closed roads across Nelson and Tasman after more than 250mm of rain fell in 24 "
 "hours, and a state of emergency remains in place. The Maitai River burst its banks on Friday night, "
 "flooding homes close to the city centre, and about 40 households in Atawhai were evacuated after a "
 "hillside gave way above them. State Highway 6 between Nelson and Blenheim is closed at several points, "
 "and the road over Takaka Hill is shut, cutting Golden Bay off by road. In Richmond, south of the city, "
 "shops reopened on Sunday after water receded from the main street. Further west, the Motueka River rose "
 "to its highest level in decades. Campers at Tahunanui were moved to a school hall, and the Department of "
 "Conservation closed all campsites in Abel Tasman National Park. Emergency controller Nelson Kerr said "
 "the rainfall was among the heaviest ever recorded in New Zealand over a single day. \"Some people in "
 "Golden Bay will be cut off for a while yet,\" he said. The government in Wellington has promised $2 "
 "million for the clean-up.",
 [("Nelson", -41.27, 173.28), ("Tasman", -41.45, 172.75), ("Maitai River", -41.27, 173.31),
  ("Atawhai", -41.24, 173.32), ("State Highway 6", -41.27, 173.45, OPT), ("Nelson", -41.27, 173.28),
  ("Blenheim", -41.51, 173.96), ("Takaka Hill", -41.03, 172.90), ("Golden Bay", -40.75, 172.85),
  ("Richmond", -41.34, 173.18), ("Motueka River", -41.40, 172.80), ("Tahunanui", -41.28, 173.24),
  ("Abel Tasman National Park", -40.90, 173.00), ("New Zealand", "NZ"), ("Golden Bay", -40.75, 172.85),
  ("Wellington", -41.29, 174.78, OPT)]),

# 22 India: Kullu monsoon floods ("Beas river" with "river" lower-case, span is "Beas"; places inside the
#    highway's name and the airport's name optional; India inside the weather department's name optional;
#    Shimla = the state government, optional, then Shimla the district, required; Israel in passing)
("Kullu: Hundreds of tourists were stranded in Kullu and Manali on Tuesday after the swollen Beas river "
 "washed away a stretch of the Chandigarh-Manali highway near Aut and damaged two bridges, officials "
 "said. Incessant rain over the past 48 hours triggered landslides across Himachal Pradesh's Kullu "
 "district, and the Parvati Valley was cut off after a bridge at Bhuntar developed cracks. The deputy "
 "commissioner said about 2,000 tourists, most of them from Delhi, Punjab and Haryana, were staying in "
 "hotels and relief camps in Manali. \"All are safe. Food and water are being supplied,\" she said. All "
 "flights to Bhuntar airport were cancelled. Traffic through the Atal Tunnel to Lahaul was allowed only "
 "for emergency vehicles, and the road to Rohtang Pass was closed. Downstream in Mandi, families living "
 "along the river were shifted to safer places. A group of trekkers from Israel stranded near Kasol "
 "walked out on Monday with the help of local guides. The state government in Shimla has sought Rs 500 "
 "crore from the Centre as interim relief. The India Meteorological Department has issued an orange alert "
 "for Kullu, Mandi and Shimla districts for the next two days.",
 [("Kullu", 31.96, 77.11), ("Kullu", 31.96, 77.11), ("Manali", 32.24, 77.19), ("Beas", 31.70, 76.70),
  ("Chandigarh", 30.73, 76.78, OPT), ("Manali", 32.24, 77.19, OPT), ("Aut", 31.75, 77.20),
  ("Himachal Pradesh", 31.90, 77.25), ("Kullu", 31.96, 77.11), ("Parvati Valley", 32.02, 77.35),
  ("Bhuntar", 31.88, 77.14), ("Delhi", 28.61, 77.21), ("Punjab", 30.90, 75.50), ("Haryana", 29.10, 76.10),
  ("Manali", 32.24, 77.19), ("Bhuntar", 31.88, 77.14, OPT), ("Atal Tunnel", 32.40, 77.15, OPT),
  ("Lahaul", 32.57, 77.03), ("Rohtang Pass", 32.37, 77.25), ("Mandi", 31.71, 76.93), ("Israel", "IL"),
  ("Kasol", 32.01, 77.31), ("Shimla", 31.10, 77.17, OPT), ("India", "IN", OPT), ("Kullu", 31.96, 77.11),
  ("Mandi", 31.71, 76.93), ("Shimla", 31.10, 77.17)]),

# 23 India: Udupi fishing ban ends (Malpe harbour, span "Malpe"; St Mary's Island; migrant workers from
#    Odisha and Jharkhand; Bengaluru = the state government, optional; the Arabian Sea)
("Udupi: Fishing boats headed out from Malpe harbour on Friday as the annual 61-day monsoon fishing ban "
 "along the coast of Karnataka came to an end. Hundreds of trawlers and purse-seine boats, many of them "
 "from Kundapura, Mangaluru and Bhatkal, had been tied up since June 1. Boat owners said many of their "
 "crew, migrant workers from Odisha and Jharkhand, had returned only this week. \"The Arabian Sea is still "
 "rough, but we cannot wait any longer,\" said a trawler owner. Mackerel and sardine prices in local "
 "markets are expected to fall within days, and buyers from Kerala and Goa were already waiting at the "
 "harbour. Tourist boats from Malpe beach to St Mary's Island will stay suspended until the sea calms in "
 "September, officials said. Students from Manipal usually make up a large share of the island's weekend "
 "visitors. The Udupi fishermen's association has asked the fisheries minister in Bengaluru to increase "
 "the diesel subsidy.",
 [("Udupi", 13.34, 74.75), ("Malpe", 13.35, 74.70), ("Karnataka", 15.00, 76.00), ("Kundapura", 13.63, 74.69),
  ("Mangaluru", 12.87, 74.84), ("Bhatkal", 13.99, 74.56), ("Odisha", 20.50, 84.40), ("Jharkhand", 23.60, 85.30),
  ("Arabian Sea", 15.00, 65.00), ("Kerala", 10.50, 76.30), ("Goa", 15.30, 74.12), ("Malpe", 13.35, 74.70),
  ("St Mary's Island", 13.38, 74.67), ("Manipal", 13.35, 74.79), ("Udupi", 13.34, 74.75, OPT),
  ("Bengaluru", 12.97, 77.59, OPT)]),

# 24 South Africa: Makhanda arts festival (Makhanda = Grahamstown; Joza is a township; the Edinburgh
#    Fringe is an event, Edinburgh inside it optional; Bhisho = the provincial government, optional)
("The National Arts Festival opens in Makhanda on Thursday, with organisers promising a full programme "
 "despite the town's long-running water crisis. Parts of the Eastern Cape town, known as Grahamstown until "
 "2018, have been without running water for days at a time this year, and guesthouses have been asked to "
 "install tanks. More than 400 shows are on the programme, with performers from Johannesburg and Cape "
 "Town as well as a theatre company that took its show to the Edinburgh Fringe last year. Many visitors "
 "will stay in Port Alfred, on the coast about 60km away, and fly in to Gqeberha. Residents of Joza, the "
 "township on the edge of town, say the water cuts hit them hardest. \"The festival gets tankers, we get "
 "excuses,\" said one resident. The municipality said extra tankers would serve all wards during the ten "
 "days of the festival. The provincial government in Bhisho has promised money for a new pipeline. The "
 "festival, South Africa's largest, brought an estimated R100 million into the local economy last year.",
 [("Makhanda", -33.31, 26.52), ("Eastern Cape", -32.30, 26.40), ("Grahamstown", -33.31, 26.52),
  ("Johannesburg", -26.20, 28.05), ("Cape Town", -33.92, 18.42), ("Edinburgh", 55.95, -3.19, OPT),
  ("Port Alfred", -33.59, 26.89), ("Gqeberha", -33.96, 25.60), ("Joza", -33.32, 26.55),
  ("Bhisho", -32.85, 27.44, OPT), ("South Africa", "ZA")]),

# 25 Kenya: Laikipia grazing conflict (Mount Kenya vs Kenya the country; the Ewaso Ng'iro; Samburu the
#    county; Nairobi = the national government, optional; London in passing)
("Nanyuki: Herders and ranchers in Laikipia County are again at odds as the dry season drags on, with "
 "thousands of cattle driven onto private ranches and conservancies in search of pasture. The county "
 "commissioner said about 2,000 head of cattle had crossed onto ranches north of Nanyuki since January, "
 "some of them brought by herders from Samburu and Isiolo. The Ewaso Ng'iro, which rises on the slopes of "
 "Mount Kenya, stopped flowing near Archer's Post in February, hitting herders and tourist lodges in "
 "Samburu alike. A wheat farmer near Timau said his fences had been cut three times in a month. Police "
 "reinforcements have been sent from Nyeri. Land in Laikipia is among the most unequally shared in Kenya, "
 "and conflicts over grazing have flared in most dry years since 2017. Lodge owners, who depend on "
 "visitors flying in from London and Nairobi, say cancellations have already begun. The national "
 "government in Nairobi has promised to send relief food and water bowsers.",
 [("Nanyuki", 0.01, 37.07), ("Laikipia County", 0.36, 36.78), ("Nanyuki", 0.01, 37.07), ("Samburu", 1.20, 37.00),
  ("Isiolo", 0.35, 37.58), ("Ewaso Ng'iro", 0.55, 37.55), ("Mount Kenya", -0.15, 37.31),
  ("Archer's Post", 0.64, 37.67), ("Samburu", 1.20, 37.00), ("Timau", 0.09, 37.24), ("Nyeri", -0.42, 36.95),
  ("Laikipia", 0.36, 36.78), ("Kenya", "KE"), ("London", 51.51, -0.13), ("Nairobi", -1.29, 36.82),
  ("Nairobi", -1.29, 36.82, OPT)]),

# 26 Nigeria: Calabar carnival (Cross River State vs the Cross River; Calabar inside the carnival's name
#    optional; a resort optional, the plateau required; diaspora from Houston and London)
("Calabar: Hotels in Calabar are fully booked ahead of this year's Calabar Carnival, with officials in "
 "Cross River State expecting more than a million visitors during the December festivities. The "
 "commissioner for tourism said bands from Lagos, Abuja and Port Harcourt had registered for the street "
 "parade, while members of the diaspora were flying in from Houston and London. Guesthouses in Uyo, the "
 "capital of Akwa Ibom, about 70km away, are also taking bookings. A boat regatta will be held on the "
 "Calabar River for the first time in five years. Further north, the Obudu Mountain Resort has reopened its "
 "cable car after repairs. The resort sits on the Obudu Plateau, close to the border with Cameroon. "
 "Traders in Ikom, on the banks of the Cross River, from which the state takes its name, said they "
 "expected good business from tourists heading to the plateau. Police said 5,000 officers would be "
 "deployed across Calabar Municipality and Calabar South. The carnival, launched in 2004, is one of the "
 "biggest street festivals in Nigeria.",
 [("Calabar", 4.95, 8.32), ("Calabar", 4.95, 8.32), ("Calabar", 4.95, 8.32, OPT), ("Cross River State", 5.87, 8.60),
  ("Lagos", 6.52, 3.38), ("Abuja", 9.08, 7.40), ("Port Harcourt", 4.82, 7.03), ("Houston", 29.76, -95.37),
  ("London", 51.51, -0.13), ("Uyo", 5.04, 7.93), ("Akwa Ibom", 5.00, 7.85), ("Calabar River", 5.05, 8.35),
  ("Obudu Mountain Resort", 6.37, 9.37, OPT), ("Obudu Plateau", 6.37, 9.37), ("Cameroon", "CM"),
  ("Ikom", 5.96, 8.71), ("Cross River", 5.70, 8.40), ("Calabar Municipality", 4.98, 8.34),
  ("Calabar South", 4.93, 8.31), ("Nigeria", "NG")]),

# 27 Malaysia: Sandakan tourism (Sepilok inside the centre's name optional; the Turtle Islands Park and
#    Selingan Island; the Philippines and South Korea by code; Perth, Australia in passing, bare)
("Sandakan: Tour operators on Sabah's east coast say visitor numbers are back above pre-pandemic levels, "
 "helped by extra flights from Kuala Lumpur and Kota Kinabalu. The Sepilok Orangutan Rehabilitation "
 "Centre, about 25km from Sandakan town, received more than 1,000 visitors a day during the school "
 "holidays. Lodges at Sukau, on the Kinabatangan River, reported full bookings for river safaris to see "
 "proboscis monkeys and pygmy elephants. \"Five years ago our guests were mostly from Europe. Now many come "
 "from South Korea and China,\" said lodge manager Jessica Lim. Trips to Selingan Island, part of the Turtle "
 "Islands Park in the Sulu Sea near the border with the Philippines, have been capped at 50 visitors a "
 "night to protect nesting green turtles. Operators want the state government to lengthen the runway at "
 "the airport in Sandakan so that larger aircraft can fly in directly from abroad. A couple from Perth, who "
 "had just climbed Mount Kinabalu, said they had come for the wildlife rather than the beaches.",
 [("Sandakan", 5.84, 118.12), ("Sabah", 5.40, 117.00), ("Kuala Lumpur", 3.14, 101.69),
  ("Kota Kinabalu", 5.98, 116.07), ("Sepilok", 5.87, 117.95, OPT), ("Sandakan", 5.84, 118.12),
  ("Sukau", 5.52, 118.28), ("Kinabatangan River", 5.50, 117.90), ("Europe", *EUROPE), ("South Korea", "KR"),
  ("China", "CN"), ("Selingan Island", 6.17, 118.06), ("Turtle Islands Park", 6.17, 118.06),
  ("Sulu Sea", 8.00, 120.00), ("Philippines", "PH"), ("Sandakan", 5.84, 118.12), ("Perth", -31.95, 115.86),
  ("Mount Kinabalu", 6.08, 116.56)]),

# 28 Philippines: Vigan festival (Vigan City as a whole name; Vigan inside the festival's name optional;
#    a street and a bridge named after a person optional; Abra River vs Abra province; Hawaii and
#    California for the diaspora)
("Vigan City: Thousands of residents and balikbayans are expected in this heritage city for the Viva "
 "Vigan Binatbatan Festival of the Arts, which opens on Friday with a parade of horse-drawn kalesas along "
 "Calle Crisologo. The festival, held every May, celebrates the weaving tradition of the old town, a "
 "UNESCO World Heritage Site since 1999. Hotel rooms in Vigan and the neighbouring towns of Bantay and "
 "Caoayan are fully booked, and some guests are staying as far away as Candon City and Laoag. Many of the "
 "visitors are Ilocanos flying home from Hawaii and California, where large Ilocano communities have "
 "lived for generations. Police in Ilocos Sur said traffic would be diverted at the Quirino Bridge over "
 "the Abra River during the parade. Weavers from Abra province will also sell blankets at the plaza. "
 "Buses from Manila, about ten hours away, have added extra trips for the weekend.",
 [("Vigan City", 17.57, 120.39), ("Vigan", 17.57, 120.39, OPT), ("Calle Crisologo", 17.57, 120.39, OPT),
  ("Vigan", 17.57, 120.39), ("Bantay", 17.58, 120.39), ("Caoayan", 17.55, 120.38), ("Candon City", 17.19, 120.45),
  ("Laoag", 18.20, 120.59), ("Hawaii", *HAWAII), ("California", *CALIFORNIA), ("Ilocos Sur", 17.20, 120.57),
  ("Quirino Bridge", 17.52, 120.47, OPT), ("Abra River", 17.55, 120.75), ("Abra", 17.60, 120.75),
  ("Manila", 14.60, 120.98)]),

# 29 Austria: Hallstatt coach limits (Hallstatt the village, then Lake Hallstatt; "a copy of Hallstatt"
#    still refers to the Austrian village; Huizhou in Guangdong; Asia; demonyms South Korean and Chinese
#    are not annotated; Dachstein the massif)
("HALLSTATT, Austria — Councillors in this lakeside village in the Salzkammergut, in the state of Upper "
 "Austria, voted on Monday to cut the number of tour coaches allowed in each day from 50 to 30 and to "
 "require every coach to book a time slot in advance. Hallstatt, home to about 750 people, receives up to "
 "10,000 visitors on a busy summer day, many of them on day trips from Salzburg and Vienna. Residents put "
 "up a wooden fence last year to block a popular photo spot on the shore of Lake Hallstatt. The mayor said "
 "the village was not trying to keep tourists out, only to spread them out. Some coach operators said "
 "they would stop instead in Obertraun, at the other end of the lake, or in Bad Ischl, and send visitors "
 "on by boat. The village's fame in Asia grew after a South Korean television drama was filmed here, and "
 "in 2012 a Chinese developer built a full-size copy of Hallstatt in Huizhou, in Guangdong province. Tour "
 "guide Mei Chen, who brings groups from Shanghai, said many of her clients had visited the copy first. "
 "\"They want to compare,\" she said. The cable car up to the Dachstein, above the village, will also "
 "limit ticket sales.",
 [("HALLSTATT", 47.56, 13.65), ("Austria", "AT"), ("Salzkammergut", 47.70, 13.60), ("Upper Austria", 48.20, 14.00),
  ("Hallstatt", 47.56, 13.65), ("Salzburg", 47.80, 13.04), ("Vienna", 48.21, 16.37),
  ("Lake Hallstatt", 47.58, 13.66), ("Obertraun", 47.56, 13.69), ("Bad Ischl", 47.71, 13.62), ("Asia", *ASIA),
  ("Hallstatt", 47.56, 13.65), ("Huizhou", 23.11, 114.42), ("Guangdong", 23.40, 113.50),
  ("Shanghai", 31.23, 121.47), ("Dachstein", 47.47, 13.61)]),

# 30 Colombia: Salento jeep cap (Salento, Colombia vs the Salento peninsula in Italy; Armenia the city,
#    then Armenia the country; the Andes; Bogotá = the national government, optional)
("SALENTO, Colombia — Councillors in Salento, a small coffee town in the Andes that now draws more than a "
 "million visitors a year, have voted to limit the number of jeeps carrying tourists to the Cocora Valley, "
 "home of Colombia's towering wax palms. From next month, 80 jeeps a day will be allowed on the road to "
 "the valley, down from about 130, and hikers will pay a new conservation fee. Part of the valley borders "
 "Los Nevados National Natural Park, and ecologists say trampling and erosion threaten young palms. Most "
 "visitors fly into Armenia or Pereira, the nearest cities, and many also stop in Filandia, a quieter "
 "town to the north. The department of Quindío says tourism now brings in more money than coffee. Jeep "
 "driver Hernán Ospina said the cap would cost him two trips a day. Among the visitors on Sunday were "
 "Aram and Lilit Petrosyan, from Yerevan, who said they had come partly because the nearest airport "
 "shares a name with their country, Armenia. \"Nobody at home believed me,\" Aram said. Italian visitors are "
 "amused for another reason: Salento is also the name of the heel of Italy, in Puglia. Officials in Bogotá "
 "have promised money for new trails.",
 [("SALENTO", 4.64, -75.57), ("Colombia", "CO"), ("Salento", 4.64, -75.57), ("Andes", -15.00, -70.00),
  ("Cocora Valley", 4.64, -75.49), ("Colombia", "CO"), ("Los Nevados National Natural Park", 4.80, -75.37),
  ("Armenia", 4.53, -75.68), ("Pereira", 4.81, -75.69), ("Filandia", 4.68, -75.66), ("Quindío", 4.45, -75.70),
  ("Yerevan", 40.18, 44.51), ("Armenia", "AM"), ("Salento", 40.25, 18.15), ("Italy", "IT"),
  ("Puglia", 41.00, 16.50), ("Bogotá", 4.71, -74.07, OPT)]),
]


def mark_optional(paragraphs, rows):
    """The shared builder reads (surface, lat, lon) or (surface, "CC") and ignores a fourth element:
    OPT makes the row optional; (surface, "CC", OPT) is an optional country; SKIP rows are dropped."""
    for (_, tops), row in zip(paragraphs, rows):
        kept = []
        for t, o in zip(tops, row["toponyms"]):
            if len(t) == 2 and t[1] == SKIP:
                continue
            if len(t) == 3 and isinstance(t[1], str) and t[2] == OPT:
                o.update(lat=None, lon=None, country_code=t[1], optional=True)
            elif len(t) == 4 and t[3] == OPT:
                o["optional"] = True
            kept.append(o)
        row["toponyms"] = kept
    return rows


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-c", lang="en"))
    write(rows, ROOT / "tests/data/local_news_c.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
