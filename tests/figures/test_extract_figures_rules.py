"""Figures from sentences: variable, countries, direction, period, unit and approximation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.figures import extract_figures, main_pair
from bilateral.nlp.pipeline import split_sentences
from bilateral.types import Actor, Document, Mention

from .conftest import country_mentions, figures_of


def one(text: str, published: str | None = None):
    figures = figures_of(text, published)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    "text, direction",
    [
        ("The exports of India to Japan stood at $2.1 billion in 2019.", "IND->JPN"),
        ("India's exports to Japan stood at $2.1 billion in 2019.", "IND->JPN"),
        ("The imports from Japan to India reached $3 billion in 2019.", "JPN->IND"),
        ("India's imports from Japan reached $3 billion in 2019.", "JPN->IND"),
        ("Imports of Japanese machinery into India reached $3 billion in 2019.", "JPN->IND"),
        ("Exports from Japan to India were worth $3 billion in 2019.", "JPN->IND"),
        ("India is a $3 billion market for Japan's car parts exports.", "JPN->IND"),
        ("Last year, Japan shipped to India cars and steel worth $3 billion.", "JPN->IND"),
        ("Shipments of Japanese steel to India reached $3 billion in 2019.", "JPN->IND"),
    ],
)
def test_direction_of_a_flow(text: str, direction: str) -> None:
    figure = one(text)
    assert figure.direction == direction
    assert figure.variable in ("exports", "imports")
    assert set(figure.countries) == {"IND", "JPN"}


def test_imports_of_a_countrys_goods_go_to_the_other_country_of_the_article() -> None:
    text = ("Pakistan and Russia held talks on energy.\n"
            "Imports of Russian oil reached $1.2 billion in 2023.")
    figure = figures_of(text)[0]
    assert (figure.variable, figure.direction) == ("imports", "RUS->PAK")


def test_a_trade_told_without_a_number_names_whose_flows_the_next_sentence_tells() -> None:
    text = "Turkey's trade with Russia expanded in March. Exports rose 12% and imports fell 8%."
    assert [f.direction for f in figures_of(text, "2024-04-10")] == ["TUR->RUS", "RUS->TUR"]


def test_an_unattributed_flow_keeps_the_reporting_country_of_the_previous_one() -> None:
    text = "In March 2020, Turkey's exports to Germany rose 5.5 percent and imports 12.1 percent."
    exports, imports = figures_of(text)
    assert (exports.variable, exports.direction, exports.period) == ("trade_growth", "TUR->DEU", "2020-03")
    assert (imports.variable, imports.direction, imports.period) == ("trade_growth", "DEU->TUR", "2020-03")


@pytest.mark.parametrize(
    "text, variable, unit",
    [
        ("Trade between India and Japan reached $20 billion in 2021.", "trade_total", "USD"),
        ("India's trade deficit with Japan was $8 billion in 2021.", "trade_balance", "USD"),
        ("Japan invested $4 billion in India in 2021.", "investment", "USD"),
        ("India and Japan signed contracts worth $6 billion.", "deal_value", "USD"),
        ("Japan gave India humanitarian aid of $50 million.", "aid", "USD"),
        ("Japan extended a loan of ¥300 billion to India.", "loan", "JPY"),
        ("Japan set up a 2 billion yen fund for flood victims in India.", "aid", "JPY"),
        ("Japan said it will contribute about $40 million to India's vaccine drive.", "aid", "USD"),
        ("India, with a population of 1.4 billion, courts Japan.", "population", "people"),
        ("Japan will build a 508-kilometre rail line in India.", "length", "km"),
        ("Japan will build a 316-mile rail line in India.", "length", "miles"),
        ("Bilateral trade between India and Japan grew 14 percent in 2021.", "trade_growth", "percent"),
        ("Commercial exchanges between India and Japan reached $20 billion in 2021.", "trade_total", "USD"),
    ],
)
def test_variable_and_unit(text: str, variable: str, unit: str) -> None:
    figure = one(text)
    assert (figure.variable, figure.unit) == (variable, unit)


def test_a_cue_in_another_clause_after_the_quantity_is_not_its_own() -> None:
    figures = figures_of("Some 1.5 million Indian workers live in Japan, which has a population of 125 million.")
    assert [(f.variable, f.value, f.countries) for f in figures] == [("population", 125e6, ("JPN",))]


@pytest.mark.parametrize("text", [
    "The rupee fell 2% against the dollar as trade talks with China stalled.",
    "The yen slid 4 percent while exports to China held steady.",
])
def test_a_cue_after_a_conjunction_is_not_the_rates_own(text: str) -> None:
    assert all(f.variable != "trade_growth" for f in figures_of(text))


ARTICLE_PAIR = "Pakistan and Russia held talks. Russia and Pakistan agreed to meet.\n"


@pytest.mark.parametrize(
    "sentence, countries",
    [
        ("Pakistan's total exports reached $31 billion in 2022.", ("PAK",)),
        ("Exports to Russia reached $310 million in 2022.", ("PAK", "RUS")),
        ("Pakistan's trade with Russia reached $1 billion in 2022.", ("PAK", "RUS")),
        ("Trade volume reached $1 billion in 2022.", ("PAK", "RUS")),
    ],
)
def test_a_flow_is_bilateral_only_when_the_partner_is_named_or_implied(sentence: str, countries) -> None:
    (figure,) = figures_of(ARTICLE_PAIR + sentence)
    assert figure.countries == countries


@pytest.mark.parametrize("sentence", [
    "China and Pakistan held talks.\nChina's exports to its neighbour fell 20 percent in 2020.",
    "China and Pakistan held talks.\nChina's shipments to the North fell 20 percent in 2020.",
])
def test_a_partner_referred_to_and_not_named_is_the_other_country_of_the_pair(sentence: str) -> None:
    figure = figures_of(sentence)[0]
    assert (figure.countries, figure.direction) == (("CHN", "PAK"), "CHN->PAK")


@pytest.mark.parametrize(
    "sentence, countries",
    [
        ("The gas line reaches Russia's northern shore after running 900 km under the sea.", ("PAK", "RUS")),
        ("The two islands lie 300 km between Japan and China.", ("CHN", "JPN")),
        ("Russia, with a population of 140 million, is large.", ("RUS",)),
    ],
)
def test_a_length_is_between_the_countries_a_population_is_one_countrys(sentence: str, countries) -> None:
    (figure,) = figures_of(ARTICLE_PAIR + sentence)
    assert figure.countries == countries


def test_a_cue_tied_after_the_quantity_beats_a_far_one_before() -> None:
    figure = one("Japan's exports to India grew strongly this decade, and India also received $2bn in loans.")
    assert figure.variable == "loan"


def test_stock_belongs_to_the_country_named_before_it() -> None:
    figure = one("India, with a population of 1.4 billion, matters to Japan, China and Russia.")
    assert figure.countries == ("IND",)


def test_bilateral_trade_without_names_is_about_the_articles_main_pair() -> None:
    text = ("Pakistan and Russia discussed energy. Russia offered Pakistan gas.\n"
            "The volume of bilateral trade has increased by 82 percent in the first five months "
            "of 2018 and stood at $450 million.")
    growth, total = figures_of(text)
    assert (growth.variable, growth.value, growth.period, growth.countries) == (
        "trade_growth", 82, "2018-01/2018-05", ("PAK", "RUS"))
    assert (total.variable, total.value, total.unit, total.period) == ("trade_total", 450e6, "USD", "2018-01/2018-05")


def test_earlier_year_goes_to_the_second_number_and_currency_is_implied() -> None:
    text = "In 2019, trade between India and China reached 90 billion, which was only 70 billion in 2018."
    first, second = figures_of(text)
    assert (first.value, first.period, first.unit) == (90e9, "2019", "USD")
    assert (second.value, second.period, second.unit) == (70e9, "2018", "USD")


def test_implied_currency_is_the_last_one_written() -> None:
    text = "India's exports to Japan were €5 billion in 2020. In 2021 trade with Japan reached 12 billion."
    assert [f.unit for f in figures_of(text)] == ["EUR", "EUR"]


def test_rupees_follow_the_country() -> None:
    assert one("Pakistan allocated Rs 5bn for trade with China in 2020.").unit == "PKR"
    assert one("India allocated Rs. 500 crore for trade with Japan in 2020.").unit == "INR"


def test_last_year_is_resolved_against_publication_date() -> None:
    figure = one("Last year, bilateral trade between India and Japan reached 1 billion USD.", "2024-05-30")
    assert figure.period == "2023"


def test_during_this_period_takes_the_previous_figures_period() -> None:
    text = ("Trade between India and Japan stood at $9 billion in 2017-18.\n"
            "India's exports to Japan during this period were $3 billion.")
    assert [f.period for f in figures_of(text)] == ["2017/2018", "2017/2018"]


def test_the_previous_year_is_the_year_before_the_period_just_named() -> None:
    text = "Japan's exports to India dropped to $9.1 billion in 2018, down from $19.5 billion the previous year."
    assert [(f.value, f.period) for f in figures_of(text)] == [(9.1e9, "2018"), (19.5e9, "2017")]


def test_a_year_earlier_dates_its_own_figure_only() -> None:
    text = ("Trade between India and Japan fell to $77.7 billion in 2020 from $85.5 billion a year "
            "earlier, with India's imports from Japan at $58.7 billion.")
    assert [(f.value, f.period) for f in figures_of(text)] == [
        (77.7e9, "2020"), (85.5e9, "2019"), (58.7e9, "2020")]


def test_growth_from_a_year_earlier_is_measured_in_the_period_named() -> None:
    text = "Trade between India and Japan rose to $20.3 billion in 2021, up 59 percent from a year earlier."
    assert [f.period for f in figures_of(text)] == ["2021", "2021"]


@pytest.mark.parametrize(
    "text, periods",
    [
        (("Trade between India and Japan reached $5 billion in the first half of 2022, down from "
         "$6 billion in the same period of 2021."), ["2022-01/2022-06", "2021-01/2021-06"]),
        (("India's exports to Japan were $2 billion in the first quarter of this year, up from "
         "$1.5 billion in the same period last year."), ["2024-01/2024-03", "2023-01/2023-03"]),
    ],
)
def test_the_same_period_of_another_year_moves_the_period_just_named(text: str, periods: list[str]) -> None:
    assert [f.period for f in figures_of(text, "2024-07-01")] == periods


def test_a_change_from_the_same_period_of_another_year_is_measured_in_the_period_named() -> None:
    text = "India's deficit with Japan in the first five months doubled from the same period of 2023, to $4 billion."
    assert [f.period for f in figures_of(text, "2024-07-01")] == ["2024-01/2024-05"]


def test_a_rate_on_an_earlier_year_is_measured_in_the_year_named_first() -> None:
    text = "Trade between India and Japan was $20 billion in 2022, up 19 percent on 2021."
    assert [(f.variable, f.period) for f in figures_of(text)] == [("trade_total", "2022"), ("trade_growth", "2022")]


def test_approximation_is_kept() -> None:
    assert one("India and Japan are negotiating deals worth in excess of $10 billion.").approx == "over"


@pytest.mark.parametrize(
    "text",
    [
        "India and Japan have been partners for 70 years; the two-day visit began in 2014.",
        "Japan sold 12 jets to India in 2019.",
        "The summit drew 2 million viewers online.",  # no country: not about the countries
        "Tribune 24/7 reported on 30.05.2024 that India and Japan met.",
        "Three people fell ill in India after 210 people were arrested in Japan.",
        "The coach won three titles in Japan and two in India.",
    ],
)
def test_no_figure_from_dates_counts_and_durations(text: str) -> None:
    assert figures_of(text) == []


def test_figure_span_is_its_sentence_in_the_document() -> None:
    text = "Intro line.\nTrade between India and Japan reached $20 billion in 2021."
    figure = one(text)
    assert text[figure.start:figure.end] == figure.sentence
    assert figure.text in figure.sentence


def test_main_pair_is_the_two_most_named_countries() -> None:
    text = "Russia and Pakistan met. Russia, Pakistan and China spoke. Russia agreed."
    assert main_pair(country_mentions(text)) == ("PAK", "RUS")


def test_a_country_named_in_the_lead_outweighs_one_told_of_later() -> None:
    text = ("Kenya halts tea sales to Uganda, Uganda's traders say. Kenya said it would stop sending 20,000 tonnes of tea. "
            "Talks went on. In Beijing, Chinese diplomats said China was watching, and China kept quiet.")
    assert figures_of(text)[0].countries == ("KEN", "UGA")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Pakistan Russia India exports imports trade $ 5 1,1.0 "
                                             "million bn percent in 2017-18 of to from \n\"“”,")),
               max_size=300))
def test_extractor_never_raises(text: str) -> None:
    document = Document(text=text, source="fuzz")
    for figure in extract_figures(document, split_sentences(text), country_mentions(text)):
        assert text[figure.start:figure.end] == figure.sentence


def test_a_sentence_without_cue_goes_on_with_the_previous_money_figure() -> None:
    text = ("Japan aims to bring 5 trillion yen of investment into India.\n"
            "The new target, worth about 42 billion dollars, replaces an older goal.")
    assert [(f.variable, f.unit) for f in figures_of(text)] == [("investment", "JPY"), ("investment", "USD")]


def test_a_rate_of_change_in_the_next_sentence_goes_on_with_a_flow_in_its_direction() -> None:
    text = ("India's exports to Japan reached $1.2 billion in May 2022. "
            "That was 20 percent less than a year earlier.")
    assert [(f.variable, f.value, f.direction, f.period) for f in figures_of(text)] == [
        ("exports", 1.2e9, "IND->JPN", "2022-05"), ("trade_growth", -20.0, "IND->JPN", "2022-05")]


def test_a_sentence_naming_only_the_base_of_a_comparison_goes_on_with_the_period_before() -> None:
    text = ("India's imports from Japan hit $2 billion in June 2022. "
            "That was 8 percent more than in May.")
    assert [f.period for f in figures_of(text)] == ["2022-06", "2022-06"]


def test_an_amount_or_a_share_in_the_next_sentence_does_not_go_on_with_a_flow() -> None:
    text = ("India's exports to Japan reached $1.2 billion in May 2022. "
            "Officials expect 30 percent of it to be machinery, and 500 million more next year.")
    assert [f.variable for f in figures_of(text)] == ["exports"]


def test_a_cue_in_an_aside_is_not_the_quantitys_own() -> None:
    text = "Japan's imports from India, which make up most of its trade with Asia, fell to $491 million in 2020."
    assert (one(text).variable, one(text).direction) == ("imports", "IND->JPN")


@pytest.mark.parametrize("text, unit", [
    ("Uganda received a Sh40 billion grant from China.", "UGX"),
    ("Kenya received a Sh40 billion grant from China.", "KES"),
])
def test_a_shilling_is_the_currency_of_the_country_named(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize("text, unit", [
    ("Pakistan's trade deficit with India stood at Rs 300 billion in 2019.", "PKR"),
    ("India's trade surplus with Pakistan stood at Rs 300 billion in 2019.", "INR"),
    ("Kenya's exports to Uganda earned Sh75 billion in 2019.", "KES"),
    ("Uganda's imports from Kenya cost Sh75 billion in 2019.", "UGX"),
])
def test_a_shared_symbol_is_the_currency_of_the_first_country_named(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_the_base_of_a_comparison_is_not_the_period_measured() -> None:
    text = "Japan's imports from India in June 2021 rose 8 percent compared to June 2020."
    assert one(text).period == "2021-06"


def test_a_period_later_in_the_same_clause_beats_one_of_another_clause() -> None:
    text = ("Pakistan, which signed a pact with Russia last month, will buy $3 billion "
            "worth of Russian grain from Moscow during 2023.")
    figure = one(text, published="2023-02-10")
    assert figure.period == "2023"


def test_a_fiscal_part_is_counted_in_the_fiscal_year_of_the_figures_countries() -> None:
    text = ("India's exports to Japan were $4 billion in 2023.\n"
            "India's imports from Japan rose to $5 billion in the first eight months of this fiscal year.")
    assert [f.period for f in figures_of(text, "2024-01-15")] == ["2023", "2023-04/2023-11"]


def test_a_fiscal_year_written_by_one_year_is_named_by_its_end_but_in_japan_by_its_start() -> None:
    text = ("India's exports to Bhutan stood at $1.5 billion in FY2023.\n"
            "Japan's exports to Thailand reached 2.5 trillion yen in fiscal 2023.\n"
            "Japan's imports from Chile fell to 400 billion yen in the first half of FY2023.\n"
            "Brazil's exports to Peru were $3 billion in fiscal 2023.")
    assert [f.period for f in figures_of(text, "2024-06-15")] == [
        "2022/2023", "2023/2024", "2023-04/2023-09", "2022/2023"]


def test_a_fiscal_part_of_countries_without_a_fiscal_year_has_no_period_rather_than_a_wrong_one() -> None:
    text = ("China's exports to Germany were $4 billion in 2023.\n"
            "China's imports from Germany rose to $5 billion in the first eight months of this fiscal year.")
    assert [f.period for f in figures_of(text, "2024-01-15")] == ["2023", None]


def test_the_current_calendar_year_is_the_year_of_publication() -> None:
    text = "India set aside $4 billion for trade with Japan in the current calendar year."
    assert one(text, published="2019-03-01").period == "2019"


def test_a_sentence_without_a_period_goes_on_with_the_previous_sentences() -> None:
    text = ("Japan's exports to India reached $2 billion in April 2022. "
            "Japan's imports from India also grew, to $1.5 billion.")
    exports, imports = figures_of(text)
    assert (exports.period, imports.period) == ("2022-04", "2022-04")


@pytest.mark.parametrize("text, value", [
    ("India's exports to Japan fell 4.5 percent in 2020.", -4.5),
    ("India's exports to Japan slid by 4.5 percent in 2020.", -4.5),
    ("India's exports to Japan rose 4.5 percent in 2020, after they had dropped.", 4.5),
    ("India's exports to Japan shrank 4.5 per cent in 2020.", -4.5),
    ("India's exports to Japan posted a 4.5% drop in 2020.", -4.5),
    ("India's exports to Japan saw a 4.5 percent year-on-year increase in 2020.", 4.5),
    ("India's exports to Japan were 4.5 percent lower in 2020 than a year before.", -4.5),
    ("India's exports to Japan showed negative growth of 4.5% in 2020.", -4.5),
    ("India's trade surplus with Japan narrowed 4.5 percent in 2020.", -4.5),
    ("India's trade deficit with Japan widened 4.5 percent in 2020.", 4.5),
    ("India's exports to Japan slipped 4.5 pct in 2020.", -4.5),
    ("India's exports to Japan collapsed by 4.5 percent in 2020.", -4.5),
    ("India's exports to Japan advanced 4.5 percent in 2020.", 4.5),
    ("A weak yen cut India's exports to Japan by 4.5 percent in 2020.", -4.5),
])
def test_a_decline_is_a_negative_growth_rate(text: str, value: float) -> None:
    figure = one(text)
    assert (figure.variable, figure.value) == ("trade_growth", value)


@pytest.mark.parametrize("text", [
    "China's tariffs on Indian imports rose to 25 percent in 2019.",
    "India's exports to China met a 25 percent rise in tariffs in 2019.",
    "India's export prices for goods sold to China rose 25 percent in 2019.",
])
def test_a_tariff_or_price_rate_near_trade_is_not_a_growth_rate(text: str) -> None:
    figure = one(text)
    assert (figure.variable, figure.value, figure.unit) == ("other", 25, "percent")


def test_a_rate_a_change_goes_to_or_from_is_a_level_not_a_growth() -> None:
    text = "Imports from India made up 15.4 percent of Japan's imports in 2022, up from 13.6 percent."
    assert [(f.variable, f.value) for f in figures_of(text)] == [("other", 15.4), ("other", 13.6)]


def test_a_growth_rate_that_slows_to_a_rate_is_still_a_growth() -> None:
    text = "Growth of India's exports to Japan slowed to 3 percent in 2022 from 5 percent in 2021."
    assert [(f.variable, f.value) for f in figures_of(text)] == [("trade_growth", 3), ("trade_growth", 5)]


@pytest.mark.parametrize("text", [
    "China's tariffs have cut its imports of Indian cotton by 25 percent since 2019.",
    "Since China's duties took hold in 2019 its imports from India dropped 25 percent.",
])
def test_trade_a_tariff_acts_on_is_what_the_rate_measures(text: str) -> None:
    figure = one(text)
    assert (figure.variable, figure.value, figure.direction) == ("trade_growth", -25, "IND->CHN")


def test_a_share_price_is_not_a_figure_about_the_countries() -> None:
    text = "China halted imports of Indian tea, and a big Indian tea exporter saw its shares fall 9%."
    assert figures_of(text) == []


@pytest.mark.parametrize("text", [
    "India's ruling party won 52 percent of the vote as China watched.",
    "A poll in India found 64 percent backed talks with China.",
    "Some 70% of those surveyed in Japan want closer ties with India.",
])
def test_a_share_of_votes_or_of_people_polled_is_no_figure(text: str) -> None:
    assert figures_of(text) == []


@pytest.mark.parametrize("text, value, countries", [
    ("Indian shelling killed three people in Pakistan on Monday.", 3, {"IND", "PAK"}),
    ("India and Pakistan traded fire. 12 soldiers were killed in the clash.", 12, {"IND", "PAK"}),
    ("In Pakistan, 40 civilians were wounded by Indian shelling.", 40, {"PAK"}),
])
def test_people_killed_or_wounded_are_a_figure(text: str, value: int, countries: set[str]) -> None:
    figure = figures_of(text)[-1]
    assert (figure.variable, figure.value, figure.unit) == ("other", value, "people")
    assert countries <= set(figure.countries)


@pytest.mark.parametrize("text", [
    "India and Japan met on Monday.\nJapan secured a $3 billion loan for the rail line.",
    "India and Japan met on Monday.\nJapan's tariffs on steel rose to 15 percent.",
])
def test_a_deal_loan_or_tariff_naming_one_side_is_the_articles_pair(text: str) -> None:
    assert one(text).countries == ("IND", "JPN")


def test_a_figure_stated_twice_is_kept_once() -> None:
    text = ("Japan lends India $2 billion for rail.\n"
            "Japan will lend India $2 billion for the rail line, officials said.")
    assert len(figures_of(text)) == 1


def test_two_equal_amounts_of_one_sentence_are_two_figures() -> None:
    text = "Japan pledged 3 billion yen to India for schools, and a further 3 billion yen later."
    assert [(f.variable, f.value) for f in figures_of(text)] == [("aid", 3e9), ("aid", 3e9)]


def test_a_headline_figure_told_fully_in_the_lede_is_the_ledes() -> None:
    text = ("Japan to import $2 billion worth of goods in 2021\n"
            "Japan plans to import $2 billion worth of goods from India during 2021, "
            "officials said.")
    [figure] = figures_of(text)
    assert (figure.variable, figure.countries, figure.direction) == (
        "imports", ("IND", "JPN"), "IND->JPN")


@pytest.mark.parametrize("text, values", [
    (("China-Russia trade hits record $240bn\n\nTrade between China and Russia rose 26.3% to $240.1 "
     "billion in 2023."), [26.3, 240.1e9]),
    (("Vietnam's exports to the United States up 26%\n\nVietnam's exports to the United States rose 26.3% "
     "in 2023."), [26.3]),
    # two months' values told precisely are two figures
    ("Vietnam's exports to Japan were $12.0 billion in May and $12.2 billion in April.", [12.0e9, 12.2e9]),
])
def test_a_headline_figure_rounded_from_the_ledes_is_the_ledes(text: str, values: list[float]) -> None:
    assert [f.value for f in figures_of(text, "2024-01-12")] == values


def test_the_same_amount_of_two_different_things_is_two_figures() -> None:
    text = ("The surplus of India with Japan rose 42% in May. "
            "India's exports to Japan also climbed 42% in May.")
    assert len([f for f in figures_of(text, "2024-07-01") if f.value == 42]) == 2


@pytest.mark.parametrize(
    "text, targets",
    [
        ("In 2023, India and Japan agreed to raise bilateral trade to $50 billion by 2030.", [(50e9, "2030")]),
        ("India and Japan, whose trade was $20 billion in 2023, set a target of $50 billion.",
         [(50e9, None)]),
        (("The two leaders signed 12 deals, aiming to boost trade between India and Japan from the "
         "current $8 billion to $12 billion."), [(12e9, None)]),
    ],
)
def test_a_goal_is_flagged_as_a_target_for_its_deadline(text: str, targets) -> None:
    assert [(f.value, f.period) for f in figures_of(text, "2024-07-01") if f.target] == targets


@pytest.mark.parametrize(
    "text, period",
    [
        ("India and Japan set a $50 billion trade target.", None),
        ("India and Japan aim for $50 billion in bilateral trade.", None),
        ("Modi said trade between India and Japan should reach $50 billion.", None),
        ("Trade between India and Japan is expected to hit $50 billion next year.", "2025"),
        ("India and Japan agreed to lift bilateral trade to $50 billion from $30 billion.", None),
    ],
)
def test_goal_words_modals_and_target_nouns_after_the_amount_flag_a_target(text: str, period) -> None:
    (target,) = [f for f in figures_of(text, "2024-07-01") if f.target]
    assert (target.value, target.period) == (50e9, period)


@pytest.mark.parametrize(
    "text",
    ["Trade between India and Japan rose to $20 billion in 2020.",
     "Japan plans to invest $5 billion in India in 2024.",
     "India sought a loan of $3 billion from Japan in 2022.",
     "India could lose up to $3 billion in trade with Japan."],
)
def test_a_value_reached_or_pledged_is_not_a_target(text: str) -> None:
    assert not any(f.target for f in figures_of(text, "2024-07-01"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya sought a Sh362billion ($3.59billion) loan from China for the railway.",
         [("loan", 362e9, "KES"), ("loan", 3.59e9, "USD")]),
        ("India and Japan signed a contract worth 50 billion rupees (600 million euros, $650 million) in 2020.",
         [("deal_value", 50e9, "INR"), ("deal_value", 600e6, "EUR"), ("deal_value", 650e6, "USD")]),
    ],
)
def test_amounts_in_brackets_are_the_same_figure_in_other_currencies(text: str, expected) -> None:
    figures = figures_of(text, "2024-07-01")
    assert [(f.variable, f.value, f.unit) for f in figures] == expected
    assert len({(f.countries, f.period) for f in figures}) == 1


@pytest.mark.parametrize("text", [
    "Kenya obtained a US$2 billion credit line from China.",
    "Kenya obtained 2 billion US dollars in credit from China.",
])
def test_the_us_of_a_currency_is_not_a_party(text: str) -> None:
    # the actor layer may read "US" as the United States; the figure must not take it as a party
    us = text.index("US")
    mentions = [*country_mentions(text), Mention("US", us, us + 2, Actor("USA", "USA", "USA"))]
    document = Document(text=text, source="test")
    (figure,) = extract_figures(document, split_sentences(text), mentions)
    assert (figure.variable, figure.countries) == ("loan", ("CHN", "KEN"))


def test_a_project_told_elsewhere_as_an_investment_is_one_figure() -> None:
    text = ("Japan pledges a $4 billion investment in India's railways.\n"
            "India and Japan signed the $4 billion project on Monday, officials said.")
    assert [(f.variable, f.value) for f in figures_of(text)] == [("investment", 4e9)]


@pytest.mark.parametrize("text", [
    "India and Japan agreed to raise bilateral trade to $50 billion in the coming years.",
    "India and Japan aim to lift trade to $50 billion within five years.",
])
def test_a_goal_within_a_time_to_come_is_a_target_without_period(text: str) -> None:
    (figure,) = figures_of(text, "2024-07-01")
    assert (figure.value, figure.target, figure.period) == (50e9, True, None)


@pytest.mark.parametrize("text", [
    "Pakistan agreed to pay India $9.10 per barrel to move its oil.",
    "Japan will buy Indian rice at $300 a tonne under the export contract.",
])
def test_a_price_per_unit_of_goods_is_not_a_flow_or_deal_value(text: str) -> None:
    assert [f.variable for f in figures_of(text)] == ["other"]


@pytest.mark.parametrize("text, variable", [
    ("Japan donated 50,000 tons of rice to India.", "aid"),
    ("Japan sent 2 lakh tonnes of wheat to India in food aid.", "aid"),
    ("India exported 1.2 million tonnes of rice to Japan in 2020.", "exports"),
])
def test_goods_in_tonnes_are_traded_or_given(text: str, variable: str) -> None:
    figure = one(text)
    assert (figure.variable, figure.unit) == (variable, "tonnes")


def test_the_surplus_refers_back_to_the_surplus_told_before() -> None:
    text = ("India's surplus with Japan rose to $2 billion in March.\n"
            "Its exports to Japan also grew.\n"
            "Analysts expect more growth in the months to come.\n"
            "Officials in Tokyo did not comment.\n"
            "Over the first quarter, the surplus reached $5 billion, a record for India.")
    assert [f.countries for f in figures_of(text, "2024-05-01")] == [("IND", "JPN"), ("IND", "JPN")]


def test_an_indefinite_deficit_is_not_the_one_told_before() -> None:
    text = ("India's deficit with Japan rose to $2 billion in March.\n"
            "India's overall trade deficit reached $20 billion in March.")
    assert [f.countries for f in figures_of(text, "2024-05-01")] == [("IND", "JPN"), ("IND",)]


def test_a_run_of_figure_sentences_goes_on_with_the_period_of_the_first() -> None:
    text = ("Trade between India and Japan shrank 30 percent in 2020, officials said.\n"
            "India's exports to Japan slid 28 percent to $4.1 billion.\n"
            "Its imports from Japan dropped 35 percent.\n"
            "The two countries held talks.\n"
            "Japan's investment in India reached $3 billion.")
    assert [f.period for f in figures_of(text, "2021-02-01")] == ["2020", "2020", "2020", "2020", None]


def test_the_year_a_change_is_measured_from_is_not_its_period() -> None:
    text = "Trade between India and Japan reached $20 billion last year, up 15 percent from 2018."
    assert [f.period for f in figures_of(text, "2020-03-01")] == ["2019", "2019"]


@pytest.mark.parametrize("text, unit", [
    ("Japan pledged 1 billion yen to a fund for flood victims in India.", "JPY"),
    ("Japan will provide India with 50,000 tonnes of wheat.", "tonnes"),
    ("Japan gave India $40 million after the cyclone.", "USD"),
    ("Japan handed over relief goods worth 300 million yen to India.", "JPY"),
    ("Japan sent 20,000 tonnes of rice to Pakistan.", "tonnes"),
    ("Japan will make $20 billion available to India to steady the rupee.", "USD"),
    ("Japan announced 100 million yen for India's flood-hit states.", "JPY"),
    ("Japan earmarked $30 million for schools in India.", "USD"),
    ("Japan promised India 240,000 tonnes of rice as part of the accord.", "tonnes"),
    ("India received $40 million from Japan after the cyclone.", "USD"),
    ("Japan will make available $20 billion to India.", "USD"),
    # a cue in another phrase after the amount does not name what is handed over
    ("Japan offered 240,000 tonnes of food to Pakistan under the accord.", "tonnes"),
])
def test_an_amount_handed_over_without_a_cue_word_is_aid(text: str, unit: str) -> None:
    figure = one(text)
    assert (figure.variable, figure.unit) == ("aid", unit)


@pytest.mark.parametrize("text", [
    "Japan will provide India with $2 billion in loans.",
    "Japan will provide India with $2 billion in short-term loans.",
])
def test_a_cue_word_beats_a_verb_of_giving(text: str) -> None:
    assert one(text).variable == "loan"


@pytest.mark.parametrize("text", [
    "Japan is India's largest donor, with ODA commitments of 120 billion yen this year.",
    "Japan's official development assistance to India reached 120 billion yen.",
])
def test_development_assistance_is_aid(text: str) -> None:
    assert one(text).variable == "aid"


def test_money_workers_send_home_is_not_aid() -> None:
    assert one("Indians in Japan sent home $2 billion in remittances last year.").variable == "other"


@pytest.mark.parametrize("text, variable", [
    # a deal named in another clause is the setting, not what the amount is
    ("Under the accord, Japan will provide 300 million yen to India for schools.", "aid"),
    ("Under the accord, Japan will lend India 300 million yen for schools.", "loan"),
    # a deal or package told by its money right after the amount is that money
    ("The package includes $20 billion in loans from Japan to India.", "loan"),
    ("The agreement covers 100,000 tonnes of food aid from Japan to India.", "aid"),
    ("Japan and India signed a deal worth $2 billion.", "deal_value"),
])
def test_a_deal_is_only_the_setting_of_money_named_otherwise(text: str, variable: str) -> None:
    assert one(text).variable == variable


@pytest.mark.parametrize("text", [
    "Pakistan owes China about $6 billion.",
    "The remaining $3 billion will be repaid by Pakistan to China over ten years.",
    "China deposited $2 billion with Pakistan's central bank.",
    "Russia granted Pakistan debt relief of $1 billion.",
])
def test_money_owed_repaid_or_deposited_is_a_loan(text: str) -> None:
    assert one(text).variable == "loan"


@pytest.mark.parametrize("text, variable, unit", [
    ("China sold 1.2 million bales of cotton to Pakistan.", "exports", "bales"),
    ("India will buy 2 million doses of vaccine from Russia.", "imports", "doses"),
])
def test_goods_counted_without_currency_are_not_money(text: str, variable: str, unit: str) -> None:
    figure = one(text)
    assert (figure.variable, figure.unit) == (variable, unit)


def test_a_count_of_things_that_are_not_goods_is_no_figure() -> None:
    assert figures_of("India and China signed a deal covering 3 million hectares of farmland.") == []


def test_money_in_a_sentence_naming_no_country_is_the_articles_pair() -> None:
    text = ("Kenya blocked Ugandan sugar at the border. Uganda protested to Kenya.\n"
            "The value of the lorries held up is around $30 million, traders said.")
    (figure,) = figures_of(text)
    assert (figure.variable, figure.value, figure.countries) == ("other", 30e6, ("KEN", "UGA"))


@pytest.mark.parametrize("text, unit", [
    ("China lent Pakistan ¥2 billion for the port.", "CNY"),
    ("Japan lent India ¥2 billion for the port.", "JPY"),
])
def test_the_yen_sign_is_the_yuan_in_a_figure_about_china(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize("text, variable", [
    ("Japan put together a loan package of $20 billion for India.", "loan"),
    ("Japan announced an aid package worth $500 million for India.", "aid"),
    ("India and Japan signed an investment agreement worth $2 billion.", "investment"),
    ("India and Japan signed a trade deal worth $2 billion.", "deal_value"),
])
def test_a_deal_named_by_its_money_is_that_money(text: str, variable: str) -> None:
    assert one(text).variable == variable


@pytest.mark.parametrize(
    "text, expected",
    [
        # the amount after "from" is the value of the year before the one measured
        ("India's exports to Japan were $9 billion in 2019, up from $7 billion.",
         [(9e9, "2019"), (7e9, "2018")]),
        ("India's exports to Japan rose from $4 billion to $5 billion in 2022.",
         [(4e9, "2021"), (5e9, "2022")]),
        # its own period is its own
        ("Trade between India and Japan fell to $5 billion in 2022, down from $6 billion in 2020.",
         [(5e9, "2022"), (6e9, "2020")]),
        # before a month it may be the month or the year before: no period
        ("India's exports to Japan rose to $2 billion in March 2021 from $1.8 billion.",
         [(2e9, "2021-03"), (1.8e9, None)]),
    ],
)
def test_a_compared_amount_is_the_value_of_the_period_before(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(f.value, f.period) for f in figures_of(text)] == expected


@pytest.mark.parametrize("text", [
    "India's imports from Japan declined by $2.1 billion to $48.3 billion in 2019.",
    "India's imports from Japan fell $2.1 billion, or 4 percent, to $48.3 billion in 2019.",
])
def test_the_size_of_a_change_is_not_a_level(text: str) -> None:
    figures = [f for f in figures_of(text) if f.unit != "percent"]
    assert [(f.variable, f.value) for f in figures] == [("other", 2.1e9), ("imports", 48.3e9)]


@pytest.mark.parametrize(
    "text, variable, direction",
    [
        ("China bought 30 billion dollars of Indian cotton in 2019.", "imports", "IND->CHN"),
        ("India's purchases of Russian oil rose to $31 billion in 2022.", "imports", "RUS->IND"),
        ("Japan sold $4 billion worth of cars to India in 2021.", "exports", "JPN->IND"),
        # a cue tied after the amount wins over the verb of sale
        ("India bought Russian jets in a $2.5 billion deal.", "deal_value", None),
    ],
)
def test_goods_bought_and_sold_are_flows(text: str, variable: str, direction: str | None) -> None:
    figure = one(text)
    assert (figure.variable, figure.direction) == (variable, direction)
