#!/usr/bin/env python3
"""Builds tests/data/local_news_g.jsonl: a seventh set of English local and regional news articles
(TR-News / LGL-like), written to be read for errors (a development set), with no article, story, main setting or
dateline town of sets A, B, C, D, E or F. Same conventions as make_local_news_set_f.py: toponyms in order of
appearance, every mention including repeats, (surface, lat, lon) or (surface, "CC") for a country; a fourth
element OPT marks a row as optional (a street, road, highway, trail, bridge, dam or building, a capital standing for
a government, a place inside the name of an organisation or event, adjectival uses); (surface, "CC", OPT) is an
optional country; (surface, SKIP) consumes an occurrence of the string that is NOT a toponym (a person, a sports
club or a product named like a place) so that the next row of the same surface lands on the right occurrence; SKIP
rows are dropped from the output. Teams, clubs, bands, organisations, people, products and demonyms named like
places are not toponyms; street addresses are not annotated. US state abbreviations in datelines ("Vt.", "N.D.")
and provinces, states and constituent countries of the UK are given as regions with a central point; long rivers,
lakes and large regions get a representative central point."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_arabic_archive_set import build, write  # noqa: E402
from make_local_news_set_c import OPT, SKIP, mark_optional  # noqa: E402  (set C's conventions, shared)

ROOT = Path(__file__).resolve().parent.parent

# region centres used more than once
VERMONT = (44.0, -72.7)
NEW_HAMPSHIRE = (43.7, -71.6)
NORTH_DAKOTA = (47.5, -100.5)
IDAHO = (44.4, -114.6)
MONTANA = (47.0, -109.6)
OREGON = (44.0, -120.5)
RHODE_ISLAND = (41.7, -71.5)
WASHINGTON_ST = (47.4, -120.5)
CALIFORNIA = (37.2, -119.5)
OHIO = (40.3, -82.8)
GEORGIA_ST = (32.7, -83.4)
FLORIDA = (28.6, -82.4)
TENNESSEE = (35.86, -86.35)
NORTH_CAROLINA = (35.5, -79.4)
VIRGINIA = (37.5, -78.7)
MARYLAND = (39.0, -76.7)
WEST_VIRGINIA = (38.6, -80.6)
MAINE = (45.3, -69.2)
MASSACHUSETTS = (42.3, -71.8)
ONTARIO = (50.0, -85.0)
BRITISH_COLUMBIA = (54.0, -125.0)
QUEBEC = (52.0, -72.0)
NOVA_SCOTIA = (45.0, -63.0)
ENGLAND = (52.6, -1.5)
SCOTLAND = (56.8, -4.2)
WALES = (52.35, -3.75)
NORTHERN_IRELAND = (54.65, -6.70)
CO_DONEGAL = (54.92, -8.00)
CO_KERRY = (52.15, -9.57)
CO_FERMANAGH = (54.35, -7.63)
CO_ARMAGH = (54.30, -6.65)
TASMANIA = (-42.0, 146.6)
QUEENSLAND = (-22.5, 144.5)
VICTORIA_AU = (-37.0, 144.3)
KERALA = (10.5, 76.3)

P = [
# 01 US: St. Johnsbury, Vt. flash flood (Concord, Vt. vs Concord, N.H.; the Passumpsic and the Connecticut;
#    the Northeast Kingdom; a museum named after a family; Montpelier = the state)
("ST. JOHNSBURY, Vt. — A slow-moving thunderstorm dumped more than four inches of rain on the Northeast Kingdom "
 "on Monday night, sending the Passumpsic River over its banks and washing out sections of at least a dozen roads "
 "in Caledonia County, officials said Tuesday. In St. Johnsbury, water covered Railroad Street and flooded the "
 "basements of shops below the hill. Upstream, the river closed U.S. 5 north of town toward Lyndonville, and "
 "Route 114 was washed out near the village of East Burke. \"We had culverts in Danville that just disappeared,\" "
 "said town manager Chad Whitcomb. Crews in Barnet, where the Passumpsic flows into the Connecticut River, reopened "
 "Interstate 91 by mid-morning. The storm also hit Concord, a small Vermont town that has no connection to Concord, "
 "N.H., the state capital across the river, and two of its bridges were closed. Riders at Burke Mountain were told "
 "to stay off the bike trails, and campers at Lake Willoughby were moved to higher ground. Emergency managers in "
 "Montpelier said they would ask for federal help. The Fairbanks Museum, which has kept weather records for more "
 "than a century, logged the wettest July day in its history.",
 [("ST. JOHNSBURY", 44.42, -72.02), ("Vt.", *VERMONT), ("Northeast Kingdom", 44.70, -71.90),
  ("Passumpsic River", 44.50, -72.03), ("Caledonia County", 44.46, -72.10), ("St. Johnsbury", 44.42, -72.02),
  ("Railroad Street", 44.42, -72.02, OPT), ("U.S. 5", 44.47, -72.01, OPT),
  ("Lyndonville", 44.53, -72.00), ("Route 114", 44.60, -71.94, OPT), ("East Burke", 44.59, -71.95),
  ("Danville", 44.41, -72.14), ("Barnet", 44.30, -72.05), ("Passumpsic", 44.50, -72.03),
  ("Connecticut River", 43.60, -72.35), ("Interstate 91", 44.30, -72.05, OPT), ("Concord", 44.43, -71.89),
  ("Vermont", *VERMONT), ("Concord", 43.21, -71.54), ("N.H.", *NEW_HAMPSHIRE), ("Burke Mountain", 44.57, -71.89),
  ("Lake Willoughby", 44.75, -72.06), ("Montpelier", 44.26, -72.58, OPT), ("Fairbanks Museum", 44.42, -72.02, OPT)]),
# 02 US: Devils Lake, N.D. ice shove (the city and the lake; an emergency manager named Warwick and Warwick the
#    town; Lisbon, N.D. and Portugal; Spirit Lake the reservation; Bismarck = the state)
("DEVILS LAKE, N.D. — Strong north winds on Sunday pushed sheets of ice off Devils Lake and onto the shore, "
 "crushing two cabins, a boathouse and a long stretch of fence at Grahams Island State Park, Ramsey County "
 "officials said. The ice shove, a spring hazard on big prairie lakes, piled slabs as high as 20 feet along the "
 "south shore near Fort Totten, on the Spirit Lake Reservation. \"It sounds like a freight train, and then it just "
 "keeps coming,\" said county emergency manager Jim Warwick. Highway 57, which crosses the lake on a raised "
 "roadbed, was closed for several hours. Residents of Minnewaukan, at the west end of the lake, watched ice grind "
 "against the dike that protects the town. The lake has risen more than 25 feet since the early 1990s, swallowing "
 "farmland and most of Churchs Ferry, and outlets now pump water into the Sheyenne River, to the dismay of towns "
 "downstream such as Valley City and Lisbon, a prairie town a long way from Portugal. Farther east, anglers were "
 "warned off Stump Lake. In Warwick, a small town on the reservation, the school took in two "
 "families. The National Weather Service in Grand Forks said the wind would ease by Tuesday, and officials in "
 "Bismarck offered help.",
 [("DEVILS LAKE", 48.11, -98.87), ("N.D.", *NORTH_DAKOTA), ("Devils Lake", 48.02, -98.95),
  ("Grahams Island State Park", 48.05, -99.07), ("Ramsey County", 48.27, -98.72), ("Fort Totten", 47.98, -98.99),
  ("Spirit Lake Reservation", 47.90, -98.95), ("Warwick", SKIP), ("Highway 57", 48.03, -98.90, OPT),
  ("Minnewaukan", 48.07, -99.25), ("Churchs Ferry", 48.27, -99.19), ("Sheyenne River", 47.30, -98.60),
  ("Valley City", 46.92, -98.00), ("Lisbon", 46.44, -97.68), ("Portugal", "PT"), ("Stump Lake", 47.88, -98.40),
  ("Warwick", 47.86, -98.71), ("Grand Forks", 47.93, -97.03), ("Bismarck", 46.81, -100.78, OPT)]),
# 03 US: Salmon, Idaho wildfire (the town and the river; a fire spokeswoman named Carmen and Carmen the hamlet;
#    North Fork the town; places inside the national forest's name; Lemhi the river, county and pass)
("SALMON, Idaho — A wildfire in steep timber north of Salmon grew to more than 6,000 acres on Thursday, forcing "
 "the evacuation of about 40 homes near Gibbonsville and closing U.S. 93 between North Fork and Lost Trail Pass on "
 "the Montana line for much of the day, Lemhi County officials said. The fire was started by lightning on Monday and "
 "ran uphill in gusty afternoon winds. \"We've got crews coming from Missoula and from Boise, and air tankers "
 "whenever the smoke lifts,\" said fire information officer Carmen Ruiz of the Salmon-Challis National Forest. "
 "Residents of Carmen, a hamlet on the highway five miles north of town, were told to be ready to leave. Smoke "
 "settled over the Lemhi River valley as far south as Leadore, and the county fair in Salmon moved its rodeo to "
 "Saturday. Rafting companies said trips on the Salmon River below North Fork were still running, though the road "
 "west to Shoup was closed to the public. Salmon, a town of about 3,100, takes its name from the river, which Lewis "
 "and Clark reached in 1805 after crossing the mountains at Lemhi Pass. Officials in Challis, 60 miles upriver, "
 "offered their fairgrounds for evacuated livestock.",
 [("SALMON", 45.18, -113.90), ("Idaho", *IDAHO), ("Salmon", 45.18, -113.90), ("Gibbonsville", 45.55, -113.93),
  ("U.S. 93", 45.50, -113.95, OPT), ("North Fork", 45.41, -113.99), ("Lost Trail Pass", 45.69, -113.94),
  ("Montana", *MONTANA), ("Lemhi County", 44.94, -113.93), ("Missoula", 46.87, -113.99), ("Boise", 43.62, -116.20),
  ("Carmen", SKIP), ("Salmon-Challis National Forest", 45.00, -114.30, OPT), ("Carmen", 45.25, -113.89),
  ("Lemhi River", 44.95, -113.65), ("Leadore", 44.68, -113.36), ("Salmon", 45.18, -113.90),
  ("Salmon River", 45.30, -114.80), ("North Fork", 45.41, -113.99), ("Shoup", 45.38, -114.28),
  ("Salmon", 45.18, -113.90), ("Lemhi Pass", 44.97, -113.45), ("Challis", 44.50, -114.23)]),
# 04 US: Newport, Ore. crab season (Newport, R.I. for contrast; Toledo, Ore. vs Toledo, Ohio; a deckhand named
#    Lincoln, then Lincoln City and Lincoln County; Dungeness crab is not a place; Washington the state; Salem = the
#    state government)
("NEWPORT, Ore. — The commercial Dungeness crab season on the Oregon coast will open a month late, on Jan. 1, after "
 "tests showed crabs up and down the coast were still too light on meat, state fishery managers said Friday. In "
 "Newport, the state's busiest crab port, more than 100 boats have sat at the docks on Yaquina Bay since early "
 "December. \"Guys have pots stacked on the dock and boat payments due,\" said deckhand Kelly Lincoln. Crabbers in "
 "Depoe Bay and Waldport said the delay would cost them the Christmas market, when prices are highest. The boatyard "
 "in Toledo, seven miles up the Yaquina River, has laid off a dozen workers, and a fish plant in Lincoln City has "
 "cut hours. Lincoln County commissioners have asked Salem for emergency loans. Newport, a town of 10,000 that "
 "shares its name with Newport, R.I., the resort of Gilded Age mansions, depends on crab for about a quarter of its "
 "fishing income. Washington and California have delayed their seasons too, and buyers said "
 "live crab would be scarce over the holidays. Residents here are used to explaining that their Toledo is not "
 "Toledo, Ohio.",
 [("NEWPORT", 44.64, -124.05), ("Ore.", *OREGON), ("Oregon", *OREGON),
  ("Newport", 44.64, -124.05), ("Yaquina Bay", 44.62, -124.03), ("Lincoln", SKIP),
  ("Depoe Bay", 44.81, -124.06), ("Waldport", 44.43, -124.07), ("Toledo", 44.62, -123.94),
  ("Yaquina River", 44.60, -123.85), ("Lincoln City", 44.96, -124.01), ("Lincoln County", 44.64, -123.90),
  ("Salem", 44.94, -123.03, OPT), ("Newport", 44.64, -124.05), ("Newport", 41.49, -71.31), ("R.I.", *RHODE_ISLAND),
  ("Washington", *WASHINGTON_ST), ("California", *CALIFORNIA),
  ("Toledo", 44.62, -123.94), ("Toledo", 41.65, -83.54), ("Ohio", *OHIO)]),
# 05 US: Dahlonega, Ga. Gold Rush Days (a deputy named Helen and Helen the village; Gainesville, Ga. vs Gainesville,
#    Fla.; places inside a museum's, a highway's and a university's names; the Appalachian Trail; Alabama the band)
("DAHLONEGA, Ga. — Organizers of Gold Rush Days expect as many as 200,000 people in this north Georgia mountain "
 "town this weekend, and Lumpkin County officials are asking visitors to leave their cars at shuttle lots on the edge "
 "of town. The festival, held every October for more than 60 years, marks the gold strike of 1829 that brought "
 "thousands of prospectors into the hills two decades before the rush to California. \"By Saturday morning traffic "
 "on Georgia 400 will be backed up to Dawsonville,\" said sheriff's Capt. Helen Pruitt. Vendors will fill the square "
 "around the old courthouse, which now houses the Dahlonega Gold Museum. Tubing outfitters on the Chestatee River "
 "have added buses, and cabins are booked solid from Dahlonega to Helen, the Alpine-themed village in White County, "
 "and around Amicalola Falls State Park. Hikers on the Appalachian Trail near Blood Mountain were warned that "
 "parking at Neels Gap would be scarce. Many visitors drive up from Atlanta, 70 miles south, or from Gainesville, the "
 "Hall County seat, which has no connection to Gainesville, Fla. Students from the University of North Georgia will "
 "run the pancake breakfast, and a tribute act will play the hits of Alabama, the country band, on Saturday "
 "night.",
 [("DAHLONEGA", 34.53, -83.98), ("Ga.", *GEORGIA_ST), ("Georgia", *GEORGIA_ST), ("Lumpkin County", 34.57, -84.00),
  ("California", *CALIFORNIA), ("Georgia 400", 34.40, -84.10, OPT), ("Dawsonville", 34.42, -84.12), ("Helen", SKIP),
  ("Dahlonega", 34.53, -83.98, OPT), ("Chestatee River", 34.45, -83.93), ("Dahlonega", 34.53, -83.98),
  ("Helen", 34.70, -83.73), ("White County", 34.64, -83.75), ("Amicalola Falls State Park", 34.57, -84.25),
  ("Appalachian Trail", 34.73, -83.93, OPT), ("Blood Mountain", 34.74, -83.94), ("Neels Gap", 34.74, -83.92),
  ("Atlanta", 33.75, -84.39), ("Gainesville", 34.30, -83.82), ("Hall County", 34.32, -83.82),
  ("Gainesville", 29.65, -82.32), ("Fla.", *FLORIDA), ("North Georgia", 34.60, -84.00, OPT),
  ("Alabama", SKIP)]),
# 06 US: Elizabethton, Tenn. arson sentence (a sergeant named Hampton and Hampton the community; Hampton, Va. for
#    contrast; Roan Mountain the town; the Doe River inside the gorge's name)
("ELIZABETHTON, Tenn. — A Hampton man who admitted starting a brush fire that burned about 1,400 acres on Holston "
 "Mountain last spring was sentenced Wednesday to four years in prison and ordered to pay $210,000 toward the cost "
 "of fighting it. Jurors in Carter County had convicted the 37-year-old of arson in March. The fire, set in a pile "
 "of debris and fanned by dry winds, forced the evacuation of about 90 homes between Elizabethton and Watauga Lake, "
 "and smoke hung over Johnson City and Bristol for days. \"Firefighters from three states put their lives on the "
 "line because of one man's carelessness,\" said Sgt. Travis Hampton of the sheriff's office, who led the "
 "investigation. Crews from North Carolina and Virginia helped cut fire lines along the ridge. The defendant's "
 "lawyer said his client, who grew up in Roan Mountain, never meant to harm anyone. Trails on the mountain reopened "
 "in October. Residents of Hampton, a community of about 2,000 at the foot of the Doe River gorge, say their town is "
 "often mixed up with Hampton, Va., the much larger city on Chesapeake Bay. The Watauga River, popular with trout "
 "anglers, was not damaged.",
 [("ELIZABETHTON", 36.35, -82.21), ("Tenn.", *TENNESSEE), ("Hampton", 36.28, -82.17),
  ("Holston Mountain", 36.45, -82.10), ("Carter County", 36.29, -82.13), ("Elizabethton", 36.35, -82.21),
  ("Watauga Lake", 36.32, -82.05), ("Johnson City", 36.31, -82.35), ("Bristol", 36.60, -82.19), ("Hampton", SKIP),
  ("North Carolina", *NORTH_CAROLINA), ("Virginia", *VIRGINIA), ("Roan Mountain", 36.20, -82.07),
  ("Hampton", 36.28, -82.17), ("Doe River", 36.30, -82.15), ("Hampton", 37.03, -76.35), ("Va.", *VIRGINIA),
  ("Chesapeake Bay", 37.80, -76.10), ("Watauga River", 36.35, -82.20)]),
# 07 US: Oakland, Md. snowstorm (Oakland, Calif. for contrast; a roads chief named McHenry and McHenry the town;
#    the Eastern Shore; Muddy Creek Falls; Annapolis = the state)
("OAKLAND, Md. — Garrett County schools were closed for a third day on Thursday after a storm buried the mountains "
 "of western Maryland under as much as 30 inches of snow, and road crews said some back roads would not be cleared "
 "before the weekend. The heaviest totals fell around Deep Creek Lake and Grantsville, and Interstate 68 was closed "
 "for 14 hours between Cumberland and the West Virginia line after tractor-trailers jackknifed on the hills near "
 "Frostburg. \"Up here we expect snow, but this one came in faster than we could plow,\" said county roads chief Ann "
 "McHenry. In McHenry, on the lake's north shore, the ski resort reported its best weekend in years, though power "
 "was out at hundreds of rental homes. Swallow Falls State Park, where Muddy Creek Falls froze solid, and the "
 "trails along the Youghiogheny River were closed. In Oakland, a town of about 1,800, volunteers at the fire hall "
 "fed stranded drivers. The town's name "
 "still causes confusion: a delivery of road salt this winter was first routed to Oakland, Calif. Officials in "
 "Annapolis have promised extra plows and drivers from the Eastern Shore, where it rarely snows.",
 [("OAKLAND", 39.41, -79.41), ("Md.", *MARYLAND), ("Garrett County", 39.53, -79.27), ("Maryland", *MARYLAND),
  ("Deep Creek Lake", 39.51, -79.32), ("Grantsville", 39.70, -79.16), ("Interstate 68", 39.66, -79.00, OPT),
  ("Cumberland", 39.65, -78.76), ("West Virginia", *WEST_VIRGINIA), ("Frostburg", 39.66, -78.93),
  ("McHenry", SKIP), ("McHenry", 39.56, -79.35), ("Swallow Falls State Park", 39.50, -79.42),
  ("Muddy Creek Falls", 39.50, -79.42), ("Youghiogheny River", 39.80, -79.45),
  ("Oakland", 39.41, -79.41), ("Oakland", 37.80, -122.27),
  ("Calif.", *CALIFORNIA), ("Annapolis", 38.98, -76.49, OPT), ("Eastern Shore", 38.60, -75.90)]),
]

P += [
# 08 England: Padstow May Day (Rock the village; the Camel estuary and trail; Newquay vs New Quay in Ceredigion;
#    Cornwall inside the council's name)
("PADSTOW — Thousands of visitors crammed into the harbour town on Wednesday for May Day, when two 'Obby 'Osses are "
 "danced through the streets from late morning until dusk to the sound of drums and accordions. Cornwall Council "
 "closed the roads into the town at 7am, and a park-and-ride ran from the showground near Wadebridge, while a ferry "
 "shuttled people across the Camel Estuary from Rock. \"You can't move on the quay, and that's just how we like it,\" "
 "said Tracey Brenton, who has sung with the Blue Ribbon 'Oss for 30 years. Police said the day passed off "
 "peacefully. Cyclists rode in on the Camel Trail from Bodmin, and coaches came from Newquay, St Austell and Truro. "
 "One coach party from Bristol had booked rooms in New Quay, in Ceredigion, by mistake and spent the night in Wales "
 "instead. Holiday lets in Polzeath and around Trevose Head were full, and fishermen said there was no room left in "
 "the inner harbour. The custom is believed to be centuries old and draws people back from all over Cornwall and "
 "beyond.",
 [("PADSTOW", 50.54, -4.94), ("Cornwall", 50.40, -4.90, OPT), ("Wadebridge", 50.52, -4.84),
  ("Camel Estuary", 50.55, -4.92), ("Rock", 50.55, -4.92), ("Camel Trail", 50.52, -4.85, OPT),
  ("Bodmin", 50.47, -4.72), ("Newquay", 50.41, -5.08), ("St Austell", 50.34, -4.79), ("Truro", 50.26, -5.05),
  ("Bristol", 51.45, -2.59), ("New Quay", 52.21, -4.36), ("Ceredigion", 52.25, -4.00), ("Wales", *WALES),
  ("Polzeath", 50.57, -4.92), ("Trevose Head", 50.55, -5.03), ("Cornwall", 50.40, -4.90)]),
# 09 England: Hawes tup sale (Swaledale the breed and Swaledale the dale; an auctioneer named Bainbridge and
#    Bainbridge the village; Wensleydale inside the creamery's name; Yorkshire inside the council's name)
("HAWES — A Swaledale tup sold for 32,000 guineas at the auction mart in Hawes on Tuesday, a record for the mart and "
 "the top price for the breed this autumn, with buyers travelling from across the north of England and from Scotland "
 "to bid. The shearling, bred on a farm above Askrigg in Wensleydale, went to a partnership from Teesdale. \"There "
 "was a fair bit of noise round the ring when it went through thirty,\" said auctioneer Rob Bainbridge. Farmers from "
 "Swaledale itself, over the Buttertubs Pass, made up much of the crowd, and others came down from Kirkby Stephen "
 "and up from Leyburn. Tups from the fell farms around Sedbergh also sold well. The sale drew so many trailers that "
 "North Yorkshire Council closed the car park by the Wensleydale Creamery to visitors for the day, and queues "
 "stretched back to Bainbridge. The River Ure, which rises a few miles west of the town, was low after a dry month, "
 "and visitors to Aysgarth Falls and Hardraw Force found little water coming over. Prices for ewe lambs held up "
 "too, the mart said, despite worries about the cost of winter feed.",
 [("HAWES", 54.30, -2.20), ("Swaledale", SKIP), ("Hawes", 54.30, -2.20), ("England", *ENGLAND),
  ("Scotland", *SCOTLAND), ("Askrigg", 54.31, -2.08), ("Wensleydale", 54.30, -2.00), ("Teesdale", 54.62, -2.05),
  ("Bainbridge", SKIP), ("Swaledale", 54.38, -2.05), ("Buttertubs Pass", 54.35, -2.20),
  ("Kirkby Stephen", 54.47, -2.35), ("Leyburn", 54.31, -1.83), ("Sedbergh", 54.32, -2.53),
  ("North Yorkshire", 54.20, -1.50, OPT), ("Wensleydale", 54.30, -2.00, OPT), ("Bainbridge", 54.31, -2.10),
  ("River Ure", 54.22, -1.75), ("Aysgarth Falls", 54.29, -1.99), ("Hardraw Force", 54.32, -2.20)]),
# 10 Scotland: Kingussie v Newtonmore shinty (clubs named like the villages; Oban and the Kyles inside clubs'
#    names; the Dell and Bught Park; Strathspey, Badenoch and Glen Feshie; Loch Insh)
("KINGUSSIE — Kingussie beat Newtonmore 3-1 at the Dell on Saturday to reach the final of the Camanachd Cup, "
 "shinty's oldest trophy, in the latest chapter of one of the oldest rivalries in Scottish sport. The two Badenoch "
 "villages sit three miles apart on the A86 beside the River Spey, and families in both have been split by the "
 "fixture for more than a century. \"You don't get to walk down the street in Newtonmore for a week if you lose this "
 "one,\" said Kingussie manager Iain Cattanach. About 1,500 spectators came from across Strathspey, from Aviemore, "
 "from the farms of Glen Feshie and from Kincraig, on the shore of Loch Insh, "
 "and from as far as Inverness and Dalwhinnie, and police closed the "
 "road past the ground for an hour after the final whistle. Fans from Laggan, where many support Newtonmore, said it "
 "was the best derby in years. In Kingussie, the pubs on the High Street stayed open late. Kingussie will face Oban "
 "Camanachd or Kyles Athletic in the final at Bught Park in Inverness next month. Traffic on the A9 was heavy all "
 "evening as supporters headed home to Perth and Glasgow.",
 [("KINGUSSIE", 57.08, -4.05), ("Kingussie", SKIP), ("Newtonmore", SKIP), ("Dell", 57.08, -4.05, OPT),
  ("Badenoch", 57.00, -4.20), ("A86", 57.07, -4.09, OPT), ("River Spey", 57.30, -3.65),
  ("Newtonmore", 57.06, -4.12), ("Kingussie", SKIP), ("Strathspey", 57.25, -3.70), ("Aviemore", 57.19, -3.83),
  ("Glen Feshie", 57.03, -3.89),
  ("Kincraig", 57.13, -3.93), ("Loch Insh", 57.13, -3.92), ("Inverness", 57.48, -4.22),
  ("Dalwhinnie", 56.94, -4.24), ("Laggan", 57.02, -4.28), ("Newtonmore", SKIP), ("Kingussie", 57.08, -4.05),
  ("High Street", 57.08, -4.05, OPT), ("Kingussie", SKIP), ("Oban", 56.41, -5.47, OPT), ("Kyles", 55.93, -5.19, OPT),
  ("Bught Park", 57.47, -4.24, OPT), ("Inverness", 57.48, -4.22), ("A9", 57.00, -4.00, OPT), ("Perth", 56.40, -3.43),
  ("Glasgow", 55.86, -4.25)]),
# 11 Wales: Rhayader reservoirs in drought (a warden named Elan and the Elan the river; the Wye and Wye, Kent;
#    Severn and Trent inside a company's name; a drowned house; Cardiff = the Welsh Government)
("RHAYADER — Water in the Elan Valley reservoirs has fallen to its lowest summer level in more than 20 years, "
 "exposing the walls of drowned farmhouses and the foundations of Cwm Elan, the house where the poet Shelley stayed "
 "in 1811. Visitors have flocked to the dams above Rhayader to see the ruins, and Powys County Council has put extra "
 "wardens on the narrow valley road. \"We've had cars parked on the verges from Caban Coch right up to Claerwen,\" "
 "said warden Elan Hughes. Welsh Water, which owns the reservoirs, said supplies in mid Wales were safe. The dams "
 "send water 73 miles by gravity to Birmingham, and Severn Trent said it had no plans for a hosepipe ban. The River "
 "Wye, which runs past the town, was so low that anglers at Builth Wells and Hay-on-Wye called off a competition, "
 "and farmers around Llanidloes and Llandrindod Wells are carting water to their sheep. The Elan itself is barely "
 "a trickle where it meets the Wye below the town. A walking group from Wye, the village in Kent that shares the "
 "river's name, arrived to find the famous cascade below Caban Coch dry. The Welsh Government in Cardiff said it "
 "was watching the situation.",
 [("RHAYADER", 52.30, -3.51), ("Elan Valley", 52.27, -3.60), ("Cwm Elan", 52.27, -3.58, OPT),
  ("Rhayader", 52.30, -3.51), ("Powys", 52.35, -3.40, OPT), ("Caban Coch", 52.27, -3.57), ("Claerwen", 52.27, -3.67),
  ("Elan", SKIP), ("Wales", *WALES), ("Birmingham", 52.48, -1.90), ("Severn", 52.45, -2.40, OPT),
  ("Trent", 52.90, -1.30, OPT), ("River Wye", 52.10, -3.10), ("Builth Wells", 52.15, -3.40),
  ("Hay-on-Wye", 52.07, -3.13), ("Llanidloes", 52.45, -3.54), ("Llandrindod Wells", 52.24, -3.38),
  ("Elan", 52.28, -3.57), ("Wye", 52.10, -3.10), ("Wye", 51.18, 0.94), ("Kent", 51.20, 0.72),
  ("Caban Coch", 52.27, -3.57), ("Cardiff", 51.48, -3.18, OPT)]),
# 12 Ireland: Portmagee Skellig boats (a skipper named Kerry and Kerry the county; Waterville, Co Kerry vs Waterville,
#    Maine; Little Skellig and Skellig Michael; Valentia Island and Knightstown; the townland of Reenard Point)
("PORTMAGEE, Co Kerry — Boat trips to Skellig Michael will start a fortnight late this year after the Office of "
 "Public Works said storm damage to the landing steps and the path up to the monastery had to be repaired first. "
 "Fifteen boats are licensed to land visitors on the island, 12 kilometres off the tip of the Iveragh Peninsula, and "
 "most sail from the pier here or from Ballinskelligs and from Knightstown on Valentia Island. \"May is when we make "
 "our money, and we're losing half of it,\" said skipper Kerry O'Connell, who has run trips from Portmagee for 25 "
 "years. Boats will still circle Little Skellig, home to one of the world's largest gannet colonies, without "
 "landing. Until work on the pier here is finished in May, some boats will sail instead from Reenard Point, a "
 "townland near Cahersiveen. Hotels in Cahersiveen and Waterville said some guests had "
 "cancelled, and coach tours from Killarney have "
 "cut the stop from their itineraries. A party of 40 from Waterville, Maine, who planned their trip around the "
 "opening, will be taken out from Waterville, the Kerry one, to Little Skellig instead. The monastery, built by monks "
 "more than 1,300 years ago, is a Unesco World Heritage site.",
 [("PORTMAGEE", 51.88, -10.36), ("Co Kerry", *CO_KERRY), ("Skellig Michael", 51.77, -10.54),
  ("Iveragh Peninsula", 51.95, -10.00), ("Ballinskelligs", 51.82, -10.27), ("Knightstown", 51.93, -10.29),
  ("Valentia Island", 51.90, -10.35), ("Kerry", SKIP), ("Portmagee", 51.88, -10.36), ("Little Skellig", 51.78, -10.51),
  ("Reenard Point", 51.93, -10.27), ("Cahersiveen", 51.95, -10.22), ("Cahersiveen", 51.95, -10.22),
  ("Waterville", 51.83, -10.17), ("Killarney", 52.06, -9.51),
  ("Waterville", 44.55, -69.63), ("Maine", *MAINE), ("Waterville", 51.83, -10.17), ("Kerry", *CO_KERRY),
  ("Little Skellig", 51.78, -10.51)]),
# 13 Northern Ireland: Belleek Pottery jobs (Belleek inside the company's name; Belleek, Co Armagh for contrast;
#    Garrison the village; places inside an agency's and a council's names; Boston and Chicago)
("BELLEEK, Co Fermanagh — Belleek Pottery is to create 35 jobs and double the size of its visitor centre beside "
 "the River Erne, the company said on Thursday, after overseas sales of its china reached a record, led by the "
 "United States and Canada. The pottery, founded in 1857, employs about 120 people in this border village, and many "
 "of its staff cross each day from Ballyshannon and Bundoran in Co Donegal. \"People come from Boston and Chicago to "
 "see where their grandmother's teapot was made,\" said visitor manager Gráinne Keown. The expansion is backed by "
 "Invest Northern Ireland, and Fermanagh and Omagh District Council said it would widen the road at the bridge, "
 "where coaches already queue in summer. Guesthouses in Garrison and on the shores of Lough Melvin, and along the "
 "lower lough at Kesh and Castle Archdale, expect more visitors, and buses from Enniskillen will run hourly in July "
 "and August. Staff say tourists sometimes turn up in Belleek, Co Armagh, a village near Newry at the other end of "
 "Northern Ireland, asking for the factory shop.",
 [("BELLEEK", 54.48, -8.09), ("Co Fermanagh", *CO_FERMANAGH), ("Belleek", 54.48, -8.09, OPT),
  ("River Erne", 54.30, -7.60), ("United States", "US"), ("Canada", "CA"), ("Ballyshannon", 54.50, -8.19),
  ("Bundoran", 54.48, -8.28), ("Co Donegal", *CO_DONEGAL), ("Boston", 42.36, -71.06), ("Chicago", 41.88, -87.63),
  ("Northern Ireland", *NORTHERN_IRELAND, OPT), ("Fermanagh", *CO_FERMANAGH, OPT), ("Omagh", 54.60, -7.30, OPT),
  ("Garrison", 54.42, -8.08), ("Lough Melvin", 54.43, -8.15), ("Kesh", 54.53, -7.72),
  ("Castle Archdale", 54.48, -7.72), ("Enniskillen", 54.34, -7.64), ("Belleek", 54.14, -6.52),
  ("Co Armagh", *CO_ARMAGH), ("Newry", 54.18, -6.34), ("Northern Ireland", *NORTHERN_IRELAND)]),
]

P += [
# 14 Australia: St Helens, Tas. barway dredging (St Helens, Merseyside for contrast; Derby and Falmouth the
#    Tasmanian towns, unqualified; Break O'Day inside the council's name; Hobart where the money was announced)
("ST HELENS, Tas. — Fishing boats based in Georges Bay will be able to cross the bar on any tide again by summer, "
 "after the state government agreed to pay $3 million for dredging at the mouth of the bay. The barway, a narrow "
 "channel through the sand spit that shelters St Helens, has been closing up for a decade, and skippers say they "
 "have lost weeks of fishing waiting for high water. \"Twice this winter we had boats stuck outside in a blow with "
 "nowhere to go,\" said Break O'Day Council mayor Sharon Dunne. The money was announced in Hobart on Tuesday. Charter "
 "operators who take visitors to the Bay of Fires, north of Binalong Bay, welcomed the news, as did oyster growers "
 "in the bay. Tourism on the east coast has grown fast, with mountain bikers flocking to the trails at Derby, the old "
 "tin-mining town inland, and holidaymakers filling shacks from Scamander down to Falmouth. Locals are used to mail "
 "meant for St Helens, the town near Liverpool in England. The council also wants the Tasman Highway between St "
 "Helens and Launceston widened before the next summer season.",
 [("ST HELENS", -41.32, 148.24), ("Tas.", *TASMANIA), ("Georges Bay", -41.30, 148.29), ("St Helens", -41.32, 148.24),
  ("Break O'Day", -41.45, 148.00, OPT), ("Hobart", -42.88, 147.33), ("Bay of Fires", -41.18, 148.30),
  ("Binalong Bay", -41.25, 148.31), ("Derby", -41.15, 147.80), ("Scamander", -41.46, 148.26),
  ("Falmouth", -41.51, 148.27), ("St Helens", 53.45, -2.74), ("Liverpool", 53.41, -2.98), ("England", *ENGLAND),
  ("Tasman Highway", -41.30, 147.80, OPT), ("St Helens", -41.32, 148.24), ("Launceston", -41.44, 147.14)]),
# 15 Australia: Bowen, Qld mango crop (the Bowen mango is a product; the Bowen Basin coalfields; Horseshoe Bay at
#    Bowen vs Horseshoe Bay on Magnetic Island; Whitsunday inside the council's name)
("BOWEN, Qld — Mango growers around Bowen expect their smallest crop in a decade after a warm, dry winter left many "
 "trees with few flowers, and say the first fruit will fetch high prices when picking starts next month. The town "
 "gave its name to the Bowen mango, as the Kensington Pride variety is known across Australia. \"Some blocks down "
 "towards the Don River have barely a flower on them,\" said grower Luke Pappas. Tomato and capsicum farmers on the "
 "irrigated flats have had a better season, and backpackers who usually come for the mango harvest are finding work "
 "on farms at Gumlu instead. Whitsunday Regional Council says caravan parks at Queens Beach and Horseshoe Bay are "
 "still full of retirees heading north for the winter, many of them on their way to Airlie Beach. The council, "
 "based in Proserpine, says mining families from Collinsville and other towns in the Bowen Basin, where coal jobs "
 "are steady, also keep the town's shops busy. Visitors are reminded that Horseshoe Bay here is not the one on "
 "Magnetic Island, off Townsville.",
 [("BOWEN", -20.01, 148.24), ("Qld", *QUEENSLAND), ("Bowen", -20.01, 148.24), ("Bowen", SKIP), ("Australia", "AU"),
  ("Don River", -20.10, 148.15), ("Gumlu", -19.88, 147.70), ("Whitsunday", -20.30, 148.70, OPT),
  ("Queens Beach", -19.99, 148.23), ("Horseshoe Bay", -19.98, 148.26), ("Airlie Beach", -20.27, 148.72),
  ("Proserpine", -20.40, 148.58), ("Collinsville", -20.55, 147.85), ("Bowen Basin", -22.50, 148.50),
  ("Horseshoe Bay", -19.98, 148.26), ("Magnetic Island", -19.15, 146.84), ("Townsville", -19.26, 146.82)]),
# 16 Australia: Bright, Vic. autumn festival (a town named like an adjective; Bright inside the festival's name;
#    the Ovens Valley and the Ovens River; Alpine Shire; Mount Beauty and Tawonga Gap)
("BRIGHT, Vic. — Traffic on the Great Alpine Road was backed up for more than 10 kilometres on Saturday as crowds "
 "poured into the Ovens Valley for the Bright Autumn Festival, and police urged day-trippers from Melbourne to leave "
 "earlier or stay the night. The festival, which runs for ten days while the town's avenues of elms and maples turn "
 "red and gold, has become one of the busiest weekends of the year in the high country. \"We had cars parked on every "
 "verge from Porepunkah to Wandiligong,\" said Alpine Shire mayor Sarah Nicholas. Accommodation was booked out from "
 "Myrtleford to Harrietville, and the road up Mount Buffalo was closed for an hour when the car park at the top "
 "filled. Cyclists rode the rail trail in from Wangaratta and Beechworth, and walkers crowded the paths beside the "
 "Ovens River. Police at Mount Beauty, over Tawonga Gap, also reported heavy traffic. Snow is forecast on Monday "
 "above 1,400 metres, and lifts at Mount Hotham and Falls Creek are due to open in June.",
 [("BRIGHT", -36.73, 146.96), ("Vic.", *VICTORIA_AU), ("Great Alpine Road", -36.80, 147.00, OPT),
  ("Ovens Valley", -36.65, 146.85), ("Bright", -36.73, 146.96, OPT), ("Melbourne", -37.81, 144.96),
  ("Porepunkah", -36.70, 146.91), ("Wandiligong", -36.76, 146.98), ("Alpine Shire", -36.75, 146.95, OPT),
  ("Myrtleford", -36.56, 146.72), ("Harrietville", -36.89, 147.06), ("Mount Buffalo", -36.73, 146.79),
  ("Wangaratta", -36.36, 146.31), ("Beechworth", -36.36, 146.69), ("Ovens River", -36.45, 146.60),
  ("Mount Beauty", -36.74, 147.17), ("Tawonga Gap", -36.71, 147.13), ("Mount Hotham", -36.98, 147.13),
  ("Falls Creek", -36.87, 147.28)]),
# 17 New Zealand: Alexandra Blossom Festival (a festival chair named Alexandra; Clyde the town vs the Clyde in
#    Scotland; Alexandra and Otago inside the festival's and the rail trail's names; the Teviot Valley)
("ALEXANDRA — The Alexandra Blossom Festival will go ahead this weekend despite a late frost that burned much of the "
 "stone-fruit blossom in Central Otago orchards last week, organisers said. The festival, first held in 1957, marks "
 "the start of spring in one of the driest and coldest corners of the country, and its parade of floats down Tarbert "
 "Street draws thousands. \"The orchards took a hit, but the town is still looking pretty,\" said festival chair "
 "Alexandra Mackie. Growers in the Teviot Valley around Roxburgh and on the flats at Earnscleugh ran frost fans and "
 "helicopters through the night, and cherry growers near Cromwell said their losses were lighter. Bookings from "
 "Dunedin and Queenstown are up, and cyclists on the Otago Central Rail Trail are expected to ride in from Clyde in "
 "time for the parade. The Clutha River, which meets the Manuherikia River at the edge of the town, is running high "
 "with snowmelt, and jet-boat trips have been cancelled. Clyde, 8km upstream, shares its name with the Clyde in "
 "Scotland, a river the gold miners of the 1860s would have known well.",
 [("ALEXANDRA", -45.25, 169.38), ("Alexandra", -45.25, 169.38, OPT), ("Central Otago", -45.20, 169.40),
  ("Tarbert Street", -45.25, 169.38, OPT), ("Alexandra", SKIP), ("Teviot Valley", -45.55, 169.30),
  ("Roxburgh", -45.54, 169.31), ("Earnscleugh", -45.22, 169.33), ("Cromwell", -45.04, 169.20),
  ("Dunedin", -45.87, 170.50), ("Queenstown", -45.03, 168.66), ("Otago Central Rail Trail", -45.20, 169.80, OPT),
  ("Clyde", -45.19, 169.32), ("Clutha River", -45.40, 169.40), ("Manuherikia River", -45.10, 169.55),
  ("Clyde", -45.19, 169.32), ("Clyde", 55.80, -4.10), ("Scotland", *SCOTLAND)]),
# 18 New Zealand: Russell car ferry (a skipper named Russell and Russell, Ont. for contrast; Far North inside the
#    council's name; Bay of Islands; Opua and Okiato)
("RUSSELL — The car ferry between Opua and Okiato will run a reduced timetable for six weeks from Monday while one "
 "of its two vessels is out of the water for maintenance, and residents of this Bay of Islands town are bracing for "
 "long queues. The short crossing saves drivers an hour on the winding road round through Kawakawa, and it carries "
 "most of the tradespeople, delivery vans and tourists coming into Russell. \"In summer you can wait an hour at Opua "
 "even with both boats going,\" said charter skipper Russell Tamihana. Passenger ferries from Paihia, across the "
 "bay, are unaffected, and the Far North District Council has asked visitors to leave their cars there. Cruise "
 "ships anchored off Waitangi will send passengers across by launch. Holidaymakers driving up from Auckland and "
 "Whangārei have been advised to book the ferry a day ahead, and campers heading for Urupukapuka Island should "
 "catch water taxis from Paihia. Businesses in Kerikeri say the timing, two weeks before Christmas, could not be "
 "worse. Residents joke that their mail occasionally ends up in Russell, the town outside Ottawa in Ontario.",
 [("RUSSELL", -35.26, 174.12), ("Opua", -35.31, 174.12), ("Okiato", -35.30, 174.12),
  ("Bay of Islands", -35.20, 174.15), ("Kawakawa", -35.38, 174.07), ("Russell", -35.26, 174.12),
  ("Opua", -35.31, 174.12), ("Russell", SKIP), ("Paihia", -35.28, 174.09), ("Far North", -35.10, 173.60, OPT),
  ("Waitangi", -35.27, 174.08), ("Auckland", -36.85, 174.76), ("Whangārei", -35.73, 174.32),
  ("Urupukapuka Island", -35.22, 174.23), ("Paihia", -35.28, 174.09), ("Kerikeri", -35.23, 173.95),
  ("Russell", 45.26, -75.36), ("Ottawa", 45.42, -75.70), ("Ontario", *ONTARIO)]),
]

P += [
# 19 Canada: Revelstoke, B.C. avalanche closure (a forecaster named Golden and Golden the town; Glacier National
#    Park, B.C. vs the Montana park; Canada inside Parks Canada and the highway's name; the Selkirks)
("REVELSTOKE, B.C. — The Trans-Canada Highway through Rogers Pass reopened on Wednesday after a 40-hour closure "
 "for avalanche control, and hundreds of transport trucks that had stacked up in Revelstoke and Golden began "
 "crawling through the fresh snow. Parks Canada crews fired artillery at slide paths above the highway in Glacier "
 "National Park after 90 centimetres of snow fell on the Selkirk Mountains in two days. \"When the slopes are loaded "
 "like that, nobody drives until every path has come down,\" said avalanche forecaster Dan Golden. Motels in "
 "Revelstoke were full by Monday night, and the city opened its community centre to stranded drivers. Some truckers "
 "took a detour of several hundred kilometres south through Nakusp and along the Arrow Lakes. Backcountry skiers "
 "were told to stay out of Mount Revelstoke National Park until the snowpack settles. Golden, 150 kilometres to the "
 "east, ran short of diesel. The park in the Selkirks is often confused with Glacier National Park in Montana, which "
 "draws far more summer visitors. Shippers in Kamloops and Calgary said deliveries were running two days late.",
 [("REVELSTOKE", 51.00, -118.20), ("B.C.", *BRITISH_COLUMBIA), ("Trans-Canada Highway", 51.30, -117.52, OPT),
  ("Rogers Pass", 51.30, -117.52), ("Revelstoke", 51.00, -118.20), ("Golden", 51.30, -116.96),
  ("Canada", "CA", OPT), ("Glacier National Park", 51.30, -117.50), ("Selkirk Mountains", 51.00, -117.50),
  ("Golden", SKIP), ("Revelstoke", 51.00, -118.20), ("Nakusp", 50.24, -117.80), ("Arrow Lakes", 49.90, -118.00),
  ("Mount Revelstoke National Park", 51.05, -118.10), ("Golden", 51.30, -116.96), ("Selkirks", 51.00, -117.50),
  ("Glacier National Park", 48.70, -113.80), ("Montana", *MONTANA), ("Kamloops", 50.67, -120.33),
  ("Calgary", 51.05, -114.07)]),
# 20 Canada: Knowlton, Que. algae on Brome Lake (Brome Lake the town and the lake; a councillor named Knowlton and
#    Knowlton the village; Sherbrooke inside the university's name; Quebec City = the province)
("KNOWLTON, Que. — Brome Lake town council has closed the public beach on Brome Lake for the rest of the summer "
 "after blue-green algae spread across the southern end of the lake for the third time since June. Swimmers, "
 "paddlers and day camps have been told to stay out of the water until further notice. \"People come to this corner "
 "of the Eastern Townships for the lake, and we can't even let them in it,\" said councillor Louise Knowlton. "
 "Researchers at the Université de Sherbrooke say phosphorus from farms, lawns and old septic systems feeds the "
 "blooms. The lake drains into the Yamaska River, which flows west through Cowansville and then north toward "
 "Saint-Hyacinthe, and "
 "towns downstream have been warned. Cottagers from Montreal, about an hour away, make up much of the summer "
 "population, and shopkeepers in Knowlton say business is off by a fifth. Tourism officials say visitors from "
 "Granby, Bromont and across the border in Vermont have been cancelling. Lake associations in Sutton and on Lake "
 "Memphremagog near Magog have also reported blooms this summer. Quebec City has promised a study.",
 [("KNOWLTON", 45.22, -72.51), ("Que.", *QUEBEC), ("Brome Lake", 45.22, -72.51, OPT), ("Brome Lake", 45.26, -72.50),
  ("Eastern Townships", 45.40, -72.00), ("Knowlton", SKIP), ("Sherbrooke", 45.40, -71.89, OPT),
  ("Yamaska River", 45.55, -72.90), ("Cowansville", 45.20, -72.75), ("Saint-Hyacinthe", 45.63, -72.96),
  ("Montreal", 45.50, -73.57), ("Knowlton", 45.22, -72.51), ("Granby", 45.40, -72.73), ("Bromont", 45.32, -72.65),
  ("Vermont", *VERMONT), ("Sutton", 45.10, -72.62), ("Lake Memphremagog", 45.10, -72.25), ("Magog", 45.27, -72.15),
  ("Quebec City", 46.81, -71.21, OPT)]),
# 21 Canada: Lunenburg, N.S. Dumping Day (a harbour master named Chester and Chester the village; Mahone Bay the
#    town and the bay; Lunenburg, Mass. for contrast; the South Shore)
("LUNENBURG, N.S. — Hundreds of people lined the wharves before dawn on Tuesday to cheer as lobster boats headed "
 "out for Dumping Day, the start of the winter season on Nova Scotia's South Shore, a day later than planned "
 "because of high winds. Boats from Lunenburg, Blue Rocks and Riverport, near the mouth of the LaHave River, went "
 "out loaded to the gunwales with traps. \"You hold your breath until every boat is back in,\" said harbour master "
 "Chester Zwicker, whose grandfather fished out of Lunenburg harbour. A blessing of the fleet was held in Mahone Bay "
 "on Sunday, and the hospital in Bridgewater was on standby, as it is every opening day. Shore prices opened at "
 "about $7 a pound, and buyers in Halifax said most of the catch would be flown to China. Fishermen in Chester, on "
 "the far side of Mahone Bay, said the weather had been kind after a stormy November. The town's tourism office "
 "says it regularly gets calls meant for Lunenburg, Mass., a town outside Boston.",
 [("LUNENBURG", 44.38, -64.31), ("N.S.", *NOVA_SCOTIA), ("Nova Scotia", *NOVA_SCOTIA),
  ("South Shore", 44.30, -64.60), ("Lunenburg", 44.38, -64.31), ("Blue Rocks", 44.36, -64.27),
  ("Riverport", 44.29, -64.34), ("LaHave River", 44.35, -64.45), ("Chester", SKIP), ("Lunenburg", 44.38, -64.31),
  ("Mahone Bay", 44.45, -64.38), ("Bridgewater", 44.38, -64.52), ("Halifax", 44.65, -63.57), ("China", "CN"),
  ("Chester", 44.54, -64.24), ("Mahone Bay", 44.45, -64.22), ("Lunenburg", 42.59, -71.72),
  ("Mass.", *MASSACHUSETTS), ("Boston", 42.36, -71.06)]),
]

P += [
# 22 India: Alappuzha, Nehru Trophy boat race (Alappuzha and Alleppey, one town; Kainakary inside a club's name;
#    Punnamada an arm of Vembanad Lake; the Pamba; Thiruvananthapuram = the state government)
("Alappuzha: Tens of thousands of spectators packed the banks of Punnamada Lake on Saturday for the Nehru Trophy "
 "Boat Race, where a snake boat rowed for the Kainakary Boat Club won the final by less than a second. More than 70 "
 "boats took part, among them 19 of the long chundan vallams, each with more than a hundred oarsmen. \"Our rowers "
 "have practised on the backwaters every evening since June,\" the club's captain said. Crews from Kumarakom and "
 "Champakulam finished second and third. Houseboats were kept off the lake for the day, and more than 1,200 police "
 "were deployed. Many spectators came by bus from Kottayam, Changanassery and Kochi, and the Alappuzha–Changanassery "
 "road was closed to heavy vehicles. Farmers in Kuttanad, where paddy is grown below sea level, took a day off from "
 "their fields. The race is held every August on the lake, a northern arm of Vembanad Lake, near the town still "
 "widely known as Alleppey. Tourism officials in Thiruvananthapuram said foreign arrivals in Kerala were the highest "
 "since before the pandemic. The regatta on the Pamba river at Aranmula follows next month.",
 [("Alappuzha", 9.49, 76.33), ("Punnamada Lake", 9.51, 76.35), ("Kainakary", 9.47, 76.38, OPT),
  ("Kumarakom", 9.62, 76.43), ("Champakulam", 9.41, 76.41), ("Kottayam", 9.59, 76.52),
  ("Changanassery", 9.44, 76.54), ("Kochi", 9.93, 76.27), ("Alappuzha", 9.49, 76.33), ("Changanassery", 9.44, 76.54),
  ("Kuttanad", 9.40, 76.45), ("Vembanad Lake", 9.60, 76.38), ("Alleppey", 9.49, 76.33),
  ("Thiruvananthapuram", 8.52, 76.94, OPT), ("Kerala", *KERALA), ("Pamba", 9.35, 76.70), ("Aranmula", 9.33, 76.69)]),
# 23 India: Dharamshala landslides (Dal Lake below Naddi vs Dal Lake in Srinagar; Gaggal inside the airport's name;
#    Himachal Pradesh inside the authority's name; Shimla = the state government)
("Dharamshala: A landslide blocked the road between Dharamshala and McLeodganj for nine hours on Tuesday after more "
 "than 200 mm of rain fell overnight, stranding hundreds of tourists in the upper town, Kangra district officials "
 "said. A second slip came down near Dal Lake, the small lake below Naddi that shares its name with the much larger "
 "Dal Lake in Srinagar. \"The slopes are saturated, and we are asking visitors not to trek to Triund until the rain "
 "stops,\" a senior police officer said. The stream at Bhagsunag rose sharply, and the path to the waterfall was "
 "closed. Flights to Gaggal airport were cancelled, and buses from Pathankot and Chandigarh were held at Shahpur. Tea "
 "gardens around Palampur reported flooding in low-lying plots, and snow was reported on the higher peaks of the "
 "Dhauladhar. The Himachal Pradesh disaster management authority in Shimla said orange alerts would remain in place "
 "for Kangra, Chamba and Mandi until Friday.",
 [("Dharamshala", 32.22, 76.32), ("Dharamshala", 32.22, 76.32), ("McLeodganj", 32.24, 76.32),
  ("Kangra", 32.10, 76.27), ("Dal Lake", 32.25, 76.31), ("Naddi", 32.25, 76.30), ("Dal Lake", 34.11, 74.87),
  ("Srinagar", 34.08, 74.80), ("Triund", 32.26, 76.35), ("Bhagsunag", 32.24, 76.33), ("Gaggal", 32.16, 76.26, OPT),
  ("Pathankot", 32.27, 75.65), ("Chandigarh", 30.73, 76.78), ("Shahpur", 32.22, 76.18), ("Palampur", 32.11, 76.54),
  ("Dhauladhar", 32.30, 76.50), ("Himachal Pradesh", 31.90, 77.20, OPT), ("Shimla", 31.10, 77.17, OPT),
  ("Kangra", 32.10, 76.27), ("Chamba", 32.55, 76.13), ("Mandi", 31.71, 76.93)]),
# 24 Sri Lanka: Batticaloa floods (the town, the district and the lagoon; Kallady and Kattankudy; Ampara district;
#    Colombo as a destination)
("Batticaloa: More than 12,000 families in Batticaloa district have moved to schools and temples after three days "
 "of heavy north-east monsoon rain flooded villages around the Batticaloa lagoon, district officials said yesterday. "
 "Water was knee-deep on the main road through Kattankudy and Kallady, and the road from Batticaloa to Polonnaruwa "
 "was closed near Welikanda. \"Paddy fields along the lagoon are completely under water a month before "
 "the harvest,\" a senior agriculture official said. Fishermen at Valaichchenai and Kalkudah kept their boats "
 "ashore, and hotels at Pasikudah said several guests had left early. The night mail train to Colombo was cancelled "
 "after water covered the tracks near Eravur. In neighbouring Ampara district, families in Kalmunai and nearby villages "
 "were also moved. The Disaster Management Centre said more rain was expected along Sri Lanka's east coast, from "
 "Trincomalee to Pottuvil, until Sunday.",
 [("Batticaloa", 7.71, 81.69), ("Batticaloa", 7.71, 81.69), ("Batticaloa", 7.70, 81.72),
  ("Kattankudy", 7.68, 81.73), ("Kallady", 7.72, 81.70), ("Batticaloa", 7.71, 81.69), ("Polonnaruwa", 7.94, 81.00),
  ("Welikanda", 7.93, 81.22), ("Valaichchenai", 7.92, 81.53),
  ("Kalkudah", 7.92, 81.57), ("Pasikudah", 7.93, 81.56), ("Colombo", 6.93, 79.85), ("Eravur", 7.77, 81.60),
  ("Ampara", 7.30, 81.67), ("Kalmunai", 7.41, 81.83), ("Sri Lanka", "LK"),
  ("Trincomalee", 8.57, 81.23), ("Pottuvil", 6.87, 81.83)]),
]

P += [
# 25 Malawi: Mangochi chambo closed season (Lake Malawi and the national park named after it; Malawians a demonym;
#    the Shire River; Lilongwe = the government)
("Mangochi: Fishers on the southern shores of Lake Malawi have been ordered to take their chambo nets out of the "
 "water when the annual closed season begins on 1 November, and district fisheries officers say patrols will be "
 "stepped up. The two-month ban covers the lake's southern arm, Lake Malombe and the upper Shire River, where catches "
 "of the prized tilapia have fallen sharply. \"If we fish while the chambo are breeding, there will be nothing left "
 "for our children,\" said beach village committee chair Grace Banda. Traders in Mangochi's main market said fish "
 "prices had already risen by a third. Fishers from Monkey Bay and Cape Maclear will switch to usipa, the small "
 "sardine-like fish that is not covered by the ban, and lodges at Cape Maclear, inside Lake Malawi National Park, "
 "say visitors will not be affected. Fishers further north at Salima and Nkhotakota are covered by a separate ban. "
 "Police in Liwonde will check fish lorries heading for Zomba and Blantyre. Fisheries officials in Lilongwe have "
 "asked Mozambique, which shares part of the lake's eastern shore, to impose a similar ban. Malawians eat more chambo "
 "than any other fish.",
 [("Mangochi", -14.48, 35.26), ("Lake Malawi", -12.00, 34.60), ("Lake Malombe", -14.62, 35.27),
  ("Shire River", -15.80, 34.90), ("Mangochi", -14.48, 35.26), ("Monkey Bay", -14.08, 34.92),
  ("Cape Maclear", -14.02, 34.84), ("Cape Maclear", -14.02, 34.84), ("Lake Malawi National Park", -14.03, 34.88),
  ("Salima", -13.78, 34.46), ("Nkhotakota", -12.93, 34.30), ("Liwonde", -15.07, 35.23), ("Zomba", -15.39, 35.32),
  ("Blantyre", -15.79, 35.01), ("Lilongwe", -13.96, 33.79, OPT), ("Mozambique", "MZ")]),
# 26 Botswana: Maun, the flood arrives (Angolan an adjective; the Okavango Delta; Botswana inside the airline's name;
#    North West inside the council's name; Lake Ngami)
("Maun: The annual flood from the Angolan highlands has reached Maun, filling the Thamalakane River through the "
 "middle of town for the first time in three years and drawing crowds of residents to the bridges to watch. The "
 "water falls as rain in Angola between November and March and takes about four months to spread through the "
 "Okavango Delta. \"Children who have never seen the river full are swimming in it, and we are warning parents about "
 "crocodiles,\" said a senior North West District Council official. The flood was measured at its highest level in a "
 "decade at Mohembo, near Shakawe, in April. Tour operators at camps in the Moremi Game Reserve say mokoro trips have "
 "resumed on channels that were dry last year. Farmers along the Boteti River, which carries the overflow east "
 "towards the Makgadikgadi Pans, hope the water will reach their cattle posts near Rakops. It may also reach Lake "
 "Ngami, south-west of Maun, which has been dry for much of the past decade. Air Botswana has added flights from "
 "Gaborone and Kasane.",
 [("Maun", -19.98, 23.42), ("Maun", -19.98, 23.42), ("Thamalakane River", -19.95, 23.45), ("Angola", "AO"),
  ("Okavango Delta", -19.30, 22.90), ("North West", -19.50, 23.00, OPT), ("Mohembo", -18.27, 21.78),
  ("Shakawe", -18.36, 21.84), ("Moremi Game Reserve", -19.30, 23.40), ("Boteti River", -20.50, 24.30),
  ("Makgadikgadi Pans", -20.75, 25.50), ("Rakops", -21.02, 24.36),
  ("Lake Ngami", -20.45, 22.75), ("Maun", -19.98, 23.42),
  ("Botswana", "BW", OPT), ("Gaborone", -24.65, 25.91), ("Kasane", -17.80, 25.15)]),
# 27 Namibia: Swakopmund, the Swakop flows (Long Beach vs Long Beach, Calif.; the Swakop inside the town's name;
#    the Khan River; the Erongo region)
("Swakopmund: The Swakop River reached the sea on Tuesday for the first time in more than a decade after heavy rain "
 "on the Khomas Highland, and hundreds of residents gathered on the southern edge of town to watch muddy water push "
 "through the dunes and into the surf. The river is dry for most of the year, and often for years at a time. \"Some "
 "of my neighbours have lived here twenty years and never seen it run,\" said a councillor for the Erongo region. "
 "Police closed the road between Swakopmund and Walvis Bay for six hours, and the holiday settlement of Long Beach, "
 "halfway between the two towns, was cut off. Residents there are used to getting mail meant for Long Beach, "
 "California. Vegetable farms in the lower Swakop valley lost crops, and the Khan River, a tributary that flows "
 "past Usakos, also ran strongly. Weather officials in Windhoek said the rain had been the heaviest in the interior "
 "for 15 years. Holidaymakers drove down from Henties Bay to see the flow, and traffic police in Namibia's coastal "
 "towns asked drivers to stay out of the riverbeds.",
 [("Swakopmund", -22.68, 14.53), ("Swakop River", -22.55, 15.40), ("Khomas Highland", -22.70, 16.80),
  ("Erongo", -22.00, 15.20), ("Swakopmund", -22.68, 14.53), ("Walvis Bay", -22.96, 14.51),
  ("Long Beach", -22.79, 14.55), ("Long Beach", 33.77, -118.19), ("California", *CALIFORNIA),
  ("Swakop", -22.55, 15.40), ("Khan River", -22.30, 15.20), ("Usakos", -21.99, 15.59), ("Windhoek", -22.56, 17.08),
  ("Henties Bay", -22.12, 14.28), ("Namibia", "NA")]),
]

P += [
# 28 Malta: Mġarr, Gozo ferries halted (Victoria, alias Rabat, vs Rabat on Malta; the Blue Lagoon on Comino; Gozo
#    inside the ferry company's name; Malta the island and inside an agency's name; Gozitans a demonym)
("MĠARR, Gozo — Ferries between Gozo and Malta were halted for most of Sunday as gale-force north-westerly winds "
 "drove waves over the breakwater at Mġarr, leaving hundreds of passengers stranded on both sides of the channel. "
 "The first sailing from Ċirkewwa left at 4pm, after the wind dropped, Gozo Channel said. \"We had families sleeping "
 "in their cars on the quay,\" a police inspector said. The fast ferry to Valletta was also cancelled, as were boat "
 "trips to Comino and the Blue Lagoon, which shares its name with a geothermal spa in Iceland. Waves flooded the "
 "promenade at Xlendi and tore up part of the seafront at Marsalforn. In Victoria, the island's capital, which many "
 "Gozitans still call Rabat, the Citadel was closed to visitors because of the wind. The town is not to be confused "
 "with Rabat in Malta, next to Mdina, or with the Moroccan capital of the same name. Farmers in Nadur and Xagħra "
 "reported damage to greenhouses. Transport Malta said services would run normally on Monday.",
 [("MĠARR", 36.03, 14.30), ("Gozo", 36.04, 14.25), ("Gozo", 36.04, 14.25), ("Malta", 35.89, 14.44),
  ("Mġarr", 36.03, 14.30), ("Ċirkewwa", 35.99, 14.33), ("Gozo", 36.04, 14.25, OPT), ("Valletta", 35.90, 14.51),
  ("Comino", 36.01, 14.34), ("Blue Lagoon", 36.02, 14.33), ("Iceland", "IS"), ("Xlendi", 36.03, 14.22),
  ("Marsalforn", 36.07, 14.26), ("Victoria", 36.04, 14.24), ("Rabat", 36.04, 14.24),
  ("Citadel", 36.05, 14.24, OPT), ("Rabat", 35.88, 14.40), ("Malta", 35.89, 14.44), ("Mdina", 35.89, 14.40),
  ("Nadur", 36.04, 14.29), ("Xagħra", 36.05, 14.26), ("Malta", "MT", OPT)]),
# 29 Cyprus: Akamas wildfire (Polis inside the dateline's full name and alone; the Baths of Aphrodite; Greece and
#    Jordan sending planes; Nicosia = the government)
("POLIS CHRYSOCHOUS, Cyprus — A wildfire on the Akamas peninsula burned about 800 hectares of pine forest and scrub "
 "before firefighters brought it under control on Thursday morning, after villagers in Neo Chorio and Drouseia spent "
 "the night watching flames on the ridges above their homes. The fire broke out on Wednesday afternoon near Inia and "
 "was driven north by strong winds towards Chrysochou Bay. \"At one point the wind turned and we thought we would "
 "lose the village,\" said the community leader of Neo Chorio. Beachgoers at Latchi were moved to the harbour, and "
 "police closed the road to the Baths of Aphrodite. Helicopters scooped water from the Evretou reservoir, and Greece "
 "and Jordan each sent two firefighting planes. Smoke drifted over Polis and Argaka and could be seen from Paphos, 35 "
 "kilometres to the south. Environmental groups say the Akamas, one of the last undeveloped stretches of coast on the "
 "island, has been hit by three big fires in five years. The cabinet in Nicosia will meet on Monday to approve "
 "compensation for farmers who lost olive and carob trees.",
 [("POLIS CHRYSOCHOUS", 35.03, 32.43), ("Cyprus", "CY"), ("Akamas", 35.05, 32.32), ("Neo Chorio", 35.02, 32.35),
  ("Drouseia", 34.96, 32.40), ("Inia", 34.96, 32.37), ("Chrysochou Bay", 35.10, 32.45), ("Neo Chorio", 35.02, 32.35),
  ("Latchi", 35.04, 32.40), ("Baths of Aphrodite", 35.06, 32.35, OPT), ("Evretou", 34.97, 32.47), ("Greece", "GR"),
  ("Jordan", "JO"), ("Polis", 35.03, 32.43), ("Argaka", 35.06, 32.50), ("Paphos", 34.77, 32.42),
  ("Akamas", 35.05, 32.32), ("Nicosia", 35.17, 33.36, OPT)]),
# 30 Cook Islands: Rarotonga water restrictions (Avarua and Avatiu; Muri lagoon; the outer islands and northern
#    atolls; New Zealand as the partner state)
("AVARUA, Rarotonga — Households on Rarotonga have been asked to cut their water use by a third after the driest "
 "three months in more than 20 years left many of the island's stream intakes barely running, the government water "
 "agency said on Monday. Tankers are delivering water to homes in Titikaveka and Arorangi, and resorts around Muri "
 "lagoon have been told to stop filling swimming pools. \"The streams coming down from the mountains are the lowest "
 "I have seen in my life,\" said a water engineer in Avarua. Container ships at Avatiu harbour are bringing in extra "
 "bottled water from Auckland. Aitutaki, 260 kilometres to the north, is also short of rain, and the outer islands of "
 "Mangaia and Atiu are relying on household tanks. The northern atolls of Penrhyn and Manihiki, which have no "
 "streams at all, are being sent desalination units. New Zealand, which handles the Cook Islands' defence and "
 "foreign affairs, has offered help. Tourism officials in Avarua say visitors have not been asked to cut back, "
 "though hotels have asked guests to take shorter showers.",
 [("AVARUA", -21.21, -159.78), ("Rarotonga", -21.23, -159.78), ("Rarotonga", -21.23, -159.78),
  ("Titikaveka", -21.27, -159.75), ("Arorangi", -21.23, -159.82), ("Muri", -21.25, -159.73),
  ("Avarua", -21.21, -159.78), ("Avatiu", -21.21, -159.79), ("Auckland", -36.85, 174.76),
  ("Aitutaki", -18.86, -159.79), ("Mangaia", -21.92, -157.93), ("Atiu", -20.00, -158.12),
  ("Penrhyn", -9.00, -158.05), ("Manihiki", -10.40, -161.00), ("New Zealand", "NZ"), ("Cook Islands", "CK"),
  ("Avarua", -21.21, -159.78)]),
]


if __name__ == "__main__":
    rows = mark_optional(P, build(P, prefix="en-local-g", lang="en"))
    write(rows, ROOT / "tests/data/local_news_g.jsonl")
    n = sum(len(r["toponyms"]) for r in rows)
    o = sum(t["optional"] for r in rows for t in r["toponyms"])
    print(len(rows), n, n - o, o)
