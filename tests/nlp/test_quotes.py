"""Direct quotes and their speakers, on invented news sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from manysides.nlp.quotes import find_quote_spans

ROOT = Path(__file__).resolve().parents[2]


def _spans(text):
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_spans_straight_and_curly_marks():
    text = 'She said "the bridge stays open." Then: “We start Monday,” he added.'
    assert _spans(text) == ["the bridge stays open.", "We start Monday"]


def test_unclosed_quote_ends_at_its_paragraph():
    text = "“The river rose all night and nobody slept\n\nThe mayor toured the damage on Sunday."
    assert _spans(text) == ["The river rose all night and nobody slept"]


def test_stray_closing_mark_does_not_swallow_the_article():
    text = "The budget passed. Critics called it a giveaway.” Then the session ended."
    spans = _spans(text)
    assert spans == ["Critics called it a giveaway."]


@pytest.fixture(scope="module")
def run():
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    nlp = load_spacy()

    def _run(text):
        doc = nlp(text)
        return extract_quotes(doc, extract_entities(doc))

    return _run


def _by_text(quotes):
    return {q.text.rstrip(".,"): q for q in quotes}


@pytest.mark.models
def test_split_quote_has_one_speaker_for_both_parts(run):
    text = "Maria Okafor toured the plant. “We will hire locally,” Okafor said, “and we will train every new worker.”"
    qs = _by_text(run(text))
    assert qs["We will hire locally"].speaker == "Maria Okafor"
    assert qs["and we will train every new worker"].speaker == "Maria Okafor"
    assert qs["We will hire locally"].cue == "say"


@pytest.mark.models
def test_speaker_before_the_quote(run):
    text = "Daniel Brandt said: “The vote is a turning point for the county.”"
    (q,) = run(text)
    assert q.speaker == "Daniel Brandt" and q.speaker_kind == "person"
    # offsets are those of the quoted words, inside the marks
    assert text[q.start : q.end] == q.text == "The vote is a turning point for the county."


@pytest.mark.models
def test_speaker_named_after_a_job_title_keeps_the_whole_name(run):
    # spaCy's small model tags only "Reyes" here (as an organisation)
    text = 'The library reopened Monday. "We missed our readers," said librarian Ana Reyes.'
    (q,) = run(text)
    assert q.speaker == "Ana Reyes" and q.speaker_kind == "person"


@pytest.mark.models
def test_speaker_before_with_that(run):
    text = "Council member Lena Fischer told reporters that “the numbers simply do not add up.”"
    (q,) = run(text)
    assert q.speaker == "Lena Fischer"
    assert q.cue == "tell"


@pytest.mark.models
def test_inverted_speaker_after_the_quote(run):
    text = "“Nobody expected the storm to turn north,” said Tomas Reyes, the county emergency manager."
    (q,) = run(text)
    assert q.speaker == "Tomas Reyes"


@pytest.mark.models
def test_pronoun_speaker_resolves_to_the_named_person(run):
    text = (
        "Governor Helen Marsh visited the flooded town on Tuesday.\n\n"
        "“These families need help today, not next month,” she said."
    )
    (q,) = run(text)
    assert q.speaker == "Helen Marsh"
    assert q.speaker_kind == "person"


@pytest.mark.models
def test_pronoun_prefers_the_subject_over_a_mentioned_object(run):
    text = (
        "Senator Paul Wendt criticized Frank Olsen on Friday.\n\n"
        "“He has never once shown up for a budget hearing,” he said."
    )
    (q,) = run(text)
    assert q.speaker == "Paul Wendt"


@pytest.mark.models
def test_pronoun_prefers_the_main_clause_subject_over_an_embedded_one(run):
    # Ann Blake is the subject of the reported clause only; Tom Reed is the one speaking
    text = (
        "Mayor Tom Reed said Governor Ann Blake had ignored the city for months.\n\n"
        "“We asked for help and got nothing,” he said."
    )
    (q,) = run(text)
    assert q.speaker == "Tom Reed"


@pytest.mark.models
def test_pronoun_follows_a_chain_of_pronoun_subjects(run):
    # the earlier "He" subjects stand for Paul Wendt: not the last person mentioned
    text = (
        "Paul Wendt spoke in Macon on Friday. He visited three towns. He met voters at a "
        "diner. He praised the budget plan of Ana Soto. He toured a farm with Bill Hart.\n\n"
        "“This state is ready for change,” he said."
    )
    (q,) = run(text)
    assert q.speaker == "Paul Wendt"


@pytest.mark.models
def test_pronoun_without_a_subject_in_reach_goes_to_the_last_quoted_speaker(run):
    # no person is a subject in the sentences before "he": the governor quoted before
    # speaks again, not the official named in passing
    text = (
        "“We will rebuild every house,” said Gov. Mark Hale.\n\n"
        "The storm destroyed 300 homes, according to a report by the office of Dana Ruiz. "
        "Many roads remain closed. Schools stay shut until Monday. Power is out across the "
        "county.\n\n"
        "“Nobody will be left behind,” he said."
    )
    qs = _by_text(run(text))
    assert qs["Nobody will be left behind"].speaker == "Mark Hale"


@pytest.mark.models
def test_a_name_inside_a_noun_phrase_is_not_a_subject_for_pronouns(run):
    # "The Cruz campaign attacked him": the campaign is the subject, not Cruz
    text = (
        "Marco Rubio campaigned in Iowa on Sunday.\n\n"
        "The Cruz campaign attacked him in a new ad on Monday.\n\n"
        "“We are going to win this state,” he said."
    )
    (q,) = run(text)
    assert q.speaker == "Marco Rubio"


@pytest.mark.models
def test_pronoun_resolves_to_a_subject_the_ner_missed(run):
    # spaCy's small model types "Hollande" as a facility, then misses it as subject
    text = (
        "Khizr Khan spoke at the convention in July, and the remarks reached Hollande in Paris.\n\n"
        "Hollande denounced the remarks as hurtful on Tuesday.\n\n"
        "“If the Americans choose this path, that will have consequences,” he said."
    )
    (q,) = run(text)
    assert q.speaker == "Hollande"


@pytest.mark.models
def test_pronoun_resolves_to_a_lone_surname_typed_as_an_organisation(run):
    text = (
        "Carly Fiorina endorsed Ted Cruz on Wednesday.\n\n"
        "Fiorina was upfront about her distaste for Donald Trump, saying conservatives must stop him.\n\n"
        "“There are other people in our party who are horrified by Donald Trump,” she said."
    )
    (q,) = run(text)
    assert q.speaker is not None and "Fiorina" in q.speaker


@pytest.mark.models
def test_pronoun_resolves_to_a_sentence_opener_the_parser_left_unattached(run):
    # "Jolly, who was elected ..., doesn't see": parsed as an adverb, not the subject
    text = (
        "Republicans Jolly of Indian Shores and Todd Wilcox of Orlando oppose the plan.\n\n"
        "Jolly, who was elected to Congress in 2014, doesn’t see the department’s role as antiquated.\n\n"
        "“There are communities that require some federal involvement,” he said."
    )
    (q,) = run(text)
    assert q.speaker == "Jolly"


@pytest.mark.models
def test_surname_and_title_mentions_share_the_full_name(run):
    text = (
        "Jon Ossoff spoke in Macon.\n\n"
        "“We are going to win this state,” Mr. Ossoff said.\n\n"
        "“It will be close,” Ossoff added."
    )
    assert {q.speaker for q in run(text)} == {"Jon Ossoff"}


@pytest.mark.models
def test_quote_only_paragraph_inherits_the_previous_speaker(run):
    text = (
        "“The library will stay open on Sundays,” said Priya Natarajan, the city librarian.\n\n"
        "“Our readers asked for it, and they were right.”\n\n"
        "The council will vote on the budget next week.\n\n"
        "“Nobody has told us anything.”"
    )
    qs = _by_text(run(text))
    assert qs["Our readers asked for it, and they were right"].speaker == "Priya Natarajan"
    # not adjacent to an attributed quote: no speaker is invented
    assert qs["Nobody has told us anything"].speaker is None


@pytest.mark.models
def test_multi_paragraph_quote_keeps_one_speaker(run):
    text = (
        "Rosa Delgado described the night of the fire.\n\n"
        "“We heard the alarm at two in the morning and ran outside with the children.\n\n"
        "“By the time the trucks came, the roof was gone,” Delgado said."
    )
    quotes = run(text)
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Rosa Delgado"}


@pytest.mark.models
def test_crowd_chant_goes_to_the_group_not_a_nearby_name(run):
    text = (
        "Hundreds of protesters gathered outside the hall where Mayor Victor Lang was speaking. "
        "“Fund the schools!” the crowd chanted."
    )
    (q,) = run(text)
    assert q.speaker_kind == "group"
    assert "crowd" in q.speaker.lower()
    assert q.cue == "chant"


@pytest.mark.models
def test_they_after_protesters_is_a_group(run):
    text = (
        "Protesters marched past the offices of Carla Benn on Saturday.\n\n"
        "“No more cuts!” they shouted."
    )
    (q,) = run(text)
    assert q.speaker_kind == "group"
    assert "protesters" in q.speaker.lower()


@pytest.mark.models
def test_partial_quote_goes_to_the_sentence_subject(run):
    text = "Mayor Ruth Adler called the transit plan “a disaster for working families.”"
    (q,) = run(text)
    assert q.text.startswith("a disaster for working families")
    assert q.speaker == "Ruth Adler"
    assert q.cue == "call"


@pytest.mark.models
def test_scare_quotes_are_not_quotes(run):
    text = "The so-called “experts” on the panel disagreed with the governor's forecast."
    assert run(text) == []


@pytest.mark.models
def test_unbalanced_quotes_do_not_break_extraction(run):
    text = (
        "“The dam will hold,” engineer Omar Haddad said.\n\n"
        "Residents were not convinced. “We have heard that before\n\n"
        "Officials plan to inspect the dam again in May."
    )
    quotes = run(text)
    assert _by_text(quotes)["The dam will hold"].speaker == "Omar Haddad"
    assert "We have heard that before" in _by_text(quotes)
    assert all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.models
def test_no_quotes_and_empty_text(run):
    assert run("The board met on Tuesday and approved the budget.") == []
    assert run("") == []


# -- quality gate on PolNeAR dev ---------------------------------------------------------

DEV = ROOT.parent / "shared" / "data" / "quotes" / "polnear_dev.jsonl"
GATE_RECORDS = 48  # first 48 annotation files of dev: keeps the gate near 30 s


@pytest.mark.models
@pytest.mark.data
def test_quality_gate_polnear_dev():
    if not DEV.exists():
        pytest.skip(f"PolNeAR dev set not found at {DEV}")
    spec = importlib.util.spec_from_file_location("quotes_polnear", ROOT / "benchmarks" / "quotes_polnear.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("quotes_polnear", bench)
    spec.loader.exec_module(bench)
    r = bench.evaluate(bench.load("dev", GATE_RECORDS))
    # floors a few points under the measured figures (docs/quotes.md)
    assert r["recall"] >= RECALL_FLOOR, r
    assert r["precision"] >= PRECISION_FLOOR, r
    assert r["speaker_accuracy"] >= SPEAKER_FLOOR, r


RECALL_FLOOR = 0.87  # measured 0.904 on these 48 files
PRECISION_FLOOR = 0.90  # measured 0.939
SPEAKER_FLOOR = 0.67  # measured 0.743 (0.708 before the pronoun rules of 2026-12-01)


@pytest.mark.models
def test_a_nominal_speaker_ends_at_its_noun(run):
    text = ('An early-morning tweet that went viral said "no deal is coming." '
            'A segment of society -- said "we have had enough."')
    speakers = {q.text.rstrip(".,"): q.speaker for q in run(text)}
    assert speakers["no deal is coming"] == "An early-morning tweet"
    assert speakers["we have had enough"] == "A segment of society"


@pytest.mark.models
def test_annotate_alone_gives_what_the_pipeline_stores():
    """`annotate(article)` scores the slant as the pipeline does (with the quotes and
    sentences it found), unless asked not to; anything but an Article is refused."""
    from manysides.ingest.clean import clean_document
    from manysides.nlp.annotate import annotate, annotate_doc, with_slant
    from manysides.nlp.models import load_spacy
    from manysides.records import Document

    text = ('Mayor Ana Reyes said on Monday that the city would add 40 buses. "We are done waiting," '
            "Reyes said. Critics called the plan a reckless giveaway to contractors.")
    art = clean_document(Document(source="t.txt", text=text, kind="text", title="City adds buses"))
    ann = annotate(art)
    assert ann.slant is not None and ann.hyperpartisan is not None and ann.quotes
    assert ann == with_slant(art, annotate_doc(art.id, load_spacy()(art.text)))
    assert annotate(art, slant=False).slant is None
    with pytest.raises(TypeError, match="takes an Article"):
        annotate(text)


@pytest.mark.models
def test_a_writing_that_says_something_is_a_document_not_a_person(run):
    qs = _by_text(run("“We will not back down,” the letter said. “The numbers are clear,” the report said. "
                      "“Stop now,” the cameraman shouted."))
    assert (qs["We will not back down"].speaker, qs["We will not back down"].speaker_kind) == ("the letter", "document")
    assert qs["The numbers are clear"].speaker_kind == "document"
    assert qs["Stop now"].speaker_kind == "person"


def test_a_speaker_never_carries_a_colon_or_the_quote_after_it():
    from manysides.nlp.quotes import _plain_speaker

    assert _plain_speaker('Added Gibbs: "I') == "Gibbs"  # and not the inverted cue before it
    assert _plain_speaker("Jane Doe,") == "Jane Doe"
    assert _plain_speaker('“') is None and _plain_speaker(None) is None
    assert _plain_speaker("Samiullah “Sammy” Naderi") == "Samiullah “Sammy” Naderi"  # a nickname stays
    assert _plain_speaker("passages of “Peril") == "passages of"
    assert _plain_speaker("UPDATE:") is None  # an editor's label


# -- speakers that contradict the text, or are not speakers (user review, 2027) ---------


@pytest.mark.models
def test_she_is_not_given_to_a_man_the_text_calls_her_son(run):
    text = (
        "Some of the relatives stood up holding pictures of loved ones. “Matthew’s death was preventable,” "
        "one of the women, Maureen Maloney, said in an interview after the event. Her son Matthew Denice, 23, "
        "was killed in 2011 in a motorcycle accident. “He should have never been here in the first place,” she said."
    )
    q = _by_text(run(text))["He should have never been here in the first place"]
    assert q.speaker == "Maureen Maloney"


def test_a_name_with_digits_or_an_acronym_is_no_person():
    from manysides.nlp.quotes import plausible_person

    assert not plausible_person("COVID-19") and not plausible_person("NATO")
    assert plausible_person("Bill de Blasio") and plausible_person("Maureen Maloney")


@pytest.mark.models
def test_a_disease_tagged_as_a_person_does_not_speak(run):
    text = (
        "The World Health Organization is reporting a decline in new cases.\n\n"
        "COVID-19 is the disease caused by the CCP virus.\n\n"
        "“The largest decrease in new weekly cases was reported from the Eastern Mediterranean Region "
        "(17 percent), followed by the Western Pacific Region.”"
    )
    (q,) = run(text)
    assert q.speaker is None


@pytest.mark.models
def test_a_participle_after_a_relative_clause_goes_to_the_main_subject(run):
    text = (
        "During his news conference Friday, Gov. Paul LePage offered more racially charged comments that have "
        "drawn fire, saying, \"A bad guy is a bad guy. I don't care what color it is.\""
    )
    (q,) = run(text)
    assert q.speaker == "Paul LePage" and q.speaker_kind == "person"


@pytest.mark.models
def test_institutions_are_organisations_and_a_name_after_called_is_no_quote(run):
    text = (
        "The People's Bank of China issued new rules on Friday. “Overseas exchanges that offer services to "
        "domestic residents are also illegal,” the central bank said. “He underwent immediate surgery,” the "
        "hospital said in a statement. Prosecutors say the couple steered donations to a charity called "
        "“Smiles for Life” and spent the money on themselves."
    )
    qs = _by_text(run(text))
    assert qs["He underwent immediate surgery"].speaker_kind == "org"
    assert qs["Overseas exchanges that offer services to domestic residents are also illegal"].speaker_kind == "org"
    assert "Smiles for Life" not in qs


@pytest.mark.models
def test_a_misparsed_appositive_name_is_not_the_speaker(run):
    # the parser makes "Strzok" an appositive of "Trump"; Trump wrote it
    text = (
        "Donald Trump has long attacked the agent.\n\n"
        "Trump celebrated Strzok’s firing on Twitter, writing Monday that the investigation into his campaign "
        "“should be dropped” and that the investigation into Clinton “should be properly redone.”"
    )
    qs = _by_text(run(text))
    assert qs["should be dropped"].speaker == "Donald Trump"
    assert qs["should be properly redone"].speaker == "Donald Trump"


@pytest.mark.models
def test_a_partial_quote_in_a_relative_clause_is_not_its_subjects(run):
    # the texts Strzok sent "indicated ...": the inspector general's words, not Strzok's
    text = (
        "Peter Strzok was fired on Friday.\n\n"
        "But DOJ’s inspector general was “deeply troubled” by texts Strzok sent that “potentially indicated or "
        "created the appearance that the investigative decisions were impacted by bias or improper "
        "considerations,” and particularly focused on one text."
    )
    for q in run(text):
        assert q.speaker != "Peter Strzok"


# -- speakers a reader would check (the review of 8 BASIL events, 2026-12) -------------


@pytest.mark.models
def test_an_appositive_name_wins_over_the_description_it_follows(run):
    # the small NER model may type the name as an organisation; the reader wants the person
    text = 'The harbor plan split the board. A spokeswoman for the Port Authority, Lena Marsh, said "the vote will happen in June."'
    (q,) = run(text)
    assert q.speaker == "Lena Marsh" and q.speaker_kind == "person"
    # the parser hangs the name on the body the spokesman speaks for: still the speaker
    text = 'A spokesman for the Green Valley Water Board, Dale Woodbury, said "the vote will happen in June."'
    (q,) = run(text)
    assert q.speaker == "Dale Woodbury" and q.speaker_kind == "person"


@pytest.mark.models
def test_a_description_in_apposition_to_a_named_person_is_that_person(run):
    text = ("The council hired a new clerk this spring. Enter Ms. Okafor, a former county aide who describes "
            'herself online as a fan of "long walks, strong tea and tidy ledgers!"')
    (q,) = run(text)
    assert q.speaker == "Okafor" and q.speaker_kind == "person"


@pytest.mark.models
def test_a_title_after_titled_is_no_quotation(run):
    text = ("The mayor's feud drew national notice, including a magazine column titled "
            "“The Mayor Who Cannot Stop Talking About Potholes.”")
    assert [q for q in run(text) if q.speaker] == []


@pytest.mark.models
def test_by_saying_hung_on_a_when_clause_is_the_main_subjects(run):
    text = ("Governor Carl Alvarez spoke to donors on Tuesday. Sounding tired, Mr. Alvarez explained his slow "
            "start during the months when Democrats controlled the legislature by saying, “I was still learning the ropes.”")
    (q,) = run(text)
    assert q.speaker == "Carl Alvarez"


@pytest.mark.models
def test_they_after_two_named_people_is_both_of_them(run):
    text = ("Sen. Ana Ruiz and Sen. Tom Kell released a letter on Friday. "
            "“The agency has misled the public for years,” they said.")
    (q,) = run(text)
    assert q.speaker == "Ana Ruiz and Tom Kell" and q.speaker_kind == "group"


@pytest.mark.models
def test_an_unnamed_official_is_one_person_and_a_crowd_a_group(run):
    text = ("The county sheriff spoke at noon. “We found no sign of a break-in at the depot,” a senior county "
            "official said. “Let them go,” the crowd chanted.")
    qs = _by_text(run(text))
    assert qs["We found no sign of a break-in at the depot"].speaker_kind == "person"
    assert qs["Let them go"].speaker_kind == "group"


@pytest.mark.models
def test_a_titled_surname_is_not_the_child_called_by_her_first_name(run):
    # "Emily" alone marks Emily Carter as a child of the family; "Mr. Carter" is her father
    text = ("The mayor brought his daughter Emily Carter to the parade on Sunday. Emily, 15, waved at the crowd "
            'from the float. "This town never disappoints," Mr. Carter told reporters.')
    (q,) = run(text)
    assert q.speaker == "Carter"


@pytest.mark.models
def test_a_description_followed_by_a_name_is_that_name(run):
    text = (
        "The judge ruled on Friday.\n\n"
        "Trump’s lawyer Rudy Giuliani said after the sentencing: “I believe the case is over.”\n\n"
        "Manafort's lawyer, Kevin Downing said outside court: “There is absolutely no evidence of that.”\n\n"
        "“We are deeply alarmed by this,” NNU Executive Director RoseAnn DeMoro said."
    )
    qs = _by_text(run(text))
    assert qs["I believe the case is over"].speaker == "Rudy Giuliani"
    assert qs["There is absolutely no evidence of that"].speaker == "Kevin Downing"
    assert qs["We are deeply alarmed by this"].speaker == "RoseAnn DeMoro"


@pytest.mark.models
def test_he_resolves_only_to_a_person(run):
    text = (
        "“We have no systematic problem,” Dr. Daniel Varga, chief clinical officer of the hospital, told reporters.\n\n"
        "JUST WATCHED UN: Ebola could be ebbed by year's end Replay More Videos\n\n"
        "Medical staff “may have done some things differently with the benefit of what we know today,” he said."
    )
    qs = _by_text(run(text))
    assert qs["may have done some things differently with the benefit of what we know today"].speaker == "Daniel Varga"


@pytest.mark.models
def test_he_is_the_subject_of_the_highest_clause(run):
    text = (
        "Sen. Rand Paul spoke for 13 hours. “I went to the candy drawer a lot of times,” he said. "
        "A spokeswoman said Paul had not taken a steam bath as Strom Thurmond had for his filibuster.\n\n"
        "“I'm very tired,” he acknowledged."
    )
    qs = _by_text(run(text))
    assert qs["I'm very tired"].speaker == "Rand Paul"


@pytest.mark.models
def test_an_appositive_party_word_is_the_person_and_the_state_democrat_the_last_named(run):
    text = (
        "Rep. Alexandria Ocasio-Cortez pointed to the sentencing as an example of disparities.\n\n"
        "“Rich people do not go to jail for the same amount of time as others,” the New York Democrat tweeted.\n\n"
        "The ruling came as Donald Trump, a Republican who has called the investigation a “witch hunt,” "
        "weighed a pardon."
    )
    qs = _by_text(run(text))
    assert qs["Rich people do not go to jail for the same amount of time as others"].speaker == "Alexandria Ocasio-Cortez"
    assert qs["witch hunt"].speaker == "Donald Trump"


@pytest.mark.models
def test_a_parenthetical_source_is_the_speaker(run):
    text = (
        "Mr. Obama named Tom Donilon in 2010. Donilon, the New York Times notes, has been a “central member of "
        "the foreign-policy team since the president first took office.”"
    )
    by = _by_text(run(text))
    assert by["central member of the foreign-policy team since the president first took office"].speaker == "New York Times"


@pytest.mark.models
def test_a_name_ending_in_an_institution_is_no_person():
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy

    doc = load_spacy()("Defense secretaries have been micro-managed by the Obama White House, "
                       "which Obama denied. Obama spoke on Monday.")
    ents = extract_entities(doc)
    assert all(not (e.type == "PERSON" and e.name.endswith("House")) for e in ents)
    assert all(e.name == "Obama" for e in ents if e.type == "PERSON")


@pytest.mark.models
def test_the_title_before_a_name_is_that_persons_role_whatever_the_parse(run):
    """A line with no full stop runs into the next in the parse ("... patient\\n\\nPresident
    Barack Obama canceled"), which made "President" a ROOT: "the President said" then
    named no one. The title just before the name is the person's role all the same."""
    text = (
        "New CDC teams will be dispatched to any hospital with an infected patient\n\n"
        "President Barack Obama canceled a campaign trip at the last minute to stay in Washington.\n\n"
        "\"Here's what we know about Ebola. It's not like the flu. It's not airborne,\" the President said."
    )
    qs = _by_text(run(text))
    assert qs["Here's what we know about Ebola. It's not like the flu. It's not airborne"].speaker == "Barack Obama"


@pytest.mark.models
def test_a_role_never_means_a_holder_named_later(run):
    """"the president said" with no president named before is no later-named president's
    (review 8: Trump's words in Politico were given to "Ukrainian President Volodymyr
    Zelensky" of a later paragraph)."""
    text = ("“I thought the whole prosecution was ridiculous,” the president said on Tuesday.\n\n"
            "The call with Ukrainian President Volodymyr Zelensky was at the heart of the inquiry.")
    (q,) = run(text)
    assert q.speaker != "Volodymyr Zelensky"
    text = ("President Barack Obama toured the plant.\n\n“We will rebuild,” the president said.")
    (q,) = run(text)
    assert q.speaker == "Barack Obama"  # a holder named before still is


@pytest.mark.models
def test_a_cue_whose_clause_holds_the_quote_wins_over_a_later_cue(run):
    """The reporting verb above the quoted words speaks them, not a cue in a clause after
    them (review 8: Trump's "dead as far as I'm concerned" went to "the terrorist group
    claimed responsibility")."""
    text = ("Mayor Carla Dunn said Monday that the budget talks are “finished for this year” "
            "after the union claimed victory in court.")
    (q,) = run(text)
    assert q.speaker == "Carla Dunn" and q.cue == "say"


@pytest.mark.models
def test_a_joined_clause_with_its_own_subject_speaks_only_its_own_quote(run):
    text = ("Ruiz praised the mayor for backing “jobs, schools and parks,” and Okafor called the plan "
            "a “model for the region.”")
    qs = _by_text(run(text))
    assert qs["model for the region"].speaker == "Okafor"
    assert qs["jobs, schools and parks"].speaker != "Okafor"


@pytest.mark.models
def test_the_owner_named_before_a_colon_is_not_the_speaker():
    """When the parse gives the cue no subject, the person named last before the colon
    speaks, but not one who owns the speaker ("Stone's wife, Nydia, told the Guardian:").
    The small model parses this sentence well, so the parse it fails on elsewhere (the
    wife read as a conjunct of an earlier noun) is made by hand."""
    from spacy.tokens import Doc

    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    nlp = load_spacy()
    good = nlp("Carl Dunn was sentenced on Friday.\n\nAfter the 2018 race, Dunn’s wife, Nydia, told the Herald: "
               "“Nobody worked harder than Carl Dunn.”")
    heads = [t.head.i for t in good]
    deps = [t.dep_ for t in good]
    wife = next(t.i for t in good if t.text == "wife")
    race = next(t.i for t in good if t.text == "race")
    heads[wife], deps[wife] = race, "conj"  # "told" is left with no subject
    doc = Doc(nlp.vocab, words=[t.text for t in good], spaces=[bool(t.whitespace_) for t in good],
              tags=[t.tag_ for t in good], pos=[t.pos_ for t in good], lemmas=[t.lemma_ for t in good],
              heads=heads, deps=deps, ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in good])
    assert not any(c.dep_ == "nsubj" for c in doc[next(t.i for t in doc if t.text == "told")].children)
    (q,) = extract_quotes(doc, extract_entities(doc))
    # the owned noun speaks, named as the article names her (ANNOTATOR_VERSION 16: a first name
    # after a family word takes the family's surname); never Carl Dunn
    assert q.speaker == "Nydia Dunn"


@pytest.mark.models
def test_a_titled_subject_is_the_antecedent_of_the_next_pronoun(run):
    """"The President slammed ... '...,' he tweeted": the President (named before, outside
    quotes), not the analyst quoted two sentences back, nor a president named inside that
    analyst's quote."""
    text = ("President Mark Lopez arrived in Lisbon on Monday.\n\n"
            "Analyst Tom Reed called the trip “a sign of trust in President Costa.”\n\n"
            "The President thanked the crowd for its patience.\n\n"
            "“We will come back soon,” he tweeted.")
    qs = _by_text(run(text))
    assert qs["We will come back soon"].speaker == "Mark Lopez"


@pytest.mark.models
def test_a_pronoun_after_a_sentence_naming_one_person_is_that_person(run):
    text = ("Health official Mark Ruiz said the change was “overdue.”\n\n"
            "The decision came after a meeting between Dr. Deborah Nkemelu and hospital executives. "
            "She said the hospitals were “not reporting fast enough.”")
    qs = _by_text(run(text))
    assert qs["not reporting fast enough"].speaker == "Deborah Nkemelu"


@pytest.mark.models
def test_a_bare_definite_speaker_is_the_one_introduced_before(run):
    text = ("A Meta spokesperson confirmed the posts were removed.\n\n"
            "“We made a mistake,” the spokesperson said.\n\n"
            "Apple said in a statement on Monday that it stores no passwords.\n\n"
            "“Privacy comes first,” the company said.")
    qs = _by_text(run(text))
    assert qs["We made a mistake"].speaker == "A Meta spokesperson"
    assert qs["Privacy comes first"].speaker == "Apple" and qs["Privacy comes first"].speaker_kind == "org"


@pytest.mark.models
def test_a_title_after_a_preposition_is_no_quote(run):
    """"speaking Sunday on “Fox & Friends,”": a show's title, not Gallagher's words (review 8)."""
    text = ("Edward Gallagher, speaking Sunday on “Fox & Friends,” said the Navy was acting in retaliation. "
            "“They could have taken my pin at any time,” he said.")
    qs = _by_text(run(text))
    assert "Fox & Friends" not in qs and qs["They could have taken my pin at any time"].speaker == "Edward Gallagher"


@pytest.mark.models
def test_places_that_speak_together_are_one_speaker_in_any_order(run):
    """Review 9: "Oklahoma and Nebraska said", "Nebraska and Oklahoma said" and "the states
    of Nebraska and Oklahoma" were three voices, each named after one state or a phrase."""
    text = ("The states of Nebraska and Oklahoma complained about a “significant influx” of marijuana. "
            "Oklahoma and Nebraska said that “Colorado does not require anything at all.”")
    qs = _by_text(run(text))
    assert qs["significant influx"].speaker == "Nebraska and Oklahoma"
    assert qs["Colorado does not require anything at all"].speaker == "Nebraska and Oklahoma"
    assert qs["significant influx"].speaker_kind == "org"
    # people of two places are those people, not the places
    qs = _by_text(run("The governors of Nebraska and Oklahoma said the plan was “a costly mistake for us.”"))
    assert qs["a costly mistake for us"].speaker != "Nebraska and Oklahoma"


@pytest.mark.models
def test_a_thing_is_no_person_and_no_one_voices_a_quote_after_it(run):
    """Review 9: "The leadership shakeup comes as ..." then a quote paragraph gave the quote
    to "The leadership shakeup", a person; a suit that says something is a document."""
    text = ("Ms. Cheney was removed by a voice vote.\n\n"
            "The leadership shakeup comes as Kevin McCarthy tries to keep members on message.\n\n"
            "“It comes down to this: a leader has to put personal interests aside.”\n\n"
            "The suit says that “marijuana flows from this gap into the neighboring states.”")
    qs = _by_text(run(text))
    assert qs["It comes down to this: a leader has to put personal interests aside"].speaker is None
    suit = qs["marijuana flows from this gap into the neighboring states"]
    assert suit.speaker == "The suit" and suit.speaker_kind == "document"


@pytest.mark.models
def test_a_surname_two_of_a_family_bear_goes_to_the_one_the_text_refers_to(run):
    """Review 10: "Litvinenko's widow, Marina, ... She also urged ... '...,' Litvinenko said"
    gave the widow's words to her husband, dead for ten years; a first name after a named
    person's family word takes the family's surname, and "she" names her, not him."""
    text = ("Former spy Viktor Orlov was poisoned in London in 2006.\n\n"
            "Orlov's widow, Elena, spoke outside the court on Thursday.\n\n"
            "She also urged the prime minister to act.\n\n"
            "“I am calling for the expulsion of all their agents,” Orlov said.\n\n"
            "Orlov died three weeks after the poisoning.")
    qs = _by_text(run(text))
    assert qs["I am calling for the expulsion of all their agents"].speaker == "Elena Orlov"


@pytest.mark.models
def test_she_after_a_sentence_naming_one_woman_among_men_is_her(run):
    """Review 10: "... some comfort to Litvinenko's widow, Marina. She said ..." went to the
    minister named two sentences back."""
    text = ("Minister Paul Hart stressed that the request was urgent.\n\n"
            "The findings will offer some comfort to Orlov's widow, Elena. "
            "She said she was “pleased that the words my husband spoke have been proved true.”")
    qs = _by_text(run(text))
    assert qs["pleased that the words my husband spoke have been proved true"].speaker == "Elena Orlov"


@pytest.mark.models
def test_a_heading_is_no_speaker_and_no_name(run):
    """Review 10: NPR's "Update at 11:25 a.m. ET. Obama Hails News:" made "Obama Hails News"
    Obama's full name; CNN's subhead "Whom does the family hold responsible?" spoke."""
    text = ("Update at 11:25 a.m. ET. Lopez Hails News:\n\n"
            "At a campaign event, President Lopez said the report is a “reminder that we have come too far.”\n\n"
            "Update at 9:30 a.m. ET. Reyes Says This Isn't A “Real Recovery.”\n\n"
            "“We will create jobs,” the statement from his campaign reads.\n\n"
            "Whom does the family hold responsible?\n\n"
            "Anna Berg and her lawyers blamed the agency.\n\n"
            "On Thursday, she added: “Now it is time for the government to act.”")
    qs = _by_text(run(text))
    assert qs["reminder that we have come too far"].speaker == "Lopez"
    assert qs["Real Recovery"].speaker == "Reyes"  # the heading's own quote takes its own cue
    assert qs["Now it is time for the government to act"].speaker == "Anna Berg"


@pytest.mark.models
def test_a_news_agency_credit_is_no_antecedent(run):
    """Review 10: "Sharif ... said he was on his way to Peshawar, Reuters reports. '...,' he
    said" gave the prime minister's words to "Reuters", a person."""
    text = ("Prime Minister Omar Khalid condemned the assault and said he was on his way to Lahore to supervise the "
            "operation, Reuters reports.\n\n"
            "“I can't stay back in the capital. These were my kids,” he said in a statement.")
    qs = _by_text(run(text))
    assert qs["I can't stay back in the capital. These were my kids"].speaker == "Omar Khalid"


@pytest.mark.models
def test_a_count_of_people_is_no_voice(run):
    """Review 10: "582,000 more people said they took part-time work 'for economic reasons'"
    made a survey's figure a voice; two officials still speak."""
    text = ("One reason: 582,000 more people said they took part-time work “for economic reasons” last month.\n\n"
            "Two officials said the numbers were “the best in four years.”")
    qs = _by_text(run(text))
    assert qs["for economic reasons"].speaker is None
    assert qs["the best in four years"].speaker == "Two officials"


@pytest.mark.models
def test_a_cue_of_a_clause_without_the_quote_is_not_its_cue(run):
    """Review 10: "Although he has denied ..., Clinton charged that the debate represents
    'part of a pattern'" went to Warren through "denied"."""
    text = ("Mary Stone said Tom Kerr told her a woman could not win. "
            "Although he has denied ever saying it, Ann Lowe charged that the debate represents "
            "“part of a pattern.”")
    qs = _by_text(run(text))
    assert qs["part of a pattern"].speaker == "Ann Lowe"


@pytest.mark.models
def test_a_closing_tag_speaks_for_a_relative_clause_quote(run):
    """Review 10: "Moscow has long denied a role in the murder of Litvinenko, who 'had
    repeatedly targeted President Putin' with 'highly personal' criticism, the report noted"
    went to Moscow."""
    text = ("Moscow has long denied a role in the murder of Orlov, who “had repeatedly targeted the president” "
            "with “highly personal” public criticism, the report noted.")
    qs = _by_text(run(text))
    assert qs["had repeatedly targeted the president"].speaker == "the report"


@pytest.mark.models
def test_the_statement_goes_on_with_whom_it_quoted(run):
    """Review 10: "“...,” he said in a statement. “...,” the statement added" made "the
    statement" a voice apart from the ambassador."""
    text = ("The attack drew condemnation from Ambassador Richard Olsen.\n\n"
            "“We strongly condemn these attacks,” he said in a statement.\n\n"
            "“Few have suffered more than the people of this country,” the statement added.")
    qs = _by_text(run(text))
    assert qs["Few have suffered more than the people of this country"].speaker == "Richard Olsen"


@pytest.mark.models
def test_the_words_before_the_next_quote_are_its_cue_not_the_last_ones(run):
    """Review 10: a medal citation ending its sentence went to "An attorney ... called it" of
    the next sentence, which introduces a quote of its own."""
    text = ("Sokolov even rewarded Ivanov with a medal, recognizing “courage and bravery displayed in his duty.” "
            "An attorney for the family called it “the clearest possible message.”")
    qs = _by_text(run(text))
    assert "attorney" not in (qs["courage and bravery displayed in his duty"].speaker or "")
    assert qs["the clearest possible message"].speaker == "An attorney for the family"


@pytest.mark.models
def test_a_nationality_before_an_organisation_is_no_person(run):
    """Review 10: "a Pakistani Taliban said" (one fighter) was a person named "Pakistani
    Taliban"; a nationality and an organisation name the organisation. A name after a
    nationality's word that the article gives no organisation ("German Lopez") stays a person."""
    text = ("Students hid in the hall. \"A lot of the children are under the benches,\" a Pakistani Taliban "
            "said, according to Ahmed.")
    (q,) = run(text)
    assert (q.speaker, q.speaker_kind) == ("Pakistani Taliban", "org")
    (q,) = run("\"The vote was rigged,\" German Lopez wrote in Vox on Monday.")
    assert (q.speaker, q.speaker_kind) == ("German Lopez", "person")


@pytest.mark.models
def test_a_programme_told_or_owned_by_an_outlet_is_no_quote(run):
    """Review 12: 'told CNN's “New Day.”', 'told “FOX & Friends”' and 'told CNN's “Anderson
    Cooper 360˚”' were quotes of their speakers; a person's possessive still owns words."""
    text = ("“The video was the final piece,” Dan Ruiz, a reporter for the Daily Ledger, told CNN's “New Day.” "
            "Gov. Ann Marsh told “FOX & Friends” the suspect left a “treasure trove of information.” "
            "A woman who was rescued told CNN's “Anderson Cooper 360˚” that she thought they would be safe.")
    qs = _by_text(run(text))
    assert set(qs) == {"The video was the final piece", "treasure trove of information"}
    assert qs["treasure trove of information"].speaker == "Ann Marsh"
    text = "Gov. Ann Marsh praised her own “Clean Streets First” agenda."
    assert "Clean Streets First" in _by_text(run(text))


@pytest.mark.models
def test_a_name_just_before_a_main_verb_without_subject_is_the_antecedent(run):
    """Review 12: "Shaken after seeing waves ..., restaurant owner and hurricane veteran Tom
    Ballance wished he had evacuated. “I feel like the dumbest human being ...,” he said." went
    to the mayor quoted before: the parser hung the name on the opening phrase."""
    text = ("Mayor Dan Hobbs said the roads were closed. “Stay home,” he told reporters.\n\n"
            "Shaken after seeing waves crashing on the river just outside his house in New Bern, restaurant owner "
            "and hurricane veteran Carl Benning wished he had evacuated.\n\n"
            "“I feel like the dumbest human being who ever walked the face of the earth,” he said.")
    qs = _by_text(run(text))
    assert qs["I feel like the dumbest human being who ever walked the face of the earth"].speaker == "Carl Benning"
    assert qs["Stay home"].speaker == "Dan Hobbs"


@pytest.mark.models
def test_the_agent_of_a_passive_is_an_antecedent(run):
    """Review 12: "a key point made by McConnell in a news conference ..., which he called a
    “terrible proposal”" went to a congressman of the sentence before."""
    text = ("Rep. Brian Doyle said the bill was good.\n\n"
            "This was a key point made by Walton in a news conference Wednesday designed to explicitly attack "
            "the bill, which he called a “terrible proposal” that will not be brought up in the Senate.")
    assert _by_text(run(text))["terrible proposal"].speaker == "Walton"


@pytest.mark.models
def test_a_speech_still_to_come_quotes_the_reporting_speaker(run):
    """Review 12: "Bagheri ... denied Tehran was involved, saying the country only would respond
    in “an open, strong and severe way”" gave the words to "the country"."""
    text = ("Gen. Amir Farzad, the chief of staff, denied the army was involved in the attacks, saying Monday the "
            "country only would respond in “an open, strong and severe way” if needed.")
    assert _by_text(run(text))["an open, strong and severe way"].speaker == "Amir Farzad"


@pytest.mark.models
@pytest.mark.parametrize(
    "text, question, answer, speaker",
    [
        ('Asked point-blank, "Is the budget finished?" Mayor Tom Ruiz replied, "You know I am not going to talk '
         'about this anymore."', "Is the budget finished?", "You know I am not going to talk about this anymore.",
         "Tom Ruiz"),
        ('Asked by one of the aides, "Is this the final plan you want to use," Mr. Hale replied with a single word: '
         '"Yes."', "Is this the final plan you want to use", "Yes.", "Hale"),
    ],
)
def test_the_question_put_in_an_asked_participle_is_not_the_answerers(run, text, question, answer, speaker):
    """Review 29: Fox's "Asked point-blank, “Is that picture you?” Weiner replied, ..." and the Times' "Asked by one
    of Ms. Rice's aides, “Is this the final language ...,” Mr. Rhodes replied ..." gave the question to the man
    who answered it."""
    quotes = _by_text(run(text))
    assert quotes[question.rstrip(".,")].speaker is None
    assert quotes[answer.rstrip(".,")].speaker == speaker


@pytest.mark.models
def test_an_answer_after_an_asked_participle_stays_the_speakers(run):
    # control: the quotation after "Asked about ..." that is no question is the answer
    quotes = _by_text(run('Asked about the plan, "It will pass easily," Mayor Ann Cole said.'))
    assert quotes["It will pass easily"].speaker == "Ann Cole"
