"""A probe table of trade and aid news written the way wire copy, ministries' press releases
and regional outlets write it: growth rates, aid pledges, periods, targets, units, declines.

Each row is a short text, its publication date, and every figure it should give, as the
gold format writes one: (variable, value, unit, countries, direction, period, target).
A text gives exactly those figures: a missing one is a miss, an extra one is spurious.
"""

from __future__ import annotations

import pytest

from .conftest import figures_of

Expected = tuple[str, float, str, tuple[str, ...], str | None, str | None, bool]


def growth(value: float, countries: str, period: str | None, direction: str | None = None) -> Expected:
    return ("trade_growth", value, "percent", tuple(sorted(countries.split())), direction, period, False)


def money(variable: str, value: float, unit: str, countries: str, period: str | None = None,
          direction: str | None = None, target: bool = False) -> Expected:
    return (variable, value, unit, tuple(sorted(countries.split())), direction, period, target)


PROBES: list[tuple[str, str, str | None, list[Expected]]] = [
    # --- growth told as a percentage ---
    ("growth-yoy-to", ("Bilateral trade between China and Pakistan rose 12% year on year to $23.1 billion "
     "in 2022, customs data showed."), "2023-01-20",
     [growth(12, "CHN PAK", "2022"), money("trade_total", 23.1e9, "USD", "CHN PAK", "2022")]),
    ("growth-per-cent-from-a-year-earlier", ("India's exports to Bangladesh were up 8.5 per cent from a year "
     "earlier at $1.4 billion in the April-June quarter."), "2023-08-01",
     [growth(8.5, "IND BGD", "2023-04/2023-06", "IND->BGD"),
      money("exports", 1.4e9, "USD", "IND BGD", "2023-04/2023-06", "IND->BGD")]),
    ("growth-first-five-months", ("Vietnam's exports to the United States jumped 27.4 percent year-on-year "
     "in the first five months, to $45.6 billion."), "2024-06-10",
     [growth(27.4, "VNM USA", "2024-01/2024-05", "VNM->USA"),
      money("exports", 45.6e9, "USD", "VNM USA", "2024-01/2024-05", "VNM->USA")]),
    ("growth-fiscal-fy", ("India and Nepal reviewed their trade treaty in Kathmandu. Two-way trade fell 3.2% to "
     "$8.9 billion in FY2022-23, according to the commerce ministry."), "2023-06-01",
     [growth(-3.2, "IND NPL", "2022/2023"), money("trade_total", 8.9e9, "USD", "IND NPL", "2022/2023")]),
    ("growth-down-per-cent-rupees", ("In 2021/22, Nepal's imports from India stood at Rs 1.14 trillion, down "
     "6.5 per cent."), "2022-09-01",
     [money("imports", 1.14e12, "NPR", "IND NPL", "2021/2022", "IND->NPL"),
      growth(-6.5, "IND NPL", "2021/2022", "IND->NPL")]),
    ("growth-first-half-compared", ("Japan's exports to China declined 9.8% in the first half of 2023 compared "
     "with a year earlier."), "2023-08-15",
     [growth(-9.8, "CHN JPN", "2023-01/2023-06", "JPN->CHN")]),
    ("growth-second-quarter-same-quarter", ("Germany's imports from China fell 14 per cent in the second quarter "
     "from the same quarter a year earlier."), "2023-08-20",
     [growth(-14, "CHN DEU", "2023-04/2023-06", "CHN->DEU")]),
    ("growth-so-far-this-year", ("Trade between Kenya and Uganda has grown 18 percent so far this year to "
     "$3.2 billion, the ministry said."), "2024-07-15",
     [growth(18, "KEN UGA", "2024"), money("trade_total", 3.2e9, "USD", "KEN UGA", "2024")]),
    ("growth-slumped-last-year", "Kenya's exports to Uganda slumped 11 percent last year to Sh98 billion.",
     "2024-03-05",
     [growth(-11, "KEN UGA", "2023", "KEN->UGA"), money("exports", 98e9, "KES", "KEN UGA", "2023", "KEN->UGA")]),
    ("growth-hyphen-pair", "China-Japan trade decreased by 7.9% year-on-year in 2023, official data showed.",
     "2024-01-20", [growth(-7.9, "CHN JPN", "2023")]),
    ("growth-deficit-narrowed", "Pakistan's trade deficit with China narrowed 20 percent in 2023.", "2024-01-10",
     [growth(-20, "CHN PAK", "2023")]),
    ("growth-on-year-fiscal", "India-UAE non-oil trade rose 9 per cent on-year to $57.8 billion in 2023-24.",
     "2024-05-02",
     [growth(9, "IND ARE", "2023/2024"), money("trade_total", 57.8e9, "USD", "IND ARE", "2023/2024")]),
    ("growth-noun-of", ("Cambodia's exports to the United States recorded year-on-year growth of 22% in "
     "January-April."), "2024-05-12",
     [growth(22, "KHM USA", "2024-01/2024-04", "KHM->USA")]),
    ("growth-compared-same-period-last-year", ("Two-way trade between Malaysia and China increased by 17.5 "
     "percent compared with the same period last year, to $45 billion in the first half."), "2023-08-01",
     [growth(17.5, "MYS CHN", "2023-01/2023-06"), money("trade_total", 45e9, "USD", "MYS CHN", "2023-01/2023-06")]),
    ("growth-pct-wire", ("Russian exports to India rose 3.4 pct in October from a year earlier, while imports "
     "from India fell 2.1 pct."), "2023-11-20",
     [growth(3.4, "RUS IND", "2023-10", "RUS->IND"), growth(-2.1, "RUS IND", "2023-10", "IND->RUS")]),
    ("growth-a-percent-increase", "Egypt's exports to Turkey posted a 15 per cent increase in 2022.",
     "2023-02-14", [growth(15, "EGY TUR", "2022", "EGY->TUR")]),
    ("growth-next-sentence", ("Ethiopia's coffee exports to China reached $120 million in 2023. That was "
     "12 per cent more than a year earlier."), "2024-02-01",
     [money("exports", 120e6, "USD", "ETH CHN", "2023", "ETH->CHN"), growth(12, "ETH CHN", "2023", "ETH->CHN")]),
    ("growth-shrank-to", "Trade between Japan and South Korea shrank 6.7 percent to $78 billion in 2023.",
     "2024-02-01",
     [growth(-6.7, "JPN KOR", "2023"), money("trade_total", 78e9, "USD", "JPN KOR", "2023")]),
    ("growth-y-y-headline", "Vietnam's exports to China up 21% y/y in January-May.", "2024-06-03",
     [growth(21, "VNM CHN", "2024-01/2024-05", "VNM->CHN")]),
    ("growth-between-months", "Between January and September, Russia's exports to Turkey increased 5%.",
     "2023-10-20", [growth(5, "RUS TUR", "2023-01/2023-09", "RUS->TUR")]),
    ("growth-over-the-same-period-last-year", ("Trade between Vietnam and Cambodia reached $6 billion in the first "
     "six months of 2024, a rise of 20% over the same period last year. Vietnam's exports to Cambodia were $4.5 "
     "billion."), "2024-07-05",
     [money("trade_total", 6e9, "USD", "VNM KHM", "2024-01/2024-06"), growth(20, "VNM KHM", "2024-01/2024-06"),
      money("exports", 4.5e9, "USD", "VNM KHM", "2024-01/2024-06", "VNM->KHM")]),
    ("growth-headline-without-its-period", ("Tanzania's exports to Kenya grow 9pc\n\nTanzania's exports to Kenya "
     "grew 9 percent in the first half of the year, the central bank said."), "2023-09-05",
     [growth(9, "TZA KEN", "2023-01/2023-06", "TZA->KEN")]),
    ("period-up-from-in-the-period", ("Japan's exports to Vietnam rose 14% in January-September from a year "
     "earlier. Imports from Vietnam climbed to $19.8 billion in the period, up from $17.2 billion."), "2024-10-20",
     [growth(14, "JPN VNM", "2024-01/2024-09", "JPN->VNM"),
      money("imports", 19.8e9, "USD", "JPN VNM", "2024-01/2024-09", "VNM->JPN"),
      money("imports", 17.2e9, "USD", "JPN VNM", "2023-01/2023-09", "VNM->JPN")]),
    ("period-of-an-amount-a-change-starts-from", ("India's trade with Nepal fell 6 per cent to $8.5 billion in "
     "2022-23. India's exports to Nepal slipped to $7.3 billion during the fiscal from $9.6 billion in 2021-22."),
     "2023-07-10",
     [growth(-6, "IND NPL", "2022/2023"), money("trade_total", 8.5e9, "USD", "IND NPL", "2022/2023"),
      money("exports", 7.3e9, "USD", "IND NPL", "2022/2023", "IND->NPL"),
      money("exports", 9.6e9, "USD", "IND NPL", "2021/2022", "IND->NPL")]),
    ("period-the-previous-fiscal-after-a-named-one", ("Trade between India and Nepal was $8.5 billion in FY22-23, "
     "down 6 per cent from $9 billion in the previous fiscal."), "2023-10-10",
     [money("trade_total", 8.5e9, "USD", "IND NPL", "2022/2023"), growth(-6, "IND NPL", "2022/2023"),
      money("trade_total", 9e9, "USD", "IND NPL", "2021/2022")]),
    ("direction-two-flows-to-and-from-one-partner", ("Exports to Japan fell 20% and imports from Japan dropped 15%, "
     "Vietnam's customs office said."), "2024-10-15",
     [growth(-20, "VNM JPN", None, "VNM->JPN"), growth(-15, "VNM JPN", None, "JPN->VNM")]),
    ("direction-flows-of-an-owned-balance", ("Pakistan's trade deficit with China narrowed 12% in 2023 as exports "
     "rose 15% and imports fell 10%."), "2024-02-15",
     [growth(-12, "PAK CHN", "2023"), growth(15, "PAK CHN", "2023", "PAK->CHN"),
      growth(-10, "PAK CHN", "2023", "CHN->PAK")]),
    ("direction-flow-of-the-sentence-before", "Kenya's exports to Uganda rose 10% in May. Imports fell 5%.",
     "2024-06-15", [growth(10, "KEN UGA", "2024-05", "KEN->UGA"), growth(-5, "KEN UGA", "2024-05", "UGA->KEN")]),
    ("period-the-previous-years-amount", ("In 2023, trade between Vietnam and India stood at $14.3 billion, up 10 "
     "percent from the previous year's $13 billion."), "2024-03-01",
     [money("trade_total", 14.3e9, "USD", "VNM IND", "2023"), growth(10, "VNM IND", "2023"),
      money("trade_total", 13e9, "USD", "VNM IND", "2022")]),
    # --- aid pledged and disbursed ---
    ("aid-announced-humanitarian", ("The United States announced $50 million in humanitarian assistance for "
     "Ethiopia on Tuesday."), "2024-03-05", [money("aid", 50e6, "USD", "USA ETH")]),
    ("aid-grant-of-yen", ("Japan will extend a grant of 2 billion yen to Sri Lanka for the procurement of "
     "medical equipment."), "2023-03-01", [money("aid", 2e9, "JPY", "JPN LKA")]),
    ("aid-package-worth", "China has pledged an aid package worth 500 million yuan to Cambodia.", "2023-03-01",
     [money("aid", 500e6, "CNY", "CHN KHM")]),
    ("aid-disbursed", "Germany disbursed €120 million to Ukraine in budget support.", "2023-03-01",
     [money("aid", 120e6, "EUR", "DEU UKR")]),
    ("aid-tonnes-of-rice", "India handed over 10,000 tonnes of rice to Sri Lanka as humanitarian aid.",
     "2022-05-20", [money("aid", 10000, "tonnes", "IND LKA")]),
    ("aid-provide-in-aid", ("Britain will provide £25 million in aid to Pakistan's flood victims, the Foreign "
     "Office said."), "2022-09-01", [money("aid", 25e6, "GBP", "GBR PAK")]),
    ("aid-grant-with-conversion", "Beijing offered Nepal a grant of 1 billion yuan ($150 million).",
     "2023-03-01", [money("aid", 1e9, "CNY", "CHN NPL"), money("aid", 150e6, "USD", "CHN NPL")]),
    ("aid-worth-of-food-aid", ("South Korea said it would give $10 million worth of food aid to North Korea "
     "through the World Food Programme."), "2019-06-01", [money("aid", 10e6, "USD", "KOR PRK")]),
    ("aid-committed-development", ("The United States has committed a total of $1.2 billion in development "
     "aid to Kenya since 2010."), "2023-03-01", [money("aid", 1.2e9, "USD", "USA KEN")]),
    ("aid-assistance-totalled", "China's assistance to Laos totalled 3 billion yuan in 2022.", "2023-03-01",
     [money("aid", 3e9, "CNY", "CHN LAO", "2022")]),
    ("aid-crore-tranche", ("India released the second tranche of Rs 50 crore in development assistance to "
     "Bhutan."), "2023-03-01", [money("aid", 5e8, "INR", "IND BTN")]),
    ("aid-donated", "Qatar donated $20 million to Afghanistan for earthquake relief.", "2023-10-12",
     [money("aid", 20e6, "USD", "QAT AFG")]),
    ("aid-additional-symbol", "Australia announced an additional A$15 million in humanitarian aid for Myanmar.",
     "2023-05-20", [money("aid", 15e6, "AUD", "AUS MMR")]),
    ("aid-approved-grant-assistance", ("Japan approved grant assistance of 1.5 billion yen for Bangladesh's "
     "Rohingya response."), "2023-03-01", [money("aid", 1.5e9, "JPY", "JPN BGD")]),
    ("aid-relief-package-dollars", "Saudi Arabia unveiled a $500 million relief package for Yemen.",
     "2023-03-01", [money("aid", 500e6, "USD", "SAU YEM")]),
    ("aid-shipped-free-of-charge", "Russia shipped 50,000 tonnes of wheat to Zambia free of charge.", "2024-03-15",
     [money("aid", 50000, "tonnes", "RUS ZMB")]),
    ("aid-shipment-after-aid-was-told", ("Russia promised to send 50,000 tonnes of wheat to Zambia as aid. The "
     "first shipment of 25,000 tonnes arrived in Zambia on Monday."), "2024-03-15",
     [money("aid", 50000, "tonnes", "RUS ZMB"), money("aid", 25000, "tonnes", "RUS ZMB")]),
    ("aid-goods-no-cue-names-after-aid", ("India pledged 50,000 tonnes of wheat to Afghanistan as humanitarian aid. "
     "About 40,000 tonnes have reached Afghanistan so far."), "2023-03-01",
     [money("aid", 50000, "tonnes", "IND AFG"), money("aid", 40000, "tonnes", "IND AFG")]),
    ("exports-shipped-stay-exports", "India shipped 2 million tonnes of rice to Bangladesh in 2023.", "2024-03-15",
     [money("exports", 2e6, "tonnes", "IND BGD", "2023", "IND->BGD")]),
    ("loan-after-a-grant", "China will provide Nepal with a $150 million grant and a $200 million soft loan.",
     "2024-03-01", [money("aid", 150e6, "USD", "CHN NPL"), money("loan", 200e6, "USD", "CHN NPL")]),
    ("loan-concessional-credit", "India extended a $1 billion concessional credit to Mongolia.", "2024-03-01",
     [money("loan", 1e9, "USD", "IND MNG")]),
    ("aid-package-of-assistance", "Australia will provide a A$50 million package of assistance to Myanmar.",
     "2024-03-01", [money("aid", 50e6, "AUD", "AUS MMR")]),
    ("loan-deposit", "Saudi Arabia deposited $3 billion in Pakistan's central bank.", "2023-03-01",
     [money("loan", 3e9, "USD", "SAU PAK")]),
    ("loan-oda", "Under the agreement, Japan will provide an ODA loan of up to 120 billion yen to Vietnam.",
     "2023-03-01", [money("loan", 120e9, "JPY", "JPN VNM")]),
    # --- periods ---
    ("period-fy-dash", "Bilateral trade between India and Russia stood at $49.4 billion in FY2022-23.",
     "2023-07-01", [money("trade_total", 49.4e9, "USD", "IND RUS", "2022/2023")]),
    ("period-first-eight-months", ("In the first eight months of 2023, China's imports from Russia rose to "
     "$85 billion."), "2023-09-10", [money("imports", 85e9, "USD", "CHN RUS", "2023-01/2023-08", "RUS->CHN")]),
    ("period-january-may-period", ("Trade between Egypt and Turkey amounted to $3.9 billion in the January-May "
     "period."), "2023-07-01", [money("trade_total", 3.9e9, "USD", "EGY TUR", "2023-01/2023-05")]),
    ("period-first-quarter-this-year", ("Pakistan's exports to China stood at $1.2 billion in the first quarter "
     "of this year."), "2023-05-02",
     [money("exports", 1.2e9, "USD", "PAK CHN", "2023-01/2023-03", "PAK->CHN")]),
    ("period-last-year-fronted", "Last year, Indonesia exported $7 billion worth of coal to India.",
     "2024-02-01", [money("exports", 7e9, "USD", "IDN IND", "2023", "IDN->IND")]),
    ("period-h1", ("Vietnam and China agreed to open more border gates. Trade between the two countries "
     "totalled $1.5 billion in H1 2023."), "2023-08-01",
     [money("trade_total", 1.5e9, "USD", "VNM CHN", "2023-01/2023-06")]),
    ("period-q3-bare", ("Vietnam and China held talks. Trade with China reached $12.3 billion in Q3, the "
     "statistics office said."), "2023-11-01",
     [money("trade_total", 12.3e9, "USD", "VNM CHN", "2023-07/2023-09")]),
    ("period-fiscal-which-ended", "In fiscal 2023, India's imports from China climbed to $98.5 billion.",
     "2023-05-01", [money("imports", 98.5e9, "USD", "IND CHN", "2022/2023", "CHN->IND")]),
    ("period-record-in-year", "Brazil's exports to China in 2022 reached a record $89.7 billion.", "2023-01-10",
     [money("exports", 89.7e9, "USD", "BRA CHN", "2022", "BRA->CHN")]),
    ("period-fy-short", "Exports from Bangladesh to India crossed $2 billion for the first time in FY23.",
     "2023-08-01", [money("exports", 2e9, "USD", "BGD IND", "2022/2023", "BGD->IND")]),
    ("period-eleven-months-last-year", ("In January-November last year, trade between China and Russia "
     "reached $218 billion."), "2024-02-01",
     [money("trade_total", 218e9, "USD", "CHN RUS", "2023-01/2023-11")]),
    ("period-hit-record-last-year", "Trade between China and Russia hit a record $240 billion last year.",
     "2024-01-15", [money("trade_total", 240e9, "USD", "CHN RUS", "2023")]),
    ("period-calendar-slash", "India's exports to Sri Lanka were $5.8 billion in 2021/22.", "2022-12-01",
     [money("exports", 5.8e9, "USD", "IND LKA", "2021/2022", "IND->LKA")]),
    # --- targets ---
    ("target-raise-by", ("India and Egypt signed a strategic partnership. The two leaders agreed to raise "
     "bilateral trade to $12 billion by 2028."), "2023-06-25",
     [money("trade_total", 12e9, "USD", "IND EGY", "2028", target=True)]),
    ("target-set-a-target", "China and Pakistan set a target of $30 billion in bilateral trade by 2030.",
     "2023-06-25", [money("trade_total", 30e9, "USD", "CHN PAK", "2030", target=True)]),
    ("target-aim-to-boost", "India and Russia aim to boost trade to $100 billion by 2030.", "2024-07-09",
     [money("trade_total", 100e9, "USD", "IND RUS", "2030", target=True)]),
    ("target-want-trade-to-reach", "Kenya and Uganda want trade to reach $5 billion by 2025.", "2023-04-20",
     [money("trade_total", 5e9, "USD", "KEN UGA", "2025", target=True)]),
    ("target-expect-to-touch", "India and Bangladesh expect bilateral trade to touch $20 billion next year.",
     "2023-04-20", [money("trade_total", 20e9, "USD", "IND BGD", "2024", target=True)]),
    ("target-projected-forecast", "Trade between China and Russia is projected to exceed $200 billion in 2023.",
     "2023-04-20", [money("trade_total", 200e9, "USD", "CHN RUS", "2023", target=True)]),
    ("target-not-a-month-named-may", ("Pakistan's exports to China rose to $2.1 billion during July-May FY2023-24 "
     "compared to $1.8 billion during the same period last year."), "2024-06-20",
     [money("exports", 2.1e9, "USD", "PAK CHN", "2023-07/2024-05", "PAK->CHN"),
      money("exports", 1.8e9, "USD", "PAK CHN", "2022-07/2023-05", "PAK->CHN")]),
    ("target-has-the-potential", ("Bilateral trade between Kenya and Ethiopia, currently about $2 billion, has the "
     "potential to reach $5 billion."), "2024-03-01",
     [money("trade_total", 2e9, "USD", "KEN ETH"), money("trade_total", 5e9, "USD", "KEN ETH", target=True)]),
    ("target-next-sentence-by-one-side", ("Trade between Russia and Turkey grew 15.8% in 2018 to $25.6 billion. "
     "\"We hope to bring it to $100 billion,\" the Russian president said."), "2019-04-08",
     [growth(15.8, "RUS TUR", "2018"), money("trade_total", 25.6e9, "USD", "RUS TUR", "2018"),
      money("trade_total", 100e9, "USD", "RUS TUR", target=True)]),
    # --- units ---
    ("unit-crore-fiscal", "India's exports to Nepal were worth Rs 8,000 crore in 2022-23.", "2023-06-01",
     [money("exports", 8e10, "INR", "IND NPL", "2022/2023", "IND->NPL")]),
    ("unit-tonnes-rice", "Indian rice exports to Bangladesh reached 1.5 million tonnes in 2023.", "2024-01-10",
     [money("exports", 1.5e6, "tonnes", "IND BGD", "2023", "IND->BGD")]),
    ("unit-lakh-crore", "India and the UAE held talks. Bilateral trade is worth Rs 2.5 lakh crore a year.",
     "2023-06-01", [money("trade_total", 2.5e12, "INR", "IND ARE")]),
    ("unit-mn-tonnes", "China bought 2.3 mn tonnes of Australian barley in 2019.", "2020-05-01",
     [money("imports", 2.3e6, "tonnes", "AUS CHN", "2019", "AUS->CHN")]),
    ("unit-east-african-shillings", ("Kenya's imports from China reached Kshs 450 billion in 2022. Uganda's "
     "exports to Kenya reached UShs 2 trillion in 2022."), "2023-04-20",
     [money("imports", 450e9, "KES", "KEN CHN", "2022", "CHN->KEN"),
      money("exports", 2e12, "UGX", "UGA KEN", "2022", "UGA->KEN")]),
    ("unit-lira-tl", "Turkey's exports to Russia were TL 50 billion in 2022.", "2023-04-20",
     [money("exports", 50e9, "TRY", "TUR RUS", "2022", "TUR->RUS")]),
    ("unit-ringgit-bil", "Malaysia's exports to China rose to RM150bil in 2022.", "2023-04-20",
     [money("exports", 150e9, "MYR", "MYS CHN", "2022", "MYS->CHN")]),
    ("unit-philippine-peso-p", "The Philippines' exports to Japan reached P500 billion in 2022.", "2023-04-20",
     [money("exports", 500e9, "PHP", "PHL JPN", "2022", "PHL->JPN")]),
    ("unit-bn-deficit", "India's trade deficit with China widened to $85bn in 2023, from $73.3bn in 2022.",
     "2024-01-20",
     [money("trade_balance", 85e9, "USD", "IND CHN", "2023"), money("trade_balance", 73.3e9, "USD", "IND CHN", "2022")]),
    # --- forms the first rows did not reach ---
    ("growth-decimal-comma", "Trade between Russia and Turkey grew by 35,5% in 2022.", "2023-03-01",
     [growth(35.5, "RUS TUR", "2022")]),
    ("growth-increase-on-the-previous-year", ("India and Egypt agreed to expand ties. Bilateral trade rose to "
     "$5.4 billion in 2022, a 23 per cent increase on the previous year."), "2023-07-01",
     [money("trade_total", 5.4e9, "USD", "IND EGY", "2022"), growth(23, "IND EGY", "2022")]),
    ("growth-higher-than-in", ("Last year India's exports to Japan were $5 billion, 20 percent higher than "
     "in 2022."), "2024-02-20",
     [money("exports", 5e9, "USD", "IND JPN", "2023", "IND->JPN"), growth(20, "IND JPN", "2023", "IND->JPN")]),
    ("growth-eased", "India's exports to Japan eased 4.2% in 2023.", "2024-02-20",
     [growth(-4.2, "IND JPN", "2023", "IND->JPN")]),
    ("growth-weakened-lost", ("Vietnam's imports from China weakened by 3% in May, while its exports to China "
     "lost 6%."), "2024-06-20",
     [growth(-3, "VNM CHN", "2024-05", "CHN->VNM"), growth(-6, "VNM CHN", "2024-05", "VNM->CHN")]),
    ("growth-a-hike-uptick", ("Trade between Kenya and Uganda registered a 12% hike in 2022, and Kenya's "
     "exports to Uganda a 9 per cent uptick."), "2023-03-01",
     [growth(12, "KEN UGA", "2022"), growth(9, "KEN UGA", "2022", "KEN->UGA")]),
    ("growth-a-downturn", "Kenya's exports to Uganda registered a 12% downturn in 2022.", "2023-03-01",
     [growth(-12, "KEN UGA", "2022", "KEN->UGA")]),
    ("growth-imports-by", "Turkey and Russia signed a deal. Russian gas imports by Turkey dropped 30% last year.",
     "2023-03-01", [growth(-30, "RUS TUR", "2022", "RUS->TUR")]),
    ("period-a-year-ago", ("Trade between India and Japan reached $5 billion in 2023 compared with $4.5 billion "
     "a year ago."), "2024-02-20",
     [money("trade_total", 5e9, "USD", "IND JPN", "2023"), money("trade_total", 4.5e9, "USD", "IND JPN", "2022")]),
    ("period-month-to-month-quarter", ("Trade between India and Japan stood at $5 billion in the "
     "January-to-March quarter."), "2024-05-20",
     [money("trade_total", 5e9, "USD", "IND JPN", "2024-01/2024-03")]),
    ("period-1h", "Trade between China and Russia stood at $114 billion in 1H 2023.", "2023-08-20",
     [money("trade_total", 114e9, "USD", "CHN RUS", "2023-01/2023-06")]),
    ("period-month-quarter", "Australian exports to China rose 7 per cent in the December quarter.", "2024-02-20",
     [growth(7, "AUS CHN", "2023-10/2023-12", "AUS->CHN")]),
    ("period-months-of-a-fiscal-year", ("India and Bangladesh held talks. India's exports to Bangladesh in "
     "April-January 2023-24 were $9.2 billion."), "2024-02-20",
     [money("exports", 9.2e9, "USD", "IND BGD", "2023-04/2024-01", "IND->BGD")]),
    ("period-months-of-a-fiscal-year-named", ("India's exports to Russia during April-March 2022-23 rose 12% to "
     "$3.14 billion."), "2023-07-01",
     [growth(12, "IND RUS", "2022-04/2023-03", "IND->RUS"),
      money("exports", 3.14e9, "USD", "IND RUS", "2022-04/2023-03", "IND->RUS")]),
    ("unit-currency-by-demonym", ("The Government of Japan will provide a grant of up to 3.3 billion Japanese yen "
     "to Bangladesh."), "2023-03-01", [money("aid", 3.3e9, "JPY", "JPN BGD")]),
    ("unit-metric-tonnes", "India on Saturday handed over 5,000 metric tonnes of wheat to Afghanistan.",
     "2023-03-01", [money("aid", 5000, "tonnes", "IND AFG")]),
    ("aid-gifted-worth", "India gifted 75 ambulances and 17 school buses to Nepal worth Rs 41 crore.", "2023-03-01",
     [money("aid", 4.1e8, "INR", "IND NPL")]),
    ("fiscal-part-of-the-current-year", ("Pakistan's exports to China rose 12 percent in the first seven months of "
     "the current fiscal year."), "2024-02-20", [growth(12, "PAK CHN", "2023-07/2024-01", "PAK->CHN")]),
    ("fiscal-part-counted-by-the-side-with-a-fiscal-year", ("China and Pakistan held talks. Bilateral trade rose "
     "12 percent in the first half of the fiscal year."), "2024-02-20", [growth(12, "PAK CHN", "2023-07/2023-12")]),
    ("fiscal-quarter-short", "India's exports to Japan rose 12 percent in Q2 FY24.", "2024-02-20",
     [growth(12, "IND JPN", "2023-07/2023-09", "IND->JPN")]),
    ("fiscal-last-year", "Bangladesh's exports to India rose 12 percent in the last fiscal year.", "2024-08-20",
     [growth(12, "BGD IND", "2023/2024", "BGD->IND")]),
    ("fiscal-part-of-a-calendar-country-has-none", ("Vietnam's exports to the United States rose 12 percent in "
     "the first half of the fiscal year."), "2024-08-20", [growth(12, "VNM USA", None, "VNM->USA")]),
    ("aid-dispatched-as-a-gift", "India dispatched 1.5 million doses of vaccine to Bangladesh as a gift.",
     "2021-01-20", [money("aid", 1.5e6, "doses", "IND BGD")]),
    ("aid-extend-without-a-cue", "Japan will extend 5 billion yen to Sri Lanka.", "2023-04-20",
     [money("aid", 5e9, "JPY", "JPN LKA")]),
    ("aid-delivered", "Qatar has delivered $50 million to Afghanistan.", "2023-04-20",
     [money("aid", 50e6, "USD", "QAT AFG")]),
    ("aid-released-channel", ("China released 100 million yuan to Laos. Australia will channel A$20 million "
     "to Myanmar."), "2023-04-20", [money("aid", 100e6, "CNY", "CHN LAO"), money("aid", 20e6, "AUD", "AUS MMR")]),
    ("aid-funding", "The funding of 20 million dollars from Japan will go to rebuilding schools in Myanmar.",
     "2023-03-01", [money("aid", 20e6, "USD", "JPN MMR")]),
]


@pytest.mark.parametrize("text, published, expected", [p[1:] for p in PROBES], ids=[p[0] for p in PROBES])
def test_news_probe(text: str, published: str | None, expected: list[Expected]) -> None:
    found = [(f.variable, f.value, f.unit, tuple(sorted(f.countries)), f.direction, f.period, f.target)
             for f in figures_of(text, published)]
    assert _rounded(found) == _rounded(expected)


def _rounded(figures: list[Expected]) -> list[Expected]:
    return sorted((v, round(x, 6), *rest) for v, x, *rest in figures)
