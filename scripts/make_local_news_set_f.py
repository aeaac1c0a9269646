#!/usr/bin/env python3
"""Builds tests/data/local_news_f.jsonl: a sixth blind set of English local and regional news articles
(TR-News / LGL-like), written by a helper who never saw the engine, with no article, story, main setting or
dateline town of sets A, B, C, D or E. Same conventions as make_local_news_set_e.py: toponyms in order of
appearance, every mention including repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth
element OPT marks a row as optional (a street, road, highway, bridge, dam or building, a capital standing for a
government, a place inside the name of an organisation or event, adjectival uses); (surface, "CC", OPT) is an
optional country; (surface, SKIP) consumes an occurrence of the string that is NOT a toponym (a person, band or
sports club named like a place) so that the next row of the same surface lands on the right occurrence; SKIP
rows are dropped from the output. Teams, clubs, bands, organisations, people and demonyms named like places are
not toponyms; street addresses are not annotated. US state abbreviations in datelines ("Wyo.", "La.") and
provinces, states and constituent countries of the UK are given as regions with a central point; long rivers
and large regions get a representative central point."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402
from make_local_news_set_c import OPT, SKIP, mark_optional  # noqa: E402  (set C's conventions, shared)

ROOT = Path(__file__).resolve().parent.parent

# region centres used more than once
WYOMING = (43.0, -107.5)
SOUTH_DAKOTA = (44.4, -100.2)
WEST_VIRGINIA = (38.6, -80.6)
SOUTH_CAROLINA = (33.9, -80.9)
ARKANSAS = (34.9, -92.4)
LOUISIANA = (31.0, -92.0)
TEXAS = (31.0, -99.0)
NEVADA = (39.3, -116.6)
NEW_HAMPSHIRE = (43.7, -71.6)
MAINE = (45.3, -69.2)
QUEBEC = (52.0, -72.0)
DELAWARE = (39.0, -75.5)
NEW_JERSEY = (40.06, -74.41)
OKLAHOMA = (35.5, -97.5)
ILLINOIS = (40.0, -89.2)
WISCONSIN = (44.6, -89.9)
VERMONT = (44.0, -72.7)
MASSACHUSETTS = (42.3, -71.8)
ARIZONA = (34.3, -111.7)
CALIFORNIA = (37.2, -119.5)
GEORGIA_ST = (32.7, -83.4)
ONTARIO = (50.0, -85.0)
MANITOBA = (54.0, -98.0)
NEWFOUNDLAND_LABRADOR = (53.0, -60.0)
ENGLAND = (52.6, -1.5)
WALES = (52.35, -3.75)
NORTHERN_IRELAND = (54.65, -6.70)
CO_DOWN = (54.35, -5.90)
CO_CLARE = (52.85, -9.00)
CO_DONEGAL = (54.92, -8.00)
NSW = (-32.0, 147.0)
QUEENSLAND = (-22.5, 144.5)
WESTERN_AUSTRALIA = (-25.0, 122.0)

P = [
# 01 US: Lander, Wyo. flood (a sheriff named Hudson and Hudson the town; Atlantic City, Wyo. vs the New Jersey resort;
#    the Wind River, its range and its reservation; Cheyenne = the state)
("LANDER, Wyo. — Fremont County commissioners on Tuesday declared a local emergency after the Popo Agie River, "
 "swollen by a fast snowmelt in the Wind River Range, spilled into yards and basements on the north side of town. "
 "The river topped its banks near City Park on Monday night and crested early Tuesday at its highest level since "
 "2010, the National Weather Service office in Riverton said. \"We sandbagged all night,\" said Sheriff Ryan Hudson, "
 "whose deputies closed Sinks Canyon Road after rocks slid onto the pavement below Sinks Canyon State Park. "
 "Downstream, ranchers near Hudson reported flooded hay meadows, and the town of Riverton opened an emergency "
 "shelter at its fairgrounds. The Popo Agie joins the Wind River just east of Riverton, and officials on the Wind "
 "River Indian Reservation said two bridges near Arapahoe were being watched. Up near South Pass, the old mining "
 "camps of South Pass City and Atlantic City, which has nothing to do with the New Jersey resort, were cut off by "
 "mud on Wyoming 28. Cheyenne has promised state road crews, and a hydrologist in Casper said more runoff was on "
 "the way from the high country.",
 [("LANDER", 42.83, -108.73), ("Wyo.", *WYOMING), ("Fremont County", 43.05, -108.63),
  ("Popo Agie River", 42.95, -108.55), ("Wind River Range", 43.00, -109.40), ("City Park", 42.84, -108.74, OPT),
  ("Riverton", 43.02, -108.38), ("Hudson", SKIP), ("Sinks Canyon Road", 42.77, -108.78, OPT),
  ("Sinks Canyon State Park", 42.74, -108.81), ("Hudson", 42.90, -108.58), ("Riverton", 43.02, -108.38),
  ("Popo Agie", 42.95, -108.55), ("Wind River", 43.28, -109.00), ("Riverton", 43.02, -108.38),
  ("Wind River Indian Reservation", 43.15, -108.85), ("Arapahoe", 42.97, -108.49), ("South Pass", 42.35, -108.92),
  ("South Pass City", 42.47, -108.80), ("Atlantic City", 42.50, -108.73), ("New Jersey", *NEW_JERSEY),
  ("Wyoming 28", 42.60, -108.70, OPT), ("Cheyenne", 41.14, -104.82, OPT), ("Casper", 42.87, -106.31)]),
# 02 US: Spearfish, S.D. rockslide (a supervisor named Savoy and Savoy the canyon hamlet; Lead the town;
#    Rapid City inside an office's name; Pierre = the state)
("SPEARFISH, S.D. — A rockslide that buried both lanes of U.S. 14A in Spearfish Canyon will keep the scenic road "
 "closed for at least three weeks, state transportation officials said Thursday. Boulders the size of pickups came "
 "down about a mile north of Savoy after heavy rain soaked the limestone walls on Tuesday night. No vehicles were "
 "hit. \"It's the worst slide we've seen in that canyon in 20 years,\" said Jim Savoy, a maintenance supervisor in "
 "the department's Rapid City region office. Drivers heading from Spearfish to Cheyenne Crossing and Lead are being "
 "detoured through Deadwood on U.S. 85. Spearfish Creek, which runs the length of the canyon, turned brown with "
 "silt, and anglers were asked to stay off the water below Bridal Veil Falls. Lawrence County sheriff's deputies "
 "are patrolling to keep hikers away from the debris. Business owners in Spearfish, Lead and Sturgis worry about "
 "the timing, with motorcyclists already arriving for summer rides through the Black Hills. Pierre has not said "
 "whether emergency money will be available. A smaller slide on a road along the Belle Fourche River near the "
 "Wyoming line was cleared Wednesday.",
 [("SPEARFISH", 44.49, -103.86), ("S.D.", *SOUTH_DAKOTA), ("U.S. 14A", 44.40, -103.89, OPT),
  ("Spearfish Canyon", 44.40, -103.89), ("Savoy", 44.36, -103.96), ("Savoy", SKIP),
  ("Rapid City", 44.08, -103.23, OPT), ("Spearfish", 44.49, -103.86), ("Cheyenne Crossing", 44.30, -103.87),
  ("Lead", 44.35, -103.77), ("Deadwood", 44.38, -103.73), ("U.S. 85", 44.40, -103.75, OPT),
  ("Spearfish Creek", 44.42, -103.88), ("Bridal Veil Falls", 44.45, -103.87), ("Lawrence County", 44.36, -103.79),
  ("Spearfish", 44.49, -103.86), ("Lead", 44.35, -103.77), ("Sturgis", 44.41, -103.51),
  ("Black Hills", 44.00, -103.75), ("Pierre", 44.37, -100.35, OPT), ("Belle Fourche River", 44.60, -103.20),
  ("Wyoming", *WYOMING)]),
# 03 US: Fayetteville, W.Va. Bridge Day (Fayetteville, Ark. for contrast; Lansing, W.Va.; Charleston, W.Va. = the
#    state vs Charleston, S.C.; Arkansas and Fayette County inside organisations' names)
("FAYETTEVILLE, W.Va. — More than 80,000 people crowded onto the New River Gorge Bridge on Saturday for Bridge "
 "Day, the one day a year the span is closed to traffic and BASE jumpers are allowed to leap 876 feet into the "
 "gorge below. Organizers said 412 jumpers made more than 800 jumps, and rafting companies ferried spectators along "
 "the New River to the landing zone. \"Every motel from here to Beckley was sold out,\" said Fayette County "
 "Commission president Denise Scott. The festival began in 1980, three years after the bridge linking Fayetteville "
 "with Lansing and Ansted replaced a 45-minute drive down into the gorge and back up. This Fayetteville, a town of "
 "2,800, is often confused with the much larger Fayetteville, Ark., home of the University of Arkansas. Volunteer "
 "firefighters from Oak Hill and Mount Hope staffed first-aid tents, and state police in Charleston said traffic "
 "on U.S. 19 backed up to Summersville Lake by mid-morning. Rafting outfitters on the Gauley River, whose "
 "dam-release season runs the same weeks, reported a record fall. Visitors also came from Charleston, S.C., and "
 "from Canada.",
 [("FAYETTEVILLE", 38.05, -81.10), ("W.Va.", *WEST_VIRGINIA), ("New River Gorge Bridge", 38.07, -81.08, OPT),
  ("New River", 37.60, -80.90), ("Beckley", 37.78, -81.19), ("Fayette County", 38.03, -81.08, OPT),
  ("Fayetteville", 38.05, -81.10), ("Lansing", 38.10, -81.06), ("Ansted", 38.14, -81.10),
  ("Fayetteville", 38.05, -81.10), ("Fayetteville", 36.06, -94.16), ("Ark.", *ARKANSAS),
  ("Arkansas", *ARKANSAS, OPT), ("Oak Hill", 37.97, -81.15), ("Mount Hope", 37.90, -81.17),
  ("Charleston", 38.35, -81.63, OPT), ("U.S. 19", 38.10, -81.05, OPT), ("Summersville Lake", 38.23, -80.87),
  ("Gauley River", 38.22, -80.90), ("Charleston", 32.78, -79.93), ("S.C.", *SOUTH_CAROLINA), ("Canada", "CA")]),
# 04 US: Breaux Bridge, La. crawfish shortage (an agent named Lafayette and Lafayette the city; Parks the village;
#    Henderson, La. vs Henderson, Nev.; Cajun a demonym; Baton Rouge a city, then the state)
("BREAUX BRIDGE, La. — Organizers of the Breaux Bridge Crawfish Festival say this year's event will go ahead in "
 "May despite one of the poorest crawfish harvests in memory, with boiled crawfish expected to sell for nearly $10 "
 "a pound. A drought last summer followed by a hard freeze in January left many ponds in St. Martin Parish and "
 "neighboring Acadia Parish nearly empty, said extension agent Andrew Lafayette. \"Farmers are pulling traps with "
 "three or four crawfish in them,\" Lafayette said. Fishermen who work the wild catch in the Atchafalaya Basin near "
 "Henderson say the water is too low to set traps at all. Restaurants along Bayou Teche, from Parks to St. "
 "Martinville, have cut crawfish from their menus two days a week. The festival, which started in 1960 and draws "
 "crowds from Lafayette and Baton Rouge, will buy crawfish from ponds around Cecilia and Arnaudville and, if "
 "needed, from Texas. Henderson, Nev., a suburb of Las Vegas, has asked to stage a one-day Cajun cook-off with the "
 "festival's blessing, organizers said. State agriculture officials in Baton Rouge were surveying losses this week.",
 [("BREAUX BRIDGE", 30.27, -91.90), ("La.", *LOUISIANA), ("Breaux Bridge", 30.27, -91.90, OPT),
  ("St. Martin Parish", 30.20, -91.80), ("Acadia Parish", 30.29, -92.41), ("Lafayette", SKIP), ("Lafayette", SKIP),
  ("Atchafalaya Basin", 30.30, -91.70), ("Henderson", 30.31, -91.79), ("Bayou Teche", 30.00, -91.80),
  ("Parks", 30.22, -91.83), ("St. Martinville", 30.13, -91.83), ("Lafayette", 30.22, -92.02),
  ("Baton Rouge", 30.45, -91.19), ("Cecilia", 30.34, -91.85), ("Arnaudville", 30.40, -91.93), ("Texas", *TEXAS),
  ("Henderson", 36.04, -114.98), ("Nev.", *NEVADA), ("Las Vegas", 36.17, -115.14),
  ("Baton Rouge", 30.45, -91.19, OPT)]),
# 05 US: Berlin, N.H. mill site sale (Berlin, Germany and Milan, N.H.; Paris, Maine; Concord = the state)
("BERLIN, N.H. — The city council voted 7-2 on Monday to sell the last vacant parcel of the old paper mill site "
 "along the Androscoggin River to a company that plans to build a wood pellet plant employing about 40 people. The "
 "mill, which once made this northern city the paper capital of the state, closed in 2006, and its smokestacks have "
 "been coming down ever since. \"This is the first real manufacturing we've landed on that riverbank in fifteen "
 "years,\" said Mayor Robert Cloutier. The plant will buy low-grade timber from loggers across Coös County, from "
 "Milan and Dummer up to Errol. Residents of Gorham, just downstream, raised concerns about truck traffic on Route "
 "16, and the council agreed to keep logging trucks out of downtown. Berlin has been trying to reinvent itself as an "
 "off-road destination, with hundreds of miles of trails in Jericho Mountain State Park. The vote drew a radio "
 "reporter from Berlin, Germany, who is making a documentary about New England towns named after European cities, "
 "among them Milan, just up the road, and Paris, Maine. Officials in Concord have offered a $1.5 million grant. The "
 "company, based in Lewiston, Maine, plans to sell pellets across northern New England and into Quebec.",
 [("BERLIN", 44.47, -71.19), ("N.H.", *NEW_HAMPSHIRE), ("Androscoggin River", 44.40, -70.70),
  ("Coös County", 44.69, -71.31), ("Milan", 44.57, -71.19), ("Dummer", 44.63, -71.21), ("Errol", 44.78, -71.14),
  ("Gorham", 44.39, -71.17), ("Route 16", 44.42, -71.18, OPT), ("Berlin", 44.47, -71.19),
  ("Jericho Mountain State Park", 44.49, -71.24), ("Berlin", 52.52, 13.40), ("Germany", "DE"),
  ("New England", 44.00, -71.50), ("Milan", 44.57, -71.19), ("Paris", 44.26, -70.50), ("Maine", *MAINE),
  ("Concord", 43.21, -71.54, OPT), ("Lewiston", 44.10, -70.21), ("Maine", *MAINE), ("New England", 44.00, -71.50),
  ("Quebec", *QUEBEC)]),
# 06 US: Lewes, Del. beach repairs (a councilman named Milton and Milton the town; Lewes, East Sussex; the ferry's
#    name; Sussex County inside the council's name; Georgetown the county seat; Dover = the state)
("LEWES, Del. — Sussex County Council on Tuesday approved $4.2 million to pump sand back onto beaches between Lewes "
 "and Dewey Beach after a January nor'easter chewed away dunes along Delaware Bay and the ocean shore. At Cape "
 "Henlopen State Park, waves cut a ten-foot cliff into the dunes at Herring Point, and the bathhouse there was "
 "closed. In Rehoboth Beach, the boardwalk was undermined in three places. \"We lost in one night what took five "
 "years to build,\" said Councilman Doug Milton, who represents Milton and Broadkill Beach. The Cape May-Lewes Ferry "
 "ran a reduced schedule for two days because of high seas, stranding travelers on the New Jersey side in Cape May. "
 "Lewes, founded by the Dutch in 1631 and billed as the first town in the first state, shares its name with Lewes, "
 "the county town of East Sussex in England, and the two have exchanged visits. The work will be paid for partly by "
 "Dover and partly with federal money, and contractors will start at Broadkill Beach in March. Council members, who "
 "meet in Georgetown, the county seat, also asked the Army Corps of Engineers to study the inlet at Indian River.",
 [("LEWES", 38.77, -75.14), ("Del.", *DELAWARE), ("Sussex County", 38.68, -75.34, OPT), ("Lewes", 38.77, -75.14),
  ("Dewey Beach", 38.69, -75.08), ("Delaware Bay", 39.05, -75.20), ("Cape Henlopen State Park", 38.79, -75.09),
  ("Herring Point", 38.77, -75.09), ("Rehoboth Beach", 38.72, -75.08), ("Milton", SKIP), ("Milton", 38.78, -75.31),
  ("Broadkill Beach", 38.82, -75.21), ("Cape May-Lewes Ferry", 38.78, -75.12, OPT), ("New Jersey", *NEW_JERSEY),
  ("Cape May", 38.94, -74.91), ("Lewes", 38.77, -75.14), ("Lewes", 50.87, 0.01), ("East Sussex", 50.92, 0.25),
  ("England", *ENGLAND), ("Dover", 39.16, -75.52, OPT), ("Broadkill Beach", 38.82, -75.21),
  ("Georgetown", 38.69, -75.39), ("Indian River", 38.61, -75.07)]),
# 07 US: Tahlequah, Okla. float limits (the Illinois River vs the state of Illinois; a commission official named Gore
#    and Gore the town; Oklahoma inside the commission's name; Oklahoma City = the state)
("TAHLEQUAH, Okla. — Float outfitters along the Illinois River say the season is off to a slow start after spring "
 "storms left the water high and muddy through most of May, and a new cap on canoe rentals takes effect this "
 "weekend. The Oklahoma Scenic Rivers Commission will limit outfitters between Watts and the head of Lake Tenkiller "
 "to 3,000 boats a day on summer weekends. \"We're not trying to run anybody out of business, but this river has to "
 "be protected,\" said commission administrator Linda Gore. Deputies in Cherokee County made 61 arrests on the water "
 "last summer, most for public intoxication. The Illinois, which shares nothing but a name with the state of "
 "Illinois, rises in northwest Arkansas and crosses into Oklahoma a few miles from Siloam Springs, Ark. Phosphorus "
 "from poultry farms upstream has long been a source of friction between the two states. Two tributaries, Flint "
 "Creek and the Barren Fork, also ran high this spring. Outfitters in Park Hill and at Gore, near the dam, said "
 "bookings from Tulsa and Fort Smith were down by a third. Oklahoma City has set aside $2 million for river cleanup.",
 [("TAHLEQUAH", 35.92, -94.97), ("Okla.", *OKLAHOMA), ("Illinois River", 35.95, -94.85),
  ("Oklahoma", *OKLAHOMA, OPT), ("Watts", 36.11, -94.57), ("Lake Tenkiller", 35.65, -95.03), ("Gore", SKIP),
  ("Cherokee County", 35.91, -94.99), ("Illinois", 35.95, -94.85), ("Illinois", *ILLINOIS), ("Arkansas", *ARKANSAS),
  ("Oklahoma", *OKLAHOMA), ("Siloam Springs", 36.19, -94.54), ("Ark.", *ARKANSAS), ("Flint Creek", 36.19, -94.71),
  ("Barren Fork", 35.92, -94.80), ("Park Hill", 35.86, -94.96), ("Gore", 35.53, -95.12), ("Tulsa", 36.15, -95.99),
  ("Fort Smith", 35.39, -94.40), ("Oklahoma City", 35.47, -97.52, OPT)]),
# 08 US: Sparta, Wis. trail tunnels (a trail manager named Wilton and Wilton the village; Sparta in Greece; places inside
#    trail and railroad names; Twin Cities; America the country)
("SPARTA, Wis. — Two of the three railroad tunnels on the Elroy-Sparta State Trail will stay closed to bikers this "
 "summer after an April storm washed out part of the grade near Norwalk, the Wisconsin Department of Natural "
 "Resources said Friday. The 32-mile trail, built on an old Chicago and North Western line, was among the first "
 "rail-trails in the country and draws about 60,000 riders a year to Monroe County and Juneau County. \"Tunnel 3 is "
 "the one everybody comes to see, and it's the one we can't open,\" said trail manager Karen Wilton. Riders can "
 "still travel from Elroy to Kendall and through the tunnel near the village of Wilton, but the stretch between "
 "Norwalk and Sparta is closed. Shuttle services in Sparta, which calls itself the bicycling capital of America, "
 "said cancellations were already coming in from Madison, Milwaukee and the Twin Cities. The La Crosse River State "
 "Trail, which runs west from Sparta to La Crosse, is unaffected. Sparta, Wis., is one of more than a dozen American "
 "towns that borrowed the name of the city-state in Greece. Soldiers from nearby Fort McCoy helped clear debris.",
 [("SPARTA", 43.94, -90.81), ("Wis.", *WISCONSIN), ("Elroy-Sparta State Trail", 43.85, -90.55, OPT),
  ("Norwalk", 43.83, -90.62), ("Wisconsin", *WISCONSIN, OPT), ("Chicago", 41.88, -87.63, OPT),
  ("Monroe County", 43.95, -90.62), ("Juneau County", 43.92, -90.11), ("Wilton", SKIP), ("Elroy", 43.74, -90.27),
  ("Kendall", 43.79, -90.37), ("Wilton", 43.81, -90.53), ("Norwalk", 43.83, -90.62), ("Sparta", 43.94, -90.81),
  ("Sparta", 43.94, -90.81), ("America", "US"), ("Madison", 43.07, -89.40), ("Milwaukee", 43.04, -87.91),
  ("Twin Cities", 44.96, -93.18), ("La Crosse River State Trail", 43.90, -91.00, OPT), ("Sparta", 43.94, -90.81),
  ("La Crosse", 43.80, -91.24), ("Sparta", 43.94, -90.81), ("Wis.", *WISCONSIN), ("Greece", "GR"),
  ("Fort McCoy", 44.01, -90.68, OPT)]),
]

P += [
# 09 England: Ludlow flood (a B&B owner named Ludlow; Burford, Shropshire not Oxfordshire; Little Hereford and
#    Hereford; Ludlow, Vermont; Shropshire inside the council's name)
("LUDLOW — Ludford Bridge was closed to traffic on Sunday as the River Teme rose to within a foot of its arches, and "
 "Shropshire Council warned that the medieval crossing could stay shut for several days while engineers check the "
 "stonework. The Teme and its tributary the Corve both burst their banks after 60mm of rain fell on the hills of "
 "south Shropshire around Clee Hill and Craven Arms in 24 hours, flooding car parks and the riverside meadows below "
 "the castle. \"We've had the Teme up before, but never this fast,\" said Mark Ludlow, who runs a bed and breakfast "
 "near the bridge and has heard every joke about his surname. Downstream, the Environment Agency issued flood "
 "warnings for Tenbury Wells, where the Teme has flooded the town centre three times in five years, and for the "
 "villages of Burford and Little Hereford. The A49 between Ludlow and Leominster was closed for several hours at "
 "Ashford Bowdler, and trains between Shrewsbury and Hereford were replaced by buses. The town's food festival, "
 "which draws visitors from Birmingham and across Wales every September, is not expected to be affected. The "
 "council's Facebook page even drew messages of sympathy from Ludlow, Vermont.",
 [("LUDLOW", 52.37, -2.72), ("Ludford Bridge", 52.365, -2.72, OPT), ("River Teme", 52.33, -2.60),
  ("Shropshire", 52.65, -2.75, OPT), ("Teme", 52.33, -2.60), ("Corve", 52.45, -2.72), ("Shropshire", 52.65, -2.75),
  ("Clee Hill", 52.38, -2.60), ("Craven Arms", 52.44, -2.84), ("Teme", 52.33, -2.60), ("Ludlow", SKIP),
  ("Tenbury Wells", 52.31, -2.60), ("Teme", 52.33, -2.60), ("Burford", 52.31, -2.60),
  ("Little Hereford", 52.31, -2.67), ("A49", 52.33, -2.72, OPT), ("Ludlow", 52.37, -2.72),
  ("Leominster", 52.23, -2.74), ("Ashford Bowdler", 52.33, -2.70), ("Shrewsbury", 52.71, -2.75),
  ("Hereford", 52.06, -2.72), ("Birmingham", 52.48, -1.90), ("Wales", *WALES), ("Ludlow", 43.40, -72.70),
  ("Vermont", *VERMONT)]),
# 10 Wales: Beaumaris pier (a harbourmaster named Conwy and Conwy the town; Menai Bridge the town; Bangor, Gwynedd vs
#    Bangor, Co Down; Anglesey inside the council's name; Cardiff = the Welsh Government)
("BEAUMARIS — The pier at Beaumaris will reopen to the public at Easter after a £3 million repair, Isle of Anglesey "
 "County Council said on Wednesday, ending a two-year closure that left pleasure boats to Puffin Island running from "
 "a temporary pontoon. Storms had torn away decking and corroded the steel legs of the Victorian pier, which juts "
 "into the Menai Strait opposite the mountains of Snowdonia. \"The pier is the heart of the town in summer,\" said "
 "harbourmaster Rhys Conwy. The work was delayed when divers found more damage than expected. Cruises around Puffin "
 "Island and to the lighthouse at Penmon are expected to resume in April, and operators who moved to Conwy during "
 "the closure say they will come back. The regatta, held in Menai Bridge for the past two summers, will also return. "
 "Anglesey's tourism officers say visits to Beaumaris Castle fell by a fifth while the pier was shut. Visitors coming "
 "over from Bangor faced delays all winter because of roadworks on the A55 near Llangefni. Cardiff paid half the "
 "cost. The council's engineers studied the restoration of the pier at Bangor, Co Down, on the far side of the "
 "Irish Sea, as a model.",
 [("BEAUMARIS", 53.26, -4.09), ("Beaumaris", 53.26, -4.09), ("Isle of Anglesey", 53.27, -4.35, OPT),
  ("Puffin Island", 53.32, -4.03), ("Menai Strait", 53.20, -4.20), ("Snowdonia", 53.00, -3.90), ("Conwy", SKIP),
  ("Puffin Island", 53.32, -4.03), ("Penmon", 53.30, -4.06), ("Conwy", 53.28, -3.83),
  ("Menai Bridge", 53.23, -4.16), ("Anglesey", 53.27, -4.35), ("Beaumaris Castle", 53.26, -4.09, OPT),
  ("Bangor", 53.23, -4.13), ("A55", 53.25, -4.30, OPT), ("Llangefni", 53.26, -4.31), ("Cardiff", 51.48, -3.18, OPT),
  ("Bangor", 54.66, -5.67), ("Co Down", *CO_DOWN), ("Irish Sea", 53.80, -5.00)]),
# 11 Scotland: Kirkwall Ba' game (a player named Hoy and Hoy the island; the Mainland of Orkney; Jedburgh in the
#    Borders; a street and the cathedral)
("KIRKWALL — The Uppies won the New Year's Day Ba' in Kirkwall on Wednesday, forcing the ball to their goal at the "
 "top of the town after a five-hour scrum that swayed up and down Broad Street in front of St Magnus Cathedral. The "
 "Doonies, whose goal is the water of Kirkwall Bay, came within yards of the harbour twice. \"It was a hard, fair "
 "game and nobody got hurt,\" said the winner of the ba', Magnus Hoy, a farmer from Shapinsay. Spectators came in "
 "from Stromness, on the other side of the Mainland, and extra ferries were laid on from Hoy and Westray. Some "
 "families had travelled north from Aberdeen on the overnight boat, but the sailing from Scrabster to Stromness "
 "was cancelled because of gales in the Pentland Firth. Shop owners boarded up their windows on Tuesday, as they "
 "have for generations. Street games of this kind were once played across Orkney and the Borders; Kirkwall's is one "
 "of the few to survive, along with the game in Jedburgh. The boys' game on the same morning was won by the "
 "Doonies, who carried the ba' into the sea at the pierhead.",
 [("KIRKWALL", 58.98, -2.96), ("Kirkwall", 58.98, -2.96), ("Broad Street", 58.98, -2.96, OPT),
  ("St Magnus Cathedral", 58.98, -2.96, OPT), ("Kirkwall Bay", 58.99, -2.97), ("Hoy", SKIP),
  ("Shapinsay", 59.05, -2.85), ("Stromness", 58.96, -3.30), ("Mainland", 59.00, -3.10), ("Hoy", 58.85, -3.30),
  ("Westray", 59.30, -2.98), ("Aberdeen", 57.15, -2.10), ("Scrabster", 58.61, -3.55), ("Stromness", 58.96, -3.30),
  ("Pentland Firth", 58.70, -3.10), ("Orkney", 59.00, -3.00), ("Borders", 55.55, -2.80), ("Kirkwall", 58.98, -2.96),
  ("Jedburgh", 55.48, -2.55)]),
# 12 Northern Ireland: Strangford ferry (a councillor named Killough and Killough the village; Strangford the village
#    and the lough; Castle Ward and an aquarium)
("PORTAFERRY — The Strangford Lough ferry will run a reduced service until at least the end of March after one of "
 "its two vessels was taken out of the water for urgent repairs, the Department for Infrastructure said on Monday. "
 "The crossing between Portaferry and Strangford, at the narrow mouth of the lough in Co Down, saves drivers a "
 "47-mile trip around the Ards Peninsula through Newtownards and Comber. \"People on this side of the water depend "
 "on that boat to get to work and to the hospital in Downpatrick,\" said local councillor Patricia Killough. Queues "
 "built up at the Strangford slipway on Saturday, with some drivers waiting more than an hour. Businesses in "
 "Portaferry, home to the Exploris aquarium, said the cut came at a bad time, with the Castle Ward estate near "
 "Strangford drawing fans of Game of Thrones to its film locations. Shops in Greyabbey and Kircubbin say fewer "
 "visitors are making the trip down the peninsula. Fishermen from Ardglass and Killough, on the other side of the "
 "lough, said they had been forced to drive through Belfast to reach buyers on the Ards. A replacement vessel is "
 "not due until next year.",
 [("PORTAFERRY", 54.38, -5.55), ("Strangford Lough", 54.48, -5.60), ("Portaferry", 54.38, -5.55),
  ("Strangford", 54.37, -5.56), ("Co Down", *CO_DOWN), ("Ards Peninsula", 54.48, -5.50),
  ("Newtownards", 54.59, -5.69), ("Comber", 54.55, -5.74), ("Downpatrick", 54.33, -5.72), ("Killough", SKIP),
  ("Strangford", 54.37, -5.56), ("Portaferry", 54.38, -5.55), ("Exploris", 54.38, -5.55, OPT),
  ("Castle Ward", 54.37, -5.58, OPT), ("Strangford", 54.37, -5.56), ("Greyabbey", 54.54, -5.56),
  ("Kircubbin", 54.49, -5.53), ("Ardglass", 54.26, -5.61), ("Killough", 54.26, -5.65), ("Belfast", 54.60, -5.93),
  ("Ards", 54.48, -5.50)]),
# 13 Ireland: Lisdoonvarna matchmaking festival (a matchmaker named Ennis and Ennis the county town; a director named
#    Clare; Clare inside the council's name; Texas; Shannon Airport)
("LISDOONVARNA, Co Clare — Guesthouses in Lisdoonvarna are booked out for all five weekends of this year's "
 "matchmaking festival, which opened on Friday with a crowd estimated at 8,000 in the square of this small spa town "
 "in north Clare. Organisers said visitors had travelled from as far as Australia and Texas, and that numbers from "
 "Northern Ireland and Britain were the highest in a decade. \"They come looking for love and they find a good time "
 "at the very least,\" said matchmaker Seán Ennis, whose grandfather made matches in the same hotel bar. Traffic "
 "backed up on the N67 from Ballyvaughan and on the road from Ennistymon, and gardaí in Ennis urged revellers not "
 "to drive. Hotels in Doolin and Lahinch are taking the overflow, and coach tours are running to the Cliffs of "
 "Moher and the Burren during the day. Clare County Council has opened a temporary car park at the edge of the "
 "town, and festival director Clare Moloney said a late bus would run to Shannon Airport. The festival began more "
 "than 150 years ago, when farmers came to the spa wells after the harvest. This year, for the first time, a "
 "dating app has a stand, and a group of 40 is coming by coach from Galway.",
 [("LISDOONVARNA", 53.03, -9.29), ("Co Clare", *CO_CLARE), ("Lisdoonvarna", 53.03, -9.29), ("Clare", *CO_CLARE),
  ("Australia", "AU"), ("Texas", *TEXAS), ("Northern Ireland", *NORTHERN_IRELAND), ("Britain", "GB"),
  ("Ennis", SKIP), ("N67", 53.05, -9.25, OPT), ("Ballyvaughan", 53.12, -9.15), ("Ennistymon", 52.94, -9.29),
  ("Ennis", 52.84, -8.98), ("Doolin", 53.02, -9.38), ("Lahinch", 52.93, -9.35),
  ("Cliffs of Moher", 52.97, -9.43), ("Burren", 53.05, -9.10), ("Clare", *CO_CLARE, OPT), ("Clare", SKIP),
  ("Shannon Airport", 52.70, -8.92, OPT), ("Galway", 53.27, -9.05)]),
]

P += [
# 14 Australia: Broken Hill / Menindee Lakes filling (a mayor named Bourke and Bourke the town; the Darling and the
#    Murray; Silverton; Sydney = the state)
("BROKEN HILL, NSW — Water from heavy rain in southern Queensland has reached the Menindee Lakes, about 110 "
 "kilometres south-east of Broken Hill, and the state's water authority says the lakes will hold more water this "
 "winter than at any time in three years. The flow has been tracked for six weeks as it moved down the Darling River "
 "past Bourke and Wilcannia. \"You'd see people lined up on the bridge at Wilcannia just to watch it come through,\" "
 "said shire mayor Jenny Bourke. Broken Hill no longer depends on the lakes for drinking water, which since 2019 has "
 "come through a 270-kilometre pipeline from the Murray River at Wentworth. But fisheries officers in Menindee are "
 "checking oxygen levels every day after mass fish kills in the river in recent summers. Tourism operators in "
 "Silverton, the old mining town 25 kilometres west of Broken Hill where several films have been shot, hope full "
 "lakes will bring back caravanners from Adelaide, which is closer than Sydney. Sydney has promised $4 million for "
 "new fish monitoring stations.",
 [("BROKEN HILL", -31.95, 141.47), ("NSW", *NSW), ("Queensland", *QUEENSLAND), ("Menindee Lakes", -32.35, 142.35),
  ("Broken Hill", -31.95, 141.47), ("Darling River", -31.60, 143.40), ("Bourke", -30.09, 145.94),
  ("Wilcannia", -31.56, 143.38), ("Wilcannia", -31.56, 143.38), ("Bourke", SKIP), ("Broken Hill", -31.95, 141.47),
  ("Murray River", -35.30, 143.50), ("Wentworth", -34.11, 141.92), ("Menindee", -32.39, 142.42),
  ("Silverton", -31.88, 141.23), ("Broken Hill", -31.95, 141.47), ("Adelaide", -34.93, 138.60),
  ("Sydney", -33.87, 151.21), ("Sydney", -33.87, 151.21, OPT)]),
# 15 Australia: Margaret River escaped burn (the town vs the river; Augusta, WA vs Augusta, Georgia; a shire's name;
#    Cowaramup Bay vs Cowaramup)
("MARGARET RIVER, WA — A prescribed burn that escaped its containment lines on Tuesday forced the evacuation of "
 "Gracetown and closed Caves Road for eight hours, fire authorities said. The blaze burned about 400 hectares of "
 "coastal heath in Leeuwin-Naturaliste National Park between Cowaramup Bay and the mouth of the Margaret River "
 "before crews brought it under control overnight. No homes were lost. Residents of Gracetown spent the night at the "
 "recreation centre in Margaret River, and about 200 tourists were moved out of caravan parks at Prevelly. \"The "
 "wind swung around to the south-west and it just took off,\" said Margaret Kelly, whose family runs a winery near "
 "Cowaramup. The Shire of Augusta-Margaret River has asked for an independent review of the burn. Volunteer brigades "
 "from Busselton and Bunbury joined local crews. The shire's southern town, Augusta, near Cape Leeuwin, was not "
 "affected; tourism staff there say they still get calls from golf fans who meant to book Augusta, Georgia. The "
 "region's wineries, which draw weekend crowds from Perth, said bookings were already being cancelled.",
 [("MARGARET RIVER", -33.95, 115.07), ("WA", *WESTERN_AUSTRALIA), ("Gracetown", -33.86, 114.99),
  ("Caves Road", -33.90, 115.05, OPT), ("Leeuwin-Naturaliste National Park", -34.00, 115.05),
  ("Cowaramup Bay", -33.86, 114.99), ("Margaret River", -33.97, 115.02), ("Gracetown", -33.86, 114.99),
  ("Margaret River", -33.95, 115.07), ("Prevelly", -33.98, 114.99), ("Cowaramup", -33.85, 115.10),
  ("Augusta-Margaret River", -34.10, 115.10, OPT), ("Busselton", -33.65, 115.35), ("Bunbury", -33.33, 115.64),
  ("Augusta", -34.31, 115.16), ("Cape Leeuwin", -34.37, 115.14), ("Augusta", 33.47, -81.97),
  ("Georgia", *GEORGIA_ST), ("Perth", -31.95, 115.86)]),
# 16 New Zealand: Kaikōura seal lookout (a constable named Clarence and Clarence the settlement; the Clarence River in
#    NSW for contrast; places inside agency and council names)
("KAIKŌURA — The New Zealand Transport Agency will build a viewing area and car park at Ohau Point, 26km north of "
 "Kaikōura, after a rise in near-misses involving tourists stopping on State Highway 1 to photograph the fur seal "
 "colony on the rocks below. The coastal road between Kaikōura and Clarence was rebuilt after the 2016 earthquake "
 "lifted parts of the seabed out of the water, and traffic between Picton and Christchurch is back to its old "
 "levels. \"People see the seals and just slam on the brakes,\" said Senior Constable Mike Clarence of the Kaikōura "
 "police. Visitors also stop at the Kaikōura Peninsula walkway and at Mangamaunu, a surf break north of the town. "
 "The Kaikōura District Council said the project would cost about $4 million. Tour operators in Blenheim and Hanmer "
 "Springs said the stretch was now one of the busiest photo stops in the South Island. Further north, rafting companies "
 "on the Clarence River, not to be confused with the river of the same name in New South Wales, say bookings are up "
 "by a fifth.",
 [("KAIKŌURA", -42.40, 173.68), ("New Zealand", "NZ", OPT), ("Ohau Point", -42.25, 173.83),
  ("Kaikōura", -42.40, 173.68), ("State Highway 1", -42.30, 173.78, OPT), ("Kaikōura", -42.40, 173.68),
  ("Clarence", -42.16, 173.93), ("Picton", -41.29, 174.00), ("Christchurch", -43.53, 172.64), ("Clarence", SKIP),
  ("Kaikōura", -42.40, 173.68, OPT), ("Kaikōura Peninsula", -42.42, 173.70), ("Mangamaunu", -42.30, 173.77),
  ("Kaikōura", -42.40, 173.68, OPT), ("Blenheim", -41.51, 173.95), ("Hanmer Springs", -42.52, 172.83),
  ("South Island", -43.00, 171.00), ("Clarence River", -42.10, 173.40), ("New South Wales", *NSW)]),
# 17 New Zealand: Raglan freedom camping (a councillor named Hamilton and Hamilton the city; Lord Raglan and Raglan,
#    Monmouthshire; Bridal Veil Falls; Waikato inside the council's name)
("RAGLAN — Freedom camping will be banned at Ngarunui Beach and along the coast road to Manu Bay and Whale Bay from "
 "December, after Waikato District Council voted 9-4 on Wednesday to tighten its bylaw. Residents of this surf town "
 "on Whaingaroa Harbour have complained for years about vans parked overnight at the beach, and about rubbish left "
 "in the dunes. \"We love visitors, but the beach is not a campground,\" said councillor Aroha Hamilton. Campers will "
 "be directed to the motor camp at the harbour mouth or to sites in Te Uku and in Hamilton, 45 minutes inland. "
 "Surfers, who come from across the Waikato and from Auckland to ride the long left-hand break at Manu Bay, said "
 "the rules were overdue. Rangers will also patrol the car parks below Mount Karioi and at Bridal Veil Falls, south "
 "of the town, where vans have been found blocking the track. The town was named in the 1850s after Lord Raglan, the "
 "British commander in the Crimean War, whose title came from the village of Raglan in Monmouthshire, Wales. "
 "Fines will start at $200.",
 [("RAGLAN", -37.80, 174.87), ("Ngarunui Beach", -37.81, 174.81), ("Manu Bay", -37.82, 174.81),
  ("Whale Bay", -37.83, 174.79), ("Waikato", -37.90, 175.30, OPT), ("Whaingaroa Harbour", -37.79, 174.90),
  ("Hamilton", SKIP), ("Te Uku", -37.83, 174.95), ("Hamilton", -37.79, 175.28), ("Waikato", -37.90, 175.30),
  ("Auckland", -36.85, 174.76), ("Manu Bay", -37.82, 174.81), ("Mount Karioi", -37.86, 174.80),
  ("Bridal Veil Falls", -37.92, 174.90), ("Raglan", SKIP), ("Raglan", 51.77, -2.85), ("Monmouthshire", 51.78, -2.90),
  ("Wales", *WALES)]),
# 18 Canada: Twillingate, N.L. icebergs (a skipper named Gander and Gander the town; Farewell the ferry terminal;
#    Greenland and Labrador; Iceberg Alley; St. John's = the province)
("TWILLINGATE, N.L. — Iceberg season has come early to Newfoundland's northeast coast, and tour boat operators in "
 "Twillingate say the first big bergs of the year were grounded off Long Point by the end of April. The town, on an "
 "island in Notre Dame Bay joined to New World Island by a causeway, bills itself as the iceberg capital of the "
 "world, and its summer festival draws visitors from across Canada and abroad. \"We had one the size of a cathedral "
 "sitting off the lighthouse last week,\" said skipper Wayne Gander, who has run boat tours for 22 years. Most of "
 "the bergs break off glaciers in western Greenland and drift south for two or three years along the coast of "
 "Labrador before reaching the stretch of sea locals call Iceberg Alley. Visitors fly into Gander, about 90 minutes "
 "away by road, and many go on to Fogo Island, reached by ferry from Farewell. Tourism officials in St. John's say "
 "iceberg watching now brings in more than $20 million a year. Motels in Lewisporte and Moreton's Harbour are "
 "already reporting bookings for June.",
 [("TWILLINGATE", 49.65, -54.76), ("N.L.", *NEWFOUNDLAND_LABRADOR), ("Newfoundland", 48.60, -56.00),
  ("Twillingate", 49.65, -54.76), ("Long Point", 49.69, -54.80), ("Notre Dame Bay", 49.60, -55.30),
  ("New World Island", 49.60, -54.70), ("Canada", "CA"), ("Gander", SKIP), ("Greenland", "GL"),
  ("Labrador", 54.00, -61.00), ("Iceberg Alley", 49.50, -53.50, OPT), ("Gander", 48.95, -54.61),
  ("Fogo Island", 49.67, -54.17), ("Farewell", 49.56, -54.48), ("St. John's", 47.56, -52.71, OPT),
  ("Lewisporte", 49.25, -55.05), ("Moreton's Harbour", 49.58, -54.87)]),
# 19 Canada: Elora, Ont. gorge tubing (a superintendent named Fergus and Fergus the town; Salem, Ont. vs Salem,
#    Mass.; Wellington in two names; the Grand River inside the authority's name)
("ELORA, Ont. — Tubing through the Elora Gorge will require an advance reservation this summer, the Grand River "
 "Conservation Authority said Tuesday, after crowds of up to 3,000 a day on hot weekends last year jammed the "
 "village's streets and left the riverbanks strewn with litter. The gorge, where the Grand River drops between "
 "limestone cliffs up to 22 metres high just below its meeting with Irvine Creek, has been a swimming hole for "
 "generations. \"On a July Saturday we'd have cars parked all the way to Salem,\" said park superintendent Fergus "
 "McLean. Tubes will be capped at 1,200 a day. Officials in Centre Wellington, the township that includes Elora and "
 "neighbouring Fergus, said the rule should ease traffic on the roads from Guelph and Kitchener, and many visitors "
 "come from Toronto, 90 minutes away. Residents of Salem, a hamlet on the edge of the gorge, like to point out that "
 "it has nothing to do with the Salem of witch-trial fame in Massachusetts. The Elora Quarry, a former limestone "
 "pit that is now a swimming area, will also move to timed entry, and Wellington County will pay for a weekend "
 "shuttle bus.",
 [("ELORA", 43.68, -80.43), ("Ont.", *ONTARIO), ("Elora Gorge", 43.67, -80.44), ("Grand River", 43.45, -80.40, OPT),
  ("Grand River", 43.45, -80.40), ("Irvine Creek", 43.70, -80.45), ("Salem", 43.69, -80.45), ("Fergus", SKIP),
  ("Centre Wellington", 43.70, -80.38), ("Elora", 43.68, -80.43), ("Fergus", 43.71, -80.38),
  ("Guelph", 43.55, -80.25), ("Kitchener", 43.45, -80.49), ("Toronto", 43.65, -79.38), ("Salem", 43.69, -80.45),
  ("Salem", 42.52, -70.90), ("Massachusetts", *MASSACHUSETTS), ("Elora Quarry", 43.69, -80.42),
  ("Wellington County", 43.75, -80.50)]),
# 20 Canada: Gimli, Man. Icelandic festival (a festival president named Selkirk and Selkirk the town; New Iceland;
#    Manitoba inside the festival's name; Iceland the country and Icelandic a demonym)
("GIMLI, Man. — More than 50,000 people are expected in Gimli this long weekend for the Icelandic Festival of "
 "Manitoba, one of the oldest ethnic festivals in Canada, and organizers say a record number of visitors are coming "
 "from Iceland itself. The festival celebrates the settlers who arrived in 1875 and founded New Iceland along the "
 "west shore of Lake Winnipeg. \"Half the town has a grandmother who came from Iceland,\" said festival president "
 "Dan Selkirk. Traffic on Highway 9 was backed up from Winnipeg Beach on Friday evening as cottagers and day "
 "visitors drove up from Winnipeg, and RCMP officers from Selkirk were brought in to help. Commercial fishers from "
 "Riverton and Hecla Island will serve pickerel at the harbour, and a parade will run through the town on Monday "
 "morning. Farmers around Arborg, in the Interlake, have lent tractors and wagons for the parade. The festival has "
 "run every year since 1890 except for two years during the pandemic. Lake Winnipeg water levels are normal, and "
 "the beach will be open all weekend.",
 [("GIMLI", 50.63, -96.99), ("Man.", *MANITOBA), ("Gimli", 50.63, -96.99), ("Manitoba", *MANITOBA, OPT),
  ("Canada", "CA"), ("Iceland", "IS"), ("New Iceland", 50.85, -97.00), ("Lake Winnipeg", 52.10, -97.30),
  ("Iceland", "IS"), ("Selkirk", SKIP), ("Highway 9", 50.45, -96.95, OPT), ("Winnipeg Beach", 50.50, -96.97),
  ("Winnipeg", 49.90, -97.14), ("Selkirk", 50.14, -96.88), ("Riverton", 51.00, -97.00),
  ("Hecla Island", 51.12, -96.70), ("Arborg", 50.91, -97.22), ("Interlake", 50.80, -97.50),
  ("Lake Winnipeg", 52.10, -97.30)]),
]

P += [
# 21 Sri Lanka: Nuwara Eliya landslides (Nuwara Eliya the town and the district; Victoria Park; Colombo = the state)
("Nuwara Eliya: Heavy rain over the central hills has set off earth slips on the Hatton–Nuwara Eliya road, forcing "
 "the closure of a six-kilometre stretch near Talawakele and cutting off several tea estates, police said yesterday. "
 "The National Building Research Organisation has issued its highest landslide warning for the Nuwara Eliya, Kandy "
 "and Badulla districts. \"We have moved 340 families from line rooms in the Dimbula area to schools and temples,\" a "
 "senior district official said. Train services on the main line between Nanu Oya and Badulla were suspended after "
 "a boulder fell on the track near Ella. Hoteliers in Nuwara Eliya, who are preparing for the April season, when "
 "the town hosts horse races and a flower show at Victoria Park, said cancellations had started. Boats have been "
 "taken off Gregory Lake, which has risen by more than a metre, and the Department of Wildlife Conservation has "
 "closed the road to Horton Plains. The Disaster Management Centre in Colombo said more rain was expected over the "
 "next three days in the Central and Uva provinces.",
 [("Nuwara Eliya", 6.97, 80.78), ("Hatton", 6.89, 80.60), ("Nuwara Eliya", 6.97, 80.78),
  ("Talawakele", 6.94, 80.66), ("Nuwara Eliya", 6.95, 80.75), ("Kandy", 7.30, 80.70), ("Badulla", 6.95, 81.10),
  ("Dimbula", 6.90, 80.65), ("Nanu Oya", 6.95, 80.73), ("Badulla", 6.99, 81.06), ("Ella", 6.87, 81.05),
  ("Nuwara Eliya", 6.97, 80.78), ("Victoria Park", 6.97, 80.77, OPT), ("Gregory Lake", 6.96, 80.78),
  ("Horton Plains", 6.80, 80.80), ("Colombo", 6.93, 79.85, OPT), ("Central", 7.25, 80.75), ("Uva", 6.85, 81.20)]),
# 22 Nepal: Pokhara boat strike (Lakeside and Damside the neighbourhoods; Pokhara and Phewa inside organisations'
#    names; Kaski the district; the Seti; Kathmandu = the government)
("Pokhara: Boat operators on Phewa Lake called off a three-day strike on Tuesday after Pokhara Metropolitan City "
 "agreed to delay new rules capping the number of rowing boats allowed on the water. About 700 boats are registered "
 "with the Phewa boat operators' association, most of them working from the shore at Lakeside and Damside. Tourists "
 "had been unable to reach the Tal Barahi temple on its island in the lake since Sunday. \"The lake is shrinking "
 "because of silt, and we cannot keep adding boats,\" a city official said. Paragliding pilots at Sarangkot, the "
 "ridge above the lake with views of Machhapuchhre and the Annapurna range, said their business was unaffected. "
 "Officials plan similar limits on Begnas Lake and Rupa Lake, east of the city. Tourist numbers in Kaski have "
 "recovered strongly, with visitors from India and China the largest groups, and trekkers returning from Jomsom and "
 "Mustang fill the hotels each evening. Engineers are also studying silt from the Seti River, which runs through "
 "a deep gorge in the middle of the city. The tourism ministry in Kathmandu has sent a team to mediate.",
 [("Pokhara", 28.21, 83.99), ("Phewa Lake", 28.21, 83.95), ("Pokhara", 28.21, 83.99, OPT),
  ("Phewa", 28.21, 83.95, OPT), ("Lakeside", 28.21, 83.96), ("Damside", 28.20, 83.96),
  ("Tal Barahi", 28.21, 83.95, OPT), ("Sarangkot", 28.24, 83.95), ("Machhapuchhre", 28.50, 83.95),
  ("Annapurna", 28.60, 83.82), ("Begnas Lake", 28.17, 84.10), ("Rupa Lake", 28.15, 84.11), ("Kaski", 28.30, 84.00),
  ("India", "IN"), ("China", "CN"), ("Jomsom", 28.78, 83.72), ("Mustang", 28.95, 83.85),
  ("Seti River", 28.15, 84.10), ("Kathmandu", 27.72, 85.32, OPT)]),
# 23 India: Udhagamandalam / Ooty e-pass (one town, two names; Madras inside the court's name; Nilgiri inside the
#    railway's name; Ooty Lake; Doddabetta)
("Udhagamandalam: Tourist vehicles entering the Nilgiris will need an e-pass until the end of June, district "
 "officials said on Saturday, as the hill station braced for its peak summer season and the annual flower show. "
 "The system, ordered by the Madras High Court to ease congestion, applies on the ghat roads from Mettupalayam and "
 "Gudalur and on the road from Mysuru in Karnataka. \"On weekends last May, the drive from Coonoor to Ooty was "
 "taking four hours,\" a senior police officer said. Officials said most vehicles came from Kerala and Bengaluru. "
 "Seats on the Nilgiri Mountain Railway's toy train from Mettupalayam via Coonoor are sold out until mid-June. Hotels "
 "in Kotagiri have asked for the rules to be relaxed, saying they had lost bookings. Forest officials have limited "
 "the number of visitors at the Doddabetta peak and at Ooty Lake, where boat rides are capped during the afternoon "
 "rush. Many tourists fly into Coimbatore and hire taxis for the climb up the hills. The e-pass rule does not "
 "apply to vehicles registered in the district or to government buses from elsewhere in Tamil Nadu.",
 [("Udhagamandalam", 11.41, 76.70), ("Nilgiris", 11.40, 76.65), ("Madras", 13.08, 80.27, OPT),
  ("Mettupalayam", 11.30, 76.94), ("Gudalur", 11.50, 76.49), ("Mysuru", 12.30, 76.64), ("Karnataka", 14.50, 75.80),
  ("Coonoor", 11.35, 76.80), ("Ooty", 11.41, 76.70), ("Kerala", 10.50, 76.30), ("Bengaluru", 12.97, 77.59),
  ("Nilgiri", 11.40, 76.65, OPT), ("Mettupalayam", 11.30, 76.94), ("Coonoor", 11.35, 76.80),
  ("Kotagiri", 11.42, 76.86), ("Doddabetta", 11.40, 76.73), ("Ooty Lake", 11.40, 76.69),
  ("Coimbatore", 11.02, 76.96), ("Tamil Nadu", 11.10, 78.60)]),
# 24 Uganda: Jinja lake flooding (a fisherman named Mukono and Mukono the district; Source of the Nile; the
#    Victoria Nile; a power station; Kampala = the government; Ugandan a demonym)
("Jinja: More than 200 families at Masese landing site have been displaced after Lake Victoria rose to its highest "
 "level in four years, submerging homes, fish stalls and latrines along the shore, Jinja City officials said "
 "yesterday. The water has also flooded parts of Walukuba and the gardens at the Source of the Nile, where tourists "
 "board boats to the spot where the Victoria Nile leaves the lake. \"We have never seen the water come this far,\" "
 "said fisherman Isaac Mukono, who has worked at Masese for 20 years. Across the river in Njeru, in Buikwe "
 "district, traders moved their goods to higher ground, and landing sites in Mukono and Buikwe districts have also "
 "been hit. Engineers at the Nalubaale Power Station said they were releasing more water downstream. Cultural "
 "leaders in Busoga have appealed for relief food. The weather station at Entebbe recorded its wettest April in a "
 "decade. The Ministry of Water and Environment in Kampala said Ugandan officials were sharing lake data with Kenya "
 "and Tanzania, which also border the lake.",
 [("Jinja", 0.44, 33.20), ("Masese", 0.43, 33.23), ("Lake Victoria", -1.00, 33.00), ("Jinja City", 0.44, 33.20),
  ("Walukuba", 0.44, 33.23), ("Source of the Nile", 0.42, 33.20), ("Victoria Nile", 1.60, 32.60),
  ("Mukono", SKIP), ("Masese", 0.43, 33.23), ("Njeru", 0.43, 33.18), ("Buikwe", 0.34, 33.03),
  ("Mukono", 0.35, 32.76), ("Buikwe", 0.34, 33.03), ("Nalubaale Power Station", 0.44, 33.18, OPT),
  ("Busoga", 0.70, 33.40), ("Entebbe", 0.05, 32.46), ("Kampala", 0.35, 32.58, OPT), ("Kenya", "KE"),
  ("Tanzania", "TZ")]),
# 25 Tanzania: Moshi floods (Same the town; Kilimanjaro the mountain and inside office, park and route names;
#    Hai district; Tanzania inside an agency's name)
("Moshi: Heavy rain on the slopes of Mount Kilimanjaro sent the Rau River over its banks on Sunday night, flooding "
 "more than 300 homes in low-lying parts of Moshi and washing away a footbridge at Pasua, the Kilimanjaro Regional "
 "Commissioner's office said. \"The water came down from the mountain in minutes,\" said a Pasua ward councillor. "
 "Traffic on the Moshi–Arusha road was halted for six hours after a culvert collapsed in Hai district, and buses "
 "from Arusha were diverted. Climbers coming down the Marangu route were delayed by a day, Kilimanjaro National "
 "Park officials said. Banana and coffee farmers in Rombo reported crops flattened by hail. In Same, further south "
 "along the Dar es Salaam highway, the district commissioner said several villages had been cut off. Officials at "
 "the Nyumba ya Mungu dam are releasing water into the Pangani River to keep the reservoir at a safe level. The "
 "Tanzania Meteorological Authority has warned that more heavy rain is likely in the northern highlands, from "
 "Mount Meru to the Pare Mountains, over the coming week.",
 [("Moshi", -3.35, 37.34), ("Mount Kilimanjaro", -3.07, 37.35), ("Rau River", -3.38, 37.36),
  ("Moshi", -3.35, 37.34), ("Pasua", -3.37, 37.33), ("Kilimanjaro", -3.70, 37.65, OPT), ("Pasua", -3.37, 37.33),
  ("Moshi", -3.35, 37.34), ("Arusha", -3.37, 36.68), ("Hai", -3.25, 37.25), ("Arusha", -3.37, 36.68),
  ("Marangu", -3.28, 37.52, OPT), ("Kilimanjaro", -3.07, 37.35, OPT), ("Rombo", -3.15, 37.60), ("Same", -4.07, 37.73),
  ("Dar es Salaam", -6.80, 39.28), ("Nyumba ya Mungu", -3.80, 37.45), ("Pangani River", -4.70, 38.20),
  ("Tanzania", "TZ", OPT), ("Mount Meru", -3.24, 36.75), ("Pare Mountains", -4.10, 37.80)]),
# 26 Zimbabwe: Mutare River gold dredging (a chief named Mutasa and Mutasa district; Manicaland vs Manica province;
#    the Forbes border post; Mutare inside the council's name; Harare the city)
("Mutare: The Environmental Management Agency has suspended the licences of four companies accused of dredging for "
 "gold in the Mutare River near Penhalonga, after villagers downstream complained that the water had turned thick "
 "and brown. The river rises in the hills above the Imbeza Valley and flows past the city's eastern suburbs before "
 "crossing into Mozambique near the Forbes border post, on the road to Beira. \"Our cattle are refusing to drink "
 "from it,\" said Chief Mutasa, whose area covers much of the upper valley. Mutasa district has seen a gold rush in "
 "the past five years, "
 "with small-scale miners arriving from as far as Harare and Masvingo. Mutare City Council said its treatment works "
 "had not been affected, because most of the city's water now comes by pipeline from the Pungwe River in the north "
 "of Manicaland, near Nyanga. Officials in Manica province, across the border in Mozambique, said silt from the "
 "dredging had reached their side.",
 [("Mutare", -18.97, 32.67), ("Mutare River", -18.93, 32.72), ("Penhalonga", -18.89, 32.68),
  ("Imbeza Valley", -18.87, 32.70), ("Mozambique", "MZ"), ("Forbes", -18.98, 32.71, OPT), ("Beira", -19.84, 34.84),
  ("Mutasa", SKIP),
  ("Mutasa", -18.55, 32.75), ("Harare", -17.83, 31.05), ("Masvingo", -20.07, 30.83),
  ("Mutare", -18.97, 32.67, OPT), ("Pungwe River", -19.10, 33.70), ("Manicaland", -19.00, 32.30),
  ("Nyanga", -18.22, 32.75), ("Manica", -19.50, 33.50), ("Mozambique", "MZ")]),
]

P += [
# 27 Trinidad and Tobago: Scarborough sargassum (a hotelier named Roxborough and Roxborough the town; Scarborough vs the
#    Yorkshire resort; Little Tobago; Tobago inside the assembly's name; Port of Spain = the government)
("SCARBOROUGH, Tobago — Hotels along the island's south-west coast say thick mats of sargassum seaweed washing "
 "ashore at Store Bay and Pigeon Point have driven away day visitors just as the Easter season begins, and the "
 "Tobago House of Assembly has hired 60 extra workers to clear the beaches. The brown seaweed, which drifts in from "
 "the open ocean each spring, has also piled up at Mount Irvine, Bacolet and Speyside. \"The smell alone is chasing "
 "people off the sand,\" said Crown Point hotelier Marlon Roxborough. Glass-bottom boat operators at Buccoo say the "
 "reef is still clear, and boat trips from Speyside to Little Tobago are running. Fishermen in Charlotteville and "
 "Roxborough, on the windward side, say the weed is fouling their nets. Beaches at Plymouth, on the north-west "
 "coast, have been less affected. Scarborough, which shares its name with the seaside resort in Yorkshire, is "
 "expecting two cruise ships next week. Ferry passengers from Trinidad were warned to expect seaweed at the "
 "beaches nearest the port. The ministry in Port of Spain has promised to send equipment.",
 [("SCARBOROUGH", 11.18, -60.74), ("Tobago", 11.23, -60.67), ("Store Bay", 11.16, -60.84),
  ("Pigeon Point", 11.16, -60.85), ("Tobago", 11.23, -60.67, OPT), ("Mount Irvine", 11.19, -60.80),
  ("Bacolet", 11.18, -60.72), ("Speyside", 11.30, -60.53), ("Crown Point", 11.15, -60.83), ("Roxborough", SKIP),
  ("Buccoo", 11.18, -60.81), ("Speyside", 11.30, -60.53), ("Little Tobago", 11.30, -60.50),
  ("Charlotteville", 11.32, -60.55), ("Roxborough", 11.25, -60.59), ("Plymouth", 11.22, -60.78),
  ("Scarborough", 11.18, -60.74), ("Yorkshire", 54.00, -1.50), ("Trinidad", 10.45, -61.25),
  ("Port of Spain", 10.66, -61.51, OPT)]),
# 28 Fiji: Nadi floods (Nadi and Ba the football teams vs the towns; the Nadi River and the Ba River; a park named after a
#    person; Fiji inside an agency's name; Suva = the government)
("Nadi: Shops in the centre of Nadi were under water for the second time this year after the Nadi River burst its "
 "banks early on Saturday, following more than 200 millimetres of rain over the western side of Viti Levu. "
 "Floodwater a metre deep covered parts of the Queens Road near Namaka, stranding tourists on their way from Nadi "
 "International Airport to hotels on Denarau. \"We had just finished cleaning up from the last flood,\" said one "
 "shopkeeper. In Ba, 60 kilometres to the north, the Ba River also rose, and evacuation centres were opened in "
 "Lautoka. Boat transfers to the Mamanuca Islands were suspended. Further south, the Sigatoka valley and the Coral Coast "
 "escaped the "
 "worst of the rain. The Fiji Meteorological Service in Nadi said the heavy rain warning would remain in place until "
 "Monday. Saturday's football match between Nadi and Ba at Prince Charles Park was called off. The government in "
 "Suva said it would review drainage work in the town, which has flooded four times in six years. Visitors to Fiji "
 "were advised to check with their hotels before travelling.",
 [("Nadi", -17.80, 177.42), ("Nadi", -17.80, 177.42), ("Nadi River", -17.79, 177.43),
  ("Viti Levu", -17.80, 178.00), ("Queens Road", -17.78, 177.44, OPT), ("Namaka", -17.76, 177.45),
  ("Nadi International Airport", -17.76, 177.44, OPT), ("Denarau", -17.77, 177.38), ("Ba", -17.53, 177.67),
  ("Ba River", -17.55, 177.68), ("Lautoka", -17.62, 177.45), ("Mamanuca Islands", -17.67, 177.10),
  ("Sigatoka", -18.14, 177.51), ("Coral Coast", -18.18, 177.70), ("Fiji", "FJ", OPT),
  ("Nadi", -17.80, 177.42), ("Nadi", SKIP), ("Ba", SKIP),
  ("Prince Charles Park", -17.79, 177.43, OPT), ("Suva", -18.14, 178.44, OPT), ("Fiji", "FJ")]),
# 29 Ireland / Northern Ireland: Lifford-Strabane bridge flood (a haulier named Tyrone and Co Tyrone; Lifford the
#    county town; the Finn and the Mourne make the Foyle; places inside the councils' names; Dublin and Belfast
#    = the governments)
("LIFFORD, Co Donegal — The bridge between Lifford and Strabane was closed for nine hours on Sunday as the River "
 "Foyle rose to within half a metre of the road, cutting the busiest border crossing in the north-west. The Finn, "
 "which meets the Mourne just upstream to form the Foyle, burst its banks at Castlefinn and at Clady, flooding "
 "fields and a filling station. \"You had people from Strabane who work in Letterkenny driving an hour round by "
 "Derry,\" said Tyrone McGlinchey, a haulier whose yard was under water. Lifford, the county town of Donegal, has "
 "only about 1,600 people but sits opposite a town of 13,000 in Co Tyrone, and traffic between the two runs in both "
 "directions all day. Shops in Ballybofey, upstream on the Finn, were sandbagged overnight. Donegal County Council "
 "and Derry City and Strabane District Council have commissioned a joint flood study for the valley, with money "
 "from Dublin and Belfast. Farmers on both sides of the border in Northern Ireland and the Republic have asked for "
 "compensation.",
 [("LIFFORD", 54.83, -7.48), ("Co Donegal", *CO_DONEGAL), ("Lifford", 54.83, -7.48), ("Strabane", 54.83, -7.46),
  ("River Foyle", 54.95, -7.40), ("Finn", 54.83, -7.65), ("Mourne", 54.80, -7.45), ("Foyle", 54.95, -7.40),
  ("Castlefinn", 54.80, -7.59), ("Clady", 54.78, -7.54), ("Strabane", 54.83, -7.46),
  ("Letterkenny", 54.95, -7.73), ("Derry", 55.00, -7.32), ("Tyrone", SKIP), ("Lifford", 54.83, -7.48),
  ("Donegal", *CO_DONEGAL), ("Co Tyrone", 54.60, -7.10), ("Ballybofey", 54.80, -7.79), ("Finn", 54.83, -7.65),
  ("Donegal", *CO_DONEGAL, OPT), ("Derry", 55.00, -7.32, OPT), ("Strabane", 54.83, -7.46, OPT),
  ("Dublin", 53.35, -6.26, OPT), ("Belfast", 54.60, -5.93, OPT), ("Northern Ireland", *NORTHERN_IRELAND),
  ("Republic", "IE")]),
# 30 US / Mexico: Nogales produce queues (Nogales, Ariz. and Nogales, Sonora; a broker named Santa Cruz and Santa Cruz
#    County vs the California county; the Mariposa port; Washington = the government)
("NOGALES, Ariz. — Produce trucks waited up to nine hours to cross from Mexico this week as the winter vegetable "
 "season peaked and a staffing shortage at the Mariposa port of entry cut the number of open lanes, importers said. "
 "Lines stretched more than five miles south through Nogales, Sonora, the much larger city on the other side of the "
 "border fence, and down the highway toward Hermosillo. \"Tomatoes don't wait,\" said Ana Santa Cruz, a customs "
 "broker in Rio Rico. About half the winter vegetables eaten in the United States and Canada pass through Nogales, "
 "much of it grown in Sinaloa and southern Sonora. Warehouses along Interstate 19 in Rio Rico have added night "
 "shifts, and some loads are being trucked straight to Tucson for sorting. Santa Cruz County, not to be confused "
 "with its namesake on the California coast, depends on the produce trade for about a third of its jobs. Farmers "
 "along the Santa Cruz River near Tubac said they, too, were short of workers. Washington has promised to send 40 "
 "extra officers before the end of the month.",
 [("NOGALES", 31.34, -110.93), ("Ariz.", *ARIZONA), ("Mexico", "MX"), ("Mariposa", 31.33, -110.97, OPT),
  ("Nogales", 31.31, -110.94), ("Sonora", 29.30, -110.70), ("Hermosillo", 29.07, -110.96), ("Santa Cruz", SKIP),
  ("Rio Rico", 31.47, -110.98), ("United States", "US"), ("Canada", "CA"), ("Nogales", 31.34, -110.93),
  ("Sinaloa", 25.00, -107.50), ("Sonora", 29.30, -110.70), ("Interstate 19", 31.50, -111.00, OPT),
  ("Rio Rico", 31.47, -110.98), ("Tucson", 32.22, -110.97), ("Santa Cruz County", 31.53, -110.85),
  ("California", *CALIFORNIA), ("Santa Cruz River", 31.90, -111.00), ("Tubac", 31.61, -111.05),
  ("Washington", 38.90, -77.04, OPT)]),
]


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-f", lang="en"))
    write(rows, ROOT / "tests/data/local_news_f.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
