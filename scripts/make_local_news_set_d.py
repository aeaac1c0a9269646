#!/usr/bin/env python3
"""Builds tests/data/local_news_d.jsonl: a fourth blind set of English local and regional news articles
(TR-News / LGL-like), written by a helper who never saw the engine, with no article, story or main
setting of sets A, B or C. Same conventions as make_local_news_set_c.py: toponyms in order of appearance,
every mention including repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth element
OPT marks a row as optional (a street, road, highway, bridge or building, a capital standing for a
government, a place inside the name of an organisation or event, adjectival uses); (surface, "CC", OPT)
is an optional country; (surface, SKIP) consumes an occurrence of the string that is NOT a toponym (a
person or club named like a place) so that the next row of the same surface lands on the right
occurrence; SKIP rows are dropped from the output. Teams, clubs, organisations, people and demonyms
named like places are not toponyms; street addresses are not annotated. US state abbreviations in
datelines ("Ore.", "Ga.") and constituent countries of the UK are given as regions with a central point;
long rivers and large regions get a representative central point."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402
from make_local_news_set_c import OPT, SKIP, mark_optional  # noqa: E402  (set C's conventions, shared)

ROOT = Path(__file__).resolve().parent.parent

# region centres used more than once
OREGON = (43.9, -120.6)
WASHINGTON_ST = (47.4, -120.5)
MICHIGAN = (44.3, -85.4)
GEORGIA_ST = (32.7, -83.4)
NEW_YORK_ST = (42.9, -75.5)
OHIO = (40.3, -82.8)
UTAH = (39.3, -111.7)
COLORADO = (39.0, -105.5)
NEW_MEXICO = (34.4, -106.1)
MISSISSIPPI = (32.7, -89.7)
IDAHO = (44.35, -114.6)
TEXAS = (31.5, -99.3)
VIRGINIA = (37.5, -78.8)
BRITISH_COLUMBIA = (54.0, -125.0)
ONTARIO = (50.0, -85.0)
ENGLAND = (52.6, -1.5)
WALES = (52.35, -3.75)
QUEENSLAND = (-22.5, 144.5)
SOUTH_AUSTRALIA = (-30.0, 135.0)
VICTORIA_AU = (-37.0, 144.5)

P = [
# 01 US: Bend, Ore. wildfire (Redmond, Ore. vs Redmond, Wash.; Salem = the state government)
("BEND, Ore. — A wind-driven wildfire that started Sunday afternoon west of Bend had burned about 3,400 acres "
 "by Tuesday, forcing evacuations along Tumalo Creek and closing part of the Cascade Lakes Highway, Deschutes "
 "County officials said. The fire began near Skyliner Road and ran uphill into the Deschutes National Forest, "
 "where crews from Sisters and La Pine were cutting containment lines on the slopes below Mount Bachelor. "
 "Residents of Tumalo, north of the city, were told to be ready to leave at short notice. \"We have not seen "
 "smoke this thick since 2020,\" county commissioner Dana Whitlock said. An evacuation shelter opened at the "
 "fairgrounds in Redmond, and a second site in Prineville took in horses and livestock. Some out-of-state "
 "callers confused the town with Redmond, Wash., and asked whether flights to Seattle were affected; they were "
 "not. The Deschutes River stayed open to floaters downstream of Bend, although the sheriff urged them to check "
 "air quality first. Strike teams from Portland arrived Monday night, and Salem released emergency money for the "
 "county on Tuesday. The ski resort said its summer chairlift rides would stay closed until the weekend.",
 [("BEND", 44.06, -121.31), ("Ore.", *OREGON), ("Bend", 44.06, -121.31), ("Tumalo Creek", 44.05, -121.45),
  ("Cascade Lakes Highway", 43.98, -121.60, OPT), ("Deschutes County", 43.91, -121.23),
  ("Skyliner Road", 44.04, -121.42, OPT), ("Deschutes National Forest", 43.90, -121.60), ("Sisters", 44.29, -121.55),
  ("La Pine", 43.67, -121.50), ("Mount Bachelor", 43.98, -121.69), ("Tumalo", 44.15, -121.33),
  ("Redmond", 44.27, -121.17), ("Prineville", 44.30, -120.83), ("Redmond", 47.67, -122.12),
  ("Wash.", *WASHINGTON_ST), ("Seattle", 47.61, -122.33), ("Deschutes River", 44.40, -121.25),
  ("Bend", 44.06, -121.31), ("Portland", 45.52, -122.68), ("Salem", 44.94, -123.04, OPT)]),
# 02 US: Traverse City, Mich. cherry freeze (a grower named Lansing; Lansing = the state government)
("TRAVERSE CITY, Mich. — Tart cherry growers around Grand Traverse Bay say a warm March followed by a hard April "
 "freeze has cut this year's crop by as much as half. On the Old Mission Peninsula, where orchards run down to the "
 "water on both sides, some farms lost nearly every blossom. \"It's the worst I've seen in thirty years,\" said Sue "
 "Lansing, who farms 200 acres north of Suttons Bay in Leelanau County. Growers near Elk Rapids and Interlochen "
 "reported lighter damage, because the cold air drained away toward Lake Michigan. The losses come as processors "
 "in Traverse City compete with cheap dried cherries from Turkey, a fight the industry has taken to federal trade "
 "officials. Grand Traverse County commissioners voted Wednesday to ask Lansing for disaster aid, and state "
 "agriculture staff toured orchards along the Boardman River on Thursday. The National Cherry Festival will go "
 "ahead in July, organizers said, though some fruit sold at roadside stands may be trucked in from Washington "
 "state. Lansing said she would replant 15 acres anyway. \"You farm here for the long haul,\" she said.",
 [("TRAVERSE CITY", 44.76, -85.62), ("Mich.", *MICHIGAN), ("Grand Traverse Bay", 44.95, -85.55),
  ("Old Mission Peninsula", 44.90, -85.50), ("Lansing", SKIP), ("Suttons Bay", 44.98, -85.65),
  ("Leelanau County", 44.95, -85.85), ("Elk Rapids", 44.90, -85.42), ("Interlochen", 44.64, -85.77),
  ("Lake Michigan", 44.0, -87.0), ("Traverse City", 44.76, -85.62), ("Turkey", "TR"),
  ("Grand Traverse County", 44.72, -85.55), ("Lansing", 42.73, -84.56, OPT), ("Boardman River", 44.68, -85.60),
  ("Washington", *WASHINGTON_ST), ("Lansing", SKIP)]),
# 03 US: Albany, Ga. storm (Albany, N.Y.; an official named Camilla, like the nearby town)
("ALBANY, Ga. — A line of severe thunderstorms that swept across southwest Georgia before dawn Thursday cut power "
 "to about 38,000 customers in and around Albany and produced what forecasters believe was a brief tornado in "
 "northern Dougherty County. The National Weather Service office in Tallahassee said it would survey damage along "
 "Old Dawson Road later in the day. Trees fell on homes in Leesburg, just to the north in Lee County, and wind "
 "peeled back part of a gymnasium roof at Albany State University. The Flint River, already running high after a "
 "wet spring, is expected to crest Sunday about two feet below flood stage at Albany. Line crews from Sylvester and "
 "Tifton helped clear roads, and the utility said most service should be back by Saturday. County emergency "
 "management director Ray Camilla said no one had been seriously hurt. Camilla, who has led the agency since 2019, "
 "urged residents near Radium Springs to stay off the river this weekend. The county's hotline also fielded calls "
 "from worried relatives in Albany, N.Y., who had seen the city's name in national headlines. Atlanta has not yet "
 "said whether it will seek a federal disaster declaration.",
 [("ALBANY", 31.58, -84.16), ("Ga.", *GEORGIA_ST), ("Georgia", *GEORGIA_ST), ("Albany", 31.58, -84.16),
  ("Dougherty County", 31.53, -84.22), ("Tallahassee", 30.44, -84.28), ("Old Dawson Road", 31.62, -84.21, OPT),
  ("Leesburg", 31.73, -84.17), ("Lee County", 31.78, -84.14), ("Albany", 31.58, -84.16, OPT),
  ("Flint River", 32.0, -84.1), ("Albany", 31.58, -84.16), ("Sylvester", 31.53, -83.84), ("Tifton", 31.45, -83.51),
  ("Camilla", SKIP), ("Camilla", SKIP), ("Radium Springs", 31.52, -84.13), ("Albany", 42.65, -73.75),
  ("N.Y.", *NEW_YORK_ST), ("Atlanta", 33.75, -84.39, OPT)]),
# 04 US: Dublin, Ohio school bond (Dublin, Ireland; a board member named Powell and the city of Powell)
("DUBLIN, Ohio — The Dublin City Schools board voted 4-1 on Monday night to put a $195 million bond issue on the "
 "November ballot, saying rapid growth west of the Scioto River has filled its elementary buildings. The district "
 "stretches from Franklin County into Delaware County and Union County and expects 1,200 more students by 2030 as "
 "subdivisions spread toward Plain City and Jerome Township. Board member Marcia Powell cast the only no vote, "
 "arguing the district should first redraw attendance lines, as neighboring Hilliard did last year. \"We owe "
 "voters that before we ask for more,\" Powell said. Families in the northern part of the district, near Powell, "
 "have complained of overcrowded classrooms for three years. The bond would pay for two elementary schools and an "
 "addition at a middle school off Glick Road. Its cost to the owner of a $400,000 home would be about $310 a year, "
 "the Franklin County auditor estimated. Columbus, whose schools share a border with the district, is planning its "
 "own levy. A group of visiting teachers from Dublin, Ireland, who toured classrooms last week, said their city "
 "faces the same squeeze on school places.",
 [("DUBLIN", 40.10, -83.11), ("Ohio", *OHIO), ("Dublin", 40.10, -83.11, OPT), ("Scioto River", 39.75, -83.00),
  ("Franklin County", 39.97, -83.01), ("Delaware County", 40.28, -83.00), ("Union County", 40.30, -83.37),
  ("Plain City", 40.11, -83.27), ("Jerome Township", 40.16, -83.24), ("Powell", SKIP), ("Hilliard", 40.03, -83.16),
  ("Powell", SKIP), ("Powell", 40.16, -83.08), ("Glick Road", 40.12, -83.12, OPT),
  ("Franklin County", 39.97, -83.01, OPT), ("Columbus", 39.96, -83.00), ("Dublin", 53.35, -6.26),
  ("Ireland", "IE")]),
# 05 US: Moab, Utah park reservations (Green River, Utah; Monticello, Utah; a bridge named after a river)
("MOAB, Utah — Arches National Park will keep its timed-entry reservation system for a fourth summer, park "
 "officials said Friday, a decision that has split business owners in this desert town. Hotel managers in Moab say "
 "the permits drive away day-trippers from Salt Lake City and Green River who decide to visit on short notice. "
 "Supporters say the lines of cars that once stretched down U.S. 191 toward the Colorado River bridge have "
 "disappeared. \"You used to wait an hour just to get in the gate,\" said Tomas Reyes, who runs a jeep tour "
 "company in Spanish Valley. Visitors without a reservation are being steered to Canyonlands National Park, where "
 "the Island in the Sky district has seen traffic jump 20 percent, and to Dead Horse Point State Park. Grand County "
 "commissioners have asked the Park Service to set aside same-day permits for residents of Castle Valley and other "
 "nearby communities. The county is also pressing for a shuttle from Moab to the park entrance. Officials in "
 "Monticello, farther south, said the system had sent more hikers into the Abajo Mountains, while rangers east of "
 "town reported heavier traffic on the loop road through the La Sal Mountains.",
 [("MOAB", 38.57, -109.55), ("Utah", *UTAH), ("Arches National Park", 38.73, -109.59), ("Moab", 38.57, -109.55),
  ("Salt Lake City", 40.76, -111.89), ("Green River", 38.99, -110.16), ("Colorado River", 38.60, -109.57, OPT),
  ("Spanish Valley", 38.50, -109.45), ("Canyonlands National Park", 38.25, -109.88),
  ("Island in the Sky", 38.46, -109.82), ("Dead Horse Point State Park", 38.48, -109.74),
  ("Grand County", 38.98, -109.57), ("Castle Valley", 38.64, -109.41), ("Moab", 38.57, -109.55),
  ("Monticello", 37.87, -109.34), ("Abajo Mountains", 37.84, -109.46), ("La Sal Mountains", 38.44, -109.23)]),
# 06 US: Durango, Colo. low river (Durango, Mexico; Farmington, N.M.; the Animas)
("DURANGO, Colo. — Wildlife officials on Monday asked anglers to stop fishing the Animas River in the afternoons, "
 "as low flows and warm water stress trout for the third summer in a row. The request covers the river from Hermosa "
 "south through Durango to the state line with New Mexico. Snowpack in the San Juan Mountains melted weeks early "
 "this spring, and the gauge in town was running at less than half its usual level. Rafting companies in La Plata "
 "County say bookings are down by a third. Upstream, Silverton has asked visitors to stay out of the creeks around "
 "Animas Forks, a ghost town high in the mountains. The narrow gauge tourist railroad said its trains "
 "would run as scheduled but would carry extra water because of the fire danger in the San Juan National Forest. "
 "Downstream in Farmington, N.M., where the Animas meets the San Juan River, irrigators are already on a rotation. "
 "Tourism officials say online searches for the town still turn up hotels in Durango, Mexico, a city of more than "
 "600,000 people some 900 miles to the south. Denver has not declared a drought emergency for the region.",
 [("DURANGO", 37.28, -107.88), ("Colo.", *COLORADO), ("Animas River", 37.30, -107.87), ("Hermosa", 37.42, -107.84),
  ("Durango", 37.28, -107.88), ("New Mexico", *NEW_MEXICO), ("San Juan Mountains", 37.80, -107.50),
  ("La Plata County", 37.29, -107.84), ("Silverton", 37.81, -107.66), ("Animas Forks", 37.93, -107.57),
  ("San Juan National Forest", 37.60, -107.80),
  ("Farmington", 36.73, -108.21), ("N.M.", *NEW_MEXICO), ("Animas", 37.30, -107.87), ("San Juan River", 36.95, -108.60),
  ("Durango", 24.02, -104.65), ("Mexico", "MX"), ("Denver", 39.74, -104.99, OPT)]),
# 07 US: Hattiesburg, Miss. flood verdict (plaintiffs named Jackson; Jackson the capital)
("HATTIESBURG, Miss. — A Forrest County jury on Thursday awarded $2.3 million to a Petal couple whose home flooded "
 "twice after a developer filled in a drainage ditch next to their property. The couple, Earl and Dorothy Jackson, "
 "told the court that water from the Leaf River had never reached their house in 30 years until the lot behind them "
 "was raised for a storage business. Lawyers for the developer, based in Laurel, argued that record rain in March, "
 "not the fill, caused the damage. The jury disagreed after a four-day trial at the courthouse in Hattiesburg. "
 "\"They changed where the water goes,\" Jackson said outside. Neighbors on the same street say they are "
 "considering their own suits. Engineers called by the plaintiffs said the area lies in the floodplain where the "
 "Bouie River and the Leaf meet. The verdict comes as Forrest County and neighboring Lamar County rewrite their "
 "drainage rules, and as officials in Jackson weigh a statewide standard. Builders in Purvis and Sumrall have "
 "warned that stricter rules would raise the cost of new homes. The developer's lawyers said they would appeal.",
 [("HATTIESBURG", 31.33, -89.29), ("Miss.", *MISSISSIPPI), ("Forrest County", 31.19, -89.26),
  ("Petal", 31.35, -89.26), ("Jackson", SKIP), ("Leaf River", 31.35, -89.20), ("Laurel", 31.69, -89.13),
  ("Hattiesburg", 31.33, -89.29), ("Jackson", SKIP), ("Bouie River", 31.45, -89.40), ("Leaf", 31.35, -89.20),
  ("Forrest County", 31.19, -89.26), ("Lamar County", 31.21, -89.51), ("Jackson", 32.30, -90.18),
  ("Purvis", 31.14, -89.41), ("Sumrall", 31.42, -89.54)]),
# 08 US: Sandpoint, Idaho mussel checks (Hope the town; Washington the state; Boise = the state government)
("SANDPOINT, Idaho — Bonner County will open three new boat inspection stations this month in an effort to keep "
 "invasive quagga mussels out of Lake Pend Oreille, after the mussels were found in the Snake River near Twin Falls "
 "in southern Idaho. Stations will operate on U.S. 95 near Sagle, at the state line east of Clark Fork, and on the "
 "highway west of Priest River. Every boat coming from outside the county must be checked before launching at "
 "Sandpoint's City Beach or any public ramp around the lake. \"If mussels get into this lake, we will never get them "
 "out,\" said Lakes Commission director Kim Holloway. The lake, more than 1,100 feet deep in places, also feeds the "
 "Pend Oreille River, which flows west into Washington. Marina owners in Hope and Bayview said they supported the "
 "checks but worried about long waits on summer weekends. Ponderay has offered a lot near the Schweitzer Mountain "
 "turnoff for overflow trailers. Boise set aside $4 million for inspections statewide this year. Boaters traveling "
 "from Coeur d'Alene or Spokane are asked to arrive with their boats cleaned, drained and dried.",
 [("SANDPOINT", 48.28, -116.55), ("Idaho", *IDAHO), ("Bonner County", 48.30, -116.60),
  ("Lake Pend Oreille", 48.17, -116.35), ("Snake River", 43.0, -115.0), ("Twin Falls", 42.56, -114.46),
  ("Idaho", *IDAHO), ("Sagle", 48.20, -116.57), ("Clark Fork", 48.15, -116.18), ("Priest River", 48.18, -116.91),
  ("Sandpoint", 48.28, -116.55), ("Pend Oreille River", 48.50, -117.30), ("Washington", *WASHINGTON_ST),
  ("Hope", 48.25, -116.30), ("Bayview", 47.98, -116.56), ("Ponderay", 48.31, -116.53),
  ("Schweitzer Mountain", 48.37, -116.62), ("Boise", 43.62, -116.20, OPT), ("Coeur d'Alene", 47.68, -116.78),
  ("Spokane", 47.66, -117.43)]),
# 09 US: Fredericksburg, Texas event-venue pause (Fredericksburg, Va.; Johnson City, Texas; a rancher named Austin)
("FREDERICKSBURG, Texas — Gillespie County commissioners on Monday approved a 90-day pause on new wedding venues "
 "and event barns outside city limits, after neighbors complained of traffic and late-night noise along the roads "
 "to Luckenbach and Stonewall. The county has gained more than 40 wineries in a decade, most of them strung along "
 "U.S. 290 between Fredericksburg and Johnson City. \"On a Saturday you can't get a tractor onto the highway,\" said "
 "rancher Austin Meyer, who runs cattle near the Pedernales River. Meyer's family has farmed there since the 1870s. "
 "The pause does not affect venues already permitted, and it does not apply inside the city, where the council is "
 "weighing its own limits on short-term rentals. Visitors who mistype the town's name online sometimes end up "
 "booking rooms in Fredericksburg, Va., a city on the Rappahannock River some 1,300 miles away, tourism staff said. "
 "Officials in Kerrville and Harper are watching the experiment closely. Enchanted Rock State Natural Area, north "
 "of town, already requires day passes on weekends. Lawmakers in Austin have declined to give counties broader "
 "zoning power.",
 [("FREDERICKSBURG", 30.28, -98.87), ("Texas", *TEXAS), ("Gillespie County", 30.32, -98.95),
  ("Luckenbach", 30.18, -98.75), ("Stonewall", 30.24, -98.66), ("Fredericksburg", 30.28, -98.87),
  ("Johnson City", 30.28, -98.41), ("Austin", SKIP), ("Pedernales River", 30.25, -98.60),
  ("Fredericksburg", 38.30, -77.46), ("Va.", *VIRGINIA), ("Rappahannock River", 38.20, -77.20),
  ("Kerrville", 30.05, -99.14), ("Harper", 30.30, -99.24), ("Enchanted Rock State Natural Area", 30.50, -98.82),
  ("Austin", 30.27, -97.74)]),
]

P += [
# 10 Canada: Kelowna, B.C. drought rules (West Kelowna; places inside organisations' names; Victoria = the province)
("KELOWNA, B.C. — Residents of West Kelowna and Peachland face the strictest watering limits in years after a dry "
 "winter left the snowpack in the hills above Okanagan Lake at just 60 per cent of normal. Lawn watering will be "
 "allowed once a week, and washing cars at home is banned until October. In Kelowna, the city says it can draw "
 "enough from the lake, but it has asked households to cut use by a fifth. Biologists are worried about Mission "
 "Creek, where kokanee spawn each fall; last year parts of the creek ran almost dry near Scenic Canyon. \"The fish "
 "cannot wait for rain,\" said Okanagan Basin Water Board chair Lisa Penner. Orchardists in Summerland and Lake "
 "Country say irrigation districts have warned of cuts to cherry and apple growers in August. Farther south, "
 "Penticton and Oliver have brought in similar rules. Fire crews at the Vernon base have been put on early alert, "
 "and B.C. Wildfire Service staff still remember the 2023 wildfire that destroyed close to 190 "
 "properties across the lake from downtown Kelowna. Victoria announced $3 million on Tuesday for drought monitoring "
 "in the Okanagan and the Similkameen.",
 [("KELOWNA", 49.89, -119.50), ("B.C.", *BRITISH_COLUMBIA), ("West Kelowna", 49.86, -119.58),
  ("Peachland", 49.77, -119.74), ("Okanagan Lake", 49.85, -119.55), ("Kelowna", 49.89, -119.50),
  ("Mission Creek", 49.86, -119.43), ("Scenic Canyon", 49.86, -119.38), ("Okanagan", 49.8, -119.5, OPT),
  ("Summerland", 49.60, -119.67), ("Lake Country", 50.05, -119.41), ("Penticton", 49.49, -119.59),
  ("Oliver", 49.18, -119.55), ("Vernon", 50.27, -119.27), ("B.C.", *BRITISH_COLUMBIA, OPT), ("Kelowna", 49.89, -119.50),
  ("Victoria", 48.43, -123.37, OPT),
  ("Okanagan", 49.8, -119.5), ("Similkameen", 49.2, -120.0)]),
# 11 Canada: Peterborough, Ont. lift lock repairs (Peterborough, England; Canada inside an agency's name)
("PETERBOROUGH, Ont. — Boaters on the Trent-Severn Waterway will not be able to pass through the Peterborough Lift "
 "Lock for at least the first month of the season, Parks Canada said Friday, as repairs to one of its two chambers "
 "run behind schedule. The lift lock, which raises boats nearly 20 metres between the Otonabee River and the canal "
 "above, has been a landmark since 1904. Marina operators in Lakefield and Bobcaygeon say the closure will cut off "
 "cruisers heading north from Rice Lake toward the Kawartha Lakes. \"May and June are when people bring their "
 "boats up from Toronto,\" said Youngs Point marina owner Brent Harris. Engineers said crews had found more "
 "corrosion than expected in the steel ram under the chamber. The city had hoped to hold a flotilla on Little Lake "
 "on July 1. Some boats may be trucked around the lock from Ashburnham, on the east bank of the river. A "
 "delegation of councillors from Peterborough, England, who visited last summer, had planned to return for the "
 "celebrations. Ottawa has promised $30 million over five years for the waterway.",
 [("PETERBOROUGH", 44.30, -78.32), ("Ont.", *ONTARIO), ("Trent-Severn Waterway", 44.5, -78.7, OPT),
  ("Peterborough", 44.31, -78.30, OPT), ("Canada", "CA", OPT), ("Otonabee River", 44.25, -78.30),
  ("Lakefield", 44.42, -78.27), ("Bobcaygeon", 44.54, -78.55), ("Rice Lake", 44.18, -78.20),
  ("Kawartha Lakes", 44.55, -78.50), ("Toronto", 43.65, -79.38), ("Youngs Point", 44.49, -78.24),
  ("Little Lake", 44.29, -78.31), ("Ashburnham", 44.30, -78.30),
  ("Peterborough", 52.57, -0.24), ("England", *ENGLAND), ("Ottawa", 45.42, -75.70, OPT)]),
# 12 England: Hebden Bridge flood defences (the Halifax the bank vs Halifax the town)
("HEBDEN BRIDGE — Work on a £12 million flood defence scheme for this West Yorkshire town in the Calder Valley is "
 "finally due to start in the spring, more than eight years after the Boxing Day floods of 2015 swamped its centre. "
 "The Environment Agency said the plans include new walls along Hebden Water and a raised channel where it meets "
 "the River Calder near the marina. Upstream, Todmorden will get storage basins on the hillsides, while the scheme "
 "in Mytholmroyd, finished in 2023, will be extended along the main road. \"Every time it rains hard, people here "
 "still move their furniture upstairs,\" said Lucy Hirst, who runs a bookshop on Market Street. Calderdale Council "
 "said it had secured the final £3 million from the Government and a loan arranged through the Halifax. Traders in "
 "Halifax and Sowerby Bridge welcomed the news, though some in Heptonstall, on the hill above, fear years of "
 "disruption on the steep lane into the village. The council also plans to plant 100,000 trees on the moors "
 "between Hebden Bridge and the Lancashire border to slow the water. The work is expected to take three years. A "
 "public exhibition will be held at the town hall on Saturday.",
 [("HEBDEN BRIDGE", 53.74, -2.01), ("West Yorkshire", 53.75, -1.75), ("Calder Valley", 53.72, -1.95),
  ("Hebden Water", 53.76, -2.03), ("River Calder", 53.68, -1.75), ("Todmorden", 53.71, -2.10),
  ("Mytholmroyd", 53.73, -1.98), ("Market Street", 53.742, -2.013, OPT), ("Calderdale", 53.70, -1.90, OPT),
  ("Halifax", SKIP), ("Halifax", 53.72, -1.86), ("Sowerby Bridge", 53.71, -1.91), ("Heptonstall", 53.74, -2.02),
  ("Hebden Bridge", 53.74, -2.01), ("Lancashire", 53.85, -2.60)]),
# 13 England: St Ives, Cornwall park-and-ride (St Ives, Cambridgeshire; Cornwall inside the council's name)
("ST IVES — Holidaymakers arriving by car in this harbour town will face a new park-and-ride charge from Easter, "
 "under plans approved by Cornwall Council this week. Drivers will be asked to leave cars at Lelant Saltings and "
 "take the branch line train along the edge of St Ives Bay, or park at Trenwith and walk down. The harbour front, "
 "Porthmeor Beach and the narrow lanes of Downalong become gridlocked every August, residents say. \"Last summer an "
 "ambulance took twenty minutes to get from Carbis Bay to the harbour,\" said town councillor Morwenna Pascoe. "
 "Second homes and holiday lets make up more than a quarter of properties in the town, and a 2016 vote restricting "
 "new second homes has pushed buyers towards Hayle and Penzance. Businesses in Zennor and along the coast road to "
 "Land's End, at the far tip of Cornwall, say the changes could help them if visitors stay longer. Some tourists "
 "are still confused by the name: a family from Huntingdon drove to St Ives in Cambridgeshire last year after "
 "typing it into a sat-nav, the council's tourism officer said. Truro-based councillors will review the scheme "
 "next winter.",
 [("ST IVES", 50.21, -5.48), ("Cornwall", 50.40, -4.90, OPT), ("Lelant Saltings", 50.19, -5.44),
  ("St Ives Bay", 50.21, -5.44), ("Trenwith", 50.211, -5.483, OPT), ("Porthmeor Beach", 50.216, -5.483),
  ("Downalong", 50.214, -5.479), ("Carbis Bay", 50.20, -5.46), ("Hayle", 50.19, -5.42), ("Penzance", 50.12, -5.54),
  ("Zennor", 50.19, -5.57), ("Land's End", 50.07, -5.71), ("Cornwall", 50.40, -4.90), ("Huntingdon", 52.33, -0.18),
  ("St Ives", 52.33, -0.08), ("Cambridgeshire", 52.30, 0.00), ("Truro", 50.26, -5.05, OPT)]),
# 14 Wales: Aberystwyth storm damage (Devil's Bridge the village; places inside council and railway names)
("ABERYSTWYTH — Engineers have begun repairing a 60-metre stretch of the promenade that was torn up by waves in "
 "last week's storm, as Ceredigion County Council warned that sea defences along this part of west Wales are "
 "reaching the end of their life. Shingle and rocks were thrown across Marine Terrace at high tide on Thursday "
 "night, and several seafront flats near Constitution Hill were evacuated. Further north, the B4353 between Borth "
 "and Ynyslas was closed after the sea breached the shingle bank. The River Rheidol burst its banks near Llanbadarn "
 "Fawr, flooding the car park of a retail park, while the Vale of Rheidol Railway suspended its trains to Devil's "
 "Bridge after a landslip. \"Cardigan Bay does not give us much warning,\" said harbourmaster Gwyn Evans. The council "
 "said a full replacement of the sea wall from the harbour to the pier could cost £25 million. It has asked Cardiff "
 "for help, and ministers said they were considering the request. Communities from Aberaeron to Aberdyfi have also "
 "asked for money after the winter's storms. Teaching at the university's seafront Old College "
 "building was unaffected.",
 [("ABERYSTWYTH", 52.41, -4.08), ("Ceredigion", 52.22, -4.00, OPT), ("Wales", *WALES),
  ("Marine Terrace", 52.416, -4.086, OPT), ("Constitution Hill", 52.42, -4.08), ("Borth", 52.49, -4.05),
  ("Ynyslas", 52.52, -4.05), ("River Rheidol", 52.40, -3.98), ("Llanbadarn Fawr", 52.41, -4.06),
  ("Vale of Rheidol", 52.39, -3.95, OPT), ("Devil's Bridge", 52.38, -3.85), ("Cardigan Bay", 52.40, -4.40),
  ("Cardiff", 51.48, -3.18, OPT), ("Aberaeron", 52.24, -4.26), ("Aberdyfi", 52.54, -4.05)]),
# 15 Scotland: Fort William mountain rescues (Ben Nevis, Glen Nevis; Holyrood = the Scottish Parliament)
("FORT WILLIAM — Lochaber Mountain Rescue Team was called out 27 times in August, its busiest month on record, as "
 "crowds on Ben Nevis continued to grow. The team's leader said many walkers set off from the Glen Nevis visitor "
 "centre in trainers and with no map, and several had to be helped off the summit plateau in thick cloud. Most "
 "callouts were on the tourist path, but two climbers were airlifted from the north face above the Allt a' Mhuilinn "
 "glen. \"People see the sunshine in Fort William and forget it can snow at the top in summer,\" he said. The "
 "Highland Council has proposed a parking charge in Glen Nevis to pay for path repairs, which has angered some "
 "residents of Corpach and Caol who walk there daily. Hotels along Loch Linnhe reported occupancy above 95 per "
 "cent for the summer, helped by the Jacobite steam train to Mallaig. The gondola at Torlundy also carried a record "
 "number of passengers. Rescue teams in Glencoe and Arrochar reported a busy season too. Holyrood is expected to "
 "debate mountain safety funding next month.",
 [("FORT WILLIAM", 56.82, -5.11), ("Lochaber", 56.85, -5.20, OPT), ("Ben Nevis", 56.80, -5.00),
  ("Glen Nevis", 56.79, -5.05), ("Allt a' Mhuilinn", 56.81, -5.03), ("Fort William", 56.82, -5.11),
  ("Highland", 57.30, -5.00, OPT), ("Glen Nevis", 56.79, -5.05), ("Corpach", 56.84, -5.13), ("Caol", 56.84, -5.10),
  ("Loch Linnhe", 56.65, -5.25), ("Mallaig", 57.00, -5.83), ("Torlundy", 56.85, -5.05), ("Glencoe", 56.68, -5.10),
  ("Arrochar", 56.20, -4.74), ("Holyrood", 55.95, -3.17, OPT)]),
# 16 Scotland: Dumfries flood scheme (the Nith; Whitesands the riverside; Edinburgh = the Scottish Government)
("DUMFRIES — Plans for a flood protection scheme on the Whitesands have been revived, five years after the "
 "previous design was scrapped amid protests over the loss of parking and river views. Dumfries and Galloway "
 "Council said a smaller scheme, with glass panels and a lower wall along the River Nith, would protect about 200 "
 "homes and businesses. The Nith floods the car park on the Whitesands several times each winter, and water "
 "reached shops on Friars Vennel during Storm Babet in 2023. \"We have had sandbags in the back room for twenty "
 "years,\" said café owner Kirsty Maxwell. Upstream, farmers near Thornhill and Sanquhar have agreed to let fields "
 "flood during heavy rain, to hold water back from the town. The council said Lockerbie and Annan, in the east of "
 "Dumfries and Galloway, would be next in line for studies. Engineers also want to restore salt marsh where the "
 "river enters the Solway Firth below Glencaple. Edinburgh has been asked to cover 80 per cent of the cost. A "
 "public consultation will run until the end of March.",
 [("DUMFRIES", 55.07, -3.61), ("Whitesands", 55.069, -3.614), ("Dumfries and Galloway", 55.05, -4.00, OPT),
  ("River Nith", 55.20, -3.75), ("Nith", 55.20, -3.75), ("Whitesands", 55.069, -3.614),
  ("Friars Vennel", 55.071, -3.610, OPT), ("Thornhill", 55.24, -3.77), ("Sanquhar", 55.37, -3.92),
  ("Lockerbie", 55.12, -3.36), ("Annan", 54.99, -3.26), ("Dumfries and Galloway", 55.05, -4.00),
  ("Solway Firth", 54.85, -3.50), ("Glencaple", 55.01, -3.58), ("Edinburgh", 55.95, -3.19, OPT)]),
# 17 Ireland: Athlone callows flooding (a farmer named Shannon; Athlone Town the club; Dublin = the government)
("ATHLONE — Farmers along the River Shannon between Athlone and Shannonbridge say they have lost a second summer's "
 "hay after the callows flooded again in July, and they want water levels in Lough Ree lowered. About 40 families "
 "on the Westmeath and Roscommon sides of the river have land that has been under water for most of the year. "
 "\"You can't cut silage from a boat,\" said Clonown farmer Shannon Keena. Keena, whose family has farmed near "
 "Clonmacnoise for four generations, said the river was slower to drain every year. The Office of Public Works said "
 "it had removed silt at pinch points near Banagher and Meelick, but that a full study would take until 2026. "
 "Councillors in Athlone have asked for the work to be speeded up, as last winter's floods also reached the Strand "
 "car park and homes in Coosan. Farming groups in Ballinasloe and Moate have backed the call. Dublin has promised a "
 "decision on compensation before the autumn. Athlone Town, the local football club, has offered its grounds for "
 "a fundraising match in September.",
 [("ATHLONE", 53.42, -7.94), ("River Shannon", 53.40, -7.98), ("Athlone", 53.42, -7.94),
  ("Shannonbridge", 53.28, -8.05), ("Lough Ree", 53.52, -7.98), ("Westmeath", 53.53, -7.45),
  ("Roscommon", 53.75, -8.27), ("Clonown", 53.38, -8.00), ("Shannon", SKIP), ("Clonmacnoise", 53.33, -7.99),
  ("Banagher", 53.19, -7.99), ("Meelick", 53.17, -8.07), ("Athlone", 53.42, -7.94),
  ("Strand", 53.423, -7.942, OPT), ("Coosan", 53.45, -7.93), ("Ballinasloe", 53.33, -8.22), ("Moate", 53.40, -7.72),
  ("Dublin", 53.35, -6.26, OPT), ("Athlone", SKIP)]),
# 18 England: Boston, Lincolnshire hare-coursing case (Boston, Massachusetts; Frampton the village)
("BOSTON, Lincolnshire — Three men from Yorkshire have been banned from driving and ordered to pay more than £4,000 "
 "after being caught hare coursing on farmland near Kirton, magistrates in Boston heard on Tuesday. Police said the "
 "men were spotted by a drone in fields between Kirton and Fishtoft in the early hours of a Sunday in January, with "
 "two lurcher dogs. Their car was stopped on the A16 near Sutterton. Farmers across the Fens say coursing gangs "
 "cause thousands of pounds of damage to crops each winter and threaten anyone who confronts them. \"People think "
 "it's a country sport, but it's organised crime,\" said a farmer from Frampton, who asked not to be named. "
 "Lincolnshire Police said it had seized 60 dogs since tougher laws came into force in 2022. Similar cases are due "
 "before courts in Spalding and Skegness next month. The men, from Doncaster and Rotherham, were also told their "
 "car would be forfeited. In happier news, Boston's council this week welcomed a delegation from Boston, "
 "Massachusetts, whose founders included worshippers from St Botolph's Church, known locally as the Stump.",
 [("BOSTON", 52.98, -0.03), ("Lincolnshire", 53.10, -0.20), ("Yorkshire", 53.90, -1.30), ("Kirton", 52.93, -0.06),
  ("Boston", 52.98, -0.03), ("Kirton", 52.93, -0.06), ("Fishtoft", 52.96, 0.02), ("Sutterton", 52.90, -0.10),
  ("Fens", 52.60, 0.00), ("Frampton", 52.93, -0.03), ("Lincolnshire", 53.10, -0.20, OPT), ("Spalding", 52.79, -0.15),
  ("Skegness", 53.14, 0.34), ("Doncaster", 53.52, -1.13), ("Rotherham", 53.43, -1.36), ("Boston", 52.98, -0.03),
  ("Boston", 42.36, -71.06), ("Massachusetts", 42.30, -71.80), ("St Botolph's Church", 52.979, -0.026, OPT)]),
]

P += [
# 19 Australia: Cairns northern beaches flood recovery (Brisbane = the state government; highway and range road)
("CAIRNS, Qld — Residents of Holloways Beach and Machans Beach are still waiting for the Barron River to be dredged, "
 "more than a year after record floods pushed water through hundreds of homes in Cairns' northern beach suburbs. "
 "The council says it needs approval from Brisbane and federal funding before work can start at the river mouth. "
 "\"Every wet season we hold our breath,\" said Machans Beach resident Trish Connolly. The Kuranda Range Road, the "
 "main route up to the Atherton Tableland, reopened fully only in March after landslips, and Kuranda traders say "
 "visitor numbers are down by a third. North of the city, the Captain Cook Highway to Port Douglas and Mossman has "
 "been repaired, but the Daintree ferry was out of action for weeks. Townsville and Innisfail escaped the worst of "
 "the flooding. The Bureau of Meteorology expects an above-average number of cyclones in the Coral Sea this season. "
 "Tourism operators on Green Island and Fitzroy Island say bookings from overseas are back to normal.",
 [("CAIRNS", -16.92, 145.77), ("Qld", *QUEENSLAND), ("Holloways Beach", -16.84, 145.74),
  ("Machans Beach", -16.86, 145.75), ("Barron River", -16.87, 145.65), ("Cairns", -16.92, 145.77),
  ("Brisbane", -27.47, 153.03, OPT), ("Machans Beach", -16.86, 145.75), ("Kuranda Range Road", -16.85, 145.66, OPT),
  ("Atherton Tableland", -17.25, 145.50), ("Kuranda", -16.82, 145.64), ("Captain Cook Highway", -16.70, 145.60, OPT),
  ("Port Douglas", -16.48, 145.47), ("Mossman", -16.46, 145.37), ("Daintree", -16.29, 145.41, OPT),
  ("Townsville", -19.26, 146.82), ("Innisfail", -17.52, 146.03), ("Coral Sea", -18.0, 152.0),
  ("Green Island", -16.76, 145.97), ("Fitzroy Island", -16.93, 146.00)]),
# 20 Australia: Mount Gambier's Blue Lake and the aquifer (Nelson, Vic.; Portland, Vic.; SA inside a utility's name)
("MOUNT GAMBIER, SA — The Blue Lake's famous colour change arrived late this year, turning the crater from winter "
 "grey to cobalt only in the first week of December, to the relief of tourism operators in Mount Gambier. The lake "
 "supplies the city's drinking water, and SA Water says its level has fallen about half a metre over the past decade "
 "as irrigators draw on the same limestone aquifer. Potato and dairy farmers between Millicent and Port MacDonnell "
 "say they have already cut back. \"The lake is our postcard, but it's also our tap,\" said City of Mount Gambier "
 "councillor Tanya Klopp. Winemakers in Coonawarra and Penola, north of the city, rely on the same groundwater for "
 "their vines. A cross-border agreement with Victoria covers the aquifer, which extends east past Nelson towards "
 "Portland. Researchers from Adelaide are due to report on the lake next year. The Limestone Coast has also seen "
 "more visitors to Umpherston Sinkhole and the Naracoorte Caves, a World Heritage site. The council is considering "
 "a levy on coach tours to pay for a new lookout on the crater rim.",
 [("MOUNT GAMBIER", -37.83, 140.78), ("SA", *SOUTH_AUSTRALIA), ("Blue Lake", -37.85, 140.77),
  ("Mount Gambier", -37.83, 140.78), ("SA", *SOUTH_AUSTRALIA, OPT), ("Millicent", -37.59, 140.35),
  ("Port MacDonnell", -38.05, 140.70), ("Mount Gambier", -37.83, 140.78, OPT), ("Coonawarra", -37.29, 140.83),
  ("Penola", -37.38, 140.84), ("Victoria", *VICTORIA_AU), ("Nelson", -38.05, 141.01), ("Portland", -38.34, 141.60),
  ("Adelaide", -34.93, 138.60), ("Limestone Coast", -37.40, 140.40), ("Umpherston Sinkhole", -37.84, 140.80),
  ("Naracoorte Caves", -37.03, 140.80)]),
# 21 New Zealand: Gisborne and the East Cape highway (Tairāwhiti; Wellington = the government)
("GISBORNE — State Highway 35 around the East Cape has reopened to two-way traffic for the first time since "
 "Cyclone Gabrielle, ending more than a year of detours and single-lane Bailey bridges for communities north of "
 "Gisborne. Residents of Tolaga Bay, Tokomaru Bay and Ruatoria had faced journeys of up to five hours to reach the "
 "city for hospital appointments. \"We have been an island up here,\" said Ruatoria kaumātua Hemi Walker. The "
 "worst damage was at the Hikuwai River bridge, which was swept away in February 2023. Further south, the road to "
 "Wairoa and Napier remains subject to night closures while slips are cleared. Growers on the Waipaoa River flats "
 "west of the city say silt is still being dug out of orchards. Tairāwhiti civil defence staff said forestry slash "
 "remained a danger at Tolaga Bay, where logs piled up on the beach after the storm. The road to Opotiki through "
 "the Waioeka Gorge is open. Wellington has promised another $150 million for roads in the region over three years.",
 [("GISBORNE", -38.66, 178.02), ("State Highway 35", -37.90, 178.20, OPT), ("East Cape", -37.69, 178.55),
  ("Gisborne", -38.66, 178.02), ("Tolaga Bay", -38.37, 178.30), ("Tokomaru Bay", -38.13, 178.31),
  ("Ruatoria", -37.89, 178.32), ("Ruatoria", -37.89, 178.32), ("Hikuwai River", -38.30, 178.27, OPT),
  ("Wairoa", -39.04, 177.42), ("Napier", -39.49, 176.91), ("Waipaoa River", -38.55, 177.90),
  ("Tairāwhiti", -38.30, 178.00), ("Tolaga Bay", -38.37, 178.30), ("Opotiki", -38.01, 177.29),
  ("Waioeka Gorge", -38.15, 177.25), ("Wellington", -41.29, 174.78, OPT)]),
# 22 India: Nashik onion protest (Lasalgaon; the Gulf; New Delhi = the government)
("NASHIK — Onion farmers blocked the auction yard at Lasalgaon, the country's biggest onion market, for three hours on "
 "Monday to protest against a fall in wholesale prices to below ₹1,200 a quintal. Growers from Niphad, Sinnar and "
 "Chandwad talukas said the rates did not cover the cost of seed, fertiliser and labour. \"We borrowed to plant this "
 "crop, and now the traders are paying us less than last year,\" said Dattatray Pawar, who grows onions on four "
 "acres near Pimpalgaon Baswant. Farmers blamed uncertainty over exports to Bangladesh and the Gulf, and said New "
 "Delhi should rule out fresh curbs. The district administration said police were deployed at markets in Nashik, "
 "Malegaon and Yeola as a precaution. Unseasonal rain last month also damaged stored onions in parts of the "
 "district and in neighbouring Ahmednagar. Water stocks in the Gangapur Dam, which supplies Nashik city, remain "
 "comfortable after a good monsoon. Traders in Mumbai and Pune said arrivals from Maharashtra's other districts had "
 "pushed prices down. The farmers' association has called another protest in Nashik on Friday.",
 [("NASHIK", 20.00, 73.79), ("Lasalgaon", 20.15, 74.23), ("Niphad", 20.08, 74.11),
  ("Sinnar", 19.85, 74.00), ("Chandwad", 20.33, 74.25), ("Pimpalgaon Baswant", 20.17, 73.99), ("Bangladesh", "BD"),
  ("Gulf", 26.0, 52.0, OPT), ("New Delhi", 28.61, 77.21, OPT), ("Nashik", 20.00, 73.79), ("Malegaon", 20.55, 74.53),
  ("Yeola", 20.04, 74.49), ("Ahmednagar", 19.09, 74.74), ("Gangapur Dam", 20.04, 73.68), ("Nashik", 20.00, 73.79),
  ("Mumbai", 19.08, 72.88), ("Pune", 18.52, 73.86), ("Maharashtra", 19.50, 75.50), ("Nashik", 20.00, 73.79)]),
# 23 India: Puri cyclone evacuation (Puri the district and the town; a collector named Puri)
("PURI — More than 1.2 lakh people were moved to cyclone shelters in Puri, Ganjam and Jagatsinghpur districts on "
 "Thursday as a severe cyclonic storm over the Bay of Bengal moved towards the Odisha coast. The India "
 "Meteorological Department said the storm was expected to make landfall between Gopalpur and Puri late on Friday "
 "with wind speeds of up to 110 kmph. District collector Anjali Puri said fishermen from Penthakata and Satapada had "
 "been ordered back to shore, and boat services on Chilika Lake were suspended. \"No one should be in a kutcha house "
 "tomorrow night,\" Puri said. Pilgrims were asked to leave the beach near the Jagannath Temple, and hotels along the "
 "Marine Drive to Konark were being emptied. In Bhubaneswar, the state capital, schools will remain shut till "
 "Saturday. Teams of the National Disaster Response Force were sent to Paradip and Cuttack. Neighbouring Andhra "
 "Pradesh has put its northern districts of Srikakulam and Vizianagaram on alert.",
 [("PURI", 19.81, 85.83), ("Puri", 19.85, 85.75), ("Ganjam", 19.60, 84.70), ("Jagatsinghpur", 20.25, 86.20),
  ("Bay of Bengal", 15.0, 88.0), ("Odisha", 20.50, 84.40), ("India", "IN", OPT), ("Gopalpur", 19.26, 84.91),
  ("Puri", 19.81, 85.83), ("Puri", SKIP), ("Penthakata", 19.80, 85.85), ("Satapada", 19.67, 85.44),
  ("Chilika Lake", 19.72, 85.32), ("Puri", SKIP), ("Jagannath Temple", 19.805, 85.818, OPT),
  ("Marine Drive", 19.85, 85.95, OPT), ("Konark", 19.89, 86.09), ("Bhubaneswar", 20.30, 85.82),
  ("Paradip", 20.32, 86.61), ("Cuttack", 20.46, 85.88), ("Andhra Pradesh", 15.90, 79.70),
  ("Srikakulam", 18.30, 83.90), ("Vizianagaram", 18.11, 83.40)]),
# 24 South Africa: Knysna alien-vegetation bylaws (a fire chief named George; George the town)
("KNYSNA — Landowners on the hills above the Knysna Lagoon have been given six months to clear invasive pine and "
 "wattle trees, under new bylaws that the municipality says will reduce the risk of a repeat of the 2017 fires. "
 "That blaze, driven by hot berg winds, destroyed more than 800 homes in Knysna, Sedgefield and Plettenberg Bay. "
 "Fire chief George Hendricks said many properties in Brenton-on-Sea and on Leisure Isle were still surrounded by "
 "dense alien vegetation. \"The fynbos burns, but the pines burn hotter and longer,\" Hendricks said. Owners who fail "
 "to clear their land could be fined, and the municipality may do the work itself and send them the bill. "
 "Contractors say they cannot keep up with demand from the Garden Route's towns, from Wilderness to Nature's Valley. "
 "SANParks, which manages forests in the Outeniqua Mountains and around The Heads, has promised to clear its own "
 "land first. Firefighting aircraft will again be stationed at the airport in George for the summer. The Western "
 "Cape government in Cape Town has set aside R20 million for the programme.",
 [("KNYSNA", -34.04, 23.05), ("Knysna Lagoon", -34.05, 23.06), ("Knysna", -34.04, 23.05),
  ("Sedgefield", -34.02, 22.80), ("Plettenberg Bay", -34.05, 23.37), ("George", SKIP),
  ("Brenton-on-Sea", -34.07, 23.02), ("Leisure Isle", -34.07, 23.06), ("Garden Route", -33.97, 22.80),
  ("Wilderness", -33.99, 22.58), ("Nature's Valley", -33.98, 23.56), ("Outeniqua Mountains", -33.85, 22.50),
  ("The Heads", -34.08, 23.06), ("George", -33.96, 22.46), ("Western Cape", -33.20, 21.00, OPT),
  ("Cape Town", -33.92, 18.42)]),
# 25 Kenya: Lake Naivasha rising (Kihoto estate; Nairobi the city, then the government)
("NAIVASHA — Families in Kihoto estate have been told to move to higher ground as the waters of Lake Naivasha "
 "continue to rise, submerging homes, roads and parts of several flower farms along Moi South Lake Road. Nakuru "
 "County officials said at least 3,000 people had been displaced around the lake since March. The lake has risen by "
 "more than two metres in five years, a trend scientists link to heavier rains over the Aberdare Range and the Mau "
 "Forest, which feed the Malewa River. \"We have moved our house three times,\" said Mary Wanjiru, a fish trader who "
 "lives near the shore. Hotels on the southern shore have lost their lawns and jetties, and rangers at Hell's Gate "
 "National Park say hippos are wandering into gardens at night. Traders at Karagita market said fewer tourists "
 "were coming from Nairobi at weekends. Lake Nakuru and Lake Baringo have also swelled, swallowing offices and "
 "schools in Baringo County. The county government has asked Nairobi for land to resettle families for good, "
 "possibly near Mai Mahiu.",
 [("NAIVASHA", -0.72, 36.43), ("Kihoto", -0.72, 36.42), ("Lake Naivasha", -0.77, 36.35),
  ("Moi South Lake Road", -0.79, 36.40, OPT), ("Nakuru County", -0.40, 36.00), ("Aberdare Range", -0.40, 36.70),
  ("Mau Forest", -0.50, 35.70), ("Malewa River", -0.55, 36.45), ("Hell's Gate National Park", -0.91, 36.31),
  ("Karagita", -0.78, 36.40), ("Nairobi", -1.29, 36.82), ("Lake Nakuru", -0.37, 36.09),
  ("Lake Baringo", 0.63, 36.08), ("Baringo County", 0.75, 35.95), ("Nairobi", -1.29, 36.82, OPT),
  ("Mai Mahiu", -1.01, 36.59)]),
# 26 Nigeria: Jos mining-pond drownings (Jos South and the Jos Plateau; Abuja = the federal government)
("JOS — Two teenage boys drowned on Sunday in an abandoned tin-mining pond at Rayfield, bringing to seven the number "
 "of children who have died in such ponds across Plateau State since the rains began in April. The boys, aged 13 "
 "and 15, had gone swimming after school with friends from Bukuru. The state government said it would fence off "
 "the most dangerous ponds in Jos South and Barkin Ladi local government areas and put up warning signs in Hausa "
 "and Berom. Hundreds of pits and lakes were left across the Jos Plateau when mining companies pulled out in the "
 "decades after independence, and many fill with water each rainy season. \"Our children have nowhere else to "
 "swim,\" said a community leader in Rayfield, who asked for more playgrounds. Artisanal miners still dig for tin "
 "and other minerals near Riyom and Bokkos, and officials say new pits appear every year. State emergency "
 "officials have also warned parents in Vom and in villages below the Shere Hills. Residents said "
 "they hoped Abuja would release money from the federal ecological fund. Similar accidents have been reported in "
 "Bauchi State and Nasarawa State.",
 [("JOS", 9.90, 8.86), ("Rayfield", 9.84, 8.90), ("Plateau State", 9.20, 9.50), ("Bukuru", 9.80, 8.87),
  ("Jos South", 9.75, 8.85), ("Barkin Ladi", 9.53, 8.90), ("Jos Plateau", 9.60, 8.90), ("Rayfield", 9.84, 8.90),
  ("Riyom", 9.63, 8.77), ("Bokkos", 9.30, 9.00), ("Vom", 9.73, 8.78),
  ("Shere Hills", 9.95, 9.03), ("Abuja", 9.06, 7.49, OPT), ("Bauchi State", 10.50, 10.00),
  ("Nasarawa State", 8.50, 8.20)]),
# 27 Philippines: Kennon Road landslide, Baguio (Rosario, La Union; Malacañang = the palace)
("BAGUIO CITY — Kennon Road will stay closed to light vehicles until further notice after a landslide buried a "
 "section in Tuba, Benguet, during heavy rains on Sunday, the Department of Public Works and Highways said. "
 "Motorists travelling up from Pangasinan and La Union were advised to take the longer routes through Rosario or "
 "Naguilian instead. The closure has hit vegetable farmers in La Trinidad, Atok and Buguias, who send cabbages, "
 "carrots and strawberries down the mountain to markets in Manila every night. \"Our trucks now take two hours "
 "longer,\" said La Trinidad farmer Rowena Bayan, who grows strawberries near the state university farm. "
 "Tourism officials in Baguio said hotel bookings for the long weekend had dropped by a fifth. Itogon officials "
 "reported smaller slides in several mining villages. The city government has asked Malacañang for emergency funds "
 "to clear the road and inspect slopes along the Bued River. Residents were reminded that the rainy season in the "
 "Cordillera usually runs until October.",
 [("BAGUIO CITY", 16.41, 120.60), ("Kennon Road", 16.35, 120.60, OPT), ("Tuba", 16.35, 120.56),
  ("Benguet", 16.55, 120.70), ("Pangasinan", 15.90, 120.30), ("La Union", 16.50, 120.40),
  ("Rosario", 16.23, 120.49), ("Naguilian", 16.53, 120.40), ("La Trinidad", 16.46, 120.59), ("Atok", 16.60, 120.70),
  ("Buguias", 16.75, 120.83), ("Manila", 14.60, 120.98), ("La Trinidad", 16.46, 120.59), ("Baguio", 16.41, 120.60), ("Itogon", 16.36, 120.68),
  ("Malacañang", 14.59, 120.99, OPT), ("Bued River", 16.30, 120.55), ("Cordillera", 17.00, 121.00)]),
# 28 Malaysia: Cameron Highlands land-clearing freeze (Kuantan = the Pahang government; a road named after a town)
("CAMERON HIGHLANDS — The Pahang state government has frozen new land clearing permits on the slopes above Ringlet "
 "and Kampung Raja after a mudslide on Saturday blocked the main road to Tanah Rata for nine hours. Muddy water from "
 "cleared vegetable plots also poured into Sultan Abu Bakar Lake, the hydroelectric reservoir at Ringlet, for the "
 "third time this year. \"The hills cannot take any more,\" said a resident of Brinchang who has lived in the "
 "highlands for 40 years. Officials said farmers had illegally cleared more than 200 hectares of forest near Gunung "
 "Brinchang and around Kuala Terla. The freeze comes ahead of the school holidays, when thousands of visitors drive "
 "up from Kuala Lumpur and Ipoh. Police said weekend traffic on the Simpang Pulai road from Perak would be "
 "controlled at checkpoints near Kampung Raja. The district office will also inspect tea estates "
 "and strawberry farms along the Bertam River. Tourism operators in Tanah Rata welcomed the move but asked Kuantan "
 "to speed up repairs to the old road from Tapah.",
 [("CAMERON HIGHLANDS", 4.47, 101.38), ("Pahang", 3.80, 102.50, OPT), ("Ringlet", 4.41, 101.38),
  ("Kampung Raja", 4.57, 101.40), ("Tanah Rata", 4.47, 101.38), ("Sultan Abu Bakar Lake", 4.42, 101.39),
  ("Ringlet", 4.41, 101.38), ("Brinchang", 4.49, 101.39), ("Gunung Brinchang", 4.52, 101.38),
  ("Kuala Terla", 4.55, 101.40), ("Kuala Lumpur", 3.14, 101.69), ("Ipoh", 4.60, 101.08),
  ("Simpang Pulai", 4.55, 101.12, OPT), ("Perak", 4.80, 101.00), ("Kampung Raja", 4.57, 101.40), ("Bertam River", 4.45, 101.38), ("Tanah Rata", 4.47, 101.38),
  ("Kuantan", 3.82, 103.33, OPT), ("Tapah", 4.20, 101.26)]),
# 29 Spain: Paiporta flood channel (the Poyo ravine; the Turia's new course; Madrid = the government)
("PAIPORTA, Spain — Work began on Monday on a diversion channel for the Poyo ravine, the usually dry riverbed that "
 "turned into a torrent during the floods of October 2024 and tore through this town south of Valencia. More than "
 "220 people died across the province, about 45 of them in Paiporta alone. The channel will carry floodwater from "
 "the ravine around Picanya and Paiporta and into the Turia's new course, engineers from the Júcar river basin "
 "authority said. \"Every time the sky turns dark, people here are afraid,\" said Amparo Ferrer, a baker whose shop "
 "was destroyed. Neighbouring Catarroja, Sedaví and Alfafar are still repairing ground-floor homes and garages. "
 "Farmers in the Albufera, the lagoon and rice fields south of the city, say mud and debris are still being cleared "
 "from irrigation canals. Residents of Chiva, upstream, where the rain was heaviest, want small dams built in the "
 "hills. The regional government and Madrid have argued for months over who should pay for the works, which are "
 "expected to take three years. Spain's environment ministry says the project will cost about 300 million euros.",
 [("PAIPORTA", 39.43, -0.42), ("Spain", "ES"), ("Poyo", 39.43, -0.48), ("Valencia", 39.47, -0.38),
  ("Paiporta", 39.43, -0.42), ("Picanya", 39.43, -0.43), ("Paiporta", 39.43, -0.42), ("Turia", 39.45, -0.40),
  ("Júcar", 39.30, -1.20, OPT), ("Catarroja", 39.40, -0.40), ("Sedaví", 39.43, -0.38), ("Alfafar", 39.42, -0.39),
  ("Albufera", 39.33, -0.35), ("Chiva", 39.47, -0.72), ("Madrid", 40.42, -3.70, OPT), ("Spain", "ES", OPT)]),
# 30 Chile: Viña del Mar fire rebuilding (Quilpué, Villa Alemana; Santiago = the ministry)
("VIÑA DEL MAR, Chile — Two years after the deadliest wildfire in Chile's modern history, fewer than half of the "
 "thousands of homes destroyed in the hills above this coastal city have been rebuilt, residents and officials say. "
 "The fire of February 2024 killed more than 130 people, most of them in the hillside neighbourhoods of El Olivar, "
 "Villa Independencia and Achupallas, and in the nearby towns of Quilpué and Villa Alemana. \"We are still living "
 "in a container,\" said Rosa Muñoz, a retired teacher in El Olivar. The housing ministry in Santiago blamed the "
 "delays on land title disputes and a shortage of building firms. The fire began in the Lago Peñuelas reserve near "
 "the road to Valparaíso, and investigators later charged a volunteer firefighter and a forestry worker with "
 "starting it. Some families have given up and moved to Limache or Concón, where rents are lower. Viña del Mar's "
 "mayor said on Tuesday that 1,200 new homes would be handed over by the end of the year. Neighbours in El Olivar "
 "say they will believe it when they see the keys.",
 [("VIÑA DEL MAR", -33.02, -71.55), ("Chile", "CL"), ("Chile", "CL"), ("El Olivar", -33.04, -71.51),
  ("Villa Independencia", -33.04, -71.51), ("Achupallas", -33.03, -71.52), ("Quilpué", -33.05, -71.44),
  ("Villa Alemana", -33.04, -71.37), ("El Olivar", -33.04, -71.51), ("Santiago", -33.45, -70.67, OPT),
  ("Lago Peñuelas", -33.15, -71.55), ("Valparaíso", -33.05, -71.62), ("Limache", -33.00, -71.27),
  ("Concón", -32.93, -71.52), ("Viña del Mar", -33.02, -71.55), ("El Olivar", -33.04, -71.51)]),
]


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-d", lang="en"))
    write(rows, ROOT / "tests/data/local_news_d.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
