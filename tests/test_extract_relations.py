"""Typed relations: each pattern and rule of graph.extract.relations on short made-up sentences (none
taken from the gold articles), each asserting the relation it names; guards are shown against a
control sentence where the same words do give the relation."""

from __future__ import annotations

import pytest

from graph.extract.pipeline import extract
from graph.model import Article


def typed(text: str, title: str = "News") -> set[tuple[str, str, str]]:
    """(source name, type, target name) of the typed relations extracted from ``text``."""
    ext = extract(Article.from_fields(title, text))
    names = {e.id: e.name for e in ext.entities}
    return {
        (names.get(r.source, r.source), r.type, names.get(r.target, r.target))
        for r in ext.relations
        if r.type != "CO_MENTIONED"
    }


def spoke(found, a: str, b: str) -> bool:
    return any({s, o} == {a, b} and t == "SPOKE_WITH" for s, t, o in found)


# -- titles and appositions ------------------------------------------------------------------------


def test_title_before_the_name_gives_its_type_to_the_of_organisation():
    found = typed("On Tuesday, Director Maria Lindqvist of the Nordic Geological Survey presented the map.")
    assert ("Maria Lindqvist", "LEADS", "Nordic Geological Survey") in found
    assert ("Maria Lindqvist", "AFFILIATED_WITH", "Nordic Geological Survey") not in found


def test_name_with_of_organisation_and_no_title_is_affiliated():
    found = typed("Maria Lindqvist of the Nordic Geological Survey presented the map.")
    assert ("Maria Lindqvist", "AFFILIATED_WITH", "Nordic Geological Survey") in found
    assert not any(t == "LEADS" for _, t, _ in found)


def test_organisation_and_role_before_the_name():
    assert ("Lena Ortiz", "SPOKESPERSON_FOR", "Treasury") in typed(
        "Treasury spokeswoman Lena Ortiz said the bonds were sold out."
    )
    assert ("Paul Meyer", "WORKS_FOR", "Siemens") in typed("Siemens engineer Paul Meyer fixed the turbine.")


def test_a_title_fused_into_the_name_is_taken_off_and_typed():
    found = typed("White House Deputy Press Secretary Ana Ruiz said the talks had ended.")
    assert ("Ana Ruiz", "SPOKESPERSON_FOR", "White House") in found


def test_a_role_held_as_the_verbs_complement():
    assert ("Maria Ortiz", "LEADS", "Denver") in typed("Maria Ortiz was mayor of Denver from 2003 to 2011.")
    found = typed("Maria Ortiz has served as mayor of Denver and governor of Colorado.")
    assert {("Maria Ortiz", "LEADS", "Denver"), ("Maria Ortiz", "LEADS", "Colorado")} <= found
    assert ("Maria Ortiz", "AFFILIATED_WITH", "Oberlin College") in typed(
        "Maria Ortiz is a professor at Oberlin College."
    )


def test_a_former_role_still_counts():
    assert ("Paul Meyer", "WORKS_FOR", "Siemens") in typed(
        "Former Siemens engineer Paul Meyer fixed the turbine."
    )


def test_apposition_title_the_parser_reads_as_a_name():
    found = typed("At the opening, Tomas Varga, the Speaker of the National Assembly, read the agenda.")
    assert ("Tomas Varga", "LEADS", "National Assembly") in found


def test_a_speaker_leads_the_chamber_not_the_country():
    found = typed(
        "Lena Holm, the Speaker of Sweden, met the press; Ola Berg, the president of Sweden, did not."
    )
    assert ("Lena Holm", "LEADS", "Sweden") not in found
    assert ("Ola Berg", "LEADS", "Sweden") in found


def test_apposition_two_word_title_director_general():
    found = typed("Ngozi Adeyemi, Director General of the Lagos Institute of Medicine, opened the clinic.")
    assert ("Ngozi Adeyemi", "LEADS", "Lagos Institute of Medicine") in found


def test_hyphenated_director_general_leads():
    found = typed("Tedros Adhanom Ghebreyesus, the Director-General of the World Health Organization, spoke.")
    assert ("Tedros Adhanom Ghebreyesus", "LEADS", "World Health Organization") in found


def test_a_branch_director_works_for_the_organisation_without_leading_it():
    found = typed("Peter Kamau, the Nairobi director of Oxfam International, counted the tents.")
    assert ("Peter Kamau", "WORKS_FOR", "Oxfam International") in found
    assert ("Peter Kamau", "LEADS", "Oxfam International") not in found


def test_a_function_director_works_for_the_organisation():
    found = typed("Elena Rossi, finance director of Greenpeace, said the ship had been sold.")
    assert ("Elena Rossi", "WORKS_FOR", "Greenpeace") in found
    assert ("Elena Rossi", "LEADS", "Greenpeace") not in found


def test_a_director_is_one_of_the_board():
    found = typed("The dead included Omar Haddad, a director of the Arab Potash Company.")
    assert ("Omar Haddad", "WORKS_FOR", "Arab Potash Company") in found
    assert not any(t == "LEADS" for _, t, _ in found)


def test_graduate_and_employee_in_an_apposition():
    found = typed("Dana Whitfield, a graduate of Oberlin College, said it was over.")
    assert ("Dana Whitfield", "AFFILIATED_WITH", "Oberlin College") in found
    found = typed("Priya Nair, an employee of Siemens, said the plant was closed.")
    assert ("Priya Nair", "WORKS_FOR", "Siemens") in found


def test_the_role_first_and_the_name_in_apposition():
    found = typed("Portugal's president, Marcelo Costa, opened the summit on Monday.")
    assert ("Marcelo Costa", "LEADS", "Portugal") in found


def test_the_countrys_president_is_the_country_named_before_in_the_sentence():
    found = typed("Chile held elections, and the country's president, Marcelo Rojas, conceded on Monday.")
    assert ("Marcelo Rojas", "LEADS", "Chile") in found


def test_a_demonym_names_no_state_of_the_sentence():
    found = typed("Chile held elections. The Chilean president, Marcelo Rojas, conceded on Monday.")
    assert ("Marcelo Rojas", "LEADS", "Chile") not in found
    found = typed("Chile's president, Marcelo Rojas, conceded on Monday.")
    assert ("Marcelo Rojas", "LEADS", "Chile") in found


def test_a_plural_title_before_names_is_a_class_not_an_office():
    found = typed("Former US presidents Jimmy Carter and Bill Clinton visited the United States Senate.")
    assert not any(t == "LEADS" for _, t, _ in found)


def test_bare_role_joined_to_the_name():
    found = typed(
        "Laura Benning of Stanford University and contributor to Wired wrote that the rule was vague."
    )
    assert ("Laura Benning", "AFFILIATED_WITH", "Stanford University") in found
    assert ("Laura Benning", "AFFILIATED_WITH", "Wired") in found


def test_other_people_joined_to_the_name_are_not_her_role():
    found = typed("Laura Benning and officials of Microsoft met on Friday.")
    assert ("Laura Benning", "WORKS_FOR", "Microsoft") not in found
    found = typed("Laura Benning, an official of Microsoft, met them on Friday.")
    assert ("Laura Benning", "WORKS_FOR", "Microsoft") in found


def test_ambassador_to_a_country_does_not_work_for_it():
    found = typed("Carl Hendricks, ambassador to Germany, left Berlin on Friday.")
    assert ("Carl Hendricks", "WORKS_FOR", "Germany") not in found
    found = typed("Carl Hendricks, adviser to Siemens, left Berlin on Friday.")
    assert ("Carl Hendricks", "WORKS_FOR", "Siemens") in found


def test_two_roles_joined_share_the_organisation():
    found = typed("Anna Berg, the treasurer and spokesperson of the Alpine Club, answered questions.")
    assert ("Anna Berg", "SPOKESPERSON_FOR", "Alpine Club") in found
    found = typed("The letter named Anna Berg, the chair and spokesperson for the Alpine Club, as author.")
    assert ("Anna Berg", "LEADS", "Alpine Club") in found
    assert ("Anna Berg", "SPOKESPERSON_FOR", "Alpine Club") in found


def test_a_role_between_two_people_goes_to_no_one_elses_organisation():
    found = typed("Anna Berg, the chair, and Tom Lee of the Green Party met.")
    assert ("Anna Berg", "LEADS", "Green Party") not in found
    assert ("Tom Lee", "AFFILIATED_WITH", "Green Party") in found


def test_a_legislators_state_is_a_constituency_not_a_membership():
    found = typed("Ohio Senator Rob Portman and Senator Ann Lee of the Green Party spoke on Monday.")
    assert ("Rob Portman", "MEMBER_OF", "Ohio") not in found
    assert ("Ann Lee", "MEMBER_OF", "Green Party") in found


def test_majority_leader_does_not_lead_the_chamber():
    found = typed("Mitch McConnell, the Senate Majority Leader, said the vote would wait.")
    assert ("Mitch McConnell", "LEADS", "Senate") not in found
    assert ("Mitch McConnell", "MEMBER_OF", "Senate") in found  # a party's leader in it sits in it
    found = typed("Mitch McConnell, the leader of the Senate, said the vote would wait.")
    assert ("Mitch McConnell", "LEADS", "Senate") in found


def test_a_title_without_the_acronym_names_no_organisation():
    text = "The United States Coast Guard (USCG) rescued two fishermen off Maine. {} said both were well."
    assert ("Carla Diaz", "WORKS_FOR", "United States Coast Guard") in typed(
        text.format("USCG Officer Carla Diaz")
    )
    assert not any(t == "WORKS_FOR" for _, t, _ in typed(text.format("Officer Carla Diaz")))


def test_office_holders_listed_with_their_states_are_paired_in_order():
    found = typed(
        "The talks brought together the foreign ministers of Chile, Peru and Bolivia, "
        "Carlos Ruiz, Luis Vega and Rosa Mamani."
    )
    assert {("Luis Vega", "WORKS_FOR", "Peru"), ("Rosa Mamani", "WORKS_FOR", "Bolivia")} <= found
    assert ("Luis Vega", "WORKS_FOR", "Chile") not in found


def test_respectively_pairs_names_with_states_in_order():
    found = typed("Ministers Anna Berg and Olaf Lind of Sweden and Norway, respectively, signed the pact.")
    assert ("Anna Berg", "WORKS_FOR", "Sweden") in found and ("Olaf Lind", "WORKS_FOR", "Norway") in found
    assert ("Anna Berg", "WORKS_FOR", "Norway") not in found


# -- places ----------------------------------------------------------------------------------------


def test_named_place_modifying_an_organisation_through_its_noun():
    found = typed("Investors backed the Ohio carmaker Lordstown Motors last year.")
    assert ("Lordstown Motors", "LOCATED_IN", "Ohio") in found


def test_demonym_modifying_an_organisation_is_no_location():
    found = typed("Investors backed the Swedish carmaker Volvo Cars last year, Sweden said.")
    assert ("Volvo Cars", "LOCATED_IN", "Sweden") not in found


def test_organisation_of_a_state_after_its_whole_name():
    found = typed("A ruling by the High Court (Hoejesteret) of Denmark ended the case.")
    assert ("High Court", "LOCATED_IN", "Denmark") in found
    found = typed("The Constitutional Court of Portugal rejected the appeal on Friday.")
    assert not any(t == "LOCATED_IN" for _, t, _ in found)  # inside the name: no relation


def test_an_organisation_in_a_place():
    assert ("Chilean embassy", "LOCATED_IN", "Lima") in typed(
        "Protesters gathered outside the Chilean embassy in Lima on Friday."
    )


def test_near_or_on_is_not_in():
    found = typed("The ship sank near Malta, and another ran aground on Crete.")
    assert not any(t == "LOCATED_IN" for _, t, _ in found)


def test_a_city_in_apposition_with_its_country():
    assert ("Mumbai", "LOCATED_IN", "India") in typed("Mumbai, a city in India, lost power on Monday.")


def test_the_state_city_of_place():
    found = typed("Fans flew in for the final in the Canadian city of Toronto, which is in Canada.")
    found |= typed("The jury met in the Canada city of Toronto last week.")
    assert ("Toronto", "LOCATED_IN", "Canada") in found


def test_a_list_of_cities_in_a_country():
    found = typed("Storms hit the cities of Lyon, Nantes, and Marseille in France on Sunday.")
    for city in ("Lyon", "Nantes"):
        assert (city, "LOCATED_IN", "France") in found


def test_a_list_of_places_without_a_place_noun_gives_in_to_each():
    # (round 51) once kept on the last name only; the read gold gives "in" to every place of such a
    # list (a list of people "in" a place is not placed: see the FORMS table)
    found = typed("Storms hit Lyon, Nantes, and Marseille in France on Sunday.")
    for city in ("Lyon", "Nantes", "Marseille"):
        assert (city, "LOCATED_IN", "France") in found


def test_a_place_with_its_region_after_a_comma():
    assert ("Boulder", "LOCATED_IN", "Colorado") in typed(
        "The festival opens in Boulder, Colorado, on Friday."
    )


def test_a_second_in_place_places_the_first_place_not_the_thing():
    found = typed(
        "Rangers freed the bison on the Pine Creek Reservation in Montana in the western United States."
    )
    assert ("Pine Creek Reservation", "LOCATED_IN", "Montana") in found
    assert ("Montana", "LOCATED_IN", "United States") in found
    assert ("Pine Creek Reservation", "LOCATED_IN", "United States") not in found
    # two things each in its own place: neither place is in the other
    found = typed("Floods closed two schools in Lyon and Dunmore Hall in Nantes on Sunday.")
    assert ("Lyon", "LOCATED_IN", "Nantes") not in found


def test_a_town_its_state_and_a_region_after_commas_chain():
    found = typed("Firefighters in Dunmore, Vermont, in the northeastern United States, saved the barn.")
    assert ("Dunmore", "LOCATED_IN", "Vermont") in found
    assert ("Vermont", "LOCATED_IN", "United States") in found
    assert ("Dunmore", "LOCATED_IN", "United States") not in found


def test_a_list_of_places_ending_with_the_and_a_name_is_no_place_in_another():
    found = typed("The agency will recruit nurses from across South America, Europe and the Middle East.")
    assert ("South America", "LOCATED_IN", "Europe") not in found
    # "and the" before a common noun ends the names: the place is in the state before it
    found = typed("Karl Jensen was born in Dayton, Ohio and the son of a baker.")
    assert ("Dayton", "LOCATED_IN", "Ohio") in found


def test_a_list_of_places_with_two_spaces_before_its_last_is_still_a_list():
    found = typed("Floods left 300 people homeless in Dayton, Toledo and  Akron on Sunday.")
    assert ("Dayton", "LOCATED_IN", "Toledo") not in found
    assert ("Toledo", "LOCATED_IN", "Akron") not in found


def test_what_a_name_did_in_a_place_does_not_place_the_name():
    found = typed(
        "Auditors found heavy losses by Acme Corporation in the United States and the United Kingdom."
    )
    assert ("Acme Corporation", "LOCATED_IN", "United States") not in found
    assert ("Acme Corporation", "LOCATED_IN", "United Kingdom") not in found
    # control: a name listed with "including" is in the place after it
    found = typed(
        "Two towns, including Makilala in the province of North Cotabato, declared a state of calamity."
    )
    assert ("Makilala", "LOCATED_IN", "North Cotabato") in found


def test_a_place_on_a_coast_is_in_whose_coast_it_is():
    found = typed("The ferry was towed to Port Arlen on Tasmania's east coast after losing its rudder.")
    assert ("Port Arlen", "LOCATED_IN", "Tasmania") in found
    found = typed("Fog closed the airport in Haldon on the south coast of England.")
    assert ("Haldon", "LOCATED_IN", "England") in found
    found = typed("The storm made landfall near Sauville, on Grenada's northern coast, before dawn.")
    assert ("Sauville", "LOCATED_IN", "Grenada") in found
    # a coast named by the sea it faces is still the country's
    found = typed("Pereira was born in Porto Belo, a fishing town on Brazil's Atlantic coast.")
    assert ("Porto Belo", "LOCATED_IN", "Brazil") in found
    assert not any(o == "Atlantic" for _, t, o in found if t == "LOCATED_IN")


def test_a_coast_phrase_after_other_words_places_nothing():
    # control: "on the coast" right after the place places it
    assert ("Port Arlen", "LOCATED_IN", "Tasmania") in typed(
        "The yacht sailed to Port Arlen on Tasmania's coast."
    )
    found = typed("The yacht sailed to Port Arlen on Monday on Tasmania's coast.")
    assert ("Port Arlen", "LOCATED_IN", "Tasmania") not in found


def test_a_place_with_its_state_before_a_name_that_is_no_place():
    found = typed("According to police in Boulder, Colorado, Karl Jensen had been warned twice.")
    assert ("Boulder", "LOCATED_IN", "Colorado") in found
    found = typed("Storms hit Boulder, Denver, and Aspen on Sunday.")
    assert not any(t == "LOCATED_IN" for _, t, _ in found)


def test_a_state_possessive_locates_a_place():
    assert ("Helmand", "LOCATED_IN", "Afghanistan") in typed(
        "Fighting spread across Afghanistan's Helmand province."
    )


def test_a_state_the_name_starts_with_is_inside_the_name():
    found = typed("A letter from the United States Department of Energy reached the mayor.")
    assert not any(t == "LOCATED_IN" for _, t, _ in found)


def test_a_named_district_of_a_state_is_no_place_noun():
    found = typed("He was tried in the Northern District of Ohio in 2016.")
    assert ("Ohio", "LOCATED_IN", "Northern District") not in found


def test_the_area_of_a_state_is_in_the_state():
    found = typed("Power was cut for customers in the Seattle area of Washington on Tuesday.")
    assert ("Washington", "LOCATED_IN", "Seattle") not in found


def test_based_in_a_place():
    assert ("Boeing", "LOCATED_IN", "Seattle") in typed("Seattle-based Boeing reported a loss on Wednesday.")


def test_a_place_possessive_locates_an_organisation():
    assert ("NHK", "LOCATED_IN", "Tokyo") in typed("Tokyo's public broadcaster, NHK, confirmed the visit.")
    assert ("Ericsson Group", "LOCATED_IN", "Sweden") in typed("Sweden's Ericsson Group cut jobs.")


# -- talking ---------------------------------------------------------------------------------------


def test_speaking_to_a_named_medium():
    found = typed("Sarah Whitfield of the University of Leeds, speaking to CNN, said the law was unclear.")
    assert spoke(found, "Sarah Whitfield", "CNN")


def test_speaking_to_a_medium_before_the_clause():
    assert spoke(
        typed("Speaking to Reuters, Sarah Whitfield said the law was unclear."), "Sarah Whitfield", "Reuters"
    )


def test_writing_to_someone_is_not_speaking():
    found = typed("Sarah Whitfield wrote to Reuters that the law was unclear.")
    assert not spoke(found, "Sarah Whitfield", "Reuters")
    assert spoke(typed("Sarah Whitfield talked to Reuters about the law."), "Sarah Whitfield", "Reuters")


def test_a_paper_published_an_interview():
    assert spoke(
        typed("Reuters published an interview with Karl Jensen on Sunday."), "Reuters", "Karl Jensen"
    )


def test_interviewed_by_a_medium():
    found = typed("When interviewed by the BBC, Karl Jensen said the plan would fail.")
    assert spoke(found, "BBC", "Karl Jensen")


def test_an_interview_about_someone_is_not_with_them():
    assert not spoke(typed("Reuters published an article about Karl Jensen."), "Reuters", "Karl Jensen")


def test_in_an_interview_with_a_medium():
    found = typed("In an interview with the BBC, Karl Jensen said the plan would fail.")
    assert spoke(found, "BBC", "Karl Jensen")


def test_met_with_and_met_each_other():
    assert spoke(
        typed("Angela Merkel met with Emmanuel Macron in Paris."), "Angela Merkel", "Emmanuel Macron"
    )
    assert spoke(typed("Angela Merkel and Emmanuel Macron met in Paris."), "Angela Merkel", "Emmanuel Macron")


def test_in_a_call_with():
    found = typed("In a call with Angela Merkel on Tuesday, Emmanuel Macron discussed the budget.")
    assert spoke(found, "Angela Merkel", "Emmanuel Macron")


def test_a_call_for_someone_is_no_conversation():
    found = typed("In a call for unity, Emmanuel Macron praised Angela Merkel.")
    assert not spoke(found, "Angela Merkel", "Emmanuel Macron")


def test_talks_between_two_sides():
    found = typed("The talks between Angela Merkel and Emmanuel Macron lasted two hours.")
    assert spoke(found, "Angela Merkel", "Emmanuel Macron")


# -- leading ---------------------------------------------------------------------------------------


def test_organisation_led_by_a_person_as_a_participle():
    found = typed("The Green Party, led by Martina Koller, won four seats in Austria.")
    assert ("Martina Koller", "LEADS", "Green Party") in found


def test_organisation_led_by_a_person_in_the_passive():
    found = typed("Since March the Coastal Fisheries Board has been led by Maria Santos.")
    assert ("Maria Santos", "LEADS", "Coastal Fisheries Board") in found


def test_who_heads_relative_clause():
    found = typed("The plan was drafted by Martina Koller, who heads the Green Party, on Monday.")
    assert ("Martina Koller", "LEADS", "Green Party") in found


def test_who_heads_a_clause_about_someone_else():
    found = typed("Martina Koller met the man who heads the Green Party on Monday.")
    assert ("Martina Koller", "LEADS", "Green Party") not in found


def test_person_who_runs_an_organisation():
    found = typed("Greta Lind, who runs Nordvik Shipping, said the port was closed.")
    assert ("Greta Lind", "LEADS", "Nordvik Shipping") in found


def test_running_a_race_is_not_leading():
    found = typed("Greta Lind ran the Boston Marathon in 2019.")
    assert not any(t == "LEADS" for _, t, _ in found)


def test_taking_an_office_of_a_state():
    found = typed("In 2014, when Angela Merkel took the chancellorship of Germany again, the reforms began.")
    assert ("Angela Merkel", "LEADS", "Germany") in found
    found = typed("Robert Fico regained the prime ministry of Slovakia in 2023.")
    assert ("Robert Fico", "LEADS", "Slovakia") in found


def test_seeking_an_office_or_a_plain_ministry_is_no_leadership():
    found = typed("Matteo Renzi sought the premiership of Italy in 2014.")
    assert ("Matteo Renzi", "LEADS", "Italy") not in found
    found = typed("Robert Fico took the ministry of Slovakia to court.")
    assert ("Robert Fico", "LEADS", "Slovakia") not in found


# -- jobs, teams, owners ---------------------------------------------------------------------------


def test_works_for_and_plays_for():
    found = typed("Kate Morgan, who works for Boeing, declined to comment.")
    assert ("Kate Morgan", "WORKS_FOR", "Boeing") in found
    found = typed("Serena Okafor, who plays for the Chicago Bulls, scored twice.")
    assert ("Serena Okafor", "MEMBER_OF", "Chicago Bulls") in found


def test_works_with_is_no_job():
    found = typed("Kate Morgan works with Boeing on the new wing.")
    assert ("Kate Morgan", "WORKS_FOR", "Boeing") not in found


def test_passive_acquisition():
    assert ("Google", "OWNS", "YouTube") in typed("YouTube was acquired by Google in 2006.")
    assert ("Facebook", "OWNS", "Instagram") in typed("Instagram, bought by Facebook in 2012, grew fast.")


def test_passive_of_another_verb_is_no_acquisition():
    found = typed("YouTube was fined by Google in 2006.")
    assert not any(t == "OWNS" for _, t, _ in found)


def test_company_which_bought_another():
    found = typed("Shares of Halvorsen Group, which bought Nordic Timber Inc. last year, fell.")
    assert ("Halvorsen Group", "OWNS", "Nordic Timber Inc.") in found


def test_an_owner_dashed_onto_owned():
    assert ("Comcast", "OWNS", "NBC") in typed("Comcast-owned NBC aired the debate on Tuesday.")


def test_a_possessive_between_organisations_is_ownership():
    assert ("Alphabet", "OWNS", "YouTube") in typed("Alphabet's YouTube removed the video.")


def test_a_possessive_inside_a_name_is_no_ownership():
    found = typed("The Farmers' Party and the Workers' Union marched through Lima.")
    assert not any(t == "OWNS" for _, t, _ in found)
    found = typed("The dinner was held at Fishmongers' Hall in London.")
    assert not any(o == "Fishmongers" for _, _, o in found)


def test_ownership_moved_from_one_owner():
    found = typed("Regulators transferred ownership of Instagram from Facebook to a trust.")
    assert ("Facebook", "OWNS", "Instagram") in found


# -- issue 13: more forms of place, tie and job ----------------------------------------------------


def test_a_place_said_to_be_in_another():
    # (a lower-case bearing is no part of the place's name: the gold writes "London")
    assert ("Heathrow Airport", "LOCATED_IN", "London") in typed("Heathrow Airport is in west London.")
    found = typed("Heathrow Airport, located in west London, reopened on Monday.")
    assert ("Heathrow Airport", "LOCATED_IN", "London") in found


def test_a_place_said_to_be_near_another_is_not_in_it():
    found = typed("Heathrow Airport is near west London.")
    assert ("Heathrow Airport", "LOCATED_IN", "London") not in found


def test_a_place_followed_by_its_region_after_a_comma():
    assert ("Basra", "LOCATED_IN", "Iraq") in typed("Protests were not reported in Basra, in southern Iraq.")


def test_a_second_in_phrase_without_the_comma_pair_places_nothing():
    found = typed("Protests were reported in Basra on Monday and in Iraq on Tuesday.")
    assert ("Basra", "LOCATED_IN", "Iraq") not in found


def test_an_organisation_linked_to_another():
    found = typed("The Quds Force, which is linked to Hezbollah, denied the attack.")
    assert ("Quds Force", "AFFILIATED_WITH", "Hezbollah") in found


def test_linked_to_a_place_is_no_affiliation():
    found = typed("The Quds Force, which is linked to Lebanon, denied the attack.")
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found)


def test_working_at_a_named_place():
    found = typed("Rosa Diaz, who works at Heathrow Airport as a cleaner, saw the fire.")
    assert ("Rosa Diaz", "WORKS_FOR", "Heathrow Airport") in found
    found = typed("Rosa Diaz, who works in Heathrow Airport on weekends, saw the fire.")
    assert ("Rosa Diaz", "WORKS_FOR", "Heathrow Airport") not in found


def test_a_person_of_a_places_public_body_works_for_the_place():
    found = typed("Ahmad Karimi, of the Kandahar provincial council, counted the votes on Tuesday.")
    assert ("Ahmad Karimi", "WORKS_FOR", "Kandahar") in found
    found = typed(
        "Maria Lopez, a spokeswoman for the police department of Nairobi, said the road was closed."
    )
    assert ("Maria Lopez", "WORKS_FOR", "Nairobi") in found
    # a named organisation is the employer itself, not the place on its name
    found = typed("Ahmad Karimi, of the Kandahar Provincial Council, counted the votes on Tuesday.")
    assert ("Ahmad Karimi", "WORKS_FOR", "Kandahar") not in found


def test_a_name_run_on_into_the_role_word_is_not_the_roles_owner():
    found = typed("Royal Navy Commandant Admiral Lars Berg ordered a search.")
    assert not any(s == "Lars Berg" and o.endswith("Commandant") for s, _, o in found)
    assert ("Lars Berg", "LEADS", "Royal Navy") in typed("Royal Navy commandant Lars Berg ordered a search.")


def test_the_subject_of_what_was_told_is_no_hearer():
    found = typed("Karl Jensen told the inquiry, Tom Berg and Lise Holm were at the meeting.")
    assert not spoke(found, "Karl Jensen", "Tom Berg")
    assert not spoke(found, "Karl Jensen", "Lise Holm")
    # control: a hearer named in apposition, then what was told with its own subject
    assert spoke(typed("Karl Jensen told his lawyer, Tom Berg, he was innocent."), "Karl Jensen", "Tom Berg")


def test_meeting_inside_a_participle_clause_is_the_sentence_subjects():
    found = typed("Speaking to reporters after meeting with Karl Jensen, Anna Berg said the talks went well.")
    assert spoke(found, "Anna Berg", "Karl Jensen")


def test_a_person_met_or_called_by_another_spoke_with_them():
    assert spoke(typed("Anna Berg was called by Karl Jensen on Monday."), "Anna Berg", "Karl Jensen")
    assert spoke(typed("Anna Berg was met by Karl Jensen at the airport."), "Anna Berg", "Karl Jensen")
    # named something by another is no call
    assert not spoke(typed("Anna Berg was called a traitor by Karl Jensen."), "Anna Berg", "Karl Jensen")


def test_calling_someone_something_is_no_call():
    found = typed('State party chief Anil Rao called Maria Silva "a true friend" on Monday.')
    assert not spoke(found, "Anil Rao", "Maria Silva")
    assert spoke(typed("Anil Rao called Maria Silva on Monday."), "Anil Rao", "Maria Silva")


def test_in_after_a_gathering_of_an_organisation_places_the_gathering():
    found = typed("The annual meeting of the American Chemical Society in Denver drew many.")
    assert ("American Chemical Society", "LOCATED_IN", "Denver") not in found
    found = typed("The headquarters of the American Chemical Society in Denver closed.")
    assert ("American Chemical Society", "LOCATED_IN", "Denver") in found


def test_a_nationality_before_a_role_is_no_affiliation():
    found = typed("Canadian-US scientist Jim Peebles won the prize.")
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found)
    found = typed("Stanford University scientist Jim Peebles won the prize.")
    assert ("Jim Peebles", "AFFILIATED_WITH", "Stanford University") in found


def test_telling_a_medium_as_the_verbs_indirect_object():
    found = typed(
        "Jasim Uddin, a spokesperson for the fire service, told the Associated Press four victims died."
    )
    assert spoke(found, "Jasim Uddin", "Associated Press")
    found = typed("Jasim Uddin was told by his doctor that the Associated Press had called.")
    assert not spoke(found, "Jasim Uddin", "Associated Press")


def test_remarks_to_a_medium():
    found = typed("Ted Morris, in remarks to ABC News, said the plan was good.")
    assert spoke(found, "Ted Morris", "ABC News")
    found = typed("In a letter to ABC News, Ted Morris said the plan was good.")
    assert not spoke(found, "Ted Morris", "ABC News")


def test_ruling_a_country_is_leading_it():
    assert ("Robert Mugabe", "LEADS", "Zimbabwe") in typed("Robert Mugabe ruled Zimbabwe for 37 years.")
    found = typed("Robert Mugabe said the court in Zimbabwe ruled against him.")
    assert ("Robert Mugabe", "LEADS", "Zimbabwe") not in found


def test_a_role_taken_with_as():
    found = typed("Wanda Vazquez was sworn in as governor of Puerto Rico on Friday.")
    assert ("Wanda Vazquez", "LEADS", "Puerto Rico") in found
    found = typed("Wanda Vazquez was sworn in as a witness in Puerto Rico on Friday.")
    assert not any(s == "Wanda Vazquez" and o == "Puerto Rico" for s, _, o in found)


def test_judges_work_for_their_court_and_the_chief_justice_leads_it():
    found = typed("John Stevens, a former associate justice of the US Supreme Court, died.")
    assert ("John Stevens", "WORKS_FOR", "US Supreme Court") in found
    found = typed("Chief Justice John Roberts of the Supreme Court spoke.")
    assert ("John Roberts", "LEADS", "Supreme Court") in found


def test_a_title_with_its_state_before_the_name():
    assert ("Greg Abbott", "LEADS", "Texas") in typed("Governor of Texas Greg Abbott visited Paris.")
    found = typed("Governor Greg Abbott of Austin visited Paris.")
    assert ("Greg Abbott", "LEADS", "Austin") not in found


def test_a_persons_spokesperson_speaks_for_them_and_no_other_role_is_held_in_a_person():
    found = typed("Mayor Lena Vogt's spokesman, Jonas Berg, said so.")
    assert ("Jonas Berg", "SPOKESPERSON_FOR", "Lena Vogt") in found
    found = typed("Sadie Weiner, Senator Kay Hagan's former spokeswoman, said so.")
    assert ("Sadie Weiner", "SPOKESPERSON_FOR", "Kay Hagan") in found
    found = typed("Mayor Lena Vogt's adviser, Jonas Berg, said so.")
    assert not any(s == "Jonas Berg" and o == "Lena Vogt" for s, _, o in found)


def test_a_parent_company_owns_and_a_subsidiary_is_owned():
    found = typed("Alphabet, the parent company of Google, reported earnings.")
    assert ("Alphabet", "OWNS", "Google") in found
    found = typed("Google's parent company Alphabet reported earnings.")
    assert ("Alphabet", "OWNS", "Google") in found
    found = typed("YouTube, a subsidiary of Google, removed the video.")
    assert ("Google", "OWNS", "YouTube") in found
    assert ("Google", "OWNS", "YouTube") in typed("YouTube is a subsidiary of Google.")
    found = typed("Halvorsen Group is the parent company of Nordlys Media.")
    assert ("Halvorsen Group", "OWNS", "Nordlys Media") in found


def test_a_rival_company_owns_nothing():
    assert not any(t == "OWNS" for _, t, _ in typed("Alphabet, the rival of Google, reported earnings."))
    assert not any(t == "OWNS" for _, t, _ in typed("Google's rival company Alphabet reported earnings."))


def test_the_role_of_an_organisation_then_the_name_after_a_comma():
    found = typed("The chief executive of Apple, Tim Cook, said sales fell.")
    assert ("Tim Cook", "LEADS", "Apple") in found
    found = typed("The chief executive of Apple, a company in California, said sales fell.")
    assert not any(t == "LEADS" for _, t, _ in found)


def test_joining_an_organisation_as_a_role():
    found = typed("Pekka Lundmark joined Nokia as chief executive in 2020.")
    assert ("Pekka Lundmark", "LEADS", "Nokia") in found
    found = typed("Pekka Lundmark joined Nokia as a protest against the plan.")
    assert not any(s == "Pekka Lundmark" and o == "Nokia" for s, _, o in found)


def test_the_role_of_an_unnamed_organisation_is_not_given_to_a_place_inside_it():
    found = typed("The general manager of Abu Dhabi Media, Dr Ali bin Tamim, blamed the rebels.")
    assert not any(s == "Ali bin Tamim" and o == "Abu Dhabi" for s, _, o in found)


# -- states in organisations -----------------------------------------------------------------------


def test_a_member_state_named_with_its_organisation():
    assert ("Turkey", "MEMBER_OF", "NATO") in typed("NATO member Turkey bought the missiles.")
    found = typed("Austria, a member of the European Union, objected.")
    assert ("Austria", "MEMBER_OF", "European Union") in found
    assert ("Austria", "MEMBER_OF", "European Union") in typed("Austria is a member of the European Union.")


def test_each_state_listed_after_a_plural_member_noun_is_a_member():
    found = typed("The force will grow with NATO members Norway, Greece, Portugal, Belgium and Denmark.")
    listed = ("Norway", "Greece", "Portugal", "Belgium", "Denmark")
    assert {(state, "MEMBER_OF", "NATO") for state in listed} <= found
    found = typed("EU members Ireland and Finland opposed the plan.")
    assert {("Ireland", "MEMBER_OF", "EU"), ("Finland", "MEMBER_OF", "EU")} <= found
    # a singular member noun names one state: the one joined after it is no member
    found = typed("NATO member Greece and Russia signed the deal.")
    assert ("Greece", "MEMBER_OF", "NATO") in found
    assert ("Russia", "MEMBER_OF", "NATO") not in found


def test_people_listed_among_a_bodys_leaders_or_members_hold_that_role():
    found = typed("Police arrested three leaders of the Calder Front, including Karl Jensen and Anna Berg.")
    assert {("Karl Jensen", "LEADS", "Calder Front"), ("Anna Berg", "LEADS", "Calder Front")} <= found
    found = typed("Members of the Calder Front, including Karl Jensen, were arrested on Monday.")
    assert ("Karl Jensen", "MEMBER_OF", "Calder Front") in found


def test_states_that_are_both_members_of_two_bodies_are_members_of_each():
    found = typed("Norway and Iceland are both members of the European Economic Area and NATO.")
    for state in ("Norway", "Iceland"):
        assert (state, "MEMBER_OF", "European Economic Area") in found
        assert (state, "MEMBER_OF", "NATO") in found
    # control: "respectively" pairs the two lists in order
    found = typed("Norway and Sweden are members of the Nordic Council and the European Union respectively.")
    assert ("Norway", "MEMBER_OF", "European Union") not in found
    assert ("Sweden", "MEMBER_OF", "European Union") in found


def test_a_body_that_is_a_member_of_a_federation():
    found = typed(
        "The Tarvik Dockers' Union is a member of the Nordic Transport Federation, which backed the strike."
    )
    assert ("Tarvik Dockers' Union", "MEMBER_OF", "Nordic Transport Federation") in found


def test_a_state_joining_or_leaving_an_organisation_is_or_was_its_member():
    assert ("Sweden", "MEMBER_OF", "NATO") in typed("Sweden joined NATO in 2024.")
    found = typed("Britain left the European Union in 2020.")
    assert ("United Kingdom", "MEMBER_OF", "European Union") in found
    found = typed("Burundi withdrew from the International Criminal Court.")
    assert ("Burundi", "MEMBER_OF", "International Criminal Court") in found
    found = typed("The withdrawal of the United Kingdom from the European Union was delayed.")
    assert ("United Kingdom", "MEMBER_OF", "European Union") in found
    found = typed("Britain's exit from the European Union was delayed.")
    assert ("United Kingdom", "MEMBER_OF", "European Union") in found


def test_joining_another_state_or_withdrawing_troops_is_no_membership():
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Turkey joined Russia in condemning the plan."))
    found = typed("The withdrawal of troops from Syria by the United States began.")
    assert not any(t == "MEMBER_OF" for _, t, _ in found)


def test_a_denied_relation_is_none():
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Ukraine is not a member of NATO."))
    assert not spoke(typed("Angela Moreau did not meet Kenji Sato."), "Angela Moreau", "Kenji Sato")
    assert not any(t == "OWNS" for _, t, _ in typed("Instagram was never acquired by Facebook."))


def test_a_name_before_the_verb_is_not_its_object():
    """The guard the meeting patterns use against a misparse that reads an earlier name as the object."""
    from graph.extract.language import load_nlp
    from graph.extract.relations import FILTERS

    doc = load_nlp()("Ivan Sokol told The Baltic Times that the ship sank.")
    told, times = doc[2], doc[5]
    assert FILTERS["object_after_verb"](None, {"verb": told, "other": times})
    assert not FILTERS["object_after_verb"](None, {"verb": told, "other": doc[1]})
    found = typed("Ivan Sokol told The Baltic Times that the ship sank.")
    assert spoke(found, "Ivan Sokol", "Baltic Times")


def test_calling_a_thing_by_a_quoted_word_is_no_call():
    found = typed('Tom Watson called the Brexit deal "lousy" and said he would vote against it.')
    assert not any(t == "SPOKE_WITH" for _, t, _ in found)


def test_a_town_by_a_sea_is_not_in_it():
    found = typed("The raid hit the Red Sea port town of Mokha.")
    assert ("Mokha", "LOCATED_IN", "Red Sea") not in found
    assert ("Austin", "LOCATED_IN", "Texas") in typed("The Texas city of Austin grew.")


def test_a_groups_possessive_starting_a_name_owns_nothing():
    from graph.extract.language import load_nlp
    from graph.extract.relations import FILTERS

    doc = load_nlp()("Fighters of the People's Protection Units held the town, and Alphabet's YouTube grew.")
    people, units = doc[3], doc[6]
    assert (people.text, units.text) == ("People", "Units")
    assert not FILTERS["possessive_not_in_name"](None, {"owner": people, "owned": units})
    alphabet, youtube = doc[12], doc[14]
    assert (alphabet.text, youtube.text) == ("Alphabet", "YouTube")
    assert FILTERS["possessive_not_in_name"](None, {"owner": alphabet, "owned": youtube})


def test_roles_listed_in_apposition_each_keep_their_own_organisation():
    found = typed(
        "Party members elected Anna Berg, former Foreign Secretary, mayor of Oslo, and member of Parliament, as leader."
    )
    assert ("Anna Berg", "LEADS", "Oslo") in found
    assert ("Anna Berg", "MEMBER_OF", "Parliament") in found
    assert ("Anna Berg", "WORKS_FOR", "Parliament") not in found


# -- round 3: roles given by a verb, posts, plural appositions, musicians, students ---------------


def test_a_role_given_as_the_complement_of_elected_or_appointed():
    assert ("Anna Berg", "LEADS", "Senate") in typed("Anna Berg was elected Speaker of the Senate in 2019.")
    assert ("Karl Jensen", "LEADS", "Siemens") in typed(
        "Karl Jensen was appointed chief executive of Siemens on Monday."
    )
    # a relative "who" stands for the name its clause hangs on
    assert ("Karl Jensen", "LEADS", "Harvard University") in typed(
        "Karl Jensen, who was named president of Harvard University last year, spoke."
    )
    # control: elected to a chamber is no role in it
    assert not any(t == "LEADS" for _, t, _ in typed("A man named John Smith was elected to the Senate."))


def test_the_post_of_a_role_taken_or_held():
    assert ("Anna Berg", "LEADS", "Senate") in typed("Anna Berg resumed the office of Speaker of the Senate.")
    assert ("Anna Berg", "LEADS", "Labour Party") in typed(
        "Anna Berg held the post of chair of the Labour Party until 2011."
    )


def test_a_plural_role_in_apposition_to_joined_names_is_each_ones():
    found = typed("Anna Berg and Karl Jensen, both members of the Senate, voted against it.")
    assert {("Anna Berg", "MEMBER_OF", "Senate"), ("Karl Jensen", "MEMBER_OF", "Senate")} <= found
    found = typed("Anna Berg and Karl Jensen, former presidents of France, met on Monday.")
    assert {("Anna Berg", "LEADS", "France"), ("Karl Jensen", "LEADS", "France")} <= found
    # control: a singular apposition after two names is the second one's alone
    found = typed("Anna Berg and Karl Jensen, a member of the Senate, voted against it.")
    assert ("Anna Berg", "MEMBER_OF", "Senate") not in found


def test_a_bands_musician_is_its_member():
    found = typed("Guests included fashion designer Tim Gunn and Grateful Dead drummer Mickey Hart.")
    assert ("Mickey Hart", "MEMBER_OF", "Grateful Dead") in found
    assert not any(s == "Tim Gunn" for s, _, _ in found)


def test_an_undergraduate_is_affiliated_with_the_school_even_by_its_short_name():
    assert ("Anna Berg", "AFFILIATED_WITH", "Harvard University") in typed(
        "Anna Berg, a Harvard University undergraduate, said so."
    )
    # "Harvard" alone, after the full name, is the same school
    found = typed("Anna Berg studies at Harvard University. Karl Jensen, also a Harvard undergrad, said so.")
    assert ("Karl Jensen", "AFFILIATED_WITH", "Harvard University") in found


def test_an_unrecognised_institution_before_the_role_is_the_employer_not_the_state_before_it():
    found = typed("Former United States Central Intelligence Agency agent Tony Mendez died Saturday.")
    assert ("Tony Mendez", "WORKS_FOR", "United States") not in found
    # control: with the state right before the role, the official works for the state
    assert ("Mike Pompeo", "WORKS_FOR", "United States") in typed("US Secretary of State Mike Pompeo spoke.")


def test_hosting_or_interviewing_someone_is_speaking_with_them():
    assert spoke(
        typed("Angela Merkel hosted Karl Jensen in Berlin on Monday."), "Angela Merkel", "Karl Jensen"
    )
    assert spoke(typed("CNN interviewed Karl Jensen on Sunday."), "CNN", "Karl Jensen")
    # control: two hosts of an event did not thereby speak with each other
    assert not spoke(typed("Germany and France hosted the summit in Berlin."), "Germany", "France")


def test_a_place_with_its_bracketed_short_form_then_its_country():
    found = typed(
        "British Columbia is a province. On Monday the Legislative Assembly of British Columbia (BC), "
        "Canada voted. BC said so."
    )
    assert ("British Columbia", "LOCATED_IN", "Canada") in found
    assert ("Legislative Assembly of British Columbia", "LOCATED_IN", "Canada") not in found


def test_a_place_said_to_be_a_city_in_another():
    assert ("Toledo", "LOCATED_IN", "Ohio") in typed("Toledo is a city in Ohio.")
    assert ("Mexico City", "LOCATED_IN", "Mexico") in typed("Mexico City is the capital of Mexico.")
    # control: "of" a thing that is no place
    assert not any(t == "LOCATED_IN" for _, t, _ in typed("Paris is a city of lights."))


def test_a_named_part_of_a_place():
    assert ("Mitte", "LOCATED_IN", "Berlin") in typed("The hotel is in the Mitte district of Berlin.")
    assert ("Karol Bagh", "LOCATED_IN", "New Delhi") in typed(
        "The fire broke out at a hotel in the Karol Bagh area of New Delhi."
    )


def test_an_organisations_possessive_right_before_a_name_is_the_employer():
    assert ("Jonathan Marcus", "WORKS_FOR", "BBC") in typed("BBC's Jonathan Marcus said questions remain.")
    # a role between the possessive and the name types the relation itself
    found = typed("Apple's chief executive Tim Cook said sales fell.")
    assert ("Tim Cook", "LEADS", "Apple") in found
    assert ("Tim Cook", "WORKS_FOR", "Apple") not in found


def test_speaking_on_a_named_medium():
    assert spoke(typed("Karl Jensen, speaking on CNN, said the talks had failed."), "Karl Jensen", "CNN")
    # control: speaking on a chamber's floor is no conversation with the chamber
    assert not spoke(typed("Karl Jensen spoke on the Senate floor on Monday."), "Karl Jensen", "Senate")


def test_an_organisation_with_its_address_after_commas():
    found = typed("She studied at Harvard University, Cambridge, Massachusetts in 1990.")
    assert ("Harvard University", "LOCATED_IN", "Cambridge") in found
    assert ("Cambridge", "LOCATED_IN", "Massachusetts") in found
    # control: a list of places after an organisation's name is no address
    assert not any(t == "LOCATED_IN" for _, t, _ in typed("Fans came from Google, Paris, London and Berlin."))


# -- round 4: schools, parts of places, listed titles, guards against roles and meetings not held ------


def test_studying_or_teaching_at_a_school_is_an_affiliation():
    found = typed("Maria Lindqvist graduated from Oberlin College and taught at Stanford University.")
    assert ("Maria Lindqvist", "AFFILIATED_WITH", "Oberlin College") in found
    assert ("Maria Lindqvist", "AFFILIATED_WITH", "Stanford University") in found
    assert ("Anna Berg", "AFFILIATED_WITH", "Lund University") in typed(
        "Anna Berg studied medicine at Lund University."
    )


def test_a_degree_from_a_school_is_an_affiliation():
    assert ("Anna Berg", "AFFILIATED_WITH", "Lund University") in typed(
        "Anna Berg earned a doctorate from Lund University in 2004."
    )
    assert ("Anna Berg", "AFFILIATED_WITH", "Lund University") in typed(
        "Anna Berg received her degree in 2004 from Lund University."
    )
    assert ("Anna Berg", "AFFILIATED_WITH", "Lund University") in typed(
        "Having earned a PhD in geology from Lund University, Anna Berg joined the survey."
    )
    # control: money from a school is no degree from it
    assert not any(
        t == "AFFILIATED_WITH" for _, t, _ in typed("Anna Berg received a grant from Lund University.")
    )


def test_a_place_with_its_state_and_a_verb_after_and_is_no_list():
    found = typed("Karl Jensen was born in Toledo, Ohio and studied law in Boston.")
    assert ("Toledo", "LOCATED_IN", "Ohio") in found
    # control: three names joined by "and" are a list
    assert ("Toledo", "LOCATED_IN", "Ohio") not in typed("The tour stops in Toledo, Ohio and Texas.")


def test_a_place_noun_in_apposition_with_a_named_whole():
    assert ("Toledo", "LOCATED_IN", "Ohio") in typed("Storms hit Toledo, an Ohio city, on Monday.")
    # control: a town by a sea is on it, not in it
    assert not any(t == "LOCATED_IN" for _, t, _ in typed("Ships left Mokha, a Red Sea port, on Monday."))


def test_a_place_in_a_direction_of_a_larger_place():
    assert ("Mosul", "LOCATED_IN", "Iraq") in typed("Mosul is in the north of Iraq.")
    assert ("Heathrow Airport", "LOCATED_IN", "London") in typed(
        "Heathrow Airport in the west of London reopened."
    )
    assert ("Basra", "LOCATED_IN", "Iraq") in typed("A clinic in Basra in the south of Iraq closed.")


def test_two_titled_names_joined_are_both_subjects():
    found = typed(
        "On Monday, US President Donald Trump and French President Emmanuel Macron spoke on the phone."
    )
    assert spoke(found, "Donald Trump", "Emmanuel Macron")


def test_a_meeting_that_was_planned_or_cancelled_is_no_conversation():
    assert not spoke(
        typed("Karl Jensen worked to arrange a meeting between Angela Moreau and Kenji Sato."),
        "Angela Moreau",
        "Kenji Sato",
    )
    assert not spoke(
        typed("A planned meeting between Angela Moreau and Kenji Sato was cancelled."),
        "Angela Moreau",
        "Kenji Sato",
    )
    # control: a meeting held
    assert spoke(
        typed("The meeting between Angela Moreau and Kenji Sato lasted an hour."),
        "Angela Moreau",
        "Kenji Sato",
    )


def test_a_role_not_yet_held_gives_no_relation():
    assert not any(
        t == "MEMBER_OF" for _, t, _ in typed("In 1960 he met future Grateful Dead guitarist Jerry Garcia.")
    )
    # control: the same title held now
    assert ("Jerry Garcia", "MEMBER_OF", "Grateful Dead") in typed(
        "In 1970 he met Grateful Dead guitarist Jerry Garcia."
    )


def test_a_place_before_a_private_job_is_no_employer():
    found = typed("Howard Blake, a Toronto lawyer, told the BBC the verdict was fair.")
    assert ("Howard Blake", "WORKS_FOR", "Toronto") not in found
    assert spoke(found, "Howard Blake", "BBC")
    # control: an official of a place works for it
    assert ("Lena Ortiz", "WORKS_FOR", "Texas") in typed(
        "Texas official Lena Ortiz said the road was closed."
    )


def test_a_capitalised_plural_after_a_possessive_is_part_of_the_name():
    assert not any(t == "OWNS" for _, t, _ in typed("Members of Hell's Angels met in Berlin on Monday."))
    assert not any(t == "OWNS" for _, t, _ in typed("McDonald's Restaurants opened in Moscow."))
    # control: a possessive before a singular name still owns it
    assert ("Alphabet", "OWNS", "YouTube") in typed("Alphabet's YouTube removed the video.")


def test_joined_subjects_who_held_talks_spoke_with_each_other():
    assert spoke(
        typed("Angela Moreau and Kenji Sato held talks in Osaka on Monday."), "Angela Moreau", "Kenji Sato"
    )
    assert spoke(
        typed("Angela Moreau and Kenji Sato had a phone call on Monday."), "Angela Moreau", "Kenji Sato"
    )
    # control: talks to come, or only planned, are no conversation yet
    assert not spoke(
        typed("Angela Moreau and Kenji Sato will hold talks in Osaka next week."),
        "Angela Moreau",
        "Kenji Sato",
    )
    assert not spoke(
        typed("Angela Moreau and Kenji Sato had a meeting planned for May."), "Angela Moreau", "Kenji Sato"
    )


def test_names_with_a_plural_title_after_them_are_paired_with_its_holders_in_order():
    found = typed("Karl Jensen and Anna Berg, the presidents of Volvo and Saab, met in Oslo.")
    assert {("Karl Jensen", "LEADS", "Volvo"), ("Anna Berg", "LEADS", "Saab")} <= found
    assert ("Anna Berg", "LEADS", "Volvo") not in found


def test_a_title_before_the_name_and_of_a_state_after_it():
    found = typed("Prime Minister Shinzo Abe of Japan met President Hassan Rouhani of Iran.")
    assert {("Shinzo Abe", "LEADS", "Japan"), ("Hassan Rouhani", "LEADS", "Iran")} <= found
    assert ("Karl Jensen", "WORKS_FOR", "Norway") in typed("Foreign Minister Karl Jensen of Norway said so.")
    # control: a legislator's state is a constituency; a Speaker does not lead the country
    assert not any(t in ("MEMBER_OF", "LEADS") for _, t, _ in typed("Senator Karl Jensen of Ohio said so."))
    assert not any(t == "LEADS" for _, t, _ in typed("Speaker Karl Jensen of Norway said so."))


def test_an_organisation_naming_someone_as_its_officer():
    assert ("Anna Berg", "LEADS", "Volvo") in typed("Volvo named Anna Berg as its chief executive.")
    assert ("Anna Berg", "WORKS_FOR", "Norway") in typed(
        "Norway named Anna Berg as its ambassador to France."
    )
    # control: a role with its own organisation is not the subject's
    assert ("Anna Berg", "LEADS", "Volvo") not in typed("Volvo named Anna Berg as chief executive of Saab.")


def test_addressing_a_named_body_is_speaking_to_it():
    assert spoke(
        typed("Anna Berg addressed the United Nations General Assembly on Tuesday."),
        "Anna Berg",
        "United Nations General Assembly",
    )
    # control: a letter addressed to an organisation is no conversation (docs/annotation.md)
    assert not spoke(typed("Anna Berg addressed a letter to Volvo."), "Anna Berg", "Volvo")


def test_founding_an_organisation_makes_the_founder_a_member():
    assert ("Anna Berg", "MEMBER_OF", "Congressional Black Caucus") in typed(
        "In 1971, Anna Berg co-founded the Congressional Black Caucus."
    )
    assert ("Anna Berg", "MEMBER_OF", "Green Party") in typed(
        "The Green Party was founded by Anna Berg in 1990."
    )
    assert ("Anna Berg", "MEMBER_OF", "Green Party") in typed(
        "The Green Party, founded by Anna Berg in 1990, won seats."
    )
    assert ("Anna Berg", "MEMBER_OF", "Green Party") in typed("Green Party founder Anna Berg won a seat.")
    # control: a place founded by people names no member
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Oslo was founded by Anna Berg in 1048."))


def test_founding_a_company_affiliates_the_founder_and_a_band_makes_a_member():
    # a company's founder is no member of it (docs/annotation.md: members belong to parties, teams,
    # chambers); a band or an orchestra is a body one belongs to, named so at any of its mentions
    found = typed(
        "Tarvello Systems was founded in 2009 by the engineer Mira Okafor, now its chief executive."
    )
    assert ("Mira Okafor", "AFFILIATED_WITH", "Tarvello Systems") in found
    assert ("Mira Okafor", "MEMBER_OF", "Tarvello Systems") not in found
    found = typed("Pellworth Software, founded in 2014 by Jonas Reeve and two friends, was sold last year.")
    assert ("Jonas Reeve", "AFFILIATED_WITH", "Pellworth Software") in found
    found = typed(
        "He played in the band the Copper Lanterns for a decade. "
        "In 1962 Tomas Elko founded the Copper Lanterns with Ruth Amadi."
    )
    assert ("Tomas Elko", "MEMBER_OF", "Copper Lanterns") in found
    assert ("Ruth Amadi", "MEMBER_OF", "Copper Lanterns") in found
    assert ("Sara Lind", "MEMBER_OF", "Vellin Chamber Orchestra") in typed(
        "In 1990 Sara Lind founded the Vellin Chamber Orchestra."
    )
    # a group of people one joins, named in apposition; an investment group is a company
    found = typed("Mara Quist founded a residents' group, Elm Vale Voices, in 2020. Elm Vale Voices grew.")
    assert ("Mara Quist", "MEMBER_OF", "Elm Vale Voices") in found
    found = typed("Ben Ode founded the investment group Kestrel Peak in 2004.")
    assert ("Ben Ode", "AFFILIATED_WITH", "Kestrel Peak") in found


def test_a_party_known_by_its_short_name_has_members_not_staff():
    # (set aw had this shape) "Labour's X" is a member, as "the Brexit Party's X" is
    found = typed("The count ended at dawn. Labour's Nia Bevan came third with 4,806 votes.")
    assert ("Nia Bevan", "MEMBER_OF", "Labour") in found
    assert ("Nia Bevan", "WORKS_FOR", "Labour") not in found
    # control: a company's person is on its staff
    assert ("Anna Berg", "WORKS_FOR", "Reuters") in typed("The count ended. Reuters' Anna Berg reported it.")


def test_newsroom_jobs_work_for_their_medium():
    assert ("Anna Berg", "WORKS_FOR", "Reuters") in typed("Reuters photographer Anna Berg was injured.")
    assert ("Anna Berg", "WORKS_FOR", "CNN") in typed("Anna Berg, a CNN anchor, asked the question.")
    # control: a place before the job is where it is done
    assert ("Anna Berg", "WORKS_FOR", "London") not in typed(
        "Anna Berg, a London photographer, took the picture."
    )


# -- round 5: relative clauses, joined organisations, joining, 'its', legislators, agencies' heads ----


def test_a_relative_which_stands_for_the_noun_it_follows():
    assert ("Fjord Holdings", "OWNS", "Kuehne Airlines") in typed(
        "Kuehne Airlines, which is owned by Fjord Holdings, flies to Oslo."
    )


def test_joining_a_party_is_membership_joining_a_company_is_not():
    assert ("Helga Brandt", "MEMBER_OF", "Green Party") in typed(
        "Helga Brandt joined the Green Party in 2004."
    )
    # control: a company is an employer, not a body one is a member of
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Helga Brandt joined Google in 2004."))


def test_a_role_over_joined_organisations_holds_for_each():
    want = {("Maria Lopez", "LEADS", "Almaco Foods"), ("Maria Lopez", "LEADS", "Sunfield Bank")}
    assert want <= typed("Maria Lopez, the chief executive of Almaco Foods and Sunfield Bank, resigned.")
    assert want <= typed("The chief executive of Almaco Foods and Sunfield Bank, Maria Lopez, resigned.")


def test_a_finite_verb_joined_to_an_infinitive_has_the_first_verbs_subject():
    found = typed(
        "Home Secretary Anna Berg urged the police to act and spoke with Interior Minister Tom Lund about the case."
    )
    assert spoke(found, "Anna Berg", "Tom Lund")


def test_its_is_owned_by_the_organisation_the_clause_is_about():
    assert ("Zenith Aerospace", "OWNS", "Skyhawk") in typed(
        "Zenith Aerospace tested its Skyhawk rocket on Monday."
    )
    assert ("Zenith Aerospace", "OWNS", "Skyhawk") in typed(
        "Zenith Aerospace said its Skyhawk rocket was ready."
    )
    # control: another organisation between the subject and "its" may be what "its" stands for
    found = typed("Vinta Motors sued Orbital Works over its Skyhawk engine.")
    assert not any(t == "OWNS" for _, t, _ in found)


def test_a_country_named_before_a_players_role_is_its_national_side():
    found = typed("Norway captain Ola Strand said the side had played badly.")
    assert ("Ola Strand", "MEMBER_OF", "Norway") in found
    assert ("Ola Strand", "WORKS_FOR", "Norway") not in found
    found = typed("Former Chile striker Tomas Vidal died on Monday.")
    assert ("Tomas Vidal", "MEMBER_OF", "Chile") in found
    found = typed("Kenya fast bowler Peter Otieno took four wickets.")
    assert ("Peter Otieno", "MEMBER_OF", "Kenya") in found
    # controls: a side named apart from the country, a legislator's state, a country's coach
    found = typed("Ola Strand resigned as captain of Norway's Test team on Monday.")
    assert not any(t in ("MEMBER_OF", "WORKS_FOR") for _, t, _ in found)
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Texas senator Ann Lee spoke on Monday."))
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Kenya coach Tom Mboya resigned on Monday."))


def test_a_player_of_a_team_is_its_member():
    found = typed("Norwegian rider Sindre Lund of Team Astrana won the stage on Saturday.")
    assert ("Sindre Lund", "MEMBER_OF", "Team Astrana") in found
    found = typed("The stage went to Karl Jensen, of the Nordvik Cycling team, on Sunday.")
    assert ("Karl Jensen", "MEMBER_OF", "Nordvik Cycling") in found
    # control: one of an institute is affiliated with it, as before
    found = typed("Anna Berg of the Tarvik Institute for Policy Studies said the plan would fail.")
    assert ("Anna Berg", "AFFILIATED_WITH", "Tarvik Institute for Policy Studies") in found


def test_its_page_on_a_platform_owns_the_page_not_the_platform():
    found = typed("The Tarvik Power Cooperative said on its Facebook page that the towers had fallen.")
    assert ("Tarvik Power Cooperative", "OWNS", "Facebook") not in found
    found = typed("Nordlys Media announced the sale on its Twitter account on Monday.")
    assert ("Nordlys Media", "OWNS", "Twitter") not in found
    # control: a product named before its kind is still the company's
    assert ("Nordlys Media", "OWNS", "Skyhawk") in typed("Nordlys Media tested its Skyhawk drone on Monday.")


def test_a_legislators_title_and_the_chamber_the_sentence_names():
    found = typed("Senator Jane Ruiz and Representative Tom Kerr want the Senate to vote.")
    assert ("Jane Ruiz", "MEMBER_OF", "Senate") in found
    assert ("Tom Kerr", "MEMBER_OF", "Senate") not in found  # a representative sits in the House
    # control: a state senator sits in a state's senate, not in the one named
    assert ("Jane Ruiz", "MEMBER_OF", "Senate") not in typed("State senator Jane Ruiz criticised the Senate.")


def test_a_chamber_named_only_inside_a_legislators_quote_is_no_seat_of_theirs():
    found = typed(
        'Senator Jane Ruiz commented, "It would be an outrage if the Senate were prevented from voting."'
    )
    assert ("Jane Ruiz", "MEMBER_OF", "Senate") not in found
    # control: named outside the quote, it is
    found = typed('Senator Jane Ruiz asked the Senate to vote, saying "it would be an outrage" not to.')
    assert ("Jane Ruiz", "MEMBER_OF", "Senate") in found


def test_an_agencys_administrator_and_a_first_minister_lead():
    assert ("Jim Cole", "LEADS", "Orbis Space Agency") in typed(
        "Orbis Space Agency administrator Jim Cole spoke to reporters."
    )
    assert ("Anna Berg", "LEADS", "Northumbria") in typed(
        "Anna Berg, the First Minister of Northumbria, opened the bridge."
    )
    # control: an administrator narrowed to a function is a job, not the head
    found = typed("Maria Ortiz, a systems administrator at Orbis Bank, was arrested.")
    assert ("Maria Ortiz", "WORKS_FOR", "Orbis Bank") in found
    assert ("Maria Ortiz", "LEADS", "Orbis Bank") not in found


def test_a_title_hung_on_the_medium_spoken_to_is_not_the_mediums():
    found = typed(
        'Speaking to the Daily Courier, the president of the Oslo Chess Club, Erik Dahl, said, "We are ready".'
    )
    assert ("Erik Dahl", "LEADS", "Oslo Chess Club") in found
    assert not any(t == "LEADS" and s != "Erik Dahl" for s, t, _ in found)
    # control: with no name after it, the title is the addressee's own
    found = typed(
        "The Daily Courier published an interview with Erik Dahl, the president of the Oslo Chess Club."
    )
    assert ("Erik Dahl", "LEADS", "Oslo Chess Club") in found


# -- round 6: shapes the parser leaves odd, lists paired in order, precision guards ----------------


def test_role_phrase_then_name_without_a_closing_comma():
    # the parser makes the role and the name two subjects of "said"; the role still says whose
    found = typed("A member of the European Parliament, Liis Kask said the law was fair.")
    assert ("Liis Kask", "MEMBER_OF", "European Parliament") in found
    found = typed("The president of the World Wildlife Fund, Karl Jensen said prices would rise.")
    assert ("Karl Jensen", "LEADS", "World Wildlife Fund") in found


def test_speaking_to_a_medium_when_the_name_follows_its_title_in_apposition():
    # "said" is left without a subject: the name in apposition right before it speaks
    found = typed(
        "Speaking to Reuters, the president of the World Wildlife Fund, Karl Jensen, said prices would rise."
    )
    assert spoke(found, "Karl Jensen", "Reuters")
    assert ("Karl Jensen", "LEADS", "World Wildlife Fund") in found


def test_respectively_pairs_two_lists_in_order():
    found = typed("Norway and Sweden, led by Anna Berg and Karl Jensen respectively, signed the treaty.")
    assert {("Anna Berg", "LEADS", "Norway"), ("Karl Jensen", "LEADS", "Sweden")} <= found
    assert ("Anna Berg", "LEADS", "Sweden") not in found and ("Karl Jensen", "LEADS", "Norway") not in found
    found = typed(
        "Anna Berg and Karl Jensen, the prime ministers of Norway and Sweden respectively, met in Oslo."
    )
    assert {("Anna Berg", "LEADS", "Norway"), ("Karl Jensen", "LEADS", "Sweden")} <= found
    assert ("Anna Berg", "LEADS", "Sweden") not in found


def test_a_relative_clause_belongs_to_its_own_name_not_to_the_names_joined_to_it():
    found = typed(
        "Karl Jensen, who heads the World Health Organization, and Anna Berg, a Microsoft engineer, met in Geneva."
    )
    assert ("Karl Jensen", "LEADS", "World Health Organization") in found
    assert ("Anna Berg", "LEADS", "World Health Organization") not in found
    assert spoke(found, "Karl Jensen", "Anna Berg")


def test_the_organisation_in_a_plural_title_is_no_party_to_the_meeting():
    found = typed("Microsoft engineers Karl Jensen and Anna Berg met in Oslo.")
    assert spoke(found, "Karl Jensen", "Anna Berg")
    assert not spoke(found, "Microsoft", "Karl Jensen") and not spoke(found, "Microsoft", "Anna Berg")


def test_a_second_role_with_its_own_organisation_does_not_share_the_first_ones():
    found = typed(
        "Karl Jensen, the chief executive of Microsoft and a former Google engineer, said it was over."
    )
    assert {("Karl Jensen", "LEADS", "Microsoft"), ("Karl Jensen", "WORKS_FOR", "Google")} <= found
    assert ("Karl Jensen", "WORKS_FOR", "Microsoft") not in found
    # the shared case still shares: one organisation named after both roles
    found = typed("Ruth Adler, the chair and spokesperson for Clean Rivers, said so.")
    assert ("Ruth Adler", "SPOKESPERSON_FOR", "Clean Rivers") in found


def test_a_head_of_a_function_works_for_the_organisation_and_tenure_words_do_not_narrow_a_role():
    found = typed("Karl Jensen, head of security at Microsoft, said it was over.")
    assert ("Karl Jensen", "WORKS_FOR", "Microsoft") in found
    assert ("Karl Jensen", "LEADS", "Microsoft") not in found
    assert ("Karl Jensen", "WORKS_FOR", "Microsoft") in typed(
        "Karl Jensen, Microsoft's head of security, said it was over."
    )
    # past roles count, and "former"/"new" say when, not which part
    for sentence in (
        "Karl Jensen, the former director of the World Health Organization, said it was over.",
        "Karl Jensen, the new director of the World Health Organization, said it was over.",
    ):
        found = typed(sentence)
        assert ("Karl Jensen", "LEADS", "World Health Organization") in found
        assert ("Karl Jensen", "WORKS_FOR", "World Health Organization") not in found


def test_interviews_on_and_given_to_a_medium():
    assert spoke(
        typed("In an interview on Fox News, Karl Jensen said the deal was done."), "Karl Jensen", "Fox News"
    )
    assert spoke(typed("Karl Jensen gave an interview to the BBC on Monday."), "Karl Jensen", "BBC")
    # an interview's topic is no party: "on" a subject that is not a medium gives nothing
    found = typed("In an interview on Monday, Karl Jensen said the deal with Microsoft was done.")
    assert not spoke(found, "Karl Jensen", "Microsoft")


def test_a_meeting_in_the_future_tense_has_not_happened():
    assert not spoke(typed("Karl Jensen will meet Anna Berg in Oslo next week."), "Karl Jensen", "Anna Berg")
    assert spoke(typed("Karl Jensen met Anna Berg in Oslo last week."), "Karl Jensen", "Anna Berg")


def test_a_planned_hoped_for_or_refused_relation_has_not_happened():
    for text in (
        "Karl Jensen plans to meet Anna Berg in Oslo on Monday.",
        "Karl Jensen is expected to meet Anna Berg in Oslo on Tuesday.",
        "Karl Jensen refused to meet Anna Berg in Oslo on Monday.",
    ):
        assert not spoke(typed(text), "Karl Jensen", "Anna Berg"), text
    found = typed("Halvorsen Group agreed to buy Nordlys Media in May.")
    assert ("Halvorsen Group", "OWNS", "Nordlys Media") not in found
    # controls: a relation held on, or one about to end, is held
    assert ("Anna Berg", "LEADS", "Labour Party") in typed("Anna Berg continues to lead the Labour Party.")
    found = typed("Anna Berg is expected to leave the Labour Party on Monday.")
    assert ("Anna Berg", "MEMBER_OF", "Labour Party") in found


def test_a_place_named_after_its_place_noun_with_the_whole_before_it():
    assert ("Nairobi", "LOCATED_IN", "Kenya") in typed("Protests spread to Kenya's capital, Nairobi.")
    assert ("Columbus", "LOCATED_IN", "Ohio") in typed(
        "The fire reached Ohio's largest city, Columbus, on Monday."
    )
    assert ("Nairobi", "LOCATED_IN", "Kenya") in typed("Protests spread to the capital of Kenya, Nairobi.")
    assert ("Columbus", "LOCATED_IN", "Ohio") in typed(
        "Protests spread to the largest city of Ohio, Columbus."
    )
    # "the city of X, Y": X is the city, Y its state, not the other way round
    found = typed("The race was run in the city of Dayton, Ohio, on Sunday.")
    assert ("Ohio", "LOCATED_IN", "Dayton") not in found
    # a person after a possessive is a role's holder, not a place in it
    found = typed("Kenya's president, Uhuru Kenyatta, spoke.")
    assert ("Uhuru Kenyatta", "LEADS", "Kenya") in found
    assert not any(t == "LOCATED_IN" for _, t, _ in found)


def test_hired_or_employed_by_an_organisation_works_for_it():
    assert ("Karl Jensen", "WORKS_FOR", "Microsoft") in typed("Karl Jensen was hired by Microsoft in 2010.")
    assert ("Karl Jensen", "WORKS_FOR", "Microsoft") in typed(
        "Karl Jensen, who was employed by Microsoft, said it was over."
    )
    assert ("Karl Jensen", "WORKS_FOR", "Microsoft") in typed("Microsoft employs Karl Jensen as an engineer.")
    # hired as its head: the role patterns give the lead, and no job besides
    found = typed("Volvo hired Karl Jensen as its chief executive in 2010.")
    assert ("Karl Jensen", "LEADS", "Volvo") in found and ("Karl Jensen", "WORKS_FOR", "Volvo") not in found


def test_speaking_on_behalf_of_an_organisation_speaks_for_it():
    found = typed(
        "Karl Jensen, speaking on behalf of the World Health Organization, said the aid had arrived."
    )
    assert ("Karl Jensen", "SPOKESPERSON_FOR", "World Health Organization") in found


def test_a_role_from_an_organisation_is_held_in_it_but_from_a_place_is_where_one_comes_from():
    assert ("Karl Jensen", "MEMBER_OF", "Labour Party") in typed(
        "Karl Jensen, a lawmaker from the Labour Party, said it was over."
    )
    found = typed("Karl Jensen, a lawyer from Toronto, said it was over.")
    assert not any(s == "Karl Jensen" and o == "Toronto" for s, _, o in found)


def test_a_place_followed_right_away_by_in_a_place_is_in_it_though_the_parser_hangs_in_on_the_verb():
    assert ("El Paso", "LOCATED_IN", "Texas") in typed("Protests spread to El Paso in western Texas.")
    assert ("El Paso", "LOCATED_IN", "Texas") in typed(
        "The storm reached El Paso in western Texas on Monday."
    )
    # an organisation sued "in" a state is not located there, and a person is never a place
    found = typed("Apple sued Samsung in California.")
    assert ("Samsung", "LOCATED_IN", "California") not in found
    assert not any(t == "LOCATED_IN" for _, t, _ in typed("Karl Jensen met Anna Berg in Oslo."))


# -- round 7: seats in a body, a role joined to a family apposition -------------------------------------


def test_elected_to_or_serving_in_a_chamber_is_membership():
    assert ("Karl Jensen", "MEMBER_OF", "Bundestag") in typed(
        "Karl Jensen was elected to the Bundestag in 2004."
    )
    # the participle in apposition ("X, first elected to Y in 1998, ...") hangs on the name
    assert ("Lena Ortiz", "MEMBER_OF", "Senate") in typed(
        "Lena Ortiz, first elected to the Senate in 1998, retired on Monday."
    )
    assert ("Karl Jensen", "MEMBER_OF", "Parliament") in typed(
        "Karl Jensen served in Parliament for ten years."
    )
    assert ("Maria Lopez", "MEMBER_OF", "Finance Committee") in typed(
        "Maria Lopez sits on the Finance Committee."
    )
    assert ("Karl Jensen", "MEMBER_OF", "House") in typed("Karl Jensen was elected to the House in 2010.")


def test_a_seat_needs_a_body_one_belongs_to():
    # a gallery of the Senate is a place to sit, not a seat; "the White House" is no chamber
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Karl Jensen sat in the Senate gallery on Monday."))
    assert not any(t == "MEMBER_OF" for _, t, _ in typed("Karl Jensen served in the White House until 2010."))


def test_a_role_joined_to_a_family_apposition_is_the_persons():
    assert ("Lena Ortiz", "LEADS", "Green Party") in typed(
        "Lena Ortiz, his sister and the current chair of the Green Party, spoke first."
    )
    assert ("Paul Meyer", "WORKS_FOR", "Siemens") in typed(
        "Paul Meyer, his brother and a director of Siemens, spoke."
    )


def test_a_long_road_is_in_no_place_but_a_street_is():
    found = typed("The truck crashed on Route 9 in Millbrook, Vermont, on Friday night.")
    assert not any(s == "Route 9" and t == "LOCATED_IN" for s, t, _ in found)
    assert ("Millbrook", "LOCATED_IN", "Vermont") in found
    assert ("Carver Street", "LOCATED_IN", "Leeds") in typed("A new bakery opened on Carver Street in Leeds.")


def test_an_event_is_located_nowhere_even_when_its_name_reads_as_an_organisation():
    found = typed("Our reporter attended the third annual Lakeside Maker Faire in Dalton, Georgia on Sunday.")
    assert not any(s == "Lakeside Maker Faire" and t == "LOCATED_IN" for s, t, _ in found)
    assert ("Dalton", "LOCATED_IN", "Georgia") in found
    # the same shape with a building is located
    assert ("Riverside Craft Hall", "LOCATED_IN", "Dalton") in typed(
        "The Riverside Craft Hall in Dalton drew thousands on Saturday."
    )


def test_a_place_its_region_and_its_state_after_commas_are_each_in_the_next():
    found = typed("Wikinews attended the fair in Tyler, Texas, United States on Saturday.")
    assert ("Tyler", "LOCATED_IN", "Texas") in found
    assert ("Texas", "LOCATED_IN", "United States") in found
    # A list is no chain: two places and two states joined by "and".
    listed = typed("Fans came from Lyon, Nice, France and Spain.")
    assert not any(t == "LOCATED_IN" for _, t, _ in listed)


# -- round 12: common news forms of meeting and governing, probed with made-up sentences ----------

INTRO = "Emmanuel Macron arrived on Monday. Angela Merkel arrived on Monday. "


def test_a_meeting_in_an_opening_clause_is_the_main_subjects():
    found = typed(INTRO + "After meeting Merkel in Berlin, Macron flew home.")
    assert spoke(found, "Emmanuel Macron", "Angela Merkel")
    found = typed(INTRO + "Before talking with Merkel, Macron rested.")
    assert spoke(found, "Emmanuel Macron", "Angela Merkel")
    found = typed(INTRO + "After her meeting with Macron, Merkel flew home.")
    assert spoke(found, "Emmanuel Macron", "Angela Merkel")


def test_someone_elses_meeting_in_an_opening_clause_is_not_the_subjects():
    found = typed("After Karl Jensen's meeting with Anna Berg, Lena Ortiz flew home.")
    assert not spoke(found, "Lena Ortiz", "Anna Berg")
    # an opening clause with a subject of its own is that subject's meeting
    found = typed("After Karl Jensen met Anna Berg in Oslo, Lena Ortiz flew home.")
    assert spoke(found, "Karl Jensen", "Anna Berg") and not spoke(found, "Lena Ortiz", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Merkel received Macron in Berlin.",
        "Merkel welcomed Macron to Berlin.",
        "Macron visited Merkel in hospital.",
        "Macron sat down with Merkel in Berlin.",
        "Macron discussed with Merkel on Monday.",
    ],
)
def test_receiving_visiting_or_sitting_down_with_a_person_is_meeting_them(sentence):
    assert spoke(typed(INTRO + sentence), "Emmanuel Macron", "Angela Merkel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Angela Merkel visited Paris and welcomed the Bank of England's decision.",
        "Angela Merkel visited China.",
    ],
)
def test_receiving_or_visiting_a_place_or_a_body_is_no_meeting(sentence):
    assert not any(t == "SPOKE_WITH" for _, t, _ in typed(sentence))


def test_a_governor_or_mayor_of_a_place_written_after_the_name_leads_it():
    assert ("Andrew Cuomo", "LEADS", "New York") in typed("Governor Andrew Cuomo of New York spoke.")
    assert ("Doug Ford", "LEADS", "Ontario") in typed("Premier Doug Ford of Ontario spoke.")
    found = typed("Mayor Bill de Blasio of New York City spoke.")
    assert ("Bill de Blasio", "LEADS", "New York City") in found


def test_a_governor_of_a_town_is_from_it():
    found = typed("Governor Greg Abbott of Austin visited Paris.")
    assert not any(t == "LEADS" for _, t, _ in found)


# -- round 12, list D: forms from the 24 new development articles, tested on sentences of their own --


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Jensen was fired by Siemens in 2007.",
        "Siemens dismissed Karl Jensen in 2007.",
        "Karl Jensen, sacked by Siemens in 2007, sued the company.",
    ],
)
def test_someone_an_employer_let_go_worked_for_it(sentence):
    assert ("Karl Jensen", "WORKS_FOR", "Siemens") in typed(sentence)


def test_firing_a_weapon_at_someone_employs_no_one():
    assert not any(t == "WORKS_FOR" for _, t, _ in typed("Police fired tear gas at Karl Jensen on Monday."))


def test_a_states_possessive_places_each_body_of_the_list_after_it():
    found = typed(
        "The grant came from the United States' National Science Foundation, Department of Energy, and "
        "Office of Naval Research."
    )
    assert ("National Science Foundation", "LOCATED_IN", "United States") in found
    assert ("Office of Naval Research", "LOCATED_IN", "United States") in found


def test_a_body_of_the_list_placed_elsewhere_is_not_in_the_possessives_place():
    found = typed(
        "Nordvik has bought seven studios since 2018, including Krakow's Iron Owl Games and Redline Forge of Austin, Texas."
    )
    assert ("Redline Forge", "LOCATED_IN", "Krakow") not in found


def test_a_volunteer_mediums_reporter_is_affiliated_not_employed():
    found = typed("Wikinews' Lena Ortiz photographed the parade.")
    assert ("Lena Ortiz", "AFFILIATED_WITH", "Wikinews") in found
    assert ("Lena Ortiz", "WORKS_FOR", "Wikinews") not in found
    assert ("Lena Ortiz", "WORKS_FOR", "Reuters") in typed("Reuters' Lena Ortiz photographed the parade.")


def test_a_region_the_model_missed_is_in_its_country():
    assert ("Ural", "LOCATED_IN", "Russia") in typed(
        "The bus crashed in the Ural region of Russia on Monday."
    )


def test_a_states_possessive_before_a_party_locates_it():
    # "Workers' Party" keeps its possessive as part of the name; a state's possessive does not.
    assert ("Future Forward Party", "LOCATED_IN", "Thailand") in typed(
        "On Saturday, Thailand's Future Forward Party withdrew its candidate."
    )
    assert ("Communist Party", "LOCATED_IN", "Russia") in typed("Russia's Communist Party won the seat.")
    found = typed("The Workers' Party of Korea met in Pyongyang.")
    assert not any(t == "LOCATED_IN" and s.endswith("Party") and o == "Workers" for s, t, o in found)


def test_giving_up_a_post_says_it_was_held():
    # Past roles count (docs/annotation.md): resigning a post or its leadership says it was held.
    assert ("Karl Jensen", "LEADS", "Ohio") in typed(
        "Karl Jensen resigned as the governor of Ohio on Friday."
    )
    assert ("Anna Berg", "LEADS", "Green Party") in typed(
        "Anna Berg resigned the chairmanship of the Green Party."
    )
    assert ("Anna Berg", "LEADS", "Siemens") in typed("Anna Berg stepped down as chief executive of Siemens.")


def test_a_pronoun_opening_what_a_person_said_is_that_person():
    found = typed("Karl Jensen announced he would resign the leadership of the New Progressive Party.")
    assert ("Karl Jensen", "LEADS", "New Progressive Party") in found
    found = typed("Anna Berg said she had met Karl Jensen in Oslo on Monday.")
    assert spoke(found, "Anna Berg", "Karl Jensen")


def test_a_pronoun_of_the_speakers_other_gender_is_someone_else():
    text = "Anna Berg said she would vote. Anna Berg said he had met Karl Jensen in Oslo on Monday."
    assert not spoke(typed(text), "Anna Berg", "Karl Jensen")


def test_a_delegate_to_a_chamber_is_its_member():
    found = typed("Karl Jensen is the former non-voting delegate to the House of Representatives.")
    assert ("Karl Jensen", "MEMBER_OF", "House of Representatives") in found
    found = typed("The island's delegate to the House of Representatives, Lena Ortiz, told the press so.")
    assert ("Lena Ortiz", "MEMBER_OF", "House of Representatives") in found


def test_a_role_of_a_place_noun_of_a_name_is_held_in_the_named_place():
    found = typed("Anna Berg, the mayor of the capital city of Riverton, said she would appeal.")
    assert ("Anna Berg", "LEADS", "Riverton") in found
    found = typed("Karl Jensen, governor of the island of Bali, spoke on Monday.")
    assert ("Karl Jensen", "LEADS", "Bali") in found


def test_the_taoiseach_leads_his_country():
    assert ("Leo Varadkar", "LEADS", "Ireland") in typed("Taoiseach Leo Varadkar of Ireland met the press.")


def test_a_medium_told_before_the_subject_of_what_was_told_was_spoken_to():
    found = typed("A retired agent, Omar Haddad, told NPR Hamza bin Laden had appeared in videos.")
    assert spoke(found, "Omar Haddad", "NPR")
    assert not spoke(found, "Omar Haddad", "Hamza bin Laden")


def test_a_states_possessive_before_a_monarchs_name_says_whose_ruler():
    assert ("King Abdullah", "LEADS", "Jordan") in typed(
        "Yesterday, Jordan's King Abdullah opened the session."
    )
    # A prince or princess rules nothing.
    found = typed("Britain's Prince Charles visited Oslo on Monday.")
    assert not any(t == "LEADS" for _, t, _ in found)


def test_an_organisation_described_as_a_places_kind_is_located_there():
    assert ("Halvorsen Group", "LOCATED_IN", "Munich") in typed(
        "Halvorsen Group, a Munich company, cut jobs."
    )


def test_the_parts_of_a_place_listed_after_including_are_in_it():
    found = typed("The storm hit several provinces of Canada, including Ontario and Quebec.")
    assert ("Ontario", "LOCATED_IN", "Canada") in found
    assert ("Quebec", "LOCATED_IN", "Canada") in found


def test_hosting_a_show_on_a_medium_is_an_affiliation():
    found = typed("Karl Jensen hosted a show on Radio Nordica for ten years.")
    assert ("Karl Jensen", "AFFILIATED_WITH", "Radio Nordica") in found


def test_saying_to_a_listener_is_a_conversation():
    found = typed("Fashion designer Anna Berg described the actress to the BBC in 2002.")
    assert spoke(found, "Anna Berg", "BBC")
    found = typed("Karl Jensen confirmed to Reuters that the plant would close.")
    assert spoke(found, "Karl Jensen", "Reuters")
    # A letter is no conversation (docs/annotation.md).
    assert not spoke(typed("Karl Jensen wrote to Anna Berg on Monday."), "Karl Jensen", "Anna Berg")


def test_speaking_on_a_mediums_show_is_speaking_with_the_medium():
    found = typed("Karl Jensen spoke on MSNBC's morning talk show Morning Joe on Tuesday.")
    assert spoke(found, "Karl Jensen", "MSNBC")


def test_an_organisation_interviewed_spoke_with_the_medium():
    found = typed("In an interview with Sputnik News, Siemens also said the change needed approval.")
    assert spoke(found, "Siemens", "Sputnik News")


def test_a_medium_told_is_found_though_the_parse_hangs_it_on_the_next_words():
    found = typed(
        "One activist, Karl Jensen, on Sunday told Agence France-Presse arson has been used as a weapon."
    )
    assert spoke(found, "Karl Jensen", "Agence France-Presse")


def test_an_aide_or_employee_works_for_the_person_served():
    assert ("Karl Jensen", "WORKS_FOR", "Anna Berg") in typed(
        "Karl Jensen, Anna Berg's aide, resigned on Monday."
    )
    found = typed("Karl Jensen, an employee of Anna Berg, resigned on Monday.")
    assert ("Karl Jensen", "WORKS_FOR", "Anna Berg") in found
    # Other roles are held in organisations: a person's lawyer does not work for them by the guidelines.
    assert not typed("Karl Jensen, Anna Berg's lawyer, resigned on Monday.")


def test_forming_a_band_or_party_makes_the_founder_a_member():
    found = typed("In 1966, Karl Jensen formed the band Cream with two friends.")
    assert ("Karl Jensen", "MEMBER_OF", "Cream") in found
    assert not typed("The Green Party and Labour formed a coalition on Monday.") & {
        ("Green Party", "MEMBER_OF", "Labour")
    }


def test_resigning_or_being_expelled_from_a_party_was_membership():
    assert ("Karl Jensen", "MEMBER_OF", "Green Party") in typed(
        "Karl Jensen resigned from the Green Party last week."
    )
    assert ("Karl Jensen", "MEMBER_OF", "Green Party") in typed(
        "Karl Jensen was expelled from the Green Party."
    )
    # A company one resigns from was an employer, which the role patterns type, not a body one sat in.
    assert not {r for r in typed("Karl Jensen resigned from Siemens last week.") if r[1] == "MEMBER_OF"}


def test_a_seat_won_in_a_chamber_or_a_place_represented_in_it_is_membership():
    assert ("Karl Jensen", "MEMBER_OF", "Bundestag") in typed("Karl Jensen won a seat in the Bundestag.")
    found = typed("Karl Jensen represents Ohio in the United States Senate.")
    assert ("Karl Jensen", "MEMBER_OF", "United States Senate") in found


def test_playing_for_a_team_or_in_a_band_is_membership_whatever_the_model_typed_it():
    # The small model reads these names as a city and a place; what is played for or in says team, band.
    assert ("Karl Jensen", "MEMBER_OF", "Bayern Munich") in typed("Karl Jensen plays for Bayern Munich.")
    assert ("Karl Jensen", "MEMBER_OF", "Grateful Dead") in typed(
        "Karl Jensen played drums in the Grateful Dead."
    )


def test_a_player_or_band_role_after_a_name_the_model_missed_names_the_team():
    assert ("Karl Jensen", "MEMBER_OF", "Rolling Stones") in typed(
        "Rolling Stones drummer Karl Jensen died on Monday."
    )
    # the roles of ice hockey, cycling and cricket too
    assert ("Aleksi Räsänen", "MEMBER_OF", "Jäätiikerit") in typed(
        "Jäätiikerit defenceman Aleksi Räsänen scored the winner in overtime."
    )


def test_a_state_part_of_an_organisation_is_a_member():
    found = typed("Norway is part of the European Economic Area.")
    assert ("Norway", "MEMBER_OF", "European Economic Area") in found


def test_the_states_listed_as_a_groupings_members_are_members():
    found = typed("NATO, an alliance of 29 countries including Norway and Denmark, met in Brussels.")
    assert {("Norway", "MEMBER_OF", "NATO"), ("Denmark", "MEMBER_OF", "NATO")} <= found
    found = typed(
        "The Nordic Council is a group of five countries: Norway, Denmark, Sweden, Finland and Iceland."
    )
    assert {
        (s, "MEMBER_OF", "Nordic Council") for s in ("Norway", "Denmark", "Sweden", "Finland", "Iceland")
    } <= found
    found = typed("Members of NATO, including Norway and Denmark, met in Brussels.")
    assert {("Norway", "MEMBER_OF", "NATO"), ("Denmark", "MEMBER_OF", "NATO")} <= found


def test_a_state_named_inside_a_groupings_description_is_not_listed_as_a_member():
    found = typed("The Nordic Council, an alliance of five countries north of Germany, met in Oslo.")
    assert ("Germany", "MEMBER_OF", "Nordic Council") not in found


def test_working_for_a_person_is_working_for_them():
    assert ("Karl Jensen", "WORKS_FOR", "Anna Berg") in typed(
        "Karl Jensen worked for Anna Berg for ten years."
    )


def test_a_scholar_named_by_a_field_at_an_institution_is_affiliated_with_it():
    for field in ("statistician", "geneticist", "biomechanicist"):
        found = typed(f"Karl Jensen, a {field} at the University of Oslo, disagreed.")
        assert ("Karl Jensen", "AFFILIATED_WITH", "University of Oslo") in found, field


def test_a_bodys_head_word_before_a_title_is_the_body_named_before():
    text = "The Nordic Bar Association met on Monday. Association President Karl Jensen disagreed."
    assert ("Karl Jensen", "LEADS", "Nordic Bar Association") in typed(text)
    # With no body of that name before it, the word names nothing.
    assert not typed("Council President Karl Jensen adjourned the session.")


def test_replacing_someone_as_head_is_holding_the_role():
    assert ("Karl Jensen", "LEADS", "Siemens") in typed("Karl Jensen replaced Anna Berg as head of Siemens.")


# Forms found by rounds 14 and 15's probes, one row each: the sentence, the relations it must give
# and the ones it must not (the guard beside the form it bounds).
AB, KJ, OL, EL = "Anna Berg", "Karl Jensen", "Olaf Lund", "Eva Lind"
HG, CP, US = "Halvorsen Group", "Centre Party", "United States"
FORMS = [
    # a company's first word before "chief executive" is the company, though the model took its full
    # name for a person's
    (
        'Lumora Space launched its first satellite on Monday. "Today we stopped being a company with a '
        'PowerPoint," Lumora chief executive Inês Carvalho told the newspaper Público.',
        [("Inês Carvalho", "LEADS", "Lumora Space")],
        [],
    ),
    # one employed or hired by an organisation works for it; a geophysicist at a university is a scholar
    (
        "Officials met on Monday. A door supervisor, Craig Denholm, employed by Sentinel Door Services, knelt. "
        "Levent Çakır, a geophysicist at Istanbul Technical University, spoke.",
        [
            ("Craig Denholm", "WORKS_FOR", "Sentinel Door Services"),
            ("Levent Çakır", "AFFILIATED_WITH", "Istanbul Technical University"),
        ],
        [],
    ),
    # a league's name before "club" and a club's name makes the club a member, however parsed; a
    # town before "club" is where the club is, no league
    (
        "The Argentine Football Association (AFA) on Sunday docked Primera Nacional club Defensores de "
        "Ramallo six points. The council voted to lease a site to League of Ireland club Liffey Wanderers "
        "FC for a new stadium.",
        [
            ("Defensores de Ramallo", "MEMBER_OF", "Primera Nacional"),
            ("Liffey Wanderers FC", "MEMBER_OF", "League of Ireland"),
        ],
        [],
    ),
    # a nationality narrows no post: the Dutch managing director runs the firm
    (
        'Rift Elite Management dropped the runner. "We have a zero-tolerance policy," said Pieter van '
        "Leeuwen, the Dutch managing director of Rift Elite Management.",
        [("Pieter van Leeuwen", "LEADS", "Rift Elite Management")],
        [("Pieter van Leeuwen", "WORKS_FOR", "Rift Elite Management")],
    ),
    # a state's chambers and courts keep the state in their own names (no relation from inside a
    # name), as a steel company or an army named so does
    (
        "The United States voted. It has no representation in the U.S. Senate, and the United States "
        "Supreme Court declined to hear the case.",
        [],
        [("U.S. Senate", "LOCATED_IN", US), ("United States Supreme Court", "LOCATED_IN", US)],
    ),
    (
        "The United States changed course. Ana Ruiz was elected to the US Congress in 2018 and now sits "
        "on a committee of the US House of Representatives.",
        [],
        [("US Congress", "LOCATED_IN", US), ("US House of Representatives", "LOCATED_IN", US)],
    ),
    (
        "The United States voted. Karl Jensen served in the US Army and then worked for United States Steel.",
        [],
        [("US Army", "LOCATED_IN", US), ("United States Steel", "LOCATED_IN", US)],
    ),
    # a side's captain plays in it; an airline's captain flies for it
    (
        "Porvoon Hurrikaanit lost on Sunday. Porvoon Hurrikaanit captain Olli-Pekka Nurmi wrote on Twitter "
        "that the players had let their coach down.",
        [("Olli-Pekka Nurmi", "MEMBER_OF", "Porvoon Hurrikaanit")],
        [("Olli-Pekka Nurmi", "WORKS_FOR", "Porvoon Hurrikaanit")],
    ),
    (
        "Buddha Air resumed flights on Monday. The Buddha Air captain, Ram Thapa, said the plane was fine.",
        [("Ram Thapa", "WORKS_FOR", "Buddha Air")],
        [("Ram Thapa", "MEMBER_OF", "Buddha Air")],
    ),
    # a broadcaster's station is where it is said to be
    (
        "Officials met on Monday. Ana Ruiz spoke to KDRV, a television station in Medford.",
        [("KDRV", "LOCATED_IN", "Medford")],
        [],
    ),
    # a commander of a region or an operation commands a branch, on the staff of the whole; a sheriff
    # of the sheriff's office is the one it is the office of
    (
        "Officials met on Monday. Incident commander Dale Whitcomb of the Oregon Department of Forestry "
        "spoke.",
        [("Dale Whitcomb", "WORKS_FOR", "Oregon Department of Forestry")],
        [("Dale Whitcomb", "LEADS", "Oregon Department of Forestry")],
    ),
    (
        "Officials met on Monday. Karl Jensen, the commander of the Royal Navy, said the ships were ready.",
        [(KJ, "LEADS", "Royal Navy")],
        [],
    ),
    (
        "Officials met on Monday. Sheriff Teresa Vance of the Josephine County Sheriff's Office said "
        "deputies had gone door to door.",
        [("Teresa Vance", "LEADS", "Josephine County Sheriff's Office")],
        [("Teresa Vance", "WORKS_FOR", "Josephine County Sheriff's Office")],
    ),
    # sitting or serving in a body, on one of its committees, or for a party in it, is membership;
    # a company's board is no body one belongs to
    (
        "Officials met on Monday. Yoon Hye-jin, a lawmaker who sits on the transport committee of the "
        "National Assembly, said the plan had failed.",
        [("Yoon Hye-jin", "MEMBER_OF", "National Assembly")],
        [],
    ),
    (
        "Officials met on Monday. Sigrid Nygård, who sits on the Storting's finance committee, objected.",
        [("Sigrid Nygård", "MEMBER_OF", "Storting")],
        [],
    ),
    (
        "Officials met on Monday. Alexandru Negru, a doctor who sits in Parliament for the Party of "
        "Action and Solidarity, urged the government to act.",
        [
            ("Alexandru Negru", "MEMBER_OF", "Parliament"),
            ("Alexandru Negru", "MEMBER_OF", "Party of Action and Solidarity"),
        ],
        [],
    ),
    (
        "Officials met on Monday. Councillor Imran Qureshi, who chairs the transport committee of Leeds "
        "City Council, wrote to both sides.",
        [("Imran Qureshi", "MEMBER_OF", "Leeds City Council")],
        [],
    ),
    (
        "Officials met on Monday. Before joining the Senate, Karl Jensen served in the House of Representatives.",
        [(KJ, "MEMBER_OF", "House of Representatives")],
        [],
    ),
    (
        "Officials met on Monday. Anna Berg sits on the board of Nordic Rail.",
        [],
        [(AB, "MEMBER_OF", "Nordic Rail")],
    ),
    # a state's territory, a place that became a state in it, its places listed with "such as"
    ("Guam is an unincorporated territory of the United States.", [("Guam", "LOCATED_IN", US)], []),
    ("Guam is a U.S. territory.", [("Guam", "LOCATED_IN", US)], []),
    (
        "On Monday, Nevada became the first state in the United States to elect a female majority.",
        [("Nevada", "LOCATED_IN", US)],
        [],
    ),
    (
        "Other U.S. territories, such as Puerto Rico and Guam, voted.",
        [("Puerto Rico", "LOCATED_IN", US), ("Guam", "LOCATED_IN", US)],
        [],
    ),
    # an institution written with its address is there; a company written before a state is not
    (
        "Tarrant appeared in Christchurch District Court, New Zealand, on Monday.",
        [("Christchurch District Court", "LOCATED_IN", "New Zealand")],
        [],
    ),
    ("Siemens, Germany and Volvo signed the deal.", [], [("Siemens", "LOCATED_IN", "Germany")]),
    # a site "at" a place
    (
        "The rocket was launched from the Kennedy Space Center at Cape Canaveral, Florida.",
        [("Kennedy Space Center", "LOCATED_IN", "Cape Canaveral")],
        [],
    ),
    # belonging, a takeover or purchase, a state's state-owned company (not a state's company), a lodge's owner
    ("Saha Airlines belongs to the Iranian Air Force.", [("Iranian Air Force", "OWNS", "Saha Airlines")], []),
    ("Volvo's takeover of Nordlys Media closed in May.", [("Volvo", "OWNS", "Nordlys Media")], []),
    ("Volvo completed its purchase of Nordlys Media.", [("Volvo", "OWNS", "Nordlys Media")], []),
    ("Norway's state-owned Equinor reported a loss.", [("Norway", "OWNS", "Equinor")], []),
    ("Norway's Equinor reported a loss.", [], [("Norway", "OWNS", "Equinor")]),
    (
        "Karl Jensen, owner of the Blue Lake Lodge near Pretoria, was killed on Tuesday.",
        [(KJ, "OWNS", "Blue Lake Lodge")],
        [],
    ),
    # testifying before a body is speaking with it
    (
        "Karl Jensen testified before the United States Congress on Monday.",
        [(KJ, "SPOKE_WITH", "United States Congress")],
        [],
    ),
    # a name between commas after a role holds it, though the parser made it a subject
    ("According to Riverton's mayor, Karl Jensen, ten people were aboard.", [(KJ, "LEADS", "Riverton")], []),
    # the parser hangs the name on the last word of an "X of Y" organisation; a plain noun is no name
    (
        "Speaking to Reuters, the president of the Danish Union of Teachers, Anders Holm, said the strike went on.",
        [("Anders Holm", "LEADS", "Danish Union of Teachers")],
        [],
    ),
    # ... but "the city of Oslo" names Oslo, whose mayor leads it
    ("The mayor of the city of Oslo, Anna Berg, spoke on Monday.", [(AB, "LEADS", "Oslo")], []),
    (
        "The governor of the Brazilian state of Pará, Ana Souza, ordered a lockdown.",
        [("Ana Souza", "LEADS", "Pará")],
        [],
    ),
    # "one of" a role's holders holds the role; one of the victims holds none
    ("Karl Jensen, one of the directors of Greenpeace, spoke on Monday.", [(KJ, "LEADS", "Greenpeace")], []),
    (
        "Giuliani met Karl Jensen, one of President Anna Berg's aides, in Madrid.",
        [(KJ, "WORKS_FOR", AB)],
        [],
    ),
    ("Karl Jensen, one of the victims of the Oslo attack, died.", [], [(KJ, "AFFILIATED_WITH", "Oslo")]),
    # "respectively" pairs a role's holders with the role's own list, and never gives both the first
    (
        "The letter was signed by Anna Berg and Karl Jensen, who serve as chairmen of the Finance Committee "
        "and the Budget Committee, respectively.",
        [(AB, "LEADS", "Finance Committee"), (KJ, "LEADS", "Budget Committee")],
        [(KJ, "LEADS", "Finance Committee")],
    ),
    (
        "Anna Berg and Karl Jensen, the chairmen of the Finance Committee and the Budget Committee "
        "respectively, signed the letter.",
        [(AB, "LEADS", "Finance Committee"), (KJ, "LEADS", "Budget Committee")],
        [],
    ),
    # a stretch of work before the clause, or time spent working: the clause's subject worked
    (
        "In 1998, following ten years working for NationsBank, Anna Berg ran for a seat.",
        [(AB, "WORKS_FOR", "NationsBank")],
        [],
    ),
    ("Anna Berg, who spent ten years working for Volvo, joined Saab.", [(AB, "WORKS_FOR", "Volvo")], []),
    (
        "After two decades working for Statoil, Anna Berg joined the cabinet.",
        [(AB, "WORKS_FOR", "Statoil")],
        [],
    ),
    # "located near X in Y": what is located is in Y, and X is only near it
    (
        "Officials met. The plane was flying to Gillespie Field airport, located near San Diego in El Cajon.",
        [("Gillespie Field", "LOCATED_IN", "El Cajon")],
        [("San Diego", "LOCATED_IN", "El Cajon")],
    ),
    # a body's one-word name that opens the sentence before a role and a name is a name
    (
        "Officials met. Greenpeace director Anna Berg said the ship had left.",
        [(AB, "LEADS", "Greenpeace")],
        [],
    ),
    # selectmen and rectors lead what they are of
    ("Karl Jensen, Riverton's first selectman, said no.", [(KJ, "LEADS", "Riverton")], []),
    ("Anna Berg, rector of the University of Oslo, spoke.", [(AB, "LEADS", "University of Oslo")], []),
    # a role written between an organisation and a person the parser hangs apart
    (
        "Criticism came from Sky News Arabia producer Jamal al-Harbi.",
        [("Jamal al-Harbi", "WORKS_FOR", "Sky News Arabia")],
        [],
    ),
    (
        "Statements came from World Health Organization (WHO) chief Tedros Adhanom and others.",
        [("Tedros Adhanom", "LEADS", "World Health Organization")],
        [],
    ),
    # ... past a rank before the role and an academic title after it
    (
        "Officials met on Monday. Kenya Wildlife Service senior veterinarian Dr Anna Berg told reporters the rhinos were safe.",
        [(AB, "WORKS_FOR", "Kenya Wildlife Service")],
        [],
    ),
    # one who joins a company works for it; not a network one signs up to, nor a club one plays for
    (
        "Officials met on Monday. Anna Berg joined Zenora Bank in January. Karl Jensen joined Twitter "
        "in 2009 and joined Real Club Deportivo Almenara in 2012.",
        [(AB, "WORKS_FOR", "Zenora Bank")],
        [(KJ, "WORKS_FOR", "Twitter"), (KJ, "WORKS_FOR", "Real Club Deportivo Almenara")],
    ),
    # an owner's noun between a possessive and a name makes the name the owner
    (
        "Officials met on Monday. Karl Jensen, the chief executive of Google's parent company "
        "Alphabet, testified.",
        [("Alphabet", "OWNS", "Google"), (KJ, "LEADS", "Alphabet")],
        [("Google", "OWNS", "Alphabet")],
    ),
    # a hyphenated title in apposition, whose last part the parser tags as an adjective
    (
        "Officials met on Monday. Anna Berg, Oxfam's director-general, said the aid had arrived.",
        [(AB, "LEADS", "Oxfam")],
        [],
    ),
    # an organisation's post "for" a region is the organisation's, and one region's head leads no whole
    (
        "Officials met on Monday. Anna Berg, Unite's regional officer for the North West, said the "
        "workers were angry. Karl Jensen, Oxfam's director for East Africa, said aid had arrived.",
        [(AB, "WORKS_FOR", "Unite"), (KJ, "WORKS_FOR", "Oxfam")],
        [(AB, "WORKS_FOR", "North West"), (KJ, "LEADS", "Oxfam"), (KJ, "LEADS", "East Africa")],
    ),
    # an envoy "for" a country is sent there, and works for whoever sends them
    (
        "Carl Hendricks, the UN envoy for Syria, left Geneva on Friday.",
        [("Carl Hendricks", "WORKS_FOR", "UN")],
        [("Carl Hendricks", "WORKS_FOR", "Syria")],
    ),
    # an infinitive's subject is its governing verb's, unless that verb has an object
    ("Karl Jensen was expected to leave the Centre Party on Friday.", [(KJ, "MEMBER_OF", CP)], []),
    (
        "Sweden would cease to be part of the European Economic Area.",
        [("Sweden", "MEMBER_OF", "European Economic Area")],
        [],
    ),
    ("Anna Berg asked Karl Jensen to leave the Centre Party on Friday.", [], [(AB, "MEMBER_OF", CP)]),
    # a delegate or adviser "to" a body named before the holder; an envoy "to" a state is sent there
    (
        "The Maltese delegate to the European Parliament, Anna Berg, told the press that the vote failed.",
        [(AB, "MEMBER_OF", "European Parliament")],
        [],
    ),
    (
        "The adviser to the World Bank, Anna Berg, told the press that the vote failed.",
        [(AB, "WORKS_FOR", "World Bank")],
        [],
    ),
    ("The UN envoy to Syria, Anna Berg, told the press that talks failed.", [], [(AB, "WORKS_FOR", "Syria")]),
    # a party member "on" a committee
    (
        "Lena Fischer, the most senior Democrat on the Ways and Means Committee, objected.",
        [("Lena Fischer", "MEMBER_OF", "Ways and Means Committee")],
        [],
    ),
    (
        "Anna Berg, a Republican on the Senate Finance Committee, voted no.",
        [(AB, "MEMBER_OF", "Senate Finance Committee")],
        [],
    ),
    # a relative clause said of many is the whole list's; a singular one the last name's
    (
        "The show was hosted by Anna Berg and Karl Jensen, who both worked for Halvorsen Group.",
        [(AB, "WORKS_FOR", HG), (KJ, "WORKS_FOR", HG)],
        [],
    ),
    (
        "Anna Berg, Olaf Lund and Karl Jensen, who are members of the Centre Party, objected.",
        [(n, "MEMBER_OF", CP) for n in (AB, OL, KJ)],
        [],
    ),
    (
        "The show was hosted by Anna Berg and Karl Jensen, who works for Halvorsen Group.",
        [(KJ, "WORKS_FOR", HG)],
        [(AB, "WORKS_FOR", HG)],
    ),
    # a party's nominee is affiliated with it, never with what is run for
    (
        "In 2016, the Green Party's presidential nominee Anna Berg received 3 percent of the vote.",
        [(AB, "AFFILIATED_WITH", "Green Party")],
        [],
    ),
    (
        "Anna Berg, a candidate for the Vermont Senate, spoke on Monday.",
        [],
        [(AB, "AFFILIATED_WITH", "Vermont Senate")],
    ),
    # a unit of an organisation, a named product its maker made
    (
        "Reporters gathered on Monday. Nordlys Media is a unit of Halvorsen Group.",
        [(HG, "OWNS", "Nordlys Media")],
        [],
    ),
    (
        "The drug ZX-41 is now produced by the Florida company Halvorsen Biotech.",
        [("Halvorsen Biotech", "OWNS", "ZX-41")],
        [],
    ),
    ("The Falcon 9 rocket, built by SpaceX, landed on Monday.", [("SpaceX", "OWNS", "Falcon 9")], []),
    (
        "The treatments were ZX-41, an antibody first isolated in 1995, now produced by the Florida company Halvorsen Biotech; and QR-7, a cocktail.",
        [],
        [("Halvorsen Biotech", "OWNS", "QR-7")],
    ),
    # a company described in apposition as based somewhere
    ("Halvorsen Group, a Bergen-based shipping company, cut jobs.", [(HG, "LOCATED_IN", "Bergen")], []),
    ("Halvorsen Group, a shipping company based in Bergen, cut jobs.", [(HG, "LOCATED_IN", "Bergen")], []),
    # a county's official, a portfolio between the county and the role; not a state senator
    (
        "Officials met on Monday. Kisumu County transport executive Grace Achieng said the county had asked for help.",
        [("Grace Achieng", "WORKS_FOR", "Kisumu County")],
        [],
    ),
    # a name the parser broke into several heads ("Min", "-", "seok") still takes its apposition
    (
        "Officials met on Monday. Choi Min-seok, a vice minister at the Ministry of Land, told Yonhap the plan was good.",
        [("Choi Min-seok", "WORKS_FOR", "Ministry of Land")],
        [],
    ),
    # "of the <kind of body> Name": the name read as the body's, where the parser hung it on the person
    (
        "Officials met on Monday. Analyst Jane Roe of the investment bank Halvia Capital said rates would rise.",
        [("Jane Roe", "WORKS_FOR", "Halvia Capital")],
        [],
    ),
    (
        "Officials met on Monday. Spokeswoman Eva Lind of the airline Norwegian Air said flights would resume.",
        [("Eva Lind", "SPOKESPERSON_FOR", "Norwegian Air")],
        [],
    ),
    (
        "Officials met on Monday. Professor Ola Strand of the research institute SINTEF said the ice was melting.",
        [("Ola Strand", "AFFILIATED_WITH", "SINTEF")],
        [],
    ),
    # ... never where the noun is inside the name's own phrase (the parse would loop)
    (
        "Officials met on Monday. Ann Dale of Halvia University and contributor to Tarvik Post wrote that it was wrong.",
        [("Ann Dale", "AFFILIATED_WITH", "Halvia University")],
        [],
    ),
    # "at" an organisation, then "in" a place right after its name, however the parser hung "in"
    # (also "to" or "into" one: "taken to the X in Y", where the parser often hangs "in" on the verb)
    (
        "Officials met on Monday. The injured were taken to the General Hospital in Tarvik.",
        [("General Hospital", "LOCATED_IN", "Tarvik")],
        [],
    ),
    (
        "Officials met on Monday. The case was sent to the High Court in Tarvik.",
        [("High Court", "LOCATED_IN", "Tarvik")],
        [],
    ),
    (
        "Officials met on Monday. She studied painting at the University of Chile in Santiago.",
        [("University of Chile", "LOCATED_IN", "Santiago")],
        [],
    ),
    (
        "Officials met on Monday. Pohiva taught history at the University of the South Pacific's campus in Tonga.",
        [],
        [("University of the South Pacific", "LOCATED_IN", "Tonga")],
    ),
    # ... or after its short form in brackets, where the parser hangs "in" on the verb or the noun
    (
        "Officials met on Monday. She studied at Halden University (HU) in Norway.",
        [("Halden University", "LOCATED_IN", "Norway")],
        [],
    ),
    (
        "Officials met on Monday. Researchers from the Halden Institute of Marine Research (HIMR) in Bergen found the virus.",
        [("Halden Institute of Marine Research", "LOCATED_IN", "Bergen")],
        [],
    ),
    # names, then "from" an organisation that the parser hung on the verb: where they are from
    (
        "Officials met on Monday. The prize went to Anna Berg and Karl Lema from Halden University.",
        [
            ("Anna Berg", "AFFILIATED_WITH", "Halden University"),
            ("Karl Lema", "AFFILIATED_WITH", "Halden University"),
        ],
        [],
    ),
    (
        "Officials met on Monday. Marmara Spor signed Chinedu Okafor from Sporting Tielrode on a four-year contract.",
        [],
        [("Chinedu Okafor", "AFFILIATED_WITH", "Sporting Tielrode")],
    ),
    # an envoy's title "to" somewhere before the name: the envoy works for the state that sent them
    (
        "Officials met on Monday. Former US Ambassador to the United Nations Nikki Haley wrote on Twitter.",
        [("Nikki Haley", "WORKS_FOR", "United States")],
        [("Nikki Haley", "WORKS_FOR", "United Nations")],
    ),
    (
        "Officials met on Monday. Kenya's Ambassador to Japan Anna Mwangi spoke.",
        [("Anna Mwangi", "WORKS_FOR", "Kenya")],
        [("Anna Mwangi", "WORKS_FOR", "Japan")],
    ),
    (
        "Officials met on Monday. The US ambassador to Kenya met Anna Mwangi on Monday.",
        [],
        [("Anna Mwangi", "WORKS_FOR", "United States")],
    ),
    # a bishop leads the diocese the title names; an auxiliary bishop does not, nor a bishop his church
    (
        "Officials met on Monday. A Mass was celebrated by Bishop Hervé Castaing of the Diocese of Vaudrecourt.",
        [("Hervé Castaing", "LEADS", "Diocese of Vaudrecourt")],
        [],
    ),
    (
        "Officials met on Monday. Bishop Jean Martin of the Nakuru diocese led the procession.",
        [("Jean Martin", "LEADS", "Nakuru diocese")],
        [],
    ),
    (
        "Officials met on Monday. Auxiliary Bishop Hervé Castaing of the Diocese of Vaudrecourt spoke.",
        [("Hervé Castaing", "AFFILIATED_WITH", "Diocese of Vaudrecourt")],
        [("Hervé Castaing", "LEADS", "Diocese of Vaudrecourt")],
    ),
    (
        "Officials met on Monday. Bishop Jean Martin of the Church of England spoke.",
        [("Jean Martin", "AFFILIATED_WITH", "Church of England")],
        [("Jean Martin", "LEADS", "Church of England")],
    ),
    # a university's school, faculty or department "at" it is the university's, however "at" was hung
    (
        "Officials met on Monday. The study was led by Anna Berg of the Halden School of Marine Science at the University of Bergen.",
        [("University of Bergen", "OWNS", "Halden School of Marine Science")],
        [],
    ),
    (
        "Officials met on Monday. The Halden Institute at the University of Bergen released the report.",
        [("University of Bergen", "OWNS", "Halden Institute")],
        [],
    ),
    (
        "Officials met on Monday. Anna Berg, who studied at Halden College, works at Oslo University.",
        [],
        [("Oslo University", "OWNS", "Halden College")],
    ),
    # a place noun in apposition "of" a place whose name the parser read as a verb's phrase
    (
        "Officials met on Monday. The mayor visited Tandag City, the capital of Surigao del Sur, on Monday.",
        [("Tandag City", "LOCATED_IN", "Surigao del Sur")],
        [],
    ),
    (
        "Officials met on Monday. Bislig, the largest city of Surigao del Sur, was flooded.",
        [("Bislig", "LOCATED_IN", "Surigao del Sur")],
        [],
    ),
    # a place noun in apposition, on a coast or a lake "in" a place: the named place is in it
    (
        "Officials met on Monday. Ships left Porto Vello, a fishing town on the coast in northern Chile, on Monday.",
        [("Porto Vello", "LOCATED_IN", "Chile")],
        [],
    ),
    (
        "Officials met on Monday. The ferry sank near Mbala, a village on a lake in Zambia.",
        [("Mbala", "LOCATED_IN", "Zambia")],
        [],
    ),
    (
        "Officials met on Monday. Aid reached Mbala, a village on a lake near the border with Zambia.",
        [],
        [("Mbala", "LOCATED_IN", "Zambia")],
    ),
    # a site named before its lower-case noun ("the Kavango river", "Notre Dame cathedral") "in" a place
    (
        "Officials met on Monday. Water levels on the Kavango river in Namibia rose.",
        [("Kavango", "LOCATED_IN", "Namibia")],
        [],
    ),
    (
        "Officials met on Monday. Pilgrims filled the Saint Anne cathedral in Rouen.",
        [("Saint Anne", "LOCATED_IN", "Rouen")],
        [],
    ),
    (
        "Officials met on Monday. Patients at the Halden Group hospital in Bergen were moved.",
        [],
        [("Halden Group", "LOCATED_IN", "Bergen")],
    ),
    # "a member of parliament" in lower case is the article's one parliament; with two, neither
    (
        "The Halden Parliament passed the bill. Kevin Conolly, a member of parliament, said it was a sad day.",
        [("Kevin Conolly", "MEMBER_OF", "Halden Parliament")],
        [],
    ),
    (
        "The Halden Parliament and the Nordvik Parliament met. Kevin Conolly, a member of parliament, spoke.",
        [],
        [
            ("Kevin Conolly", "MEMBER_OF", "Halden Parliament"),
            ("Kevin Conolly", "MEMBER_OF", "Nordvik Parliament"),
        ],
    ),
    # two titles joined before one name: the first is the name's too, however the parser split them
    (
        "Officials met on Monday. Halden Group engineer and union organiser Karl Lema said the plant would close.",
        [("Karl Lema", "WORKS_FOR", "Halden Group")],
        [],
    ),
    (
        "Officials met on Monday. Former Vermont governor and US senator Paul Ortiz is considering a run.",
        [("Paul Ortiz", "LEADS", "Vermont")],
        [],
    ),
    (
        "Officials met on Monday. The Halden Society chairman and Norwegian ambassador Karl Jensen spoke.",
        [("Karl Jensen", "LEADS", "Halden Society")],
        [],
    ),
    # a share or a stake held in a company; not a majority of seats in a chamber
    (
        "Officials met on Monday. Kallio Partners, which owns 64 percent of Lumora Systems, will sell.",
        [("Kallio Partners", "OWNS", "Lumora Systems")],
        [],
    ),
    (
        "Officials met on Monday. The Liberal Party holds a majority in the House of Commons.",
        [],
        [("Liberal Party", "OWNS", "House of Commons")],
    ),
    # owned in part, or since a date, after a copula
    (
        "The club was sold. Alvorada has been majority-owned since 2019 by Hengrui Sports Holdings.",
        [("Hengrui Sports Holdings", "OWNS", "Alvorada")],
        [],
    ),
    (
        "Officials met on Monday. Minera Pampa Blanca is 70 percent owned by Northcrest Resources.",
        [("Northcrest Resources", "OWNS", "Minera Pampa Blanca")],
        [],
    ),
    # a company the model took for a person, said to be a subsidiary
    (
        "The main contractor, Fjellvik Entreprenør, is a subsidiary of the Swedish construction group Nordbyggen.",
        [("Nordbyggen", "OWNS", "Fjellvik Entreprenør")],
        [],
    ),
    # the place the model tags a common noun; a company the model took for a person
    (
        "The prize is funded by Coral Coast Mutual, a Brisbane-based insurer.",
        [("Coral Coast Mutual", "LOCATED_IN", "Brisbane")],
        [],
    ),
    # a country's possessive on the noun that renames an organisation (the model tags
    # "association" a proper noun here)
    (
        "The Colegio Médico, Chile's national medical association, called for a review.",
        [("Colegio Médico", "LOCATED_IN", "Chile")],
        [],
    ),
    (
        "Brenner Antriebe, a Stuttgart-based maker of gearboxes, said it would cut 1,800 jobs.",
        [("Brenner Antriebe", "LOCATED_IN", "Stuttgart")],
        [],
    ),
    # "his party": the party of the one "his" stands for, not when another person told comes between
    (
        "Opposition leader Karl Jensen said his Centre Party was eager for an election.",
        [(KJ, "MEMBER_OF", CP)],
        [],
    ),
    ("Anna Berg said her Green Party would win the vote.", [(AB, "MEMBER_OF", "Green Party")], []),
    (
        "Anna Berg told Karl Jensen his Centre Party would lose.",
        [],
        [(AB, "MEMBER_OF", CP), (KJ, "MEMBER_OF", CP)],
    ),
    # those in a band with others are all its members
    (
        "Anna Berg and Karl Jensen were in another supergroup Northline with Olaf Lund and Eva Lind.",
        [(n, "MEMBER_OF", "Northline") for n in (AB, KJ, OL, EL)],
        [],
    ),
    # "whose chairman is X"; "took over as leader of Y"
    (
        "The Nordic Army, whose commander-in-chief is President Anna Berg, entered the town.",
        [(AB, "LEADS", "Nordic Army")],
        [],
    ),
    ("Anna Berg took over as leader of the Centre Party in 2015.", [(AB, "LEADS", CP)], []),
    # people listed as working for an organisation (the parser reads a plural "work" as a noun)
    (
        "Karl Jensen and Olaf Lund work for Halvorsen Group.",
        [(KJ, "WORKS_FOR", HG), (OL, "WORKS_FOR", HG)],
        [],
    ),
    (
        "Karl Jensen, Olaf Lund and Eva Lind work for Halvorsen Group.",
        [(n, "WORKS_FOR", HG) for n in (KJ, OL, EL)],
        [],
    ),
    # everything bought in a list
    (
        "Halvorsen Group bought Nordlys Media and Skyfall Records in 2018.",
        [(HG, "OWNS", "Nordlys Media"), (HG, "OWNS", "Skyfall Records")],
        [],
    ),
    # two who spoke spoke with each other only when the sentence says so
    ("Anna Berg and Karl Jensen spoke by phone on Friday.", [(AB, "SPOKE_WITH", KJ)], []),
    ("Anna Berg and Karl Jensen spoke to each other on Monday.", [(AB, "SPOKE_WITH", KJ)], []),
    ("Anna Berg and Karl Jensen met in Oslo.", [(AB, "SPOKE_WITH", KJ)], []),
    ("Anna Berg and Karl Jensen spoke at the rally on Monday.", [], [(AB, "SPOKE_WITH", KJ)]),
    # round 16: a place the model missed, said to be one by its apposition or by where it lies; a
    # place named with its place noun ("Idlib province") in a larger one
    (
        "Kirkwall, the capital of Orkney, was cut off by the storm.",
        [("Kirkwall", "LOCATED_IN", "Orkney")],
        [],
    ),
    ("Kelso, the largest town in the Borders, was flooded.", [("Kelso", "LOCATED_IN", "Borders")], []),
    ("Marwick lies in the north of Orkney.", [("Marwick", "LOCATED_IN", "Orkney")], []),
    ("Fighting broke out in Idlib province in Syria.", [("Idlib", "LOCATED_IN", "Syria")], []),
    # round 16: a company's name the model left untagged, ending in a word only companies' names end in
    ("Tarvik Media is a unit of Orlen Group.", [("Orlen Group", "OWNS", "Tarvik Media")], []),
    ("Blue Fjord Records belongs to Orlen Group.", [("Orlen Group", "OWNS", "Blue Fjord Records")], []),
    # round 16: a name in the middle of a list the parser took for an apposition of the first
    (
        "The meeting ended. Karl Jensen, Anna Berg, and Rosa Diaz are all members of the New Progressive Party.",
        [(n, "MEMBER_OF", "New Progressive Party") for n in (KJ, AB, "Rosa Diaz")],
        [],
    ),
    # round 17: a title the parser hung on the first word of a three-word name, not on its last
    (
        'United States Attorney Thomas T. Walsh said Brandt "poisoned the town."',
        [("Thomas T. Walsh", "WORKS_FOR", US)],
        [("Thomas T. Walsh", "LEADS", US), ("Brandt", "WORKS_FOR", US)],
    ),
    # round 17: a body in apposition with an agency, arm or wing "of" another is affiliated with it
    (
        "The Tarvik Front, a specialised agency of the Nordic Council, met in Oslo.",
        [("Tarvik Front", "AFFILIATED_WITH", "Nordic Council")],
        [("Nordic Council", "OWNS", "Tarvik Front")],
    ),
    (
        "The Nordic Youth League, the youth wing of the Labour Party, voted.",
        [("Nordic Youth League", "AFFILIATED_WITH", "Labour Party")],
        [],
    ),
    # round 17 (shapes probed with made-up sentences): a bank's name the model missed; "has worked for"
    (
        "Halvia Bank's chief executive Marta Lind resigned on Monday.",
        [("Marta Lind", "LEADS", "Halvia Bank")],
        [],
    ),
    (
        "Halvia Bank, headquartered in Tarvik, collapsed on Monday.",
        [("Halvia Bank", "LOCATED_IN", "Tarvik")],
        [],
    ),
    (
        "Marta Lind has worked for Halvia Bank since 2015.",
        [("Marta Lind", "WORKS_FOR", "Halvia Bank")],
        [],
    ),
    # a town's council is no body the town is: its member is no member of the town
    (
        "Marta Lind, a member of the Tarvik city council, voted against.",
        [],
        [("Marta Lind", "MEMBER_OF", "Tarvik")],
    ),
    # round 17: "in" a list of places places the thing in each; "A and B, both in X" places both
    (
        "Smoke from wildfires burning the Nordic Forest in Sweden, Norway and Finland reached Oslo.",
        [("Nordic Forest", "LOCATED_IN", c) for c in ("Sweden", "Norway", "Finland")],
        [],
    ),
    (
        "Scientists from the Tarvik Institute and Halvia University, both in Norway, found it.",
        [("Tarvik Institute", "LOCATED_IN", "Norway"), ("Halvia University", "LOCATED_IN", "Norway")],
        [],
    ),
    # a comma between a town and its region is no list: the thing is in the town only
    (
        "The Halvia Academy in Tarvik, Nordland closed on Friday.",
        [("Halvia Academy", "LOCATED_IN", "Tarvik")],
        [("Halvia Academy", "LOCATED_IN", "Nordland")],
    ),
    # ... the list is the one before the comma, not the listed name's later mention elsewhere
    (
        "Scientists from the Tarvik Institute and Halvia University, both in Norway, found it. "
        "Later, Halvia University and Oslo College signed a deal.",
        [("Tarvik Institute", "LOCATED_IN", "Norway"), ("Halvia University", "LOCATED_IN", "Norway")],
        [("Oslo College", "LOCATED_IN", "Norway")],
    ),
    # round 17: an aide or a chief of staff "to" someone works for them
    ("Anna Berg, an aide to Karl Lund, said so.", [("Anna Berg", "WORKS_FOR", "Karl Lund")], []),
    (
        "Anna Berg, chief of staff to Karl Lund, said so.",
        [("Anna Berg", "WORKS_FOR", "Karl Lund")],
        [("Anna Berg", "LEADS", "Karl Lund")],
    ),
    ("Karl Lund, the ambassador to Sweden, said so.", [], [("Karl Lund", "WORKS_FOR", "Sweden")]),
    # round 17: "the village of X in the county of Y", the parser hanging "in" on the place noun
    (
        "She grew up in the village of Holmvik in the county of Rogaland.",
        [("Holmvik", "LOCATED_IN", "Rogaland")],
        [],
    ),
    # round 17: a place noun with no name of its own stands for the place it is "of"
    (
        "Karl Jensen, who was visiting the town of Velmora in the province of Castrel, fell ill.",
        [("Velmora", "LOCATED_IN", "Castrel")],
        [],
    ),
    (
        "The storm reached the city of Tarvik in northern Nordland on Monday.",
        [("Tarvik", "LOCATED_IN", "Nordland")],
        [],
    ),
    # a "-based" noun places the name right after it, however the parser hung the two
    (
        "The London-based charity Oxfam said the aid was late.",
        [("Oxfam", "LOCATED_IN", "London")],
        [],
    ),
    (
        "The Berlin-based startup Veltrix Systems raised 20 million euros.",
        [("Veltrix Systems", "LOCATED_IN", "Berlin")],
        [],
    ),
    # a parent named as a modifier of "subsidiary" or "unit" owns the company; the unit is placed, not
    # the parent
    (
        "Veltrix Systems, a Siemens unit based in Munich, makes sensors.",
        [("Siemens", "OWNS", "Veltrix Systems"), ("Veltrix Systems", "LOCATED_IN", "Munich")],
        [("Siemens", "LOCATED_IN", "Munich")],
    ),
    (
        "The Siemens subsidiary Veltrix Systems makes sensors.",
        [("Siemens", "OWNS", "Veltrix Systems")],
        [],
    ),
    (
        "The Siemens engineer Tom Hale retired in May.",
        [("Tom Hale", "WORKS_FOR", "Siemens")],
        [("Siemens", "OWNS", "Tom Hale")],
    ),
    # round 19, from invented articles: an owner after "owned by" on an apposition; a body's members
    # listed as its attribute; years spent at an employer; coaching a team; a band's singer; "its
    # spokesman X said" after the body's clause
    (
        "The warehouse was run by Nordlys Logistics, a freight company owned by Halvorsen Group.",
        [("Halvorsen Group", "OWNS", "Nordlys Logistics")],
        [],
    ),
    (
        "Mercosur's members are Brazil, Argentina, Paraguay and Uruguay.",
        [("Brazil", "MEMBER_OF", "Mercosur"), ("Uruguay", "MEMBER_OF", "Mercosur")],
        [],
    ),
    (
        "Karl Jensen spent eight years at Siemens before starting the company in 2021.",
        [(KJ, "WORKS_FOR", "Siemens")],
        [],
    ),
    (
        "Karl Jensen took over at Nordvale in 2021 after eleven years at Siemens.",
        [(KJ, "WORKS_FOR", "Siemens")],
        [],
    ),
    (
        "Stijn Verhaegen, who currently coaches KSV Oudenburg, was approached.",
        [("Stijn Verhaegen", "WORKS_FOR", "KSV Oudenburg")],
        [],
    ),
    (
        "Hollow Meridian singer Anna Berg wrote on Twitter that the band were gutted.",
        [(AB, "MEMBER_OF", "Hollow Meridian")],
        [],
    ),
    (
        "Officials met on Monday. Greenpeace campaigner Jonas Becker called the agreement a disaster.",
        [("Jonas Becker", "WORKS_FOR", "Greenpeace")],
        [],
    ),
    (
        "Officials met. The Innsbruck Public Prosecutor's Office has opened an inquiry, its spokesman Thomas Gruber said.",
        [("Thomas Gruber", "SPOKESPERSON_FOR", "Innsbruck Public Prosecutor's Office")],
        [],
    ),
    # "its" in the subject of a verb that reports nothing names no owner
    (
        "Acme Corp. sued Nordlys Media on Monday. Its spokesman Karl Jensen resigned.",
        [],
        [(KJ, "SPOKESPERSON_FOR", "Acme Corp."), (KJ, "SPOKESPERSON_FOR", "Nordlys Media")],
    ),
    # from the second invented set: based "at" in a relative clause or "Based in X," fronted; "whose
    # chairman, X,"; presiding over a chamber; an undersecretary at a ministry
    (
        "Officials met on Monday. Alba Air, which is based at Milan Bergamo Airport, cancelled 312 flights.",
        [("Alba Air", "LOCATED_IN", "Milan Bergamo Airport")],
        [],
    ),
    (
        "Based in Texas, Halvorsen Group still runs four power plants.",
        [(HG, "LOCATED_IN", "Texas")],
        [],
    ),
    (
        "Officials met on Monday. Nordic Rail, whose chairman, Karl Jensen, resigned, lost money.",
        [(KJ, "LEADS", "Nordic Rail")],
        [],
    ),
    # "the president of X, Name," after another noun phrase: the parser hangs role and name apart
    (
        "Officials met on Monday. Speaking to Agence France-Presse, the president of the Nordic League for the Defence of Wild Birds, Karl Jensen, said the plan was reckless.",
        [(KJ, "LEADS", "Nordic League for the Defence of Wild Birds")],
        [],
    ),
    (
        "Officials met on Monday. Speaking to the Associated Press, the director of the Baltic Institute for the Study of Marine Life, Anna Berg, said the plan was reckless.",
        [(AB, "LEADS", "Baltic Institute for the Study of Marine Life")],
        [],
    ),
    # "A and B from Y": the preposition after a list of names is each one's, wherever the parser
    # hung it; not the name after another's own organisation, nor people beside a body's name
    (
        "Officials met on Monday. Ivan Shelyagin and Valentina Sidorenko from Tyumen State Medical University won the prize.",
        [("Ivan Shelyagin", "AFFILIATED_WITH", "Tyumen State Medical University")]
        + [("Valentina Sidorenko", "AFFILIATED_WITH", "Tyumen State Medical University")],
        [],
    ),
    (
        "Officials met on Monday. Anna Berg of Volvo and Karl Jensen said the plan was late.",
        [(AB, "AFFILIATED_WITH", "Volvo")],
        [(KJ, "AFFILIATED_WITH", "Volvo")],
    ),
    (
        "The deal came in a call between Paraguayan President Rodrigo Ayala and Brazil's President Marcos Tavares, Brazil's Ministry of Mines and Energy said on Wednesday.",
        [],
        [("Rodrigo Ayala", "AFFILIATED_WITH", "Ministry of Mines and Energy")]
        + [("Marcos Tavares", "AFFILIATED_WITH", "Ministry of Mines and Energy")],
    ),
    # those a body was founded "with" are its members too; where it was founded is where it is
    (
        "Officials met on Monday. Karl Jensen formed the band Nordlys Five with pianist Sipho Dube and bassist Lucky Ntuli in 1964.",
        [("Sipho Dube", "MEMBER_OF", "Nordlys Five"), ("Lucky Ntuli", "MEMBER_OF", "Nordlys Five")],
        [],
    ),
    (
        "Officials met on Monday. In 1972 Carli founded his own company, the Compagnia del Porto, in Genoa, and he led it for more than thirty years.",
        [("Compagnia del Porto", "LOCATED_IN", "Genoa")],
        [],
    ),
    (
        "Officials met on Monday. Karl Jensen recorded albums for Skyfall Records, the Bergen label, for years.",
        [("Skyfall Records", "LOCATED_IN", "Bergen")],
        [],
    ),
    # a common noun in apposition renames the name: what "the Bergen label that was bought" is
    (
        "Officials met on Monday. Karl Jensen sang for Skyfall Records, the Bergen label that was bought by Halvorsen Group in 1999.",
        [(HG, "OWNS", "Skyfall Records")],
        [(HG, "OWNS", "Bergen")],
    ),
    # a place that includes another: the other is in it (not a body that includes a member)
    (
        "Officials met on Monday. Flooding closed roads across Marin County, which includes Sausalito, on Tuesday.",
        [("Sausalito", "LOCATED_IN", "Marin County")],
        [],
    ),
    (
        "Officials met on Monday. The Nordic Rail Alliance, which includes Bergen, cut services.",
        [],
        [("Bergen", "LOCATED_IN", "Nordic Rail Alliance")],
    ),
    # specialists of a field at, from or with a body ("a taxonomist from", "an organiser with")
    (
        "Officials met on Monday. Sipho Mthembu, a taxonomist from the University of Cape Town, cautioned that early counts often fall.",
        [("Sipho Mthembu", "AFFILIATED_WITH", "University of Cape Town")],
        [],
    ),
    (
        "Officials met on Monday. Amara Okonkwo, an organiser with the West Broadway Tenants' Committee, said rents rose.",
        [("Amara Okonkwo", "AFFILIATED_WITH", "West Broadway Tenants' Committee")],
        [],
    ),
    (
        "Judge Mirela Costa, who presides over the Pre-Trial Chamber, read the decision.",
        [("Mirela Costa", "LEADS", "Pre-Trial Chamber")],
        [],
    ),
    (
        "Edoardo Sarti, an undersecretary at the Ministry of Infrastructure and Transport, said he would invite them.",
        [("Edoardo Sarti", "WORKS_FOR", "Ministry of Infrastructure and Transport")],
        [],
    ),
    # a company's short name before a two-word role is the company
    (
        "The strain was licensed to Klarwasser Bio on Monday. Klarwasser chief executive Jonas Reinholt "
        "said tests could begin next year.",
        [("Jonas Reinholt", "LEADS", "Klarwasser Bio")],
        [],
    ),
    # a ranger, a warden, a superintendent, a pilot works for the body named before the role
    (
        "Officials met on Monday. Kenya Wildlife Service ranger Daniel Lekishon said the herd had moved.",
        [("Daniel Lekishon", "WORKS_FOR", "Kenya Wildlife Service")],
        [],
    ),
    # an analyst at a firm works for it; "controlled by" a group is owned by it
    (
        "Officials met on Monday. Emma Lindqvist, an analyst at the Stockholm investment bank Nordhavn "
        "Securities, wrote in a note that the price was full.",
        [("Emma Lindqvist", "WORKS_FOR", "Nordhavn Securities")],
        [("Emma Lindqvist", "AFFILIATED_WITH", "Nordhavn Securities")],
    ),
    (
        "Officials met on Monday. Daehan Heavy Industries, which is controlled by the Hanbit Group, posted a profit.",
        [("Hanbit Group", "OWNS", "Daehan Heavy Industries")],
        [],
    ),
    # a place before the kind noun of the name right after it: the body is there
    (
        "Officials met on Monday. Hoogland bought the Krakow brewer Browar Wawelski in 2019.",
        [("Browar Wawelski", "LOCATED_IN", "Krakow")],
        [],
    ),
    (
        "Officials met on Monday. Regulators shut the Kansas lender Prairie Hollow Bank on Friday.",
        [("Prairie Hollow Bank", "LOCATED_IN", "Kansas")],
        [],
    ),
    # a meeting one "would" hold, in reported speech, has not been held
    (
        "Officials met on Monday. Carmela Reyes-Tan said she would meet Jericho Santiago as soon as possible.",
        [],
        [("Carmela Reyes-Tan", "SPOKE_WITH", "Jericho Santiago")],
    ),
    # round 23: a body described as a kind of body in a place is there (not "in talks with" it)
    (
        "Officials met on Monday. The contract went to Marlo Foods, a catering firm in Tampere, in May.",
        [("Marlo Foods", "LOCATED_IN", "Tampere")],
        [],
    ),
    (
        "Officials met on Monday. Ruth Okoye, who heads Ada Hope, a charity in Ghana, said aid had run out.",
        [("Ada Hope", "LOCATED_IN", "Ghana")],
        [],
    ),
    (
        "Officials met on Monday. Marlo Foods, a catering firm in talks with Tampere, cut jobs.",
        [],
        [("Marlo Foods", "LOCATED_IN", "Tampere")],
    ),
    # membership said by representing, "of which ... a member", belonging to a union, signing or scoring for a team;
    # what belongs to anything else is still owned
    (
        "Officials met on Monday. Amos Kiprotich, who represents Eldama West in the National Assembly, "
        "called for an inquiry.",
        [("Amos Kiprotich", "MEMBER_OF", "National Assembly")],
        [],
    ),
    (
        "Officials met on Monday. The Nordic Transport Federation, of which Tarvik Dockers is a member, "
        "backed the strike.",
        [("Tarvik Dockers", "MEMBER_OF", "Nordic Transport Federation")],
        [("Nordic Transport Federation", "OWNS", "Tarvik Dockers")],
    ),
    (
        "Officials met on Monday. The Tarvik Dockers' Union, which belongs to the Nordic Transport "
        "Federation, called a strike.",
        [("Tarvik Dockers' Union", "MEMBER_OF", "Nordic Transport Federation")],
        [("Nordic Transport Federation", "OWNS", "Tarvik Dockers' Union")],
    ),
    (
        "Officials met on Monday. Striker Ola Brekke signed for Vardal Idrettslag last summer.",
        [("Ola Brekke", "MEMBER_OF", "Vardal Idrettslag")],
        [("Vardal Idrettslag", "OWNS", "Ola Brekke")],
    ),
    (
        "Officials met on Monday. Ola Brekke scored twice for Vardal Idrettslag on Sunday.",
        [("Ola Brekke", "MEMBER_OF", "Vardal Idrettslag")],
        [],
    ),
    (
        "Officials met on Monday. Saha Airlines belongs to the Iranian Air Force.",
        [("Iranian Air Force", "OWNS", "Saha Airlines")],
        [],
    ),
    # a place before a kind of company, itself qualified, places the company named after it
    (
        "Officials met on Monday. The funding round was led by the Cape Town venture firm Acacia Ridge "
        "Partners. The London law firm Smith Partners advised.",
        [("Acacia Ridge Partners", "LOCATED_IN", "Cape Town"), ("Smith Partners", "LOCATED_IN", "London")],
        [],
    ),
    # a newspaper is where it is published; not a paper in a journal
    (
        "Officials met on Monday. The Harbour Post, a weekly newspaper published in Halifax since 1908, "
        "was sold.",
        [("Harbour Post", "LOCATED_IN", "Halifax")],
        [],
    ),
    # "a Left Party member of the Riksdag" sits in both
    (
        "Officials met on Monday. Jonas Berg, a Left Party member of the Riksdag, objected.",
        [("Jonas Berg", "MEMBER_OF", "Riksdag"), ("Jonas Berg", "MEMBER_OF", "Left Party")],
        [],
    ),
    # a title after the last of a list of names is that person's, wherever the parser hung it
    (
        "The agreement was signed by Tomas Kral, leader of the Civic Party, Eva Novakova of the Green League "
        "and Petr Dvorak, chairman of the Farmers Union, at a ceremony.",
        [("Tomas Kral", "LEADS", "Civic Party"), ("Petr Dvorak", "LEADS", "Farmers Union")],
        [("Eva Novakova", "LEADS", "Farmers Union")],
    ),
    # a name the parser hangs on the place an envoy is sent to is the envoy's
    (
        "The contract was signed in Manila in the presence of Sweden's ambassador to the Philippines, "
        "Annika Holm.",
        [("Annika Holm", "WORKS_FOR", "Sweden")],
        [],
    ),
    # one sent somewhere works for whoever sent them, not for where they are sent
    (
        "Officials met on Monday. The UN envoy for Syria, Geir Lund, said talks would resume. The humanitarian "
        "coordinator for Yemen, Ingrid Hals, said she was appalled.",
        [],
        [("Geir Lund", "WORKS_FOR", "Syria"), ("Ingrid Hals", "WORKS_FOR", "Yemen")],
    ),
    # a rank between the post and the name is the person's title, not their post; a coordinator works
    (
        "Officials met on Monday. Philippine Navy spokesperson Commander Liza Dima said the ships were ready. "
        "Jonas Falk, MSF's emergency coordinator in Chad, warned of shortages.",
        [("Liza Dima", "SPOKESPERSON_FOR", "Philippine Navy"), ("Jonas Falk", "WORKS_FOR", "MSF")],
        [("Liza Dima", "WORKS_FOR", "Philippine Navy"), ("Liza Dima", "LEADS", "Philippine Navy")],
    ),
    # the chair of an organisation's board (of directors) leads the organisation, not a branch of it
    (
        "Officials met on Monday. Mira Santos, chair of the board of directors of Arden Valley Hospitals, "
        "resigned. Tom Vik, head of the Brackwater Trust's board, stays.",
        [("Mira Santos", "LEADS", "Arden Valley Hospitals"), ("Tom Vik", "LEADS", "Brackwater Trust")],
        [("Tom Vik", "WORKS_FOR", "Brackwater Trust")],
    ),
    # a body's leading words before Hospitals or Trust are its short name
    (
        "The clinic is run by Arden Valley Hospitals. Mira Santos, chief executive of Arden Valley, "
        "apologised on Monday.",
        [("Mira Santos", "LEADS", "Arden Valley Hospitals")],
        [],
    ),
    (
        "The shelter is run by the Brackwater Trust. Mira Santos, chief executive of Brackwater, said it "
        "would close.",
        [("Mira Santos", "LEADS", "Brackwater Trust")],
        [],
    ),
    # a club named with its league before "club" plays in it; a club's short name is the club
    (
        "Officials met on Monday. Serie C club AC Vallebruna sacked its coach on Sunday.",
        [("AC Vallebruna", "MEMBER_OF", "Serie C")],
        [],
    ),
    (
        "Officials met on Monday. AC Borgo Varese sacked its coach on Sunday. Borgo Varese president "
        "Ana Lindqvist said the board had no choice.",
        [("Ana Lindqvist", "LEADS", "AC Borgo Varese")],
        [("Ana Lindqvist", "LEADS", "Borgo Varese")],
    ),
    (
        "Officials met on Monday. Kempen Handball lost again. Goalkeeper Ana Lindqvist, who plays for "
        "Kempen, said the players were to blame.",
        [("Ana Lindqvist", "MEMBER_OF", "Kempen Handball")],
        [],
    ),
    # a body's representative works for it; a chamber's or a committee's sits in it
    (
        "Officials met on Monday. Lena Ortiz, Oxfam's representative in Chad, said the camps were full.",
        [("Lena Ortiz", "WORKS_FOR", "Oxfam")],
        [("Lena Ortiz", "MEMBER_OF", "Oxfam")],
    ),
    (
        "Officials met on Monday. Representative Lena Ortiz of the House Oversight Committee spoke.",
        [("Lena Ortiz", "MEMBER_OF", "House Oversight Committee")],
        [],
    ),
    # the name right before "in" is what is in the place, where the parse hangs "in" on a listing noun
    (
        "Officials met on Monday. At least three villages, including Kapalong in the province of Davao "
        "del Norte, were flooded.",
        [("Kapalong", "LOCATED_IN", "Davao del Norte")],
        [("Davao del Norte", "LOCATED_IN", "Kapalong")],
    ),
    (
        "Officials met on Monday. Several firms, including Halvorsen Group in Norway, cut jobs.",
        [(HG, "LOCATED_IN", "Norway")],
        [],
    ),
    # a university's vice-chancellor runs it; a deputy one, or a country's, does not lead
    (
        "Officials met on Monday. The vice-chancellor of Halden University, Thandeka Nkosi, said fees "
        "would rise.",
        [("Thandeka Nkosi", "LEADS", "Halden University")],
        [("Thandeka Nkosi", "WORKS_FOR", "Halden University")],
    ),
    (
        "Officials met on Monday. Thandeka Nkosi, vice-chancellor of Halden University, said fees would rise.",
        [("Thandeka Nkosi", "LEADS", "Halden University")],
        [],
    ),
    (
        "Officials met on Monday. The deputy vice-chancellor of Halden University, Olaf Brandt, met "
        "Karl Jensen.",
        [("Olaf Brandt", "WORKS_FOR", "Halden University")],
        [("Olaf Brandt", "LEADS", "Halden University")],
    ),
    (
        "Officials met on Monday. Vice-Chancellor Olaf Brandt of Germany met Karl Jensen.",
        [("Olaf Brandt", "WORKS_FOR", "Germany")],
        [("Olaf Brandt", "LEADS", "Germany")],
    ),
    # ... nor does a former president cease to have led
    (
        "Officials met on Monday. Karl Jensen, former president of Norway, has died.",
        [("Karl Jensen", "LEADS", "Norway")],
        [("Karl Jensen", "WORKS_FOR", "Norway")],
    ),
    # "secretary-general" leads however the parser hangs "general"; a general manager leads too
    (
        "Officials met on Monday. The secretary-general of the Halden League, Anna Berg, said it was closed.",
        [("Anna Berg", "LEADS", "Halden League")],
        [("Anna Berg", "WORKS_FOR", "Halden League")],
    ),
    (
        "Officials met on Monday. Kemal Aydin, general manager of the Istanbul-based importer Akdeniz "
        "Meyve, said prices would fall.",
        [("Kemal Aydin", "LEADS", "Akdeniz Meyve"), ("Akdeniz Meyve", "LOCATED_IN", "Istanbul")],
        [("Kemal Aydin", "WORKS_FOR", "Akdeniz Meyve")],
    ),
    # a councillor or a TD sits for a party, whatever the preposition; "from" a town is no membership
    (
        "Officials met on Monday. Fatima El Amrani, a councillor for the Socialist Party, voted against "
        "the plan.",
        [("Fatima El Amrani", "MEMBER_OF", "Socialist Party")],
        [],
    ),
    (
        "Officials met on Monday. Local TD Siobhan Kearney, of Sinn Fein, called on the firm to reverse "
        "the cut.",
        [("Siobhan Kearney", "MEMBER_OF", "Sinn Fein")],
        [("Siobhan Kearney", "AFFILIATED_WITH", "Sinn Fein")],
    ),
    (
        "Officials met on Monday. Councillor Tiago Baptista of the Workers' Party proposed the suspension.",
        [("Tiago Baptista", "MEMBER_OF", "Workers' Party")],
        [],
    ),
    (
        "Officials met on Monday. Nomvula Khumalo, an Inkatha Freedom Party councillor from Mabhokweni, "
        "told the SABC that the village had waited.",
        [("Nomvula Khumalo", "MEMBER_OF", "Inkatha Freedom Party")],
        [("Nomvula Khumalo", "MEMBER_OF", "Mabhokweni")],
    ),
    # an economist at a university is a scholar there; at a fund, on its staff
    (
        "Officials met on Monday. Mutale Zulu, an agricultural economist at the University of Zambia, "
        "said the ban would help.",
        [("Mutale Zulu", "AFFILIATED_WITH", "University of Zambia")],
        [("Mutale Zulu", "WORKS_FOR", "University of Zambia")],
    ),
    (
        "Officials met on Monday. Marta Lind, an economist at the International Monetary Fund, said the "
        "ban would help.",
        [("Marta Lind", "WORKS_FOR", "International Monetary Fund")],
        [],
    ),
    # (set au had this shape) at a body that studies, a scholar too
    (
        "Officials met on Monday. Kofi Asante, an economist at the Accra Centre for Budget Studies, said "
        "the ban would help.",
        [("Kofi Asante", "AFFILIATED_WITH", "Accra Centre for Budget Studies")],
        [("Kofi Asante", "WORKS_FOR", "Accra Centre for Budget Studies")],
    ),
    # "X, a town of 9,000 people in Y": the population's "in" places the town
    (
        "Officials met on Monday. The board of education in Kamiyoshi, a town of about 9,000 people in "
        "Nagano Prefecture, voted to close three schools.",
        [("Kamiyoshi", "LOCATED_IN", "Nagano Prefecture")],
        [],
    ),
    # "X, in Y," however the parser hangs the second "in"; a state of many words stays whole
    (
        "Officials met on Monday. Maize prices in Lubumbashi, in the Democratic Republic of the Congo, "
        "rose by 15 percent.",
        [("Lubumbashi", "LOCATED_IN", "Democratic Republic of the Congo")],
        [],
    ),
    # ... but places listed one after another are not in each other
    (
        "Officials met on Monday. Protests were held in Paris, in London and in Rome.",
        [],
        [("Paris", "LOCATED_IN", "London"), ("London", "LOCATED_IN", "Rome")],
    ),
    # one who researches at a university is its scholar
    (
        "Officials met on Monday. Takeshi Ono, who researches transport policy at Niigata University, "
        "said so.",
        [("Takeshi Ono", "AFFILIATED_WITH", "Niigata University")],
        [],
    ),
    # "X, a public university in Y": an institution described in a place is there
    (
        "Officials met on Monday. Universiti Teknologi Semenanjung, a public university in Shah Alam, "
        "has entered the top 200.",
        [("Universiti Teknologi Semenanjung", "LOCATED_IN", "Shah Alam")],
        [],
    ),
    # a broadcaster's name ends in its letters
    (
        "Officials met on Monday. Sunrise FM, a popular station owned by Adomako Media Group, was taken "
        "off the air.",
        [("Adomako Media Group", "OWNS", "Sunrise FM")],
        [],
    ),
    # round 28: a takeover done, a sale to a buyer done (not one agreed or planned), a purchase completed
    (
        "Officials met on Monday. Halvorsen Group took over Nordlys Media in 2018.",
        [("Halvorsen Group", "OWNS", "Nordlys Media")],
        [],
    ),
    (
        "Officials met on Monday. Nordlys Media was taken over by Halvorsen Group in 2018.",
        [("Halvorsen Group", "OWNS", "Nordlys Media")],
        [],
    ),
    (
        "Officials met on Monday. Halvorsen Group sold its unit, Nordlys Media, to Skyfall Capital in 2019.",
        [("Skyfall Capital", "OWNS", "Nordlys Media")],
        [],
    ),
    (
        "Officials met on Monday. Halvorsen Group agreed to sell Nordlys Media to Skyfall Capital.",
        [],
        [("Skyfall Capital", "OWNS", "Nordlys Media")],
    ),
    (
        "Officials met on Monday. Halvorsen Group is in talks to sell Nordlys Media to Skyfall Capital.",
        [],
        [("Skyfall Capital", "OWNS", "Nordlys Media")],
    ),
    (
        "Officials met on Monday. Halvorsen Group completed the takeover of Nordlys Media in May.",
        [("Halvorsen Group", "OWNS", "Nordlys Media")],
        [],
    ),
    # the partners in a joint venture own it
    (
        "Officials met on Monday. Nordlys Kraft, a joint venture between Halvorsen Group and Skyfall "
        "Energy, runs the dam.",
        [("Halvorsen Group", "OWNS", "Nordlys Kraft"), ("Skyfall Energy", "OWNS", "Nordlys Kraft")],
        [],
    ),
    # a club that signs a player: the player is in the team (a coach it signs works for it)
    (
        "Officials met on Monday. Rosenborg signed striker Karl Jensen from Molde for 2 million euros.",
        [("Karl Jensen", "MEMBER_OF", "Rosenborg")],
        [],
    ),
    (
        "Officials met on Monday. Rosenborg signed Karl Jensen, a 24-year-old defender, on Friday.",
        [("Karl Jensen", "MEMBER_OF", "Rosenborg")],
        [],
    ),
    # states that are a body's founding members, or that it is made up of, are its members
    (
        "Officials met on Monday. Chile and Peru are founding members of the Pacific Alliance.",
        [("Chile", "MEMBER_OF", "Pacific Alliance"), ("Peru", "MEMBER_OF", "Pacific Alliance")],
        [],
    ),
    (
        "Officials met on Monday. The Mekong River Commission, an intergovernmental body made up of "
        "Cambodia, Laos, Thailand and Vietnam, reported last year that sediment had fallen.",
        [
            ("Cambodia", "MEMBER_OF", "Mekong River Commission"),
            ("Vietnam", "MEMBER_OF", "Mekong River Commission"),
        ],
        [],
    ),
    (
        "Officials met on Monday. The Nordic Forum, which comprises Norway, Sweden and Finland, met in Oslo.",
        [("Norway", "MEMBER_OF", "Nordic Forum"), ("Finland", "MEMBER_OF", "Nordic Forum")],
        [],
    ),
    # an analyst at a firm works for it, whatever its name; at an institute an analyst is a scholar
    (
        "Officials met on Monday. Marius Dahl, an analyst at DNB Markets, said the terms were fair.",
        [("Marius Dahl", "WORKS_FOR", "DNB Markets")],
        [("Marius Dahl", "AFFILIATED_WITH", "DNB Markets")],
    ),
    (
        "Officials met on Monday. Aigerim Bekova, an analyst at the Central Asia Policy Institute, said so.",
        [("Aigerim Bekova", "AFFILIATED_WITH", "Central Asia Policy Institute")],
        [("Aigerim Bekova", "WORKS_FOR", "Central Asia Policy Institute")],
    ),
    # a curator works for the museum; a party's politician is its member
    (
        "Officials met on Monday. Anna Berg, a curator at the Munch Museum, spoke on Monday.",
        [("Anna Berg", "WORKS_FOR", "Munch Museum")],
        [],
    ),
    (
        "Officials met on Monday. Karl Jensen, a Conservative Party politician, spoke on Monday.",
        [("Karl Jensen", "MEMBER_OF", "Conservative Party")],
        [],
    ),
    # a "-men" plural's possessive is inside the name: the secretary works for the whole association
    (
        "Officials met on Monday. Selvaraj Murugan, secretary of the Nagapattinam Fishermen's Welfare "
        "Association, said boats come back empty.",
        [("Selvaraj Murugan", "WORKS_FOR", "Nagapattinam Fishermen's Welfare Association")],
        [("Nagapattinam Fishermen", "OWNS", "Welfare Association")],
    ),
    # "Banka" ends a bank's name; an airline's name without "Air" later is the airline
    (
        "Officials met on Monday. Tomas Kratochvil, a former chief economist of Moravia Banka, became "
        "governor in February.",
        [("Tomas Kratochvil", "WORKS_FOR", "Moravia Banka")],
        [],
    ),
    (
        "Officials met on Monday. Northern Lakes Air filed for creditor protection on Monday. "
        '"This is hard," Northern Lakes president and chief executive Denise Lavoie said.',
        [("Denise Lavoie", "LEADS", "Northern Lakes Air")],
        [],
    ),
    # a founder of a company is affiliated with it; of a band or a party, a member
    (
        "Officials met on Monday. Spain approved the extradition of Edgars Kalnins, the founder of the "
        "cryptocurrency exchange Baltcoin, on Monday.",
        [("Edgars Kalnins", "AFFILIATED_WITH", "Baltcoin")],
        [("Edgars Kalnins", "MEMBER_OF", "Baltcoin")],
    ),
    (
        "Officials met on Monday. Anna Berg, co-founder of the rock band Velvet Harbor, died on Sunday.",
        [("Anna Berg", "MEMBER_OF", "Velvet Harbor")],
        [],
    ),
    # a stake bought, not one agreed to be bought
    (
        "Officials met on Monday. The Winnipeg investment firm Prairie Crest Capital bought a 70 percent "
        "stake in Northern Lakes Air in 2012.",
        [("Prairie Crest Capital", "OWNS", "Northern Lakes Air")],
        [],
    ),
    (
        "Officials met on Monday. Hallberg Group agreed to buy a stake in Nordvale Rail.",
        [],
        [("Hallberg Group", "OWNS", "Nordvale Rail")],
    ),
    # an athlete who runs for a club is in it; a club "from" a town is there
    (
        "Officials met on Monday. Catarina Gouveia, who runs for Silves club CD Arade, was fifth.",
        [("Catarina Gouveia", "MEMBER_OF", "CD Arade")],
        [],
    ),
    (
        "Officials met on Monday. Kiekko-Haukat, the Liiga club from Hämeenlinna, dismissed its coach.",
        [("Kiekko-Haukat", "LOCATED_IN", "Hämeenlinna")],
        [],
    ),
    # one appointed or confirmed "as" a post "of" a body holds it
    (
        "Officials met on Monday. The board appointed Karl Jensen as chief executive of Nordvale Rail.",
        [("Karl Jensen", "LEADS", "Nordvale Rail")],
        [],
    ),
    (
        "Officials met on Monday. The Senate confirmed Carolina Montt as a justice of the Supreme Court.",
        [("Carolina Montt", "WORKS_FOR", "Supreme Court")],
        [],
    ),
    # a hyphened title holds its "of" however the parser hangs it; "-in-chief" heads
    (
        "Officials met on Monday. Jens Stoltenberg, secretary-general of NATO, spoke on Monday.",
        [("Jens Stoltenberg", "LEADS", "NATO")],
        [],
    ),
    (
        "Officials met on Monday. Anna Berg, editor-in-chief of the Bergen Tribune, spoke on Monday.",
        [("Anna Berg", "LEADS", "Bergen Tribune")],
        [("Anna Berg", "WORKS_FOR", "Bergen Tribune")],
    ),
    # a member of a company's board is affiliated with it (development gold: "on the board of the
    # company"), a member of a body named a board is its member; a volunteer is affiliated
    (
        "Officials met on Monday. Anna Berg, a member of the board of Nordvale Rail, spoke on Monday.",
        [("Anna Berg", "AFFILIATED_WITH", "Nordvale Rail")],
        [("Anna Berg", "MEMBER_OF", "Nordvale Rail")],
    ),
    (
        "Officials met on Monday. Anna Berg, a member of the Bergen Area School Board, spoke on Monday.",
        [("Anna Berg", "MEMBER_OF", "Bergen Area School Board")],
        [],
    ),
    (
        "Officials met on Monday. Anna Berg, a volunteer with the Red Cross, spoke on Monday.",
        [("Anna Berg", "AFFILIATED_WITH", "Red Cross")],
        [],
    ),
    # places listed as the object, then "in" a region: every one of them is there
    (
        "Officials met on Monday. The storm hit Cebu, Bohol and Leyte in the central Philippines.",
        [
            ("Cebu", "LOCATED_IN", "Philippines"),
            ("Bohol", "LOCATED_IN", "Philippines"),
            ("Leyte", "LOCATED_IN", "Philippines"),
        ],
        [],
    ),
    # a township of so many people in a region is in it
    (
        "Officials met on Monday. Residents of Carrick Falls, a township of about 4,000 people in "
        "southwestern Ontario, have filed a lawsuit.",
        [("Carrick Falls", "LOCATED_IN", "Ontario")],
        [],
    ),
    # "the capital, X" is in the one state its sentence names; with two, in neither
    (
        "Officials met on Monday. Police in Malawi fired tear gas at students in the capital, Lilongwe.",
        [("Lilongwe", "LOCATED_IN", "Malawi")],
        [],
    ),
    (
        "Officials met on Monday. Ministers from Kenya and Uganda met in the capital, Nairobi.",
        [],
        [("Nairobi", "LOCATED_IN", "Kenya"), ("Nairobi", "LOCATED_IN", "Uganda")],
    ),
    # a party's group leader in a council sits in the party; the council's lower-case words are no name
    (
        "Officials met on Monday. The Liberal Party (LP) lost. LP council group leader Karl Jensen said the "
        "party accepted the result.",
        [(KJ, "MEMBER_OF", "Liberal Party")],
        [(KJ, "LEADS", "Liberal Party"), (KJ, "LEADS", "LP council")],
    ),
    # a hyphened title the parser hangs on the employer's short form before it
    (
        "Officials met on Monday. The National Student Loans and Grants Agency (NSLGA) met. NSLGA "
        "director-general Ruth Banda told reporters payments were late.",
        [("Ruth Banda", "LEADS", "National Student Loans and Grants Agency")],
        [],
    ),
    # a party's person is its member; a medium's works for it
    (
        "Officials met on Monday. Ola Dahl came third and the Green Party's Karl Jensen fourth.",
        [(KJ, "MEMBER_OF", "Green Party")],
        [(KJ, "WORKS_FOR", "Green Party")],
    ),
    # where an organisation's headquarters or secretariat is, it is; not an unnamed one's
    (
        "Officials met on Monday. Staff at the Halden Bank headquarters in Bergen were evacuated.",
        [("Halden Bank", "LOCATED_IN", "Bergen")],
        [],
    ),
    (
        "Officials met on Monday. A spokeswoman for the provincial police headquarters in Bergen spoke.",
        [],
        [("Bergen", "LOCATED_IN", "Bergen")],
    ),
    # the owner of a body named after it, whichever word the parser hangs the name on
    (
        "Officials met on Monday. The proprietor of Crown Heritage College, Emeka Obi, denied it. The owner "
        "of Halbury Rovers, Ridgeline Sports Holdings, sold the club.",
        [
            ("Emeka Obi", "OWNS", "Crown Heritage College"),
            ("Ridgeline Sports Holdings", "OWNS", "Halbury Rovers"),
        ],
        [("Crown Heritage College", "OWNS", "Emeka Obi")],
    ),
    # a body's kind noun in apposition, led by someone
    (
        "Kestrel Holdings, a consortium led by the businessman Grant Whitlow, bought the club. Nordlys "
        "Capital, an investment firm led by Henrik Falk, paid.",
        [("Grant Whitlow", "LEADS", "Kestrel Holdings"), ("Henrik Falk", "LEADS", "Nordlys Capital")],
        [("Grant Whitlow", "WORKS_FOR", "Kestrel Holdings")],
    ),
    # a company's name, a lead role of two words and a name the parser hung apart
    (
        "Nordvale Systems cut jobs. Nordvale chief executive Chiamaka Eze-Adeyemi said the money would pay "
        "for an expansion.",
        [("Chiamaka Eze-Adeyemi", "LEADS", "Nordvale Systems")],
        [("Chiamaka Eze-Adeyemi", "WORKS_FOR", "Nordvale Systems")],
    ),
    # the head of a branch works for the whole, or belongs to a party (docs/annotation.md)
    (
        "Officials met on Monday. Hussein Haddad heads the Oxfam office in Beirut.",
        [("Hussein Haddad", "WORKS_FOR", "Oxfam")],
        [("Hussein Haddad", "LEADS", "Oxfam")],
    ),
    (
        "Officials met on Monday. Jarno Haapala, who heads Oxfam's country office in Moldova, spoke. Ana Ruiz "
        "manages the Red Cross's advice service.",
        [("Jarno Haapala", "WORKS_FOR", "Oxfam"), ("Ana Ruiz", "WORKS_FOR", "Red Cross")],
        [("Jarno Haapala", "LEADS", "Oxfam")],
    ),
    (
        # a possessive inside the body's own name is no part's owner
        "Officials met on Monday. Karl Jensen, who heads the Tarvik Regional Prosecutor's Office, spoke.",
        [],
        [("Karl Jensen", "WORKS_FOR", "Tarvik Regional Prosecutor's Office")],
    ),
    (
        '"Sales fell," said Yoon Jae-hak, the president of Daesan\'s African operations.',
        [("Yoon Jae-hak", "WORKS_FOR", "Daesan")],
        [("Yoon Jae-hak", "LEADS", "Daesan")],
    ),
    (
        # a name in apposition renames the noun before the nationality says whose it is
        "Ireland's airlines lost money. Declan Fitzmaurice, the chief executive of the Irish regional "
        "airline Aer Corrib, resigned on Tuesday.",
        [("Declan Fitzmaurice", "LEADS", "Aer Corrib")],
        [("Declan Fitzmaurice", "LEADS", "Ireland")],
    ),
    (
        # a councillor of a government holds office in it; of a council, a seat
        '"We are not there yet," said Pilar Ezquerra, the health councillor of the Government of Aragon.',
        [("Pilar Ezquerra", "WORKS_FOR", "Government of Aragon")],
        [("Pilar Ezquerra", "MEMBER_OF", "Government of Aragon")],
    ),
    (
        "Anna Berg, a councillor of the Tarvik City Council, said the budget was tight.",
        [("Anna Berg", "MEMBER_OF", "Tarvik City Council")],
        [("Anna Berg", "WORKS_FOR", "Tarvik City Council")],
    ),
    (
        # managing a site or an office for a firm is working for it; running a race for a charity is not
        "Julio Ccama, who manages the plant for the local firm Oxigeno Andino, said it ran all night. "
        "Karl Jensen ran the marathon for Oxfam last year.",
        [("Julio Ccama", "WORKS_FOR", "Oxigeno Andino")],
        [("Karl Jensen", "WORKS_FOR", "Oxfam")],
    ),
    (
        # "one of Germany's largest X": the body is among the state's; a person so described is no place's
        "Nordwerk AG, one of Germany's largest pork processors, closed the plant. Karl Jensen, one of "
        "Norway's best skiers, retired.",
        [("Nordwerk AG", "LOCATED_IN", "Germany")],
        [("Karl Jensen", "LOCATED_IN", "Norway")],
    ),
    (
        "Anna Berg, the head of Nordbank's Asia division, said profits fell.",
        [("Anna Berg", "WORKS_FOR", "Nordbank")],
        [("Anna Berg", "LEADS", "Nordbank"), ("Anna Berg", "LEADS", "Asia")],
    ),
    (
        "Officials met on Monday. The Green Party's chairman in Bergen, Karl Jensen, said the party had no "
        "objection.",
        [(KJ, "MEMBER_OF", "Green Party")],
        [(KJ, "LEADS", "Green Party")],
    ),
    # a force named by a state's short form, found without "the"
    (
        "Officials met on Monday. Inspector Tom Reid of WA Police said the road was closed.",
        [("Tom Reid", "WORKS_FOR", "WA Police")],
        [],
    ),
    # a company registered or incorporated in a place is located there; a ship registered in one is not
    (
        "Officials met on Monday. Karl Jensen sold a stake to Eastwind Holdings, an investment company "
        "registered in Luxembourg. Veltrix Systems, which is incorporated in Delaware, makes sensors. The "
        "tanker Aurora Borealis, registered in Panama, sank.",
        [("Eastwind Holdings", "LOCATED_IN", "Luxembourg"), ("Veltrix Systems", "LOCATED_IN", "Delaware")],
        [("Aurora Borealis", "LOCATED_IN", "Panama")],
    ),
    # a body's members, named after "including", belong to it
    (
        "Officials met on Monday. The deal followed talks between NATO's 30 members, including Norway, "
        "Turkey and Canada.",
        [("Norway", "MEMBER_OF", "NATO"), ("Turkey", "MEMBER_OF", "NATO"), ("Canada", "MEMBER_OF", "NATO")],
        [],
    ),
    # an officer's rank before the name, "of" the force: on its staff, not its head nor an affiliate;
    # a Secretary-General is an office, not a rank
    (
        "The boat sank on Monday. Commander Tiago Ferraz of the Lusitanian Navy said the crew was safe. "
        "Tarvik Alliance Secretary-General Ola Brenne urged calm.",
        [("Tiago Ferraz", "WORKS_FOR", "Lusitanian Navy"), ("Ola Brenne", "LEADS", "Tarvik Alliance")],
        [("Tiago Ferraz", "LEADS", "Lusitanian Navy"), ("Ola Brenne", "WORKS_FOR", "Tarvik Alliance")],
    ),
    (
        "Lieutenant Colonel Ines Varga of the Carpathian Border Police said six men were held.",
        [("Ines Varga", "WORKS_FOR", "Carpathian Border Police")],
        [("Ines Varga", "AFFILIATED_WITH", "Carpathian Border Police")],
    ),
    (
        "Sergeant Mele Tupou of the Nukualofa Police said two men were held.",
        [("Mele Tupou", "WORKS_FOR", "Nukualofa Police")],
        [("Mele Tupou", "AFFILIATED_WITH", "Nukualofa Police")],
    ),
    (
        "Major Dmytro Hrytsenko of the Volyn Territorial Brigade said the line held.",
        [("Dmytro Hrytsenko", "WORKS_FOR", "Volyn Territorial Brigade")],
        [("Dmytro Hrytsenko", "AFFILIATED_WITH", "Volyn Territorial Brigade")],
    ),
    # a possessive over a name and the noun of its kind relates the name; not a role after the name,
    # nor a coast
    (
        "Rui Couto, the head chef of Lisbon's Casa Ferreira restaurant, was found dead on Monday.",
        [("Casa Ferreira", "LOCATED_IN", "Lisbon")],
        [],
    ),
    (
        "The figures were first reported by Chile's El Faro Austral newspaper on Sunday.",
        [("El Faro Austral", "LOCATED_IN", "Chile")],
        [],
    ),
    (
        "Ines Lobo was born in Peniche, a fishing town on Portugal's Atlantic coast. Aliança Popular's "
        "Leiria chairman, Tomas Reis, conceded.",
        [],
        [("Atlantic", "LOCATED_IN", "Portugal"), ("Leiria", "LOCATED_IN", "Aliança Popular")],
    ),
    # a role "in" an organisation is held in it; not in a place, nor a party's post in a chamber
    (
        "Mark Boyd, a soldier in the Wessex Army, died on Monday. Anna Berzina, a lawyer in Riga, spoke.",
        [("Mark Boyd", "WORKS_FOR", "Wessex Army")],
        [("Anna Berzina", "WORKS_FOR", "Riga"), ("Anna Berzina", "AFFILIATED_WITH", "Riga")],
    ),
    (
        "Tomasz Wrona, a deputy director in Poland's Ministry of Culture and Heritage, welcomed the return.",
        [("Tomasz Wrona", "WORKS_FOR", "Ministry of Culture and Heritage")],
        [],
    ),
    (
        "The Civic Union lost the vote. Its leader in the Saeima, Juris Ozols, called it a betrayal.",
        [],
        [("Juris Ozols", "LEADS", "Saeima"), ("Juris Ozols", "WORKS_FOR", "Saeima")],
    ),
    # a country or a region written before a place noun and the name places the name in it
    (
        "Karl Jensen, who is in the Kenya capital Nairobi, says talks will go on. Crowds spread to the "
        "Ohio city Columbus.",
        [("Nairobi", "LOCATED_IN", "Kenya"), ("Columbus", "LOCATED_IN", "Ohio")],
        [],
    ),
    # not a region named by a sea
    (
        "Divers worked inside the Weddell Sea region Marine Protected Area, which was created in 2016.",
        [],
        [("Marine Protected Area", "LOCATED_IN", "Weddell Sea")],
    ),
    # a second "in" right after a place places it; not items of a list of places
    (
        "Troops searched caves in the Tora Bora region, in eastern Afghanistan, on Monday. Protests "
        "were held in Homs, in Hama and in Idlib.",
        [("Tora Bora", "LOCATED_IN", "Afghanistan")],
        [("Homs", "LOCATED_IN", "Hama"), ("Hama", "LOCATED_IN", "Idlib")],
    ),
    # a list of four places or more is a list, not a place, its region and its state
    (
        "Flights will go from Cairns to Osaka, Nagoya, Singapore, Taipei and Fukuoka. He was born in "
        "Tyler, Texas, United States, in 1950.",
        [("Tyler", "LOCATED_IN", "Texas"), ("Texas", "LOCATED_IN", "United States")],
        [("Osaka", "LOCATED_IN", "Nagoya"), ("Nagoya", "LOCATED_IN", "Singapore")],
    ),
    # the commissioner of a police force or a service heads it; not a deputy, nor a commission's member
    (
        "The Tarvian Federal Police (TFP) made the arrest. TFP Commissioner Mick Kaldor said more would "
        "follow. TFP Deputy Commissioner Alan Treloar agreed. The Electoral Commission of Tarvia (ECT) "
        "met. ECT commissioner Ruth Banda said the vote was fair.",
        [
            ("Mick Kaldor", "LEADS", "Tarvian Federal Police"),
            ("Alan Treloar", "WORKS_FOR", "Tarvian Federal Police"),
        ],
        [
            ("Alan Treloar", "LEADS", "Tarvian Federal Police"),
            ("Ruth Banda", "LEADS", "Electoral Commission of Tarvia"),
        ],
    ),
    # a portfolio before a minister's title is no employer of its own
    (
        "India's Home Minister Rasmus Kaldor released details of the claims on Monday.",
        [("Rasmus Kaldor", "WORKS_FOR", "India")],
        [],
    ),
    # a name before a noun of what is done about it is its topic, not what the noun names
    (
        "Karl Jensen said the costs of Morocco's Sahara policy were never counted. Chile's El Mercurio "
        "newspaper reported the deal.",
        [("El Mercurio", "LOCATED_IN", "Chile")],
        [("Sahara", "LOCATED_IN", "Morocco")],
    ),
    # a place between a body's name and the role is where the post is, the body whose post it is
    (
        "The speech was hailed by United Nations Middle East envoy Terje Kaldor on Monday.",
        [("Terje Kaldor", "WORKS_FOR", "United Nations")],
        [("Terje Kaldor", "WORKS_FOR", "Middle East")],
    ),
    # a partner "for" a state is its counterpart, not on its staff
    (
        "President Karl Jensen said Anna Berg remains the only negotiating partner for Tarvia.",
        [],
        [("Anna Berg", "WORKS_FOR", "Tarvia")],
    ),
    # a name in apposition with a wing "of" a body is a body affiliated with it
    (
        "Kataib al-Nour, the armed wing of the Sahel Front, claimed the attack on Monday.",
        [("Kataib al-Nour", "AFFILIATED_WITH", "Sahel Front")],
        [],
    ),
    # places listed with places of no name ("and around the world") are a list, not a city in its
    # state; a verb after "and" still ends the city and state
    (
        "Vigils in Marseille, Lisbon and across the continent marked the day. "
        "Olaf Lund grew up in Tarvik, Norway and studied law.",
        [("Tarvik", "LOCATED_IN", "Norway")],
        [("Marseille", "LOCATED_IN", "Lisbon")],
    ),
    # a list of places goes on past "the": no place in the one after it
    (
        "Snow fell on parts of the Vestland, Bergen, the Romsdal Valley and the coast.",
        [],
        [("Vestland", "LOCATED_IN", "Bergen")],
    ),
    # a chief executive officer leads the body, a deputy one works there
    (
        "The Harbour Trust's chief executive officer, Anna Berg, says fees will rise. "
        "Karl Jensen, the deputy chief executive officer of Nordvik Energy, agreed.",
        [("Anna Berg", "LEADS", "Harbour Trust"), ("Karl Jensen", "WORKS_FOR", "Nordvik Energy")],
        [("Anna Berg", "WORKS_FOR", "Harbour Trust"), ("Karl Jensen", "LEADS", "Nordvik Energy")],
    ),
    # officers listed after the first share the organisation named before it, each by their role;
    # a role with its own organisation before it is that one's, and the list ends at a state's office
    (
        "Halvorsen Group president Anna Berg, vice-president Karl Jensen and director Olaf Lund were fined. "
        "Tarvia Air chairman Eva Lind, Nordair boss Ivar Holm and senator Lena Dahl met on Monday.",
        [
            ("Anna Berg", "LEADS", HG),
            ("Karl Jensen", "WORKS_FOR", HG),
            ("Olaf Lund", "LEADS", HG),
            ("Eva Lind", "LEADS", "Tarvia Air"),
        ],
        [
            ("Karl Jensen", "LEADS", HG),
            ("Ivar Holm", "LEADS", "Tarvia Air"),
            ("Lena Dahl", "WORKS_FOR", "Tarvia Air"),
        ],
    ),
    # an organisation's possessive right before a name is an affiliation (as "X of Y"), a party's a
    # membership
    (
        "The Nordvik Teachers Union's Anna Berg said pay was too low. "
        "The Centre Party's Karl Jensen came second, and Labour's Olaf Lund third.",
        [
            ("Anna Berg", "AFFILIATED_WITH", "Nordvik Teachers Union"),
            ("Karl Jensen", "MEMBER_OF", CP),
            ("Olaf Lund", "MEMBER_OF", "Labour"),
        ],
        [
            ("Anna Berg", "MEMBER_OF", "Nordvik Teachers Union"),
            ("Anna Berg", "WORKS_FOR", "Nordvik Teachers Union"),
        ],
    ),
    # a role's phrase long enough that the parser hangs the name in apposition on its last noun: the
    # name right before the verb is the role's holder, who did what the verb says
    (
        "The former chief arms inspector for the United Nations in Syria, Karl Jensen, told Radio Nordvik "
        "he believes the report could be true.",
        [("Karl Jensen", "SPOKE_WITH", "Radio Nordvik")],
        [],
    ),
    # "its" before a role and a name is the body the clause is about; not where another body is named
    # between ("its" may be either's)
    (
        "Nordvik Rail said its spokesman Captain Karl Jensen would answer. "
        "Tarvia Air sued Nordair over its chief executive Anna Berg.",
        [("Karl Jensen", "SPOKESPERSON_FOR", "Nordvik Rail")],
        [("Anna Berg", "LEADS", "Tarvia Air"), ("Anna Berg", "LEADS", "Nordair")],
    ),
    # a state or province is in no city (a side named by it played there); a city is in its state,
    # and a city's borough in the city
    (
        "Tarvik Rovers beat Queensland in Brisbane on Monday. Olaf Lund lives in Cairns, Queensland. "
        "Eva Lind was born in Lewisham, London.",
        [("Cairns", "LOCATED_IN", "Queensland"), ("Lewisham", "LOCATED_IN", "London")],
        [("Queensland", "LOCATED_IN", "Brisbane")],
    ),
    # ... and a news medium's is a reporter on its staff
    (
        "Radio Tarvia's Eva Lind reported from the port.",
        [("Eva Lind", "WORKS_FOR", "Radio Tarvia")],
        [("Eva Lind", "AFFILIATED_WITH", "Radio Tarvia")],
    ),
    # (round 51) a person's possessive over an armed group's name is its leader; over a company's it is
    # not ("Group" capitalised is the company's own name), nor over a party's group on a council
    (
        "Troops captured fighters of Amir Haqqani's Tehreek militia near the border. The deal was struck by "
        "Ana Ruiz's Harbor Group. Councillor Tom Reilly's Labour group walked out.",
        [("Amir Haqqani", "LEADS", "Tehreek")],
        [("Ana Ruiz", "LEADS", "Harbor Group"), ("Tom Reilly", "LEADS", "Labour")],
    ),
    # (round 51) a national director leads the whole body, a regional one a branch
    (
        "The national director of the Harbor Trust, Anna Berg, says the study is flawed. The regional "
        "director of Tarvia Air, Karl Jensen, agreed.",
        [("Anna Berg", "LEADS", "Harbor Trust"), ("Karl Jensen", "WORKS_FOR", "Tarvia Air")],
        [("Karl Jensen", "LEADS", "Tarvia Air")],
    ),
    # (round 51) a town written with a part of its state after a comma is in the state, also before
    # "and" another such town
    (
        "Fighting broke out in Jalalabad, eastern Afghanistan, on Monday. Troops moved from Kandahar, "
        "southern Afghanistan and Quetta, western Pakistan.",
        [
            ("Jalalabad", "LOCATED_IN", "Afghanistan"),
            ("Kandahar", "LOCATED_IN", "Afghanistan"),
            ("Quetta", "LOCATED_IN", "Pakistan"),
        ],
        [],
    ),
    # (round 51) "in" right after a list of places places each of them; not people listed
    (
        "The branches to shut include those in Dunmere, Ashcombe and Mount Kelso in Tasmania. "
        "Karl Jensen, Anna Berg and Ivar Holm in Tarvik agreed.",
        [
            ("Dunmere", "LOCATED_IN", "Tasmania"),
            ("Ashcombe", "LOCATED_IN", "Tasmania"),
            ("Mount Kelso", "LOCATED_IN", "Tasmania"),
        ],
        [("Karl Jensen", "LOCATED_IN", "Tarvik")],
    ),
]


def test_a_headline_places_an_actor_in_its_country_and_only_an_actor():
    article = Article.from_fields(
        "Bus crashes in Tarvik, Norway; fans cheer Nordic Rail, Sweden",
        "A bus crashed in Tarvik on Monday, killing two. The driver survived.",
    )
    found = {(r.source, r.type, r.target) for r in extract(article).relations}
    assert ("place:tarvik", "LOCATED_IN", "country:norway") in found
    assert not any(t == "LOCATED_IN" and o == "country:sweden" for _, t, o in found)


@pytest.mark.parametrize("text, present, absent", FORMS, ids=[f"form{n}" for n in range(len(FORMS))])
def test_a_form_gives_its_relations_and_its_guard_holds(text, present, absent):
    found = typed(text)
    # SPOKE_WITH is written once, either way round
    found |= {(o, t, s) for s, t, o in found if t == "SPOKE_WITH"}
    assert set(present) <= found, f"missing {set(present) - found}"
    assert not set(absent) & found, f"wrongly given {set(absent) & found}"


def test_an_envoy_for_negotiations_works_for_no_one_named():
    assert not typed("Carl Hendricks, the special envoy for Ukraine negotiations, resigned.")


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Monday. Colonel Anan Srisuk, who commands the Naresuan Task Force, said troops were ready.",
        "Officials met on Monday. Petra Novak, who directs the Danube Water Agency, said levels had fallen.",
    ],
)
def test_one_who_commands_or_directs_a_body_leads_it(text):
    found = typed(text)
    assert any(t == "LEADS" and o in ("Naresuan Task Force", "Danube Water Agency") for _, t, o in found), (
        found
    )


def test_a_company_s_short_name_the_model_took_for_an_adjective_before_a_role():
    # "Dagatan" is tagged an adjective here, but the article names "Dagatan Systems"
    text = (
        "The server was operated by Dagatan Systems, a software firm in Cebu City. Dagatan chief executive "
        "Liza Ocampo did not respond to requests for comment."
    )
    assert ("Liza Ocampo", "LEADS", "Dagatan Systems") in typed(text)


def test_an_adjective_before_a_role_is_no_employer():
    found = typed(
        "Officials met on Monday. Presidential spokesperson Carmelita Rosales said the talks would go on."
    )
    assert not any(o == "Presidential" for _, _, o in found)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Marta Ruiz, general secretary of the Sindicato de Estibadores del Puerto, said the strike would go on.",
            ("Marta Ruiz", "LEADS", "Sindicato de Estibadores del Puerto"),
        ),
        (
            "Samuel Tembo, the headman of Chisanga village, said poachers had paid young men as guides.",
            ("Samuel Tembo", "LEADS", "Chisanga"),
        ),
    ],
)
def test_a_union_s_general_secretary_and_a_village_s_headman_lead_it(text, relation):
    assert relation in typed(text)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Helen Ross, a partner at Whitlock Advisory, said the stores would keep trading.",
            ("Helen Ross", "WORKS_FOR", "Whitlock Advisory"),
        ),
        (
            "The driver, 58-year-old Royal Mail postman Gordon Bain, was found dead.",
            ("Gordon Bain", "WORKS_FOR", "Royal Mail"),
        ),
    ],
)
def test_a_firm_s_partner_and_a_postman_work_for_it(text, relation):
    assert relation in typed("Officials met on Monday. " + text)


@pytest.mark.parametrize(
    ("text", "spokesperson", "body"),
    [
        # round 31: the model tags no body before the portfolio and the spokesman
        (
            "The vote came on Monday. Green Party justice spokeswoman Hanna Kerr said the plan was flawed.",
            "Hanna Kerr",
            "Green Party",
        ),
        (
            "The vote came on Monday. Labour defence spokesman Tom Grady said the plan was flawed.",
            "Tom Grady",
            "Labour",
        ),
    ],
)
def test_a_body_named_before_its_spokesperson_is_found_and_spoken_for(text, spokesperson, body):
    spoken_for = {r for r in typed(text) if r[1] == "SPOKESPERSON_FOR"}
    assert spoken_for == {(spokesperson, "SPOKESPERSON_FOR", body)}


def test_a_strategist_at_a_bank_works_for_it():
    found = typed(
        "Piotr Malek, an emerging markets strategist at Harcastle Bank, wrote that the lira could weaken."
    )
    assert ("Piotr Malek", "WORKS_FOR", "Harcastle Bank") in found


def test_the_first_of_two_roles_sharing_an_of_holds_it_too():
    found = typed(
        "Katrin Obermaier, the chief executive and co-founder of Netzlicht, said the money would hire engineers."
    )
    assert ("Katrin Obermaier", "LEADS", "Netzlicht") in found


def test_items_of_a_list_of_roles_do_not_share_the_last_ones_of():
    found = typed("Anna Berg, former Foreign Secretary, mayor of Oslo, and member of Parliament, spoke.")
    assert ("Anna Berg", "WORKS_FOR", "Oslo") not in found
    assert ("Anna Berg", "WORKS_FOR", "Parliament") not in found


def test_a_forces_head_word_before_a_spokesmans_rank_and_name_is_the_force():
    text = (
        "The Ghana Navy sent two boats to the wreck on Tuesday. Navy spokesman Commander Kwesi Mensah "
        "said the hull had been breached."
    )
    found = {
        (r.source, r.type, r.target)
        for r in extract(Article.from_fields("Ship runs aground", text)).relations
    }
    assert ("person:kwesi-mensah", "SPOKESPERSON_FOR", "organization:ghana-navy") in found


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        # (set as had these shapes) a daily named by its city, a trader in apposition, a group
        # "based" before a possessive
        (
            "Marta Kos told the Porto daily Jornal da Ribeira that the port would stay open.",
            "Jornal da Ribeira",
            "Porto",
        ),
        ("He told the Ilorin Courier, an Ilorin weekly, that he would appeal.", "Ilorin Courier", "Ilorin"),
        (
            "The cocoa was sold by Kwatei Commodities Ltd, an exporter in Takoradi, Ghana.",
            "Kwatei Commodities Ltd",
            "Takoradi",
        ),
        (
            "Lerato Dube, of the Harbour Rights Collective, a Durban-based fishermen's group, spoke.",
            "Harbour Rights Collective",
            "Durban",
        ),
    ],
)
def test_a_place_before_a_papers_kind_or_a_traders_noun_locates_the_body(text, body, place):
    assert (body, "LOCATED_IN", place) in typed(text)


def test_a_person_in_apposition_with_a_trade_is_located_nowhere():
    assert not any(t == "LOCATED_IN" for _, t, _ in typed("Ama Owusu, a Takoradi trader, was arrested."))


def test_a_headline_written_as_a_sentence_gives_its_possessives_relations():
    body = (
        "Tarvik Foods said on Monday it would buy a majority stake in the dairy firm. The deal needs the "
        "approval of regulators in Japan and Vietnam."
    )
    article = Article.from_fields("Japan's Tarvik Foods to buy majority stake in dairy firm", body)
    ext = extract(article)
    located = [r for r in ext.relations if r.type == "LOCATED_IN"]
    assert [(r.source, r.target) for r in located] == [("organization:tarvik-foods", "country:japan")]
    assert located[0].evidence == "Japan's Tarvik Foods to buy majority stake in dairy firm"


def test_a_headline_in_title_case_is_not_read_for_relations():
    body = (
        "Tarvik Foods said on Monday it would buy a majority stake in the dairy firm. The deal needs the "
        "approval of regulators in Japan and Vietnam."
    )
    article = Article.from_fields("Japan's Tarvik Foods To Buy Majority Stake In Dairy Firm", body)
    assert not [r for r in extract(article).relations if r.type == "LOCATED_IN"]
