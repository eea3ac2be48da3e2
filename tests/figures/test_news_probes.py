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
    # --- a second table (issue 13): forms of growth, aid, periods, targets and sides in the styles
    # of wire copy, trade ministries and aid agencies, and short articles of several paragraphs
    ('g-yoy-to',
     ('Trade between Indonesia and Japan rose 12% year on year to $32.4 billion in 2023, the '
      'trade ministry said.'),
     '2024-02-10',
     [growth(12, 'IDN JPN', '2023'),
      money('trade_total', 32.4e9, 'USD', 'IDN JPN', '2023')]),
    ('g-up-from-a-year-earlier-month',
     "Thailand's exports to China were up 5.2 per cent from a year earlier in March.",
     '2024-04-20',
     [growth(5.2, 'CHN THA', '2024-03', 'THA->CHN')]),
    ('g-jumped-first-quarter',
     ('Exports from Ghana to South Africa jumped 30 percent in the first quarter, the '
      'statistics office said.'),
     '2024-05-15',
     [growth(30, 'GHA ZAF', '2024-01/2024-03', 'GHA->ZAF')]),
    ('g-fell-endash-months',
     "Mexico's imports from China fell 8% in January–May.",
     '2024-06-20',
     [growth(-8, 'CHN MEX', '2024-01/2024-05', 'CHN->MEX')]),
    ('g-increased-by-amount',
     "Kazakhstan's exports to Uzbekistan increased by $2bn in 2023.",
     '2024-02-01',
     [money('other', 2e9, 'USD', 'KAZ UZB', '2023')]),
    ('g-grew-by-per-cent-naira',
     ("Nigeria's imports from China grew by 17.4 per cent to N3.6 trillion in the third quarter"
      ' of 2023.'),
     '2023-12-01',
     [growth(17.4, 'CHN NGA', '2023-07/2023-09', 'CHN->NGA'),
      money('imports', 3.6e12, 'NGN', 'CHN NGA', '2023-07/2023-09', 'CHN->NGA')]),
    ('g-slumped-y-y-month',
     ("China's exports to Russia slumped 13.1% y/y in August to $8.9 billion, customs data "
      'showed on Thursday.'),
     '2024-09-12',
     [growth(-13.1, 'CHN RUS', '2024-08', 'CHN->RUS'),
      money('exports', 8.9e9, 'USD', 'CHN RUS', '2024-08', 'CHN->RUS')]),
    ('g-shipments-on-year',
     'Shipments from South Korea to China rose 3.6 percent on-year to $10.9 billion in May.',
     '2024-06-02',
     [growth(3.6, 'CHN KOR', '2024-05', 'KOR->CHN'),
      money('exports', 10.9e9, 'USD', 'CHN KOR', '2024-05', 'KOR->CHN')]),
    ('g-turnover-record',
     ('Russian-Chinese trade turnover increased by 29.3% in 2022 to a record $190.27 billion, '
      'Chinese customs reported.'),
     '2023-01-13',
     [growth(29.3, 'CHN RUS', '2022'),
      money('trade_total', 190.27e9, 'USD', 'CHN RUS', '2022')]),
    ('g-fiscal-part-pc',
     ("Pakistan's exports to Afghanistan declined 41pc in the first four months of the current "
      'fiscal year.'),
     '2023-11-20',
     [growth(-41, 'AFG PAK', '2023-07/2023-10', 'PAK->AFG')]),
    ('g-crossed-up-pc-yoy',
     "Bangladesh's exports to India crossed $2bn in FY2022-23, up 10.5pc year-on-year.",
     '2023-07-20',
     [money('exports', 2e9, 'USD', 'BGD IND', '2022/2023', 'BGD->IND'),
      growth(10.5, 'BGD IND', '2022/2023', 'BGD->IND')]),
    ('g-plunged-first-two-months-of-the-year',
     ("Vietnam's rice exports to the Philippines plunged 42% in the first two months of the "
      'year.'),
     '2024-03-10',
     [growth(-42, 'PHL VNM', '2024-01/2024-02', 'VNM->PHL')]),
    ('g-marking-increase-of',
     ('Trade between Egypt and Turkey reached $7.1 billion in 2023, marking a year-on-year '
      'increase of 8.7 percent.'),
     '2024-02-01',
     [money('trade_total', 7.1e9, 'USD', 'EGY TUR', '2023'),
      growth(8.7, 'EGY TUR', '2023')]),
    ('g-a-decrease-of-compared-to',
     "Japan's imports from Australia posted a decrease of 12.4% in 2023 compared to 2022.",
     '2024-02-01',
     [growth(-12.4, 'AUS JPN', '2023', 'AUS->JPN')]),
    ('g-registered-growth-of',
     ('Bilateral trade between India and Bangladesh registered a growth of 11 per cent in '
      '2021-22.'),
     '2022-06-01',
     [growth(11, 'BGD IND', '2021/2022')]),
    ('g-expanded-percent',
     'Commerce between Brazil and Argentina expanded 10% in the first half of 2023.',
     '2023-08-01',
     [growth(10, 'ARG BRA', '2023-01/2023-06')]),
    ('g-down-y-y-headline',
     "Kenya's imports from India down 3.1% y/y in Q1",
     '2024-05-01',
     [growth(-3.1, 'IND KEN', '2024-01/2024-03', 'IND->KEN')]),
    ('g-rising-from-a-year-ago',
     "Australia's exports to Japan totalled A$80 billion in 2023, rising 9.1% from a year ago.",
     '2024-03-01',
     [money('exports', 80e9, 'AUD', 'AUS JPN', '2023', 'AUS->JPN'),
      growth(9.1, 'AUS JPN', '2023', 'AUS->JPN')]),
    ('g-15-percent-rise-noun',
     'Thailand and Malaysia reported a 15.3 per cent rise in cross-border trade in 2023.',
     '2024-02-01',
     [growth(15.3, 'MYS THA', '2023')]),
    ('g-headline-july-dec',
     'Pakistan-China trade up 9pc in July-Dec',
     '2024-01-20',
     [growth(9, 'CHN PAK', '2023-07/2023-12')]),
    ('g-soared-over-the-past-year',
     'Two-way trade between Australia and India soared 40 per cent in 2022 to A$46.5 billion.',
     '2023-03-01',
     [growth(40, 'AUS IND', '2022'),
      money('trade_total', 46.5e9, 'AUD', 'AUS IND', '2022')]),
    ('g-two-flows-one-sentence',
     "In 2023 Turkey's exports to Iraq rose 6.3% while imports from Iraq fell 18%.",
     '2024-01-10',
     [growth(6.3, 'IRQ TUR', '2023', 'TUR->IRQ'),
      growth(-18, 'IRQ TUR', '2023', 'IRQ->TUR')]),
    ('g-percent-after-comma-last-year',
     "Indonesia's coal exports to India last year fell to $14 billion, a drop of 22 percent.",
     '2024-03-01',
     [money('exports', 14e9, 'USD', 'IDN IND', '2023', 'IDN->IND'),
      growth(-22, 'IDN IND', '2023', 'IDN->IND')]),
    ('a-pledged-humanitarian',
     'Japan pledged $500m in humanitarian aid to Ukraine on Tuesday.',
     '2024-02-20',
     [money('aid', 500e6, 'USD', 'JPN UKR')]),
    ('a-aid-package',
     'Saudi Arabia announced a $2bn aid package for Egypt.',
     '2023-04-01',
     [money('aid', 2e9, 'USD', 'EGY SAU')]),
    ('a-military-assistance-worth',
     'The United States approved military assistance worth $300 million for the Philippines.',
     '2023-04-01',
     [money('aid', 300e6, 'USD', 'PHL USA')]),
    ('a-grants-totalling',
     "Britain's grants to Kenya, totalling £40 million, will fund climate projects.",
     '2023-04-01',
     [money('aid', 40e6, 'GBP', 'GBR KEN')]),
    ('a-food-aid-of-tonnes',
     'China will send food aid of 50,000 tonnes of rice to North Korea.',
     '2023-04-01',
     [money('aid', 50000, 'tonnes', 'CHN PRK')]),
    ('a-has-provided-since',
     'Germany has provided €1.2 billion in humanitarian assistance to Ukraine since 2022.',
     '2024-04-01',
     [money('aid', 1.2e9, 'EUR', 'DEU UKR')]),
    ('a-development-assistance-of-over',
     'India has provided development assistance of over $3 billion to Afghanistan since 2001.',
     '2021-04-01',
     [money('aid', 3e9, 'USD', 'AFG IND')]),
    ('a-grant-agreement',
     'Qatar signed a grant agreement of $25 million with Jordan for schools.',
     '2023-04-01',
     [money('aid', 25e6, 'USD', 'JOR QAT')]),
    ('a-oda-fiscal',
     "Japan's ODA to Myanmar amounted to 190 billion yen in fiscal 2019.",
     '2021-04-01',
     [money('aid', 190e9, 'JPY', 'JPN MMR', '2019/2020')]),
    ('a-will-provide-this-year',
     'South Korea will provide $100 million in humanitarian aid to Ukraine this year.',
     '2023-07-15',
     [money('aid', 100e6, 'USD', 'KOR UKR', '2023')]),
    ('a-emergency-grant-aid-of',
     'Japan extended emergency grant aid of $5 million to Turkey following the earthquake.',
     '2023-02-10',
     [money('aid', 5e6, 'USD', 'JPN TUR')]),
    ('a-lines-of-credit',
     'India has committed $750 million in lines of credit to Sri Lanka.',
     '2023-04-01',
     [money('loan', 750e6, 'USD', 'IND LKA')]),
    ('a-grants-for-year',
     'China pledged 1.5 billion yuan in grants to Cambodia for 2024.',
     '2023-12-01',
     [money('aid', 1.5e9, 'CNY', 'CHN KHM', '2024')]),
    ('a-aid-in-year-totalled',
     "China's aid to Laos in 2023 totalled 2.3 billion yuan.",
     '2024-03-01',
     [money('aid', 2.3e9, 'CNY', 'CHN LAO', '2023')]),
    ('a-delivered-fertiliser-free',
     'Russia delivered 25,000 tonnes of fertiliser to Zambia free of charge.',
     '2023-04-01',
     [money('aid', 25000, 'tonnes', 'RUS ZMB')]),
    ('a-in-aid-headline-worth',
     'Australia announces A$30m aid for Myanmar',
     '2023-04-01',
     [money('aid', 30e6, 'AUD', 'AUS MMR')]),
    ('a-humanitarian-assistance-totalling',
     'Japan has given Afghanistan humanitarian assistance totalling $600 million since 2021.',
     '2024-01-01',
     [money('aid', 600e6, 'USD', 'AFG JPN')]),
    ('a-wheat-donation',
     "Ukraine's donation of 25,000 tonnes of wheat to Nigeria arrived in Lagos.",
     '2023-04-01',
     [money('aid', 25000, 'tonnes', 'NGA UKR')]),
    ('a-budget-support',
     'The United States transferred $1.25 billion in budget support to Ukraine.',
     '2023-04-01',
     [money('aid', 1.25e9, 'USD', 'UKR USA')]),
    ('a-worth-of-relief-goods',
     'Turkey dispatched relief goods worth $10 million to Pakistan.',
     '2022-09-01',
     [money('aid', 10e6, 'USD', 'PAK TUR')]),
    ('p-fiscal-2022-23-exports',
     "India's exports to the UAE rose 9% to $31.6 billion in fiscal 2022-23.",
     '2023-05-10',
     [growth(9, 'ARE IND', '2022/2023', 'IND->ARE'),
      money('exports', 31.6e9, 'USD', 'ARE IND', '2022/2023', 'IND->ARE')]),
    ('p-12-months-to-june',
     "Pakistan's imports from China in the 12 months to June totalled $15.4 billion.",
     '2023-08-10',
     [money('imports', 15.4e9, 'USD', 'CHN PAK', '2022-07/2023-06', 'CHN->PAK')]),
    ('p-last-year-up-from-in',
     ('Trade between Brazil and Argentina reached $28 billion last year, up from $26.4 billion '
      'in 2022.'),
     '2024-03-01',
     [money('trade_total', 28e9, 'USD', 'ARG BRA', '2023'),
      money('trade_total', 26.4e9, 'USD', 'ARG BRA', '2022')]),
    ('p-in-year-down-from-in-year',
     ("In 2023, China's exports to Vietnam were $137.6 billion, down from $147.9 billion in "
      '2022.'),
     '2024-02-01',
     [money('exports', 137.6e9, 'USD', 'CHN VNM', '2023', 'CHN->VNM'),
      money('exports', 147.9e9, 'USD', 'CHN VNM', '2022', 'CHN->VNM')]),
    ('p-so-far-this-year',
     "Thailand's exports to Malaysia so far this year amount to $9.1 billion.",
     '2024-06-10',
     [money('exports', 9.1e9, 'USD', 'MYS THA', '2024', 'THA->MYS')]),
    ('p-first-quarter-dropped',
     "Egypt's imports from Turkey in the first quarter dropped 17% year on year.",
     '2023-05-10',
     [growth(-17, 'EGY TUR', '2023-01/2023-03', 'TUR->EGY')]),
    ('p-fronted-first-half',
     "In the first half of 2024, Turkey's exports to Iraq rose 6.3% to $5.8 billion.",
     '2024-07-15',
     [growth(6.3, 'IRQ TUR', '2024-01/2024-06', 'TUR->IRQ'),
      money('exports', 5.8e9, 'USD', 'IRQ TUR', '2024-01/2024-06', 'TUR->IRQ')]),
    ('p-year-to-march',
     'Trade between Kenya and Tanzania climbed 14.5 percent in the year to March 2024.',
     '2024-05-01',
     [growth(14.5, 'KEN TZA', '2023-04/2024-03')]),
    ('p-two-years-two-figures',
     "India's imports from Russia rose to $61.4 billion in 2023 from $46.2 billion in 2022.",
     '2024-02-01',
     [money('imports', 61.4e9, 'USD', 'IND RUS', '2023', 'RUS->IND'),
      money('imports', 46.2e9, 'USD', 'IND RUS', '2022', 'RUS->IND')]),
    ('p-and-in-year',
     "Turkey's exports to Germany were $21.1 billion in 2022 and $20.6 billion in 2021.",
     '2023-02-01',
     [money('exports', 21.1e9, 'USD', 'DEU TUR', '2022', 'TUR->DEU'),
      money('exports', 20.6e9, 'USD', 'DEU TUR', '2021', 'TUR->DEU')]),
    ('p-january-march-quarter',
     "Vietnam's exports to Japan rose 4% in the January-March quarter.",
     '2024-04-20',
     [growth(4, 'JPN VNM', '2024-01/2024-03', 'VNM->JPN')]),
    ('p-first-10-months-this-year',
     ('During the first 10 months of this year, trade between China and Kazakhstan reached $34 '
      'billion.'),
     '2024-11-15',
     [money('trade_total', 34e9, 'USD', 'CHN KAZ', '2024-01/2024-10')]),
    ('p-between-april-and-september',
     'Between April and September 2023, Indian exports to Russia rose 40%.',
     '2023-10-20',
     [growth(40, 'IND RUS', '2023-04/2023-09', 'IND->RUS')]),
    ('p-three-months-to-september',
     "Australia's exports to China fell 5% in the three months to September.",
     '2023-11-01',
     [growth(-5, 'AUS CHN', '2023-07/2023-09', 'AUS->CHN')]),
    ('p-second-half-of-last-year',
     'Trade between Japan and South Korea fell 7% in the second half of last year.',
     '2024-03-01',
     [growth(-7, 'JPN KOR', '2023-07/2023-12')]),
    ('p-same-period-last-year-amount',
     ('Trade between Ghana and Nigeria rose to $1.5bn in the first half, from $1.2bn in the '
      'same period last year.'),
     '2023-08-01',
     [money('trade_total', 1.5e9, 'USD', 'GHA NGA', '2023-01/2023-06'),
      money('trade_total', 1.2e9, 'USD', 'GHA NGA', '2022-01/2022-06')]),
    ('p-last-month',
     "Malaysia's exports to China rose 12% last month, the statistics department said.",
     '2024-05-20',
     [growth(12, 'CHN MYS', '2024-04', 'MYS->CHN')]),
    ('p-financial-year-slash',
     "Australia's exports to India were A$24 billion in the 2022/23 financial year.",
     '2023-09-01',
     [money('exports', 24e9, 'AUD', 'AUS IND', '2022/2023', 'AUS->IND')]),
    ('p-in-calendar-year',
     "Indonesia's exports to China were $62 billion in calendar year 2023.",
     '2024-02-01',
     [money('exports', 62e9, 'USD', 'CHN IDN', '2023', 'IDN->CHN')]),
    ('p-jan-nov-abbr',
     'Trade between China and Russia grew 26% in Jan-Nov.',
     '2023-12-07',
     [growth(26, 'CHN RUS', '2023-01/2023-11')]),
    ('p-in-2023-up-from-in-2022-percent',
     "Egypt's exports to Turkey were $3.1 billion in 2023, up from $2.6 billion in 2022.",
     '2024-02-01',
     [money('exports', 3.1e9, 'USD', 'EGY TUR', '2023', 'EGY->TUR'),
      money('exports', 2.6e9, 'USD', 'EGY TUR', '2022', 'EGY->TUR')]),
    ('t-raise-by',
     ('Egypt and Turkey held talks in Ankara. The two sides agreed to raise bilateral trade to '
      '$15bn by 2028.'),
     '2024-02-01',
     [money('trade_total', 15e9, 'USD', 'EGY TUR', '2028', target=True)]),
    ('t-set-a-goal-of-lifting',
     'Indonesia and Vietnam have set a goal of lifting trade to $18 billion by 2028.',
     '2023-09-01',
     [money('trade_total', 18e9, 'USD', 'IDN VNM', '2028', target=True)]),
    ('t-expected-to-hit',
     'Trade between South Africa and Nigeria is expected to hit $5 billion by 2026.',
     '2023-09-01',
     [money('trade_total', 5e9, 'USD', 'NGA ZAF', '2026', target=True)]),
    ('t-targeting-in',
     'India and the UAE are targeting non-oil trade of $100 billion by 2030.',
     '2023-09-01',
     [money('trade_total', 100e9, 'USD', 'ARE IND', '2030', target=True)]),
    ('t-from-to-by',
     'Russia and Turkey want to lift trade from $62 billion last year to $100 billion by 2030.',
     '2024-02-01',
     [money('trade_total', 62e9, 'USD', 'RUS TUR', '2023'),
      money('trade_total', 100e9, 'USD', 'RUS TUR', '2030', target=True)]),
    ('c-trade-with-one-named',
     ('Chinese Premier Li Qiang visited Kazakhstan this week. Trade with China rose 21% to $31 '
      'billion last year, Kazakh officials said.'),
     '2024-03-01',
     [growth(21, 'CHN KAZ', '2023'),
      money('trade_total', 31e9, 'USD', 'CHN KAZ', '2023')]),
    ('c-partner-sentence',
     "Turkey is Russia's second-largest trading partner, with trade worth $62 billion in 2022.",
     '2023-03-01',
     [money('trade_total', 62e9, 'USD', 'RUS TUR', '2022')]),
    ('c-aid-one-side-named',
     ('Japan and the Philippines signed a pact in Manila. Tokyo will provide 60 billion yen in '
      'grants for coast guard vessels.'),
     '2023-03-01',
     [money('aid', 60e9, 'JPY', 'JPN PHL')]),
    ('art-reuters-monthly',
     ("China's exports to Russia fall for third month\n"
      '\n'
      "BEIJING, June 7 (Reuters) - China's exports to Russia fell 2% in May from a year "
      'earlier, customs data showed on Friday, as Western sanctions on Russian banks '
      'complicated payments.\n'
      '\n'
      'Shipments to Russia dropped to $8.6 billion last month, while imports from Russia rose '
      '4.8% to $11 billion.\n'
      '\n'
      'In the first five months of the year, trade between the two countries totalled $97.5 '
      'billion, up 1.8% year on year.\n'
      '\n'
      'Beijing and Moscow set a goal of $300 billion in bilateral trade by 2030.'),
     '2024-06-07',
     [growth(-2, 'CHN RUS', '2024-05', 'CHN->RUS'),
      money('exports', 8.6e9, 'USD', 'CHN RUS', '2024-05', 'CHN->RUS'),
      growth(4.8, 'CHN RUS', '2024-05', 'RUS->CHN'),
      money('imports', 11e9, 'USD', 'CHN RUS', '2024-05', 'RUS->CHN'),
      money('trade_total', 97.5e9, 'USD', 'CHN RUS', '2024-01/2024-05'),
      growth(1.8, 'CHN RUS', '2024-01/2024-05'),
      money('trade_total', 300e9, 'USD', 'CHN RUS', '2030', target=True)]),
    ('art-pti-fiscal',
     ('India-Bangladesh trade dips 12 pc in FY24\n'
      '\n'
      'New Delhi, May 20 (PTI) Bilateral trade between India and Bangladesh declined 12 per '
      'cent to USD 14 billion in 2023-24, according to commerce ministry data.\n'
      '\n'
      "India's exports to Bangladesh stood at USD 11.06 billion during the fiscal, against USD "
      '12.2 billion in 2022-23.\n'
      '\n'
      'Imports from the neighbouring country dipped 8.5 per cent to USD 1.8 billion.\n'
      '\n'
      'India has extended three lines of credit worth USD 8 billion to Bangladesh since 2010.'),
     '2024-05-20',
     [growth(-12, 'BGD IND', '2023/2024'),
      money('trade_total', 14e9, 'USD', 'BGD IND', '2023/2024'),
      money('exports', 11.06e9, 'USD', 'BGD IND', '2023/2024', 'IND->BGD'),
      money('exports', 12.2e9, 'USD', 'BGD IND', '2022/2023', 'IND->BGD'),
      growth(-8.5, 'BGD IND', '2023/2024', 'BGD->IND'),
      money('imports', 1.8e9, 'USD', 'BGD IND', '2023/2024', 'BGD->IND'),
      money('loan', 8e9, 'USD', 'BGD IND')]),
    ('art-xinhua-half',
     ('China, Kazakhstan trade up 20 pct in first half\n'
      '\n'
      'ASTANA, July 15 (Xinhua) -- Trade between China and Kazakhstan rose 20 percent year on '
      "year to 15.2 billion U.S. dollars in the first half of 2023, according to Kazakhstan's "
      'Bureau of National Statistics.\n'
      '\n'
      "Kazakhstan's exports to China reached 7.4 billion dollars, while its imports from China "
      'amounted to 7.8 billion dollars.\n'
      '\n'
      "China has been Kazakhstan's largest trading partner since 2021. The two countries aim to"
      ' double bilateral trade to 40 billion dollars by 2030.'),
     '2023-07-15',
     [growth(20, 'CHN KAZ', '2023-01/2023-06'),
      money('trade_total', 15.2e9, 'USD', 'CHN KAZ', '2023-01/2023-06'),
      money('exports', 7.4e9, 'USD', 'CHN KAZ', '2023-01/2023-06', 'KAZ->CHN'),
      money('imports', 7.8e9, 'USD', 'CHN KAZ', '2023-01/2023-06', 'CHN->KAZ'),
      money('trade_total', 40e9, 'USD', 'CHN KAZ', '2030', target=True)]),
    ('art-afp-aid',
     ('Japan pledges $4.5 billion for Ukraine\n'
      '\n'
      'Japan will provide an additional $4.5 billion in aid to Ukraine, Prime Minister Fumio '
      "Kishida said on Monday, bringing Tokyo's total support to more than $12 billion since "
      "Russia's invasion.\n"
      '\n'
      'The new package includes $1 billion in humanitarian assistance and $3.5 billion in loans'
      ' through the World Bank.\n'
      '\n'
      'Japan also delivered 6,000 tonnes of food aid to Ukraine last year, the foreign ministry'
      ' said.'),
     '2024-02-19',
     [money('aid', 4.5e9, 'USD', 'JPN UKR'),
      money('aid', 12e9, 'USD', 'JPN UKR'),
      money('aid', 1e9, 'USD', 'JPN UKR'),
      money('loan', 3.5e9, 'USD', 'JPN UKR'),
      money('aid', 6000, 'tonnes', 'JPN UKR', '2023')]),
    ('art-anadolu',
     ('Türkiye-Azerbaijan trade volume hits record\n'
      '\n'
      'ANKARA (AA) - Trade volume between Türkiye and Azerbaijan rose to a record $7.6 billion '
      'last year, up 26% from 2022, Trade Minister Omer Bolat said on Tuesday.\n'
      '\n'
      "Türkiye's exports to Azerbaijan increased by 30.2% to $3.5 billion, while imports from "
      'Azerbaijan totalled $4.1 billion.\n'
      '\n'
      'The two countries target a trade volume of $15 billion in the coming years.'),
     '2024-01-16',
     [money('trade_total', 7.6e9, 'USD', 'AZE TUR', '2023'),
      growth(26, 'AZE TUR', '2023'),
      growth(30.2, 'AZE TUR', '2023', 'TUR->AZE'),
      money('exports', 3.5e9, 'USD', 'AZE TUR', '2023', 'TUR->AZE'),
      money('imports', 4.1e9, 'USD', 'AZE TUR', '2023', 'AZE->TUR'),
      money('trade_total', 15e9, 'USD', 'AZE TUR', None, target=True)]),
    ('art-dawn-fiscal',
     ('Exports to Afghanistan plunge 30pc\n'
      '\n'
      "ISLAMABAD: Pakistan's exports to Afghanistan fell 30 per cent year-on-year to $542 "
      'million in the first half of the current fiscal year, data released by the State Bank of'
      ' Pakistan showed on Monday.\n'
      '\n'
      'Exports had stood at $776m in the same period last year.\n'
      '\n'
      'Imports from Afghanistan, however, increased 14pc to $461m during July-December.'),
     '2024-01-22',
     [growth(-30, 'AFG PAK', '2023-07/2023-12', 'PAK->AFG'),
      money('exports', 542e6, 'USD', 'AFG PAK', '2023-07/2023-12', 'PAK->AFG'),
      money('exports', 776e6, 'USD', 'AFG PAK', '2022-07/2022-12', 'PAK->AFG'),
      growth(14, 'AFG PAK', '2023-07/2023-12', 'AFG->PAK'),
      money('imports', 461e6, 'USD', 'AFG PAK', '2023-07/2023-12', 'AFG->PAK')]),
    ('art-multiples',
     ("Russia's oil exports to India jump ten-fold\n"
      '\n'
      "Russia's oil exports to India rose more than ten-fold in 2022 to about $31 billion, "
      "making Moscow New Delhi's top supplier.\n"
      '\n'
      "India's total imports from Russia more than doubled to $46.2 billion in fiscal 2022-23.\n"
      '\n'
      'Trade between the two countries is expected to reach $50 billion this year, officials '
      'said.'),
     '2023-06-01',
     [money('exports', 31e9, 'USD', 'IND RUS', '2022', 'RUS->IND'),
      money('imports', 46.2e9, 'USD', 'IND RUS', '2022/2023', 'RUS->IND'),
      money('trade_total', 50e9, 'USD', 'IND RUS', '2023', target=True)]),
    ('b-yoy-parenthesis',
     ("Vietnam's exports to South Korea rose by 12.5 percent year-on-year (YoY) to $2.3 billion"
      ' in April.'),
     '2024-05-10',
     [growth(12.5, 'KOR VNM', '2024-04', 'VNM->KOR'),
      money('exports', 2.3e9, 'USD', 'KOR VNM', '2024-04', 'VNM->KOR')]),
    ('b-recorded-a-growth',
     'Trade between Uzbekistan and Kazakhstan recorded a 21 percent growth in 2023.',
     '2024-02-10',
     [growth(21, 'KAZ UZB', '2023')]),
    ('b-contracted-by',
     "Japan's exports to China contracted by 4.1% in the fourth quarter of 2023.",
     '2024-02-10',
     [growth(-4.1, 'CHN JPN', '2023-10/2023-12', 'JPN->CHN')]),
    ('b-yoy-decline-noun',
     'Thailand reported a 7.1% year-on-year decline in exports to China in February.',
     '2024-03-20',
     [growth(-7.1, 'CHN THA', '2024-02', 'THA->CHN')]),
    ('b-record-jump',
     'Imports of Russian crude by India saw a record 35% jump in 2023.',
     '2024-02-10',
     [growth(35, 'IND RUS', '2023', 'RUS->IND')]),
    ('b-full-year',
     "Brazil's exports to China climbed 9.4 percent in full-year 2023 to $104 billion.",
     '2024-01-10',
     [growth(9.4, 'BRA CHN', '2023', 'BRA->CHN'),
      money('exports', 104e9, 'USD', 'BRA CHN', '2023', 'BRA->CHN')]),
    ('b-year-ended-december',
     "Ghana's imports from China were $4.2 billion for the year ended December 31, 2022.",
     '2023-05-10',
     [money('imports', 4.2e9, 'USD', 'CHN GHA', '2022', 'CHN->GHA')]),
    ('b-as-of-end',
     "China's investment in Laos stood at $16 billion as of the end of 2023.",
     '2024-05-10',
     [money('investment', 16e9, 'USD', 'CHN LAO', '2023')]),
    ('b-over-the-past-year-trade',
     ('Trade between Iran and Iraq reached $12 billion over the past year, Iranian officials '
      'said.'),
     '2024-03-10',
     [money('trade_total', 12e9, 'USD', 'IRN IRQ', '2023')]),
    ('b-in-the-year-through',
     "Australia's exports to China rose 8% in the year through June, to A$219 billion.",
     '2024-08-10',
     [growth(8, 'AUS CHN', '2023-07/2024-06', 'AUS->CHN'),
      money('exports', 219e9, 'AUD', 'AUS CHN', '2023-07/2024-06', 'AUS->CHN')]),
    ('b-fiscal-year-2022-2023',
     "India's exports to Russia rose to $3.1 billion in the 2022-2023 fiscal year.",
     '2023-09-10',
     [money('exports', 3.1e9, 'USD', 'IND RUS', '2022/2023', 'IND->RUS')]),
    ('b-last-years-volume',
     "Last year's trade volume between Egypt and Saudi Arabia of $9.1 billion was a record.",
     '2024-03-10',
     [money('trade_total', 9.1e9, 'USD', 'EGY SAU', '2023')]),
    ('b-weapons-package',
     'The United States announced a new $400 million package of weapons for Ukraine.',
     '2024-03-10',
     [money('aid', 400e6, 'USD', 'UKR USA')]),
    ('b-announced-package-for',
     "Saudi Arabia unveiled a $2 billion package for Yemen's central bank on Monday.",
     '2024-03-10',
     [money('aid', 2e9, 'USD', 'SAU YEM')]),
    ('b-rolled-over-debt',
     'China rolled over $2 billion in debt owed by Pakistan.',
     '2024-03-10',
     [money('loan', 2e9, 'USD', 'CHN PAK')]),
    ('b-bailout',
     'Saudi Arabia approved a $3 billion bailout for Pakistan.',
     '2024-03-10',
     [money('loan', 3e9, 'USD', 'PAK SAU')]),
    ('b-donated-rice',
     'Japan donated 1,000 tonnes of rice to the Philippines.',
     '2024-03-10',
     [money('aid', 1000, 'tonnes', 'JPN PHL')]),
    ('b-grant-in-aid',
     'India will give Bhutan a grant-in-aid of Rs 5,000 crore.',
     '2024-03-10',
     [money('aid', 50e9, 'INR', 'BTN IND')]),
    ('b-relief-consignment',
     'Pakistan sent a relief consignment of 100 tonnes to Turkey after the earthquake.',
     '2023-02-10',
     [money('aid', 100, 'tonnes', 'PAK TUR')]),
    ('b-deficit-with',
     "Egypt's trade deficit with China widened to $12.3 billion in 2023.",
     '2024-03-10',
     [money('trade_balance', 12.3e9, 'USD', 'CHN EGY', '2023')]),
    ('b-surplus-of-with',
     'Vietnam posted a trade surplus of $104.6 billion with the United States in 2023.',
     '2024-03-10',
     [money('trade_balance', 104.6e9, 'USD', 'USA VNM', '2023')]),
    ('b-fdi-stood',
     'Chinese FDI in Kenya stood at $1.2 billion in 2022.',
     '2023-03-10',
     [money('investment', 1.2e9, 'USD', 'CHN KEN', '2022')]),
    ('b-investment-pledges',
     'Saudi Arabia pledged $25 billion in investments in Pakistan.',
     '2024-03-10',
     [money('investment', 25e9, 'USD', 'PAK SAU')]),
    ('b-twelve-percent-more-than-last-year',
     ('Turkey sold $6.1 billion of goods to Russia in the first quarter, 12 percent more than a'
      ' year earlier.'),
     '2024-05-10',
     [money('exports', 6.1e9, 'USD', 'RUS TUR', '2024-01/2024-03', 'TUR->RUS'),
      growth(12, 'RUS TUR', '2024-01/2024-03', 'TUR->RUS')]),
    ('b-past-12-months',
     "Mexico's exports to the United States rose 5% in the past 12 months to March.",
     '2024-05-10',
     [growth(5, 'MEX USA', '2023-04/2024-03', 'MEX->USA')]),
    ('b-annual-trade-of',
     'Trade between Nepal and China, at $2 billion a year, is heavily lopsided.',
     '2024-05-10',
     [money('trade_total', 2e9, 'USD', 'CHN NPL')]),
    ('b-from-january-to-may',
     "From January to May, Russia's exports to China increased by 3.5%.",
     '2024-06-10',
     [growth(3.5, 'CHN RUS', '2024-01/2024-05', 'RUS->CHN')]),
    ('b-this-years-first-five-months',
     "In this year's first five months, trade between China and Brazil grew 12%.",
     '2024-06-10',
     [growth(12, 'BRA CHN', '2024-01/2024-05')]),
    ('b-mom',
     "Malaysia's exports to China fell 3.2% month-on-month in April.",
     '2024-05-20',
     [growth(-3.2, 'CHN MYS', '2024-04', 'MYS->CHN')]),
    ('b-hyphen-trade-fell',
     'Australia-China trade fell 4 per cent to A$300 billion in 2023.',
     '2024-03-10',
     [growth(-4, 'AUS CHN', '2023'),
      money('trade_total', 300e9, 'AUD', 'AUS CHN', '2023')]),
    ('b-india-crude-from-russia',
     "India's imports of Russian crude oil surged 13-fold to $46 billion in 2023.",
     '2024-03-10',
     [money('imports', 46e9, 'USD', 'IND RUS', '2023', 'RUS->IND')]),
    ('b-percent-of-imports-share',
     "China accounted for 30 percent of Pakistan's imports in 2023.",
     '2024-03-10',
     [('other', 30, 'percent', ('CHN', 'PAK'), None, '2023', False)]),
    ('b-dollar-words',
     'Japan will lend 50 billion yen to Indonesia, the embassy said.',
     '2024-03-10',
     [money('loan', 50e9, 'JPY', 'IDN JPN')]),
    ('b-per-cent-rise-noun-fiscal',
     "Bangladesh's exports to India saw a 6.5 per cent rise in the July-March period of FY24.",
     '2024-05-10',
     [growth(6.5, 'BGD IND', '2023-07/2024-03', 'BGD->IND')]),
]


@pytest.mark.parametrize("text, published, expected", [p[1:] for p in PROBES], ids=[p[0] for p in PROBES])
def test_news_probe(text: str, published: str | None, expected: list[Expected]) -> None:
    found = [(f.variable, f.value, f.unit, tuple(sorted(f.countries)), f.direction, f.period, f.target)
             for f in figures_of(text, published)]
    assert _rounded(found) == _rounded(expected)


def _rounded(figures: list[Expected]) -> list[Expected]:
    return sorted((v, round(x, 6), *rest) for v, x, *rest in figures)
