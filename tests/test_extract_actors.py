"""Actor kinds from the words around a name, where the small model guesses (issue 13). Every
sentence here is made up for the test."""

from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.extract import confidence
from graph.extract.actors import (
    _bodies_the_model_missed,
    _elided_word_end,
    _kind_from_head,
    _named_for_a_sport,
    _reads_as_persons_name,
    _split_at_in,
    gazetteer,
    parse_known_actors,
)
from graph.extract.language import load_nlp
from graph.extract.pipeline import extract
from graph.model import Article


@pytest.fixture(autouse=True)
def _every_actor_found(monkeypatch):
    """These tests pin what the finding rules read from one made-up sentence. The confidence cut
    (graph/extract/confidence.py) weighs each actor against a whole article, and in a one-sentence
    article every actor has one mention, its strongest cue against; it has its own tests
    (tests/test_confidence.py) and is measured on whole articles."""
    monkeypatch.setenv(confidence.KEEP_ENV, "1")


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(Article.from_fields("News", text)).entities}


def test_object_of_a_preposition_of_location_is_a_place():
    found = kinds("A truck bomb exploded at a checkpoint in Kandari Bazar on Sunday, officials said.")
    assert found.get("Kandari Bazar") == "Place"


def test_name_modifying_a_place_noun_is_a_place():
    found = kinds("Heavy rain flooded roads across the Velmora district, and schools in Ostrany closed.")
    assert found.get("Velmora") == "Place"
    assert found.get("Ostrany") == "Place"


def test_the_island_of_x_is_a_place():
    found = kinds("The ferry sailed for the remote island of Kelvaro with supplies for the clinic.")
    assert found.get("Kelvaro") == "Place"


def test_names_listed_with_a_place_are_places():
    found = kinds("Volunteers came from the villages of Dunmere, Ashcombe, Pellow and Tiverock to help.")
    assert {found.get(n) for n in ("Dunmere", "Ashcombe", "Pellow", "Tiverock")} == {"Place"}


def test_name_in_apposition_with_a_vessel_is_a_product():
    found = kinds(
        "The ferry, Morning Lark, ran aground on Tuesday. The Morning Lark was carrying forty people."
    )
    assert found.get("Morning Lark") == "Product"


def test_a_device_called_x_is_a_product():
    found = kinds("Engineers in Lyon built a small flying device called Skylance for rescue work.")
    assert found.get("Skylance") == "Product"


def test_people_listed_with_a_named_person_stay_people():
    # "Baloch and Waseem": a list of people is not made a place by the model's stray place label.
    found = kinds(
        "Maria Delgado and Tomas Reyes spoke in Madrid on Monday. Delgado and Reyes's lawyer said "
        "they would appeal."
    )
    assert found.get("Maria Delgado") == "Person"
    assert found.get("Tomas Reyes") == "Person"


def test_a_platform_named_after_a_site_noun_stays_an_organization():
    found = kinds("The court told the social media site Facebook to remove the posts in Austria.")
    assert found.get("Facebook") == "Organization"


def test_a_name_ending_in_a_site_word_is_a_place():
    found = kinds("Pilgrims gathered outside Varnholt Cathedral before marching across Kessel Bridge.")
    assert found.get("Varnholt Cathedral") == "Place"
    assert found.get("Kessel Bridge") == "Place"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Engineers drained the Brackwater Reservoir near the town last week.", "Brackwater Reservoir"),
        (
            "Dockers at the Ostrava Container Terminal walked out, the union said.",
            "Ostrava Container Terminal",
        ),
        ("The quake struck along the Varnak Fault, officials said.", "Varnak Fault"),
        ("Traffic was diverted from the Halvik Tunnel in Norway after the fire.", "Halvik Tunnel"),
    ],
)
def test_a_works_or_landform_head_makes_a_place(sentence, name):
    # The model reads these as bodies; a reservoir, a terminal, a fault or a tunnel is a site.
    assert kinds(sentence).get(name) == "Place"


def test_x_station_is_one_place():
    found = kinds("Commuters were stranded at Ridgeford station on Friday after a signal failure.")
    assert found.get("Ridgeford station") == "Place"
    assert "Ridgeford" not in found


def test_person_names_the_model_cut_short_are_whole():
    found = kinds(
        "The race was won by Kenyans Tabitha Wanjiru Ochieng, ahead of Pierre-Louis de la Fontaine. "
        "Arnaldo dela Cruz of the regional council said the course was fast."
    )
    people = {n for n, t in found.items() if t == "Person"}
    assert "Arnaldo dela Cruz" in people
    assert not people & {"Arnaldo", "dela Cruz", "Cruz"}


def test_a_religious_title_is_not_taken_into_the_name():
    # The model tags "Mufti" as an organisation joined to the name: a title, not a given name.
    found = kinds("Local cleric Mufti Yusuf Karimi denied the claim on Tuesday.")
    assert found.get("Yusuf Karimi") == "Person"
    assert not [n for n in found if "Mufti" in n]


@pytest.mark.parametrize(
    "sentence, person",
    [
        # a qualifier of the title goes with the title, also for a speaker the model missed
        (
            'Assistant Chief Constable Ingvild Fairweather of Tayside Police said the force was "cooperating '
            'fully" with the inquiry.',
            "Ingvild Fairweather",
        ),
        ("Acting Police Chief Rosa Lindqvist said the officers had acted lawfully.", "Rosa Lindqvist"),
        # an honorific of the Hausa and Yoruba world is no part of the name
        ("Alhaji Musa Bello, a trader in Kano, said prices had doubled since March.", "Musa Bello"),
        ('"Prices have doubled," said Alhaja Kemi Adebayo, who sells rice in Ibadan.', "Kemi Adebayo"),
    ],
)
def test_a_title_and_its_qualifier_are_not_taken_into_the_name(sentence, person):
    found = kinds(sentence)
    assert found.get(person) == "Person", found
    assert not [n for n in found if n != person and n.endswith(person)], found


def test_inhabitants_of_a_place_are_not_actors():
    found = kinds(
        "Crowds of Dubliners marched through Dublin on Sunday. Any Dubliner would have joined, "
        "one organiser said."
    )
    assert found.get("Dublin") == "Place"
    assert not [n for n in found if n.startswith("Dubliner")]


def test_the_name_a_person_is_known_as_is_a_persons():
    # (round 51) "Nick" alone was a place
    found = kinds("Officials met on Monday. But a man known as Nick, told Channel Ten he was sure of it.")
    assert found.get("Nick") == "Person"


def test_a_nationalitys_man_or_woman_is_no_actor():
    # (round 51) "Englishman" was an organisation
    found = kinds(
        "Officials met on Monday. The Englishman says he was disappointed with the umpire in Perth."
    )
    assert found.get("Perth") == "Place"
    assert "Englishman" not in found


def test_a_nationality_before_a_generic_institution_is_no_actor():
    found = kinds(
        "The Peruvian government denied the report, and the Peruvian military said its troops stayed "
        "in Lima. The Peruvian embassy in Madrid declined to comment."
    )
    assert "Peruvian government" not in found
    assert "Peruvian military" not in found
    assert found.get("Peruvian embassy") == "Organization"


def test_a_nationality_before_police_is_no_force_but_a_place_before_it_names_one():
    found = kinds("Greek police arrested Karl Jensen on Monday, and Swedish police questioned his wife.")
    assert "Greek police" not in found
    assert "Swedish police" not in found
    assert found.get("Karl Jensen") == "Person"
    # control: a county's police is its own force
    assert (
        kinds("Northamptonshire police arrested Karl Jensen.").get("Northamptonshire police")
        == "Organization"
    )


def test_office_of_a_body_and_its_holder_read_as_one_name_are_split():
    found = kinds(
        '"We will not stop," regional director of Oxfam International Hye-jin Park said on Monday. '
        "Yesterday, Chief Minister of Punjab Arjun Malhotra opened the bridge."
    )
    assert found.get("Hye-jin Park") == "Person"
    assert found.get("Oxfam International") == "Organization"
    assert found.get("Arjun Malhotra") == "Person"
    assert not [n for n in found if n.endswith(("International Hye-jin Park", "Punjab Arjun Malhotra"))]


def test_an_office_without_a_holder_is_not_split():
    found = kinds("The chief executive of Royal Dutch Shell said profits fell in Europe.")
    assert "Royal Dutch Shell" in found
    assert not [n for n, t in found.items() if t == "Person"]


def test_works_and_beings_of_fiction_are_not_actors():
    found = kinds(
        "Anna Berg starred in the crime drama Harbour Lights before voicing the character Mira Vance's "
        "sister. Fans still quote Mira, and temples to the goddess Ishara stood in the valley."
    )
    assert found.get("Anna Berg") == "Person"
    assert not [n for n in found if "Harbour Lights" in n or "Mira" in n or "Ishara" in n]


def test_a_name_in_apposition_with_a_work_or_character_is_no_actor():
    found = kinds(
        "Fans queued to meet the cast of Brackenfold, a Canadian legal series. Zora Pelt, a comics "
        "character, was everywhere. His latest film, Quiet Harbour of Ash, won praise. Marta Ilves, a "
        "film director, spoke."
    )
    assert found.get("Marta Ilves") == "Person"
    assert not [n for n in found if "Brackenfold" in n or "Pelt" in n or "Harbour" in n]


def test_a_name_after_the_verb_show_or_play_is_no_works_title():
    # (round 51) "show" and "play" name works as nouns only
    found = kinds("Polls show Karl Jensen leading in Tarvik. On Sunday Sweden will play Norway in the final.")
    assert found.get("Karl Jensen") == "Person"
    assert found.get("Norway") == "Country"


def test_an_owner_before_a_work_is_still_an_actor():
    found = kinds("She hosted the talk show Lena Ortiz's Kitchen for six years in Chicago.")
    assert found.get("Lena Ortiz") == "Person"


def test_a_possessive_before_a_lone_head_word_stays_inside_the_name():
    text = (
        "The Marion County Sheriff's Office said deputies closed the road. Later the Sheriff's Office "
        "said it had reopened. China's Foreign Ministry did not comment."
    )
    found = {e.name: e for e in extract(Article.from_fields("News", text)).entities}
    assert found["Marion County Sheriff's Office"].type == "Organization"
    assert "Sheriff's Office" in found["Marion County Sheriff's Office"].aliases
    assert found["China"].type == "Country"
    assert "China's Foreign Ministry" not in found


def test_an_office_named_by_its_holder_is_one_body_the_model_left_untagged():
    found = kinds(
        "Lawyers from the Harris County District Attorney's Office asked for a retrial. The Prime "
        "Minister's Office declined to comment, and the Mayor's Office of Emergency Management opened "
        "shelters in Dunmore."
    )
    assert found.get("Harris County District Attorney's Office") == "Organization"
    assert found.get("Prime Minister's Office") == "Organization"
    assert found.get("Mayor's Office of Emergency Management") == "Organization"
    assert "Harris County" not in found  # the county is the office's name, not a place named apart


def test_a_site_head_word_alone_is_the_one_site_it_ends():
    found = kinds(
        "Guests fled Goldsmiths' Hall in the City after the alarm. Staff said the Hall would reopen "
        "on Monday."
    )
    hall = [n for n in found if n.endswith("Hall")]
    assert hall == ["Goldsmiths' Hall"]


def test_a_place_name_modifying_a_person_noun_is_their_home():
    found = kinds("Police arrested a 36-year-old Swindon man on suspicion of burglary.")
    assert found.get("Swindon") == "Place"


def test_what_a_region_is_called_is_a_place():
    found = kinds("The new region, to be called Drumlanrig, will govern itself from 2024.")
    assert found.get("Drumlanrig") == "Place"


def test_a_plural_owner_inside_a_name_keeps_the_name_whole():
    found = kinds("Leaders of the Farmers' Union and the People's Action Party met in the capital on Friday.")
    names = set(found)
    assert "Farmers' Union" in names or "People's Action Party" in names
    assert not names & {"Farmers", "People", "Union", "Action Party"}


def test_a_title_after_a_body_before_its_holder_is_not_part_of_the_body():
    found = kinds(
        "An order by Coast Guard Commandant Admiral Tomas Reyes directed all vessels to stay in port."
    )
    assert found.get("Coast Guard") == "Organization"
    assert found.get("Tomas Reyes") == "Person"


def test_a_route_number_is_part_of_the_road_name():
    found = kinds("The crash closed State Route 9 near Millbrook for six hours.")
    assert found.get("State Route 9") == "Place"


def test_a_ship_prefix_and_name_are_one_vessel():
    found = kinds("Their vessel, MV Captain Ingrid Holm, sailed from Malta on Monday.")
    assert found.get("MV Captain Ingrid Holm") == "Product"
    assert not [n for n in found if n in ("MV", "Ingrid Holm")]


def test_the_end_of_a_journey_from_a_place_is_a_place():
    found = kinds("The family had driven from Ohio to Knott Berry Farm when the storm hit.")
    assert found.get("Knott Berry Farm") == "Place"


def test_a_journey_does_not_make_a_person_a_place():
    found = kinds("The prize went to Ana Kowalski and Maria Lind, both from Poland, on Sunday.")
    assert found.get("Ana Kowalski") == "Person"
    assert found.get("Maria Lind") == "Person"


def test_a_name_listed_with_a_region_is_a_place():
    found = kinds("Tarrabo, and the Vessa region around it, voted against the plan last week.")
    assert found.get("Vessa") == "Place"
    assert found.get("Tarrabo") == "Place"


def test_a_name_in_apposition_with_a_happening_is_an_event():
    found = kinds("Thousands attended Harbour Lights Toronto, a week-long annual arts festival, in June.")
    assert found.get("Harbour Lights Toronto") == "Event"


def test_a_birth_name_is_another_name_of_the_one_born():
    text = (
        "Singer Lola Vance has died at 88. Vance was born Dolores Ann Vancouverski in Ohio in 1935. "
        "Vance later moved to Los Angeles."
    )
    found = {e.name: e for e in extract(Article.from_fields("News", text)).entities}
    assert "Dolores Ann Vancouverski" in found["Lola Vance"].aliases
    assert "Dolores Ann Vancouverski" not in found


def test_a_person_named_after_an_occupation_stays_a_person_where_the_model_says_otherwise():
    found = kinds(
        "The court jailed the brother of blogger Amira Sadek on Friday. Amira Sadek wrote online "
        "that she feared him. Amira Sadek said the police did nothing."
    )
    assert found.get("Amira Sadek") == "Person"


def test_holidays_agreements_and_common_acronyms_are_not_actors():
    found = kinds(
        "Crowds watched the Independence Day parade in Accra. Ghana signed the Abuja Agreement in "
        "May. Cases of chronic wasting disease (CWD) rose, and CWD spread north."
    )
    assert found.get("Accra") == "Place"
    assert not [n for n in found if "Independence" in n or "Agreement" in n or n == "CWD"]


def test_a_lower_case_word_the_model_put_before_a_name_is_not_part_of_it():
    found = kinds("Canada refused to join the United States-led Vietnam War in the 1960s.")
    assert found.get("Vietnam War") == "Event"
    assert not [n for n in found if n.startswith("led")]


def test_a_short_name_resolves_to_the_name_a_lower_case_noun_completes():
    text = (
        "The SOLACE trial compared three drugs in Kenya. Doctors at four hospitals joined SOLACE, "
        "and SOLACE reported its results in May."
    )
    found = {e.name: e for e in extract(Article.from_fields("News", text)).entities}
    assert found["SOLACE trial"].type == "Event"
    assert "SOLACE" in found["SOLACE trial"].aliases
    assert "SOLACE" not in found


def test_a_whip_title_is_not_part_of_the_name():
    found = kinds("Senate Majority Whip Lena Okafor said the vote would be held on Thursday.")
    assert found.get("Lena Okafor") == "Person"
    assert not any("Whip" in name for name in found)


def test_a_generic_institution_after_a_state_name_is_the_state():
    # "the US government": a description of the state, not an organisation of its own.
    found = kinds("The Brazil government said on Monday that the dam would be inspected.")
    assert found.get("Brazil") == "Country"
    assert "Brazil government" not in found


def test_awards_are_not_actors():
    found = kinds(
        "In 2004 Ruth Calder received the National Medal of Chemistry, and in 2010 the Legion of "
        "Honour, at a ceremony in Paris."
    )
    assert found.get("Ruth Calder") == "Person"
    assert not any("Medal" in name or "Honour" in name for name in found)


def test_a_facility_at_a_name_makes_it_a_place():
    found = kinds("Fire broke out at the gas processing plant at Vorkhal on Monday, the operator said.")
    assert found.get("Vorkhal") == "Place"


def test_clock_words_are_not_actors():
    found = kinds("The blast happened at 6:30 P.M. local time near the harbour in Dorvik.")
    assert "P.M." not in found
    assert found.get("Dorvik") == "Place"


def test_a_campus_name_with_its_city_is_one_university():
    found = kinds("Maya Lindqvist, a chemist at the University of Texas, Austin, led the study.")
    assert found.get("University of Texas, Austin") == "Organization"
    assert "Austin" not in found


def test_a_name_after_a_lower_case_title_is_a_person():
    found = kinds("The retired archbishop Marta Kowalczyk said the parish would reopen in spring.")
    assert found.get("Marta Kowalczyk") == "Person"


def test_a_speaker_placed_by_of_is_a_person():
    found = kinds("Dana Whitlock of the Harbor Trust said the pier was unsafe.")
    assert found.get("Dana Whitlock") == "Person"
    assert found.get("Harbor Trust") == "Organization"


def test_a_name_listed_with_a_person_is_a_person():
    found = kinds("In the 1960s he toured with Ossie Blane and Terry Marsh across Europe.")
    assert found.get("Ossie Blane") == "Person"
    assert found.get("Terry Marsh") == "Person"


def test_a_name_sharing_a_named_persons_surname_is_a_person():
    # The model labels "Piotr Wilczek's" an organisation; "Jan Wilczek" is a person it knows.
    found = kinds(
        "Jan Wilczek said the film took four years. Critics praised Piotr Wilczek's film for its restraint."
    )
    assert found.get("Piotr Wilczek") == "Person"
    assert found.get("Jan Wilczek") == "Person"


def test_a_name_classified_by_an_organisation_noun_is_an_organisation():
    found = kinds(
        "He was the drummer of the rock band Velvet Harbor. Harrow Marine, a shipping company, chartered the boat."
    )
    assert found.get("Velvet Harbor") == "Organization"
    assert found.get("Harrow Marine") == "Organization"  # the model says a person


def test_a_firms_name_right_after_its_noun_is_an_organisation_however_parsed():
    # the parser hangs "Hollis & Marsh" on the person, not on "firm"; the model says a place
    found = kinds(
        "Her attorney, Samuel Adeyemi of the Scranton law firm Hollis & Marsh, said she would appeal."
    )
    assert found.get("Hollis & Marsh") == "Organization"


def test_a_makers_model_number_is_a_product_named_in_the_singular():
    found = kinds(
        "The airline flies Boeing 757s and Airbus A320s, and a Boeing 767 crashed near Lusaka last "
        "year. Boeing said it would help the investigators."
    )
    assert found.get("Boeing 757") == "Product"
    assert found.get("Airbus A320") == "Product"
    assert found.get("Boeing 767") == "Product"
    assert found.get("Boeing") == "Organization"
    assert "Boeing 757s" not in found


def test_a_year_after_a_maker_is_not_a_model():
    found = kinds("Volkswagen 2018 sales fell, Volkswagen said on Monday.")
    assert not any(t == "Product" for t in found.values())


def test_a_heavenly_body_after_its_classifying_noun_is_a_place():
    found = kinds("Astronomers said the exoplanet lies in the constellation Lyra, far from Earth.")
    assert found.get("Lyra") == "Place"
    # the model takes "the moon Tethys" for one organisation's name
    found = kinds("The probe will reach the moon Tethys in 2031.")
    assert found.get("Tethys") == "Place"
    assert "moon Tethys" not in found


def test_georgia_among_us_states_is_the_state():
    found = kinds("Storms hit Alabama, Georgia and Tennessee on Friday, the weather service said.")
    assert found.get("Georgia") == "Place"
    alone = kinds("Georgia and Armenia signed a trade deal in Tbilisi on Friday.")
    assert alone.get("Georgia") == "Country"


def test_a_foreign_corporate_suffix_makes_an_organisation():
    # the model takes the name for a person's
    found = kinds("The cargo went to Halvorsen Stahlbau GmbH in Linz, the firm said.")
    assert found.get("Halvorsen Stahlbau GmbH") == "Organization"


def test_a_name_opening_the_text_is_read_without_a_word_before_it():
    # The classifying-noun cue looks at the word before a name; the very first name has none.
    from graph.extract import actors, language

    doc = language.load_nlp()("Harrow Marine, a shipping company, chartered the boat.")
    found = actors.find_mentions(doc, [t.sent.start for t in doc], skip=lambda i: False)
    assert [(m.text, m.kind) for m in found] == [("Harrow Marine", "Organization")]


def test_an_apposition_made_up_across_a_quotation_does_not_classify():
    # The parser hangs the co-author's name on "team" inside the quotation: no comma sets them apart.
    found = kinds('"Our team" study co-author Mei-Ling Chan said the coating works. Chan is a professor.')
    assert found.get("Mei-Ling Chan") == "Person"


def test_a_legislative_chamber_after_in_stays_an_organisation():
    # "in" makes places of names, but not of chambers named for their members or of legislatures.
    found = kinds(
        "The bill passed in the House of Representatives on Tuesday. A debate in the House of Commons "
        "ended late, and the motion was tabled in the Chamber of Deputies and in the Knesset."
    )
    for name in ("House of Representatives", "House of Commons", "Chamber of Deputies"):
        assert found.get(name) == "Organization", name
    assert found.get("Knesset") != "Place"


def test_a_plural_title_before_listed_names_is_not_an_organisation():
    found = kinds("Representatives Carla Menendez and Tom Hewitt wrote to the agency on Monday.")
    assert found.get("Carla Menendez") == "Person"
    assert "Representatives" not in found


def entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in extract(Article.from_fields("News", text)).entities}


def test_storm_word_and_given_name_are_one_event():
    found = entities(
        "Officials braced as Tropical Storm Marlow strengthened on Monday. Officials said Marlow could "
        "reach the coast by Wednesday, a day after Typhoon Ondrea passed further north."
    )
    assert found.get("Tropical Storm Marlow", ("",))[0] == "Event"
    assert "Marlow" in found["Tropical Storm Marlow"][1]
    assert found.get("Typhoon Ondrea", ("",))[0] == "Event"
    assert "Marlow" not in found and "Storm Marlow" not in found


def test_lower_case_storm_is_no_name():
    found = entities("The storm hit Kelvaro on Monday, and Storm warnings were lifted on Tuesday.")
    assert not any(kind == "Event" for kind, _ in found.values())


def test_administrative_area_head_makes_a_place():
    found = kinds("Sheriff deputies from Cameron Parish and Harlan County helped the family.")
    assert found.get("Cameron Parish") == "Place"
    assert found.get("Harlan County") == "Place"


def test_head_of_an_of_name_gives_its_kind():
    # listed with places by "in", the college would be a place by the list; its head says otherwise
    found = kinds(
        "Researchers from the University of Kansas in Lawrence and the College of Brantley in Ohio "
        "reported the find on Monday."
    )
    assert found.get("College of Brantley") == "Organization"
    assert found.get("Ohio") == "Place"


def test_published_in_names_a_journal_not_a_place():
    found = kinds("In a paper published on Monday in Marine Letters, the team described the new reef.")
    assert found.get("Marine Letters") != "Place"


def test_scientist_before_a_name_is_no_part_of_it():
    found = kinds("Geologist Maria Fenwick of the University of Kansas said the rocks were older.")
    assert "Maria Fenwick" in found
    assert "Geologist Maria Fenwick" not in found


def test_speaking_verb_opening_a_sentence_and_a_for_name_the_model_cut():
    found = kinds(
        'The report came out on Monday. Explained Center for Urban Safety analyst Tom Reyes, "The '
        'numbers are clear."'
    )
    assert found.get("Center for Urban Safety") == "Organization"
    assert not any(name.startswith("Explained") for name in found)


def test_campus_named_with_at_and_its_short_form_in_brackets():
    found = entities(
        "Scientists at the University of Oregon at Eugene (UO Eugene) and the College of Brantley "
        "studied the lake. A UO Eugene team led the work."
    )
    assert found.get("University of Oregon at Eugene", ("",))[0] == "Organization"
    assert "UO Eugene" in found["University of Oregon at Eugene"][1]
    assert "Eugene" not in found and "UO Eugene" not in found


def test_lone_name_modifying_a_role_is_its_institution():
    found = entities(
        'Ana Pike teaches at the College of Brantley. "The ice is thinning," the Brantley professor said.'
    )
    assert "Brantley" in found["College of Brantley"][1]
    assert "Brantley" not in found


def test_year_before_a_named_event_is_part_of_its_name():
    found = kinds(
        "She set a record at the 2017 Berlin Marathon and ran at the 2021 World Indoor Championships."
    )
    assert found.get("2017 Berlin Marathon") == "Event"
    assert found.get("2021 World Indoor Championships") == "Event"
    assert "Berlin" not in found


def test_year_and_election_words_name_an_election():
    found = kinds(
        "The senator from Ohio will run in the 2024 United States presidential election, aides said."
    )
    assert found.get("2024 United States presidential election") == "Event"


def test_year_before_other_names_makes_no_event():
    found = kinds("In 2019 Acme Holdings bought the plant near Kelvaro, and in 2020 the firm sold it.")
    assert "Event" not in found.values()


def test_washington_dc_is_one_place():
    found = kinds("Agents in Washington, D.C., and Chicago made arrests on Monday.")
    assert found.get("Washington, D.C.") == "Place"
    assert "D.C." not in found


def test_event_named_without_its_year_is_the_dated_event():
    found = entities(
        "Runners from Kenya won the 2018 Berlin Marathon on Sunday. The Berlin Marathon drew crowds."
    )
    assert "Berlin Marathon" in found["2018 Berlin Marathon"][1]
    assert "Berlin Marathon" not in found


def test_operation_names_an_event():
    found = kinds("Turkey launched Operation Silver Lance on Monday against the rebels near Kelvaro.")
    assert found.get("Operation Silver Lance") == "Event"


def test_named_towers_are_a_place_and_a_surname_stays_a_person():
    found = kinds("A man fell from the Calder Towers in Melbourne on Monday, police said.")
    assert found.get("Calder Towers") == "Place"
    assert kinds("Jane Towers said the plan was good.").get("Jane Towers") == "Person"


def test_a_world_war_keeps_its_number_and_loses_a_nationality_before_it():
    found = kinds("The graves of thousands of Canadian World War I soldiers could be lost.")
    assert found.get("World War I") == "Event"
    assert "Canadian World War" not in found


def test_a_charter_is_a_document_not_an_actor():
    found = kinds("Athletes must respect the Olympic Charter, the IOC said on Monday.")
    assert "Olympic Charter" not in found
    assert found.get("IOC") == "Organization"


def test_an_inquiry_is_named_by_what_it_looks_into():
    found = kinds(
        "The Royal Commission into Calder Shipping heard evidence today. The commission resumes on Monday."
    )
    assert found.get("Royal Commission into Calder Shipping") == "Organization"
    found = kinds("The Independent Inquiry into Child Sexual Abuse published its report on Tuesday.")
    assert found.get("Independent Inquiry into Child Sexual Abuse") == "Organization"
    # control: a body drawn into something is not an inquiry named by it
    found = kinds("The crisis drew the European Commission into Greek politics, Karl Jensen said.")
    assert not any("into" in name for name in found)


def test_a_numbered_battle_names_an_event():
    found = kinds("Thousands of soldiers died in the Third Battle of Ypres in 1917.")
    assert found.get("Third Battle of Ypres") == "Event"
    found = kinds("The Second Siege of Calder ended in 1642.")
    assert found.get("Second Siege of Calder") == "Event"


def test_year_and_elections_alone_name_no_event():
    found = kinds("After the 2018 elections, the party of Ana Pike lost its majority in Kelvaro.")
    assert "Event" not in found.values()


def test_acronym_with_an_ampersand_is_its_name():
    lead = "Power was cut across the valley for two days. "
    found = entities(
        lead + "Brandt Gas and Electric (BG&E) cut supplies on Monday. Later BG&E said repairs would end."
    )
    assert "BG&E" in found["Brandt Gas and Electric"][1]
    found = entities(
        lead + "Brandt Gas and Electric cut supplies on Monday. Later BG&E said repairs would end."
    )
    assert "BG&E" in found["Brandt Gas and Electric"][1]


def test_object_of_entering_or_shelling_is_a_place():
    found = kinds(
        "Reports came in on Sunday. Government troops entered Kel Marrab on Sunday, and the army "
        "shelled the hills."
    )
    assert found.get("Kel Marrab") == "Place"


def test_entering_an_institution_keeps_it_an_organisation():
    found = kinds("Reports came in on Sunday. Mark Selby entered Parliament in 2010 after a long campaign.")
    assert found.get("Parliament") == "Organization"
    assert found.get("Mark Selby") == "Person"


def test_a_common_word_capitalised_to_open_a_sentence_is_not_an_actor():
    text = (
        "Photographs show the flooded square. Households with two children were asked to register "
        "with Dana Whitcombe's office. Millions dwell in the valley, Whitcombe said."
    )
    found = kinds(text)
    assert "Dana Whitcombe" in found
    assert not {"Photographs", "Households", "Millions"} & set(found)


def test_a_name_opening_a_sentence_stays_when_the_article_capitalises_it_elsewhere():
    found = kinds("Households said its plant would close. Workers at Households were told on Monday.")
    assert "Households" in found


def test_a_countrys_exit_from_a_union_is_an_event():
    found = kinds("Talks on Grexit stalled in Athens, and the minister said Brexit had changed the mood.")
    assert found.get("Brexit") == "Event"
    assert found.get("Grexit") == "Event"


def test_republic_of_a_state_is_that_state_and_not_a_place():
    found = kinds("Flights from the Republic of Ireland to Halvik resumed, the airline said.")
    assert found.get("Ireland") == "Country"


def test_the_republic_of_china_is_not_china():
    found = kinds("Officials of the Republic of China met envoys from the People's Republic of China.")
    assert found.get("China") == "Country"
    assert "People" not in found
    assert "Republic of China" in found and found["Republic of China"] != "Country"


def test_a_name_ending_in_city_is_a_place_where_the_model_read_a_person():
    found = kinds("Aid reached Kelvin Brightmoor City by noon.")
    assert found.get("Kelvin Brightmoor City") == "Place"


def test_a_species_latin_name_is_not_an_actor():
    found = kinds(
        "The study found Porites cylindrica near the reef. Acropora millepora grew faster, said Ana de Souza."
    )
    assert not {"Porites cylindrica", "Acropora millepora"} & set(found)
    assert "Ana de Souza" in found


def test_a_name_in_apposition_with_a_role_or_kin_noun_is_a_person():
    found = kinds(
        "At the funeral, the current president of Namibia, Hage Geingob, spoke first. Flowers came from "
        "Skandaraj Navaratnam, a former boyfriend of the singer."
    )
    assert found.get("Hage Geingob") == "Person"
    assert found.get("Skandaraj Navaratnam") == "Person"


def test_a_name_listed_only_with_people_is_a_person():
    found = kinds(
        "The letter was signed by Representatives Eliot Engel, Adam Schiff, and Elijah Cummings. Ivan "
        "Shelyagin and Valentina Sidorenko won the medals."
    )
    assert found.get("Elijah Cummings") == "Person"
    assert found.get("Ivan Shelyagin") == "Person"


def test_a_place_in_apposition_with_a_place_stays_a_place():
    found = kinds("Yesterday Bill de Blasio, the mayor of New York, New York, ended his campaign.")
    assert found.get("New York") == "Place"


def test_the_owner_of_a_local_office_is_a_place():
    # The model calls all three names people.
    found = kinds(
        "Officers of the Tharparkar provincial police said Ivan Petrov was missing. According to Kelby "
        "Falls' first selectman, Ann Moyer, the road was closed, and Riverton's mayor opened a shelter."
    )
    assert found.get("Tharparkar") == "Place"
    assert found.get("Kelby Falls") == "Place"
    assert found.get("Riverton") == "Place"
    assert found.get("Ivan Petrov") == "Person"


def test_a_persons_surname_before_an_office_stays_the_persons():
    found = kinds("Boris Johnson spoke on Monday. Johnson's deputy mayor, Ann Lee, agreed with him.")
    assert found.get("Boris Johnson") == "Person"
    assert "Johnson" not in found


def test_job_titles_the_model_takes_for_bodies_are_no_actors():
    found = kinds(
        "Trump thanked the National Security Advisor and the Administration. Commerce Secretary Wilbur "
        "Ross and the Secretary of Transportation met the Cabinet, and the committees on Foreign "
        "Affairs and Intelligence wrote to the Department of Commerce."
    )
    assert found.get("Wilbur Ross") == "Person"
    assert found.get("Department of Commerce") == "Organization"
    for title in ("National Security Advisor", "Administration", "Commerce", "Transportation", "Cabinet"):
        assert title not in found
    assert "Foreign Affairs" not in found and "Intelligence" not in found


def test_a_saints_name_on_an_institution_is_part_of_its_name():
    found = kinds("Victims were taken to Hartwell Hospital and Saint Agnes Hospital on Monday.")
    assert found.get("Saint Agnes Hospital") == "Organization"
    assert "Agnes Hospital" not in found


def test_a_name_cut_at_and_takes_its_other_half():
    # The model stops one name at "and" and starts the other after it.
    found = kinds(
        "Eric Holder refused to turn over documents related to Operation Fast and Furious. In April, "
        "the House Oversight and Reform Committee authorized subpoenas. Microsoft and Apple Inc agreed."
    )
    assert found.get("Operation Fast and Furious") == "Event"
    assert found.get("House Oversight and Reform Committee") == "Organization"
    assert "Operation Fast and" not in found and "Reform Committee" not in found
    assert found.get("Microsoft") == "Organization" and found.get("Apple Inc") == "Organization"


def test_a_role_in_apposition_with_a_persons_name_is_that_persons_not_the_mediums():
    # The parse hangs both "the president" and "Ana Vela" on the news agency.
    found = kinds(
        "Speaking to Agence Kelvar-Presse, the president of the league, Ana Vela, said the ban was fair."
    )
    assert found.get("Agence Kelvar-Presse") == "Organization"
    assert found.get("Ana Vela") == "Person"


def test_a_photo_credit_in_a_caption_is_no_actor():
    found = kinds(
        "Thousands marched past the Kelvar Parliament on Saturday.\n\nProtesters at the march. Image: "
        "Ivo Marsh.\n\nSpeakers on the stage. Image: Voice of Kelvar.\n\nAna Vela spoke first. Image: "
        "Ana Vela."
    )
    assert "Ivo Marsh" not in found and "Voice of Kelvar" not in found
    assert found.get("Ana Vela") == "Person"  # named in the text as well


def test_a_credit_listing_several_names_with_their_parts_names_no_actor():
    found = kinds(
        "Thousands marched past the Kelvar Parliament on Saturday.\n\nThe crowd at dusk. Image: Ivo Marsh "
        "(photos), Lena Ortiz (montage).\n\nA video of the march. Image: Tom B.a. (Vimeo).\n\nLena Ortiz "
        "spoke in Kelvar City on Sunday."
    )
    assert "Ivo Marsh" not in found and "Vimeo" not in found and "Tom B.a." not in found
    assert found.get("Lena Ortiz") == "Person"  # named in the text as well


def test_a_state_only_the_headline_names_is_an_actor_but_not_one_inside_a_name():
    article = Article.from_fields(
        "Ferry sinks off Cuba as Fan Expo Canada 2019 opens",
        "A ferry sank on Thursday between Baracoa and Guantanamo. The Fan Expo Canada 2019 convention opened.",
    )
    found = {e.name: e.type for e in extract(article).entities}
    assert found.get("Cuba") == "Country"
    assert "Canada" not in found


def test_a_bearing_from_a_name_makes_it_a_place():
    # The model reads a lone island's name as a person's; "north of X" says it is a place.
    found = kinds(
        "The storm passed 90 miles north of Kestrel on Monday. Forecasters said Kestrel would see heavy rain."
    )
    assert found.get("Kestrel") == "Place"


def test_a_model_place_confirmed_by_its_words_outvotes_person_labels():
    # The model reads "the state of Sindora" as a place and "Sindora's government" as a person.
    found = kinds(
        "Mira Sen, the former chief minister of the state of Sindora, India, died. Sindora's "
        "government declared mourning."
    )
    assert found.get("Sindora") == "Place"
    assert found.get("Mira Sen") == "Person"


def test_both_ends_of_a_journey_parsed_as_one_phrase_are_places():
    # The parse hangs "to Havana" under "from Marasco"; the model calls Marasco an organisation.
    found = kinds(
        "A bus crashed on Friday. It was carrying a mix of locals and tourists from Marasco to Havana."
    )
    assert found.get("Marasco") == "Place"


def test_an_organisations_acronym_after_in_stays_an_organization():
    found = kinds(
        "Dana Ruiz worked for decades at NASA. They do not think the way we did in NASA, she said. "
        "NASA has selected two astronauts for the flight."
    )
    assert found.get("NASA") == "Organization"


def test_a_name_in_apposition_with_an_agency_is_an_organization():
    found = kinds("Yesterday, Kosmora, the national space agency, announced the death of a cosmonaut.")
    assert found.get("Kosmora") == "Organization"


def test_a_body_name_the_model_cut_at_for_is_one_name():
    # The model reads "Kelvar League" and "the Defence of Civil Liberties" as two bodies.
    found = kinds(
        "Speaking to Reuters, the president of the Kelvar League for the Defence of Civil Liberties, "
        "Ana Vela, said the law was vague."
    )
    assert found.get("Kelvar League for the Defence of Civil Liberties") == "Organization"
    assert "Kelvar League" not in found and "Defence of Civil Liberties" not in found
    assert found.get("Ana Vela") == "Person"


def test_the_words_after_of_in_a_body_name_are_no_office_holder():
    # "chairman of <body>" ending in two capitalised words is not "<office> of <body> <holder>".
    found = kinds(
        "The chairman of the Oster Federation for the Protection of Wild Birds, Ivo Marsh, said the ban "
        "came too late."
    )
    assert found.get("Oster Federation for the Protection of Wild Birds") == "Organization"
    assert "Wild Birds" not in found


def test_a_year_run_on_into_a_name_is_cut():
    # (on the span the model once gave: the fine-tuned model no longer runs the name on, nor finds it)
    from graph.extract.actors import _strip_span
    from graph.extract.language import load_nlp

    doc = load_nlp()("He was a speaker at Paul's Rally for the Republic in 2008 and later ran for Congress.")
    words = [t.text for t in doc]
    start, end = words.index("Rally"), words.index("2008") + 1
    assert doc[slice(*_strip_span(doc, start, end, "ORG"))].text == "Rally for the Republic"


def test_a_span_runs_on_into_no_function_word_or_quantity():
    from graph.extract.actors import _strip_span
    from graph.extract.language import load_nlp

    doc = load_nlp()(
        "Fans met cosplayer Lena Marwood as Poison Ivy. The center placed Ignatio 75 miles away."
    )
    words = [t.text for t in doc]
    start = words.index("Lena")
    assert doc[slice(*_strip_span(doc, start, start + 3, "PERSON"))].text == "Lena Marwood"
    start = words.index("Ignatio")
    assert doc[slice(*_strip_span(doc, start, start + 3, "PERSON"))].text == "Ignatio"


def test_a_courtesy_title_is_no_part_of_a_name_whatever_the_label():
    # the model may label "Mr Sharon" a place; "Mr" still only ever stands before a person's name,
    # where "General" opens company names ("General Motors")
    from graph.extract.actors import _strip_span
    from graph.extract.language import load_nlp

    doc = load_nlp()("Mr Halvorsen and Ms Berg spoke to General Motors.")
    words = [t.text for t in doc]
    for title in ("Mr", "Ms"):
        start = words.index(title)
        assert doc[slice(*_strip_span(doc, start, start + 2, "GPE"))].text == words[start + 1]
    start = words.index("General")
    assert doc[slice(*_strip_span(doc, start, start + 2, "ORG"))].text == "General Motors"


#: Name forms, each with the kinds it gives (name -> kind) and the names it must not give.
KIND_FORMS = [
    # a portfolio before a minister's title is no place or body
    (
        "Tarvia's Home Minister Rasmus Kaldor announced the measures. Home Secretary Anna Berg agreed. "
        "The Home Office said so.",
        {"Home Office": "Organization"},
        ["Home"],
    ),
    # a name in apposition with a wing "of" a body is a body
    (
        "Kataib al-Nour, the armed wing of the Sahel Front, claimed the attack on Monday.",
        {"Kataib al-Nour": "Organization"},
        [],
    ),
    # a state's mission or bombing is the state's, not a named event; a place's disaster is one
    (
        "The US mission in Afghanistan will continue. Civilians were killed in the US bombing of the "
        "town. Survivors recalled the Brumadinho disaster.",
        {"United States": "Country", "Brumadinho disaster": "Event"},
        ["US mission", "US bombing"],
    ),
    # attacks named by their day are an event; a deadline or one attack dated so is not
    (
        "Survivors of the September 11 attacks met on Monday. The deal passed the November 13 deadline. "
        "Troops carried out the May 9 attack on Tarvik, a hill village.",
        {"September 11 attacks": "Event"},
        ["November 13 deadline", "May 9 attack"],
    ),
    # ... with a word of their kind between the day and the noun
    (
        "Tarvia marked the anniversary of the July 7 suicide bombings on Monday.",
        {"July 7 suicide bombings": "Event"},
        [],
    ),
    # a name with a person's noun in apposition after it is a person's, whatever the model read; an
    # operator is no person's noun
    (
        "Nisse Ingvall, the skipper of Nordstjernan, says the split start could help. "
        "Tarvik Frost, the operator of the ferry, says fares will rise.",
        {"Nisse Ingvall": "Person", "Tarvik Frost": "Organization"},
        [],
    ),
    # Australia's national bodies and parties are well known, as the United Kingdom's are
    (
        "ASIO officers questioned the man, and Centrelink staff met him. The Labor leader spoke.",
        {"ASIO": "Organization", "Centrelink": "Organization", "Labor": "Organization"},
        [],
    ),
    # "Labor" is the Australian Labor Party's short name; a portfolio's word after "and" in a body's
    # name ends that name, though a party is called by it
    (
        "The Australian Labor Party held the seat. Labor candidate Kavita Raman won. "
        "The Ministry of Employment and Labor said it was watching.",
        {"Australian Labor Party": "Organization", "Ministry of Employment and Labor": "Organization"},
        ["Labor", "Ministry of Employment"],
    ),
    # ... but "Labor" before a minister's or secretary's title is a portfolio, no party
    (
        "Labor Secretary Karl Jensen resigned on Friday.",
        {"Karl Jensen": "Person"},
        ["Labor"],
    ),
    # a region's premier is a title, no body
    (
        "The Vestland Premier says he accepts full responsibility. Premier Anna Berg spoke on Monday.",
        {"Anna Berg": "Person"},
        ["Vestland Premier"],
    ),
]


@pytest.mark.parametrize("text, given, absent", KIND_FORMS, ids=[f"kind{n}" for n in range(len(KIND_FORMS))])
def test_a_name_form_gives_its_kinds_and_its_guard_holds(text, given, absent):
    found = kinds(text)
    assert {name: found.get(name) for name in given} == given
    assert not set(absent) & set(found), f"wrongly given {set(absent) & set(found)}"


def test_a_body_a_rank_and_a_name_run_into_one_name_are_the_body_and_the_person():
    # (as the model labelled "Joint Chiefs General Richard Myers" one organisation)
    from graph.extract.actors import _body_title_holder_split
    from graph.extract.language import load_nlp

    def split(text):
        found = _body_title_holder_split(load_nlp().make_doc(text)[:])
        return found and (found[0].text, found[1].text)

    assert split("Harbour Council General Anna Lind") == ("Harbour Council", "Anna Lind")
    assert split("Nordvik Rovers Manager Karl Jensen") == ("Nordvik Rovers", "Karl Jensen")
    # a saint's name in a hospital's name, a rank after a qualifier: one name
    assert split("Tarvik Saint Mary Hospital") is None
    assert not split("Vice Admiral Karl Jensen")


def test_a_title_before_the_surname_of_a_person_named_in_full_is_that_person():
    # (on the labels the model once gave: "General Musharraf" as a body, after "Pervez Musharraf")
    from graph.extract.actors import Mention, _titled_surnames
    from graph.extract.language import load_nlp

    text = "President Pervez Kaldor spoke. General Kaldor left. General Motors stayed. Rand Paul flew to Saint Paul."
    doc = load_nlp()(text)

    def mention(words: str, label: str, kind: str) -> Mention:
        start = text.index(words)
        root = doc.char_span(start, start + len(words))[-1].i
        return Mention(start, start + len(words), root, words, label, kind, 0)

    people = mention("Pervez Kaldor", "PERSON", "Person")
    general = mention("General Kaldor", "ORG", "Organization")
    company = mention("General Motors", "ORG", "Organization")
    senator = mention("Rand Paul", "PERSON", "Person")
    city = mention("Saint Paul", "GPE", "Place")
    _titled_surnames(doc, [people, general, company, senator, city])
    assert (general.text, general.kind) == ("Kaldor", "Person")
    assert (company.text, company.kind) == ("General Motors", "Organization")
    assert (city.text, city.kind) == ("Saint Paul", "Place")  # "Saint" opens places' names too


def test_a_name_modifying_a_vehicles_noun_is_a_product():
    # The model reads the lone name as a person's; "a Korvath truck" is the vehicle's make and model.
    found = kinds("A speeding Korvath truck hit the car on Route 9.")
    assert found.get("Korvath") == "Product"


def test_the_white_house_is_an_organization():
    # The guidelines count the White House as the office, an organisation, even where the text
    # names the building.
    found = kinds(
        "Protesters gathered outside the White House on Friday, and the White House said it would "
        "not comment."
    )
    assert found.get("White House") == "Organization"


def test_a_sentence_opener_written_in_lower_case_elsewhere_is_no_actor():
    found = kinds("The lava flowed into the sea near Pahala. Lava destroyed homes, Kai Lono said.")
    assert found.get("Kai Lono") == "Person"
    assert found.get("Pahala") == "Place"
    assert "Lava" not in found


def test_a_second_name_after_and_is_not_joined_onto_an_of_name():
    people = kinds(
        "The project was a collaboration between Anna Lund of the University of Leeds and Tom Hale of "
        "Ocean Shark Tours."
    )
    assert people.get("University of Leeds") == "Organization"
    assert people.get("Tom Hale") == "Person"
    bodies = kinds(
        "Scientists from the University of Oregon and Center for Coastal Sentinels studied the birds."
    )
    assert bodies.get("University of Oregon") == "Organization"
    assert bodies.get("Center for Coastal Sentinels") == "Organization"
    school = kinds(
        "The work was led by Kim Berg of the Lorne School of Marine and Atmospheric Science at the "
        "University of Dorset and Tom Hale of Ocean Shark Tours."
    )
    assert school.get("Lorne School of Marine and Atmospheric Science") == "Organization"
    assert school.get("Tom Hale") == "Person"


def test_a_genus_written_in_a_species_name_is_no_actor():
    found = kinds(
        "Numbers of the tiny lizard Varanus pellucidus fell on the island. Varanus hunt at dawn in "
        "Otago, Kiri Ahu said."
    )
    assert found.get("Kiri Ahu") == "Person"
    assert found.get("Otago") == "Place"
    assert "Varanus" not in found


def test_a_participle_opening_the_sentence_is_not_part_of_the_name():
    # The model sometimes runs the capitalised opener into the name ("Retired FBI"); set that span.
    from spacy.tokens import Span

    from graph.extract import actors, language

    doc = language.load_nlp()("Retired FBI agent Tomas Brandt told reporters the tapes were real.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 5, label="PERSON")]
    found = actors.find_mentions(doc, [t.sent.start for t in doc], skip=lambda i: False)
    assert ("FBI", "Organization") in [(m.text, m.kind) for m in found]
    assert ("Tomas Brandt", "Person") in [(m.text, m.kind) for m in found]


def test_a_title_is_taken_off_a_persons_name():
    assert kinds("Students sang, Elder Tomas Brandt provided a prayer, and the herd was released.") == {
        "Tomas Brandt": "Person"
    }
    assert kinds("Cde Brandt was an icon of liberation, his party said.") == {"Brandt": "Person"}


def test_a_state_a_title_and_a_name_read_as_one_body_are_a_state_and_a_person():
    # The model sometimes reads the whole run as one organisation; set that span.
    from spacy.tokens import Span

    from graph.extract import actors, language

    doc = language.load_nlp()("On Monday, United States Senator Mara Quint died at home.")
    doc.ents = [Span(doc, 3, 8, label="ORG")]
    found = actors.find_mentions(doc, [t.sent.start for t in doc], skip=lambda i: False)
    assert [(m.text, m.kind) for m in found] == [("United States", "Country"), ("Mara Quint", "Person")]


def test_a_publication_named_after_its_kind_is_an_organisation():
    found = kinds(
        "On Thursday, the journal Science published a report by a team from Oslo. Ilse Varga shared an "
        "article from the Austrian news site heute24.at with comments."
    )
    assert found.get("Science") == "Organization"
    assert found.get("heute24.at") == "Organization"


def test_a_named_venue_is_a_place():
    found = kinds(
        "The fair was held at the Dunmore Convention Center in Ohio. He will be buried at the Kelby "
        "Memorial Cemetery. The film opened at the Ashgrove Theatre in Leeds."
    )
    assert found.get("Dunmore Convention Center") == "Place"
    assert found.get("Ashgrove Theatre") == "Place"
    assert found.get("Kelby Memorial Cemetery") == "Place"


def test_a_sports_hall_or_a_launch_site_named_centre_is_a_place():
    found = kinds(
        "The count was held at the Tarvik Leisure Centre on Thursday. The final was played at the Halvia "
        "Tennis Centre. The satellite was launched from the Nordkapp Space Centre on Friday."
    )
    assert found.get("Tarvik Leisure Centre") == "Place"
    assert found.get("Halvia Tennis Centre") == "Place"
    assert found.get("Nordkapp Space Centre") == "Place"
    # control: a centre of research or care is a body
    found = kinds(
        "Researchers at the Tarvik Centre for Marine Research said so. The Halvia Health Centre closed."
    )
    assert found.get("Tarvik Centre for Marine Research") == "Organization"
    assert found.get("Halvia Health Centre") == "Organization"


def test_a_surname_the_parser_took_for_a_noun_is_the_person_named_earlier():
    text = (
        "The survey was led by Dana Meadows of the Reef Trust and Paul Grant of Bayside College. "
        'Meadows remarked, "We had never seen so many rays in one bay."'
    )
    ext = extract(Article.from_fields("News", text))
    people = {e.name: e.aliases for e in ext.entities if e.type == "Person"}
    assert "Meadows" in people["Dana Meadows"]
    assert [s.speaker for s in ext.statements if s.kind == "direct"] == ["person:dana-meadows"]


def test_a_surname_before_an_age_and_a_role_is_the_person_named_earlier():
    text = "Carl Rivers sold the mill to Tom Hale last spring. Rivers, 52, a farmer from the valley, said it."
    people = {e.name: e.aliases for e in extract(Article.from_fields("News", text)).entities}
    assert "Rivers" in people["Carl Rivers"]


def test_a_surname_as_the_subject_of_any_verb_is_the_person_named_earlier():
    text = (
        "Carl Rivers sold the mill to Tom Hale last spring. Rivers bought a farm, and Rivers' dog came too."
    )
    people = {e.name: e.aliases for e in extract(Article.from_fields("News", text)).entities}
    assert "Rivers" in people["Carl Rivers"]


def test_a_public_programme_named_alone_is_no_actor():
    found = kinds("Senator Ana Ruiz said the budget would cut Medicare and Medicaid by a tenth next year.")
    assert found.get("Ana Ruiz") == "Person"
    assert "Medicare" not in found and "Medicaid" not in found


def test_the_territory_of_a_governing_office_before_its_holder_is_a_place():
    found = kinds(
        "Mayor of Riverton Ana Ruiz said the road would open in May. "
        'First Minister of Caldera Tom Hale said, "It is late." Premier of Norland Eva Stone agreed.'
    )
    assert found.get("Riverton") == "Place"
    assert found.get("Caldera") == "Place"
    assert found.get("Norland") == "Place"
    assert found.get("Ana Ruiz") == "Person" and found.get("Tom Hale") == "Person"
    assert "First Minister" not in found


def test_a_portfolio_is_not_part_of_its_ministers_name():
    found = kinds(
        "The mine was placed on a road in a village, stated Minister of Information Moammar al-Karimi, "
        "and was left outside a school."
    )
    assert found.get("Moammar al-Karimi") == "Person"
    assert not [n for n in found if n.startswith("Information")]


def test_words_before_a_ministers_title_and_name_are_a_portfolio_not_a_body():
    # (round 51) any portfolio, not only the listed words ("Home", "Trade"); a name with a body's head
    # word ("the Treasury") stays the body its secretary works for
    found = kinds(
        "Officials met on Monday. The warning came from Fair Trading Minister Anna Berg on Monday. "
        "Workplace Relations Minister Karl Jensen said the union was wrong. The Treasury Secretary Ivar "
        "Holm resigned."
    )
    assert found.get("Anna Berg") == found.get("Karl Jensen") == "Person"
    assert not {"Fair Trading", "Workplace Relations"} & set(found)
    assert found.get("Treasury") == "Organization"


def test_an_office_held_by_a_named_person_is_no_organisation():
    found = kinds(
        "The budget was late. The Commissioner for Budget and Economic Planning, Tunde Alaba, said the "
        "figures were wrong. Alaba was Ohio's Director of Commerce from 2011 to 2015."
    )
    assert found.get("Tunde Alaba") == "Person"
    assert "Commissioner for Budget and Economic Planning" not in found
    assert "Director of Commerce" not in found
    # control: an office with no holder named may be a body of its own (docs/annotation.md)
    found = kinds("The case was sent back. The Director of Public Prosecutions said it would go on.")
    assert found.get("Director of Public Prosecutions") == "Organization"


def test_a_named_convention_fest_or_faire_is_an_event():
    found = kinds(
        "Fans packed the Harbor Haunters Convention in Dallas on Saturday. Makers showed robots at the "
        "Riverbend Maker Faire last week. The film premiered on Friday at Hulu's Nightfall Fest film festival."
    )
    assert found.get("Harbor Haunters Convention") == "Event"
    assert found.get("Riverbend Maker Faire") == "Event"
    assert found.get("Nightfall Fest") == "Event"


def test_an_untagged_medium_published_in_told_or_cited_is_an_organization():
    found = kinds(
        "A second report was published Wednesday in Nature Botany by a team from Leeds. "
        "The carmaker told The Ledger that it would cooperate."
    )
    assert found.get("Nature Botany") == "Organization"
    assert found.get("Ledger") == "Organization"


def test_a_possessive_of_people_inside_a_name_keeps_the_name_whole():
    found = kinds(
        "Ankara named both the Harbor Workers' Party (HWP) and People's Defence Units (PDU) as terrorists."
    )
    assert found.get("People's Defence Units") == "Organization"
    assert "People" not in found


def test_a_national_edition_of_a_broadcaster_is_one_name():
    found = kinds(
        "Governor Ana Ruiz told CNN Philippines the towns were flooded. Roads were closed, according to "
        "CNN Philippines."
    )
    assert found.get("CNN Philippines") == "Organization"
    assert "CNN" not in found


def test_a_chamber_spent_time_or_voted_in_stays_an_organization():
    found = kinds(
        "Tom Hale was first elected to the House of Representatives in 1990. He spent his time in the House "
        "promoting farm bills."
    )
    assert found.get("House of Representatives") == "Organization"


def test_the_speaker_labels_of_an_interview_are_no_actors():
    text = (
        "Wikinews spoke with ecologist Dana Ruiz of the University of Leeds about herons.\n\n\n"
        "((WN))  Given that some data were old, how sure are you?\n\n\n"
        "DR Although we used old data, the colony was counted each spring.\n\n\n"
        "((WN))  To what extent do the results apply today?\n\n\n"
        "DR We did not have a long series, but the trend is clear.\n"
    )
    found = {
        e.name: e.type
        for e in extract(Article.from_fields("Herons: Wikinews interviews Dana Ruiz", text)).entities
    }
    assert found.get("Dana Ruiz") == "Person"
    assert "WN" not in found and "DR" not in found


def test_names_only_in_an_original_language_rendering_are_no_actors():
    text = (
        "On Sunday, Polish leader Anna Nowak of the Civic Forum ((pl))Polish language: \u200dForum Obywatelskie "
        "publicly declared her plan. The film Do not wait ((pl))Polish language: \u200dTylko nie czekaj was "
        "released on YouTube on Saturday.\n\n"
        'Nowak wrote, "Poland needs calm" ((es))Spanish language: \u200dPolonia necesita calma. Nuestras casas '
        "estarán abiertas.\n"
    )
    found = {e.name: e.type for e in extract(Article.from_fields("Nowak declares plan", text)).entities}
    assert found.get("YouTube") == "Organization" and found.get("Anna Nowak") == "Person"
    assert not {"Forum Obywatelskie", "Tylko", "Nuestras"} & set(found)


def test_a_rendering_marked_with_the_language_alone_names_no_actors():
    text = (
        'On Monday, the governor Ivan Petrov said, "Our exports will grow!" ((ru))Russian: \u200dСейчас '
        "годовой объем нашего экспорта растёт быстро.\n\nPetrov spoke in Tomsk.\n"
    )
    found = {e.name: e.type for e in extract(Article.from_fields("Petrov speaks", text)).entities}
    assert found.get("Ivan Petrov") == "Person"
    assert "Сейчас" not in found


def test_well_known_actors_take_their_listed_kind():
    # graph/data/known_actors.tsv: the small model types these as people or misses them.
    found = kinds(
        "Engineers at SpaceX said the rocket would fly again in June. Fighters from Tahrir al-Sham "
        "entered the town on Tuesday. Astronauts aboard the International Space Station watched."
    )
    assert found.get("SpaceX") == "Organization"
    assert found.get("Tahrir al-Sham") == "Organization"
    assert found.get("International Space Station") == "Product"
    # spellings of one group and a named site are listed each
    found = kinds(
        "Officials said Al Qaeda had trained the men. The Northern Alliance took the airport. "
        "Survivors of the World Trade Centre gathered."
    )
    assert found.get("Al Qaeda") == "Organization"
    assert found.get("Northern Alliance") == "Organization"
    assert found.get("World Trade Centre") == "Place"


@pytest.mark.parametrize(
    "text, outlets",
    [
        (
            "Officials met on Monday. The arrests were first reported by TVN24 and the broadcaster RTP.",
            {"TVN24", "RTP"},
        ),
        (
            "Officials met on Monday. Speaking to Deutschlandfunk on Tuesday, the minister said talks would go on.",
            {"Deutschlandfunk"},
        ),
    ],
)
def test_the_world_s_broadcasters_the_model_misses_are_organisations(text, outlets):
    # graph/data/known_actors.tsv lists each country's broadcasters, agencies and papers
    found = kinds(text)
    assert {name for name in outlets if found.get(name) == "Organization"} == outlets, found


def test_a_well_known_name_inside_a_longer_name_or_a_plain_word_is_no_actor():
    # "Economist" and "London" are listed; here one is a plain word, the other part of a longer name.
    assert kinds("Economist salaries rose sharply last year, the survey said.") == {}
    assert "London" not in kinds("Hundreds of London Underground workers struck on Monday.")


def test_a_person_whose_surname_is_a_listed_place_stays_a_person():
    found = kinds("William Hague spoke in the chamber on Monday. Hague said the vote would be close.")
    assert found.get("William Hague") == "Person"
    assert "Hague" not in found


def test_a_listed_place_s_last_word_alone_is_that_place():
    found = kinds("The ferry crossed the English Channel at dawn. Waves in the Channel were high.")
    assert found == {"English Channel": "Place"}


def test_a_well_known_institution_after_its_state_s_name_is_found():
    # The model tags only the state; the institution is listed.
    found = kinds("Former United States Central Intelligence Agency agent Mara Quill retired on Friday.")
    assert found.get("Central Intelligence Agency") == "Organization"
    assert found.get("United States") == "Country"


def test_a_well_known_person_the_model_types_as_an_organisation_is_a_person():
    found = kinds("Speaking in Ohio, Nikki Haley said the deal was weak. Emmerson Mnangagwa spoke in Harare.")
    assert found.get("Nikki Haley") == "Person"
    assert found.get("Emmerson Mnangagwa") == "Person"


def test_a_well_known_name_the_model_cut_short_is_whole():
    # The model tags "Ursula von der" as the person and leaves "Leyen" apart.
    found = kinds("Commissioner Ursula von der Leyen told reporters the plan was ready.")
    assert found == {"Ursula von der Leyen": "Person"}


def test_a_misspelt_title_fused_into_a_well_known_person_is_taken_off():
    found = kinds("Critics such as Senatr Elizabeth Warren and Commisioner Ursula von der Leyen objected.")
    assert found == {"Elizabeth Warren": "Person", "Ursula von der Leyen": "Person"}


def test_demonyms_of_small_states_are_no_actors():
    # graph/data/states.json gives every sovereign state its demonyms.
    found = kinds("Tongan Prime Minister Pohiva Tuionetoa met Palestinian President Mahmoud Abbas.")
    assert found == {"Pohiva Tuionetoa": "Person", "Mahmoud Abbas": "Person"}
    assert kinds("The Samoan said he would return.") == {}


def test_a_bad_line_of_the_known_actors_file_is_one_clear_error():
    with pytest.raises(InputError) as err:
        parse_known_actors("# header\nSpaceX\tOrganization\nAcme Corp\tOrg\n", "known_actors.tsv")
    assert str(err.value).startswith(
        "known_actors.tsv:3: 'Acme Corp\\tOrg' is not a name, a tab and one of Person"
    )


def test_an_institution_s_name_goes_on_through_of_the():
    # Cut at "Supreme Court", every country's supreme court would be one node across articles.
    found = kinds("Lawyers appealed to the Supreme Court of the Philippines on Monday.")
    assert found == {"Supreme Court of the Philippines": "Organization"}


def test_a_named_body_the_model_missed_after_the_is_an_organisation():
    # The model leaves "the Workers' Party" untagged here; its head word makes it a name.
    found = kinds("The mayor met Carlos Mendes of the Workers' Party on Friday.")
    assert found == {"Carlos Mendes": "Person", "Workers' Party": "Organization"}


def test_a_head_word_alone_or_after_a_nationality_is_no_named_body():
    # The rule alone, as if the model had tagged nothing: the head word alone is a reference, and a
    # body described by its nationality alone is no name; a lower-case head names nothing.
    doc = load_nlp()(
        "The Party said the Chinese Academy and the Farmers' union would reply to the Farmers' Union."
    )
    found = _bodies_the_model_missed(doc, [0] * len(doc), lambda _offset: False, set())
    assert [m.text for m in found] == ["Farmers' Union"]


def test_a_school_keeps_the_place_its_name_starts_with():
    # A state's name in front of an institution of the state is only its prefix; a school's or an
    # ambiguous state's ("Georgia") starts the school's own name.
    assert kinds("Researchers at the Georgia Institute of Technology studied the reef.") == {
        "Georgia Institute of Technology": "Organization"
    }
    assert kinds("He studied at the Korea Institute of Science and Technology last year.") == {
        "Korea Institute of Science and Technology": "Organization"
    }
    found = kinds("Former United States Central Intelligence Agency officer Tom Berg died.")
    assert found == {
        "United States": "Country",
        "Central Intelligence Agency": "Organization",
        "Tom Berg": "Person",
    }


def test_only_an_institutions_name_gets_an_acronym_the_article_never_wrote():
    ext = extract(
        Article.from_fields(
            "News",
            "The National Transportation Safety Board and the Mass Vaccination Campaign began on Monday.",
        )
    )
    aliases = {e.name: e.aliases for e in ext.entities}
    assert aliases["National Transportation Safety Board"] == ["NTSB"]
    assert not any(a.isupper() for a in aliases.get("Mass Vaccination Campaign", []))


def test_a_body_named_before_its_holder_in_apposition_keeps_its_last_words():
    # "<office> of <body> <holder>" is cut only when no name follows: here the holder is in apposition.
    found = kinds(
        "The director of Greenpeace International Andes Region, Anna Berg, said the law was unlawful."
    )
    assert found == {"Greenpeace International Andes Region": "Organization", "Anna Berg": "Person"}
    # The control: the holder right after the body's name is cut off it.
    assert kinds("Director of Amnesty International Man-kei Tam said the move was unlawful.") == {
        "Amnesty International": "Organization",
        "Man-kei Tam": "Person",
    }


def test_a_well_known_name_the_model_took_its_first_word_from_is_whole():
    # The model tags "Without Borders" a person and leaves "Doctors" out.
    found = kinds("The director of Doctors Without Borders, Anna Berg, said the plan failed.")
    assert found == {"Doctors Without Borders": "Organization", "Anna Berg": "Person"}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # a name right after a craft noun is that craft; a maker's name comes before the noun
        pytest.param(
            "Rescuers reached the yacht Seabird near Crete on Monday.", "Seabird", "Product", id="yacht"
        ),
        pytest.param(
            "Iran seized the tanker Nordic Star in the Gulf.", "Nordic Star", "Product", id="tanker"
        ),
        pytest.param("The satellite Aurora reached orbit on Friday.", "Aurora", "Product", id="satellite"),
        pytest.param("A Volvo truck hit the wall on Monday.", "Volvo", "Organization", id="maker"),
        # what findings are published in is a publication, though the model read a place; a known
        # place, a state, or a place followed by its region stays a place
        pytest.param(
            "Researchers at the University of Oxford published the study in Nature.",
            "Nature",
            "Organization",
            id="journal",
        ),
        pytest.param("The paper was published in London in 1850.", "London", "Place", id="known-place"),
        pytest.param("The report was published in Texas on Monday.", "Texas", "Place", id="state"),
        pytest.param("The book was published in Tyler, Texas, in 1950.", "Tyler", "Place", id="place-region"),
    ],
)
def test_a_name_takes_the_kind_the_noun_or_verb_before_it_gives(sentence, name, kind):
    assert kinds(sentence).get(name) == kind


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # words of standing and church titles before a name are not part of it
        pytest.param(
            "Karl Jensen died on Monday. Longtime Jensen collaborator Anna Berg spoke.",
            "Anna Berg",
            id="longtime",
        ),
        pytest.param("The Most Rev. Karl Jensen led the service on Sunday.", "Karl Jensen", id="most-rev"),
        pytest.param("Bishop Emeritus Karl Jensen died on Monday.", "Karl Jensen", id="emeritus"),
        # a noun that is also an occupation leaves a person a person
        pytest.param("Veteran broadcaster Karl Jensen died on Monday.", "Karl Jensen", id="occupation"),
    ],
)
def test_a_persons_name_is_the_name_without_what_stands_before_it(sentence, name):
    found = kinds(sentence)
    assert found.get(name) == "Person"
    assert not any(n.endswith(name) and n != name for n in found), found


def test_a_state_that_no_longer_exists_is_a_country():
    assert kinds("Alexei Petrov was a cosmonaut of the Soviet Union.").get("Soviet Union") == "Country"
    assert kinds("Ana Horvat was born in Yugoslavia in 1950.").get("Yugoslavia") == "Country"
    assert kinds("The USSR launched the satellite in 1957.").get("Soviet Union") == "Country"


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("The bus crashed in the Ural region of Russia on Monday.", "Ural"),
        ("Fighting went on in the Idlib province on Monday.", "Idlib"),
        ("Rain fell across the Sahel region for a week.", "Sahel"),
    ],
)
def test_a_name_before_a_region_noun_is_a_region(sentence, region):
    assert kinds(sentence).get(region) == "Place"


def test_a_nationality_before_a_region_noun_names_no_region():
    assert kinds("Aid reached the Kurdish region on Monday.") == {}


def test_a_well_known_name_with_a_comma_or_an_and_is_read_whole():
    found = kinds("The United Nations Educational, Scientific and Cultural Organization met in Paris.")
    assert found.get("United Nations Educational, Scientific and Cultural Organization") == "Organization"
    found = kinds("Carl Hensman of the Bill and Melinda Gates Foundation spoke on Monday.")
    assert found.get("Bill and Melinda Gates Foundation") == "Organization" and "Bill" not in found


def test_a_word_of_standing_is_cut_off_a_name_the_model_took_for_an_organisation():
    # "Longtime" opens the sentence capitalised; whatever the model labels the span, it is no name's word
    text = "Don Imus died on Friday. Longtime Imus collaborator Rob Bartlett paid tribute to him."
    assert not any(name.startswith("Longtime") for name in kinds(text))


@pytest.mark.parametrize(
    "court",
    [
        "United States District Court for the Southern District of New York",
        "U.S. District Court for the Northern District of California",
        "United States Court of Appeals for the Ninth Circuit",
        "District Court for the District of Columbia",
    ],
)
def test_a_federal_court_named_in_full_is_one_organisation(court):
    found = kinds(f"A judge of the {court} ruled on the appeal on Monday.")
    assert found == {court: "Organization"}


def test_a_lodging_or_reserve_named_by_its_head_word_is_a_place():
    # The model reads most multi-word names as organisations; the head word says where one stays or
    # what land is set aside.
    found = kinds("Tourists stayed at the Blue Heron Lodge near the Karoo Bison Range on Monday.")
    assert found.get("Blue Heron Lodge") == "Place"
    assert found.get("Karoo Bison Range") == "Place"
    found = kinds("Elders of the tribe met on the Crow Creek Reservation in South Dakota.")
    assert found.get("Crow Creek Reservation") == "Place"
    # "Lodge" is a surname as well: a person the model read stays a person.
    found = kinds("Senator Henry Cabot Lodge spoke in Boston on Monday.")
    assert found.get("Henry Cabot Lodge") == "Person"


def test_a_french_square_or_quay_named_by_its_first_word_is_a_place():
    found = kinds("Protesters gathered at Place de la Republique, then marched to Quai des Orfevres.")
    assert found.get("Place de la Republique") == "Place"
    assert found.get("Quai des Orfevres") == "Place"


def test_a_firm_named_by_its_plural_head_word_is_an_organisation():
    # A firm named after its founder reads to the model as that person.
    found = kinds("They received support from Sam Houston Technology Partners and others.")
    assert found.get("Sam Houston Technology Partners") == "Organization"
    found = kinds("The dive boat was run by Jack Morgan Diving Adventures of Santa Barbara.")
    assert found.get("Jack Morgan Diving Adventures") == "Organization"


def test_french_honorifics_are_not_part_of_a_name():
    assert "Claire Spanton" in kinds("Mme Claire Spanton told the court she was afraid.")
    assert "Spanton" in kinds("Mme Spanton told the court she was afraid.")


def test_a_nickname_in_quotes_is_not_part_of_a_persons_name():
    found = kinds(
        'The heiress married talent agent Pasquale "Pat" Di Cicco; conductor Leo Strand; and author Wyatt Cole.'
    )
    assert found.get("Pasquale Di Cicco") == "Person"
    assert not [name for name in found if '"' in name]


def test_a_name_run_on_over_in_and_a_place_is_two_names():
    from graph.extract.actors import _split_at_in, gazetteer
    from graph.extract.language import load_nlp

    # As the model read "the Cahors Cathedral in Cahors, France": one span over "in" and the town.
    doc = load_nlp()(
        "Pilgrims filled the Riverton Cathedral in Riverton, France, and joined Women in Science."
    )
    assert doc[3:7].text == "Riverton Cathedral in Riverton"
    pieces = [(doc[s:e].text, label) for s, e, label in _split_at_in(doc, 3, 7, "ORG", gazetteer())]
    assert pieces == [("Riverton Cathedral", "ORG"), ("Riverton", "GPE")]
    # Not a place after "in": the name stays whole.
    assert doc[12:15].text == "Women in Science"
    assert _split_at_in(doc, 12, 15, "ORG", gazetteer()) == [(12, 15, "ORG")]
    found = kinds("Pilgrims filled the Cahors Cathedral in Cahors, France, on Saturday.")
    assert found.get("Cahors Cathedral") == "Place" and found.get("Cahors") == "Place"


def test_a_name_whose_short_form_spells_its_place_runs_on_over_in():
    found = kinds(
        "Officials met on Monday. The Association of Banks in Norway (ABN) urged customers to stay calm."
    )
    assert found.get("Association of Banks in Norway") == "Organization"
    assert "Association of Banks" not in found


def test_a_name_opening_with_a_common_given_name_is_a_persons():
    # The model types many Spanish and African names as organisations.
    found = kinds("Ricardo Alvarado Nevares announced his resignation on Wednesday night.")
    assert found.get("Ricardo Alvarado Nevares") == "Person"
    # Not a known body, nor a name with a place's head word.
    found = kinds("Tourists flocked to Victoria Falls on Monday, and Al Jazeera reported it.")
    assert found.get("Victoria Falls") == "Place"
    assert found.get("Al Jazeera") == "Organization"


def test_a_given_name_alone_before_and_shares_the_next_persons_surname():
    found = kinds("The victims were Aaron Reyes, Daniel Moss, and Joanne and Edward Halloran.")
    assert found.get("Joanne Halloran") == "Person" and found.get("Edward Halloran") == "Person"
    assert "Joanne" not in found
    # A given name that ends a full name of its own shares nothing.
    found = kinds("Mary Lindgren and Edward Halloran attended the hearing on Monday.")
    assert set(found) == {"Mary Lindgren", "Edward Halloran"}


def test_a_numbered_flight_is_an_event_and_its_airline_an_organisation():
    found = kinds("Investigators met on Monday. Nordic Air Flight 318 crashed near Tromso in March.")
    assert found.get("Nordic Air Flight 318") == "Event"
    assert found.get("Nordic Air") == "Organization"
    found = kinds("The recorder from Lion Air Flight 610 was found. After Flight 302 crashed, pilots spoke.")
    assert found.get("Lion Air Flight 610") == "Event"
    assert not [name for name in found if name.startswith(("After", "The"))]


def test_a_medium_told_is_not_run_into_the_subject_of_what_it_was_told():
    found = kinds("A retired agent, Omar Haddad, told NPR Hamza bin Laden had appeared in videos.")
    assert found.get("NPR") == "Organization"
    assert found.get("Hamza bin Laden") == "Person"


def test_a_title_word_after_a_lone_given_name_is_a_surname():
    found = kinds("The prize was shared between Anna Berg and the duo of Didier Lund and Michel Mayor.")
    assert found.get("Michel Mayor") == "Person"
    assert "Michel" not in found


def test_a_generational_suffix_after_a_comma_ends_the_name():
    found = kinds("District Attorney Robert T. Halloran, Jr. subpoenaed the records on Monday.")
    assert found.get("Robert T. Halloran, Jr.") == "Person"
    assert "Jr." not in found


def test_a_possessive_naming_a_group_of_followers_is_part_of_its_name():
    found = kinds("Abuse is reported to the Watch Tower Society, which directs Jehovah's Witnesses.")
    assert found.get("Jehovah's Witnesses") == "Organization"
    # Things a maker makes are not: the maker is named, the possessive owns.
    assert "Boeing's Dreamliners" not in kinds("Boeing's Dreamliners were grounded on Monday.")


def test_a_capitalised_head_word_the_model_left_off_a_name_is_its_own():
    from spacy.tokens import Span

    from graph.extract.actors import _completion
    from graph.extract.language import load_nlp

    nlp = load_nlp()
    doc = nlp("Ranchers pooled resources with the nearby Crow Valley Tribe, who have a herd.")
    doc.ents = [Span(doc, 6, 8, "LOC")]  # as the model cut "Eastern Shoshone | Tribe" in an article
    assert doc[6:8].text == "Crow Valley"
    assert _completion(doc, 8, "LOC") == (9, "ORG")
    # Not a head word that opens another name.
    doc = nlp("Ranchers met Crow Valley Council Member Anna Berg on Monday.")
    doc.ents = [Span(doc, 2, 4, "LOC")]
    assert _completion(doc, 4, "LOC") is None


def test_a_name_opening_with_a_royal_title_is_a_persons():
    found = kinds("Yesterday, Spain's King Felipe VI opened the session.")
    assert found.get("King Felipe VI") == "Person"
    # A body named after a royal keeps its head word's kind.
    assert (
        kinds("She studied at Queen Mary University in London.").get("Queen Mary University")
        == "Organization"
    )


def test_a_variant_word_after_a_model_code_is_the_models_not_a_person():
    assert (
        kinds("The new Boeing 737 Max was not airworthy, investigators said.").get("Boeing 737 Max")
        == "Product"
    )
    assert "Max" not in kinds("Boeing grounded its 737 Max fleet on Monday.")
    # A person called Max is still one.
    assert kinds("Max Mosley met Anna Berg in Paris.").get("Max Mosley") == "Person"


def test_an_occupation_opening_a_sentence_is_not_part_of_the_name():
    assert "Karl Jensen" in kinds("Farmer Karl Jensen lost his farm in the flood on Monday.")
    # A two-word name that opens with an occupation's word stays whole, and a royal title stays.
    assert "Baker Mayfield" in kinds("Baker Mayfield threw three touchdowns on Sunday.")
    assert "King Harald" in kinds("King Harald opened the session on Monday.")


def test_labour_alone_before_a_legislators_title_is_the_party():
    # "Labour" is a well-known actor; a title after it does not make it part of a longer name.
    assert kinds("Labour MP Helen Carter voted against the bill.").get("Labour") == "Organization"


def test_what_is_played_for_is_a_team_whatever_the_model_typed_it():
    assert kinds("Karl Jensen plays for Bayern Munich.").get("Bayern Munich") == "Organization"
    # A musician played for may be a person: "played guitar for" leaves a person's full name alone.
    assert kinds("Karl Jensen played guitar for Anna Berg.").get("Anna Berg") == "Person"


def test_a_name_before_a_player_or_spokesman_role_and_a_person_is_an_organisation():
    assert kinds("Rolling Stones drummer Karl Jensen died on Monday.").get("Rolling Stones") == "Organization"
    # a nationality before the role is no organisation
    assert "Danish" not in kinds("Danish striker Karl Jensen scored twice.")


def test_a_full_name_listed_after_a_place_stays_a_person():
    text = (
        "On Friday, Rosa Diaz resigned as the governor of United States commonwealth of Puerto Rico and "
        "Pedro Alvarado was sworn in at 5 p.m. local time."
    )
    assert kinds(text).get("Pedro Alvarado") == "Person"


LEAD = "Reporters gathered on Monday to hear the news from officials. "


def test_a_states_whole_name_is_the_state_whatever_the_model_labelled_it():
    # the small model reads "Sri Lanka's" as a person's name
    assert kinds(LEAD + "Sri Lanka's Easter bombings killed 250 people.").get("Sri Lanka") == "Country"


def test_an_employer_the_model_left_untagged_is_an_organisation():
    found = kinds(
        "Officials met on Monday. After two decades working for Statoil, Lise Dahl joined the cabinet."
    )
    assert found.get("Statoil") == "Organization"
    # (a person worked for is a person)
    found = kinds("Officials met on Monday. After two decades working for Karl Jensen, Lise Dahl left.")
    assert found.get("Karl Jensen") == "Person"


def test_a_company_shares_are_held_in_is_no_place():
    assert kinds(LEAD + "Shares in Tesla fell after the announcement.").get("Tesla") == "Organization"


def test_a_name_the_model_missed_where_only_a_place_stands_is_a_place():
    assert kinds(LEAD + "Residents of Kumasi fled the floods.").get("Kumasi") == "Place"
    assert kinds(LEAD + "Prime Minister Jacinda Ardern visited Christchurch.").get("Christchurch") == "Place"


def test_a_stance_on_a_name_is_no_actor():
    assert "non-Latino" not in kinds(LEAD + "Deaths rose among non-Latino white residents.")
    assert kinds(LEAD + "Anti-Brexit protesters marched in London.") == {"London": "Place"}


def test_a_name_opening_with_a_given_name_from_anywhere_is_a_persons():
    # the small model types these as organisations; the census list of US names lacks both given names
    # (round 35: a Fijian given name from the longer world list)
    for name in ("Mamadou Diallo", "Xochitl Quispe", "Kelera Vunibola"):
        assert kinds(LEAD + f'"The water is rising," said {name}.').get(name) == "Person", name


def test_an_acronym_is_not_a_given_name():
    assert (
        kinds(LEAD + "Fighters loyal to the ISIS Caliphate fled the town.").get("ISIS Caliphate") != "Person"
    )


def test_the_possessor_of_a_towns_office_the_model_missed_is_a_place():
    assert (
        kinds(LEAD + "Lena Ortiz, Millbrook's first selectwoman, said the road would reopen.").get(
            "Millbrook"
        )
        == "Place"
    )


# Names found by round 15's probes, one row each: the sentence, the names it must give with their
# kinds, and names it must not give (the pieces a wrong cut leaves).
NAME_FORMS = [
    # a person's name the model ran on into the body they are of is the person and the body
    (
        "The Electoral Commission of Ghana on Sunday declared Kwabena Asare-Bediako of the People's "
        "Convention Alliance (PCA) the winner of the seat.",
        {"Kwabena Asare-Bediako": "Person", "People's Convention Alliance": "Organization"},
        ["Kwabena Asare-Bediako of the People's Convention Alliance"],
    ),
    # a given name the model tagged alone takes in the surname it left untagged
    (
        "A jury in Sydney on Monday found financial adviser Gregory Pallister guilty of defrauding 63 "
        "clients.",
        {"Gregory Pallister": "Person"},
        ["Gregory"],
    ),
    # "SC" after a barrister's name is Senior Counsel, no club's letters
    (
        "The appeal was heard on Monday. Counsel for the prosecution, Ronan Fahy SC, told the court the "
        "DPP would seek a retrial.",
        {"Ronan Fahy": "Person"},
        ["Ronan Fahy SC"],
    ),
    # an election named by its day is one event
    (
        "Voters went to the polls on Sunday. Turnout in the August 12 general election was low.",
        {"August 12 general election": "Event"},
        [],
    ),
    # a name with a noun of what befell people is one event; so is a named fire
    (
        "Officials met on Monday. The Copper Creek Fire has burned 40,000 acres. The Guardian compared "
        "it with the Cambridge Analytica scandal.",
        {"Copper Creek Fire": "Event", "Cambridge Analytica scandal": "Event"},
        ["Cambridge Analytica"],
    ),
    # a listed town in a list of places, or right before a noun it modifies, is a place the model
    # missed; a word inside a longer name is not ("a Daugava Farmers' Union MP": no town Union)
    (
        'Trains run between Leeds, York and Manchester. "I lost fair and square," the Christchurch MP '
        "said. Edgars Strautmanis, a Daugava Farmers' Union MP, told Latvian Television that his party "
        "would stay.",
        {"York": "Place", "Christchurch": "Place"},
        ["Union"],
    ),
    # a newspaper's name opened by its word for gazette, a company named as an importer
    (
        "Officials met on Monday. The newspaper Gazeta do Vale reported the story. Kaan Fresh Import "
        "denied the claims.",
        {"Gazeta do Vale": "Organization", "Kaan Fresh Import": "Organization"},
        [],
    ),
    # a sector's word before a state's name is a national body; "N on M" is named by N
    (
        "Officials met on Monday. Arne Vollen, head of property insurance at Finance Norway, said the "
        "floods were bad. A spokesman for Energy UK said prices would rise. The Commission on Elections "
        "approved the ticket.",
        {
            "Finance Norway": "Organization",
            "Energy UK": "Organization",
            "Commission on Elections": "Organization",
        },
        ["Norway", "UK"],
    ),
    # a club's closing letters or a handball club's opening ones make it a club; a street opened by
    # "Via" and fairgrounds are places; a management firm is an organisation
    (
        "Officials met on Monday. Liffey Wanderers FC will move. RK Drava beat RK Marjan Stobreč. The agent "
        "works for Rift Elite Management. Evacuees gathered at the Josephine County Fairgrounds. The "
        "shop on Via Roma was flooded.",
        {
            "Liffey Wanderers FC": "Organization",
            "RK Drava": "Organization",
            "Rift Elite Management": "Organization",
            "Josephine County Fairgrounds": "Place",
            "Via Roma": "Place",
        },
        [],
    ),
    # an election named by its year alone is one event; a by-election is named by its seat
    (
        "Voters went to the polls on Sunday. Turnout was lower than in the 2016 election.",
        {"2016 election": "Event"},
        [],
    ),
    (
        "Voters went to the polls on Sunday. She won the Harrowden and Leys by-election in May.",
        {"Harrowden and Leys by-election": "Event"},
        ["Harrowden", "Leys"],
    ),
    # every title before a judge's name is left out, however many ("Ms Justice")
    (
        "The court sat on Monday. Delivering the judgment of the three-judge court, Ms Justice Eileen "
        "Corcoran said that the trial judge had been wrong to admit the evidence.",
        {"Eileen Corcoran": "Person"},
        ["Justice Eileen Corcoran"],
    ),
    # an airline named "... Air" and a builder named "... Homes" are companies, though the first word
    # is a given name or a person's surname
    (
        "Regulators met on Monday. They fined Aurelia Air for refusing refunds. Tom Brannock sued the "
        "paper, and Brannock Homes said it would appeal.",
        {"Aurelia Air": "Organization", "Brannock Homes": "Organization"},
        [],
    ),
    # a lower-case place noun the model ran into a place's name is not part of it, and the name is no
    # species' Latin name for it
    (
        "Officials met on Monday. The rebels attacked a checkpoint in Kunduz province.",
        {"Kunduz": "Place"},
        ["Kunduz province"],
    ),
    # an office whose title ends in "General" keeps it, where the model stopped before it
    (
        "The Office of the Attorney General said it would investigate the contracts.",
        {"Office of the Attorney General": "Organization"},
        ["Office of the Attorney"],
    ),
    # a hyphenated noun in apposition classifies the name as its whole word does ("a start-up")
    (
        "Investors met on Monday. Panen Pintar, a Jakarta start-up that connects farmers with shops, "
        "raised US$42 million.",
        {"Panen Pintar": "Organization"},
        [],
    ),
    # a civil protection service is an organisation, whatever region names it
    (
        "The region was flooded on Monday. Marche Civil Protection said the rain had intensified.",
        {"Marche Civil Protection": "Organization"},
        [],
    ),
    # a body's remit after "for" or "on" is part of its name, a date after "on" is not
    (
        "He was a member of the Puerto Rico Institute for Civic Journalism.",
        {"Puerto Rico Institute for Civic Journalism": "Organization"},
        ["Puerto Rico Institute"],
    ),
    # a place the model ran on over a comma into its state is two places; a campus or a district is not
    (
        "Officials met. Hagan was born on May 26, 1953 in Shelby, North Carolina.",
        {"Shelby": "Place", "North Carolina": "Place"},
        ["Shelby, North Carolina"],
    ),
    (
        "Officials met. She studied at the University of California, Los Angeles.",
        {"University of California, Los Angeles": "Organization"},
        ["Los Angeles"],
    ),
    # the ordinal of a body in a series is part of its name: the 42nd and the 43rd are two bodies
    (
        "The 42nd Canadian Parliament was dissolved in May. In June, voters elected the 43rd Canadian Parliament.",
        {"42nd Canadian Parliament": "Organization", "43rd Canadian Parliament": "Organization"},
        ["Canadian Parliament"],
    ),
    # a hyphenated first word belongs to the name; a participle joined by a hyphen does not
    (
        "Officials met. There was one MP of the Co-operative Commonwealth Federation in the House.",
        {"Co-operative Commonwealth Federation": "Organization"},
        ["Commonwealth Federation"],
    ),
    (
        "Officials met. The Kremlin-backed United Russia party won the vote.",
        {"United Russia": "Organization"},
        ["Kremlin-backed United Russia"],
    ),
    # names given for the places a copula's subject speaks of are places, and their list with them
    (
        "Officials met. The towns hardest hit were Lanuza and Cortes.",
        {"Lanuza": "Place", "Cortes": "Place"},
        [],
    ),
    (
        "Officials met. The winners were Anna Berg and Karl Jensen.",
        {"Anna Berg": "Person", "Karl Jensen": "Person"},
        [],
    ),
    # a name given as one of the places a noun speaks of, with "including"
    (
        "Reportedly, at least two towns, including Tarvik in the province of North Cotabato, declared a state of calamity.",
        {"Tarvik": "Place", "North Cotabato": "Place"},
        [],
    ),
    # an adjective the model began an organisation's name with is the name's own, even opening a sentence
    (
        "Officials met on Monday. Nordic Rail cut ten routes.",
        {"Nordic Rail": "Organization"},
        ["Rail"],
    ),
    # a numbered flight of an airline written in camel case is an event, its airline an organisation
    (
        "Officials met on Monday. Officials recalled that JetBlue Flight 292 landed safely in 2005.",
        {"JetBlue Flight 292": "Event", "JetBlue": "Organization"},
        [],
    ),
    # what a company has (a database, a website, an app) makes one of a name without a given name
    (
        "Officials met on Monday. Marine Finder's app showed the ship near Jakarta, but Karl Jensen's website did not.",
        {"Marine Finder": "Organization", "Karl Jensen": "Person"},
        [],
    ),
    # a title's plural abbreviation names holders, not anyone
    ("Officials met. It needs an outright majority of 170 MPs.", {}, ["MPs"]),
    # a lower-case kind noun after a name is no part of it
    (
        "Officials met. A robot built by students from All Saints school in Tyler won a prize.",
        {"All Saints": "Organization", "Tyler": "Place"},
        ["All Saints school"],
    ),
    (
        "Officials met. The plane was flying to Gillespie Field airport, near San Diego.",
        {"Gillespie Field": "Place"},
        ["Gillespie Field airport"],
    ),
    # without "the", the model tags only the words after "for"; the head and "for" belong to the name
    (
        "Officials met on Monday. Center for Biological Diversity scientist Tierra Curry said the count rose.",
        {"Center for Biological Diversity": "Organization", "Tierra Curry": "Person"},
        ["Center", "Biological Diversity"],
    ),
    (
        "She was also a member of the United States House Select Committee on Libya.",
        {"House Select Committee on Libya": "Organization"},
        ["Libya"],
    ),
    (
        "The bill was sent to the Puerto Rico Senate on Sunday.",
        {"Puerto Rico Senate": "Organization"},
        ["Puerto Rico Senate on Sunday"],
    ),
    # a caucus is a body, not the person holding its chair
    (
        "She served as the chair of the Progressive Farmers Caucus until 2015.",
        {"Progressive Farmers Caucus": "Organization"},
        ["Farmers Caucus"],
    ),
    # two persons the model set side by side are one long name
    (
        "Abdel Aziz El Amine Ben Youssef died in exile in Jeddah.",
        {"Abdel Aziz El Amine Ben Youssef": "Person"},
        ["Ben Youssef"],
    ),
    # a name opening with a given name, listed with a person or described as one (the model misses it)
    (
        'Ana Ruiz and Ben Cole founded the charity in 2010. "We started with nothing," Ruiz recalled.',
        {"Ana Ruiz": "Person", "Ben Cole": "Person"},
        ["Ruiz"],
    ),
    (
        'Greta Lund, who founded the group in 2015, disagreed. "The river is dying," Lund said.',
        {"Greta Lund": "Person"},
        ["Lund"],
    ),
    # a place word that is a common surname stays a person's after a given name; a hall stays a hall
    (
        "Maria Santos and Peter Hall opened the bakery in 2012.",
        {"Maria Santos": "Person", "Peter Hall": "Person"},
        [],
    ),
    ("The concert was held at the Albert Hall in London.", {"Albert Hall": "Place"}, []),
    # a capitalised word the parse puts in a body's name (the model drops the sentence's first word)
    (
        "Reporters gathered on Monday. Nordlys Media is a unit of Halvorsen Group.",
        {"Nordlys Media": "Organization", "Halvorsen Group": "Organization"},
        ["Media"],
    ),
    # where something is based, what a mayor is "of", is a place; a bank a governor is "of" is not
    ("Halvorsen Group, a Bergen-based shipping company, cut jobs.", {"Bergen": "Place"}, []),
    ("Karl Jensen, the mayor of Burlington, said no.", {"Burlington": "Place"}, []),
    (
        "Karl Jensen, the governor of the Bank of Ruritania, said no.",
        {"Bank of Ruritania": "Organization"},
        [],
    ),
    # a group named by its cause runs past its preposition; the war it names stays an event
    (
        "Adam Berg, a Gulf War veteran, spoke on Monday. He marched with the Gulf Veterans Against the War in 2007.",
        {"Gulf Veterans Against the War": "Organization", "Gulf War": "Event"},
        ["Gulf Veterans Against"],
    ),
    # round 16: where only a place stands: its people or parts "of" it, the end of a journey, a
    # landform or what befalls it, or what "be" says it is
    ("The people of Tamburu voted against the plan.", {"Tamburu": "Place"}, []),
    ("A resident of Mapleton said the water tasted strange.", {"Mapleton": "Place"}, []),
    (
        "Firefighters arrived from Tolworth and Amesbury within an hour.",
        {"Tolworth": "Place", "Amesbury": "Place"},
        [],
    ),
    ("Hundreds marched through Tahrir Square towards Kasr el-Nil.", {"Kasr el-Nil": "Place"}, []),
    ("The road between Kelvedon and Witham was closed.", {"Kelvedon": "Place", "Witham": "Place"}, []),
    ("Lava flowed from the Kelawea volcano for weeks.", {"Kelawea": "Place"}, []),
    ("The Tamaru eruption forced thousands to leave.", {"Tamaru": "Place"}, []),
    ("Boats were stranded on the Kwanza river.", {"Kwanza": "Place"}, []),
    ("The nearest settlement to the base is Rachel.", {"Rachel": "Place"}, []),
    ("The name of the village is Tamburu and it has 300 people.", {"Tamburu": "Place"}, []),
    ("Officials said Marwick is a small town in Orkney.", {"Marwick": "Place", "Orkney": "Place"}, []),
    ("Punta Rasa is one of the breeding sites for the species.", {"Punta Rasa": "Place"}, []),
    (
        "Those who stay silent when Masjid Al-Aqsa is attacked cannot lecture us.",
        {"Masjid Al-Aqsa": "Place"},
        [],
    ),
    # ... and where a medium or a source stands, a place never does
    ("According to Bloomberg, the deal was worth $2 billion.", {"Bloomberg": "Organization"}, []),
    ("In an interview with the Atlantic, she said the plan was dead.", {"Atlantic": "Organization"}, []),
    (
        "Writing in Scientific Reports, the team described the fossil.",
        {"Scientific Reports": "Organization"},
        [],
    ),
    (
        "Officials told the Harbour Bulletin that the ship sank.",
        {"Harbour Bulletin": "Organization"},
        [],
    ),
    ("She got the part later, when Animedia dubbed the first season.", {"Animedia": "Organization"}, []),
    (
        "A recent report by The Atlantic found that the group kept a list of the accused.",
        {"Atlantic": "Organization"},
        [],
    ),
    (
        "Scientists published a study in Marine Letters, an online journal, describing the reef.",
        {"Marine Letters": "Organization"},
        [],
    ),
    # a church's or a state's body named "<head> of <place>" is the body, not its place
    (
        "Bishop Karl Jensen of the Diocese of Tamburu died on Monday.",
        {"Diocese of Tamburu": "Organization", "Karl Jensen": "Person"},
        ["Tamburu"],
    ),
    ("The Archdiocese of Kelso paid the victims.", {"Archdiocese of Kelso": "Organization"}, []),
    # a job title after a party's or a level's word names no one
    (
        "A Republican Assemblywoman, Anna Berg, also commented on the vote.",
        {"Anna Berg": "Person"},
        ["Republican Assemblywoman"],
    ),
    ("The City Councillor said the budget was too small.", {}, ["City Councillor"]),
    # two bodies joined by "and" stay two when the second is a name of its own
    (
        "On Monday, scientists from the University of Kelso and Coral Bay Expeditions published a study.",
        {"University of Kelso": "Organization", "Coral Bay Expeditions": "Organization"},
        ["University of Kelso and Coral Bay Expeditions"],
    ),
    # a name where only a company stands is one, though it reads as two surnames
    ("Shares of Halvorsen Kallas fell 5% on Monday.", {"Halvorsen Kallas": "Organization"}, []),
    (
        "Karl Jensen, the chief executive of Halvorsen Kallas, resigned.",
        {"Karl Jensen": "Person", "Halvorsen Kallas": "Organization"},
        [],
    ),
    ("Halvorsen Kallas employees walked out on Monday.", {"Halvorsen Kallas": "Organization"}, []),
    (
        "The meeting took place on Monday. Kallas Morgan reported a loss of $2 billion in the third quarter.",
        {"Kallas Morgan": "Organization"},
        [],
    ),
    # shares are a company's whatever its name opens with; employees make a company only of a name
    # that does not open with a given name
    ("Investors sold their shares of Morgan Ellery on Monday.", {"Morgan Ellery": "Organization"}, []),
    ("The employees of Anna Berg were paid late.", {"Anna Berg": "Person"}, []),
    ("A recent report by The Intercept named the contractor.", {"Intercept": "Organization"}, []),
    (
        "Cardinal Jon Ross of the Archdiocese of Tamworth died aged 88.",
        {"Jon Ross": "Person", "Archdiocese of Tamworth": "Organization"},
        ["Tamworth"],
    ),
    # guard: one lies in hospital, a place lies in a place
    ("Jensen, 54, lies in hospital in a critical condition.", {"Jensen": "Person"}, []),
    # a head-first organisation's name in another language, linking words and all
    (
        "The museum stayed open. Paulo Estrela, director of the Museu da Guitarra Portuguesa, spoke.",
        {"Museu da Guitarra Portuguesa": "Organization", "Paulo Estrela": "Person"},
        ["Museu da", "Guitarra Portuguesa", "Estrela"],
    ),
    (
        "Officials met on Monday. The club signed the forward from Esporte Clube Ribeirão for 18 million euros.",
        {"Esporte Clube Ribeirão": "Organization"},
        [],
    ),
    # an industry's plural as the last word makes a company, whatever the model said
    (
        "The mine is owned by Northcrest Resources, and the rest is held by Japan's Kaniwa Metals.",
        {"Kaniwa Metals": "Organization"},
        [],
    ),
    # an office named by its holder's title keeps the possessive in its name ("China's" would not)
    (
        "Officials met on Monday. Koleje Beskidzkie, which is owned by the Marshal's Office of Lesser "
        "Poland, said its train had been serviced.",
        {"Marshal's Office of Lesser Poland": "Organization"},
        ["Office of Lesser Poland"],
    ),
    # a lawyer's title opening the sentence ("Advocate" in South Africa) is no part of the name
    (
        "The case opened. Advocate Nomvula Dlamini told the court that the air was polluted.",
        {"Nomvula Dlamini": "Person"},
        ["Advocate Nomvula Dlamini"],
    ),
    # a plain word for a person opening the sentence, before a name with no known given name
    (
        "The plane overran the runway. Passenger Omondi Otieno said it did not slow down.",
        {"Omondi Otieno": "Person"},
        ["Passenger Omondi Otieno"],
    ),
    # guard: a spokesman says "it" of the body he speaks for
    ("Military spokesman Yahya Sarwan said it had carried out the attack.", {"Yahya Sarwan": "Person"}, []),
    # guards: a person whose given name is a place word, a town named with its region
    ("Rue McClanahan starred in the show.", {"Rue McClanahan": "Person"}, []),
    ("The novel was written in Tyler, Texas, in 1950.", {"Tyler": "Place"}, []),
    # round 17: letters after a person's name are no part of it (the mention keeps their token)
    (
        'Judge Kendal Hall QC said the men "showed no remorse at all."',
        {"Kendal Hall": "Person"},
        ["Kendal Hall QC"],
    ),
    ("Sir Magnus Okonjo OBE opened the new library.", {"Magnus Okonjo": "Person"}, ["Magnus Okonjo OBE"]),
    # round 17: a basin's storm season is a named event; a plural after a storm word is a crew
    (
        "It was the eighth named storm of the 2021 Pacific hurricane season.",
        {"2021 Pacific hurricane season": "Event"},
        ["Pacific"],
    ),
    ("Data collected by one of NOAA's Hurricane Hunters showed the storm grew.", {}, ["Hurricane Hunters"]),
    # round 17: names given as examples of places are places
    (
        "The storm hit popular tourist attractions, such as Velmora and Castrel, on Monday.",
        {"Velmora": "Place", "Castrel": "Place"},
        [],
    ),
    # round 17: a paper named after its town or country is one organisation
    (
        "According to Vanuatu Observer editor Sione Vea, the vote was close.",
        {"Vanuatu Observer": "Organization", "Sione Vea": "Person"},
        ["Vanuatu"],
    ),
    ("The Bermuda Times reported that the minister resigned.", {"Bermuda Times": "Organization"}, []),
    # round 17: the capitalised words between "the" and a group noun are one group's name
    (
        "Police said the men were members of the Jamaah Tarbiyah Dakwah network.",
        {"Jamaah Tarbiyah Dakwah": "Organization"},
        ["Jamaah", "Tarbiyah Dakwah"],
    ),
    # round 17: where researchers are from is an institution, not a person
    (
        "Scientists from the University of Leeds and UC Davis say the ice is thinning.",
        {"UC Davis": "Organization", "University of Leeds": "Organization"},
        [],
    ),
    ("The study was published in PLoS One on Tuesday.", {"PLoS One": "Organization"}, ["PLoS"]),
    # round 17 (errors read in the 2019 part's articles that have no gold): a title word before a
    # city's name is part of it; a measure, a day named after a person, a paper's "et al" are no one
    (
        "Residents of General Santos City fled to higher ground.",
        {"General Santos City": "Place"},
        ["Santos City"],
    ),
    ("The Magnitude 6.6 earthquake struck Mindanao.", {"Mindanao": "Place"}, ["Magnitude 6.6"]),
    ("According to officials, Magnitude 6.3 tremors damaged the mall.", {}, ["Magnitude 6.3"]),
    (
        "The march was held on Martin Luther King Jr. Day in Atlanta.",
        {"Atlanta": "Place"},
        ["Martin Luther King Jr. Day", "Martin Luther King Jr."],
    ),
    ("Rescuers reached Zamboanga del Norte on Sunday.", {"Zamboanga del Norte": "Place"}, []),
    # a place's name before "city council" or "county board" is the place the body serves
    ("The Tarvik city council voted on Monday.", {"Tarvik": "Place"}, []),
    ("Settlers moved into the West Bank last year.", {"West Bank": "Place"}, []),
    # a place noun in apposition says a place, whatever the name's role in the sentence
    ("Floods hit Kelvaro, a town of 20,000 people, on Monday.", {"Kelvaro": "Place"}, []),
    # what a fire or a disease spreads to is a place; a person reached stays a person
    ("The fire spread to Tollesby on Tuesday.", {"Tollesby": "Place"}, []),
    ("The virus spread to Karl Jensen and his wife.", {"Karl Jensen": "Person"}, []),
    # a team's name ends in a club word; a score run on into it is no part of it
    (
        "The Marbury Rovers beat Tollesby United 3-1 on Saturday.",
        {"Marbury Rovers": "Organization", "Tollesby United": "Organization"},
        ["Tollesby United 3-1"],
    ),
    # a word only places' names open with makes a place the model missed; a hospital stays one
    ("Mount Ambrym erupted on Monday, forcing thousands to flee.", {"Mount Ambrym": "Place"}, []),
    ("Lake Tarvik froze over in January.", {"Lake Tarvik": "Place"}, []),
    ("She was treated at Mount Sinai Hospital.", {"Mount Sinai Hospital": "Organization"}, []),
    # "Forum" ends a body's name the model missed
    (
        "The meeting was long. The Skarvik Youth Forum met in Oslo.",
        {"Skarvik Youth Forum": "Organization"},
        [],
    ),
    # a network's station named next is no railway station
    (
        "Local CBS station KDKA-TV reported that four were shot.",
        {"CBS": "Organization", "KDKA-TV": "Organization"},
        ["CBS station"],
    ),
    (
        "In the paper, Karlsen et al. argue that the brines hold oxygen.",
        {"Karlsen": "Person"},
        ["Karlsen et al"],
    ),
    # a creek, a reef or a strait is a place, and so is what has outskirts, whatever the model said
    (
        "Officials met on Monday. The fire spread from Marlow Creek to the outskirts of Dunmore on Tuesday.",
        {"Marlow Creek": "Place", "Dunmore": "Place"},
        [],
    ),
    (
        "Officials met on Monday. Divers surveyed Tallow Reef and the Selvik Strait.",
        {"Tallow Reef": "Place", "Selvik Strait": "Place"},
        [],
    ),
    # found on invented articles (round 19): a community is a body; particles join a Dutch name; a body
    # run on over a comma into a person's name is the two
    (
        "Officials met on Monday. Kenya and Uganda are both members of the East African Community.",
        {"East African Community": "Organization"},
        ["African Community", "East"],
    ),
    (
        "Officials met on Monday. Captain Thijs van der Wiel struck a more cautious tone.",
        {"Thijs van der Wiel": "Person"},
        ["Thijs van", "Wiel"],
    ),
    (
        "Officials met on Monday. A spokeswoman for Brabant Financial, Marloes de Vries, said it was fine.",
        {"Brabant Financial": "Organization", "Marloes de Vries": "Person"},
        ["Brabant Financial, Marloes de Vries"],
    ),
    # (round 35) an opening phrase's source run on over its comma into the clause's subject
    (
        "The builder Oleg Rybakov was arrested in May. According to the newspaper Kommersant, Rybakov has "
        "been cooperating with investigators since then.",
        {"Kommersant": "Organization", "Oleg Rybakov": "Person"},
        ["Kommersant, Rybakov"],
    ),
    # words of trade end a company's name; an app or a platform in apposition is an organisation; a
    # job before a full name leaves the person
    (
        "Officials met on Monday. Power was cut, according to network operator Coastline Energy.",
        {"Coastline Energy": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. In Ghana it will compete with Sika Pay, the Accra-based app.",
        {"Sika Pay": "Organization"},
        [],
    ),
    ("Officials met on Monday. Crane operator Karl Jensen was hurt.", {"Karl Jensen": "Person"}, []),
    # (round 51) a maker or a provider before a name makes it a company (not an operator, who may be
    # a person, nor a carrier, which may be a ship)
    (
        "Officials met on Monday. Workers at the chemical maker Dunmore said the plant would close.",
        {"Dunmore": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. The internet provider Harland raised its prices.",
        {"Harland": "Organization"},
        [],
    ),
    # (round 35) a title before a name the model left untagged is no part of it
    (
        "Officials met on Monday. Vice-Mayor Rosana Tavares Brandão was sworn in shortly after midnight in "
        "the council chamber.",
        {"Rosana Tavares Brandão": "Person"},
        [],
    ),
    # (round 35) a public body's name goes on through "of" and what it is for, which the model cut;
    # after "and the", a body named with "of" is a name of its own
    (
        "Officials met on Monday. Nicaragua's Supreme Court of Justice on Tuesday removed the judge from "
        "the case.",
        {"Supreme Court of Justice": "Organization"},
        ["Supreme Court"],
    ),
    (
        "Officials met on Monday. The Regional Court of Accounts and the Office of the Inspector General "
        "opened audits.",
        {"Regional Court of Accounts": "Organization", "Office of the Inspector General": "Organization"},
        ["Regional Court of Accounts and the Office"],
    ),
    (
        "Officials met on Monday. A spokesman for the Secretariat of the National Security Council said "
        "talks would resume.",
        {"Secretariat of the National Security Council": "Organization"},
        ["National Security Council"],
    ),
    # an elder's honorific is no part of the name
    (
        "Officials met on Monday. Aunty Mavis Ngarra Brennan, an elder of the group, told ABC News that the "
        "ruling was overdue.",
        {"Mavis Ngarra Brennan": "Person"},
        ["Aunty Mavis Ngarra Brennan"],
    ),
    # a club's letters, a city closing a name the model took for a person's, a base
    (
        "Officials met on Monday. Noorderpoort lost to second-tier side FC Wierdeveen, and Stijn Verhaegen "
        "coaches KSV Oudenburg.",
        {"FC Wierdeveen": "Organization", "KSV Oudenburg": "Organization", "Stijn Verhaegen": "Person"},
        [],
    ),
    (
        "Officials met on Monday. Oudeman takes charge for the home match against Sparta Rotterdam.",
        {"Sparta Rotterdam": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. The film starred Denzel Washington and Jack London.",
        {"Denzel Washington": "Person", "Jack London": "Person"},
        [],
    ),
    (
        "Officials met on Monday. The satellite lifted off from Vandenberg Space Force Base in California.",
        {"Vandenberg Space Force Base": "Place"},
        [],
    ),
    # a word for a person opening the sentence is no part of the name after it
    (
        "Officials met on Monday. Forecaster Tom Kearney of the Bureau of Meteorology said more rain could fall.",
        {"Tom Kearney": "Person"},
        ["Forecaster Tom Kearney"],
    ),
    # a given name and a surname the model left untagged are a person; the whole place before
    # "embassy"; a clinic ran on over "in" into its city; who owns a firm is no part of its name
    (
        "Monday, February 5, 2018\n\nLucía Herrera of the National Renewal Alliance won Costa Rica's "
        "presidential election on Sunday with 52.4 percent of the vote.",
        {"Lucía Herrera": "Person", "National Renewal Alliance": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. Patients were taken to Jackson Memorial Hospital.",
        {"Jackson Memorial Hospital": "Organization"},
        ["Jackson Memorial"],
    ),
    (
        "Officials met on Monday. The United States embassy in San José said it looked forward to talks.",
        {"United States embassy": "Organization", "San José": "Place"},
        ["States embassy"],
    ),
    (
        "Officials met on Monday. Helicopters flew the injured to St. Vinzenz Clinic in Innsbruck.",
        {"St. Vinzenz Clinic": "Organization", "Innsbruck": "Place"},
        ["St. Vinzenz Clinic in Innsbruck"],
    ),
    (
        "Officials met on Monday. The round was led by Alphabet-owned venture firm GV.",
        {"Alphabet": "Organization", "GV": "Organization"},
        ["Alphabet-owned"],
    ),
    # a hyphenated surname is whole; a body "based" somewhere in a relative clause is an organisation
    (
        "Officials met on Monday. UNHCR's representative in Chad, Kwabena Asante-Mensah, said aid was late.",
        {"Kwabena Asante-Mensah": "Person"},
        ["Kwabena Asante"],
    ),
    (
        "Officials met on Monday. Kestrel Maritime, which is based in Piraeus, said it was cooperating.",
        {"Kestrel Maritime": "Organization", "Piraeus": "Place"},
        [],
    ),
    # a saint's possessive opens a hospital's or a church's name, whole through its last word
    (
        "Officials met on Monday. Neurologist Siobhan Gallagher of St Brigid's University Hospital in Dublin said so.",
        {"St Brigid's University Hospital": "Organization", "Dublin": "Place"},
        ["St Brigid", "University Hospital"],
    ),
    (
        "Officials met on Monday. Crowds gathered at St. Paul's Cathedral in London.",
        {"St. Paul's Cathedral": "Place", "London": "Place"},
        ["St. Paul"],
    ),
    # a Romance place name goes on after its particle; a head-first organisation's name is one
    (
        "Officials met on Monday. The babies were treated at Hospital Costa Norte in Viña del Mar on Sunday.",
        {"Hospital Costa Norte": "Organization", "Viña del Mar": "Place"},
        ["Viña"],
    ),
    (
        "Officials met on Monday. The dam near São Bento do Tacuaré collapsed.",
        {"São Bento do Tacuaré": "Place"},
        ["São Bento"],
    ),
    (
        "Officials met on Monday. The Colegio Médico called for a review.",
        {"Colegio Médico": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. Pupils at Maple Grove Elementary were sent home.",
        {"Maple Grove Elementary": "Organization"},
        [],
    ),
    # from invented set d: a spokeswoman renamed first is no agency; a word for someone's work before a
    # full name makes it a person's; head-first names the model cut after the head; roads, mines
    (
        "Officials met on Monday. Chiara Mancuso, a spokeswoman for UNHCR, the refugee agency, said many had arrived.",
        {"Chiara Mancuso": "Person", "UNHCR": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. BMKG forecaster Dewi Nugroho confirmed that waves had been expected.",
        {"Dewi Nugroho": "Person"},
        [],
    ),
    ("Officials met on Monday. The tanker Stena Impero was seized.", {"Stena Impero": "Product"}, []),
    (
        "Officials met on Monday. The charity Fundación Puentes Abiertos said children were turned away.",
        {"Fundación Puentes Abiertos": "Organization"},
        ["Fundación", "Puentes Abiertos"],
    ),
    (
        "Officials met on Monday. Lusuma Copper Mines suspended work at the site on Tianhe Road.",
        {"Lusuma Copper Mines": "Organization", "Tianhe Road": "Place"},
        [],
    ),
    (
        "Officials met on Monday. Sandra Lane said the Office of Rail and Road had fined the company.",
        {"Sandra Lane": "Person", "Office of Rail and Road": "Organization"},
        [],
    ),
    # a county is a place whatever the model said; a religious sister's title is no part of her name;
    # a feast is a date, no actor
    (
        "Officials met on Monday. Sister Aoife Gallagher and Garda Síochána officers attended in County Roscommon.",
        {"Aoife Gallagher": "Person", "Garda Síochána": "Organization", "County Roscommon": "Place"},
        ["Sister Aoife Gallagher"],
    ),
    ("Officials met on Monday. The diocese will name a successor before Easter.", {}, ["Easter"]),
    # a surname that is also such a word stays a surname after a given name
    (
        "Officials met on Monday. The singer George Strait and the actor Kevin Marsh sang.",
        {"George Strait": "Person", "Kevin Marsh": "Person"},
        [],
    ),
    # a rank that is also a common word is a title before a given name, and part of a name before others
    (
        "Officials met on Monday. Police Major Dennis Ocampo said checkpoints were set up. Navy "
        "spokesperson Commander Liza Dimaculangan agreed. Major League Baseball said nothing.",
        {"Dennis Ocampo": "Person", "Liza Dimaculangan": "Person", "Major League Baseball": "Organization"},
        ["Major Dennis Ocampo", "League Baseball"],
    ),
    # a Korean given name's second syllable, in lower case after the hyphen, is part of the name
    (
        "Officials met on Monday. Hanbit president Choi Min-seok met Lee Jae-myung.",
        {"Choi Min-seok": "Person", "Lee Jae-myung": "Person"},
        ["Choi Min"],
    ),
    # "members of" a body name no one holding an office in it: the body's whole name stays whole
    (
        "Officials met on Monday. Japan and Australia are both members of the Quadrilateral Security "
        "Dialogue, along with India.",
        {"Quadrilateral Security Dialogue": "Organization"},
        ["Quadrilateral", "Security Dialogue"],
    ),
    # a navy's ship prefix and the name after it are one vessel, not a person
    (
        "Officials met on Monday. The navy commissioned two frigates, BRP Jose Santos and BRP Andres "
        "Reyes, in 2021.",
        {"BRP Jose Santos": "Product", "BRP Andres Reyes": "Product"},
        ["Jose Santos", "Andres Reyes"],
    ),
    # laws, regulations and protocols are no actors, whatever the model said
    (
        "Officials met on Monday. Data is protected under the European Union's General Data Protection "
        "Regulation. The Kyoto Protocol was signed in 1997.",
        {"European Union": "Organization"},
        ["Data Protection Regulation", "General Data Protection Regulation", "Kyoto Protocol"],
    ),
    # a plural possessive opening a party's name is part of it, before a bracketed short form too
    (
        "Officials met on Monday. The outgoing governing party, Citizens' Voice, criticised the deal. Joseph "
        "Banda of the governing People's Front for Renewal (PFR) died.",
        {"Citizens' Voice": "Organization", "People's Front for Renewal": "Organization"},
        ["Citizens", "Voice", "People", "Front for Renewal"],
    ),
    # a head-first name goes on past two linking words
    (
        "Officials met on Monday. Rosa Quintana leads Fundación Agua por la Paz in Cali.",
        {"Rosa Quintana": "Person", "Fundación Agua por la Paz": "Organization"},
        ["Fundación Agua"],
    ),
    # a company's trade words and nouns make it a company, whatever the model said
    (
        "Officials met on Monday. Kelvora Biologics, a vaccine maker based in Ghent, cut deliveries. The "
        "Danish shipbuilder Skovlund Marine won an order.",
        {"Kelvora Biologics": "Organization", "Skovlund Marine": "Organization"},
        [],
    ),
    # a national body's name ends in its state, though the model left the state unlabelled
    (
        "Officials met on Monday. Hernán Vidal, a lawmaker for the governing Democratic Action Party of "
        "Venezuela (PADV), said the vote was fair.",
        {"Democratic Action Party of Venezuela": "Organization"},
        ["Democratic Action Party"],
    ),
    # an office named after its holder keeps the holder's title
    (
        "Officials met on Monday. Luis Ortega of the Sonora State Attorney General's Office said the case "
        "was closed.",
        {"Sonora State Attorney General's Office": "Organization"},
        ["General's Office"],
    ),
    # the bracketed short form spells where a name the model cut at "and" starts
    (
        "Officials met on Monday. The National Student Loans and Grants Agency (NSLGA) said payments were late.",
        {"National Student Loans and Grants Agency": "Organization"},
        ["National Student Loans", "Grants Agency"],
    ),
    # a body's part in lower case after its short form is not its name
    (
        "Officials met on Monday. The Malaysian Chinese Association (MCA) met. MCA central committee member "
        "Lee Wei said the party would stay.",
        {"Malaysian Chinese Association": "Organization", "Lee Wei": "Person"},
        ["MCA central committee"],
    ),
    # head-first names in Malay and French
    (
        "Officials met on Monday. Ahmad Zaki, a lecturer at Universiti Teknologi Sabah, said voters were tired.",
        {"Universiti Teknologi Sabah": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. Marie Kaboré, president of the civil society group Collectif Sahel pour la "
        "Paix, said so.",
        {"Collectif Sahel pour la Paix": "Organization"},
        [],
    ),
    # a speaker the model missed is what the model called the same name elsewhere
    (
        "Officials met on Monday. The outbreak hit a home run by the Halifax-based company Maple Grove "
        'Senior Care. Maple Grove Senior Care said in a statement that it was "saddened".',
        {"Maple Grove Senior Care": "Organization"},
        [],
    ),
    # a paper's name ends in "Mirror"; a state's short form before "Police" names a force
    (
        "Officials met on Monday. Peter Zulu, 29, a reporter for the weekly Chipata Mirror, was arrested.",
        {"Chipata Mirror": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. Inspector Tom Reid of WA Police said the road was closed.",
        {"WA Police": "Organization", "Tom Reid": "Person"},
        [],
    ),
    # a nationality written as a noun before a full name is no part of it
    (
        "Officials met on Monday. Spaniard Jorge Albero won the final.",
        {"Jorge Albero": "Person"},
        ["Spaniard Jorge Albero"],
    ),
    (
        "Officials met on Monday. Dutchman Pieter Smit led the race.",
        {"Pieter Smit": "Person"},
        ["Dutchman Pieter Smit"],
    ),
    # a given name the model took for a place, before the rest of a person's name, is the person's
    (
        'Officials met on Monday. Her niece, Marta Ventura Lopes, said the family was "overwhelmed".',
        {"Marta Ventura Lopes": "Person"},
        ["Marta", "Ventura Lopes"],
    ),
    # a German-style museum's name opens with its head word; Czech and Polish places join over "pod"
    (
        "Officials met on Monday. Anna Vogel, director of Museum Falkenhof, said the objects would go home.",
        {"Museum Falkenhof": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. The train derailed near Hradec nad Svitavou in the Pardubice Region.",
        {"Hradec nad Svitavou": "Place"},
        ["Hradec", "Svitavou"],
    ),
    # a well-known party opening a sentence before a role, or before a noun, is named; its unions'
    # leaders are not
    (
        "Officials met on Monday. Labour councillor Ruth Hale said she would vote no.",
        {"Labour": "Organization"},
        [],
    ),
    (
        "Officials met on Monday. Six members of Hale's own Labour group voted no.",
        {"Labour": "Organization"},
        [],
    ),
    ("Officials met on Monday. Labour leaders said they would march on Thursday.", {}, ["Labour"]),
    # a word of capitals renamed by a kind of organisation is its short form; a body's "mission" is
    # no named event
    (
        "Officials met on Monday. UNMIK, the United Nations mission in the province, condemned the attack.",
        {"UNMIK": "Organization", "United Nations": "Organization"},
        ["United Nations mission"],
    ),
    # a town, a comma and "Georgia" is the US state, as US places are written; not after Tbilisi
    (
        "Officials met on Monday. The police chief of Cedar Bluff, Georgia, said an officer had fired.",
        {"Georgia": "Place"},
        [],
    ),
    (
        "Officials met on Monday. Protesters gathered in Tbilisi, Georgia, on Monday.",
        {"Georgia": "Country"},
        [],
    ),
    # "District Attorney" is a title after the county's name, not part of it
    (
        "Officials met on Monday. The family called on Dade County District Attorney Ruth Cole to recuse.",
        {"Dade County": "Place", "Ruth Cole": "Person"},
        ["Dade County District"],
    ),
    # a town run on over a comma into its mayor's name, "ag" (son of) inside it, is the two
    (
        "Officials met on Monday. The mayor of Anefis, Alhousseini ag Mohamed, told Agence France-Presse by "
        "telephone that residents had heard a loud explosion.",
        {"Anefis": "Place", "Alhousseini ag Mohamed": "Person"},
        ["Anefis, Alhousseini ag Mohamed"],
    ),
    # (rounds 34 and 35) an of-name goes on after "and" through words ending in its head, which the
    # model read as a body of its own; an "of" part its bracketed short form spells is in the name;
    # a vehicle named so is a made thing
    (
        "The Office for Coastal Shipping and Harbour Pilotage Services said the port would reopen.",
        {"Office for Coastal Shipping and Harbour Pilotage Services": "Organization"},
        ["Harbour Pilotage Services"],
    ),
    (
        "The results were released jointly by the Clinical Research Unit of Mabanza (CRUM) and Halden "
        "Biotherapeutics, the Danish company that developed the vaccine.",
        {"Clinical Research Unit of Mabanza": "Organization"},
        ["Clinical Research Unit"],
    ),
    (
        "The team will deploy an autonomous underwater vehicle named Kelpie, which can dive to 900 metres.",
        {"Kelpie": "Product"},
        [],
    ),
    # a body named head first in its own language, which the model left untagged or took for a person
    (
        'Crédit Libano-Phénicien called the report "baseless and malicious" on Tuesday.',
        {"Crédit Libano-Phénicien": "Organization"},
        [],
    ),
    (
        "Its rival Banco do Nordeste said profits rose, and the fringe party Parti Cahaya Bumi Malaysia "
        "(PCBM) won a seat.",
        {"Banco do Nordeste": "Organization", "Parti Cahaya Bumi Malaysia": "Organization"},
        ["Parti Cahaya Bumi"],
    ),
    # a given name written shortened, as the Philippines and Bangladesh write it, is part of the name
    (
        "Ma. Teresita Dumalag of the relief group said the roads were closed, and Md. Rafiqul Karim, a "
        "shipping agent, agreed.",
        {"Ma. Teresita Dumalag": "Person", "Md. Rafiqul Karim": "Person"},
        ["Teresita Dumalag", "Rafiqul Karim", "Ma"],
    ),
    # a gang or a cartel is an organisation, whatever its name looks like
    (
        "Police blamed Los Perros, the largest gang in Peru, and the cartel Los Gallos.",
        {"Los Perros": "Organization", "Los Gallos": "Organization"},
        [],
    ),
    # a lessor's name ends in "Leasing"; a broadcaster's name opens with "Radio", even after "station"
    (
        "Kerry Aero Leasing said it would sue. The local station Radio Wayra reported the fire.",
        {"Kerry Aero Leasing": "Organization", "Radio Wayra": "Organization"},
        ["Kerry Aero"],
    ),
    # a party's faction or line in brackets is part of its name; a place in brackets is not
    (
        "Asif Gondal, a lawmaker of the Pakistan Muslim League (Q), and the Communist Party of Nepal "
        "(Unified Socialist) backed the bill, as did Front Line (Dublin).",
        {
            "Pakistan Muslim League (Q)": "Organization",
            "Communist Party of Nepal (Unified Socialist)": "Organization",
            "Front Line": "Organization",
        },
        ["Pakistan Muslim League", "Communist Party of Nepal", "Front Line (Dublin)"],
    ),
    # a plural title before two names is no part of the first
    (
        "Magistrates Rosa Elvira Quintero Díaz and Hernán Quiroga dissented from the ruling.",
        {"Rosa Elvira Quintero Díaz": "Person", "Hernán Quiroga": "Person"},
        ["Magistrates Rosa Elvira Quintero Díaz"],
    ),
    # a nickname in quotation marks inside a name is no part of it; the words around it are one name
    (
        'Her lawyer, Atty. Ramoncito "Jun" Villareal Jr., said the board never met, and police named '
        'Carlos Alberto "El Flaco" Montes Ibarra as the gang\'s leader.',
        {"Ramoncito Villareal Jr.": "Person", "Carlos Alberto Montes Ibarra": "Person"},
        ["Atty", "Villareal Jr.", "Montes Ibarra"],
    ),
    # a name opening with an article is a gang's, not a place's, when it is "one of the ... gangs"
    (
        "Los Tigrillos is believed to be allied with Los Pumas, one of the largest gangs in the country.",
        {"Los Pumas": "Organization"},
        [],
    ),
    # the Catalan "i" joins two surnames
    (
        "Jordi Puigvert i Casals, a professor of law, said the vote was fair.",
        {"Jordi Puigvert i Casals": "Person"},
        ["Casals", "Jordi Puigvert"],
    ),
    # two given names and a double surname the model left untagged after a title; the double surname
    # alone later is the same person
    (
        "Colonel Óscar Iván Salcedo Barrera, the director of the unit, spoke on Monday. Salcedo Barrera "
        "said the suspect moved every two weeks.",
        {"Óscar Iván Salcedo Barrera": "Person"},
        ["Óscar Iván", "Salcedo Barrera"],
    ),
]


@pytest.mark.parametrize(
    "text, names, not_names", NAME_FORMS, ids=[f"name{n}" for n in range(len(NAME_FORMS))]
)
def test_a_name_form_gives_its_names_and_kinds(text, names, not_names):
    found = kinds(text)
    assert {n: found.get(n) for n in names} == names
    assert not set(not_names) & set(found)


def test_a_country_s_name_the_model_took_for_a_given_name_is_the_country_the_article_names():
    text = (
        "Officials met on Monday. Chad's army said three soldiers died. The mission has 13,000 troops. Chad "
        "is one of the largest troop contributors to the mission, with most of its soldiers based in the north."
    )
    found = [(e.type, e.name) for e in extract(Article.from_fields("News", text)).entities]
    assert ("Country", "Chad") in found and ("Person", "Chad") not in found
    # a man named Chad stays a man
    text = "Chad Smith met officials in Chad on Monday. Chad said the trip went well."
    found = [(e.type, e.name) for e in extract(Article.from_fields("News", text)).entities]
    assert ("Person", "Chad Smith") in found and ("Country", "Chad") in found


def test_a_company_s_name_without_its_trade_word_is_the_company():
    text = (
        "On Monday, Hanbit Semiconductor said it will build a plant in Texas. Hanbit said it would hire 1,800 people. Orvex "
        "Sistemas lost client data. Orvex spokesman Raul Mena said the company had suspended a technician."
    )
    found = entities(text)
    assert found["Hanbit Semiconductor"] == ("Organization", ["Hanbit"])
    assert found["Orvex Sistemas"] == ("Organization", ["Orvex"])
    assert "Hanbit" not in found and "Orvex" not in found


def test_a_name_the_model_cut_in_two_is_whole_where_the_article_names_it_whole():
    from graph.extract.actors import Mention, _names_cut_short

    doc = load_nlp()("Punta Tombo is a site. Chicks hatch at Punta Tombo.")

    def mention(start: int, end: int, label: str, kind: str):
        span = doc[start:end]
        return Mention(span.start_char, span.end_char, span.root.i, span.text, label, kind, 0)

    whole, first, second = (
        mention(0, 2, "GPE", "Place"),
        mention(9, 10, "GPE", "Place"),
        mention(10, 11, "PERSON", "Person"),
    )
    names = [(m.text, m.kind) for m in _names_cut_short(doc, [whole, first, second])]
    assert names == [("Punta Tombo", "Place"), ("Punta Tombo", "Place")]
    # a name no other mention writes whole stays as it is
    alone = [mention(9, 10, "GPE", "Place"), mention(10, 11, "PERSON", "Person")]
    assert [m.text for m in _names_cut_short(doc, alone)] == ["Punta", "Tombo"]


def test_a_storm_is_one_event_through_its_upgrades():
    found = entities(
        "Tropical Storm Kerrin formed on Monday. Kerrin strengthened overnight. "
        "Hurricane Kerrin is now a category 2 storm, and Kerrin may reach Bermuda."
    )
    storms = [name for name, (kind, _) in found.items() if "Kerrin" in name]
    assert len(storms) == 1 and found[storms[0]][0] == "Event"
    assert {"Tropical Storm Kerrin", "Hurricane Kerrin", "Kerrin"} <= {storms[0], *found[storms[0]][1]}


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        (
            "Voters approved the tram plan on Sunday. Turnout was 61 percent, the election office said.",
            "Turnout",
            False,
        ),
        ("Floodwater cut the highway between Darrowby and Kestling on Tuesday.", "Floodwater", False),
        (
            "The gallery shows a rare trading card. Visitors queued to see Charizard on Saturday.",
            "Charizard",
            False,
        ),
        # a speaker, a person named so, a person's government, a short form in brackets stay
        (
            "Heavy snow closed roads near Brenning. Haugland said the pass would reopen on Friday.",
            "Haugland",
            True,
        ),
        ("Police found the body near Ostwick on Tuesday. A man named Dorrell was arrested.", "Dorrell", True),
        ("Critics say the Varga administration ignored the warnings.", "Varga", True),
    ],
)
def test_a_lone_word_nothing_treats_as_a_person_is_no_actor(text, word, kept):
    assert (word in kinds(text)) == kept


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The coalition talks ended. Civic Path leader Martin Hrubeš said the partners had agreed.",
            "Civic Path",
            "Organization",
        ),
        (
            "A panel will investigate. Shirakawa Gakuin president Yoshiko Tanabe spoke on Monday.",
            "Shirakawa Gakuin",
            "Organization",
        ),
        # a body's name before its noun; what someone leads
        (
            "Officials met. Hernán Talavera of the conservative Renovación Patria party spoke.",
            "Renovación Patria",
            "Organization",
        ),
        (
            "Officials met. Prime Minister Claire Whitford, who leads Common Ground, said she was sorry.",
            "Common Ground",
            "Organization",
        ),
    ],
)
def test_a_name_before_a_role_held_in_an_organisation_is_the_organisation(text, name, kind):
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 pandemic shut car plants across Europe.",
        "More than 300 people have died of COVID-19 in Peru, and Ebola spread to Goma.",
    ],
)
def test_diseases_are_not_actors(text):
    found = kinds(text)
    assert not {"COVID-19", "Ebola"} & set(found)
    assert found.get("Europe", found.get("Peru")) is not None  # the places around them still are


def test_a_plain_name_someone_who_does_something_is_a_person():
    # the model calls her an organisation here; "who" says otherwise
    text = (
        "Not everyone is pleased. Fishing families on the Fijian island of Kabaravu, the closest inhabited "
        "land to the reefs, say they were not consulted. Mere Naivalu, who chairs the Kabaravu Fishers "
        'Association, told the Fiji Times that her members had fished the reefs "since before there were flags".'
    )
    assert kinds(text).get("Mere Naivalu") == "Person"


@pytest.mark.parametrize(
    "text, name",
    [
        # the model reads the given name as a place and leaves the surname untagged ...
        (
            "Officials met on Monday. Shota Morishima, chairman of the Arakawa Steel union, was blunter.",
            "Shota Morishima",
        ),
        # ... or tags it as a one-word name of its own
        (
            "The plant will close. Shota Imamura, president of the Nagoya Taxi Drivers' Union, spoke to "
            "reporters.",
            "Shota Imamura",
        ),
    ],
)
def test_a_given_name_read_as_a_place_before_a_role_is_the_person_s_name(text, name):
    found = kinds(text)
    assert found.get(name) == "Person"
    assert "Shota" not in found


def test_a_nationality_before_a_full_name_is_no_part_of_it():
    found = kinds(
        "The race was run on Sunday. The title would pass to Kenyan Faith Chepkoech, who finished second."
    )
    assert found.get("Faith Chepkoech") == "Person"
    assert "Kenyan Faith Chepkoech" not in found


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        (
            "She thanked her coach, the Spaniard Pablo Serrano, who joined her in May.",
            "Pablo Serrano",
            "Spaniard Pablo Serrano",
        ),
        ("The Italian Marco Bellini won the sprint.", "Marco Bellini", "Italian Marco Bellini"),
    ],
)
def test_a_nationality_the_model_read_into_an_organisation_before_a_full_name_is_no_part_of_it(
    text, name, whole
):
    found = kinds("The race was run on Sunday. " + text)
    assert found.get(name) == "Person"
    assert whole not in found


def test_an_organisation_named_after_a_nationality_and_a_given_name_keeps_its_name():
    found = kinds("The report was out on Monday. The German Marshall Fund said it would publish more data.")
    assert "German Marshall Fund" in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name renaming a role is a person's, though the model took it for a place
        (
            "Officials met on Monday. A spokesman for the Bank of Ghana, Isa Abdulmumin, said the regulator "
            '"welcomes consolidation".',
            "Isa Abdulmumin",
            "Person",
        ),
        # a name a "which" clause describes is a body's
        (
            "The trial ended on Monday. The Emvelo Local Municipality, which was placed under administration "
            "in 2019, said it would study the judgment.",
            "Emvelo Local Municipality",
            "Organization",
        ),
        # a "who" clause the parser hangs on a place of work is the worker's, not the firm's
        (
            "Ratna Wulandari died on Sunday. Her publisher, Jakarta-based Pustaka Cahaya, said she had died "
            "in her sleep. Dewi Anggraini, an editor at Pustaka Cahaya who worked with Wulandari for three "
            "decades, told the newspaper Kompas that she was kind.",
            "Pustaka Cahaya",
            "Organization",
        ),
        # a given name the model tagged an adjective at the sentence's start stays in the name
        (
            "Officials met on Monday. Bishnu Prasad Koirala, a former managing director of the Nepal "
            "Electricity Authority, said prices fell.",
            "Bishnu Prasad Koirala",
            "Person",
        ),
        # "lead" is an occupation ("the film's lead"), but "the lead from X" is taken from a person
        (
            "Cárdenas took the overall lead from Norwegian Sindre Haugland on Thursday.",
            "Sindre Haugland",
            "Person",
        ),
    ],
)
def test_the_words_around_a_name_settle_its_kind(text, name, kind):
    assert kinds(text).get(name) == kind


def test_where_someone_is_from_is_a_place():
    # a person's home, not an employer; "a spokesman from X" stays X's
    found = kinds("Ingrid Solberg, a physiotherapist from Bergen, had skied in the Alps every winter.")
    assert found.get("Bergen") == "Place"
    assert kinds("A spokesman from Halvorsen Group said sales fell.").get("Halvorsen Group") == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a company's kind noun right before a name the model took for a person's
        ("Prices rose. It bought sensor maker Lumisens in 2022.", "Lumisens", "Organization"),
        # a place and a kind noun the model ran into the name are no part of it
        (
            "Prices rose. Tobias Renner, an analyst at the Zurich bank Kessler & Rauch, said costs rose.",
            "Kessler & Rauch",
            "Organization",
        ),
        # ... a newspaper's too ("daily" is tagged an adjective)
        (
            'Critics were unkind. The Brno daily Morava Dnes called the ceremony "too long by an hour".',
            "Morava Dnes",
            "Organization",
        ),
        # a given name is a person's, whatever the noun before it; so is a broadcaster
        ("The film opened. Documentary maker Valentina Ortúzar spoke.", "Valentina Ortúzar", "Person"),
        ("The show aired. The broadcaster Piers Morgan commented on it.", "Piers Morgan", "Person"),
        # a share of the work hyphened to the noun is a person's ("co-developer")
        (
            'The coating repels everything. Co-developer Jing Wang recounted, "Nothing sticks to it."',
            "Jing Wang",
            "Person",
        ),
    ],
)
def test_a_company_s_kind_noun_before_a_name(text, name, kind):
    assert kinds(text).get(name) == kind


def test_a_place_before_a_company_s_kind_noun_is_where_it_is():
    text = "Prices rose. It bought the Dresden sensor maker Lumisens in 2022."
    found = extract(Article.from_fields("News", text))
    assert ("organization:lumisens", "LOCATED_IN", "place:dresden") in {
        (r.source, r.type, r.target) for r in found.relations
    }


ORG, PER, PLA = "Organization", "Person", "Place"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a province (ISO 3166-2) or a town of 50,000 or more (GeoNames) the model took for a body
        (
            "Officials met on Monday. Maria Reyes, 54, who has dialysis three times a week at the town's "
            "hospital in Malolos, Bulacan, said she was worried.",
            {"Bulacan": PLA},
            (),
        ),
        (
            "Officials met on Monday. Another, a student from Odense, said the refund was fair.",
            {"Odense": PLA},
            (),
        ),
        (
            "Officials met on Monday. Karl Jensen has signed a two-year contract with the Västerås club IK "
            "Norrsken.",
            {"Västerås": PLA},
            (),
        ),
        # controls: a given name that is a province's ("Mary", Turkmenistan), a city's name a person bears
        (
            "Officials met on Monday. Karl Jensen died at home. His daughter Mary said he had died peacefully.",
            {"Mary": PER},
            (),
        ),
        (
            "Officials met on Monday. Governor Lincoln said the plan was late, and Lincoln repeated it.",
            {"Lincoln": PER},
            (),
        ),
        # a ministry's name listing its portfolios, cut by the model at a comma or before the list ...
        (
            "Officials met on Monday. The Ministry of Blue Economy, Marine Resources, Fisheries and Shipping, "
            "which issued the permits, said the findings were useful.",
            {"Ministry of Blue Economy, Marine Resources, Fisheries and Shipping": ORG},
            (),
        ),
        (
            "Officials met on Monday. The Meteorology, Climatology and Geophysical Agency (BMKG) said heavy "
            "rain would continue across Sumatra.",
            {"Meteorology, Climatology and Geophysical Agency": ORG},
            (),
        ),
        # (round 35) even where the model reads a portfolio after the comma as a body of its own
        (
            "Officials met on Monday. Lena Moor, Director of Parks at the Ministry of Agriculture, Solid Waste "
            "Management and Food Security, said at a briefing that the harvest was poor.",
            {"Ministry of Agriculture, Solid Waste Management and Food Security": ORG},
            ("Solid Waste Management", "Ministry of Agriculture"),
        ),
        # ... and where the model ends the name on the comma and reads a portfolio as a place
        (
            "Officials met on Monday. A spokesperson for the Department of Primary Industries, Lands and "
            "Heritage said the Western Australian government was studying the judgment.",
            {"Department of Primary Industries, Lands and Heritage": ORG},
            ("Lands", "Department of Primary Industries"),
        ),
        # ... but a list of other bodies after a ministry's name is not its name
        (
            "Officials met on Monday. Teams from the Ministry of Health, UNICEF and Oxfam arrived on Tuesday.",
            {"Ministry of Health": ORG, "UNICEF": ORG},
            (),
        ),
        # a name written right after what it is runs on through its capitalised words ...
        (
            "Officials met on Monday. Floods reached the town of San Mateo Tlacotalpan on Sunday.",
            {"San Mateo Tlacotalpan": PLA},
            ("Tlacotalpan",),
        ),
        (
            "Officials met on Monday. The typhoon hit the town of San Isidro del Monte on Friday.",
            {"San Isidro del Monte": PLA},
            (),
        ),
        (
            "Officials met on Monday. Rosa Condori told the newspaper Página Siete that the road was closed.",
            {"Página Siete": ORG},
            (),
        ),
        # ... up to a title and a person's name
        (
            "Officials met on Monday. In the city of Chicago Mayor Lori Lightfoot spoke on Tuesday.",
            {"Chicago": PLA, "Lori Lightfoot": PER},
            (),
        ),
        # a legislature and newspapers known by their last word
        (
            "Officials met on Monday. The bill failed in the Oregon Legislature in 2019.",
            {"Oregon Legislature": ORG},
            (),
        ),
        (
            'Officials met on Monday. "We will appeal," Voss told the Marlow Sentinel.',
            {"Marlow Sentinel": ORG},
            (),
        ),
        (
            'Officials met on Monday. "We respect the court," the judge told the Ashford Advertiser.',
            {"Ashford Advertiser": ORG},
            (),
        ),
        # a club's opening words belong to its name; a División is a league
        (
            "Officials met on Monday. In 1976 Silva moved to Spain to join Real Club Deportivo Marbella, then "
            "in the Segunda División.",
            {"Real Club Deportivo Marbella": ORG, "Segunda División": ORG},
            (),
        ),
        (
            "Officials met on Monday. The players would wear black armbands against CD Tarifa Atlántico.",
            {"CD Tarifa Atlántico": ORG},
            (),
        ),
        # a critic is a person's title
        (
            "Officials met on Monday. NDP housing critic Léa Fontaine said the exemption left out one in four "
            "units.",
            {"Léa Fontaine": PER},
            (),
        ),
        # a county's office between the county and the holder splits them; the sheriff's office is a body
        (
            "Officials met on Monday. Galvez County Sheriff Dwayne Pickett said the jail was full.",
            {"Galvez County": PLA, "Dwayne Pickett": PER},
            (),
        ),
        (
            "Officials met on Monday. Polk County Sheriff Grady Judd said the suspect was armed.",
            {"Polk County": PLA},
            ("Polk County Sheriff",),
        ),
        (
            "Officials met on Monday. The Galvez County Sheriff's Office said it would comply.",
            {"Galvez County Sheriff's Office": ORG},
            (),
        ),
        # a name described as a musician is a person's (after the dateline the model calls it a work of art)
        (
            "Wednesday, July 15, 2020 \n\n\nThemba Khumalo, the saxophonist whose band the Marabi Seven kept "
            "jazz alive in the townships of apartheid-era South Africa, died on Monday at his home in Soweto. "
            "He was 78.",
            {"Themba Khumalo": PER},
            (),
        ),
        # a nationality before a whole name described as a person is no part of it
        (
            "Officials met on Monday. The coach, Italian Renato Bellucci, said the team was ready.",
            {"Renato Bellucci": PER},
            ("Italian Renato Bellucci",),
        ),
        # a hyphenated given name the model cut at its hyphen is whole
        (
            "Officials met on Monday. Herder Per-Olof Lasko said the mine would ruin the grazing land.",
            {"Per-Olof Lasko": PER},
            ("Olof Lasko",),
        ),
        # a set's score is no part of the player's name
        (
            "Officials met on Monday. Rafael Duarte beat Facundo Larraburu 7\u20135, 6\u20134 in Sunday's "
            "final, and Larraburu said he had played badly.",
            {"Facundo Larraburu": PER},
            ("Facundo Larraburu 7\u20135",),
        ),
        # races named in their own language are events; clubs ending in Calcio or Cycling are clubs
        (
            "Officials met on Monday. The team will ride the Tour de Pologne in August.",
            {"Tour de Pologne": "Event"},
            (),
        ),
        (
            "Officials met on Monday. Vallebruna Calcio and Kempenland Pro Cycling signed him.",
            {"Vallebruna Calcio": ORG, "Kempenland Pro Cycling": ORG},
            (),
        ),
        # well-known clubs and leagues (graph/data/known_actors.tsv)
        (
            "Officials met on Monday. He joined Werder Bremen from Union Berlin, who play in Serie D this year.",
            {"Werder Bremen": ORG, "Union Berlin": ORG, "Serie D": ORG},
            (),
        ),
        # a name renaming "the chair of" something is a person's, whatever the model said
        (
            "Officials met on Monday. The chair of its board, Per-Olof Lasko, called the approval a step "
            "backwards.",
            {"Per-Olof Lasko": PER},
            (),
        ),
        # a stadium named head first is a place; a regency is a place
        (
            "Officials met on Monday. The final was played at the Estadio de Tenis Los Ficus in Lima.",
            {"Estadio de Tenis Los Ficus": PLA},
            (),
        ),
        (
            "Officials met on Monday. The defeated candidate in the election for regent of Sungai Rawa "
            "Regency, Central Kalimantan, said she would appeal.",
            {"Sungai Rawa Regency": PLA},
            (),
        ),
        # a head-first body's name goes on through a linking word after its head or a word of its name
        (
            "Officials met on Monday. The union Sindicato Independente de Enfermeiros do Douro called the "
            "strike, and the Ordem dos Enfermeiros backed it.",
            {"Sindicato Independente de Enfermeiros do Douro": ORG, "Ordem dos Enfermeiros": ORG},
            ("Douro", "Ordem"),
        ),
        # sports media (graph/data/known_actors.tsv)
        (
            "Officials met on Monday. According to Sky Sport Italia, the club has contacted Fabrizio Loddo.",
            {"Sky Sport Italia": ORG, "Fabrizio Loddo": PER},
            (),
        ),
        # given names of the world (graph/data/given_names_world.txt) open people's names the model
        # took for bodies or left out
        (
            "Officials met on Monday. The motion was tabled by Oluwaseun Adebayo Ogunleye and backed by "
            "Kwadwo Boateng Asare.",
            {"Oluwaseun Adebayo Ogunleye": PER, "Kwadwo Boateng Asare": PER},
            (),
        ),
        (
            "Officials met on Monday. Critics included Imran Shah Malik, Olumide Ayodele Coker and Dmitri "
            "Vasiliev.",
            {"Olumide Ayodele Coker": PER},
            (),
        ),
        # control: words the list leaves out because they open places and bodies
        (
            "Officials met on Monday. Protests spread from Hong Kong to Sri Lanka and Abu Dhabi.",
            {"Hong Kong": PLA, "Sri Lanka": "Country", "Abu Dhabi": PLA},
            (),
        ),
        # legislatures, international bodies and religious bodies (graph/data/known_actors.tsv)
        (
            "Officials met on Monday. Lawmakers in the Jatiya Sangsad and the Legislative Yuan voted.",
            {"Jatiya Sangsad": ORG, "Legislative Yuan": ORG},
            (),
        ),
        # a town of the world's list after "in" is a place where the model tagged nothing
        (
            "Officials met on Monday. Ana Ruiz, a former engineer at Airbus Defence and Space in Toulouse, "
            "said the plan was sound.",
            {"Toulouse": PLA},
            (),
        ),
        (
            "Officials met on Monday. His lawyer said he had been attending a funeral in Eldoret at the time.",
            {"Eldoret": PLA},
            (),
        ),
        # a surname that is also a common word, which the parse hangs on the verb, ends the name
        (
            "Officials met on Monday. MP Samuel Kibet Too said he was shocked and ashamed.",
            {"Samuel Kibet Too": PER},
            ("Samuel Kibet",),
        ),
        # control: a day after a name is no part of it
        (
            "Officials met on Monday. Police arrested Karl Jensen Tuesday.",
            {"Karl Jensen": PER},
            (),
        ),
        # a hyphenated given name opening the sentence, whose first half is also a word ("per")
        (
            "Officials met on Monday. Per-Kristian Haugen said the price was fair.",
            {"Per-Kristian Haugen": PER},
            ("Kristian Haugen",),
        ),
        # Events, and Japanese companies' trade words (Shoji, Sangyo, Kogyo ...), end bodies' names
        (
            "Officials met on Monday. Kirin Events and Aoyama Shoji said the show would go on.",
            {"Kirin Events": ORG, "Aoyama Shoji": ORG},
            (),
        ),
        (
            "Officials met on Monday. The coalition deal was signed by Aivars Ozoliņš and Gintautas Paulauskas.",
            {"Aivars Ozoliņš": PER, "Gintautas Paulauskas": PER},
            (),
        ),
        # a plural possessive opens a body's name the model cut after it
        (
            "Officials met on Monday. Councillor Tiago Baptista of the Workers' Party proposed it.",
            {"Workers' Party": ORG, "Tiago Baptista": PER},
            ("Party",),
        ),
        # a broadcaster's letters end its name; a company's kind noun before a name makes it one
        (
            "Officials met on Monday. Sunrise FM was taken off the air. Kemal Aydin runs the importer "
            "Akdeniz Meyve.",
            {"Sunrise FM": ORG, "Akdeniz Meyve": ORG},
            (),
        ),
        # a national body's name ends in its state; a state of many words is one name
        (
            "Officials met on Monday. Nadia Kowalczyk, a medical officer with the Public Health Agency of "
            "Canada, said prices in the Democratic Republic of the Congo rose.",
            {"Public Health Agency of Canada": ORG, "Democratic Republic of the Congo": "Country"},
            ("Public Health Agency", "Republic of the Congo"),
        ),
        # a full name described as a person is one, though the parser reads "In 2019 X" as "in X"
        (
            "Officials met on Monday. In 2019 Lena Hofbauer, a doctoral student at the University of "
            "Munich, came across the skull.",
            {"Lena Hofbauer": PER},
            (),
        ),
        # a given name the tagger took for a common noun opens the name it stands before
        (
            "Officials met on Monday. Anders Lie, a professor at the University of Bergen, said so.",
            {"Anders Lie": PER},
            ("Lie",),
        ),
        # a town's name goes on past its particles; a saint's title with them opens a town, but a
        # body's head word still names a body
        (
            "Officials met on Monday. The town council of San Gabriel de las Flores rejected the budget. "
            "Patients were moved to San Martín de Porres Regional Hospital.",
            {"San Gabriel de las Flores": "Place", "San Martín de Porres Regional Hospital": ORG},
            ("San Gabriel de",),
        ),
        # one sits in a chamber "for" a party: two bodies, not one name
        (
            "Officials met on Monday. Abena Darko, an opposition member of Parliament for the National "
            "Democratic Congress, welcomed the suspension.",
            {"Parliament": ORG, "National Democratic Congress": ORG},
            ("Parliament for the National Democratic Congress",),
        ),
        # "y" joins the words of a Spanish collective's name
        (
            "Officials met on Monday. Camilo Arrieta of the legal aid group Colectivo Tierra y Agua said so.",
            {"Colectivo Tierra y Agua": ORG},
            ("Colectivo Tierra", "Agua"),
        ),
        # a company's trade word ends its name, whatever role noun describes it
        (
            "Officials met on Monday. Fraser Valley Growers, a frozen vegetable producer based in "
            "Abbotsford, has recalled 40 products.",
            {"Fraser Valley Growers": ORG},
            (),
        ),
        # round 28: a zoo is a body; a sport before a player is no one's name
        (
            "Officials met on Monday. The cubs were born to a female who arrived from Tallinn Zoo in Estonia in 2018.",
            {"Tallinn Zoo": ORG},
            (),
        ),
        (
            "Officials met on Monday. Handball player Luka Barisic, a member of the national team, said so.",
            {"Luka Barisic": "Person"},
            ("Handball",),
        ),
        # a company's legal form makes the name a company's, and its short form later the company's too
        (
            "Officials met on Monday. The court appointed the accounting firm Bellamy Roy Inc. In its first "
            "report, Bellamy Roy said the airline had enough cash.",
            {"Bellamy Roy Inc.": ORG},
            ("Bellamy Roy",),
        ),
        # a minister's portfolio after "of" is no body; two places the model ran together are two
        (
            "Officials met on Monday. Peru's Minister of Agrarian Development, Mariela Quispe, rejected it.",
            {"Mariela Quispe": "Person"},
            ("Agrarian Development",),
        ),
        (
            "Officials met on Monday. The airline is the only link to Thunder Bay and Winnipeg since 2009.",
            {"Thunder Bay": PLA, "Winnipeg": PLA},
            ("Thunder Bay and Winnipeg",),
        ),
        # Ethiopian and Bhutanese given names make a person's name, after a country's possessive too
        (
            "Officials met on Monday. Ethiopia's Worknesh Degefa won the women's race, and Tshering "
            "Tobgay said the plan would work.",
            {"Worknesh Degefa": "Person", "Tshering Tobgay": "Person"},
            (),
        ),
        # a club's name without its opening word ("Sporting", "Real") is the club
        (
            "Officials met on Monday. Okafor joined Sporting Tielrode in 2019. Tielrode said on Monday "
            "that the fee was fair.",
            {"Sporting Tielrode": ORG},
            ("Tielrode",),
        ),
        # ... but a city the club is named for stays the city
        (
            "Officials met on Monday. Real Madrid beat Sevilla 2-1 on Sunday. Thousands of fans "
            "celebrated in Madrid on Monday night.",
            {"Real Madrid": ORG, "Madrid": PLA},
            (),
        ),
        # an event's name the model labels a law or a work; a known name in camel case; a summit's code
        (
            "Officials met on Monday. Karl Jensen won the men's race of the Nordvale Marathon on Sunday. He "
            "told Turkish broadcaster beIN Sports after the race that he would speak at COP26.",
            {"Nordvale Marathon": "Event", "beIN Sports": ORG, "COP26": "Event"},
            (),
        ),
        # parties and bodies the news names that the model takes for people
        (
            "Officials met on Monday. Syriza, Fine Gael and Gavi said they would appeal the ruling.",
            {"Syriza": ORG, "Fine Gael": ORG, "Gavi": ORG},
            (),
        ),
        (
            "Officials met on Monday. WHO Director-General Tedros Adhanom Ghebreyesus said cases had risen.",
            {"WHO": ORG, "Tedros Adhanom Ghebreyesus": "Person"},
            (),
        ),
        (
            "Officials met on Monday. The team flew to Trinidad and Tobago on Monday.",
            {"Trinidad and Tobago": "Country"},
            ("Trinidad", "Tobago"),
        ),
    ],
)
def test_knowledge_and_name_shapes_settle_names_and_kinds(text, expected, absent):
    found = kinds(text)
    assert {name: found.get(name) for name in expected} == expected
    assert not set(absent) & set(found)


def test_capitals_alone_are_a_body_and_a_spanish_article_opens_a_place_not_a_person():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph.extract.actors import Mention, _acronyms_read_as_people, _article_first_names_read_as_people

    ms = [
        Mention(0, 7, 0, "MINUSCA", "PERSON", "Person", 0),
        Mention(10, 16, 2, "J.M.R.", "PERSON", "Person", 0),
        Mention(20, 28, 4, "La Ligua", "PERSON", "Person", 1),
        Mention(30, 47, 6, "Yassine El Ouardi", "PERSON", "Person", 1),
        Mention(50, 59, 9, "El Ouardi", "PERSON", "Person", 2),
        Mention(60, 73, 11, "Le Hoang Minh", "PERSON", "Person", 2),
    ]
    _acronyms_read_as_people(ms)
    _article_first_names_read_as_people(Doc(Vocab(), words=["word"] * 40), ms)
    assert [m.kind for m in ms] == ["Organization", "Person", "Place", "Person", "Person", "Person"]


@pytest.mark.parametrize(
    "text",
    [
        'Officials met on Monday. Marco Ferri spoke. "Every hour costs money," he told Il Giornale di Brescia.',
        'Officials met on Monday. Marco Ferri spoke. "We lose a day," he told Il Corriere Nuovo.',
    ],
)
def test_a_name_opening_with_an_article_that_someone_is_told_is_a_paper(text):
    found = kinds(text)
    paper = next(name for name in found if name.startswith(("Il ", "La ")))
    assert found[paper] == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "kind", "pieces"),
    [
        # a particle the model cut the name at: the words before it open the name
        (
            "The village of Ameixial do Campo, near Beja, lost half its people.",
            "Ameixial do Campo",
            "Place",
            ["Campo"],
        ),
        (
            "Manuel do Nascimento said the vote had been fair.",
            "Manuel do Nascimento",
            "Person",
            ["Nascimento"],
        ),
        (
            "Fernando Tavares, mayor of Lagoa do Norte since 2015, said the school had closed.",
            "Lagoa do Norte",
            "Place",
            ["Lagoa", "Norte"],
        ),
        (
            "The Diocese of São José do Sul said it had opened an inquiry.",
            "Diocese of São José do Sul",
            "Organization",
            ["Sul"],
        ),
        # a town's hyphenated name with its link word
        (
            "The festival in Boulogne-sur-Mer was cancelled on Friday.",
            "Boulogne-sur-Mer",
            "Place",
            ["Boulogne"],
        ),
        (
            "Paul Girard, the mayor of Villiers-sous-Bois, said the plant would close.",
            "Villiers-sous-Bois",
            "Place",
            ["Villiers"],
        ),
        # a Dutch town named by its river, whatever the model made of the river's name
        (
            "The three suspects live in Capelle aan den IJssel, near Rotterdam.",
            "Capelle aan den IJssel",
            "Place",
            ["Capelle", "IJssel"],
        ),
    ],
)
def test_a_place_s_name_goes_on_past_its_particles(text, name, kind, pieces):
    found = kinds("The report was out on Monday. " + text)
    assert found.get(name) == kind
    assert not set(pieces) & set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nakamura bought Rangitoto Orchards in 2018.", "Rangitoto Orchards"),
        (
            "Paolo Neri, director of the freight forwarder Bellucci Trasporti, said delays would hit exporters.",
            "Bellucci Trasporti",
        ),
        ("Ferrante Costruzioni won the contract.", "Ferrante Costruzioni"),
    ],
)
def test_a_company_s_trade_word_ends_its_name(text, name):
    assert kinds("The report was out on Monday. " + text).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "kind", "absent"),
    [
        # an Irish given name after a word for a person opening the sentence
        (
            "Homeowner Declan Walsh told RTÉ that he had bought the heater.",
            "Declan Walsh",
            "Person",
            "Homeowner Declan Walsh",
        ),
        (
            "Tenant Caoimhe Brady said the flat had been cold for weeks.",
            "Caoimhe Brady",
            "Person",
            "Tenant Caoimhe Brady",
        ),
        # a company's trade word
        (
            "Brennan Electronics said it had taken the heaters off sale.",
            "Brennan Electronics",
            "Organization",
            None,
        ),
        # a court named after its magistrate, the model having taken the possessive only
        (
            "The two are due to appear before the Mansa Magistrate's Court next week.",
            "Mansa Magistrate's Court",
            "Organization",
            "Mansa Magistrate",
        ),
        # a public body named by its domain and its country
        (
            "Statistics Portugal said the population had fallen.",
            "Statistics Portugal",
            "Organization",
            "Portugal",
        ),
    ],
)
def test_round_30_names_and_kinds(text, name, kind, absent):
    found = kinds("The report was out on Monday. " + text)
    assert found.get(name) == kind
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Astronomers using the West African Large Telescope (WALT) have found a pulsar.",
            "West African Large Telescope",
            "Product",
        ),
        (
            "Data from the East African Seismic Network (EASN) showed two tremors.",
            "East African Seismic Network",
            "Organization",
        ),
    ],
)
def test_words_the_model_left_out_before_the_short_form_they_spell_are_one_name(text, name, kind):
    found = kinds("The report was out on Monday. " + text)
    assert found.get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "The Association of Dairy Farmers of Ireland called for higher prices.",
            "Association of Dairy Farmers of Ireland",
            "Ireland",
        ),
        (
            "The Conference of Catholic Bishops of Peru said it was shocked.",
            "Conference of Catholic Bishops of Peru",
            "Peru",
        ),
    ],
)
def test_a_body_s_name_ends_in_its_country(text, name, absent):
    found = kinds("The report was out on Monday. " + text)
    assert found.get(name) == "Organization"
    assert absent not in found


def test_a_persons_name_loses_postnominal_letters_whoever_made_her_a_person():
    # round 31: a name the model read as an organisation's ("Helen Voss KC") and the words around it
    # made a person's loses the letters, as one the model read as a person's does when first found
    from graph.extract.actors import Mention, _without_postnominal_letters

    found = [
        Mention(0, 13, 2, "Helen Voss KC", "ORG", "Person", 0, by_context=True),
        Mention(20, 33, 7, "Voss Kane LLP", "ORG", "Organization", 0),
        Mention(40, 47, 9, "Ruth SC", "PERSON", "Person", 0),
    ]
    _without_postnominal_letters(found)
    assert [m.text for m in found] == ["Helen Voss", "Voss Kane LLP", "Ruth SC"]


def test_malaysian_honorifics_are_titles_not_part_of_the_name():
    ext = extract(
        Article.from_fields("Sabah", "The state minister, Datuk Seri Anwar Musa, resigned on Friday.")
    )
    assert "Anwar Musa" in [e.name for e in ext.entities]


def test_a_place_before_a_mayor_and_her_name_is_the_place():
    # round 31: the model takes "Port Halloran" for a person; the office and its holder after it say not
    text = (
        "Port Halloran Mayor Sandra Pike said the town would miss the paper. Port Halloran has 4,000 people."
    )
    ext = extract(Article.from_fields("Paper closes", text))
    assert ("Port Halloran", "Place") in [(e.name, e.type) for e in ext.entities]


def test_a_known_body_and_a_state_name_its_branch_there():
    # (the model reads the name as a person's after a sentence about one)
    text = "Mayor Sandra Leclair said the river would recover. Greenpeace Poland called for criminal charges."
    ext = extract(Article.from_fields("Spill", text))
    assert ("Greenpeace Poland", "Organization") in [(e.name, e.type) for e in ext.entities]


def test_a_partys_word_before_its_name_is_no_office_holder_cut():
    # round 31: "a vice-president of Parti X Y" is an officer of the party, not "Parti" and a person X Y
    text = "Azlan Omar, a vice-president of Parti Bersatu Sabah, denied the claim."
    ext = extract(Article.from_fields("Sabah", text))
    assert ("Parti Bersatu Sabah", "Organization") in [(e.name, e.type) for e in ext.entities]


def test_a_union_in_apposition_is_an_organisation():
    # (a name the model reads as a person's here)
    text = (
        "Kessler, the union that represents the plant's 400 workers, said the company had given staff notice."
    )
    ext = extract(Article.from_fields("Plant", text))
    assert ("Kessler", "Organization") in [(e.name, e.type) for e in ext.entities]


def test_an_orchestra_by_its_leading_words_is_the_orchestra():
    text = (
        "The Vltava Philharmonic Orchestra named a new chief conductor on Tuesday. Jan Dvorsky has led the "
        "Vltava Philharmonic since 2004."
    )
    ext = extract(Article.from_fields("Orchestra", text))
    orchestras = [e for e in ext.entities if e.type == "Organization"]
    assert [(e.name, e.aliases) for e in orchestras] == [
        ("Vltava Philharmonic Orchestra", ["Vltava Philharmonic"])
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 31: the model ends the name at "of" and tags the city apart
        (
            "Heat records fell across Greece. The National Observatory of Athens said the fire had burned "
            "3,000 hectares.",
            "National Observatory of Athens",
        ),
        # round 31: the model leaves out the name's first word
        (
            "Fish died along the river. The Chief Inspectorate of Environmental Protection said samples showed "
            "high ammonia levels.",
            "Chief Inspectorate of Environmental Protection",
        ),
        # round 31: an office named by its holder keeps the holder's title and the state before it
        (
            "A jury convicted him on Friday. Prosecutors at the U.S. Attorney's Office for the Northern District "
            "of Illinois said the verdict sent a message.",
            "U.S. Attorney's Office for the Northern District of Illinois",
        ),
    ],
)
def test_a_body_s_name_the_model_cut_short_is_whole(text, name):
    ext = extract(Article.from_fields("News", text))
    assert name in [e.name for e in ext.entities if e.type == "Organization"]


def test_words_that_classify_a_body_before_its_name_are_no_part_of_it():
    # round 31: the model's span is "the trade union federation FNV"
    text = (
        "The fund reported a loss. Esther Wamelink, a negotiator for the trade union federation FNV, spoke."
    )
    ext = extract(Article.from_fields("Pensions", text))
    assert ("FNV", "Organization") in [(e.name, e.type) for e in ext.entities]


def test_a_company_named_by_its_trade_stays_a_company_whatever_its_short_form_looked_like():
    # round 31: "Tungabhadra Portland" alone reads as a person's name; the full name ends in a trade
    from graph.extract.actors import Mention
    from graph.resolve.within import _make_cluster

    full = Mention(0, 31, 2, "Tungabhadra Portland Industries", "ORG", "Organization", 0)
    short = Mention(60, 80, 11, "Tungabhadra Portland", "PERSON", "Person", 3, by_context=True)
    cluster = _make_cluster([full, short])
    assert (cluster.name, cluster.kind) == ("Tungabhadra Portland Industries", "Organization")


def test_two_places_listed_after_a_noun_for_places_are_two_whatever_the_model_said():
    # round 31: the model reads "Ellenbrook and Baldivis" as one product's name
    text = (
        "The fares rose on Monday. Many of the people hit hardest lived in outer suburbs such as Ellenbrook "
        "and Baldivis, where transport was thin."
    )
    ext = extract(Article.from_fields("Fares", text))
    assert [(e.name, e.type) for e in ext.entities] == [("Ellenbrook", "Place"), ("Baldivis", "Place")]


def test_a_body_s_own_list_of_words_is_no_person_after_a_comma():
    text = "Fares rose. The Rail, Tram and Bus Union said drivers had reported an increase in abuse."
    ext = extract(Article.from_fields("Fares", text))
    assert [(e.name, e.type) for e in ext.entities] == [("Rail, Tram and Bus Union", "Organization")]


def test_a_common_word_opening_a_quote_is_no_name_though_a_longer_name_holds_it():
    # round 31: "Cement" is capitalised inside only as a word of the association's name
    text = (
        "The regulator fined five cement makers, which met through the Deccan Cement Producers' Association. "
        '"Cement is a basic input for housing," the regulator said.'
    )
    names = [e.name for e in extract(Article.from_fields("Fine", text)).entities]
    assert "Cement" not in names and "Deccan Cement Producers' Association" in names


def test_letters_for_things_are_no_actors():
    text = "The bill sets rules for AI systems. Lawmakers said AI could raise GDP by two percent."
    assert [e.name for e in extract(Article.from_fields("Bill", text)).entities] == []
    found = kinds("RIP messages flooded social media after the death of Tom Hale, who held a PhD.")
    assert "RIP" not in found and found.get("Tom Hale") == "Person"


def test_a_body_the_model_took_for_a_people_is_a_body_when_a_noun_for_one_renames_it():
    # round 31: inside an article the model tags "Puerto Sur Andino" as a nationality (NORP)
    from spacy.tokens import Span

    from graph.extract.actors import _bodies_read_as_peoples

    doc = load_nlp()(
        "Puerto Sur Andino, the private company that runs the terminal, said it had offered more."
    )
    doc.ents = [Span(doc, 0, 3, label="NORP")]
    found = _bodies_read_as_peoples(doc, [0] * len(doc), lambda _: False, set())
    assert [(m.text, m.kind) for m in found] == [("Puerto Sur Andino", "Organization")]
    # a people's name stays one, renamed or not
    doc = load_nlp()("South Koreans, the largest group of visitors, said the fees were too high.")
    doc.ents = [Span(doc, 0, 2, label="NORP")]
    assert _bodies_read_as_peoples(doc, [0] * len(doc), lambda _: False, set()) == []


def test_a_person_of_a_body_named_with_an_ampersand_stays_a_person_and_the_body_whole():
    # round 31: "Student" is no title before "& Starter", and "a local party" renames the body she is of
    text = (
        "The deal was signed on Monday. Noor Brouwer of Student & Starter, a local party that won three seats, "
        "said she welcomed the targets."
    )
    ext = extract(Article.from_fields("Coalition", text))
    assert [(e.name, e.type) for e in ext.entities] == [
        ("Noor Brouwer", "Person"),
        ("Student & Starter", "Organization"),
    ]


def test_a_name_with_a_lower_case_particle_described_as_a_person_is_whole():
    # The model leaves "Marelize du Toit" unnamed and the parser tags the given name a verb; the
    # particle between two capitalised words and the apposition make it one person's name.
    found = kinds(
        "Marelize du Toit, an economist at the research firm Karoo Analytics, said prices would rise."
    )
    assert found.get("Marelize du Toit") == "Person"
    assert "Toit" not in found


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Officers of the Guardia Civil sealed off Torremira on Monday, said Pilar Ezquerra.",
            "Guardia Civil",
            "Organization",
        ),
        (
            "The glass was restored by Atelier Morvan-Leclerc in Reims last year.",
            "Atelier Morvan-Leclerc",
            "Organization",
        ),
        (
            "Police fired tear gas at the marchers, according to local broadcaster Nkhata FM.",
            "Nkhata FM",
            "Organization",
        ),
        (
            '"But the lorries on the Hauptstrasse will not disappear because we voted no."',
            "Hauptstrasse",
            "Place",
        ),
    ],
)
def test_a_names_own_words_fix_its_kind(sentence, name, kind):
    # A foreign body's head word, a station's band, a German street's ending: the name says what it is.
    assert kinds(sentence).get(name) == kind


def test_a_conference_that_speaks_is_a_body_named_with_its_of_part():
    # The model tags nothing here; the subject of "said" ends in "Conference", a gathering's word,
    # and a gathering that speaks is a body: "Regional Conference of Bishops", not a person.
    found = kinds('The Regional Conference of Bishops said in a statement that it "accepts" the decision.')
    assert found.get("Regional Conference of Bishops") == "Organization"
    assert "Regional Conference" not in found


def test_a_body_the_model_took_for_a_work_is_a_body_when_it_speaks():
    # Here the model labels "The Episcopal Conference of Chile" a WORK_OF_ART; a work says nothing.
    found = kinds(
        'Karin Vogt said the resignation came "late, but not meaningless."\n\n'
        'The Episcopal Conference of Chile said in a statement that it "respects and accepts" the decision '
        'and remained committed to "zero tolerance" of abuse.'
    )
    assert found.get("Episcopal Conference of Chile") == "Organization"
    assert "Episcopal Conference" not in found


def test_a_three_word_persons_name_ending_in_hall_is_a_person():
    # "Hall" ends buildings' names, but after an accented given name and a middle name it is a surname.
    found = kinds("His daughter, Renée Fontenot Hall, said he had died in his sleep after a long illness.")
    assert found.get("Renée Fontenot Hall") == "Person"


def test_a_name_someone_gave_as_theirs_is_a_person():
    # The model reads "Mihai" as a town; "gave his name only as" says it is what someone is called.
    found = kinds(
        "A 38-year-old worker, who gave his name only as Mihai because he feared losing his job, said "
        "eight men shared a flat."
    )
    assert found.get("Mihai") == "Person"


def test_a_name_after_a_flag_state_is_a_ship():
    found = kinds("The Guards seized the British-flagged Stena Impero in the Strait of Hormuz.")
    assert found.get("Stena Impero") == "Product"
    # "flagged" as a verb says nothing of what follows
    assert kinds("The agency flagged Facebook for removal on Monday.").get("Facebook") == "Organization"


def test_a_named_attack_with_its_year_is_one_event():
    found = kinds("The outage recalls the 2017 NotPetya attack, which disrupted the shipping line for weeks.")
    assert found.get("NotPetya attack") == "Event"
    assert "NotPetya" not in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('The minister, Than Htike Oo, said the attack "will not shake our resolve".', "Than Htike Oo"),
        ("Villager Saw Htoo Lwin said they heard the planes first.", "Saw Htoo Lwin"),
        ("Analyst Per Kristian Haugen said he would be surprised.", "Per Kristian Haugen"),
    ],
)
def test_a_given_name_that_is_also_a_word_stays_in_the_name(sentence, name):
    # Inside a sentence only a name keeps its capital on "Than", "Saw" or "Per".
    assert kinds(sentence).get(name) == "Person"


def test_a_capitalised_word_opening_a_sentence_is_not_taken_into_a_name():
    found = kinds("The talks ended. After Karl Jensen left, the union voted.")
    assert found.get("Karl Jensen") == "Person"


def test_a_workers_from_names_a_home_town():
    # A driver, a nurse, a miner "from" somewhere come from a town, where a spokesman "from" X works for X.
    assert kinds("The driver from Ostvik told police he had not seen the cyclist.").get("Ostvik") == "Place"


def test_an_institution_opening_a_sentence_without_the_is_found():
    # The model tags nothing here; "University" ends a name that opens the sentence.
    found = kinds(
        "Mercia University in Birmingham, England has paused a trial of its vaccine after one of the "
        "volunteers fell ill, the university said on Wednesday."
    )
    assert found.get("Mercia University") == "Organization"


def test_a_ship_named_with_its_noun_in_apposition_is_found():
    # The model tags nothing in "the Aegean Dawn"; the tanker in apposition says what it is.
    found = kinds(
        "Kalliope Maritime identified it as the Aegean Dawn, a Liberian-flagged tanker carrying crude oil."
    )
    assert found.get("Aegean Dawn") == "Product"


def test_a_for_name_goes_on_after_and_through_its_last_portfolio():
    found = kinds(
        "The Federal Office for Rural Affairs and Energy paid for the pilot, officials in Kelmsburg said."
    )
    assert "Federal Office for Rural Affairs and Energy" in found
    assert "Federal Office for Rural Affairs" not in found


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "Talks between the Ministry of Defence and Lockheed Martin stalled on Monday.",
            "Ministry of Defence",
            "Lockheed Martin",
        ),
        (
            "Officials said the Ministry of Health and the Red Cross had agreed a plan.",
            "Ministry of Health",
            "Red Cross",
        ),
        (
            "Researchers from the University of Tarvik and Imperial College London took part.",
            "University of Tarvik",
            "Imperial College London",
        ),
    ],
)
def test_a_body_named_after_an_of_name_and_and_is_a_name_of_its_own(text, first, second):
    found = kinds(text)
    assert first in found and second in found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Officials met on Monday. The Department of Health and Human Services said so.",
            "Department of Health and Human Services",
        ),
        (
            "Officials met on Monday. The Institute of Allergy and Infectious Diseases said so.",
            "Institute of Allergy and Infectious Diseases",
        ),
        (
            "Officials met on Monday. The Ministry of Health and Social Affairs said so.",
            "Ministry of Health and Social Affairs",
        ),
    ],
)
def test_one_bodys_portfolios_joined_by_and_stay_one_name(text, name):
    # the fine-tuned model reads two bodies over "and" as one name too; these are one body each
    assert kinds(text).get(name) == "Organization"


@pytest.mark.parametrize(
    "title, text, name",
    [
        (
            "UK supermarket chain Brenmoor enters administration, putting 3,200 jobs at risk",
            "Wednesday, November 9, 2022\n\nBrenmoor Foodstores, a regional supermarket chain with 94 shops "
            "across the north of England and the Midlands, entered administration on Tuesday.",
            "Brenmoor Foodstores",
        ),
        (
            "Grocer enters administration",
            "Tuesday, May 3, 2022\n\nKelvale Foodstores, a family-owned grocery company with 60 shops in "
            "Wales, entered administration on Monday.",
            "Kelvale Foodstores",
        ),
    ],
)
def test_capitalised_words_the_model_left_untagged_renamed_as_a_body_are_its_name(title, text, name):
    found = {e.name: e.type for e in extract(Article.from_fields(title, text)).entities}
    assert found.get(name) == "Organization"


def test_a_capitalised_common_noun_opening_a_sentence_is_no_body():
    text = "Officials, a group of about twenty, met the mayor of Kelmsburg on Tuesday."
    found = {e.name for e in extract(Article.from_fields("Meeting in Kelmsburg", text)).entities}
    assert "Officials" not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The hotel chain Morvena Stays said on Monday it had sold four hotels in Lisbon.", "Morvena Stays"),
        ("Dalby Hart, the supermarket chain, was sold to a fund on Monday.", "Dalby Hart"),
        ("Shoppers at Dalby Hart, a discount chain based in Leeds, queued on Monday.", "Dalby Hart"),
    ],
)
def test_a_chain_is_a_company(text, name):
    assert kinds(text).get(name) == "Organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Toby Fenwick, founded in 1998 by two brothers, makes garden furniture in Leeds.", "Toby Fenwick"),
        ("Harlow Bramley, established in 1921, sells shoes across the north of England.", "Harlow Bramley"),
    ],
)
def test_a_name_that_was_founded_is_a_body(text, name):
    assert kinds(text).get(name) == "Organization"


def test_names_listed_after_a_plural_body_noun_and_including_are_bodies():
    found = kinds("The group owns several retailers, such as Kelvo Market and Drummond Shoes, in Leeds.")
    assert found.get("Kelvo Market") == found.get("Drummond Shoes") == "Organization"
    found = kinds("Nordvik has bought seven studios since 2018, including Redline Forge of Austin, Texas.")
    assert found.get("Redline Forge") == "Organization"


def test_a_number_written_out_with_a_capital_inside_a_sentence_opens_a_name():
    found = kinds("Kelpfield raised money in a round led by London-based Seven Larches Capital on Monday.")
    assert "Seven Larches Capital" in found and "Larches Capital" not in found


def test_an_edition_in_figures_opens_an_events_name():
    found = kinds("The film won the main prize at the 79th Venice International Film Festival on Saturday.")
    assert found.get("79th Venice International Film Festival") == "Event"


def test_a_name_the_model_left_untagged_after_a_body_noun_is_that_body():
    found = kinds("Ray Penhale, the owner of League Two club Dunmere Town, was barred on Wednesday.")
    assert found.get("Dunmere Town") == "Organization"


def test_a_supporters_trust_is_not_the_club_it_supports():
    text = (
        "Ray Penhale, the owner of League Two club Dunmere Town, was barred on Wednesday. "
        "The Dunmere Town Supporters' Trust, which owns a small stake in the club, welcomed the ruling."
    )
    found = kinds(text)
    assert found.get("Dunmere Town") == found.get("Dunmere Town Supporters' Trust") == "Organization"


def test_a_clubs_name_without_its_closing_word_is_the_club():
    text = (
        "Kelmarrow Athletic agreed to be sold on Wednesday. Kelmarrow have not won a trophy since 1983, "
        "and Kelmarrow's ground needs repairs."
    )
    athletic = next(
        e for e in extract(Article.from_fields("Club sold", text)).entities if e.name == "Kelmarrow Athletic"
    )
    assert "Kelmarrow" in athletic.aliases


def test_a_supporters_trust_does_not_take_the_clubs_short_form():
    text = (
        "Fife club Kelmarrow Athletic was sold on Wednesday. "
        "The Kelmarrow Supporters' Trust said Kelmarrow fans were worried."
    )
    found = {e.name: e.aliases for e in extract(Article.from_fields("Club sold", text)).entities}
    assert (
        "Kelmarrow" in found["Kelmarrow Athletic"] and "Kelmarrow" not in found["Kelmarrow Supporters' Trust"]
    )


def test_a_name_after_a_newspapers_noun_is_the_newspaper():
    found = kinds(
        "Halvorsen told the business daily Tagesbrief Wirtschaft that her firm had looked at forty companies."
    )
    assert found.get("Tagesbrief Wirtschaft") == "Organization"


def test_large_retailers_are_well_known_companies():
    found = kinds(
        "Small grocers have been squeezed by the big chains on one side and by Aldi and Lidl on the other."
    )
    assert found.get("Aldi") == found.get("Lidl") == "Organization"


def test_mountain_ranges_and_english_regions_are_well_known_places():
    found = kinds(
        "The town lies in the foothills of the Carpathians, and the firm also has shops across the Midlands."
    )
    assert found.get("Carpathians") == found.get("Midlands") == "Place"


def test_a_name_right_after_a_noun_for_a_ship_is_the_ship():
    found = kinds(
        "The research vessel Estrella Boreal left the port of Tromsø on Sunday. The ship captain Jonas "
        "Berg said nothing."
    )
    assert found.get("Estrella Boreal") == "Product"
    assert found.get("Jonas Berg") == "Person"


def test_a_place_named_in_a_district_is_two_places():
    # the model's one place over "in" (as it reads "near Benighat in Dhading District" in a longer
    # sentence) is cut where a state's division is named after it
    doc = load_nlp()("A hillside collapsed near Karvani in Tolmaro District on Monday.")
    start = next(t.i for t in doc if t.text == "Karvani")
    pieces = _split_at_in(doc, start, start + 4, "GPE", gazetteer())
    assert [doc[s:e].text for s, e, _ in pieces] == ["Karvani", "Tolmaro District"]


def test_the_person_named_after_a_hyphened_titles_portfolio_is_the_person():
    text = (
        '"We are losing children," Director-General of Health Tavita Falaniko told reporters in Apia on '
        "Friday. Falaniko said the ministry had given 34,000 doses."
    )
    ext = extract(Article.from_fields("Measles outbreak in Samoa", text))
    found = {e.name: e.type for e in ext.entities}
    assert found.get("Tavita Falaniko") == "Person"
    assert not any(name.startswith("-") for name in found)
    assert [s.speaker for s in ext.statements if s.kind == "direct"] == ["person:tavita-falaniko"]


def test_a_bodys_name_goes_on_through_the_state_or_division_it_is_of():
    found = kinds(
        "Members of the Union of Mine Workers of Santa Fe (UMWSF) approved the deal. The company said "
        "it would appeal to the Regional Administrative Tribunal of Lazio. The Port Authority of the "
        "Western Aegean Sea did not comment."
    )
    assert found.get("Union of Mine Workers of Santa Fe") == "Organization"
    assert found.get("Regional Administrative Tribunal of Lazio") == "Organization"
    assert "Lazio" not in found and "Santa Fe" not in found
    assert "Port Authority of the Western" not in found  # a longer name's first word is no place


def test_a_well_known_name_opened_by_a_nationality_is_whole():
    found = kinds(
        "Scottish Labour's Moira Baird accused the government of delay. The glaciers of the Swiss Alps "
        "shrank again, and the Alps as a whole lost a tenth of their ice."
    )
    assert found.get("Scottish Labour") == "Organization"
    assert "Labour" not in found
    assert found.get("Swiss Alps") == "Place"
    assert found.get("Alps") == "Place"  # well known itself, not the Swiss Alps' last word


def test_a_name_ending_in_a_sport_is_a_body_not_a_person():
    # the model reads "Euroleague Basketball" as a person's name in some sentences; the name says a body
    assert _named_for_a_sport("Nordliga Basketball")
    assert _named_for_a_sport("USA Rugby")
    assert not _named_for_a_sport("Tom Hockey")  # a given name opens a person's name
    assert not _named_for_a_sport("Basketball")


def test_a_newspaper_the_model_left_untagged_is_found_by_its_head_word():
    text = (
        "Some students backed the strike. Jacob Ferris, a student at Bristol, told the Kingsbury Evening "
        "Echo that he wanted a refund."
    )
    ext = extract(Article.from_fields("Lecturers strike over pensions", text))
    assert {e.name: e.type for e in ext.entities}.get("Kingsbury Evening Echo") == "Organization"
    assert any(r.type == "SPOKE_WITH" for r in ext.relations)


def test_a_club_named_at_a_sentences_start_without_the_is_found():
    text = (
        "Thursday, November 12, 2020\n\nHarrowgate Rugby Club, the Yorkshire side promoted to England's "
        "top flight two years ago, was fined £1.2 million and docked 20 league points yesterday for "
        "breaching the salary cap, Premiership Rugby announced."
    )
    found = {e.name: e.type for e in extract(Article.from_fields("Harrowgate fined", text)).entities}
    assert found.get("Harrowgate Rugby Club") == "Organization"


def test_a_band_named_after_its_noun_is_a_body_and_speaks_as_the_band():
    text = (
        "The Scottish folk band The Salt Roads and the singer Ana Vela were due to headline on Saturday. "
        'In a post on Instagram, the band wrote that they were "heartbroken" by the news.'
    )
    ext = extract(Article.from_fields("Festival cancelled in Belgium", text))
    assert {e.name: e.type for e in ext.entities}.get("Salt Roads") == "Organization"
    assert [s.speaker for s in ext.statements if s.kind == "direct"] == ["organization:salt-roads"]


def test_a_vote_named_by_its_year_and_kind_is_an_event_but_a_bare_year_and_referendum_is_not():
    found = kinds(
        "Voters in Aldermoor backed the plan in the 2017 independence referendum, and the court annulled "
        "the 2021 subnational elections in the town. The 2016 referendum still divides the country."
    )
    assert found.get("2017 independence referendum") == "Event"
    assert found.get("2021 subnational elections") == "Event"
    assert "2016 referendum" not in found


def test_a_word_between_a_titles_rank_and_its_role_is_no_body():
    found = kinds(
        "Chief Cabinet Secretary Haruto Kanda, who keeps his post, read out the names of the new "
        "ministers in Tokyo on Wednesday."
    )
    assert found.get("Haruto Kanda") == "Person"
    assert not any("Cabinet" in name for name in found)


@pytest.mark.parametrize(
    "name, is_person",
    [
        # a particle inside a name of four words is no word of its own
        ("Maarten Van den Broeck", True),
        # a name borne only by people marks a person, whatever the given name
        ("Jaswinder Singh Sandhu", True),
        # a square named after a title holder stays what the model said
        ("Marquês de Pombal", False),
        # a surname opened by an elided particle is a capitalised word of the name
        ("Rémi d'Entremont", True),
        # two given names before two surnames
        ("Sérgio Luiz Andrade Neto", True),
    ],
)
def test_a_name_that_reads_as_a_persons(name, is_person):
    assert _reads_as_persons_name(name, gazetteer()) is is_person


def test_a_name_goes_on_through_a_word_opened_by_an_elided_particle():
    doc = load_nlp()("Votes went to Maria Grazia Dall'Ara of the Democratic Party and to Banca d'Italia.")
    words = [t.text for t in doc]
    assert _elided_word_end(doc, words.index("Dall'Ara")) == words.index("Dall'Ara") + 1
    assert _elided_word_end(doc, words.index("d'Italia")) == words.index("d'Italia") + 1
    assert _elided_word_end(doc, words.index("of")) is None


@pytest.mark.parametrize(
    "name", ["Inversiones Torremar SL", "Pohjola Pankki", "Kestrel Iron", "Tarkwa Goldfields"]
)
def test_a_companys_last_word_makes_it_an_organisation_whatever_the_model_said(name):
    # a legal form (Spanish "SL"), a bank in Finnish, a miner's trade word
    assert _kind_from_head(name, "PERSON") == "Organization"


def test_faiths_and_doctrines_are_no_actors():
    found = kinds(
        "Thousands gathered at the mosque to celebrate Islam and its history in Istanbul. Her thesis at "
        "Uppsala University was about Marxism and Confucianism in China."
    )
    assert not {"Islam", "Marxism", "Confucianism", "Marxism and Confucianism"} & set(found)
    assert found.get("Uppsala University") == "Organization" and found.get("Istanbul") == "Place"


def test_a_family_by_its_surname_in_the_plural_is_no_actor_of_its_own():
    found = kinds(
        "Joe Biden is running for president. Senator Joe Harlan denied that he made any deal about "
        "the Bidens during the call."
    )
    assert "Bidens" not in found and found.get("Joe Biden") == "Person"


def test_two_names_joined_by_a_hyphen_before_a_noun_are_a_pairing_not_an_actor():
    found = kinds(
        "Donald Trump spoke to Volodymyr Zelensky in July. The Trump-Ukraine call was described by "
        "Adam Schiff as a shakedown. Kim Jong-un met Moon Jae-in at the border. The Kim-Moon summit "
        "ended with a joint statement."
    )
    assert not {"Trump-Ukraine", "Kim-Moon"} & set(found)
    # a name that is two names joined stays one ("Guinea-Bissau", "Rolls-Royce")
    found = kinds("Officials from Guinea-Bissau met Warren East of Rolls-Royce in Berlin.")
    assert found.get("Guinea-Bissau") == "Country" and found.get("Rolls-Royce") == "Organization"


def test_a_plural_noun_of_people_opening_a_sentence_is_no_body():
    found = kinds(
        "Protesters said the police had used tear gas. Prosecutors said the men had laundered money "
        "through Malta. Reuters said the deal was worth $2 billion."
    )
    assert not {"Protesters", "Prosecutors"} & set(found)
    assert found.get("Reuters") == "Organization" and found.get("Malta") == "Country"


def test_a_well_known_bodys_name_runs_over_its_and_whatever_is_written_before_it():
    found = kinds(
        "Ford said in a filing to the U.S. Securities and Exchange Commission that it had disclosed "
        "the matter. Halvorsen Group bought Nordlys Media and Skyfall Records in 2018."
    )
    assert "Securities and Exchange Commission" in found
    assert not {"U.S. Securities", "Exchange Commission"} & set(found)
    # two companies' names over "and" are still two
    assert found.get("Nordlys Media") == found.get("Skyfall Records") == "Organization"


def test_a_unions_trades_listed_with_commas_before_and_are_one_name():
    # (round 51) the list's last trade ends in a company's head word ("Mining"), which read as two
    # companies' names either side of "and"
    found = kinds(
        "Officials met on Monday. The Timber, Transport, Mining and Energy Union's Karl Jensen says the pay "
        "offer is too low."
    )
    assert found.get("Timber, Transport, Mining and Energy Union") == "Organization"
    assert "Energy Union" not in found


def test_a_public_bodys_portfolios_joined_by_and_are_one_name():
    found = kinds(
        "Officials met on Monday. The Tarvik Securities and Investments Commission said it would appeal. "
        "The Nordic Water Resources and Energy Directorate issued a flood warning."
    )
    assert found.get("Tarvik Securities and Investments Commission") == "Organization"
    assert found.get("Nordic Water Resources and Energy Directorate") == "Organization"
    assert not {"Tarvik Securities", "Investments Commission", "Energy Directorate"} & set(found)


def test_a_party_named_before_a_lower_case_party_is_an_organisation():
    found = kinds(
        "Jeff Van Drew was expected to leave the Democratic party and join the Republican party. "
        "The Conservative party won a majority in the election, said Boris Johnson."
    )
    assert found.get("Democratic party") == found.get("Republican party") == "Organization"
    assert found.get("Conservative party") == "Organization"
    # a party's adjective alone names nothing
    assert not {"Democratic", "Republican", "Conservative"} & set(found)


def test_a_name_ending_in_race_or_competition_is_an_event():
    found = kinds("Karl Lind won the Tarvik Sea Race for the third time.")
    assert found.get("Tarvik Sea Race") == "Event" and found.get("Karl Lind") == "Person"


def test_a_name_before_scale_is_a_measure_not_an_actor():
    found = kinds(
        "Winds reached force 10 on the Beaufort scale off Shetland. Patients were assessed on the "
        "Glasgow Coma scale at Kelso Hospital."
    )
    assert not {"Beaufort", "Glasgow Coma", "Glasgow"} & set(found)
    assert found.get("Shetland") == "Place" and found.get("Kelso Hospital") == "Organization"


def test_a_storm_word_opens_a_storms_name_but_not_a_bodys():
    found = kinds(
        "Tropical Storm Barry could become a hurricane by Friday, the Hurricane Center in Miami said."
    )
    assert found.get("Tropical Storm Barry") == "Event"
    assert "Event" not in {kind for name, kind in found.items() if "Center" in name}


def test_a_name_before_a_lower_case_party_is_a_party():
    # (set as had this shape) the model reads the second mention, in a list, as a person's name
    found = kinds(
        "A week after the Shalem Hadash party left the government, parliament voted to dissolve. "
        "The government of Yesod, Shalem Hadash and Keshet had 62 seats."
    )
    assert found.get("Shalem Hadash") == "Organization"
    # control: a person's name before "party" stays a person ("the Anna Berg party" is hers)
    assert kinds("Anna Berg spoke. The Anna Berg party is split, she said.").get("Anna Berg") == "Person"


def test_a_local_office_or_caretaker_title_is_no_part_of_the_name():
    # (set au had these shapes) "Trustee X" and "Caretaker Minister" had become a person's name
    found = kinds(
        "The board voted on Monday. Trustee Halima Osei, one of two who voted no, said it was wrong. "
        "Alderman Pat Ruiz and Councilmember Dana Whitlock said the vote was fair."
    )
    assert found.get("Halima Osei") == "Person" and found.get("Pat Ruiz") == "Person"
    assert not [n for n in found if n.split()[0] in ("Trustee", "Alderman", "Councilmember")]
    found = kinds("Ministers met. Caretaker Minister Rania Haddad said on Tuesday that it was over.")
    assert "Caretaker Minister" not in found


def test_a_party_a_titled_person_and_a_short_title_split_from_what_the_model_joined():
    # (set au had these shapes) "the Labour Party and People Before Profit" read as one body; a body's
    # "of"-name run on over "and" into "Senator ..."; "Sgt." alone read as a person
    found = kinds(
        "The motion was backed by the Social Democratic Party and Voices for Change, which want a rent freeze."
    )
    assert found.get("Social Democratic Party") == "Organization"
    assert found.get("Voices for Change") == "Organization"
    found = kinds(
        "Messages came from the Council of Churches of Kenya and Senator Grace Wanjiku Mwangi, who "
        "called for an inquiry."
    )
    assert found.get("Council of Churches of Kenya") == "Organization"
    assert found.get("Grace Wanjiku Mwangi") == "Person"
    found = kinds("Union president Sgt. Dale Kowalczyk said members would meet.")
    assert found.get("Dale Kowalczyk") == "Person" and "Sgt" not in found
    # control: one body's portfolios joined by "and" stay one name
    assert "Ministry of Health and Social Affairs" in kinds(
        "The Ministry of Health and Social Affairs said so."
    )


def test_a_consortium_an_auction_house_and_a_wireless_firm_are_organisations():
    # (set as had these shapes) the model's ORG became a person by its opening given name, and a
    # name after "auction house" stayed the person the model said
    found = kinds("The licences went to Volta Wireless Limited and Savannah Telecom Consortium on Monday.")
    assert found.get("Savannah Telecom Consortium") == "Organization"
    found = kinds("Among the buyers was the Brussels auction house Huis Claessens-Mertens.")
    assert found.get("Huis Claessens-Mertens") == "Organization"
    # control: the White House stays itself, and a person after a plain noun stays a person
    assert kinds("Anna Berg, the house guest, said so.").get("Anna Berg") == "Person"


def test_a_place_s_possessive_after_and_opens_another_name():
    # (set as had this shape) "the University of Tasmania and Chile's Instituto ..." ran on over "and"
    found = kinds(
        "The survey is a joint effort of the University of Otago and Peru's Instituto del Mar, and ends in May."
    )
    assert found.get("University of Otago") == "Organization"
    assert not [n for n in found if n.endswith("and Peru")]


def test_a_road_named_by_the_places_it_joins_is_one_place():
    # (set as had this shape) the model read "Nairobi–Nakuru Highway" as a town and a road apart
    found = kinds("Traffic police stopped minibuses on the Kisumu–Kakamega Highway on Monday.")
    assert "Kisumu–Kakamega Highway" in found and "Kisumu" not in found
    # control: two places joined by a dash before a lower-case noun stay two places
    found = kinds("The Kisumu–Kakamega route was closed, police in Kisumu said.")
    assert found.get("Kisumu") == "Place"


def test_a_bodys_own_list_of_portfolios_stays_one_name():
    # (set aw had these shapes) split at the comma as if an opening phrase ended there, or at "and"
    # as if a company's name followed an institute's
    found = kinds("The Department for Levelling Up, Housing and Communities said the council would get help.")
    assert found.get("Department for Levelling Up, Housing and Communities") == "Organization"
    found = kinds("The Chilean Institute of Forestry and Renewable Natural Resources fined the company.")
    assert found.get("Chilean Institute of Forestry and Renewable Natural Resources") == "Organization"
    # control: an institution named by its place, then a company, are two
    found = kinds("The dive was run by the University of Kelso and Coral Bay Expeditions last year.")
    assert found.get("Coral Bay Expeditions") == "Organization"


def test_a_medicine_named_in_lower_case_by_its_stem_is_a_product():
    # (set aw had this shape) generic names the model leaves untagged: their stems say what they are
    found = kinds("Patients taking candesartan or lisinopril should not stop, the regulator said.")
    assert found.get("candesartan") == "Product" and found.get("lisinopril") == "Product"
    # control: ordinary lower-case words are no products
    assert not [
        n for n, k in kinds("The committee approved the proposal in April.").items() if k == "Product"
    ]


@pytest.mark.parametrize(
    "text, district",
    [
        ("Bishop Jean Martin of the Nakuru diocese led the procession.", "Nakuru diocese"),
        ("The relic belongs to the diocese of Cahors, which keeps it in the cathedral.", "diocese of Cahors"),
        (
            "Father Ruiz, the priest of São Sebastião parish, said the church would reopen.",
            "São Sebastião parish",
        ),
    ],
)
def test_a_church_district_named_in_lower_case_by_its_place_is_an_organisation(text, district):
    # (seen in dev articles read with recognisers that had not learned them) the place names the
    # district, which has its bishop or priest; the place alone is named there no more
    found = kinds(text)
    assert found.get(district) == "Organization"
    assert district.replace("diocese of ", "").replace(" diocese", "").replace(" parish", "") not in found


def test_a_place_before_a_capitalised_parish_stays_a_place():
    # control: "Jefferson Parish" is a county of Louisiana, written as a name
    assert kinds("Jefferson Parish officials said the levee held.").get("Jefferson Parish") == "Place"


@pytest.mark.parametrize(
    "text, relatives",
    [
        ("He leaves two daughters, Aurelia and Georgina, and a son.", ["Aurelia", "Georgina"]),
        ("Among the dead were Paris Ortiz and her cousins, Victoria and Adelaide.", ["Victoria", "Adelaide"]),
        (
            "She is survived by her husband, Tomas Berg, and their children, Lorenzo, Savannah and Marisol.",
            ["Lorenzo", "Savannah", "Marisol"],
        ),
    ],
)
def test_given_names_listed_after_a_plural_word_of_kin_are_people(text, relatives):
    # (a dev obituary read with recognisers that had not learned it listed a son as a place) kin
    # are named by their given names, which the model often takes for towns
    found = kinds(text)
    assert {name: found.get(name) for name in relatives} == dict.fromkeys(relatives, "Person")


def test_places_listed_after_a_plural_noun_that_is_no_kin_stay_places():
    # control: the same list after "cities" names places
    found = kinds("The company has offices in two cities, Savannah and Adelaide.")
    assert found.get("Savannah") == "Place" and found.get("Adelaide") == "Place"


def test_a_given_name_listed_with_a_person_is_a_person():
    # a list names things of one kind: "Georgina" beside a person is no town
    assert kinds("Speakers included Tomas Berg and Georgina, a local farmer.").get("Georgina") == "Person"
    # control: a list of bodies names no person
    assert kinds("The firm's subsidiaries, Halvorsen and Nordlys, were sold.").get("Nordlys") != "Person"


def test_a_court_cases_name_is_no_actor_but_its_parties_are():
    from graph.extract.actors import _good_name

    # as the model read "In Cascade Mail Pharmacy v. Tolliver, the court ruled": one name
    assert not _good_name("Halvia Mail Pharmacy v. Lindqvist")
    assert not _good_name("Roe vs. Wade") and not _good_name("Berg v Nordlys Shipping")
    assert _good_name("Halvia Mail Pharmacy") and _good_name("Vitamin V Labs")


def test_a_place_a_title_and_its_holder_run_into_one_name_are_a_place_and_a_person():
    found = kinds(
        "It named Idaho Attorney General Renata Tolliver, whose office defends state laws, as the respondent."
    )
    assert found.get("Idaho") == "Place" and found.get("Renata Tolliver") == "Person"
    assert "Idaho Attorney General Renata Tolliver" not in found
