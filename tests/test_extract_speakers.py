"""Speakers beyond the quote's own words: pronouns and role nouns pointing back to a named person,
partial quotes with a verb of saying, inverted attributions, and lists of speakers. Every sentence is
made up for these tests."""

from __future__ import annotations

import pytest

from graph.extract.pipeline import extract
from graph.model import Article


def speakers(text: str, kind: str = "direct") -> list[tuple[str, str | None]]:
    ext = extract(Article.from_fields("News", text))
    return [(s.text, s.speaker) for s in ext.statements if s.kind == kind]


def test_a_role_noun_points_to_the_person_introduced_with_that_role():
    text = (
        "Karl Jensen, a spokesman for Nordic Rail, spoke after the crash. Anna Berg visited the site. "
        '"We will appeal," the spokesman said.'
    )
    assert speakers(text) == [("We will appeal", "person:karl-jensen")]


def test_a_role_noun_nobody_was_introduced_with_names_no_one():
    text = 'Karl Jensen visited the site on Monday. "We will appeal," the spokesman said.'
    assert speakers(text) == [("We will appeal", None)]


def test_she_skips_a_nearer_man_known_by_his_pronoun():
    text = (
        "Anna Berg said she would visit the depot. Karl Jensen said he had called the police. "
        '"Nobody was hurt," she added.'
    )
    assert speakers(text) == [("Nobody was hurt", "person:anna-berg")]


def test_he_after_a_quote_an_unnamed_person_said_is_that_persons_where_the_quote_holds_a_verb():
    # (round 51) the parser roots the sentence in the quote ("the doctors said"), not in "told"
    text = (
        "Former minister Karl Jensen was taken to hospital on Monday. "
        '"He is still on a drip, but the doctors said his condition is better," a staff member told '
        'Reuters. "The doctors are still talking to his children," he said.'
    )
    assert speakers(text)[1] == ("The doctors are still talking to his children", None)


def test_a_ministers_title_in_apposition_is_no_person_and_he_is_the_minister():
    # (round 51) "Immigration Minister" was a person, and "he" went to it
    text = (
        "Officials met on Monday. The acting Immigration Minister, Karl Jensen, says the Government is not "
        'losing control of the camp. "The detainees have no complaint," he said.'
    )
    found = extract(Article.from_fields("News", text))
    assert "Immigration Minister" not in {e.name for e in found.entities}
    assert speakers(text) == [("The detainees have no complaint", "person:karl-jensen")]


def test_he_goes_to_the_nearest_person_when_genders_are_unknown():
    text = 'Karl Jensen met the crew at the depot. "They did well," he said.'
    assert speakers(text) == [("They did well", "person:karl-jensen")]


def test_an_actor_may_be_a_woman():
    # "actor" says nothing of gender ("actress" does), so it does not rule out "she".
    text = 'Actor Mia Holt spoke at the festival on Sunday. "I was speechless when they called," she said.'
    assert speakers(text) == [("I was speechless when they called", "person:mia-holt")]


def test_a_pronoun_after_a_newly_named_speaker_is_that_speakers_next_turn():
    # Olaf Brandt is known as "he" and Karl Weiss not yet, but Weiss spoke in the sentence just before.
    text = (
        "Minister Olaf Brandt was hurt in the blast, and his condition is stable. Karl Weiss, a "
        'spokesperson for the police, confirmed that two men were held. "They acted alone," he told reporters.'
    )
    assert speakers(text) == [("They acted alone", "person:karl-weiss")]


def test_a_pronoun_goes_on_from_a_role_noun_standing_for_the_person_in_between():
    text = (
        "The minister, Sarah Okafor, defended the plan on Monday. Karl Jensen, an economist at Bergen "
        'University, called it "a gift to the rich". The minister hit back. "The plan helps every '
        'family," she said.'
    )
    assert speakers(text) == [
        ("a gift to the rich", "person:karl-jensen"),
        ("The plan helps every family", "person:sarah-okafor"),
    ]


def test_a_pronoun_after_a_newly_named_person_who_is_not_the_subject_keeps_the_one_known_by_it():
    text = (
        "Minister Olaf Brandt was hurt in the blast, and his condition is stable. His wife thanked Karl "
        'Weiss, a nurse at the hospital. "They will recover," he told reporters.'
    )
    assert speakers(text) == [("They will recover", "person:olaf-brandt")]


def test_a_pronoun_after_a_sentence_about_one_newly_named_person_is_theirs():
    # the sentence before is about the nurse: news gives the quote to him, not to the minister the
    # article called "he" further back (round 21; invented sets i, a and f had this shape)
    text = (
        "Minister Olaf Brandt was hurt in the blast, and his condition is stable. Karl Weiss, a nurse "
        'at the hospital, treated two men. "They will recover," he told reporters.'
    )
    assert speakers(text) == [("They will recover", "person:karl-weiss")]


def test_a_partial_quote_with_a_speaking_verb_and_a_clear_speaker_is_kept():
    text = 'Senator Maria Lopez met union leaders. Later the senator called the plan "a betrayal" and left.'
    assert speakers(text) == [("a betrayal", "person:maria-lopez")]


def test_a_short_label_on_a_noun_stays_a_scare_quote():
    text = 'Maria Lopez defended the "fast track" plan on Tuesday.'
    assert speakers(text) == []


def test_a_verb_of_saying_right_after_the_quote_names_its_speaker():
    text = '"The rescue crews were heroes," tweeted Governor of Ohio Karl Jensen on Sunday.'
    assert speakers(text)[0][1] == "person:karl-jensen"


def test_a_quote_after_a_sentence_about_someone_is_theirs():
    text = (
        "Anna Berg left the orchestra in 2004. "
        '"It was not what I had trained for, and I wanted to compose instead."'
    )
    assert speakers(text)[0][1] == "person:anna-berg"


def test_a_relative_who_is_the_name_it_hangs_on():
    text = 'Another witness was Karl Jensen, who said only: "I ran because everybody else ran away."'
    assert speakers(text)[0][1] == "person:karl-jensen"


def test_a_claim_by_two_speakers_is_one_statement_each():
    found = speakers("Anna Berg and Karl Jensen said the bridge would reopen in May.", "indirect")
    assert found == [
        ("the bridge would reopen in May", "person:anna-berg"),
        ("the bridge would reopen in May", "person:karl-jensen"),
    ]


def test_a_claim_of_what_the_speaker_believes_is_one_claim_and_a_long_one_keeps_its_inner_claim():
    text = (
        "Anna Berg told Radio Tarvia she believes the ferry will be sold. "
        "Karl Jensen accused the council of wasting money on the bridge, a week after he said the "
        "ferry would be sold."
    )
    found = speakers(text, "indirect")
    assert ("she believes the ferry will be sold", "person:anna-berg") in found
    assert ("the ferry will be sold", "person:anna-berg") not in found
    assert ("the ferry would be sold", "person:karl-jensen") in found


def test_words_quoted_in_someones_accusation_or_hailed_by_someone_are_theirs():
    text = (
        "Anna Berg met the ministers to discuss Karl Jensen's accusation that the mayor was "
        '"responsible for every delay at the port". '
        'The plan was hailed by Olaf Lund as "a new dawn for the harbour".'
    )
    assert speakers(text) == [
        ("responsible for every delay at the port", "person:karl-jensen"),
        ("a new dawn for the harbour", "person:olaf-lund"),
    ]


def test_a_subject_inside_the_quote_is_not_the_speaker_and_the_cut_quote_is_one_statement():
    # The parser may take "that" of "all that," for the subject of "said".
    text = '"We lost the house, the car and all that," Anna Berg said in her book, "but we kept each other."'
    assert speakers(text) == [
        ("We lost the house, the car and all that but we kept each other.", "person:anna-berg")
    ]


def test_two_quotes_with_their_own_verbs_stay_two():
    text = '"We are tired," Anna Berg said. "We want to go home," Karl Jensen added.'
    assert speakers(text) == [
        ("We are tired", "person:anna-berg"),
        ("We want to go home", "person:karl-jensen"),
    ]


def test_a_phrase_named_by_an_unnamed_subject_is_kept_without_a_speaker():
    text = 'Anna Berg spoke at the rally. Protesters termed the new mayor a "cowardly liar" on Monday.'
    assert speakers(text) == [("cowardly liar", None)]


def test_a_verb_of_saying_with_an_unnamed_subject_names_no_one():
    # "Karl Jensen was" is the nearer clause, but the police are the ones who say it.
    text = 'Police said Karl Jensen was "acting very strangely" before the crash.'
    assert speakers(text) == [("acting very strangely", None)]


def test_according_to_an_unnamed_source_names_no_one():
    text = 'According to officials, Karl Jensen was driving "far too fast for the road" that night.'
    assert speakers(text) == [("far too fast for the road", None)]


def test_a_medium_reporting_the_words_is_not_their_speaker():
    text = 'Anna Berg called the plan "a gift to the banks", according to Reuters.'
    assert speakers(text) == [("a gift to the banks", "person:anna-berg")]


def test_the_content_of_a_verb_of_saying_does_not_name_its_speaker():
    text = (
        "Anna Berg resigned on Friday. "
        'Colleagues told reporters she had been "under enormous pressure for months".'
    )
    assert speakers(text) == [("under enormous pressure for months", None)]


def test_the_clause_the_quote_hangs_on_names_its_speaker():
    text = (
        "Karl Jensen received the medal, with which the Royal Society honours a scientist for having "
        'made "a lasting contribution to physics".'
    )
    assert speakers(text) == [("a lasting contribution to physics", "organization:royal-society")]


def test_a_role_given_with_is_points_back_to_the_person():
    text = (
        "Lena Fischer is a spokeswoman for the Red Cross. Aid reached the valley on Monday. "
        '"Help is on its way to every village," the spokeswoman said.'
    )
    assert speakers(text) == [("Help is on its way to every village", "person:lena-fischer")]


def test_a_pronoun_inside_a_persons_own_phrase_is_someone_elses():
    # "Her" in "Her rival, Tom Wu" is Sara Klein's, so Tom Wu is not "she".
    text = (
        "Sara Klein won the race. Her rival, Tom Wu, finished second. "
        '"I gave everything today," Klein said. "It was very hard," she added.'
    )
    assert [s for _, s in speakers(text)] == ["person:sara-klein", "person:sara-klein"]


def test_a_quoted_phrase_after_as_is_what_is_said_not_a_label():
    text = (
        "Interior Minister Karl Braun visited the border on Friday. "
        'The minister described the situation as "very serious".'
    )
    assert speakers(text) == [("very serious", "person:karl-braun")]


def test_the_company_is_the_organisation_named_before():
    text = (
        'Acme Corp announced the closure on Monday. "The plant is no longer profitable," the company '
        "said in a statement."
    )
    assert speakers(text) == [("The plant is no longer profitable", "organization:acme-corp")]


def test_the_court_is_the_organisation_whose_name_holds_the_noun():
    text = (
        "The Supreme Court heard the case of Nordic Rail in March. Anna Berg spoke for the company. "
        '"The appeal is dismissed in full," the court said.'
    )
    assert speakers(text) == [("The appeal is dismissed in full", "organization:supreme-court")]


def test_a_list_of_speakers_after_the_quote_is_one_statement_each():
    text = '"We are ready for the vote," said Anna Berg and Carl Holm.'
    assert speakers(text) == [
        ("We are ready for the vote", "person:anna-berg"),
        ("We are ready for the vote", "person:carl-holm"),
    ]


def test_a_quote_after_a_colon_belongs_to_who_of_the_clause_before():
    text = 'Another passenger was Karl Jensen, 31, who mentioned only his army training: "You do not think, you act."'
    assert speakers(text) == [("You do not think, you act.", "person:karl-jensen")]


def test_any_noun_a_person_is_introduced_with_is_a_role():
    text = (
        "Karl Jensen, a witness, saw the crash from his car. Anna Berg was driving the truck. "
        '"The truck never slowed down," the witness said.'
    )
    assert speakers(text) == [("The truck never slowed down", "person:karl-jensen")]


def test_an_age_points_back_to_the_person_given_that_age():
    text = 'Karl Jensen, 45, was rescued on Sunday. "I thought I would die there," the 45-year-old said.'
    assert speakers(text) == [("I thought I would die there", "person:karl-jensen")]


@pytest.mark.parametrize(
    "text",
    [
        'John Wells, 54, has lived in the town all his life. "I have never seen water this high," the 54-year-old said.',
        'John Wells, 54, has lived in the town all his life. "I have never seen water this high," the 54-year-old told reporters.',
    ],
)
def test_an_age_after_the_quote_points_back_however_the_parser_hung_it(text):
    # The small model takes "old" for an adjective on the verb and leaves the verb no subject.
    assert speakers(text) == [("I have never seen water this high", "person:john-wells")]


@pytest.mark.parametrize(
    "text",
    [
        'Police fired tear gas on Sunday. Karim Haddad, who runs a youth club, spoke on Monday. "This did not come out of nowhere," the 44-year-old said.',
        'Professor Yuki Sasaki led the team. "It hurts to watch this," the 48-year-old told the Tokachi Mainichi.',
        'Lachlan Birch denied the claim. "I did not trace anything," the 38-year-old told reporters in Hobart.',
        # the person who spoke last, not the person named last
        "Officials met. Sione Fonua said the deal was fair. He thanked the forum, whose talks were chaired "
        'by Leota Vaai. "Without her patience, we would still be drawing lines," the 61-year-old said.',
    ],
)
def test_an_age_first_given_in_the_attribution_is_the_person_just_named(text):
    assert [speaker for _, speaker in speakers(text)] == [
        next(e.id for e in extract(Article.from_fields("News", text)).entities if e.type == "Person")
    ]


def test_an_age_nobody_was_given_names_no_one():
    text = (
        "A 23-year-old man was arrested near the scene. Paul Dunn, 40, watched the arrest. "
        '"He ran straight at us," the 23-year-old said.'
    )
    assert speakers(text) == [("He ran straight at us", None)]
    # nor when the person named nearer was given no age: the 23-year-old is the unnamed man
    text = text.replace("Paul Dunn, 40, watched", "Paul Dunn watched")
    assert speakers(text) == [("He ran straight at us", None)]


@pytest.mark.parametrize(
    "text",
    [
        'Kenyan runner Brigid Kosgei won the race on Sunday. Tom Hale came second. "I am very happy," the Kenyan said.',
        'Anna Berg, a Briton, won the stage. Her rival Tom Hale crashed. "It was hard," the Briton said.',
    ],
)
def test_a_demonym_a_person_was_introduced_with_points_back_to_them(text):
    who = "person:brigid-kosgei" if "Kosgei" in text else "person:anna-berg"
    assert [s for _, s in speakers(text)] == [who]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "The guitarist Emeka Obiora founded the band in 1962. He kept performing into his late seventies. "
            'At a concert in 2017, the veteran told the crowd: "As long as these fingers move, I will play."',
            "person:emeka-obiora",
        ),
        (
            "Aiko Nishimura lost the final. Nishimura, 27, was gracious in defeat. "
            '"She played the big points better than me today," said the Japanese player. '
            "Her coach, former Slovak player Zuzana Hrncarova, was pleased.",
            "person:aiko-nishimura",
        ),
        (
            "The club dismissed its Portuguese head coach, Rui Tavares, on Monday. Karl Jensen will take charge. "
            '"I leave with my head high," the Portuguese wrote on Instagram.',
            "person:rui-tavares",
        ),
        (
            "The team's Serbian coach, Dejan Vukasinovic, left Jericho Santiago out of the squad. "
            "Ramon Dimaculangan had backed him. The Serbian, who has coached the side since 2018, struck a "
            'defiant tone: "My job is to pick the team that gives us the best chance to win."',
            "person:dejan-vukasinovic",
        ),
    ],
)
def test_an_epithet_points_back_to_the_person_the_story_is_about(text, who):
    assert [s for _, s in speakers(text)] == [who]


def test_an_officials_role_nobody_was_introduced_with_still_names_no_one():
    text = 'Police arrested Tom Hale on Friday. "He was carrying a knife," the officer said.'
    assert speakers(text) == [("He was carrying a knife", None)]


def test_a_passive_verb_of_saying_in_the_clause_does_not_stop_the_search_for_the_speaker():
    text = (
        "Officials met on Monday. Professor Hannah Lindqvist of Lund University said the court was likely "
        'to be asked whether a state can continue to exist "without a single square metre of dry land".'
    )
    assert speakers(text) == [("without a single square metre of dry land", "person:hannah-lindqvist")]


def test_the_company_is_the_organisation_its_sentence_is_about():
    text = (
        "Officials met on Monday. Alpenblick Reisen, which has been owned by the Vienna-based Danube Travel "
        'Group since 2016, said the coach had passed its inspection. "Our thoughts are with the families," '
        "the company said in a statement."
    )
    assert speakers(text) == [("Our thoughts are with the families", "organization:alpenblick-reisen")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Monday. Nadia Okafor posted a video. Another, a student from Odense, said the refund "
        'was fair. "But nothing replaces the atmosphere," he said.',
        "Officials met on Monday. Karl Jensen praised the crew. One resident, who asked not to be named, was "
        'angry. "But nothing replaces the atmosphere," she said.',
    ],
)
def test_a_pronoun_after_a_sentence_about_an_unnamed_person_is_theirs(text):
    assert speakers(text) == [("But nothing replaces the atmosphere", None)]


def test_an_unnamed_person_the_quote_itself_speaks_of_is_not_its_speaker():
    text = (
        'Officials met on Monday. Lena Ortiz criticised the recall. "A retired judge came back. A law stays," '
        "she wrote on Twitter."
    )
    assert speakers(text) == [("A retired judge came back. A law stays", "person:lena-ortiz")]


def test_a_pronoun_after_one_of_a_group_named_in_apposition_is_theirs():
    text = (
        "Officials met on Monday. One of the rescued men, 29-year-old Peter Zulu, told reporters that the group "
        'had shared bread. "We prayed together every hour," he said.'
    )
    assert speakers(text) == [("We prayed together every hour", "person:peter-zulu")]


def test_a_pronoun_after_someone_meeting_an_unnamed_person_stays_with_the_named_one():
    text = 'Officials met on Monday. Anna Berg met a student from Odense. "It was fair," she said.'
    assert speakers(text) == [("It was fair", "person:anna-berg")]


def test_an_unnamed_person_further_back_than_a_named_one_does_not_take_the_pronoun():
    text = (
        "A judge on Wednesday ordered a full recount. Patricia Kowalczyk, a judge on the county court, ruled "
        'that the breakdowns were serious. "The integrity of an election depends on the count," she wrote.'
    )
    assert speakers(text) == [
        ("The integrity of an election depends on the count", "person:patricia-kowalczyk")
    ]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Officials met on Monday. Kwame Mensah-Bonsu, a paediatric hepatologist at St Columba's Hospital, "
            'pointed out that the trial was short. "We do not yet know whether it works," the Ghanaian-born '
            "specialist said.",
            "person:kwame-mensah-bonsu",
        ),
        (
            "Officials met on Monday. Co-author Richard Hollings, an ecologist at the University of Exeter, said "
            'the findings matched. The British scientist put it more starkly: "What we see is not an isolated case."',
            "person:richard-hollings",
        ),
        (
            "Officials met on Monday. Neither had been vaccinated, according to the hospital's director, Vasile "
            'Ciobanu. "By the time they reached us, it was too late," the paediatrician said.',
            "person:vasile-ciobanu",
        ),
    ],
)
def test_a_description_of_the_person_the_story_is_about_points_back_to_them(text, who):
    assert [s for _, s in speakers(text)] == [who]


def test_the_union_is_the_organisation_named_as_one():
    text = (
        "Officials met on Monday. Firefighters United, a union representing firefighters, said the government "
        'had cut funds. The state was now "relying on the goodwill of exhausted volunteers", the union said.'
    )
    assert speakers(text) == [
        ("relying on the goodwill of exhausted volunteers", "organization:firefighters-united")
    ]


@pytest.mark.parametrize(
    "text, quote, who",
    [
        (
            "Officials met on Monday. Tournament director Graham Pettigrew said a record 41,500 spectators had "
            'attended over the week, and called the final "one of the best matches we have ever had".',
            "one of the best matches we have ever had",
            "person:graham-pettigrew",
        ),
        (
            "Officials met on Monday. Anna Berg won. She said her first priorities would be cutting the deficit, "
            'and promised to name a cabinet "with at least as many women as men" before the end of the month.',
            "with at least as many women as men",
            "person:anna-berg",
        ),
        (
            "Officials met on Monday. The European Commission said last week that Latvia was the only member yet "
            'to submit no budget, and urged the government to submit one "without further delay".',
            "without further delay",
            "organization:european-commission",
        ),
    ],
)
def test_a_second_verb_the_parser_joins_to_a_reported_clause_about_things_is_the_speakers(text, quote, who):
    assert speakers(text) == [(quote, who)]


def test_a_deed_of_unnamed_people_in_a_reported_clause_is_told_in_the_reporters_words():
    text = (
        "Officials met on Monday. The National Police said in a statement that officers had come under fire "
        'and had responded "in accordance with protocols". Anna Berg said police told reporters "the suspect '
        'was armed".'
    )
    assert speakers(text) == [
        ("in accordance with protocols", "organization:national-police"),
        ("the suspect was armed", None),  # a verb of plain saying: the unnamed police speak
    ]


def test_a_question_clause_opening_the_sentence_is_not_an_inverted_attribution():
    text = (
        "Officials met on Monday. Laura Zarina, spokeswoman for the Chancery, said President Janis Vitols would "
        "hold talks. Asked whether Vitols might turn to the opposition, Zarina said only that the president "
        '"does not exclude anyone who can count to fifty-one".'
    )
    assert speakers(text) == [("does not exclude anyone who can count to fifty-one", "person:laura-zarina")]


def test_the_statement_read_is_its_author_named_as_the_clause_subject_of_in_a_statement():
    text = (
        "Officials met on Monday. The Green Alliance's chairman, Martins Ozols, told a different story. In a "
        'statement posted on Facebook, he accused Karla Kalnina of lying. "We came to these talks in good '
        'faith," the statement read.'
    )
    assert speakers(text) == [("We came to these talks in good faith", "person:martins-ozols")]


def test_a_pronoun_goes_on_from_the_same_pronoun_subject_of_the_sentence_before():
    text = (
        "Officials met on Monday. Lucia Herrera won. Gabriel Solis conceded defeat before midnight. In a brief "
        'speech, he congratulated Herrera but called her pact "a betrayal of voters". "We accept the result '
        'because that is what democrats do," he said.'
    )
    assert speakers(text) == [
        ("a betrayal of voters", "person:gabriel-solis"),
        ("We accept the result because that is what democrats do", "person:gabriel-solis"),
    ]


def test_a_counterpart_holds_the_office_of_the_person_named_before_them():
    text = (
        "Officials met on Monday. Norway and Ghana signed an agreement after talks between Ingrid Solberg, "
        "Norway's foreign minister, and her Ghanaian counterpart Kwame Mensah. Mensah said the deal would "
        'protect fishermen. "For too long, foreign trawlers have emptied our waters," the minister said.'
    )
    assert speakers(text) == [
        ("For too long, foreign trawlers have emptied our waters", "person:kwame-mensah")
    ]


def test_a_gendered_title_marks_the_person_for_a_later_pronoun():
    # "Spokeswoman" and "Chairwoman" are words only of a woman: "she" skips a nearer, unmarked person.
    for title in ("Spokeswoman", "Chairwoman"):
        text = (
            f"Officials met on Monday. {title} Alex Morgan opened the meeting. Sam Taylor presented the "
            'figures. "We are ready," she said.'
        )
        assert speakers(text) == [("We are ready", "person:alex-morgan")], title


def test_a_list_of_three_speakers_is_one_statement_each():
    text = 'Anna Berg, Karl Jensen and Tom Hale said in a joint statement that "the vote was rigged from the start".'
    assert [s for _, s in speakers(text)] == ["person:anna-berg", "person:karl-jensen", "person:tom-hale"]


def test_a_surname_two_people_share_goes_to_the_one_named_first():
    text = (
        "The painter Karl Jensen died on Monday. Jensen was born in Lund. His wife, Anna Jensen, survived "
        'him. Jensen once told a reporter he was "a carpenter at heart".'
    )
    assert speakers(text) == [("a carpenter at heart", "person:karl-jensen")]


def test_the_author_of_a_statement_or_a_letter_speaks_the_words_it_carries():
    navy = (
        "The navy read out a statement from Admiral Karl Jensen calling on all sailors to "
        '"stay calm and wait for new orders".'
    )
    assert speakers(navy) == [("stay calm and wait for new orders", "person:karl-jensen")]
    council = (
        "Reporters were shown a letter from Anna Berg asking the council to "
        '"think again about the children of this town".'
    )
    assert speakers(council) == [("think again about the children of this town", "person:anna-berg")]


def test_a_title_with_short_lower_case_words_is_not_speech():
    text = 'The magazine named Anna Berg its "Teacher of the Year" on Friday.'
    assert speakers(text) == []


def test_according_to_a_statement_from_someone_is_theirs():
    text = (
        "According to a statement from Nordic Rail, the line will stay closed "
        '"until every bridge has been checked by engineers".'
    )
    assert speakers(text) == [
        ("until every bridge has been checked by engineers", "organization:nordic-rail")
    ]


def test_a_pronoun_goes_to_the_subject_of_the_main_clause_before():
    text = (
        'Coach Sarah Okafor said Tomas Lind was "exactly the player we needed." '
        'She added that the club had followed him "for more than two years."'
    )
    assert [s for _, s in speakers(text)] == ["person:sarah-okafor", "person:sarah-okafor"]


def test_the_person_a_phrase_is_headed_by_speaks_not_the_one_whose_role_it_names():
    text = "Anna Berg lost the vote. Berg spokesman Tom Hale said the result would be challenged in court."
    assert speakers(text, "indirect") == [("the result would be challenged in court", "person:tom-hale")]


def test_a_second_verb_of_saying_after_a_full_stop_starts_a_new_statement():
    text = '"She never stops working," Mark Dubois said. He added: "She deserves every bit of this."'
    assert speakers(text) == [
        ("She never stops working", "person:mark-dubois"),
        ("She deserves every bit of this.", "person:mark-dubois"),
    ]


# -- Indirect claims -------------------------------------------------------------------------------


def test_a_verb_of_saying_that_cuts_a_claim_in_two_reports_both_parts():
    text = "The bridge will stay closed until May, Karl Jensen said, to allow engineers to check every cable."
    assert speakers(text, "indirect") == [
        (
            "The bridge will stay closed until May to allow engineers to check every cable",
            "person:karl-jensen",
        )
    ]


def test_a_cut_claim_is_only_the_part_of_the_sentence_between_semicolons_that_holds_it():
    text = "Two buses collided near the depot; about 40 passengers, officials said, were taken to hospital."
    assert speakers(text, "indirect") == [("about 40 passengers were taken to hospital", None)]


def test_a_request_is_who_is_asked_and_what_not_what_the_speaker_did_next():
    text = "Mayor Anna Berg urged the council to rethink the budget and left the meeting early."
    assert speakers(text, "indirect") == [("the council to rethink the budget", "person:anna-berg")]


def test_a_call_for_something_to_happen_is_a_request():
    text = "Anna Berg called for all schools to close during the storm."
    assert speakers(text, "indirect") == [("for all schools to close during the storm", "person:anna-berg")]


def test_asking_goes_on_from_the_verb_before_and_has_its_subject():
    text = "Karl Jensen wrote to the ministry asking to keep the clinic open for another year."
    assert speakers(text, "indirect") == [("to keep the clinic open for another year", "person:karl-jensen")]


def test_informing_someone_of_a_clause_the_parser_hung_on_them_is_a_claim():
    text = "Karl Jensen informed the court he had sold the house in 2010."
    assert speakers(text, "indirect") == [("he had sold the house in 2010", "person:karl-jensen")]


def test_according_to_police_before_a_verb_of_saying_is_not_a_claim_of_its_own():
    text = "According to police, Karl Jensen said he had lost control of the car on the ice."
    assert speakers(text, "indirect") == [("he had lost control of the car on the ice", "person:karl-jensen")]


def test_a_claim_holding_a_title_in_quotes_is_still_a_claim():
    text = 'Anna Berg reported that fans were wearing shirts saying "Bring Back The Bears" at the match.'
    assert speakers(text, "indirect") == [
        ('fans were wearing shirts saying "Bring Back The Bears" at the match', "person:anna-berg")
    ]


def test_a_claim_ending_in_a_quoted_label_keeps_its_closing_mark():
    found = speakers('Anna Kowalski said fans had seen the "miracle."', "indirect")
    assert found == [('fans had seen the "miracle"', "person:anna-kowalski")]


def test_a_claim_ending_in_a_word_put_in_the_speakers_mouth_is_that_word_quoted():
    text = 'Anna Kowalski said fans were "thrilled."'
    assert (speakers(text), speakers(text, "indirect")) == ([("thrilled.", "person:anna-kowalski")], [])


def test_it_that_says_something_is_the_organisation_named_before():
    text = (
        "Acme Corp recalled its heaters on Monday after two fires. "
        'It urged customers to "unplug the heaters and return them to the shop."'
    )
    assert speakers(text) == [("unplug the heaters and return them to the shop.", "organization:acme-corp")]


def test_it_of_a_passive_is_no_one():
    text = "Nordic Rail cancelled all trains on Friday. It is said that the storm damaged forty bridges."
    assert speakers(text, "indirect") == [("the storm damaged forty bridges", None)]


def test_a_role_with_a_possessive_pronoun_points_back_to_the_person_introduced_so():
    text = 'Anna Berg and her husband Karl Jensen run the farm. "We lost half the harvest," her husband said.'
    assert speakers(text) == [("We lost half the harvest", "person:karl-jensen")]


def test_a_quote_after_a_fragment_in_a_reported_sentence_is_a_statement_of_its_own():
    text = (
        'Karl Jensen talked about how the band had been ignored "for far too long." '
        'On the first night, "I felt like we finally belonged somewhere, and the crowd sang every word."'
    )
    assert speakers(text) == [
        ("for far too long.", "person:karl-jensen"),
        ("I felt like we finally belonged somewhere, and the crowd sang every word.", "person:karl-jensen"),
    ]


def test_a_quote_the_sentence_goes_on_from_is_not_continued_but_its_speaker_keeps_the_paragraph():
    text = (
        'Anna Berg left the show in 2004. "I asked them to build me a real desk" to use on the set, which '
        'stood on a high platform. "They gave me a painted box instead, and I had no lines at all."'
    )
    assert speakers(text) == [
        ("I asked them to build me a real desk", "person:anna-berg"),
        ("They gave me a painted box instead, and I had no lines at all.", "person:anna-berg"),
    ]


def test_a_quote_that_goes_on_after_its_attribution_is_still_one_statement():
    text = '"We are close to a deal," Anna Berg said on Monday. "The last points are small ones."'
    assert speakers(text) == [("We are close to a deal The last points are small ones.", "person:anna-berg")]


def test_a_short_name_in_quotes_with_the_sentences_comma_is_a_name():
    text = 'Her stage name was changed to "Lena Star," after a song her mother liked.'
    assert speakers(text) == []


def test_a_title_written_with_capitals_points_back_like_a_role_noun():
    text = (
        'Prime Minister Anna Berg visited the site on Monday. "We will help every family," '
        "the Prime Minister said."
    )
    assert speakers(text) == [("We will help every family", "person:anna-berg")]
    court = 'The Supreme Court ruled on Tuesday. "The law is clear," the Court said.'
    assert speakers(court) == [("The law is clear", "organization:supreme-court")]


def test_a_list_of_people_given_with_their_roles_is_one_statement_each():
    text = (
        'The mayor, Anna Berg, and the police chief, Karl Jensen, both said the city was "safe for visitors".'
    )
    assert speakers(text) == [
        ("safe for visitors", "person:anna-berg"),
        ("safe for visitors", "person:karl-jensen"),
    ]


def test_a_quote_standing_alone_is_the_paragraphs_speaker_before_whom_the_sentence_before_is_about():
    text = (
        'Anna Berg said the team had been "written off far too early." Karl Jensen, the coach, sat beside '
        'her. "Nobody believed in us, and now look at where we are."'
    )
    assert [s for _, s in speakers(text)] == ["person:anna-berg", "person:anna-berg"]


def test_a_subject_the_parser_splits_at_a_hyphen_still_names_its_speaker():
    # "co-author" parses as three subjects of "said": the one that names someone speaks.
    text = '"The ice is thinning faster than we thought," said study co-author Helen Carter.'
    assert speakers(text) == [("The ice is thinning faster than we thought", "person:helen-carter")]
    text = 'Another co-author, engineering professor Julian Marshall, said, "We have seen this before."'
    assert speakers(text) == [("We have seen this before.", "person:julian-marshall")]


def test_an_apposition_names_a_subject_that_is_only_a_description():
    text = (
        "One of the groups, the Syrian Democratic Forces, said it had been given "
        '"assurances that it would not be attacked."'
    )
    assert speakers(text) == [
        ("assurances that it would not be attacked.", "organization:syrian-democratic-forces")
    ]


def test_saying_hung_on_the_reported_clause_is_still_the_stating_persons():
    text = (
        "Karl Jensen, the Senate leader, spoke on Monday. He publicly stated the trial would not be "
        'fair, saying he expected "a largely partisan outcome" in the Senate.'
    )
    assert speakers(text) == [("a largely partisan outcome", "person:karl-jensen")]


def test_a_name_and_verb_of_saying_after_a_quote_ending_in_an_exclamation_mark():
    # The parser ends the sentence at "!" or "?": the attribution after it is still the quote's.
    text = 'The vote was close.\n\n"We are ready for anything!" Helen Carter told reporters on Monday.'
    assert speakers(text) == [("We are ready for anything!", "person:helen-carter")]
    text = '"Who will pay for this?" Helen Carter asked the council on Monday.'
    assert speakers(text) == [("Who will pay for this?", "person:helen-carter")]


def test_a_clause_of_its_own_after_a_quote_is_not_its_attribution():
    text = '"We are ready!" Helen Carter said the team would win.'
    assert speakers(text)[0][1] is None


def test_a_quote_in_its_own_paragraph_after_someone_spoke_to_reporters_is_theirs():
    text = (
        "Helen Carter, who leads the rescue team, spoke to reporters on Tuesday.\n\n"
        '"We found twelve people alive. The search goes on through the night."'
    )
    assert speakers(text) == [
        ("We found twelve people alive. The search goes on through the night.", "person:helen-carter")
    ]


def test_one_quoted_word_that_someone_calls_a_thing_is_a_statement():
    text = 'Karl Jensen called the budget "reckless" and voted against it.'
    assert speakers(text) == [("reckless", "person:karl-jensen")]
    text = 'Karl Jensen, a senator from Ohio, described the budget as "reckless".'
    assert speakers(text) == [("reckless", "person:karl-jensen")]


def test_a_quoted_predicate_the_parser_hangs_on_the_object_is_still_what_a_verb_of_naming_calls_it():
    # The small parser reads "as" as a modifier of "ruling" and the quoted word as an adjective of
    # "as" or of "offer": after the object, it is still what the speaker calls it.
    text = 'The mayor, Lena Fischer, described the ruling as "shameful".'
    assert speakers(text) == [("shameful", "person:lena-fischer")]
    text = 'Tom Wu called the offer "deeply insulting" on Friday.'
    assert speakers(text) == [("deeply insulting", "person:tom-wu")]
    # Before the object, quoted words are still a label on it.
    assert speakers('Tom Wu described the "fast track" plan as a failure.') == []


def test_one_quoted_word_that_is_a_term_or_a_scare_quote_is_not():
    assert speakers('Karl Jensen said the "experts" were wrong about the budget.') == []
    assert speakers('Karl Jensen studied a method called "triangulation" for years.') == []


def test_a_hyphenated_surname_alone_is_the_person_named_in_full_before():
    text = (
        "Maria Gallego-Lazo, a student at the college, studied the glue. "
        'Gallego-Lazo said, "Few studies have looked at this closely."'
    )
    assert speakers(text) == [("Few studies have looked at this closely.", "person:maria-gallego-lazo")]


def test_the_next_speakers_own_quote_is_not_taken_for_an_attribution():
    text = 'The crowd chanted "never again, never again." Helen Carter said "It was a team effort."'
    assert speakers(text) == [
        ("never again, never again.", None),
        ("It was a team effort.", "person:helen-carter"),
    ]


def test_the_agent_of_a_passive_verb_of_naming_speaks_not_its_subject():
    text = 'Karl Jensen was described by the Riverton Herald as "the hardest-working man in town."'
    assert speakers(text) == [("the hardest-working man in town.", "organization:riverton-herald")]


def test_the_statement_speaks_for_whoever_put_it_out():
    text = (
        "Amnesty International released a statement on Monday. Its director was travelling.\n\n"
        'The statement read: "The prison must close before the end of the year."'
    )
    assert speakers(text) == [
        ("The prison must close before the end of the year.", "organization:amnesty-international")
    ]
    text = "Amnesty International released a statement saying the prison had closed."
    assert speakers(text, "indirect") == [("the prison had closed", "organization:amnesty-international")]


def test_a_statement_nobody_named_put_out_has_no_speaker():
    text = 'The family released a statement on Monday. "He was loved by all," the statement said.'
    assert speakers(text) == [("He was loved by all", None)]


def test_a_quote_cut_by_a_statement_reading_out_its_words_is_one_statement():
    text = (
        "On Friday, Amnesty International released a statement on the prison.\n\n"
        '"No staff will lose their jobs;" read the statement; "we will retrain everyone."'
    )
    assert speakers(text) == [
        ("No staff will lose their jobs we will retrain everyone.", "organization:amnesty-international")
    ]


def test_whom_someone_tells_is_not_the_speaker_and_a_lost_subject_is_the_person_before_the_verb():
    # The parser hangs the name on the quoted phrase and leaves "told" without a subject.
    text = (
        'Dismissing the offer as "far too little", Ewa Nowak of "Never again", a survivors\' network, '
        'told Reuters "the money will not heal anyone".'
    )
    found = speakers(text)
    assert found[-1] == ("the money will not heal anyone", "person:ewa-nowak")
    assert "organization:reuters" not in [s for _, s in found]


def test_they_that_speaks_is_the_organisation_the_sentence_before_is_about():
    text = 'Amnesty International criticised the prison on Monday. "The cells are far too small," they said.'
    assert speakers(text) == [("The cells are far too small", "organization:amnesty-international")]
    text = (
        "Amnesty International criticised the prison on Monday. They released a statement which said, "
        '"Nobody should be held in these cells."'
    )
    assert speakers(text) == [("Nobody should be held in these cells.", "organization:amnesty-international")]


def test_they_after_people_from_an_organisation_names_no_one():
    text = 'Two officers from Amnesty International visited the prison. "The cells are far too small," they said.'
    assert speakers(text) == [("The cells are far too small", None)]


def test_a_name_inside_the_quote_a_statement_carries_is_not_its_author():
    text = (
        "Amnesty International criticised the ruling on Monday. They released a statement which said, "
        '"Karl Jensen must be freed at once."'
    )
    assert speakers(text) == [("Karl Jensen must be freed at once.", "organization:amnesty-international")]


def test_a_courts_opinion_read_out_is_the_courts_statement():
    text = (
        "The High Court of Narnia heard the appeal on Monday. The opinion of the Court, released on "
        'Friday, read in part, "The appellant cannot be held liable for the damage."'
    )
    assert speakers(text) == [
        ("The appellant cannot be held liable for the damage.", "organization:high-court-of-narnia")
    ]


def test_an_unnamed_ruling_read_out_is_the_court_named_last():
    for attribution in ("The ruling read in part:", "A summary of the decision read in part:"):
        text = (
            f"The Federal Court of Australia heard Karl Jensen on Monday. {attribution} "
            '"The dismissal was unfair and the company must pay damages."'
        )
        assert speakers(text) == [
            (
                "The dismissal was unfair and the company must pay damages.",
                "organization:federal-court-of-australia",
            )
        ], attribution


def test_criticising_a_decision_in_quotes_is_the_critics_words_not_the_deciders():
    text = (
        "The Supreme Court of Narnia dismissed the appeal. Karl Jensen called the decision "
        '"a blow to every worker in the country".'
    )
    assert speakers(text) == [("a blow to every worker in the country", "person:karl-jensen")]


def test_a_quote_split_by_an_attribution_with_an_initial_is_one_statement():
    text = (
        '"On behalf of the board," wrote Chairman Karl J. Jensen, "I thank every volunteer. We will '
        'rebuild the depot." He left on Monday.'
    )
    assert speakers(text) == [
        ("On behalf of the board I thank every volunteer. We will rebuild the depot.", "person:karl-j-jensen")
    ]


def test_talking_of_a_quoted_phrase_is_a_statement_of_its_own():
    text = (
        '"She was the finest teacher we ever had," said Mayor Anna Berg. Berg talked of her '
        '"endless patience with every pupil" at length.'
    )
    assert speakers(text) == [
        ("She was the finest teacher we ever had", "person:anna-berg"),
        ("endless patience with every pupil", "person:anna-berg"),
    ]


def test_a_role_noun_reaches_back_over_a_paragraph_about_the_plan():
    text = (
        "Health Minister Lena Fischer announced the plan on Monday. Hospitals will get more money. "
        "Nurses will be paid more. Clinics in the north will reopen. The opposition criticised the cost. "
        'Doctors welcomed the move. Unions asked for more. "This is the largest investment in a '
        'generation," the minister said.'
    )
    assert speakers(text) == [("This is the largest investment in a generation", "person:lena-fischer")]


def test_a_pronoun_does_not_reach_as_far_as_a_role_noun():
    text = (
        "Lena Fischer announced the plan on Monday. Hospitals will get more money. Nurses will be paid "
        "more. Clinics in the north will reopen. The opposition criticised the cost. Doctors welcomed "
        'the move. Unions asked for more. "This is a waste of money," she said.'
    )
    assert speakers(text) == [("This is a waste of money", None)]


def test_a_title_the_name_begins_with_is_a_role_the_person_is_called_by():
    text = 'King Harald met the bishops in Oslo in February. "We will act," the king said.'
    assert speakers(text) == [("We will act", "person:king-harald")]


def test_a_document_signed_by_someone_gives_their_words():
    text = (
        "Pope Francis met bishops in Rome in February. The decree signed by the Pope read "
        '"Every bishop must report abuse to the authorities without delay."'
    )
    assert speakers(text) == [
        ("Every bishop must report abuse to the authorities without delay.", "person:pope-francis")
    ]
    text = (
        "Anna Berg opposed the plan. The letter, written by Karl Jensen, read: "
        '"We will never accept these cuts to our school."'
    )
    assert speakers(text) == [("We will never accept these cuts to our school.", "person:karl-jensen")]


def test_a_role_modified_by_where_the_person_serves_is_the_person():
    text = (
        "Senator Anna Berg of Ohio opposed the bill. Karl Jensen, a lobbyist, backed it. "
        '"It is a bad bill for working families," the Ohio senator said.'
    )
    assert speakers(text) == [("It is a bad bill for working families", "person:anna-berg")]
    text = (
        "Anna Berg, an engineer at Nordic Rail, found the fault. "
        '"The brakes were never checked," the Nordic Rail engineer said.'
    )
    assert speakers(text) == [("The brakes were never checked", "person:anna-berg")]


def test_a_statement_with_an_organisations_noun_before_it_is_that_organisations():
    text = (
        "Karl Jensen met the Foreign Ministry of Norway on Monday. A ministry statement later said the "
        'talks had been "open, frank and useful for both sides".'
    )
    assert speakers(text) == [
        ("open, frank and useful for both sides", "organization:foreign-ministry-of-norway")
    ]


def test_a_statement_with_a_noun_no_organisation_named_holds_has_no_speaker():
    text = (
        "Karl Jensen met officials on Monday. A ministry statement later said the talks had been "
        '"open, frank and useful for both sides".'
    )
    assert speakers(text) == [("open, frank and useful for both sides", None)]


def test_terms_names_and_glosses_in_quotes_are_not_statements():
    text = (
        'The council chose the bill that used the word "partnership," over the one that used the terms '
        '"civil bond" and "shared household." Karl Jensen, also known as "the iron minister", backed it. '
        'The plan is called Nordexit, for "Nordic exit".'
    )
    assert speakers(text) == []


def test_a_long_quote_after_the_phrase_is_still_the_speakers_words():
    text = 'Karl Jensen used the phrase "we will never give up on this town" three times in his speech.'
    assert speakers(text) == [("we will never give up on this town", "person:karl-jensen")]


def test_a_named_decider_speaks_what_a_document_says_they_decided():
    text = (
        'Judge Olaf Brandt, the president of the court, decided, according to the summary, "that the '
        'order was unlawful and of no effect".'
    )
    assert speakers(text) == [("that the order was unlawful and of no effect", "person:olaf-brandt")]


def test_an_unnamed_decider_leaves_the_words_to_whom_they_are_according_to():
    text = 'The board decided, according to Karl Jensen, "to close the plant by the end of the year".'
    assert speakers(text) == [("to close the plant by the end of the year", "person:karl-jensen")]


def test_a_participle_of_saying_speaks_for_its_clauses_subject_not_the_object_before_it():
    # The parser takes "her reasoning" for the subject of "saying"; the governor tweets and says it.
    text = (
        "Governor Lena Fischer signed the budget on Friday. "
        'The governor tweeted her reasoning saying, "Today we funded every school in the state."'
    )
    assert speakers(text) == [("Today we funded every school in the state.", "person:lena-fischer")]


def test_named_subjects_of_participles_in_a_with_clause_keep_their_own_words():
    text = (
        'Two senators attacked the bill, with Karl Jensen of Ohio calling it "a gift to the banks" '
        'and Anna Berg of Iowa calling the vote "a defeat for every family in the country".'
    )
    assert speakers(text) == [
        ("a gift to the banks", "person:karl-jensen"),
        ("a defeat for every family in the country", "person:anna-berg"),
    ]


def test_part_of_a_statement_reads_out_its_authors_words():
    # Not Anna Berg, the last person named: the judge's statement speaks.
    text = (
        "Judge Karl Jensen dismissed the suit brought by Anna Berg, a teacher, on Monday. Berg had sued "
        'the city in May. Part of the judge\'s statement reads "the plaintiff has shown no harm of any kind."'
    )
    assert speakers(text) == [("the plaintiff has shown no harm of any kind.", "person:karl-jensen")]


def test_a_statement_put_out_from_someone_gives_their_words_however_the_quote_is_parsed():
    # The parser hangs "issued" on the quote's own verb; the statement is still the bishop's.
    text = (
        "The bishop of Lund, Karl Jensen, fell ill last week. The diocese issued the following statement "
        'from the bishop: "Even though he is weak, he still retains his good spirits."'
    )
    assert speakers(text) == [
        ("Even though he is weak, he still retains his good spirits.", "person:karl-jensen")
    ]


def test_the_government_of_a_country_speaks_as_the_country():
    text = 'The government of Chile issued a statement on Monday: "The border will stay open to all trade."'
    assert speakers(text) == [("The border will stay open to all trade.", "country:chile")]


def test_an_attribution_that_opens_with_its_verb_names_the_speaker_after_it():
    text = (
        'Remarked Friends of the Earth scientist Paula Grey, "This is a great day for our rivers." '
        'Added Karl Jensen of the rail union: "The strike will go on until Friday."'
    )
    assert speakers(text) == [
        ("This is a great day for our rivers.", "person:paula-grey"),
        ("The strike will go on until Friday.", "person:karl-jensen"),
    ]


def test_a_sentence_cut_by_its_attribution_without_commas_is_one_quote_of_that_speaker():
    # The parser cannot read this shape: the verb between the two parts is still the attribution,
    # and the short first part is speech, not a scare quote.
    text = 'Rain hit the port. "We stand ready" tweeted Lena Fischer "to help the town in every way we can."'
    assert speakers(text) == [("We stand ready to help the town in every way we can.", "person:lena-fischer")]


def test_two_speakers_quotes_joined_by_and_stay_apart():
    text = 'Anna Berg called it "a disgrace" and Tom Wu said "it will not stand."'
    assert speakers(text) == [("a disgrace", "person:anna-berg"), ("it will not stand.", "person:tom-wu")]


def test_a_person_of_an_organisation_named_with_its_place_speaks_not_the_place_after_the_comma():
    # The parser takes the place after the comma for the subject, and the model may take a city for
    # a person; the person "of" places in the organisation is who speaks.
    text = 'Tom Berg of the University of Texas, Austin told reporters: "The seeps were always minor."'
    assert speakers(text) == [("The seeps were always minor.", "person:tom-berg")]
    text = (
        "Lena Fischer of the University of California, Los Angeles disagreed with the findings: "
        '"Such seeps are minor resources today."'
    )
    assert speakers(text) == [("Such seeps are minor resources today.", "person:lena-fischer")]
    # An organisation named with its place speaks for itself.
    text = 'The University of California, Los Angeles said, "The campus stays open all week."'
    assert speakers(text) == [
        ("The campus stays open all week.", "organization:university-of-california-los-angeles")
    ]


def test_its_or_their_statement_is_the_statement_named_before_and_its_authors():
    text = (
        'The World Health Organization issued a statement on Monday: "The outbreak is slowing down." '
        'Its statement also read "no new cases were found in the capital."'
    )
    assert speakers(text) == [
        ("The outbreak is slowing down.", "organization:world-health-organization"),
        ("no new cases were found in the capital.", "organization:world-health-organization"),
    ]
    # No statement named before: "its" points nowhere.
    assert speakers('Karl Jensen met the board. Its statement read "the fares will rise in May."') == [
        ("the fares will rise in May.", None)
    ]


def test_a_role_noun_that_goes_on_from_the_last_speaker_is_that_speaker_not_the_place_modifying_it():
    # Nobody was introduced as "professor"; "added" goes on from the one who spoke just before, and
    # "Wooster" (the model may take it for a person) is where the professor works, not who speaks.
    text = (
        "Warm water is attacking the shelves, said study co-author Lena Fischer. "
        'The Wooster professor added, "These effects matter a great deal."'
    )
    assert speakers(text) == [("These effects matter a great deal.", "person:lena-fischer")]
    # "said" alone does not go on from anyone: an unnamed senator of a named state is nobody named.
    assert speakers('Tom Wu left. "It was a bad week," the Ohio senator said.') == [
        ("It was a bad week", None)
    ]


def test_a_royal_title_and_a_name_the_model_missed_that_points_out_something_is_a_person():
    text = 'Princess Siriwanna pointed out she had "never once asked for a palace".'
    assert speakers(text) == [("never once asked for a palace", "person:princess-siriwanna")]


def test_a_name_set_off_after_a_persons_role_is_a_person_even_when_the_model_took_its_surname_for_a_place():
    text = '"The lab will stay open all summer," said Oslo University\'s chancellor, Pradeep Sharma.'
    assert speakers(text) == [("The lab will stay open all summer", "person:pradeep-sharma")]
    ext = extract(Article.from_fields("News", text))
    assert [(e.name, e.type) for e in ext.entities if e.type == "Person"] == [("Pradeep Sharma", "Person")]


def test_a_study_or_an_unnamed_team_quoted_as_the_subject_names_no_one():
    # The authors were named just before, but the words are the paper's: docs/annotation.md gives a
    # study's or an unnamed team's words no speaker (no one said them), and they must stay so.
    text = (
        "Karl Jensen and Anna Berg of Nordic University wrote the study. The study reports "
        '"For every extra degree of warmth, the harbour lost four species of fish". The team wrote that '
        'the boats "are three times more likely to sink in winter than in summer."'
    )
    assert [speaker for _, speaker in speakers(text)] == [None, None]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Siemens released a statement on Monday:", "organization:siemens"),
        ("Karl Jensen, the mayor, issued a statement.", "person:karl-jensen"),
        # Documents and data are sources, not speakers (docs/annotation.md): a report's words are nobody's.
        ("Siemens released a report on Monday.", None),
    ],
)
def test_a_quote_standing_after_a_statement_put_out_is_the_statements_authors(before, speaker):
    text = before + '\n\n"We will rebuild every bridge in the city."'
    assert speakers(text) == [("We will rebuild every bridge in the city.", speaker)]


def test_a_quote_paragraph_goes_on_from_the_last_speakers_paragraph():
    # The closing quote mark after "again." once made a sentence of its own, which cut the third
    # paragraph off from the speaker of the second.
    text = (
        "Karl Jensen spoke on Monday.\n\n"
        '"It is all gone," he said. "We start again."\n\n'
        '"The bridge will be rebuilt."'
    )
    assert [s for _, s in speakers(text)] == ["person:karl-jensen"]
    assert "The bridge will be rebuilt" in speakers(text)[0][0]


def test_a_quote_its_own_sentence_introduces_is_not_the_last_speakers():
    text = (
        'Karl Jensen spoke on Monday. "We had never seen such sharks," he said. "Now they are here."\n\n'
        'The study itself outlined the link: "The sharks were only detected in the periods of absence."'
    )
    found = dict(speakers(text))
    assert found["The sharks were only detected in the periods of absence."] is None
    # Nor is it the speaker's whose verb of saying ends the sentence before.
    text = (
        'Karl Jensen spoke on Monday. "We had never seen it," he said.\n\n'
        'The study itself outlined the link: "The sharks were only detected in the periods of absence."'
    )
    assert dict(speakers(text))["The sharks were only detected in the periods of absence."] is None


def test_the_one_quoted_speaks_not_the_medium_quoting():
    text = 'Karl Jensen spoke on Monday. "It is all gone," Jensen was quoted by the BBC as saying.'
    assert speakers(text) == [("It is all gone", "person:karl-jensen")]


def test_a_role_noun_points_to_the_person_whose_occupation_opened_the_sentence():
    text = 'Farmer Karl Jensen lost his farm in the flood on Monday.\n\n"It is all gone," the farmer said.'
    assert speakers(text) == [("It is all gone", "person:karl-jensen")]


def test_a_name_after_a_run_of_titles_speaks_though_the_parse_splits_the_subject():
    # Surnames that are also function words ("How", "So") make the parser hang the name on the verb
    # as anything but its subject, and the titles before it as subjects of their own.
    for name in ("Anna How", "Tom So"):
        text = f'"The reef is recovering," said study co-author and research fellow {name}.'
        assert speakers(text) == [("The reef is recovering", "person:" + name.lower().replace(" ", "-"))]


def test_quote_paragraphs_between_do_not_count_as_sentences_back():
    text = (
        'Karl Jensen, a farmer, spoke on Monday.\n\n"The river rose fast. We lost the barn."\n\n'
        '"The cows drowned. The house flooded."\n\n"Nothing is left. We start again."\n\n"We will rebuild," he added.'
    )
    assert speakers(text)[-1] == ("We will rebuild", "person:karl-jensen")


def test_according_to_a_role_and_a_name_between_commas_is_the_named_person():
    text = "Reporters gathered on Monday. According to Riverton's mayor, Karl Jensen, ten people were aboard."
    claims = speakers(text, kind="indirect")
    assert claims == [("ten people were aboard", "person:karl-jensen")]


BLOCK_QUOTE = (
    "Judge Ana Brandt ruled on Monday. Brandt rejected the city's argument:\n\n"
    " The claim that a mayor stands above the ordinary process of the courts has no ground in law, "
    "and this court will not give it one.\n\n"
    "Other classes included:\n"
    "Welding and painting were taught by volunteers from the town and the county.\n\n"
    "The city said it would appeal."
)


def test_a_passage_set_in_after_a_colon_is_a_quote_of_whoever_introduces_it():
    ext = extract(Article.from_fields("Ruling", BLOCK_QUOTE))
    direct = [(s.text[:30], s.speaker) for s in ext.statements if s.kind == "direct"]
    # the passage set in after a colon; not the list after "included:", which is not set in
    assert direct == [("The claim that a mayor stands ", "person:ana-brandt")]


def test_a_markdown_block_quote_after_a_colon_is_a_quote(tmp_path):
    from graph.read import read_path

    path = tmp_path / "ruling.md"
    path.write_text(
        "# Court rules on mayor\n\nJudge Ana Brandt ruled on Monday. Brandt rejected the city's argument:\n\n"
        "> The claim that a mayor stands above the ordinary process of the courts has no ground in law.\n\n"
        "The city said it would appeal.\n"
    )
    (article,) = read_path(path)
    direct = [(s.text[:25], s.speaker) for s in extract(article).statements if s.kind == "direct"]
    assert direct == [("The claim that a mayor st", "person:ana-brandt")]


# Speaker forms found by rounds 14 and 15's probes, one row each: the sentence and the speakers of
# its direct quotes, in order (None where the annotation rules call the speaker unnamed).
KJ = "person:karl-jensen"
SPEAKER_FORMS = [
    # a speaker's own long quote does not put them out of reach of the "he said" that follows
    (
        'Karl Jensen, a farmer, spoke on Monday. "The river rose fast. We lost the barn. The cows drowned. '
        'The house flooded. Nothing is left," he said. "We will rebuild," he added.',
        [KJ, KJ],
    ),
    # the name after "a spokeswoman for the company," is the spokeswoman's, though the parser hangs it on
    # the company
    (
        'Officials met on Monday. Nordic Rail cut ten routes. "We will appeal," said a spokeswoman for '
        "the company, Lise Dahl.",
        ["person:lise-dahl"],
    ),
    # a role taken, held or left by a verb introduces the person by it ("was elected mayor", "resigned as")
    (
        'Lise Dahl was elected mayor of Bergen in 2015. "The budget is balanced," said the mayor on Monday.',
        ["person:lise-dahl"],
    ),
    (
        'Karl Jensen resigned as minister in May. "I regret nothing," the former minister said on Monday.',
        [KJ],
    ),
    # "read a statement from X", though the parser hangs "from X" on the verb
    (
        'Reporters gathered on Monday. "We will rebuild," read a statement from Greenpeace.',
        ["organization:greenpeace"],
    ),
    # a page or account speaks for its owner, not for the platform that hosts it
    (
        'Reporters gathered on Monday. Anna Berg\'s Facebook page stated: "The clinic will close."',
        ["person:anna-berg"],
    ),
    (
        'Reporters gathered on Monday. "We are heartbroken," a post on Anna Berg\'s Instagram account said.',
        ["person:anna-berg"],
    ),
    # a role noun in what someone says ("let their coach down") is spoken of, not a speaker the
    # next pronoun goes on from
    (
        "Porvoon Hurrikaanit sacked coach Petri Vainikainen on Sunday. Vainikainen said he understood "
        "the decision. Captain Olli-Pekka Nurmi said that the players had let their coach down. "
        '"This is on us as much as on him," he added.',
        ["person:olli-pekka-nurmi"],
    ),
    # a verb of saying the parser joins to a reported clause about a group ("its members") is the
    # first speaker's
    (
        "The United Front for Change (UFC) held a rally on Monday. In a statement, the UFC denied that "
        'its members had started the fight and said it "fully respects" the decision.',
        ["organization:united-front-for-change"],
    ),
    # a name the tagger took for an adverb or an interjection before a verb of saying is its subject
    (
        "On Monday, the regulator ordered an investigation into Tiffinly, India's second-largest food "
        'delivery app. "For a small kitchen, that is the end," Sanjay Kulkarni said.\n\nTiffinly said in a '
        'statement that it had "always played by the rules".',
        ["person:sanjay-kulkarni", "organization:tiffinly"],
    ),
    (
        "Professor Oh Seung-hyun of Korea University said the outbreak showed the cost of low immunity. "
        '"This generation is the most exposed in the country," Oh said.',
        ["person:oh-seung-hyun"],
    ),
    # "the former judge" is what the person the report is about once was
    (
        'Prosecutors charged Kang Min-jae on Monday. Kang, 58, denied the charges. "I will prove that in '
        'court," he told reporters. The former judge said he was leaving the party "so that my '
        'colleagues do not have to carry this burden".',
        ["person:kang-min-jae", "person:kang-min-jae"],
    ),
    # "the court" is the court the report is about, not one only named as what another is not
    (
        "On Wednesday, the Court of Session issued an opinion on the suspension. The Court of Session "
        "is the highest civil court in Scotland. The only court with higher authority is the Supreme "
        'Court of the United Kingdom. The three-judge court found the advice "was unlawful."',
        ["organization:court-of-session"],
    ),
    # a verb of judging names what it judges through "as": the quoted word is the judge's; without
    # "as" the quoted word is a label
    ('Officials met on Monday. Anna Berg dismissed the claims as "nonsense".', ["person:anna-berg"]),
    ('Officials met on Monday. Anna Berg criticised the "reforms" on Monday.', []),
    # an unnamed spokesperson for a person is no one named (docs/annotation.md), not the person
    ('Officials met on Monday. A spokesperson for Anna Berg told the BBC: "The plan is dead."', [None]),
    (
        'Officials met on Monday. A spokeswoman for Anna Berg, Eva Lind, said: "The plan is dead."',
        ["person:eva-lind"],
    ),
    # a hyphenated surname of a speaker the model missed stays whole
    (
        'Reporters gathered on Monday. "The water is rising," Kwabena Owusu-Ansah said.',
        ["person:kwabena-owusu-ansah"],
    ),
    # a speaker the model missed, listed with a person, speaks as a person
    (
        'Ana Ruiz and Ben Cole founded the charity in 2010. "We started with nothing," Ruiz recalled.',
        ["person:ana-ruiz"],
    ),
    # a noun for a kind of organisation speaks for the one named before
    ('Oxfam delivered food to the camps. "Children are starving," the charity said.', ["organization:oxfam"]),
    (
        'Al Jazeera broadcast the footage. "We stand by our reporting," the network said.',
        ["organization:al-jazeera"],
    ),
    # "in the words of X", "in X's words", and one who addressed an audience before a quote standing alone
    ('Reporters met on Monday. In the words of Karl Jensen, "the war is over and we won."', [KJ]),
    ('Reporters met on Monday. In Karl Jensen\'s words, "the war is over and we won."', [KJ]),
    (
        'Karl Jensen addressed reporters on Monday.\n\n"The war is over. We won. The troops come home."\n\nCritics disagreed.',
        [KJ],
    ),
    # the one answering a statement speaks the words after it; a statement released stays its author's
    (
        "Senator Anna Berg met reporters on Monday. Berg rejected Karl Jensen's statement: "
        '"His plan would leave the farmers with nothing at all."',
        ["person:anna-berg"],
    ),
    (
        'Reporters met on Monday. Anna Berg released Karl Jensen\'s statement: "I am innocent of all the charges."',
        [KJ],
    ),
    # those speaking about or for a person are not that person (docs/annotation.md: unnamed)
    ('Anna Berg died on Monday. "We are heartbroken," the family of Anna Berg said in a statement.', [None]),
    ('Anna Berg died on Monday. "We are heartbroken," relatives of Anna Berg said.', [None]),
    ('Karl Jensen was charged on Monday. "He is innocent," a lawyer for Karl Jensen told reporters.', [None]),
    # round 16: a quote set apart is spoken by the one its dash line credits, person or body; a line
    # crediting no one by name leaves the quote to what the article says
    (
        'The senator left the race on Thursday.\n\n"They remind me how much is at stake. I intend to give '
        'that some serious thought."\n\n\u2014Anna Kessler\n\nCritics disagreed.',
        ["person:anna-kessler"],
    ),
    (
        'The court ruled on Tuesday.\n\n"The directive does not preclude a court from ordering a host to '
        'remove the posts."\n\n \u2013 European Court of Justice',
        ["organization:european-court-of-justice"],
    ),
    (
        'Karl Jensen told reporters on Friday: "She was portrayed as a liar, she did not lie."\n\n'
        "\u2014One of the victim's lawyers",
        [KJ],
    ),
    # ... and the name on a credit line or a transcript's line is found where the model misses it
    (
        'The board voted on Friday.\n\n"We have waited long enough. The works start on Monday."\n\n'
        "\u2014Nina Hale\n\nCritics said nothing.",
        ["person:nina-hale"],
    ),
    (
        'The inquiry sat for hours.\n\nPaul Drake: "I never saw the money before today."\n\n'
        'Nina Hale: "Nor did I, and I signed nothing."',
        ["person:paul-drake", "person:nina-hale"],
    ),
    # an operator, a carrier, a lender ... speaks for the company named before, as "the company" does
    (
        'Halvorsen Group cancelled all flights on Monday. "Safety comes first," the operator said.',
        ["organization:halvorsen-group"],
    ),
    (
        'Halvorsen Group cut 500 jobs on Monday. "We had no choice," the lender said.',
        ["organization:halvorsen-group"],
    ),
    # a transcript's "Name: quote" lines, one speaker a line
    (
        'The court heard from two witnesses.\n\nKarl Jensen: "I saw the car hit the wall at full speed."\n\n'
        'Anna Berg: "I saw nothing at all that night."',
        [KJ, "person:anna-berg"],
    ),
    # round 17: of two people nothing has marked, "she" is the one with a woman's given name ...
    (
        'Karl Jensen met Marta Lind on Monday. "It was a productive meeting," she said.',
        ["person:marta-lind"],
    ),
    ('Marta Lind met Karl Jensen on Monday. "It was a productive meeting," he said.', [KJ]),
    # round 17: "they" after two people listed as a sentence's subject is both of them; not a list
    # with a body in it, nor a group nobody named
    (
        'Karl Jensen and Marta Lind spoke after the vote. "We are pleased," they said.',
        [KJ, "person:marta-lind"],
    ),
    ('Karl Jensen and the council met on Monday. "We are pleased," they said.', [None]),
    # ... but a given name never leaves a pronoun with nobody ("Andrea" is a man's name in Italy)
    ('Andrea Rossi, a chef, spoke on Monday. "We will reopen," he said.', ["person:andrea-rossi"]),
    # a relative clause on the subject tells what the speaker did, not who speaks
    (
        "Mateo Rojas, 31, won the sprint. The 31-year-old, who joined Halcón from Vento Racing in May, "
        'said his team had ridden "a perfect race".',
        ["person:mateo-rojas"],
    ),
    # "the Team Nordlys rider": the person named with Team Nordlys, though another was introduced as
    # a rider; and "he" goes on from him
    (
        "Sindre Dahl, riding for Team Nordlys, finished fourth. Colombian rider Luis Mora of Team Cóndor won. "
        'Dahl was philosophical. "I was not good enough," the Team Nordlys rider said. '
        'He added that he would "fight until Sunday".',
        ["person:sindre-dahl", "person:sindre-dahl"],
    ),
    # the parser hangs the subject after the semicolon on the one before it; the one after speaks
    (
        "Officials met on Monday. Mandla Zungu was convicted on Tuesday. Zungu, who did not give evidence, "
        "left without speaking to reporters; his lawyer, Ayesha Patel, said only that his client was "
        '"weighing an appeal".',
        ["person:ayesha-patel"],
    ),
    # "he" after a sentence about one person whose sex nothing has shown is that person's, before a
    # man named further back; "him" in a woman's sentence is someone else
    (
        "Officials met on Monday. Jonas Berg won the race. Team director Ingrid Solberg said the doctor "
        'had checked him. Yonas Tesfay, 22, rides for Kestrel Racing. "Second place is a victory," he said.',
        ["person:yonas-tesfay"],
    ),
    # ... not a woman's given name
    (
        'Officials met on Monday. Karl Jensen spoke first. "We lost," he said. Marta Lind, 40, runs the '
        'club. "We will be back," he said.',
        ["person:karl-jensen", "person:karl-jensen"],
    ),
    # a person the parser hangs on the client names the lawyer, not the client
    (
        "The council suspended the pay of Councillor Dana Tkachuk on Monday. She denies wrongdoing.\n\n"
        'A lawyer for Brightline, Rosa Medina, said the company had won each of the tenders "honestly and '
        'at the lowest cost".',
        ["person:rosa-medina"],
    ),
    # "the coordinator for Yemen, Ingrid Halvorsen": introduced as the coordinator, not as Yemen
    (
        "Officials met on Monday. The United Nations humanitarian coordinator for Yemen, Ingrid Halvorsen, "
        'said she was "appalled" by the reports. Aid was cut. "Markets are not targets," the coordinator '
        "added.",
        ["person:ingrid-halvorsen", "person:ingrid-halvorsen"],
    ),
    # two titles joined by "and" before one name are one speaker, not the university as a second
    (
        'Officials met on Monday. "Stripes dazzle flies," said lead author and University of Bristol '
        "researcher Tim Caro.",
        ["person:tim-caro"],
    ),
    # ... while a real list, each name after its own title, is still two speakers
    (
        'Officials met on Monday. "We won," said the mayor, Anna Berg, and the police chief, Karl Jensen.',
        ["person:anna-berg", KJ],
    ),
    # one word a verb of saying puts in someone's mouth is their direct quote ...
    ('Officials met on Monday. Anna Berg said she was "shocked" by the ruling.', ["person:anna-berg"]),
    ('Officials met on Monday. Karl Jensen said the talks could go on for "years".', [KJ]),
    # ... a word in quotes that is a clause's subject, or follows "so-called" or "the", is a label
    ('Officials met on Monday. The so-called "experts" were wrong, Anna Berg said.', []),
    ('Officials met on Monday. Anna Berg said the "reforms" had failed.', []),
    ('Officials met on Monday. According to CNN, it was called the "breadbasket" of Africa.', []),
    # "he said" after a quote of two sentences goes on from the one who spoke in the sentence before
    # the quote, though a man further back has been called "he"
    (
        "Officials met on Monday. Yaw Boateng said buyers were slow to come to his district.\n\n"
        "Tom Whitfield, an analyst at Carrow Research, said the ban was a warning.\n\n"
        '"Buyers can look elsewhere for a month. Nobody can replace the cocoa for long," he said.',
        ["person:tom-whitfield"],
    ),
    # a role named with its holder there and then ("said its spokeswoman, Carmen Olmedo") is hers,
    # not an earlier spokeswoman's
    (
        "Officials met on Monday. Lucia Benitez, spokeswoman for the party, said she was sad.\n\n"
        "The regional government will send inspectors, said its spokeswoman, Carmen Olmedo. She said "
        'the government "respects the work of the courts" and would say no more.',
        ["person:carmen-olmedo"],
    ),
    # what happened around an act of saying is not what was said
    (
        "Officials met on Monday. The Ghana Cocoa Board suspended the licence. Cocobod spokesperson "
        'Kwaku Owusu-Ansah said the board had written to the company twice without receiving "a '
        'satisfactory answer".',
        ["person:kwaku-owusu-ansah"],
    ),
    # a subject that runs up to its verb ends in its speaker, whoever else its words name ...
    (
        "Officials met on Monday. Karl Jensen spoke. Jensen family friend Anna Berg told reporters "
        '"we won the vote".',
        ["person:anna-berg"],
    ),
    (
        "Officials met on Monday. Longtime Imus in the Morning writer and performer Rob Bartlett "
        'tweeted: "He was a rebel and a critic of power."',
        ["person:rob-bartlett"],
    ),
    # ... but not the one a role is "of", nor the object of a clause inside the subject
    ('Officials met on Monday. The mother of Anna Berg said "we won the vote".', [None]),
    ('Officials met on Monday. Anna Berg who met Karl Jensen said "we won the vote".', ["person:anna-berg"]),
    # a judge introduced by the title Justice is "the judge"
    (
        "The developer lost his libel claim on Tuesday. In a long judgment, Mr Justice Owen Rhys found "
        'that the articles were fair. Tom Berg, the developer, left the court. "This was careful '
        'reporting," the judge wrote.',
        ["person:owen-rhys"],
    ),
    # "it" is the organisation the main clause before is about, not one its reported clause names
    (
        "Regulators acted on Monday. The Italian Competition Authority found that Nordvale Airlines had "
        'offered only vouchers. It said the airline had made refunds "extremely difficult" for customers.',
        ["organization:italian-competition-authority"],
    ),
    # "both" in apposition to a list of speakers names no one: each of them said it
    (
        'Officials met on Monday. Karl Jensen and Anna Berg both said the plan "makes no sense".',
        [KJ, "person:anna-berg"],
    ),
    # the bench is the court that sat
    (
        "Officials met on Monday. The Supreme Court dismissed the appeal on Tuesday. "
        '"The right to life includes the right to clean water," the bench said in its judgment.',
        ["organization:supreme-court"],
    ),
    # a second name hung on the person one speaks for is the spokesman's own, not the first one's
    (
        "Officials met on Monday. A spokesman for Prime Minister Lena Holm, Karl Jensen, said: "
        '"The plan is dead."',
        [KJ],
    ),
    # a list of signatories the parser reads as appositions gives no one the next one's role or sex
    (
        "The deal was signed by Tomas Kral, leader of the Civic Party, Eva Novakova of the Green League and "
        'Petr Dvorak, chairman of the Farmers Union, at a ceremony. Kral spoke first. "We will govern well," '
        "he said. Talks had stalled over coal in Moravia. Novakova told reporters the text was fair.\n\n"
        '"It is not perfect," she said.',
        ["person:tomas-kral", "person:eva-novakova"],
    ),
    # a relative clause on the group's name tells what it did; the group speaks
    (
        "Officials met on Monday. The residents' group Save Our Bay, which endorsed Maria Lund, called the "
        'result "a victory for families".',
        ["organization:save-our-bay"],
    ),
    # where a company is based does not stop "the company" pointing back to it
    (
        "Officials met on Monday. Plazza, a photo app, said it would stop political ads. The Stockholm-based "
        'company said the ban would cover paid posts on "social issues of political importance".',
        ["organization:plazza"],
    ),
    # "the agency" is the body just introduced as "the government agency", not the medium told
    (
        "The sale was approved by Norway's Export Control Board (ECB), the government agency that licenses "
        'arms exports. In a written statement to Reuters, the agency said it had found "no obstacles".',
        ["organization:export-control-board"],
    ),
    # round 28: a head described by another word for a head ("the union leader", "the CEO", "its
    # boss"), and by the body's word: "the rowing chief" is the head whose own phrase says rowing
    (
        'Officials met on Monday. Anna Berg, president of the Nordic Union, spoke. "We will strike," the '
        'union leader said. Karl Jensen, the company\'s chief executive, replied: "We will talk." "Not '
        'yet," the CEO added later.',
        ["person:anna-berg", "person:karl-jensen", "person:karl-jensen"],
    ),
    (
        "Officials met on Monday. Ivo Maric won the vote, defeating Lena Kos, the president of the Nordic "
        'Rowing Federation. The rowing chief congratulated him and said the result showed "a wish for '
        'change".',
        ["person:lena-kos"],
    ),
    # round 28: "X released a statement. It read: ..." is X's, a person's as well as a body's
    (
        'Officials met on Monday. Anna Berg released a statement on Monday. It read: "We will appeal."',
        ["person:anna-berg"],
    ),
    # round 28: "he said" after "X told Y that ... Z ...": the main clause's subject, though only Z is
    # called "he" anywhere in the article (later)
    (
        "Officials met on Monday. Binod Shrestha told The Kathmandu Post that every player had been chosen "
        'with coach Mark Pettifer. "If the team loses, the selectors are sacked," he said. Pettifer said '
        'he was "sorry to lose good colleagues".',
        ["person:binod-shrestha", "person:mark-pettifer"],
    ),
    # shouting, pleading and whispering are saying: the unnamed woman shouts, not the mayor before her
    (
        'Mayor Arnel Dacanay said most houses had lost their roofs. "We have nothing left," one woman '
        'shouted to reporters. "Please send water," pleaded Lise Dahl, a nurse.',
        [None, "person:lise-dahl"],
    ),
]


@pytest.mark.parametrize(
    "text, expected", SPEAKER_FORMS, ids=[f"speaker{n}" for n in range(len(SPEAKER_FORMS))]
)
def test_a_speaker_form_gives_its_speakers(text, expected):
    assert [speaker for _, speaker in speakers(text)] == expected


def test_a_question_left_open_is_no_claim_but_a_clause_opened_by_a_question_word_can_be():
    text = (
        "Officials met on Monday. The prison service did not say how the five inmates died. Karl Jensen "
        "declined to say what had caused the fire. Anna Berg said what mattered was unity. Lena Holm said "
        "when she arrived, the house was empty. Tom Vik had not appeared since 2014, which his wife Eva "
        "Vik said was due to illness."
    )
    assert speakers(text, "indirect") == [
        ("what mattered was unity", "person:anna-berg"),
        ("when she arrived, the house was empty", "person:lena-holm"),
        ("which was due to illness", "person:eva-vik"),
    ]


def test_calling_on_someone_to_act_is_a_request():
    text = "Officials met on Monday. Anna Berg called on the government to resign within a week."
    assert speakers(text, "indirect") == [("the government to resign within a week", "person:anna-berg")]


def test_a_request_joined_after_a_comma_and_is_the_speaker_s_next_act_not_part_of_the_claim():
    # "said it had not been consulted, and called on X to ...": two statements by the ministry; joined
    # without the comma, a second verb is still part of what was said
    text = (
        "Officials met on Monday. The Nordic Water Ministry said in a statement that it had not been "
        "consulted, and called on Laos to delay construction. Karl Jensen said the firm had cut jobs and "
        "raised prices."
    )
    assert speakers(text, "indirect") == [
        ("it had not been consulted", "organization:nordic-water-ministry"),
        ("Laos to delay construction", "organization:nordic-water-ministry"),
        ("the firm had cut jobs and raised prices", KJ),
    ]


def test_what_another_says_in_a_while_clause_is_their_own_statement():
    text = "Officials met on Monday. Karl Jensen said the plan would work, while Anna Berg insisted it would fail."
    assert speakers(text, "indirect") == [
        ("the plan would work", KJ),
        ("it would fail", "person:anna-berg"),
    ]
    # control: a "while" clause with no verb of saying is part of what was said
    text = "Officials met on Monday. Karl Jensen said prices rose while wages fell."
    assert speakers(text, "indirect") == [("prices rose while wages fell", KJ)]


def test_but_and_a_clause_about_a_thing_goes_on_with_the_claim_but_not_someone_answering_it():
    # (round 51) "said A, but B": the parser hangs B on "said"; B about a thing is still what was said
    text = (
        "Officials met on Monday. Karl Jensen said the firm had planned to reopen the plant in May, but a "
        "safety review showed it could not. Anna Berg said the plan was sound, but the opposition "
        "rejected it."
    )
    assert speakers(text, "indirect") == [
        ("the firm had planned to reopen the plant in May, but a safety review showed it could not", KJ),
        ("the plan was sound", "person:anna-berg"),
    ]


def test_one_quoted_as_saying_a_claim_makes_it():
    # the participle's subject is the passive's: who is quoted speaks, whoever reports it
    text = (
        "Officials met on Monday. Karl Jensen was quoted as saying the plan was dead. "
        "Lena Holm was cited by the BBC as saying that talks would go on."
    )
    assert speakers(text, "indirect") == [
        ("the plan was dead", KJ),
        ("talks would go on", "person:lena-holm"),
    ]


def test_a_quote_ended_by_a_full_stop_is_not_attributed_to_the_next_sentence():
    # the quote goes on from the one before; the ministry's sentence is a new one, not its attribution
    text = (
        "President Rehema Kombo met her neighbours on Monday. Kombo was more guarded. "
        '"We have not given up anything today," she said. "We have agreed to '
        'keep talking." The Ministry of Trade later confirmed in a statement that the suspension would start.'
    )
    found = speakers(text)
    assert len(found) == 1 and found[0][0].endswith("We have agreed to keep talking.")
    assert found[0][1] == "person:rehema-kombo"


def test_a_description_far_back_goes_to_the_one_organisation_it_names():
    filler = " ".join(f"Volunteers served {n} meals on day {n}." for n in range(2, 16))
    text = (
        "The Diocese of Leswick owns the hall and lets it to the trust. "
        + filler
        + ' In a statement, the diocese said it would keep the hall open "for as long as there is hope".'
    )
    assert speakers(text) == [("for as long as there is hope", "organization:diocese-of-leswick")]


@pytest.mark.parametrize(
    "text",
    [
        'Hanbit Air agreed to buy Cheonghae. A Hanbit Air spokesperson said the company "has no plans for job cuts".',
        'The merger was agreed. "We have no plans for job cuts," a Hanbit Air spokesperson said.',
    ],
)
def test_an_unnamed_spokesperson_of_a_named_body_is_nobody_named(text):
    # docs/annotation.md: the speaker is null when unnamed ("a U.S. official"), not the body
    assert [speaker for _, speaker in speakers(text)] == [None]


def test_a_named_spokesperson_still_speaks():
    text = 'The merger was agreed. "We have no plans for job cuts," Hanbit Air spokesperson Yoon Ga-eun said.'
    assert [speaker for _, speaker in speakers(text)] == ["person:yoon-ga-eun"]


def test_a_description_prefers_the_organisation_whose_name_holds_its_noun():
    text = (
        "The film was sponsored by Gyeongnam Maritime Bank. The bank asked the Tongyeong Film Foundation to "
        'drop it. In a statement, the bank said it "respects the independence of the festival".'
    )
    assert [speaker for _, speaker in speakers(text)] == ["organization:gyeongnam-maritime-bank"]


def test_a_verb_the_parser_joins_to_a_relative_clause_is_the_antecedent_s():
    # "Reid, whose father bought the club, said ...", parsed (as the small model did once) with
    # "said" a conjunct of "bought": Reid says it, not the father
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph.extract.speakers import _subjects

    words = ["Reid", ",", "whose", "father", "bought", "the", "club", ",", "said", "it", "was", "right", "."]
    heads = [0, 0, 3, 4, 0, 6, 4, 4, 4, 10, 8, 10, 0]
    deps = ["ROOT", "punct", "poss", "nsubj", "relcl", "det", "dobj", "punct", "conj", "nsubj", "ccomp"]
    deps += ["acomp", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ"]
    pos += ["PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)

    class NothingQuoted:
        def inside(self, char: int) -> bool:
            return False

    assert [t.text for t in _subjects(doc[8], NothingQuoted())] == ["Reid"]


def test_the_one_a_statement_quotes_speaks_the_quote_after_the_colon():
    text = (
        "Officials met on Monday. Karl Jensen of Lund University led the work, the university said in a "
        "statement. The statement also quoted his graduate student Anna Berg, who first noticed the "
        'signal: "For a week I was sure it was a phone tower."'
    )
    assert speakers(text) == [("For a week I was sure it was a phone tower.", "person:anna-berg")]


def test_the_agent_of_a_participle_in_the_subject_is_not_the_speaker():
    text = (
        "Officials met on Monday. The Nordic Observer Mission, led by Karl Jensen, said in a report that "
        'the vote had been "calm and orderly".'
    )
    assert speakers(text) == [("calm and orderly", "organization:nordic-observer-mission")]


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            'The Nordic Police said it "rejects any suggestion of negligence" and that it had opened an inquiry.',
            [("it had opened an inquiry", "organization:nordic-police")],
        ),
        (
            'Karl Jensen said Berg was suspected of "spreading false rumours" and that the matter would go '
            "to the courts.",
            [("the matter would go to the courts", "person:karl-jensen")],
        ),
        # without a quote, "A and that B" stays one claim
        (
            "Anna Berg said inspectors had visited the depot on Friday and that a team would arrive on Monday.",
            [
                (
                    "inspectors had visited the depot on Friday and that a team would arrive on Monday",
                    "person:anna-berg",
                )
            ],
        ),
    ],
)
def test_a_second_that_clause_after_a_quoted_first_is_a_claim_of_its_own(text, claims):
    assert speakers("Officials met on Monday. " + text, "indirect") == claims


def test_of_two_clauses_the_parser_gives_a_verb_of_saying_the_one_after_it_is_the_claim():
    text = (
        "Officials met on Monday. Rita Solberg, whose 80-year-old mother, Ingrid, has lived at Fjordheim since "
        "2015, said she learned of the outbreak from a post online."
    )
    assert speakers(text, "indirect") == [
        ("she learned of the outbreak from a post online", "person:rita-solberg")
    ]


def test_conceding_is_saying():
    text = (
        'Officials met on Monday. Karl Jensen came third. "We came from nowhere," Ola Dahl told NRK. '
        'Jensen conceded that it had been "a long night".'
    )
    assert speakers(text) == [
        ("We came from nowhere", "person:ola-dahl"),
        ("a long night", "person:karl-jensen"),
    ]


def test_a_quote_in_a_clause_about_an_asking_still_to_come_is_the_reporter_s():
    text = (
        "Officials met on Monday. His manager, Owen Pryce of Redline Sports, said the firm would ask the "
        'league for a hearing "once the appeal is lodged".'
    )
    assert speakers(text) == [("once the appeal is lodged", "person:owen-pryce")]


def test_a_by_inside_the_quote_names_no_one_who_says_it():
    text = (
        'Officials met on Monday. Judge Helena Marsh was nominated in May. "I will serve," she told the committee. '
        'Senator Tom Hardy praised her record. He said he expected her to be confirmed "by a wide margin".'
    )
    assert speakers(text) == [
        ("I will serve", "person:helena-marsh"),
        ("by a wide margin", "person:tom-hardy"),
    ]


def test_a_name_in_apposition_to_an_apposition_of_the_subject_is_a_subject():
    # The parse the model gives "Nordvik-Heliaq sports director Koen Verbeke called ..." inside an
    # article: the name renames "director", which renames the team, the subject.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph.extract.speakers import _subject_depth, is_subject

    words = ["Heliaq", "sports", "director", "Koen", "Verbeke", "called", "the", "loss", "of", "Claessens"]
    heads = [5, 2, 0, 4, 2, 5, 7, 5, 7, 8]
    deps = ["nsubj", "compound", "appos", "compound", "appos", "ROOT", "det", "dobj", "prep", "pobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert is_subject(doc[4])
    assert not is_subject(doc[9])
    assert _subject_depth(doc[4]) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Questioned by counsel for the families, Iain Dalgleish QC, about whether anyone had called him, "
            'Colin Dunbar replied: "Nobody did."',
            "person:colin-dunbar",
        ),
        (
            "Cross-examined by the defence barrister, Ruth Kelly QC, on the timing of the call, Sergeant Tom "
            'Dunbar said: "It was after midnight."',
            "person:tom-dunbar",
        ),
    ],
)
def test_of_two_subjects_the_parser_gives_a_verb_of_saying_the_nearest_speaks(text, speaker):
    assert [who for _, who in speakers("Officials met on Monday. " + text)] == [speaker]


def test_a_question_put_before_the_answer_s_verb_of_saying_is_not_the_answer_s_attribution():
    text = (
        "The inquiry sat on Tuesday. Giving evidence, bridge inspector Colin McAllister of the consultancy "
        "Marwick Partners said he had photographed cracks in 2017. Documents shown at the hearing indicated "
        "that the weight limit was never introduced. Asked by counsel to the inquiry, Angus Dalrymple QC, "
        'whether anyone at the council had contacted him about the report, McAllister replied: "Nobody did."'
    )
    assert speakers(text) == [("Nobody did.", "person:colin-mcallister")]


@pytest.mark.parametrize(
    "said",
    [
        "In a statement, the company's board said trading had been hit by the lockdown.",
        # "the company" goes on from the sentence before, whose subject it was, past the firm named there
        "In a statement, the company said trading had been hit by the lockdown.",
    ],
)
def test_the_company_and_its_board_speak_for_the_company_the_report_is_about(said):
    text = (
        "Brampton & Lowe, the British department store chain founded in Hull in 1890, went into "
        "administration on Monday, putting 2,000 jobs at risk. The company appointed the restructuring firm "
        "Ashdown Rees as administrators after talks with its landlords failed. " + said
    )
    assert speakers(text, "indirect") == [
        ("trading had been hit by the lockdown", "organization:brampton-lowe")
    ]


def test_a_given_name_from_outside_the_us_lists_tells_whom_he_is():
    # "her start" is the swimmer's, not the coach's; "Joost" is a man's name, as the Dutch lists say
    text = (
        "The race was in Rotterdam on Sunday. Sanne Bakker, who swims for Utrecht club De Zwaan, trains under "
        "coach Joost Verhoef. Verhoef, who has worked for the national federation since 2015, said the record "
        'was the result of two years of work on her start and her turns. "People see 29 seconds, but they do '
        'not see the work," he said.'
    )
    assert speakers(text) == [("People see 29 seconds, but they do not see the work", "person:joost-verhoef")]


def test_a_partner_at_a_firm_is_a_role_but_her_partner_is_no_speaker_s_title():
    from graph.extract.constants import ROLE_WORDS
    from graph.extract.speakers import _SPEAKER_ROLES

    assert "partner" in ROLE_WORDS
    assert "partner" not in _SPEAKER_ROLES


def test_the_sentence_s_subject_speaks_on_past_someone_named_deeper_in_it():
    text = (
        "The final was played on Saturday. Lucia Ferraro won her first title, and she thanked her coach. "
        "Petrenko, 21, was playing in her first final and had beaten second seed Emma Novak of Slovenia in "
        'the semi-finals. "Congratulations to Lucia, she was better today," she said.'
    )
    assert speakers(text) == [("Congratulations to Lucia, she was better today", "person:petrenko")]


def test_a_relative_named_by_a_given_name_alone_speaks_and_is_a_person():
    # round 31: "Marina" is a given name here, not a marina; "she" goes on from her
    text = (
        "Tomas Varga was refused bail on Friday. Outside court, Varga's sister, Marina, said the family was "
        'tired. "He has never hidden from anyone," she told reporters.'
    )
    ext = extract(Article.from_fields("News", text))
    assert ("Marina", "Person") in [(e.name, e.type) for e in ext.entities]
    assert speakers(text) == [("He has never hidden from anyone", "person:marina")]


def test_words_on_a_sign_are_a_quote_without_a_speaker():
    # round 31: "signs reading", "a banner that read": whoever carries it is unnamed
    for said in ("some carrying signs reading", "one carrying a banner that read"):
        text = (
            "Mayor Lena Ortiz was suspended on Monday. Outside the town hall, around forty of Ortiz's "
            f'supporters protested during the session, {said} "Justice, not revenge".'
        )
        assert speakers(text) == [("Justice, not revenge", None)]
    # control: the verb "sign" is no placard; the words are still the reported speaker's
    text = (
        "Governor Tomas Varga vetoed the budget. His spokeswoman, Ines Molnar, said that the governor "
        '"remains open to dialogue" but would not sign "a budget written for the next election".'
    )
    assert speakers(text) == [
        ("remains open to dialogue", "person:ines-molnar"),
        ("a budget written for the next election", "person:ines-molnar"),
    ]


def test_someone_unnamed_who_said_the_words_inside_a_report_is_their_speaker():
    # round 31: the one who says the quoted words is the sales agent, not the witness reporting it
    text = (
        "Greta Holm told the court that she had invested her savings in the scheme, and that a sales agent "
        'had assured her it was "safer than a bank".'
    )
    assert speakers(text) == [("safer than a bank", None)]


def test_a_document_that_says_something_in_someone_s_report_gives_her_words():
    # round 31: an agreement has no voice; the councillor characterises it
    text = (
        "Councillor Ines Moreau said she backed the budget but that the agreement said "
        '"very little" about bus fares.'
    )
    assert speakers(text) == [("very little", "person:ines-moreau")]


def test_the_name_before_a_verb_of_saying_is_its_subject_whatever_the_parser_hung_on_it():
    # round 31: no quote before "said" to invert the order; the parser makes "the ODM candidate", what
    # the officer speaks about, the subject
    text = (
        "Reading out the results at the counting centre in Kisumu, the county's capital, the returning "
        'officer, Petra Wanjiru, said the ODM candidate, "having met the requirements of the law and polled '
        'the highest number of votes, is hereby declared the winner."'
    )
    assert [s for _, s in speakers(text)] == ["person:petra-wanjiru"]


def test_the_officer_after_an_unnamed_official_is_that_official():
    # round 31: the retired commissioner is left unnamed, so "the officer" names no one, though a named
    # officer came earlier in the article
    text = (
        "Deputy Inspector General Arun Mehta, a 1998-batch officer, takes over on Monday. A retired "
        "Commissioner of Police, who asked not to be named, said the city had had too many chiefs. "
        '"Nobody stays long enough to change anything," the officer said.'
    )
    assert speakers(text) == [("Nobody stays long enough to change anything", None)]


def test_a_possessive_inside_an_apposition_of_the_speaker_names_someone_else():
    # round 31: the parser hangs "mother" and "Siobhan" on "a family friend"; all three are one, and
    # "Brennan's" is the daughter
    text = (
        "Aoife Brennan drowned off Spiddal in July. In a statement read outside the court by a family friend, "
        "Brennan's mother, Siobhan, said the family had pushed for the inquest because they did not want "
        'another family "to lose a daughter the way we did".'
    )
    assert speakers(text) == [("to lose a daughter the way we did", "person:siobhan")]


def test_it_added_goes_on_from_the_body_that_just_spoke_though_described_not_named():
    # round 31: the sentence with the quote names no body outside it ("the authority" spoke there);
    # the one before names a supplier
    text = (
        "The Energy Regulatory Authority fined four suppliers on Monday. Halvard Energy was fined the most, "
        '40 million kroner. "Households paid more than they should have," the authority said in its decision. '
        'It added that the suppliers "could not justify the timing" of their price rises.'
    )
    assert speakers(text)[-1] == ("could not justify the timing", "organization:energy-regulatory-authority")


def test_the_company_is_the_company_the_sentence_before_was_about_not_a_body_named_by_a_word_of_it():
    # round 31: "Company" only qualifies the tribunal's name; the firm is the subject before
    text = (
        "Halvard Energy said it would appeal to the Company Law Appeals Tribunal. In a filing with the Oslo "
        'Stock Exchange, the company said its prices reflected "higher costs across the industry".'
    )
    assert speakers(text) == [("higher costs across the industry", "organization:halvard-energy")]


def test_asking_not_to_be_named_is_no_claim():
    # round 31: how an unnamed source stays unnamed, not something the source claims
    text = (
        "The plant closed on Friday. A senior manager, who asked not to be named because he was not "
        "authorised to speak, said the owners had stopped paying suppliers in March."
    )
    assert speakers(text, "indirect") == [("the owners had stopped paying suppliers in March", None)]


def test_the_grounds_a_speaker_cites_after_the_claim_are_not_part_of_it():
    # round 31: the parser hangs "citing ..." on the reported clause
    text = (
        "The mission ended on Monday. Norway announced in March that it would pull out its engineers, citing "
        "new restrictions on patrols."
    )
    assert speakers(text, "indirect") == [("it would pull out its engineers", "country:norway")]


def test_it_opening_a_sentence_goes_on_from_the_body_that_just_spoke():
    # Not the body named last ("the Halvik Air Force"), but the one whose words the sentence continues.
    text = (
        "Nine soldiers died, the Ministry of Defence of Norlandia said. A team was sent with investigators "
        "from the Halvik Air Force. In a statement, the defence ministry said the bodies would be flown "
        'home. It expressed its "deepest solidarity" with the families.'
    )
    assert speakers(text) == [("deepest solidarity", "organization:ministry-of-defence-of-norlandia")]


def test_a_participle_the_parser_hung_on_a_passive_is_said_by_the_clause_between():
    # "The contest was called ..., saying": a passive's subject is acted on, Cardew speaks.
    text = (
        "The contest was called in May, when Sir Alistair Cardew stepped down as party leader, saying "
        'the party needed "a fresh face" before the next election.'
    )
    assert speakers(text) == [("a fresh face", "person:alistair-cardew")]


def test_an_agency_quoting_someone_unnamed_is_not_the_speaker():
    text = (
        "Tasnim, a news agency, reported that the tanker had been taken to the port. The agency quoted a "
        'naval commander as saying the crew had "refused to respond to calls" from patrol boats.'
    )
    assert speakers(text) == [("refused to respond to calls", None)]


def test_a_branch_of_a_body_speaks_for_the_body():
    text = (
        "The cantonal branch of the Swiss People's Party, which backed the project, warned that traffic "
        'would now be pushed "back into the villages".'
    )
    assert speakers(text) == [("back into the villages", "organization:swiss-peoples-party")]


def test_a_report_by_a_body_is_the_bodys_statement():
    text = (
        "The cathedral was closed in 2009. A report by the Ministry of Culture warned that the vault "
        'could collapse "within a few winters" if nothing was done.'
    )
    assert speakers(text) == [("within a few winters", "organization:ministry-of-culture")]


#: Round 34's forms of quoted fragments inside reported clauses: (headline, text, the direct quotes'
#: speakers). A headline, not "News", because the small model parses these first sentences by it.
TITLED_SPEAKER_FORMS = [
    # "who" is said of a person, though the parser hangs its clause on the body in the apposition
    (
        "Museum returns masks",
        "The masks were received by Adaeze Okafor, a director at Ghana's National Commission for Museums "
        'and Monuments (NCMM), who called their return "a homecoming long overdue".',
        ["person:adaeze-okafor"],
    ),
    # agreeing to do something says nothing; the one who reports it says the words
    (
        "Drug trial shows promise",
        "Ines Varga, the chief executive of Lindqvist Biotech, said the company was planning a larger "
        'trial. Lindqvist had agreed to sell the drug "at a price close to cost" in countries where the '
        "disease is endemic, she added.",
        ["person:ines-varga"],
    ),
    # a named body's finding holds the words, not the person it is about
    (
        "Sailor loses doping appeal",
        "The Nordic Sailing Tribunal heard the appeal of Jonas Berglund on Monday. In its ruling, the "
        "three-member tribunal said it had accepted evidence from a laboratory in Bergen. However, the "
        'tribunal found that Berglund had been "grossly careless" in using equipment that had not been '
        "tested.",
        ["organization:nordic-sailing-tribunal"],
    ),
    # a statement hung on the verb's object is the subject's, and so are its words later
    (
        "Ferry sinks in Norway",
        "Marta Olsen, the chief executive of Fjordline Ferries, expressed condolences in a statement on "
        "Wednesday and said the company was cooperating fully with Norwegian authorities. The statement "
        'said the engine had been "within normal operating limits" on Monday evening.',
        ["person:marta-olsen"],
    ),
]


@pytest.mark.parametrize(
    "title, text, expected",
    TITLED_SPEAKER_FORMS,
    ids=["who-after-a-body", "agreed-to", "a-bodys-finding", "statement-on-an-object"],
)
def test_a_fragment_inside_a_reported_clause_gives_its_speaker(title, text, expected):
    found = extract(Article.from_fields(title, text)).statements
    assert [s.speaker for s in found if s.kind == "direct"] == expected


def test_the_club_is_the_club_named_by_its_letters_not_the_league_or_the_medium():
    # "CD" opens a club's name, so "the club" stands for it though the word is not in the name;
    # Twitter, where the statement was posted, is no body the article goes on about
    text = (
        "Police arrested the president of CD Alcaraván on Tuesday. The Segunda División said it was "
        'following the case. In a statement posted on Twitter, the club said that it was "cooperating '
        'fully with the authorities".'
    )
    said = {
        s.text: s.speaker for s in extract(Article.from_fields("Club president arrested", text)).statements
    }
    assert said["cooperating fully with the authorities"] == "organization:cd-alcaravan"


def test_the_company_is_not_the_medium_its_statement_was_posted_on():
    text = (
        "Police arrested the owner of Kestrel Foods on Tuesday. In a statement posted on Twitter, the "
        'company said that it was "cooperating fully".'
    )
    said = {
        s.text: s.speaker for s in extract(Article.from_fields("Food firm owner arrested", text)).statements
    }
    assert said["cooperating fully"] == "organization:kestrel-foods"


def test_a_person_named_with_a_particle_and_a_who_clause_speaks_as_a_person():
    # (set au had this shape) the model took "Annelie du Preez" for a body, so "she" went back to the
    # woman named before her
    text = (
        "Cable theft had added to the problem, city spokesperson Thandi Mokoena said, with technicians "
        "attacked last week.\n\nAnnelie du Preez, who chairs the Melville Residents' Association, said "
        'her neighbourhood had been without power from Tuesday to Saturday. "People lost food, and the '
        'small businesses had to close," she said.'
    )
    assert speakers(text)[-1] == (
        "People lost food, and the small businesses had to close",
        "person:annelie-du-preez",
    )
    # control: a body with a particle, told of by "which", stays a body
    ext = extract(Article.from_fields("News", "Banco de la Nación, which lends to farmers, said so."))
    assert ("Banco de la Nación", "Organization") in [(e.name, e.type) for e in ext.entities]


def test_the_clinic_said_is_the_clinic_named_before():
    # (set aw had this shape) "the clinic" for a centre whose name does not hold the word
    text = (
        'The Harrowgate Fertility Centre said a "human error" had led to two dishes being confused. '
        '"We are deeply sorry for the pain this has caused," the clinic said in a statement.'
    )
    assert speakers(text)[-1] == (
        "We are deeply sorry for the pain this has caused",
        "organization:harrowgate-fertility-centre",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The tanker ran aground on Sunday. The ship's owner, the Greek company Kalvos Tankers, said "
            'its crew had "followed every procedure".',
            "organization:kalvos-tankers",
        ),
        (
            "The ship was refloated. Its technical manager, Tarvik-based Nordmar Shipmanagement, said "
            'that "all crew are safe and well".',
            "organization:nordmar-shipmanagement",
        ),
    ],
)
def test_a_body_in_apposition_to_the_subject_speaks(text, speaker):
    # the apposition renames the role noun: the body says it, not a person the role might point to
    assert [who for _, who in speakers(text)] == [speaker]


def test_an_unnamed_official_of_a_named_body_stays_nobody_named():
    text = (
        "The drug was approved. An official of the Ministry of Health, who asked not to be named, told "
        'reporters that other companies had "applied for approval".'
    )
    assert [who for _, who in speakers(text)] == [None]


def test_what_a_statement_says_is_not_who_issued_it():
    # the parser hangs the statement's "that" clause on "statement"; its passive agent says nothing
    text = (
        "The tanker ran aground. Kalvos Tankers said in a statement that the crew had been taken off by "
        'the Tarvik Coast Guard and that "there is no risk of a spill".'
    )
    assert [who for _, who in speakers(text)] == ["organization:kalvos-tankers"]


def test_a_statement_issued_by_a_body_is_the_bodys():
    text = 'The outbreak ended. A statement issued by the Tarvik Health Board said "no new cases were found".'
    assert [who for _, who in speakers(text)] == ["organization:tarvik-health-board"]


@pytest.mark.parametrize("break_", ["\n", " "], ids=["paragraphs", "paragraphs-run-together"])
def test_a_quote_reopened_in_a_new_paragraph_is_one_turn_with_its_attribution_at_the_end(break_):
    # a feed may run a story's paragraphs into one line: the reopening mark still follows a
    # sentence's end and a space, where a closing mark would follow the words it closes
    text = (
        f"Karl Jensen, the farm minister, returned from Washington on Monday. The bill passed.{break_}"
        f'"We are worried by the farm lobby\'s plans.{break_}"Our growers will pay for them," Mr Jensen said.{break_}'
        "Anna Berg said nothing."
    )
    assert speakers(text) == [
        ("We are worried by the farm lobby's plans. Our growers will pay for them", "person:karl-jensen")
    ]


def test_a_reopened_quote_after_a_quote_of_someone_else_stays_apart():
    text = (
        'Karl Jensen spoke first. "We are worried," Mr Jensen said. Anna Berg answered him.\n'
        '"The plans are fair.\n"Nobody will pay more," Ms Berg said.'
    )
    assert speakers(text) == [
        ("We are worried", "person:karl-jensen"),
        ("The plans are fair. Nobody will pay more", "person:anna-berg"),
    ]


def test_in_a_body_run_into_one_line_a_quote_goes_to_whom_its_sentence_before_is_about():
    # paragraphs lost, the whole body is one line: the quote two sentences after another's is not
    # theirs by sharing a "paragraph"
    text = (
        'Anna Berg, the mayor, spoke first. "The bridge will open in May," Ms Berg said. Karl Jensen, '
        "the union leader, disagreed. Jensen accused the council of hiding the costs. "
        '"The council has told nobody what the bridge will cost, and the workers will pay for it." '
        "Officials declined to comment."
    )
    assert speakers(text) == [
        ("The bridge will open in May", "person:anna-berg"),
        (
            "The council has told nobody what the bridge will cost, and the workers will pay for it.",
            "person:karl-jensen",
        ),
    ]


def test_he_after_a_claim_goes_to_who_made_it_not_to_the_man_it_is_about():
    # "Mr" marks the man the claim is about as "he"; the speaker, whose gender nothing shows, still
    # says the quote after it, however the parser hung his name on the subject
    text = (
        "Tom Hale was arrested on Friday. The director of the Tarvik Fisheries Institute, Karl Jensen, "
        'says Mr Hale could face a large fine. "If the court agrees, he could pay for years," he said.'
    )
    assert speakers(text) == [("If the court agrees, he could pay for years", "person:karl-jensen")]


def test_words_quoted_in_an_accusation_are_the_accusers_though_his_office_reports_them():
    # docs/annotation.md: statements reported through a medium keep the original speaker
    text = (
        "Prime Minister Karl Jensen said he wanted action. He also accused Tom Hale of "
        '"doing nothing to stop" the attacks, in a call with President Anna Berg, the Prime Minister\'s '
        "office reported."
    )
    assert speakers(text) == [("doing nothing to stop", "person:karl-jensen")]


def test_an_accusation_claims_whom_of_what_and_a_passive_one_names_no_accuser():
    text = (
        "Karl Jensen, the opposition leader, accused the government of hiding the costs by leaving "
        "them out of the budget, two days after the vote. Tom Hale was accused of fraud on Monday. "
        "The court freed a driver whom Anna Berg had accused of stealing the mayor's car."
    )
    assert speakers(text, kind="indirect") == [
        ("the government of hiding the costs by leaving them out of the budget", "person:karl-jensen"),
        ("stealing the mayor's car", "person:anna-berg"),
    ]
