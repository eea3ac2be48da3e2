"""The line classifier keeps every article line and drops the page around it."""

from __future__ import annotations

from datetime import date

import pytest

from bilateral.cleaning.text import clean_text

PAGE = """The Lakeside Courier
Independent reporting from the northern provinces since 1952

Ferry link between the two island states to restart in April

© Lakeside Courier / J. Marten
Passengers wait at the old ferry terminal in the harbour. Photo: J. Marten

Transport ministers of the two island states said on Friday that the ferry link, suspended for two years, would restart in April with three crossings a week.

Route and prices

The operator will run a refitted vessel between the two capitals, and fares will be capped for the first season, the ministers said in a joint statement.

"This is a practical step that families on both shores have waited for," one of the ministers told reporters.
Share this article
Facebook
Leave a comment
You may also like
Customs Officers Trained Together On New Scanners
Fisheries Talks Stall Over Quotas
To comment, log in or register
Неизвестная ошибка
Back to top"""

ARTICLE_LINES = [
    "Transport ministers of the two island states said on Friday",
    "Route and prices",
    "fares will be capped for the first season",
    '"This is a practical step that families on both shores have waited for,"',
]
FURNITURE = [
    "The Lakeside Courier",
    "Independent reporting",
    "Photo: J. Marten",
    "© Lakeside Courier",
    "Share this article",
    "Facebook",
    "Leave a comment",
    "You may also like",
    "Customs Officers Trained Together",
    "Fisheries Talks Stall",
    "log in or register",
    "Неизвестная",
    "Back to top",
]


def test_lines_keeps_article_and_drops_furniture() -> None:
    parts = clean_text(PAGE)
    for line in ARTICLE_LINES:
        assert line in parts.text
    for line in FURNITURE:
        assert line not in parts.text


def test_lines_title_site_name_and_paragraph_breaks() -> None:
    parts = clean_text(PAGE)
    assert parts.title == "Ferry link between the two island states to restart in April"
    assert parts.outlet == "The Lakeside Courier"
    assert "\n\nRoute and prices\n\n" in parts.text
    assert parts.title not in parts.text


def test_lines_date_widget_under_masthead_is_the_publication_date() -> None:
    page = ("Valley Post\nTuesday 14th March 2023 | 10:45 GMT\n\n"
            "Dam agreement signed after decade of talks\n\n"
            "Engineers from both countries will share river data every day under the agreement "
            "signed on Monday, officials said, ending a long dispute over water levels.\n"
            "Related stories\nBack to top")
    parts = clean_text(page, today=date(2024, 1, 1))
    assert parts.published == date(2023, 3, 14)
    assert parts.title == "Dam agreement signed after decade of talks"
    assert "Tuesday 14th" not in parts.text and "Related stories" not in parts.text


def test_lines_body_dates_are_not_publication_dates() -> None:
    text = ("Border crossing reopens\n\nThe crossing, closed on November 6, 2018, reopened to "
            "lorries after the two sides agreed on new inspection rules for fresh produce.")
    assert clean_text(text).published is None


def test_lines_caption_credit_date_is_preferred_to_the_caption_event_date() -> None:
    text = ("Pipeline deal moves ahead\n\n"
            "© Example Agency 2021 The ministers shake hands in the capital on March 2, 2021.\n"
            "The ministers shake hands in the capital on March 2, 2021. - Example Agency, 12.03.2021\n"
            "The two energy ministers said the pipeline's second phase would be financed by a "
            "consortium of regional banks and completed within four years.")
    parts = clean_text(text, today=date(2024, 1, 1))
    assert parts.published == date(2021, 3, 12)
    assert "shake hands" not in parts.text


def test_lines_short_plain_article_is_kept_whole() -> None:
    text = ("Trade talks to resume\n"
            "Negotiators will meet again next week.\n"
            "Both sides expect a draft text on tariffs for machinery and farm goods by the summer.")
    parts = clean_text(text)
    assert parts.title == "Trade talks to resume"
    assert parts.text == ("Negotiators will meet again next week.\n\nBoth sides expect a draft "
                          "text on tariffs for machinery and farm goods by the summer.")


def test_lines_broadcaster_style_captions_and_stamps() -> None:
    page = """Mountain states reopen border market

Published 3 hours ago

Image source, Example Pictures
Image caption, Traders unload apples at the market gate
Two mountain states reopened a border market on Monday that had been closed for four years.
Key points:
- Traders need a permit issued by either side
- The market will open three days a week
Officials said the reopening would help farmers on both sides.
More on this story
Herders Cross Pass As Snow Melts
Related Topics"""
    parts = clean_text(page)
    assert parts.title == "Mountain states reopen border market"
    for kept in ("Two mountain states reopened", "Key points:", "- The market will open",
                 "Officials said the reopening"):
        assert kept in parts.text
    for dropped in ("Published 3 hours", "Image source", "Image caption", "More on this story",
                    "Herders Cross", "Related Topics"):
        assert dropped not in parts.text


def test_lines_newspaper_footers_and_credits() -> None:
    page = """Envoys discuss grain corridor

ISLAMABAD: The ambassadors of the two countries discussed a grain corridor through Central Asia on Wednesday, the foreign office said in a statement.
The talks covered rail tariffs, storage and insurance for shipments.
(Reporting by A. Writer; Editing by B. Editor)
Source: Example News Agency
Published in The Example Tribune, November 7th, 2018.
Follow Example Tribune on X
Facebook Comments
Have something to say about this article? Comment below"""
    parts = clean_text(page, today=date(2024, 1, 1))
    assert parts.text.endswith("The talks covered rail tariffs, storage and insurance for shipments.")
    assert parts.published == date(2018, 11, 7)


def test_lines_headline_pasted_twice_and_with_site_suffix() -> None:
    body = ("The two navies began a week of joint patrols in the gulf on Sunday, their defence "
            "ministries said, the first such patrols since the maritime agreement of last year.")
    twice = clean_text(f"Navies begin joint patrols\nNavies begin joint patrols\n\n{body}")
    assert twice.title == "Navies begin joint patrols"
    assert twice.text == body
    suffixed = clean_text(f"Navies begin joint patrols in the gulf | Example Herald\n\n{body}")
    assert suffixed.title == "Navies begin joint patrols in the gulf"
    assert suffixed.text == body


def test_lines_closing_list_and_repeated_sentence_are_kept() -> None:
    page = """Neighbours agree on river data sharing

The water ministers of the two countries agreed on Thursday to share river flow data every day during the monsoon, officials said.
Under the agreement, the two sides will:
- install six new gauging stations
- exchange forecasts twice a day
Related coverage
Dam Talks Stall Again"""
    parts = clean_text(page)
    assert "- install six new gauging stations\n\n- exchange forecasts twice a day" in parts.text
    assert "Related coverage" not in parts.text and "Dam Talks" not in parts.text


def test_lines_site_name_and_desk_byline_under_the_headline() -> None:
    page = """Gas pipeline talks enter final stage
The Example Times
Staff Reporter
Home | Business | Nov 7, 2018

The energy ministers of the two countries said on Wednesday that talks on the gas pipeline had entered their final stage and that a framework agreement could be signed early next year."""
    parts = clean_text(page, today=date(2024, 1, 1))
    assert parts.title == "Gas pipeline talks enter final stage"
    assert parts.text.startswith("The energy ministers")
    assert parts.published == date(2018, 11, 7)


def test_lines_standalone_site_name_over_the_headline() -> None:
    body = ("Officials of the two countries met in the border town on Monday to plan the "
            "reopening of a railway line closed since the war, a statement said.")
    parts = clean_text(f"Frontier Village Space\n\nRailway line between the neighbours to reopen\n\n{body}")
    assert parts.title == "Railway line between the neighbours to reopen"
    assert parts.outlet == "Frontier Village Space"
    assert parts.text == body
    plain = clean_text(f"Border railway to reopen\n\n{body}")
    assert plain.title == "Border railway to reopen"


@pytest.mark.parametrize(
    "headline", ["Pakistan, Russia review defence ties", "Envoys press for talks", "Trade post reopens"]
)
def test_lines_short_headline_with_outlet_like_word_is_the_title(headline: str) -> None:
    body = ("The foreign ministers of the two countries spoke by telephone on Monday and agreed "
            "to meet in the spring, their ministries said in a joint statement.")
    assert clean_text(f"{headline}\n\n{body}").title == headline


def test_lines_keep_a_last_paragraph_cut_off_mid_sentence() -> None:
    page = ("Rail freight between the neighbours doubles\n\n"
            "Freight trains crossing the border carried twice as much grain this spring as a year "
            "ago, the two railway companies said on Monday.\n\n"
            "The companies plan to add a night service once the new signalling on the bridge is "
            "finished, which engineers expect by the aut")
    assert "which engineers expect by the aut" in clean_text(page).text


def test_lines_keep_a_body_scraped_as_one_long_unfinished_line() -> None:
    body = ("Harbour pilots from both states met in the port city on Tuesday and agreed to share "
            "radar data, the first such accord since the strait was reopened to tankers. Officials "
            "said a joint office would open next year and that its staff would be drawn from")
    parts = clean_text(f"Weather\nSports\n\nPilots agree to share radar data\n\n{body}")
    assert parts.text == body
    assert parts.title == "Pilots agree to share radar data"


BODY = ("The two energy ministers said the pipeline's second phase would be financed by a "
        "consortium of regional banks and completed within four years.")


def test_lines_date_stamp_glued_before_the_text_is_cut_off_and_read() -> None:
    parts = clean_text(f"date 2020-07-01 Pipeline phase two approved\n\n{BODY}", today=date(2024, 1, 1))
    assert parts.published == date(2020, 7, 1)
    assert parts.title == "Pipeline phase two approved"
    assert "2020-07-01" not in parts.text


@pytest.mark.parametrize("stamp", ["NICOSIA (Example Agency) March 4, 2019", "The Courier04-03-2019",
                                   "Harbour NewsMarch 4, 2019"])
def test_lines_date_under_a_place_or_outlet_name(stamp: str) -> None:
    parts = clean_text(f"Pipeline phase two approved\n{stamp}\n\n{BODY}", today=date(2024, 1, 1))
    assert parts.published == date(2019, 3, 4)
    assert "2019" not in parts.text


def test_lines_site_date_bar_among_the_masthead_is_not_the_publication_date() -> None:
    page = ("menu_icon\nFriday, June 7, 2024\nSubscribe\n\nPipeline phase two approved\n\n" + BODY)
    assert clean_text(page, today=date(2025, 1, 1)).published is None


def test_lines_photo_date_in_a_caption_is_not_the_publication_date() -> None:
    page = ("Pipeline phase two approved\n"
            "The ministers shake hands in the capital on March 2, 2021. AFP/J. Doe\n\n" + BODY)
    assert clean_text(page, today=date(2024, 1, 1)).published is None


def test_lines_inline_related_links_teasers_and_credits_are_dropped() -> None:
    page = ("watch Our Morning Bulletin\n"
            "Pipeline phase two approved\n"
            "The two energy ministers said the pipeline's second phase would be financed by...\n"
            "Open in App\n"
            "pipe-main-01.jpg\n"
            "Image result for pipeline phase two approved\n"
            f"{BODY}\n"
            "(Example Agency) (Example Agency)\n"
            "- Why a Harbour Town Fell Out With Its Ferry Operator\n"
            "- Ten Years of Border Trade in Pictures\n"
            "The scheme has three parts:\n"
            "- a compressor station\n"
            "- two storage tanks\n"
            "Engineers will start laying the pipe in spring, the ministers said.\n"
            "With your current subscription plan you can comment on stories. However, before "
            "writing your first comment, please create a display name.")
    parts = clean_text(page)
    assert parts.title == "Pipeline phase two approved"
    assert parts.text.split("\n\n") == [BODY, "The scheme has three parts:", "- a compressor station",
                                        "- two storage tanks",
                                        "Engineers will start laying the pipe in spring, the ministers said."]


def test_lines_byline_date_under_the_standfirst_dates_the_article() -> None:
    page = ("Pipeline phase two approved\n\n"
            "Regional banks will finance the second phase of the pipeline, officials said.\n"
            "By Example Wire March 4, 2019\n\n" + BODY)
    assert clean_text(page, today=date(2024, 1, 1)).published == date(2019, 3, 4)


def test_lines_long_related_link_glued_byline_and_latest_update_stamp() -> None:
    page = ("Pipeline phase two approved\n"
            "ByJane Roe, Example Courier\n"
            "Latest update : 2019-03-04\n\n"
            f"{BODY}\n"
            "Read more | Why the harbour town and the ferry operator fell out, and what it means "
            "for the islanders who cross every day\n"
            "Engineers will start laying the pipe in spring, the ministers said.")
    parts = clean_text(page, today=date(2024, 1, 1))
    assert parts.published == date(2019, 3, 4)
    assert parts.text.split("\n\n") == [BODY, "Engineers will start laying the pipe in spring, the ministers said."]


WRAPPED_WIRE = """* Ministers back ferry subsidy, level still to be settled
* Northern ports want the subsidy paid before the new
season
By Ana Sousa
HARBOURTON, May 4 Transport
ministers of the two island states agreed on Thursday to
subsidise the ferry link for three more years, but could not
agree how large the subsidy should be.
The ministers said the link carried more passengers last
year than in any year since it opened in 1998.
Operators have asked for a subsidy of up to a third of the
cost of each crossing, one official said.
FARES AND TIMETABLES
Fares will stay at last year's level until the end of the
summer season, the ministers said in a joint statement."""


def test_lines_hard_wrapped_wire_copy_is_rejoined_into_paragraphs() -> None:
    parts = clean_text(WRAPPED_WIRE)
    assert parts.title is None
    assert parts.text.split("\n\n") == [
        ("HARBOURTON, May 4 Transport ministers of the two island states agreed on Thursday to "
        "subsidise the ferry link for three more years, but could not agree how large the subsidy should be."),
        ("The ministers said the link carried more passengers last year than in any year since it "
        "opened in 1998."),
        "Operators have asked for a subsidy of up to a third of the cost of each crossing, one official said.",
        "FARES AND TIMETABLES",
        ("Fares will stay at last year's level until the end of the summer season, the ministers "
        "said in a joint statement."),
    ]


def test_lines_wire_sign_off_after_the_last_paragraph_is_cut_from_it() -> None:
    last = ("The new route comes at a difficult time for the operator, which lost money in each of "
            "the past three years because fuel prices rose faster than fares.")
    parts = clean_text(f"Pipeline phase two approved\n\n{BODY}\n\n{last} - Example-AFP")
    assert parts.text.split("\n\n") == [BODY, last]


def test_lines_related_link_glued_after_a_sentence_and_agency_photo_credit() -> None:
    page = ("Pipeline phase two approved\n\n"
            "Engineers inspect the first section of the pipeline near the border on Monday (EXA photo)\n\n"
            f"{BODY} Also Read | Why the harbour town and the ferry operator fell out\n\n"
            "Full article\n\n"
            "Engineers will start laying the pipe in spring, the ministers said.")
    assert clean_text(page).text.split("\n\n") == [
        BODY, "Engineers will start laying the pipe in spring, the ministers said."]


def test_lines_headline_with_glued_menu_words_gives_way_to_the_clean_headline() -> None:
    page = ("HomeWorldArchivePipeline phase two approved\n"
            "Pipeline phase two approved\n\n" + BODY)
    assert clean_text(page).title == "Pipeline phase two approved"


def test_lines_masthead_slogan_and_weather_widget_stand_over_the_headline() -> None:
    page = ("The Courier - Online EditionThe valley's oldest\n"
            "newspaper & still printed\n"
            "Harbourton Weather: 14.5°C | Light rain\n\n"
            "Pipeline Phase Two Approved By Both Parliaments\n\n" + BODY)
    parts = clean_text(page)
    assert parts.title == "Pipeline Phase Two Approved By Both Parliaments"
    assert parts.text == BODY


def test_lines_topic_tag_in_its_own_block_over_the_headline_is_not_the_title() -> None:
    page = ("Pipeline finance talks\n\n"
            "Regional banks agree to fund second phase of the pipeline\n\n" + BODY)
    parts = clean_text(page)
    assert parts.title == "Regional banks agree to fund second phase of the pipeline"
    assert parts.text == BODY


def test_lines_headlines_each_with_a_read_more_prompt_are_a_rail_of_links() -> None:
    page = ("Editor's picks\n"
            "Harbour festival returns after two quiet years\n"
            "Read more\n"
            "Are the islanders really that unfriendly? Or are they?\n"
            "Read more\n"
            "Pipeline phase two approved\n"
            "Published: 4 March 2019\n\n" + BODY)
    parts = clean_text(page, today=date(2024, 1, 1))
    assert parts.title == "Pipeline phase two approved"
    assert parts.text == BODY


def test_lines_bulleted_question_headlines_between_paragraphs_are_links() -> None:
    last = "Engineers will start laying the pipe in spring, the ministers said."
    page = ("Pipeline phase two approved\n\n" f"{BODY}\n"
            "- Why the Harbour Town Fell Out With Its Ferry Operator\n"
            "- Can Two Island States Share One Grid?\n"
            f"{last}")
    assert clean_text(page).text.split("\n\n") == [BODY, last]


def test_lines_headline_pasted_twice_above_the_article_is_still_the_headline() -> None:
    page = ("Pipeline phase two approved\n"
            "Example News\n"
            "Posted: Mar 04, 2019 6:31 AM\n"
            "Pipeline phase two approved\n\n" + BODY)
    parts = clean_text(page, today=date(2024, 1, 1))
    assert parts.title == "Pipeline phase two approved"
    assert parts.text == BODY


def test_lines_caption_or_author_name_pasted_twice_in_a_row_is_dropped() -> None:
    page = ("Pipeline phase two approved\n\n"
            "Energy minister - Visited the compressor station today\n"
            "Energy minister - Visited the compressor station today\n\n"
            "Ana Sousa\nAna Sousa\n\n" + BODY)
    assert clean_text(page).text == BODY


def test_lines_date_under_the_headline_wins_over_the_site_date_bar_above_it() -> None:
    page = ("Harbourton, May 5th 2023 - 15:43 UTC\n\n"
            "Pipeline phase two approved\n"
            "Tuesday, March 4th 2019 - 21:00 UTC\n\n" + BODY)
    assert clean_text(page, today=date(2024, 1, 1)).published == date(2019, 3, 4)


@pytest.mark.parametrize(
    "strip",
    [
        "Harbour Index 4,812.3 ▲ 0.6% | Islands 20 2,140.9 ▼ 0.1% | Brent $81.40",
        "Fish futures 312.5 +1.2% Ferry shares 14.85 -0.4%",
        "KRN/USD 41.27 0.15",
        "Harbour Index 4,812.31 -12.90 Islands 20 2,140.95 (+3.10)",
        "Gold 1,845.20 Brent 78.34 KRN/USD 41.27",
    ],
)
def test_lines_a_market_data_strip_over_the_headline_is_not_the_title(strip: str) -> None:
    page = strip + "\n\nRegional banks agree to fund second phase of the pipeline\n\n" + BODY
    parts = clean_text(page)
    assert parts.title == "Regional banks agree to fund second phase of the pipeline"
    assert parts.text == BODY


def test_lines_a_table_row_with_signed_changes_is_no_ticker() -> None:
    from bilateral.cleaning.cues import is_ticker

    assert is_ticker("Harbour Index 4,812.3 ▲ 0.6% | Brent $81.40")
    assert not is_ticker("| Harbour Index | 4,812.3 | -12.9 | -0.27% |")
    assert not is_ticker("The index fell 0.27% (-12.9) to 4,812.3 on Friday.")
    assert not is_ticker("Exports rose to 1,845 tonnes")


def test_lines_a_widget_heading_run_on_after_the_last_sentence_is_cut_off() -> None:
    body = " ".join(["The two energy ministers said the pipeline would be financed by regional banks."] * 4)
    parts = clean_text("Banks to fund pipeline\n" + body + " Trending Now Ferry fares rise Harbour News Sport")
    assert parts.text == body


def test_lines_a_caption_closed_by_its_date_and_a_caption_naming_positions_are_dropped() -> None:
    first = "Fishing boats from both states will share the northern grounds from May, the ministers said."
    second = "The quota for each fleet will be reviewed every spring by a joint commission of both states."
    lines = [
        "Island states agree to share fishing grounds",
        "Fishermen unload their catch at the harbour of the larger island - 14 March 2011",
        first,
        "Minister Ana Holt, left, and her counterpart Piet Lund, right, sign the accord",
        second,
    ]
    page = "\n".join(lines)
    parts = clean_text(page)
    assert parts.title == "Island states agree to share fishing grounds"
    assert parts.text == f"{first}\n\n{second}"


def test_lines_a_paragraph_ending_in_a_dash_and_words_is_no_dated_caption() -> None:
    from bilateral.cleaning.cues import is_dated_teaser

    assert is_dated_teaser("Fishermen unload their catch at the harbour - Monday, 14 March 2011")
    assert not is_dated_teaser("The accord was signed on Monday - a day after the talks ended.")
    assert not is_dated_teaser("14 March 2011 | 2 April 2011")  # a date range, not a caption


def test_lines_related_links_without_a_separator_or_marked_by_their_kind_are_dropped() -> None:
    body = [
        "Fishing boats from both states will share the northern grounds from May, the ministers said.",
        "The quota for each fleet will be reviewed every spring by a joint commission of both states.",
    ]
    page = "\n".join([
        "Island states agree to share fishing grounds",
        body[0],
        "ALSO READ Harbour workers strike for a second day as talks with the port authority fail again",
        "Ferry fares to rise in summer as fuel costs climb [VIDEO]",
        "DON'T MISS",
        body[1] + " ALSO READ Ministers meet again in June",
    ])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_a_long_pitch_for_the_sites_services_is_dropped_but_quoted_speech_is_kept() -> None:
    quoted = "“Sign up to the accord and your fleets will fish in peace,” the minister told her counterpart."
    lines = [
        "Island states agree to share fishing grounds",
        "Fishing boats from both states will share the northern grounds from May, the ministers said.",
        "Get the morning's top stories from the islands delivered to your inbox by subscribing to our newsletter.",
        quoted,
        "Keep an eye on your inbox for the latest news from the harbour.",
    ]
    page = "\n".join(lines)
    text = clean_text(page).text
    assert "newsletter" not in text and "inbox" not in text
    assert quoted in text


def test_lines_a_pitch_after_an_authors_note_is_dropped() -> None:
    body = "Fishing boats from both states will share the northern grounds from May, the ministers said."
    note = "Have a story from the harbour? Our reporter reads every message. Follow her on Twitter @harbourdesk."
    assert clean_text(f"Island states agree to share fishing grounds\n{body}\n{note}").text == body


def test_lines_an_agencys_long_credits_are_dropped_alone_or_glued_after_the_last_sentence() -> None:
    body = "The two ministers agreed on Friday to reopen the border crossing for trucks carrying grain, officials said."
    credits = ("(Reporting by Ana Holt in Lakeside and Piet Lund in Harbour Town; additional reporting"
               " by Mia Dorn; Editing by Tom Fenn and Lia Park)")
    for page in (f"Border to reopen for trucks\n{body} {credits}", f"Border to reopen for trucks\n{body}\n{credits}"):
        assert clean_text(page).text == body


def test_lines_link_kinds_site_controls_cookie_notices_and_file_photos_are_dropped() -> None:
    body = [
        "Fishing boats from both states will share the northern grounds from May, the ministers said.",
        "The quota for each fleet will be reviewed every spring by a joint commission of both states.",
    ]
    furniture = [
        "WATCH: Ministers sign the fishing accord",
        "Read | Harbour workers strike for a second day",
        "Listen to this article",
        "Font size",
        "12 Shares",
        "Search",
        "Toggle navigation",
        "We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.",
        "Accept",
        "The harbour of the larger island. — File photo",
    ]
    page = "\n".join(["Island states agree to share fishing grounds", body[0], *furniture, body[1]])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_a_dateline_alone_and_a_list_announced_to_screen_readers_are_dropped() -> None:
    from bilateral.cleaning.cues import is_dateline_alone

    assert is_dateline_alone("HARBOUR TOWN:")
    assert is_dateline_alone("Lakeside, March 3 (Agency):")
    assert not is_dateline_alone("Key Facts:")
    assert not is_dateline_alone("Sources:")
    body = [
        "Fishing boats from both states will share the northern grounds from May, the ministers said.",
        "The quota for each fleet will be reviewed every spring by a joint commission of both states.",
    ]
    announced = ["list of 2 items", "list 1 of 2", "Ferry fares to rise in summer", "list 2 of 2",
                 "Harbour workers strike again", "end of list"]
    page = "\n".join(["Island states agree to share fishing grounds", "Lakeside, March 3 (Agency):",
                      body[0], *announced, body[1]])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_a_comments_heading_naming_the_post_in_quotes_ends_the_article() -> None:
    body = [
        "Fishing boats from both states will share the northern grounds from May, the ministers said.",
        "The quota for each fleet will be reviewed every spring by a joint commission of both states.",
        "Both ministers said the first review would take place in the harbour town next March.",
    ]
    comments = [
        "14 thoughts on “Island States Agree To Share Fishing Grounds After Years Of Quarrels”",
        "Great piece, thanks for covering the islands.",
        "My father fished those grounds for forty years and never saw a patrol boat there.",
    ]
    page = "\n".join(["Island states agree to share fishing grounds", *body, *comments])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_a_numbered_heading_on_responses_to_a_policy_is_not_a_comments_heading() -> None:
    from bilateral.cleaning.cues import is_comments_heading

    assert is_comments_heading("3 Responses to “Ferry fares rise again”")
    assert is_comments_heading("12 comments")
    assert not is_comments_heading("Responses to the new quota rules")


def test_lines_a_membership_pitch_an_affiliate_notice_and_an_authors_bio_are_dropped() -> None:
    body = [
        "Fishing boats from both states will share the northern grounds from May, the ministers said.",
        "The quota for each fleet will be reviewed every spring by a joint commission of both states.",
    ]
    furniture = [
        "If you enjoyed this article, we have an offer for you: become a member and read without limits.",
        "If you buy something through a link on this page, we may earn a commission.",
        ('Ana Holt\'s book on island politics, "Two Shores" (Harbour Press, 2019), is out now.'
         " Follow her on Twitter @anaholt. Follow us on Twitter @lakesidecourier."),
    ]
    page = "\n".join(["Island states agree to share fishing grounds", body[0], body[1], *furniture])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_extracted_text_drops_bulleted_headlines_but_keeps_points_and_rankings() -> None:
    from bilateral.cleaning.lines import classify

    paragraph = "The two ministers agreed on Friday to reopen the border crossing for trucks, officials said."
    related = ["- Harbour Workers Strike For A Second Day", "- Why The Ferry Fares Keep Rising"]
    points = ["- fares capped for the first season", "- three crossings a week"]
    ranking = ["1) Harbour Town Ferry Museum", "2) Old Lighthouse Of The Northern Cape"]
    text = "\n".join([paragraph, *related, paragraph.replace("Friday", "Monday"), *points, *ranking])
    kept = classify(text, page_layout=False).kept
    assert not any(line in kept for line in related)
    assert all(line in kept for line in [*points, *ranking])


def test_lines_a_menu_and_a_news_flash_over_the_headline_are_not_the_title() -> None:
    body = "The fisheries ministers of the two island states signed an accord on Friday, officials said."
    furniture = ["Home World Politics Business Sport", "Breaking: Storm warning issued for the coast"]
    page = "\n".join([*furniture, "Harbour states sign fishing accord", "By Ana Holt", body])
    cleaned = clean_text(page)
    assert cleaned.title == "Harbour states sign fishing accord"
    assert cleaned.text == body
    assert clean_text(f"US China Trade\n{body}").title == "US China Trade"


def test_lines_the_authors_note_at_the_end_is_dropped_but_a_story_about_a_reporter_kept() -> None:
    body = [
        "The fisheries ministers of the two island states signed an accord on Friday, officials said.",
        "Mr Lund was the smaller state's fisheries correspondent before he entered parliament in 2012.",
    ]
    bio = "Ana Holt is the Courier's fisheries correspondent based in Lakeside."
    page = "\n".join(["Harbour states sign fishing accord", *body, bio])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_unbulleted_items_of_a_list_the_last_paragraph_introduces_are_kept() -> None:
    body = [
        "The fisheries ministers of the two island states signed an accord on Friday, officials said.",
        "The joint commission will meet four times in its first year, on these dates:",
        "March 3 -- Harbour Town, town hall",
        "June 9 -- Lakeside, fisheries office",
    ]
    footer = ["Share this", "Harbour Workers Strike For A Second Day"]
    page = "\n".join(["Harbour states sign fishing accord", *body, *footer])
    assert clean_text(page).text == "\n\n".join(body)


def test_lines_a_subheading_glued_to_its_paragraph_is_cut_off_but_brand_names_are_not() -> None:
    from bilateral.cleaning.lines import split_lines

    glued = "Fares cappedThe operator will run a refitted vessel between the two capitals, the ministers said."
    assert [line.text for line in split_lines(glued)] == [
        "Fares capped", "The operator will run a refitted vessel between the two capitals, the ministers said."]
    for whole in ("Microsoft-owned LinkedIn said on Monday it would open an office in the harbour town.",
                  "The ministry shared the hashtag #FerryOnIt and a new timetable for the crossings on Friday.",
                  "Harbour Town (Agency)The ministers of the two states met on Friday to sign the accord."):
        assert [line.text for line in split_lines(whole)] == [whole]


def test_lines_another_storys_headline_between_paragraphs_is_dropped_but_subheadings_stay() -> None:
    paragraphs = [
        "The fisheries ministers of the two island states signed an accord on Friday, officials said.",
        "Fishermen on both islands welcomed the accord, though some said the quotas were too small.",
        "Each fleet's quota will be set every spring by a joint commission, the ministers said.",
        "The commission will publish its first quotas in March, after a survey of the fish stocks.",
    ]
    related = "Harbour workers in the smaller state end their strike after a pay deal"
    subheadings = ["Quotas reviewed every year", "2. What the accord means for the small boats of the north",
                   "The next step: a survey of the fish stocks in the northern grounds"]
    page = "\n\n".join(["Harbour states sign fishing accord", paragraphs[0], related, paragraphs[1],
                        subheadings[0], paragraphs[2], subheadings[1], paragraphs[3], subheadings[2],
                        paragraphs[0].replace("Friday", "Monday")])
    kept = clean_text(page).text.split("\n\n")
    assert related not in kept
    assert all(line in kept for line in subheadings)
