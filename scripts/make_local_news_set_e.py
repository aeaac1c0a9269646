#!/usr/bin/env python3
"""Builds tests/data/local_news_e.jsonl: a fifth blind set of English local and regional news articles
(TR-News / LGL-like), written by a helper who never saw the engine, with no article, story or main
setting of sets A, B, C or D. Same conventions as make_local_news_set_d.py: toponyms in order of appearance,
every mention including repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth element
OPT marks a row as optional (a street, road, highway, bridge, dam or building, a capital standing for a
government, a place inside the name of an organisation or event, adjectival uses); (surface, "CC", OPT)
is an optional country; (surface, SKIP) consumes an occurrence of the string that is NOT a toponym (a
person, band or sports club named like a place) so that the next row of the same surface lands on the
right occurrence; SKIP rows are dropped from the output. Teams, clubs, bands, organisations, people and
demonyms named like places are not toponyms; street addresses are not annotated. US state abbreviations
in datelines ("Kan.", "Mont.") and provinces, states and constituent countries of the UK are given as
regions with a central point; long rivers and large regions get a representative central point."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402
from make_local_news_set_c import OPT, SKIP, mark_optional  # noqa: E402  (set C's conventions, shared)

ROOT = Path(__file__).resolve().parent.parent

# region centres used more than once
KANSAS = (38.5, -98.4)
IOWA = (42.0, -93.5)
MINNESOTA = (46.3, -94.3)
MONTANA = (47.0, -109.6)
WYOMING = (43.0, -107.5)
NORTH_DAKOTA = (47.5, -100.5)
KENTUCKY = (37.5, -85.3)
ALABAMA = (32.8, -86.8)
GEORGIA_ST = (32.7, -83.4)
TENNESSEE = (35.86, -86.35)
MAINE = (45.3, -69.2)
NEBRASKA = (41.5, -99.8)
COLORADO = (39.0, -105.5)
ARKANSAS = (34.9, -92.4)
MISSOURI = (38.4, -92.5)
IDAHO = (44.35, -114.6)
VERMONT = (44.0, -72.7)
QUEBEC = (52.0, -72.0)
NEW_BRUNSWICK = (46.5, -66.2)
PEI = (46.4, -63.25)
NOVA_SCOTIA = (45.0, -63.0)
SASKATCHEWAN = (54.0, -106.0)
ALBERTA = (55.0, -115.0)
ENGLAND = (52.6, -1.5)
SCOTLAND = (56.8, -4.2)
WALES = (52.35, -3.75)
QUEENSLAND = (-22.5, 144.5)
SOUTH_AUSTRALIA = (-30.0, 135.0)

P = [
# 01 US: Hays, Kan. hailstorm (Victoria, Kan.; Ellis the town and a commissioner named Ellis; Fort Hays inside a university)
("HAYS, Kan. — A hailstorm that tore across western Kansas on Sunday evening flattened wheat fields just days before "
 "harvest, leaving growers in Ellis County facing losses that could top $20 million, extension agents said. Hail the "
 "size of golf balls fell from WaKeeney east to Victoria, and a second storm dumped more than two inches of rain on "
 "Hays in under an hour, sending Big Creek out of its banks beside the Fort Hays State University campus. \"On "
 "Saturday this looked like a 50-bushel crop,\" said Glen Dreiling, who farms 2,000 acres outside Ellis. \"Now it's "
 "lying on the ground.\" County commissioner Dean Ellis said road crews would spend the week clearing branches near "
 "Schoenchen and along the Smoky Hill River, and elevators in Russell and Plainville expect wheat deliveries to fall "
 "by a third. Interstate 70 was closed for an hour west of town while troopers cleared a jackknifed truck. In "
 "Victoria, home of the twin-spired church known as the Cathedral of the Plains, the stained glass survived. Topeka "
 "has not said whether it will seek a federal disaster declaration, and insurers in Salina said claims were already "
 "pouring in.",
 [("HAYS", 38.88, -99.33), ("Kan.", *KANSAS), ("Kansas", *KANSAS), ("Ellis County", 38.91, -99.32),
  ("WaKeeney", 39.03, -99.88), ("Victoria", 38.85, -99.15), ("Hays", 38.88, -99.33), ("Big Creek", 38.87, -99.32),
  ("Fort Hays", 38.87, -99.34, OPT), ("Ellis", 38.94, -99.56), ("Ellis", SKIP), ("Schoenchen", 38.71, -99.33),
  ("Smoky Hill River", 38.75, -99.00), ("Russell", 38.90, -98.86), ("Plainville", 39.23, -99.30),
  ("Interstate 70", 38.90, -99.40, OPT), ("Victoria", 38.85, -99.15), ("Cathedral of the Plains", 38.85, -99.15, OPT), ("Topeka", 39.05, -95.68, OPT),
  ("Salina", 38.84, -97.61)]),
# 02 US: Decorah, Iowa flood (an emergency manager named Cresco and the town; Turkey River; Lansing, Iowa; Bluffton)
("DECORAH, Iowa — The Upper Iowa River crested nearly seven feet above flood stage here on Wednesday, swamping "
 "campgrounds and closing roads across Winneshiek County after more than five inches of rain fell overnight. Dry Run "
 "Creek, which winds through the east side of town, spilled into basements, and the city opened a shelter at the "
 "high school. \"The river came up faster than anyone expected,\" said county emergency manager Tony Cresco. "
 "Upstream, farmers near Bluffton and Kendallville reported washed-out field roads, and Cresco, the seat of "
 "neighboring Howard County, closed a park along the Turkey River. Downstream, the crest was expected to reach "
 "Dorchester on Thursday and New Albin, near the Minnesota line, by Friday. Canoe outfitters who rent boats for the "
 "trip from Kendallville to Decorah said their season was effectively over. In Calmar, a few miles south, "
 "volunteers filled sandbags around a nursing home. The state closed Iowa 9 between Decorah and Cresco until the "
 "water drops. Lansing, a river town in Allamakee County, was not affected, officials said.",
 [("DECORAH", 43.30, -91.79), ("Iowa", *IOWA), ("Upper Iowa River", 43.38, -91.85),
  ("Winneshiek County", 43.29, -91.84), ("Dry Run Creek", 43.30, -91.78), ("Cresco", SKIP),
  ("Bluffton", 43.41, -91.90), ("Kendallville", 43.44, -92.04), ("Cresco", 43.38, -92.11),
  ("Howard County", 43.36, -92.32), ("Turkey River", 43.05, -91.60), ("Dorchester", 43.47, -91.51),
  ("New Albin", 43.50, -91.29), ("Minnesota", *MINNESOTA), ("Kendallville", 43.44, -92.04),
  ("Decorah", 43.30, -91.79), ("Calmar", 43.18, -91.86), ("Iowa 9", 43.33, -91.95, OPT), ("Decorah", 43.30, -91.79),
  ("Cresco", 43.38, -92.11), ("Lansing", 43.36, -91.22), ("Allamakee County", 43.28, -91.38)]),
# 03 US: Miles City, Mont. bucking horse sale (Jordan, Mont.; a rider named Sheridan and Sheridan, Wyo.; Helena = the state)
("MILES CITY, Mont. — A 19-year-old ranch hand from Jordan won the saddle bronc riding on Sunday as the Miles City "
 "Bucking Horse Sale wrapped up three days of rodeo, street dances and horse auctions in this old cattle town on the "
 "Yellowstone River. Tate Sheridan scored 86 points on a gray mare raised near Broadus, edging riders from "
 "Sheridan, Wyo., and Dickinson, N.D. \"My granddad rode here in 1968,\" Sheridan said. Organizers put the weekend "
 "crowd at 12,000, filling motels from Glendive to Forsyth, and dozens of families camped along the Tongue River, "
 "which meets the Yellowstone at the edge of town. Deputies in Custer County reported a quiet weekend, with four "
 "arrests for disorderly conduct. Stock contractors from Alberta and the Dakotas bought more than 200 bucking "
 "horses, the top price paid by a company from Billings. The sale began in 1951 as a way for ranchers in eastern "
 "Montana to sell rough stock to rodeo producers, and local businesses now count on it for a big share of their "
 "year. Helena sent the state tourism director this year for the first time.",
 [("MILES CITY", 46.41, -105.84), ("Mont.", *MONTANA), ("Jordan", 47.32, -106.91),
  ("Miles City", 46.41, -105.84, OPT), ("Yellowstone River", 46.30, -107.50), ("Sheridan", SKIP),
  ("Broadus", 45.44, -105.41), ("Sheridan", 44.80, -106.96), ("Wyo.", *WYOMING), ("Dickinson", 46.88, -102.79),
  ("N.D.", *NORTH_DAKOTA), ("Sheridan", SKIP), ("Glendive", 47.11, -104.71), ("Forsyth", 46.27, -106.68),
  ("Tongue River", 45.30, -106.50), ("Yellowstone", 46.30, -107.50), ("Custer County", 46.25, -105.57),
  ("Alberta", *ALBERTA), ("Dakotas", 46.00, -100.30, OPT), ("Billings", 45.78, -108.50), ("Montana", *MONTANA),
  ("Helena", 46.59, -112.04, OPT)]),
# 04 US: Somerset, Ky. marina fire (Nancy, Ky.; Burnside the town and a fire officer; London, Ky.; Frankfort = the state)
("SOMERSET, Ky. — Fire destroyed nine houseboats and damaged a dozen more early Saturday at a marina on Lake "
 "Cumberland, sending black smoke over southern Pulaski County that could be seen for miles. No one was hurt. Crews "
 "from Somerset, Burnside and Nancy fought the blaze from the water for more than three hours, said Lt. Marcus "
 "Burnside of the county fire service. \"Those docks went up like kindling,\" Burnside said. Marina owners in "
 "Jamestown and Monticello said the fire was a reminder to check wiring before the summer season. The lake, created "
 "when Wolf Creek Dam closed off the Cumberland River in 1951, draws millions of visitors a year, many of them from "
 "Louisville, Lexington and Cincinnati. State fire investigators from Frankfort were expected on Monday, and "
 "insurance adjusters were driving in from London, Ky., about 30 miles to the east. The marina's owner, who also "
 "runs a bait shop near the mouth of the Rockcastle River, said he hoped to rebuild the damaged slips before the "
 "Fourth of July. Boaters were asked to stay clear of the cove until the debris is removed.",
 [("SOMERSET", 37.09, -84.60), ("Ky.", *KENTUCKY), ("Lake Cumberland", 36.95, -84.90),
  ("Pulaski County", 37.10, -84.58), ("Somerset", 37.09, -84.60), ("Burnside", 36.99, -84.60),
  ("Nancy", 37.07, -84.75), ("Burnside", SKIP), ("Burnside", SKIP), ("Jamestown", 36.98, -85.06),
  ("Monticello", 36.83, -84.85), ("Wolf Creek Dam", 36.87, -85.15, OPT), ("Cumberland River", 36.60, -85.60),
  ("Louisville", 38.25, -85.76), ("Lexington", 38.04, -84.50), ("Cincinnati", 39.10, -84.51),
  ("Frankfort", 38.20, -84.87, OPT), ("London", 37.13, -84.08), ("Ky.", *KENTUCKY),
  ("Rockcastle River", 37.00, -84.35)]),
# 05 US: Fort Payne, Ala. burn ban (the band Alabama; Lookout Mountain; Georgia the state; Montgomery = the state)
("FORT PAYNE, Ala. — DeKalb County commissioners on Tuesday extended a ban on outdoor burning through the end of "
 "October, saying a dry autumn has left the woods on Lookout Mountain ready to go up with a single spark. Crews put "
 "out a 60-acre fire near Mentone over the weekend and another inside Little River Canyon National Preserve, where "
 "rangers closed the canyon rim road to visitors. DeSoto State Park has banned campfires. The ban covers all of "
 "DeKalb County, from Valley Head in the north to Collinsville in the south, and farmers on Sand Mountain have been "
 "told not to burn brush. \"We haven't had a soaking rain since the middle of August,\" said Jeff Moore, the "
 "county's emergency management director. Fort Payne, once known as the sock capital of the world, is also home of "
 "the country band Alabama, whose fan weekend has been moved into the city's civic center. Volunteer fire "
 "departments in Rainsville and Henagar are on standby. State forestry officials in Montgomery said more than 1,200 "
 "acres had burned across Alabama this month, much of it in the northeastern corner near the Georgia and Tennessee "
 "lines. Smoke drifted as far as Chattanooga on Monday, and Gadsden reported haze.",
 [("FORT PAYNE", 34.44, -85.72), ("Ala.", *ALABAMA), ("DeKalb County", 34.46, -85.80),
  ("Lookout Mountain", 34.60, -85.55), ("Mentone", 34.57, -85.58), ("Little River Canyon National Preserve", 34.39, -85.62),
  ("DeSoto State Park", 34.50, -85.62), ("DeKalb County", 34.46, -85.80), ("Valley Head", 34.57, -85.62),
  ("Collinsville", 34.26, -85.86), ("Sand Mountain", 34.45, -85.95), ("Fort Payne", 34.44, -85.72),
  ("Alabama", SKIP), ("Rainsville", 34.49, -85.85), ("Henagar", 34.63, -85.77), ("Montgomery", 32.37, -86.30, OPT),
  ("Alabama", *ALABAMA), ("Georgia", *GEORGIA_ST), ("Tennessee", *TENNESSEE), ("Chattanooga", 35.05, -85.31),
  ("Gadsden", 34.01, -86.01)]),
# 06 US: Caribou, Maine harvest break (a farmer named Washburn and Washburn the town; New Sweden; Augusta = the state)
("CARIBOU, Maine — Schools across much of Aroostook County closed on Monday for the annual potato harvest break, "
 "sending hundreds of teenagers into the fields to help farmers bring in the crop. The three-week recess, a "
 "tradition in northern Maine for generations, has shrunk as farms have mechanized, but districts in Caribou, "
 "Presque Isle, Fort Fairfield and Mars Hill still observe it. \"It's how I paid for my first pickup,\" said Lisa "
 "Washburn, whose family grows 1,800 acres outside Washburn. Wet weather in September slowed digging along the "
 "Aroostook River, and some fields near New Sweden were still too soft for harvesters last week. Districts in "
 "Madawaska and Fort Kent, in the St. John Valley, kept their schools open this year. Prices are up, partly because "
 "of a short crop in New Brunswick, just across the border in Canada, and buyers from Prince Edward Island have "
 "been calling farms directly. Growers also worry about finding enough workers; Augusta set aside money last spring "
 "to recruit seasonal labor. The county's farmers expect to finish digging by mid-October, a week later than usual.",
 [("CARIBOU", 46.86, -68.01), ("Maine", *MAINE), ("Aroostook County", 46.65, -68.60), ("Maine", *MAINE),
  ("Caribou", 46.86, -68.01), ("Presque Isle", 46.68, -68.02), ("Fort Fairfield", 46.77, -67.83),
  ("Mars Hill", 46.51, -67.87), ("Washburn", SKIP), ("Washburn", 46.79, -68.16), ("Aroostook River", 46.70, -68.20),
  ("New Sweden", 46.95, -68.12), ("Madawaska", 47.36, -68.33), ("Fort Kent", 47.26, -68.59),
  ("St. John Valley", 47.25, -68.35), ("New Brunswick", *NEW_BRUNSWICK), ("Canada", "CA"),
  ("Prince Edward Island", *PEI), ("Augusta", 44.31, -69.78, OPT)]),
# 07 US: Ogallala, Neb. algae alert (a superintendent named Arthur Keith; Arthur the village; North Platte river and city)
("OGALLALA, Neb. — State officials on Friday issued a toxic algae alert for Lake McConaughy, Nebraska's largest "
 "reservoir, just as tens of thousands of campers were expected for the Fourth of July weekend. Water samples from "
 "Martin Bay, at the east end of the lake near Kingsley Dam, showed toxin levels more than twice the state's limit, "
 "and swimming was banned there and at Lake Ogallala below the dam. \"Boating and fishing are still fine, just keep "
 "kids and dogs out of the water,\" said park superintendent Arthur Keith. The reservoir, on the North Platte River "
 "about nine miles north of town, draws visitors from Denver and Omaha and from across the Colorado line. "
 "Businesses in Keith County depend on the summer trade, and one motel owner in Ogallala said a third of his "
 "holiday bookings had already called. The alert follows weeks of heat across western Nebraska. Downstream, the "
 "city of North Platte said its drinking water, drawn from wells, was safe. In Arthur, a village of about 100 "
 "people north of the lake, and in Paxton and Big Springs, officials said they expected overflow crowds at their "
 "town parks. Lincoln plans to test the water again on Monday.",
 [("OGALLALA", 41.13, -101.72), ("Neb.", *NEBRASKA), ("Lake McConaughy", 41.25, -101.75), ("Nebraska", *NEBRASKA),
  ("Martin Bay", 41.22, -101.67), ("Kingsley Dam", 41.22, -101.66, OPT), ("Lake Ogallala", 41.22, -101.66),
  ("Arthur", SKIP), ("Keith", SKIP), ("North Platte River", 42.20, -104.50), ("Denver", 39.74, -104.99),
  ("Omaha", 41.26, -95.94), ("Colorado", *COLORADO), ("Keith County", 41.20, -101.66), ("Ogallala", 41.13, -101.72),
  ("Nebraska", *NEBRASKA), ("North Platte", 41.12, -100.77), ("Arthur", 41.57, -101.69), ("Paxton", 41.12, -101.36),
  ("Big Springs", 41.06, -102.07), ("Lincoln", 40.81, -96.70, OPT)]),
# 08 US: Mountain Home, Ark. motor thefts (Mountain Home, Idaho; a defendant named Harrison and Harrison the town; Springfield)
("MOUNTAIN HOME, Ark. — A Missouri man was sentenced Thursday to 12 years in prison for stealing more than 40 "
 "outboard motors from boat docks on Norfork Lake and Bull Shoals Lake over two summers. Dale Harrison, 44, of "
 "Gainesville, Mo., pleaded guilty in Baxter County Circuit Court to theft and burglary. Prosecutors said he cut "
 "the motors loose at night and sold them at flea markets in Springfield and Branson. Marina operators in "
 "Henderson, Lakeview and Cotter said the thefts had driven up their insurance costs. \"People save for years for "
 "those boats,\" said Kay Bennett, who runs a dock near the town of Norfork. Harrison was caught last October after "
 "a deputy spotted his truck at a launch ramp outside Gassville. Investigators later found 11 of the motors in a "
 "storage unit in Harrison, the Boone County seat, about an hour to the west. Residents here say their town is "
 "often confused with Mountain Home, Idaho, home of an Air Force base; this one is better known for trout fishing "
 "on the White River below Bull Shoals Dam. Fishing guides from Flippin to Calico Rock welcomed the sentence.",
 [("MOUNTAIN HOME", 36.34, -92.38), ("Ark.", *ARKANSAS), ("Missouri", *MISSOURI), ("Norfork Lake", 36.25, -92.24),
  ("Bull Shoals Lake", 36.45, -92.75), ("Harrison", SKIP), ("Gainesville", 36.60, -92.43), ("Mo.", *MISSOURI),
  ("Baxter County", 36.29, -92.34, OPT), ("Springfield", 37.21, -93.29), ("Branson", 36.64, -93.22),
  ("Henderson", 36.37, -92.23), ("Lakeview", 36.37, -92.55), ("Cotter", 36.27, -92.53), ("Norfork", 36.21, -92.28),
  ("Harrison", SKIP), ("Gassville", 36.28, -92.49), ("Harrison", 36.23, -93.11), ("Boone County", 36.30, -93.09),
  ("Mountain Home", 43.13, -115.69), ("Idaho", *IDAHO), ("White River", 36.00, -92.00),
  ("Bull Shoals Dam", 36.37, -92.58, OPT), ("Flippin", 36.28, -92.60), ("Calico Rock", 36.12, -92.14)]),
]

P += [
# 09 Scotland: Stornoway scallop case (a fisherman named Harris and Harris the island; a sheriff named Hamilton; Edinburgh = the government)
("STORNOWAY — A fisherman from Lewis has been fined £4,500 at Stornoway Sheriff Court for dredging for scallops "
 "inside a protected area of the Minch. Kenneth Harris, 52, from Tong, admitted towing dredges across seabed closed "
 "to fishing off the east coast of Harris, near the mouth of Loch Seaforth, in March last year. Fishery officers "
 "tracked the boat from Stornoway harbour using its satellite position data, and the court heard that the catch was "
 "landed in Ullapool, on the mainland, and sold to a buyer from Glasgow. Sheriff David Hamilton said the flame shell "
 "beds near the Shiant Isles had taken decades to form and could be wrecked in an afternoon. Fishermen across the "
 "Western Isles are divided over the protected areas, which also cover waters off Skye and Barra. Their leaders in "
 "Stornoway said Edinburgh had drawn the lines on a map without asking the people who work the sea. \"Nobody here "
 "wants the seabed ruined,\" said a skipper from Tarbert who asked not to be named. Marine officials said patrols "
 "would be stepped up this summer between the Butt of Lewis and Castlebay, and that a second case was due before "
 "the court in August.",
 [("STORNOWAY", 58.21, -6.39), ("Lewis", 58.20, -6.60), ("Stornoway", 58.21, -6.39, OPT), ("Minch", 58.00, -5.90),
  ("Harris", SKIP), ("Tong", 58.24, -6.34), ("Harris", 57.87, -6.85), ("Loch Seaforth", 57.95, -6.62),
  ("Stornoway", 58.21, -6.39), ("Ullapool", 57.90, -5.16), ("Glasgow", 55.86, -4.25), ("Hamilton", SKIP),
  ("Shiant Isles", 57.89, -6.36), ("Western Isles", 57.70, -7.20), ("Skye", 57.30, -6.20), ("Barra", 57.00, -7.45),
  ("Stornoway", 58.21, -6.39), ("Edinburgh", 55.95, -3.19, OPT), ("Tarbert", 57.90, -6.81),
  ("Butt of Lewis", 58.52, -6.26), ("Castlebay", 56.95, -7.49)]),
# 10 Wales: Treorchy coal tip works (a councillor named Pentre and Ton Pentre; Rhondda Fach river and valley; Cardiff = the government)
("TREORCHY — Residents of the upper Rhondda have been told that work to stabilise a disused coal tip above "
 "Treherbert will not finish until 2027, after engineers found far more water draining through the spoil than "
 "expected. The tip is one of more than 70 in Rhondda Cynon Taf placed in the highest risk category since a "
 "landslip at Tylorstown in February 2020 sent about 60,000 tonnes of spoil down the hillside and across the "
 "Rhondda Fach river. \"People here remember Aberfan, and they worry every time it rains,\" said Sian Pentre, a "
 "councillor for Treorchy. Drainage channels are being cut into the slope between Treherbert and Blaencwm, and the "
 "A4061 over the mountain to Hirwaun will close at night for three weeks from Monday. Buses to Pontypridd and "
 "Cardiff will run through Ton Pentre instead. Families in Ferndale and Maerdy, further up the Rhondda Fach, were "
 "told that tips above their villages had been inspected after last month's storms and were stable. Ministers in "
 "Cardiff have set aside £25 million this year for tip safety across Wales. A public meeting will be held at the "
 "Parc and Dare Hall on Thursday evening.",
 [("TREORCHY", 51.66, -3.51), ("Rhondda", 51.65, -3.48), ("Treherbert", 51.67, -3.53),
  ("Rhondda Cynon Taf", 51.65, -3.40), ("Tylorstown", 51.64, -3.44), ("Rhondda Fach", 51.63, -3.44),
  ("Aberfan", 51.69, -3.35), ("Pentre", SKIP), ("Treorchy", 51.66, -3.51), ("Treherbert", 51.67, -3.53),
  ("Blaencwm", 51.68, -3.55), ("A4061", 51.72, -3.55, OPT), ("Hirwaun", 51.74, -3.51), ("Pontypridd", 51.60, -3.34),
  ("Cardiff", 51.48, -3.18), ("Ton Pentre", 51.65, -3.48), ("Ferndale", 51.66, -3.45), ("Maerdy", 51.67, -3.48),
  ("Rhondda Fach", 51.66, -3.46), ("Cardiff", 51.48, -3.18, OPT), ("Wales", *WALES),
  ("Parc and Dare Hall", 51.66, -3.51, OPT)]),
# 11 Northern Ireland: Ballycastle Lammas fair (Ballycastle, Co Mayo; Ballycastle McQuillans the hurling club; the Glens)
("BALLYCASTLE — Thousands of visitors packed the Diamond on Monday for the opening day of the Ould Lammas Fair, with "
 "stalls selling dulse and yellowman stretching from the town centre down to the seafront. Police estimated that "
 "more than 100,000 people would attend over two days, and extra buses ran from Coleraine, Ballymoney and Belfast. "
 "Ferries to Rathlin Island were full by mid-morning, and traffic backed up on the coast road to Cushendall. \"It's "
 "the one weekend when the whole of the Glens comes into town,\" said Maura McAlister, a councillor who has run a "
 "stall for 30 years. The fair drew a busload from Ballycastle in Co Mayo, the village of the same name on the far "
 "side of the island, and families from Scotland who crossed on the ferry to Larne. On a clear day the Mull of "
 "Kintyre can be seen across the water from Fair Head. The town's hurlers, Ballycastle McQuillans, paraded a "
 "championship cup through the crowds. Police in Co Antrim said the first day had passed off peacefully, with two "
 "arrests for public order offences. Traders from Bushmills and Derry said business was brisk despite showers.",
 [("BALLYCASTLE", 55.20, -6.24), ("Diamond", 55.20, -6.24, OPT), ("Coleraine", 55.13, -6.67), ("Ballymoney", 55.07, -6.51), ("Belfast", 54.60, -5.93),
  ("Rathlin Island", 55.29, -6.20), ("Cushendall", 55.08, -6.06), ("Glens", 55.05, -6.10, OPT),
  ("Ballycastle", 54.28, -9.37), ("Co Mayo", 53.90, -9.30), ("Scotland", *SCOTLAND), ("Larne", 54.85, -5.82),
  ("Mull of Kintyre", 55.31, -5.80), ("Fair Head", 55.22, -6.15), ("Ballycastle", SKIP), ("Co Antrim", 54.85, -6.20),
  ("Bushmills", 55.20, -6.52), ("Derry", 55.00, -7.32)]),
# 12 Ireland: Ballina, Co Mayo flood scheme (Ballina, NSW; Ballina, Co Tipperary; Ballina inside a festival's name; Dublin = the OPW)
("BALLINA, Co Mayo — Councillors have approved plans for flood defences along the River Moy in Ballina, where high "
 "tides and heavy rain flooded homes and shops near the quays three times last winter. The €14 million scheme "
 "includes walls and embankments on both banks and a pumping station at Ardnaree, on the east side of the river. "
 "Engineers told Monday's meeting that levels in Lough Conn, which drains into the Moy above Foxford, had been "
 "unusually high since October. \"Every winter this town holds its breath,\" said Cllr Annie Reape. Residents of "
 "Crossmolina, flooded in 2015, are still waiting for their own scheme. The Office of Public Works in Dublin will "
 "pay for most of the work. Anglers fear the construction could disturb the Moy's salmon run, one of the best in "
 "Ireland, and have asked for work to stop during the Ballina Salmon Festival in July. The town is twinned with "
 "Ballina in New South Wales, and shares its name with Ballina in Co Tipperary, across the Shannon from Killaloe, "
 "which has had its own flooding this year.",
 [("BALLINA", 54.12, -9.15), ("Co Mayo", 53.90, -9.30), ("River Moy", 54.00, -9.05), ("Ballina", 54.12, -9.15),
  ("Ardnaree", 54.11, -9.14), ("Lough Conn", 54.05, -9.27), ("Moy", 54.00, -9.05), ("Foxford", 53.98, -9.11),
  ("Crossmolina", 54.10, -9.32), ("Dublin", 53.35, -6.26, OPT), ("Moy", 54.00, -9.05), ("Ireland", "IE"),
  ("Ballina", 54.12, -9.15, OPT), ("Ballina", -28.87, 153.56), ("New South Wales", -32.00, 147.00),
  ("Ballina", 52.81, -8.44), ("Co Tipperary", 52.67, -7.83), ("Shannon", 53.30, -8.00), ("Killaloe", 52.81, -8.44)]),
# 13 England: Castleton, Derbyshire Winnats Pass closures (Hope the village; Bradwell; a chairman named Eyre; Derbyshire inside the council's name)
("CASTLETON — Parish councillors in this Peak District village have asked for the Winnats Pass to be closed at night "
 "after a summer of illegal car meets, with hundreds of drivers arriving from Sheffield, Manchester and beyond to "
 "race up one of the steepest roads in England. Residents of Castleton, Hope and Edale say they have been kept awake "
 "by revving engines until three in the morning. \"We welcome visitors, but this is something else,\" said the "
 "council's chairman, Peter Eyre. Police have issued more than 40 dispersal orders since June, and an ambulance was "
 "called to a crash near Speedwell Cavern in August. The pass became the main way into the Hope Valley from the "
 "west after landslips on Mam Tor forced the closure of the old A625 in 1979. Farmers in Bradwell and Peak Forest "
 "say sheep have been killed on the road. Derbyshire County Council said it would consult on a trial closure from "
 "October, and that the national park authority supported the idea. Drivers from Buxton and Chapel-en-le-Frith "
 "would have to use the longer route through Sparrowpit during closures. Mountain rescue volunteers based in Edale "
 "said the pass was also popular with cyclists.",
 [("CASTLETON", 53.34, -1.78), ("Peak District", 53.30, -1.80), ("Winnats Pass", 53.34, -1.80),
  ("Sheffield", 53.38, -1.47), ("Manchester", 53.48, -2.24), ("England", *ENGLAND), ("Castleton", 53.34, -1.78),
  ("Hope", 53.35, -1.74), ("Edale", 53.37, -1.82), ("Speedwell Cavern", 53.34, -1.80, OPT),
  ("Hope Valley", 53.34, -1.72), ("Mam Tor", 53.35, -1.81), ("A625", 53.34, -1.80, OPT), ("Bradwell", 53.33, -1.74),
  ("Peak Forest", 53.30, -1.83), ("Derbyshire", 53.10, -1.60, OPT), ("Buxton", 53.26, -1.91),
  ("Chapel-en-le-Frith", 53.32, -1.92), ("Sparrowpit", 53.32, -1.87), ("Edale", 53.37, -1.82)]),
]

P += [
# 14 Australia: Longreach, Qld flood (Ilfracombe named after the Devon resort; Stonehenge, Qld; Brisbane = the state)
("LONGREACH, Qld — Graziers around Longreach are counting stock losses after the Thomson River rose to its highest "
 "level in more than a decade, cutting the Landsborough Highway and isolating properties between Muttaburra and "
 "Isisford. Floodwater spread for kilometres across the braided channels west of town, and the road to Winton was "
 "closed for six days. \"We've got cattle stranded on every bit of high ground,\" said Mayor Kay Dawson. Residents "
 "of Ilfracombe, the small town 27 kilometres to the east that took its name from the seaside resort in Devon, were "
 "spared, as was Barcaldine further along the highway. SES volunteers from Rockhampton flew food and medicine into "
 "Stonehenge, a town of fewer than 50 people south of Longreach, where the airstrip was the only way in. Downstream, "
 "water is expected to reach Jundah by the weekend before the Thomson joins the Barcoo near Windorah to form Cooper "
 "Creek. Brisbane has activated disaster funding for the region. Graziers said the flood would bring good feed by "
 "winter, if they can get their cattle through the next few weeks. Forecasters expect more rain across western "
 "Queensland on Sunday.",
 [("LONGREACH", -23.44, 144.25), ("Qld", *QUEENSLAND), ("Longreach", -23.44, 144.25),
  ("Thomson River", -23.90, 143.90), ("Landsborough Highway", -23.50, 144.50, OPT), ("Muttaburra", -22.59, 144.55),
  ("Isisford", -24.26, 144.44), ("Winton", -22.39, 143.04), ("Ilfracombe", -23.49, 144.51), ("Devon", 50.70, -3.80),
  ("Barcaldine", -23.55, 145.29), ("Rockhampton", -23.38, 150.51), ("Stonehenge", -24.36, 143.29),
  ("Longreach", -23.44, 144.25), ("Jundah", -24.83, 143.06), ("Thomson", -23.90, 143.90), ("Barcoo", -24.50, 144.50),
  ("Windorah", -25.42, 142.66), ("Cooper Creek", -27.60, 140.70), ("Brisbane", -27.47, 153.03, OPT),
  ("Queensland", *QUEENSLAND)]),
# 15 Australia: Coober Pedy, SA road closures (William Creek the settlement; Lake Eyre; Adelaide = the state; highway and track)
("COOBER PEDY, SA — The Stuart Highway reopened on Wednesday after floodwater cut the only sealed road through this "
 "opal mining town for four days, leaving hundreds of travellers and truck drivers stranded between Glendambo and "
 "Marla. More than 80 millimetres of rain fell on Coober Pedy in two days, more than half its usual yearly total, "
 "and water ran across the highway at several creek crossings to the north. Road trains bound for Alice Springs "
 "queued at the roadhouse in Marla, while caravanners heading to Uluru spent extra nights in the town's underground "
 "motels. Trucks were also held at Port Augusta until police were sure the road was safe. The Oodnadatta Track "
 "remains closed from Marree to Oodnadatta, and the pub at William Creek, the tiny settlement halfway along it, said "
 "its campground was under water. \"We've got people who can't get out and people who can't get in,\" the publican "
 "said. Pilots running scenic flights from William Creek expect some of the water to reach Lake Eyre in the coming "
 "weeks. Roads around Andamooka and Roxby Downs were also damaged. Adelaide has promised repair money for outback "
 "South Australia, and police said the Northern Territory border crossing at Kulgera stayed open throughout.",
 [("COOBER PEDY", -29.01, 134.75), ("SA", *SOUTH_AUSTRALIA), ("Stuart Highway", -29.00, 134.70, OPT),
  ("Glendambo", -30.97, 135.75), ("Marla", -27.30, 133.62), ("Coober Pedy", -29.01, 134.75),
  ("Alice Springs", -23.70, 133.88), ("Marla", -27.30, 133.62), ("Uluru", -25.34, 131.04),
  ("Port Augusta", -32.49, 137.77), ("Oodnadatta Track", -28.50, 136.50, OPT), ("Marree", -29.65, 138.06),
  ("Oodnadatta", -27.55, 135.45), ("William Creek", -28.91, 136.34), ("William Creek", -28.91, 136.34),
  ("Lake Eyre", -28.40, 137.30), ("Andamooka", -30.45, 137.17), ("Roxby Downs", -30.56, 136.90),
  ("Adelaide", -34.93, 138.60, OPT), ("South Australia", *SOUTH_AUSTRALIA), ("Northern Territory", -19.40, 133.40),
  ("Kulgera", -25.84, 133.30)]),
# 16 New Zealand: Westport stopbank (Buller and West Coast the rugby sides vs the river and region; Wellington = the government)
("WESTPORT — Buller District Council has voted to spend $4.3 million on a new stopbank along the Orowaiti River, the "
 "next stage of flood defences for the town that was swamped by the Buller River in July 2021, when more than 800 "
 "homes were damaged. The bank will protect the eastern side of Westport, and a later stage would run along the "
 "Buller towards Carters Beach. \"People here are tired of waiting every time a big front comes in off the "
 "Tasman,\" said Mayor Ann Brunner. Wellington has agreed to pay most of the cost. Councillors also heard that State "
 "Highway 6 between Westport and Greymouth, which winds along the coast past Punakaiki and the Paparoa National "
 "Park, would be closed for two nights next week for rockfall repairs. Residents of Granity and Karamea, to the "
 "north, said slips had cut the road twice this winter. The council agreed to let Buller use Victoria Square for its "
 "Heartland Championship match against West Coast next month, and will ask the regional council in Greymouth about "
 "more gravel extraction from the river near Reefton. The West Coast had one of its wettest winters on record.",
 [("WESTPORT", -41.75, 171.60), ("Buller District", -41.85, 172.00, OPT), ("Orowaiti River", -41.76, 171.64),
  ("Buller River", -41.80, 172.20), ("Westport", -41.75, 171.60), ("Buller", -41.80, 172.20),
  ("Carters Beach", -41.76, 171.56), ("Tasman", -39.00, 160.00), ("Wellington", -41.29, 174.78, OPT),
  ("State Highway 6", -42.00, 171.40, OPT), ("Westport", -41.75, 171.60), ("Greymouth", -42.45, 171.21),
  ("Punakaiki", -42.11, 171.33), ("Paparoa National Park", -42.10, 171.40), ("Granity", -41.63, 171.85),
  ("Karamea", -41.25, 172.11), ("Buller", SKIP), ("Victoria Square", -41.75, 171.60, OPT), ("West Coast", SKIP),
  ("Greymouth", -42.45, 171.21), ("Reefton", -42.12, 171.86), ("West Coast", -42.50, 171.40)]),
# 17 New Zealand: Gore country music awards (Winton, Southland vs Winton, Qld; Nashville as a figure of speech; Gore inside the council's name)
("GORE — More than 300 singers and musicians from across New Zealand and Australia are in Gore this week for the "
 "Gold Guitars, the country music awards that have turned this Southland farming town into a kind of southern "
 "Nashville. Motels from Mataura to Invercargill are full, and campervans have filled the showgrounds beside the "
 "Mataura River. Organisers said entries were up by a fifth on last year, with a strong contingent from Tamworth, "
 "home of Australia's biggest country music festival. Among the finalists are a fiddler from Winton, half an hour "
 "north of Invercargill, and a yodeller from Winton in outback Queensland, who say they have been mixed up on the "
 "entry list all week. \"It's a good-natured muddle,\" said festival chairwoman Helen Moffat. The Hokonui Hills "
 "behind the town will host a bush concert on Saturday night if the weather holds. Buses are running from Dunedin "
 "and Queenstown, and the Gore District Council has extended opening hours at the town's visitor centre. Last "
 "year's festival brought an estimated $2 million into the district, the council said.",
 [("GORE", -46.10, 168.94), ("New Zealand", "NZ"), ("Australia", "AU"), ("Gore", -46.10, 168.94),
  ("Southland", -45.90, 168.20), ("Nashville", 36.16, -86.78, OPT), ("Mataura", -46.19, 168.86),
  ("Invercargill", -46.41, 168.35), ("Mataura River", -46.10, 168.90), ("Tamworth", -31.09, 150.93),
  ("Australia", "AU"), ("Winton", -46.14, 168.33), ("Invercargill", -46.41, 168.35), ("Winton", -22.39, 143.04),
  ("Queensland", *QUEENSLAND), ("Hokonui Hills", -46.00, 168.75), ("Dunedin", -45.87, 170.50),
  ("Queenstown", -45.03, 168.66), ("Gore", -46.10, 168.94, OPT)]),
]

P += [
# 18 Canada: Swift Current, Sask. creek flood (the Broncos and Tigers named after cities; a mayor named Herbert and Herbert the town)
("SWIFT CURRENT, Sask. — The city declared a local emergency on Friday as Swift Current Creek spilled over its banks "
 "after a rapid spring melt, flooding basements in low-lying neighbourhoods and closing several streets near the "
 "exhibition grounds. Ranchers south of the city, around Cadillac and Vanguard, reported washed-out grid roads and "
 "calves lost to the cold water. \"We've seen the creek high before, but not this fast,\" said Mayor Dale Herbert. "
 "The Swift Current Broncos postponed Saturday's home game against the Medicine Hat Tigers so the arena could be "
 "used as a reception centre. Crews from Medicine Hat, Alta., and Moose Jaw arrived overnight with pumps and "
 "sandbags. The Trans-Canada Highway stayed open, although traffic was slowed near Herbert, east of the city, where "
 "a culvert washed out, and again near Gull Lake. Farther west, Maple Creek and the Cypress Hills were hit by heavy "
 "snow on Thursday, adding to the runoff. Regina said provincial disaster assistance would be available to "
 "homeowners across southwest Saskatchewan. The creek is expected to crest on Sunday before draining north into the "
 "South Saskatchewan River.",
 [("SWIFT CURRENT", 50.29, -107.80), ("Sask.", *SASKATCHEWAN), ("Swift Current Creek", 50.20, -107.90),
  ("Cadillac", 49.73, -107.73), ("Vanguard", 49.92, -107.28), ("Herbert", SKIP), ("Swift Current", SKIP),
  ("Medicine Hat", SKIP), ("Medicine Hat", 50.04, -110.68), ("Alta.", *ALBERTA), ("Moose Jaw", 50.39, -105.54),
  ("Trans-Canada Highway", 50.30, -107.80, OPT), ("Herbert", 50.43, -107.22), ("Gull Lake", 50.10, -108.48),
  ("Maple Creek", 49.91, -109.48), ("Cypress Hills", 49.65, -109.50), ("Regina", 50.45, -104.61, OPT),
  ("Saskatchewan", *SASKATCHEWAN), ("South Saskatchewan River", 51.00, -107.50)]),
# 19 Canada: Antigonish, N.S. Highland Games (Inverness, N.S. vs Inverness, Scotland; Sydney, N.S. vs Sydney, Australia)
("ANTIGONISH, N.S. — Pipers, dancers and heavy athletes from as far away as Scotland and New Zealand competed over "
 "the weekend at the Antigonish Highland Games, which organizers say are the oldest continuously held games of "
 "their kind outside Scotland. The caber toss was won by Ewan MacIsaac of Inverness, on Cape Breton Island, who beat "
 "a former world champion from Inverness in the Highlands of Scotland by less than a point. \"Two Invernesses, one "
 "caber,\" MacIsaac joked. Crowds were the largest in years, and traffic backed up on Highway 104 from New Glasgow "
 "for much of Saturday. Motels in Port Hawkesbury and Pictou were fully booked, and the town opened the arena at "
 "St. Francis Xavier University for overflow camping. Buses ran from Halifax, about two and a half hours away, and "
 "from the Canso Causeway. Mayor Laurie Boucher said the games brought about $3 million into Antigonish County and "
 "neighbouring Guysborough County each summer. The pipe band prize went to a band from Sydney, N.S., whose members "
 "said they were used to being confused with the city in Australia. Organizers plan to add a women's heavy events "
 "class next year.",
 [("ANTIGONISH", 45.62, -61.99), ("N.S.", *NOVA_SCOTIA), ("Scotland", *SCOTLAND), ("New Zealand", "NZ"),
  ("Antigonish", 45.62, -61.99, OPT), ("Scotland", *SCOTLAND), ("Inverness", 46.23, -61.30),
  ("Cape Breton Island", 46.20, -60.80), ("Inverness", 57.48, -4.22), ("Highlands", 57.30, -4.50),
  ("Scotland", *SCOTLAND), ("Highway 104", 45.60, -62.30, OPT), ("New Glasgow", 45.59, -62.65),
  ("Port Hawkesbury", 45.62, -61.35), ("Pictou", 45.68, -62.71), ("Halifax", 44.65, -63.58),
  ("Canso Causeway", 45.64, -61.41, OPT), ("Antigonish County", 45.55, -61.95), ("Guysborough County", 45.35, -61.70),
  ("Sydney", 46.14, -60.19), ("N.S.", *NOVA_SCOTIA), ("Australia", "AU")]),
# 20 Canada: Summerside, P.E.I. arson sentence (O'Leary the village; a judge named Kensington and Kensington the town; Charlottetown = the province)
("SUMMERSIDE, P.E.I. — A farmhand who set fire to a potato warehouse near O'Leary last winter was sentenced on "
 "Tuesday in provincial court here to two years less a day in jail. The court heard that the 27-year-old man, from "
 "Tignish, had been fired days earlier and returned to the building at night with a can of gasoline. The blaze "
 "destroyed about 4,000 tonnes of seed potatoes, a loss the owner put at $1.6 million, and kept crews from O'Leary, "
 "Alberton and Tignish busy for most of the night. \"This was a family business built over three generations,\" "
 "Judge Nancy Kensington said. Growers in West Prince, the biggest potato district on Prince Edward Island, have had "
 "a hard few years since a fungal disease led the United States to halt shipments in 2021. The owner said most of "
 "the seed had been sold to farmers in New Brunswick and Maine. The man was arrested near the Confederation Bridge "
 "at Borden-Carleton as he tried to leave the province. Growers met in Kensington, near Malpeque Bay, on Wednesday "
 "night to discuss security for storage buildings, and several said they would install cameras. Charlottetown "
 "said it would review rules for rural fire halls. The owner plans to rebuild the warehouse in Summerside next year.",
 [("SUMMERSIDE", 46.39, -63.79), ("P.E.I.", *PEI), ("O'Leary", 46.71, -64.24), ("Tignish", 46.95, -64.03),
  ("O'Leary", 46.71, -64.24), ("Alberton", 46.81, -64.06), ("Tignish", 46.95, -64.03), ("Kensington", SKIP),
  ("West Prince", 46.80, -64.10), ("Prince Edward Island", *PEI), ("United States", "US"),
  ("New Brunswick", *NEW_BRUNSWICK), ("Maine", *MAINE), ("Confederation Bridge", 46.22, -63.75, OPT),
  ("Borden-Carleton", 46.25, -63.70), ("Kensington", 46.43, -63.64), ("Malpeque Bay", 46.55, -63.72),
  ("Charlottetown", 46.24, -63.13, OPT), ("Summerside", 46.39, -63.79)]),
]

P += [
# 21 India: Shillong landslides (Sohra alias Cherrapunji; the Umngot at Dawki; Khasi Hills vs East Khasi Hills in an official's title)
("Shillong: Heavy rain over the past three days has set off landslides across the Khasi Hills, killing four people "
 "and cutting the road between Shillong and Sohra, officials said on Sunday. Mawsynram recorded 710 mm of rain in 24 "
 "hours and Sohra, better known to tourists as Cherrapunji, received 580 mm. In Jowai, in the Jaintia Hills, schools "
 "were closed for two days. Boating on the Umngot river at Dawki, near the border with Bangladesh, has been "
 "suspended, and traders in Sylhet said limestone trucks had stopped crossing at Tamabil. The road from Guwahati to "
 "Shillong was open, but traffic was slow near Nongpoh, and the sluice gates at Umiam lake were opened on Saturday "
 "night to ease pressure on the dam. \"We are asking tourists to postpone their trips,\" said the East Khasi Hills "
 "deputy commissioner. Officials in Meghalaya said 35 villages had been hit, and relief teams from Assam were on "
 "standby. Rainfall across India's north-east has been 40% above normal this month, the weather office said.",
 [("Shillong", 25.58, 91.89), ("Khasi Hills", 25.45, 91.60), ("Shillong", 25.58, 91.89), ("Sohra", 25.27, 91.73),
  ("Mawsynram", 25.30, 91.58), ("Sohra", 25.27, 91.73), ("Cherrapunji", 25.27, 91.73), ("Jowai", 25.45, 92.20),
  ("Jaintia Hills", 25.40, 92.30), ("Umngot", 25.20, 92.02), ("Dawki", 25.19, 92.02), ("Bangladesh", "BD"),
  ("Sylhet", 24.89, 91.87), ("Tamabil", 25.17, 92.03), ("Guwahati", 26.14, 91.74), ("Shillong", 25.58, 91.89),
  ("Nongpoh", 25.90, 91.88), ("Umiam", 25.66, 91.89), ("East Khasi Hills", 25.45, 91.80, OPT),
  ("Meghalaya", 25.50, 91.30), ("Assam", 26.20, 92.90), ("India", "IN")]),
# 22 Pakistan: Murree vehicle cap (Kashmir Point the viewpoint; Punjab vs Khyber Pakhtunkhwa; the Galiyat)
("Murree: Authorities in Punjab have capped the number of vehicles allowed into Murree at 8,000 a day this winter, "
 "two years after 23 tourists froze to death in their cars when a blizzard trapped thousands of visitors on the "
 "roads into the hill town, one of Pakistan's busiest resorts. Police will turn cars back at checkpoints on the "
 "expressway from Islamabad once the limit is reached, and snow ploughs have been stationed at Bhurban and on the "
 "old road from Rawalpindi. Hotel owners on the Mall Road say the cap will hurt business. \"Families save all year "
 "for one trip to see the snow,\" said Sajid Abbasi, who runs a guest house near Kashmir Point. Officials in Khyber "
 "Pakhtunkhwa said they would coordinate with Punjab on traffic to Nathia Gali and Ayubia, in the Galiyat across "
 "the provincial boundary, which many visitors reach through Murree. Extra buses will run from Lahore and "
 "Rawalpindi on weekends, and the district administration has asked tourists to check the weather before leaving. "
 "Forecasters expect the first heavy snowfall in the hills above Abbottabad and Murree later this month.",
 [("Murree", 33.91, 73.39), ("Punjab", 31.00, 72.70), ("Murree", 33.91, 73.39), ("Pakistan", "PK"),
  ("Islamabad", 33.69, 73.05), ("Bhurban", 33.96, 73.45), ("Rawalpindi", 33.60, 73.04),
  ("Mall Road", 33.91, 73.39, OPT), ("Kashmir Point", 33.91, 73.39, OPT), ("Khyber Pakhtunkhwa", 34.40, 72.00),
  ("Punjab", 31.00, 72.70), ("Nathia Gali", 34.07, 73.38), ("Ayubia", 34.06, 73.40), ("Galiyat", 34.05, 73.38),
  ("Murree", 33.91, 73.39), ("Lahore", 31.55, 74.35), ("Rawalpindi", 33.60, 73.04), ("Abbottabad", 34.15, 73.21),
  ("Murree", 33.91, 73.39)]),
# 23 Bangladesh: Sunamganj haor flash floods (Sunamganj the district and the town; Cherrapunji across the border; the Surma)
("Sunamganj: Farmers in the haor wetlands of Sunamganj are racing to cut their boro paddy before the water rises "
 "again, after a surge of water from the hills of Meghalaya breached embankments in Tahirpur and Dharmapasha "
 "upazilas over the weekend. Officials said about 5,000 hectares of ripening rice had gone under water, much of it "
 "around Tanguar Haor, near the border with India. \"We worked six months for this crop, and it was gone in one "
 "night,\" said farmer Abdul Karim of Tahirpur. The Surma was flowing above the danger mark at Sunamganj town and at "
 "Chhatak on Monday, the flood forecasting centre in Dhaka said. Heavy rain in Cherrapunji, just across the border, "
 "usually reaches the haors within hours. Combine harvesters have been sent from Sylhet and Kishoreganj, and the "
 "district administration has asked schools in Derai to house families whose homes have flooded. Netrokona, to the "
 "west, is also on alert. Bangladesh's agriculture ministry has promised seed and fertiliser for the next season.",
 [("Sunamganj", 25.07, 91.40), ("Sunamganj", 25.00, 91.30), ("Meghalaya", 25.50, 91.30), ("Tahirpur", 25.10, 91.18),
  ("Dharmapasha", 24.91, 90.97), ("Tanguar Haor", 25.15, 91.07), ("India", "IN"), ("Tahirpur", 25.10, 91.18),
  ("Surma", 24.90, 91.60), ("Sunamganj", 25.07, 91.40), ("Chhatak", 25.04, 91.67), ("Dhaka", 23.81, 90.41),
  ("Cherrapunji", 25.27, 91.73), ("Sylhet", 24.89, 91.87), ("Kishoreganj", 24.43, 90.78), ("Derai", 24.80, 91.35),
  ("Netrokona", 24.88, 90.73), ("Bangladesh", "BD")]),
]

P += [
# 24 Kenya: Malindi Sabaki floods (one river, three names: Athi, Galana, Sabaki; Italian hoteliers a demonym; Kenya inside an agency)
("Malindi: More than 2,000 families have been forced from their homes after the Sabaki River burst its banks north "
 "of Malindi, flooding farms and villages along its lower course on Kenya's north coast. The river, which begins as the Athi in the "
 "highlands near Nairobi and becomes the Galana as it crosses Tsavo East National Park, has been swollen by weeks "
 "of heavy rain inland. Water covered the road from Malindi to Garsen at Mambrui, cutting traffic to Lamu for a "
 "second day. Kilifi County officials said camps had been set up in schools on higher ground. \"The water came at "
 "night and we only saved our children,\" said Zawadi Kazungu, a mother of five. Hoteliers in Malindi and Watamu, "
 "many of them Italian, said bookings had held up because the beaches were unaffected, though brown water from the "
 "river has spread over the coral gardens of the Malindi Marine National Park. The Kenya Red Cross sent food and "
 "tents from Mombasa, and the Kenya Meteorological Department warned of more rain this week.",
 [("Malindi", -3.22, 40.12), ("Sabaki River", -3.15, 40.05), ("Malindi", -3.22, 40.12), ("Kenya", "KE"), ("Athi", -2.00, 37.70),
  ("Nairobi", -1.29, 36.82), ("Galana", -3.00, 39.20), ("Tsavo East National Park", -2.90, 38.70),
  ("Malindi", -3.22, 40.12), ("Garsen", -2.27, 40.12), ("Mambrui", -3.11, 40.15), ("Lamu", -2.27, 40.90),
  ("Kilifi County", -3.50, 39.70), ("Malindi", -3.22, 40.12), ("Watamu", -3.35, 40.02),
  ("Malindi Marine National Park", -3.25, 40.14), ("Kenya", "KE", OPT), ("Mombasa", -4.04, 39.67),
  ("Kenya", "KE", OPT)]),
# 25 Nigeria: Abeokuta dam release (the Ogun river vs Ogun State; places inside an agency's name; Olumo Rock)
("Abeokuta: Residents of low-lying communities along the Ogun River in Abeokuta have been told to move to higher "
 "ground after the Ogun-Osun River Basin Development Authority began releasing water from the Oyan Dam, which is "
 "close to full after weeks of heavy rain. Officials said the release would raise the river by about a metre as it "
 "passes Abeokuta and could flood farmland and communities downstream near Isheri, on the edge of Lagos. \"We do "
 "not want a repeat of 2020,\" said a spokesman for the emergency management agency in Ogun State. Officials in "
 "Lagos have asked residents of riverside estates in Ikorodu and Ketu to be ready to leave. Traders at the market "
 "beneath Olumo Rock said water had already reached their stalls twice this month. In neighbouring Oyo State, "
 "Ibadan recorded 90 mm of rain on Sunday, and forecasters warned that more storms were on the way across "
 "south-west Nigeria. Traffic on the expressway near Sagamu was slowed by flooding on Monday morning.",
 [("Abeokuta", 7.16, 3.35), ("Ogun River", 7.50, 3.40), ("Abeokuta", 7.16, 3.35), ("Ogun", 7.00, 3.50, OPT),
  ("Osun", 7.56, 4.52, OPT), ("Oyan Dam", 7.26, 3.26, OPT), ("Abeokuta", 7.16, 3.35), ("Isheri", 6.65, 3.37),
  ("Lagos", 6.52, 3.38), ("Ogun State", 7.00, 3.50), ("Lagos", 6.52, 3.38), ("Ikorodu", 6.62, 3.51),
  ("Ketu", 6.60, 3.39), ("Olumo Rock", 7.16, 3.35), ("Oyo State", 8.10, 3.60), ("Ibadan", 7.38, 3.94),
  ("Nigeria", "NG"), ("Sagamu", 6.84, 3.65)]),
# 26 Ghana: Ho football (Accra Lions the club vs Accra the city; Ho inside a stadium's name; Ho inside Hohoe)
("Ho: A stoppage-time header gave Heart of Lions a 2-1 win over Accra Lions at a packed Ho Sports Stadium on "
 "Sunday, lifting the Kpando side, one of the oldest clubs in Ghana, out of the Premier League relegation zone. The club has played its home games in "
 "Ho, the capital of the Volta Region, since its own ground in Kpando was closed for repairs last year, and fans "
 "travelled down by bus from Hohoe and Jasikan and from fishing villages along Lake Volta. \"The whole region was "
 "behind us today,\" said coach Edem Togbe. Police said the match passed off peacefully, although traffic on the "
 "road south to Aflao and the border with Togo was held up for an hour after the final whistle. The win came a week "
 "after the team bus broke down near Akatsi on the way back from a 3-0 defeat in Cape Coast. The league board in "
 "Accra will decide next month whether the Kpando ground can host matches again before the season ends. Their next "
 "match is away in Kumasi.",
 [("Ho", 6.60, 0.47), ("Accra", SKIP), ("Ho", 6.60, 0.47, OPT), ("Kpando", 6.99, 0.29), ("Ghana", "GH"), ("Ho", 6.60, 0.47),
  ("Volta Region", 6.90, 0.45), ("Kpando", 6.99, 0.29), ("Hohoe", 7.15, 0.47), ("Jasikan", 7.40, 0.47),
  ("Lake Volta", 7.50, -0.20), ("Aflao", 6.12, 1.19), ("Togo", "TG"), ("Akatsi", 6.13, 0.80),
  ("Cape Coast", 5.11, -1.25), ("Accra", 5.56, -0.20), ("Kpando", 6.99, 0.29), ("Kumasi", 6.69, -1.62)]),
]

P += [
# 27 Philippines: Bohol Chocolate Hills resort (a board member named Carmen and Carmen the town; Boholano a demonym; Manila = the government)
("TAGBILARAN CITY — Bohol's provincial board on Monday ordered a private resort built among the Chocolate Hills in "
 "Sagbayan to be torn down, weeks after photographs of its swimming pool set against the famous cone-shaped mounds "
 "drew outrage online. Environment officials said the resort had operated for years without the permits required "
 "inside the protected landscape, which covers parts of Carmen, Batuan and Sagbayan. \"These hills belong to every "
 "Boholano,\" said board member Carmen Lim, who sponsored the measure. Tourism operators in Panglao, where most "
 "visitors stay, said day tours to the main viewing deck in Carmen were unaffected. Two other resorts near Bilar "
 "and along the Loboc River are also being reviewed. Officials in Manila have asked the province to submit a list "
 "of all structures inside protected areas by the end of the month. The hills, more than 1,200 of them, are one of "
 "the Philippines' best-known sights and draw visitors from Cebu City, two hours away by fast ferry, and from as far "
 "as South Korea and China.",
 [("TAGBILARAN CITY", 9.65, 123.85), ("Bohol", 9.85, 124.15), ("Chocolate Hills", 9.83, 124.17),
  ("Sagbayan", 9.92, 124.11), ("Carmen", 9.82, 124.20), ("Batuan", 9.79, 124.15), ("Sagbayan", 9.92, 124.11),
  ("Carmen", SKIP), ("Panglao", 9.58, 123.75), ("Carmen", 9.82, 124.20), ("Bilar", 9.72, 124.11),
  ("Loboc River", 9.64, 124.03), ("Manila", 14.60, 120.98, OPT), ("Philippines", "PH"), ("Cebu City", 10.32, 123.89),
  ("South Korea", "KR"), ("China", "CN")]),
# 28 Singapore: Pulau Ubin bumboat fares (Ubin short for Pulau Ubin; Malaysian a demonym; Johor Strait vs Johor the state)
("SINGAPORE — Bumboat fares between Changi Point and Pulau Ubin will rise by a dollar from next month, the operators "
 "said on Tuesday, blaming higher fuel and repair costs. The ten-minute crossing will cost $5 each way, and $3 more "
 "for a bicycle. About 30 households still live on the island, and many of them shop in Changi Village, Tampines or "
 "Pasir Ris. \"For tourists it is nothing, but for us it adds up,\" said one Ubin resident, a retired fisherman who "
 "lives near the jetty. The National Parks Board said visitor numbers to Chek Jawa, the tidal wetland on the "
 "island's eastern tip, had doubled since the pandemic, with weekend crowds also heading to the mountain bike trails "
 "at Ketam. Boatmen said weekday traffic had fallen since a new cycling route opened along the coast from Punggol. "
 "Across the Johor Strait, ferry operators in Pengerang, in the Malaysian state of Johor, said they were watching the "
 "Singapore fare increase closely. Military exercises will close part of the channel between Pulau Tekong and Pulau "
 "Ubin next week, and boats will take a longer route east of Ubin.",
 [("SINGAPORE", "SG"), ("Changi Point", 1.39, 103.99), ("Pulau Ubin", 1.41, 103.96), ("Changi Village", 1.39, 103.99),
  ("Tampines", 1.35, 103.94), ("Pasir Ris", 1.37, 103.95), ("Ubin", 1.41, 103.96, OPT), ("Chek Jawa", 1.41, 103.99),
  ("Ketam", 1.41, 103.95, OPT), ("Punggol", 1.40, 103.91), ("Johor Strait", 1.45, 103.80),
  ("Pengerang", 1.37, 104.12), ("Johor", 2.00, 103.50), ("Singapore", "SG", OPT), ("Pulau Tekong", 1.40, 104.05),
  ("Pulau Ubin", 1.41, 103.96), ("Ubin", 1.41, 103.96)]),
]

P += [
# 29 US / Canada: Derby Line, Vt. and Stanstead, Que. border library (Rock Island, Que.; Newport, Vt.; Washington and Ottawa = governments)
("DERBY LINE, Vt. — The Haskell Free Library and Opera House, built straddling the border so that residents of this "
 "village and Stanstead, Que., could share it, will stay open to readers from the United States and Canada after "
 "weeks of talks between Washington and Ottawa, local officials said Friday. A black line across the reading room "
 "floor marks the boundary between Vermont and Quebec, and for more than a century patrons from Rock Island, the "
 "Stanstead neighbourhood just across Canusa Street, have walked in without a passport check. Federal rules "
 "announced in March would have required visitors from the north to enter only through the official crossing on "
 "Interstate 91. \"This building is the one place where the border never mattered,\" said Jody Stone, the mayor of "
 "Stanstead. Library board members in Derby Line said donations had poured in from as far as Montreal, Burlington "
 "and Boston after the dispute made headlines. Residents of Beebe Plain, a few miles west, where houses on the "
 "Canadian side and the U.S. side face each other across one road, said they were watching closely. The library's "
 "summer concert series, which draws audiences from Newport, Magog and Sherbrooke, will go ahead.",
 [("DERBY LINE", 45.00, -72.10), ("Vt.", *VERMONT), ("Haskell Free Library and Opera House", 45.005, -72.10, OPT), ("Stanstead", 45.02, -72.10), ("Que.", *QUEBEC),
  ("United States", "US"), ("Canada", "CA"), ("Washington", 38.90, -77.04, OPT), ("Ottawa", 45.42, -75.70, OPT),
  ("Vermont", *VERMONT), ("Quebec", *QUEBEC), ("Rock Island", 45.01, -72.10), ("Stanstead", 45.02, -72.10),
  ("Canusa Street", 45.005, -72.10, OPT), ("Interstate 91", 45.00, -72.09, OPT), ("Stanstead", 45.02, -72.10),
  ("Derby Line", 45.00, -72.10), ("Montreal", 45.50, -73.57), ("Burlington", 44.48, -73.21),
  ("Boston", 42.36, -71.06), ("Beebe Plain", 45.01, -72.14), ("U.S.", "US", OPT), ("Newport", 44.94, -72.21),
  ("Magog", 45.27, -72.15), ("Sherbrooke", 45.40, -71.89)]),
# 30 Zambia / Botswana: Kazungula Bridge truck queues (Livingstone the town and the explorer; Victoria Falls the town; Lusaka = the government)
("KAZUNGULA, Zambia — Truck drivers waiting to cross the Kazungula Bridge into Botswana say queues have stretched "
 "back more than 10 kilometres this week, as a new electronic clearance system struggles with the volume of copper "
 "heading south. The bridge over the Zambezi, opened in 2021, replaced a ferry that for decades carried trucks "
 "across the river at the point where Zambia, Botswana, Zimbabwe and Namibia almost meet. Drivers hauling copper "
 "from the Copperbelt and from Lubumbashi, in the Democratic Republic of Congo, say they have slept in their cabs "
 "for four nights. \"We are losing money every day,\" said Charles Mwale, a driver from Ndola. Officials in Kasane, "
 "on the Botswana side, said the system would be fixed by the weekend. Many of the loads are bound for Durban and "
 "Walvis Bay. Lodges in Livingstone, the tourist town named after the Scottish explorer David Livingstone, said the "
 "queues had delayed visitors heading to Chobe National Park, and some were being sent through Victoria Falls in "
 "Zimbabwe instead. Lusaka said it would send more customs officers to the border.",
 [("KAZUNGULA", -17.78, 25.27), ("Zambia", "ZM"), ("Kazungula Bridge", -17.79, 25.26, OPT), ("Botswana", "BW"),
  ("Zambezi", -16.50, 28.50), ("Zambia", "ZM"), ("Botswana", "BW"), ("Zimbabwe", "ZW"), ("Namibia", "NA"),
  ("Copperbelt", -12.80, 28.20), ("Lubumbashi", -11.66, 27.48), ("Democratic Republic of Congo", "CD"),
  ("Ndola", -12.97, 28.64), ("Kasane", -17.80, 25.15), ("Botswana", "BW", OPT), ("Durban", -29.86, 31.02),
  ("Walvis Bay", -22.96, 14.51), ("Livingstone", -17.85, 25.86), ("Livingstone", SKIP),
  ("Chobe National Park", -18.60, 24.50), ("Victoria Falls", -17.93, 25.83), ("Zimbabwe", "ZW"),
  ("Lusaka", -15.42, 28.28, OPT)]),
]


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-e", lang="en"))
    write(rows, ROOT / "tests/data/local_news_e.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
