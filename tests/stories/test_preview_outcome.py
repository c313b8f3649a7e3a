"""A preview and the report of its outcome on a later day are two events (stories/preview.py).

Invented headlines and leads; vectors with a set cosine and `dense_weight=1.0`, so that the
pair similarity is known exactly and only the preview penalty decides.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from manysides.errors import ConfigError
from manysides.stories import GroupItem, explain_pair, group, group_incrementally
from manysides.stories.grouping import GroupConfig
from manysides.stories.metrics import clusters
from manysides.stories.preview import first_sentence, looks_ahead

DIM = 8
COSINE = 0.40  # one day apart: 0.30 with the day penalty, 0.175 with the preview penalty too; bar 0.22


def vec(k: int, toward: int | None = None, cos: float = COSINE) -> np.ndarray:
    """Unit vector: axis k, or (toward given) at cosine `cos` from axis `toward`."""
    v = np.zeros(DIM, dtype=np.float32)
    if toward is None:
        v[k] = 1.0
    else:
        v[toward], v[k] = cos, np.sqrt(1 - cos * cos)
    return v


def art(aid: str, day: str, v: np.ndarray, title: str, lead: str) -> GroupItem:
    return GroupItem(id=aid, published=day, vector=v, title=title, text=lead)


PREVIEW = ("Harbor board will vote Tuesday on Brannock dredging contract",
           "The Pellham harbor board will vote on Tuesday on the Brannock dredging contract, its chair said.")
REPORT = ("Harbor board approves Brannock dredging contract",
          "The Pellham harbor board on Tuesday approved the Brannock dredging contract by five votes to two.")
REPORT2 = ("Pellham board backs dredging deal",
           "Pellham's harbor board voted to back the Brannock dredging contract on Tuesday evening.")


@pytest.mark.parametrize("title, lead", [
    ("Harbor board will vote on dredging contract", ""),
    ("Pellham Council to vote on dredging contract", ""),                   # headline future: "Name to verb"
    ("Harbor board set to approve dredging contract", ""),                  # headline drops "is"
    ("Recall vote looms for Pellham mayor", ""),
    ("Pellham mayor heads into recall with a lead in the polls", ""),
    ("Dredging fight", "The harbor board is expected to approve the contract on Tuesday."),
    ("Dredging fight", "The harbor board may vote as soon as Tuesday on the contract."),
    ("Dredging fight", "PELLHAM — The board plans to vote on the contract next week."),  # dateline dropped
    ("Dredging fight", "Gov. Ada Brill will sign the dredging bill on Monday, aides said."),  # "Gov." ends no sentence
])
def test_what_looks_ahead(title, lead):
    assert looks_ahead(title, lead)


@pytest.mark.parametrize("title, lead", [
    ("Harbor board approves dredging contract", "The board approved the contract on Tuesday."),
    ("Mayor survives recall", "Voters kept the mayor in office on Tuesday."),
    # reported speech: the event is the saying
    ("Chair says board may revisit the contract", "The chair said on Monday that the board will look again."),
    # a quotation's future is what a speaker promises
    ("Mayor on the bridge: 'It will be rebuilt'", "The mayor toured the broken bridge on Monday."),
    ("Bridge closed", "The mayor said the bridge is closed, adding: \u201cWe will rebuild it.\u201d"),
    # a relative clause and a noun do not make the article a preview
    ("Council passes road plan", "The council approved a plan that will widen Dunmore Road."),
    ("City unveils park plan", "The city unveiled its plan to close the park for the summer."),
    # in title case "To" opens a purpose clause as often as a future
    ("Mayor Cancels Trip To Inspect The Dam", "The mayor cancelled a trip on Monday."),
    # a later sentence's future is not the lead's
    ("Board approves contract", "The board approved the contract. Work will start in May."),
    # a lead whose main clause is in the past reports; the future after it is its setting
    ("Storm batters islands",
     "The storm closed in on Tarrow Bay on Thursday as officials urged people to brace for floods."),
    # a future in a clause after "that" is what someone expects: the column before the decision
    ("A retreat from the world", "In a week of bad news it is now plain that the mayor will sell the port."),
    # a headline's attribution may stand at its end
    ("Storm will drive 3,000 from their homes, agency says", ""),
    # "may be" says what is possibly so, not what is to come
    ("Dredging delay may be the board's undoing", ""),
    # a headline's clause after "but" adds an outlook to the news of the first
    ("Council Rejects Levy, But New Fights Loom", "The council voted down the levy on Monday night."),
    # a question asks about what may come; it does not announce it
    ("What will the storm cost Tarrow Bay?", "Economists weighed the damage on Thursday."),
])
def test_what_does_not_look_ahead(title, lead):
    assert not looks_ahead(title, lead)


def test_first_sentence_passes_over_initials_and_titles():
    assert first_sentence("WASHINGTON — Sen. Ada B. Brill spoke. Then she left.") == "Sen. Ada B. Brill spoke."


def test_a_preview_and_the_next_days_report_are_two_stories():
    items = [art("p", "2024-05-06", vec(0), *PREVIEW), art("r", "2024-05-07", vec(1, toward=0), *REPORT)]
    apart = group(items, dense_weight=1.0)
    assert apart["p"] != apart["r"]
    together = group(items, dense_weight=1.0, preview_penalty=0.0)  # the rule is what parts them
    assert together["p"] == together["r"]


def test_a_preview_and_a_report_of_one_day_stay_one_story():
    # control: on one day an announcement's reports and wire copies stand side by side
    items = [art("p", "2024-05-07", vec(0), *PREVIEW), art("r", "2024-05-07", vec(1, toward=0), *REPORT)]
    result = group(items, dense_weight=1.0)
    assert result["p"] == result["r"]


def test_reports_on_following_days_and_previews_on_following_days_stay_together():
    # controls: neither pair is a preview against a report, so nothing is taken off
    reports = [art("r1", "2024-05-07", vec(0), *REPORT), art("r2", "2024-05-08", vec(1, toward=0), *REPORT2)]
    previews = [art("p1", "2024-05-05", vec(2), *PREVIEW),
                art("p2", "2024-05-06", vec(3, toward=2), "Brannock contract vote set for Tuesday",
                    "The harbor board is set to vote on the Brannock contract on Tuesday.")]
    result = group(reports + previews, dense_weight=1.0)
    assert result["r1"] == result["r2"] and result["p1"] == result["p2"] and result["r1"] != result["p1"]


def test_the_reports_of_the_outcome_stay_together_without_the_preview():
    # control: a preview of one day and two reports the next; only the preview parts
    items = [art("p", "2024-05-06", vec(0), *PREVIEW), art("r1", "2024-05-07", vec(1, toward=0), *REPORT),
             art("r2", "2024-05-07", vec(2, toward=1, cos=0.9), *REPORT2)]
    result = group(items, dense_weight=1.0)
    assert result["r1"] == result["r2"] != result["p"]


def _stories() -> list[GroupItem]:
    """A preview and its report (apart), and a subject reported on two days (together)."""
    return [art("p", "2024-05-06", vec(0), *PREVIEW), art("r", "2024-05-07", vec(1, toward=0), *REPORT),
            art("s1", "2024-05-06", vec(4), "Ferry strike enters second day", "Ferry crews stayed off work on Monday."),
            art("s2", "2024-05-07", vec(5, toward=4), "Ferry strike ends", "Ferry crews went back to work on Tuesday.")]


def test_input_order_and_batches_do_not_change_the_stories():
    items = _stories()
    whole = sorted(map(sorted, clusters(group(items, dense_weight=1.0))))
    assert whole == [["p"], ["r"], ["s1", "s2"]]
    for seed in range(3):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(map(sorted, clusters(group(shuffled, dense_weight=1.0)))) == whole
    for batches in ([items[:2], items[2:]], [items[1:2], items[3:], items[:1], items[2:3]]):
        got = group_incrementally(batches, dense_weight=1.0)
        assert sorted(map(sorted, clusters(got))) == whole


def test_why_names_the_preview_penalty():
    p, r = art("p", "2024-05-06", vec(0), *PREVIEW), art("r", "2024-05-07", vec(1, toward=0), *REPORT)
    ex = explain_pair(p, r, dense_weight=1.0)
    assert ex.preview_penalty == pytest.approx(0.125)
    assert ex.similarity == pytest.approx(COSINE - 0.10 - 0.125, abs=1e-5)
    assert "looks ahead" in ex.reason and "under the bar" in ex.reason
    same_day = explain_pair(p, art("r", "2024-05-06", vec(1, toward=0), *REPORT), dense_weight=1.0)
    assert same_day.preview_penalty == 0 and "looks ahead" not in same_day.reason


def test_the_setting_is_checked():
    with pytest.raises(ConfigError, match="preview_penalty"):
        GroupConfig.from_kwargs(preview_penalty=1.5).check_ranges()
    assert GroupConfig.from_kwargs(preview_penalty=0).preview_penalty == 0.0


# A preview of its own day (session 41): "plan to walk out at 10 a.m. today" is the day's coverage of the event as
# it begins. Before, it read as a preview, so the next day's report of that event lost the preview penalty against it,
# and a preview of the day before did not: the column joined the earlier preview instead of the event's story.
@pytest.mark.parametrize("title, lead", [
    ("Ferry crews walk out", "Ferry crews across the county plan to walk off the job at 10 a.m. today over pay."),
    ("Dredging vote", "The Pellham harbor board will vote on the Brannock contract this morning."),
    ("Dredging vote", "PELLHAM — Tonight the harbor board will vote on the Brannock contract."),
    ("Harbor board set to vote today on dredging contract", ""),               # in the headline too
    ("Harbor board to vote on dredging contract", "The board will vote on the contract today, its chair said."),
])
def test_a_preview_of_its_own_day_is_not_a_preview(title, lead):
    assert not looks_ahead(title, lead)


@pytest.mark.parametrize("title, lead", [
    # controls: a day named, a possessive "today's", a name holding "Today", quoted words
    ("Dredging vote", "The harbor board will vote on the contract on Tuesday."),
    ("Dredging vote", "Dredging costs will rise far above today's levels, the board's plan shows."),
    ("Dredging vote", "The board will vote on the contract next week, Pellham Today reported."),
    ("Dredging vote", "The board will vote on the contract next week, after \u201cwe said today or never\u201d."),
])
def test_other_previews_still_look_ahead(title, lead):
    assert looks_ahead(title, lead)


# "Today" for "nowadays" (session 42): in a clause of its own after the cue (after a relative or subordinating word
# or a subject pronoun) or after a later time the cue names, "today" is the present, not the day of what is to come:
# before, these read as previews of their own day and took no preview penalty against the next day's report.
@pytest.mark.parametrize("title, lead", [
    ("Ferry fares", "Ferry riders will pay half next year of the fares charged on the Brannock line today."),
    ("Ferry fleet", "Pellham could run ferries to Brannock tomorrow with the boats we have today, engineers urged."),
    ("Ferry fares", "Ferry fares will double, and the mayor said that for most riders commuting today it is a blow."),
    ("Ferry fleet", "The harbor board will rebuild the ferry fleet, which differs from the one they run today."),
])
def test_today_for_nowadays_after_the_cue_leaves_a_preview(title, lead):
    assert looks_ahead(title, lead)


@pytest.mark.parametrize("title, lead", [
    # controls: the day of what is to come before the cue, in its clause, or of a statement of the day
    ("Dredging vote", "Sometime today, the harbor board will vote on the Brannock contract."),
    ("Dredging vote", "The harbor board will today vote on the Brannock contract."),
    ("Dredging vote", "The board will sign whatever contract the engineers pick, its chair said today."),
    ("Ferry fares", "Ferry riders will pay half the fares from 10 a.m. today, the harbor board announced."),
])
def test_today_of_the_cue_still_names_its_own_day(title, lead):
    assert not looks_ahead(title, lead)


def _unit_vectors(gram: np.ndarray) -> list[np.ndarray]:
    """Vectors (padded to DIM) whose pairwise cosines are `gram`."""
    low = np.linalg.cholesky(gram)
    return [np.pad(row, (0, DIM - len(row))).astype(np.float32) for row in low]


def test_a_preview_of_its_own_day_joins_the_events_reports_not_the_preview_of_the_day_before():
    # e: a preview the day before; t: a column on the day, "plan to walk off the job ... today"; r1 a report of the
    # day, r2 one dated the next day. Content cosines: t-r1 0.37, t-r2 0.38, t-e 0.38, r1-r2 0.50, e-r1 0.42, e-r2 0.30
    gram = np.array([[1.00, 0.38, 0.42, 0.30],
                     [0.38, 1.00, 0.37, 0.38],
                     [0.42, 0.37, 1.00, 0.50],
                     [0.30, 0.38, 0.50, 1.00]])
    ve, vt, v1, v2 = _unit_vectors(gram)
    items = [
        art("e", "2024-05-06", ve, "Ferry crews will walk out on Tuesday",
            "Ferry crews across the county will walk off the job on Tuesday, their union said."),
        art("t", "2024-05-07", vt, "The ferry walkout shows what crews really want",
            "Ferry crews across the county plan to walk off the job at 10 a.m. today over pay."),
        art("r1", "2024-05-07", v1, "Ferry crews walk off the job across the county",
            "Ferry crews across the county walked off the job on Tuesday."),
        art("r2", "2024-05-08", v2, "Ferry strike strands commuters",
            "Thousands of commuters were stranded on Tuesday as ferry crews walked off the job."),
    ]
    result = group(items, dense_weight=1.0)
    assert result["t"] == result["r1"] == result["r2"] != result["e"]
    assert explain_pair(items[1], items[3], dense_weight=1.0).preview_penalty == 0  # the day's column, its report
    assert explain_pair(items[0], items[1], dense_weight=1.0).preview_penalty == pytest.approx(0.125)
    for batches in ([items[2:], items[:2]], [items[3:], items[1:2], items[:1], items[2:3]]):  # any order, batches
        got = group_incrementally(batches, dense_weight=1.0)
        assert got["t"] == got["r1"] == got["r2"] != got["e"]
