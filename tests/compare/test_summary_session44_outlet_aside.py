"""A lead that names an outlet of the story only in an aside on where its words were said (session 44, helper F,
review 29; invented sentences)."""

from manysides.compare import neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, list[str]], outlets: dict[str, str]):
    arts, ev = [], {}
    for aid, sents in texts.items():
        text = " ".join(sents)
        arts.append(Article(aid, f"{aid}.txt", outlets[aid], None, aid, None, "2011-06-01", "en", text))
        ev[aid] = [Evidence(aid, text.index(t), text.index(t) + len(t), t) for t in sents]
    return arts, ev


def test_a_lead_is_said_without_an_aside_naming_the_outlet_it_was_said_to():
    """Review 29: Fox's lead "Rep. Anthony Weiner, in an interview with Fox News, said Wednesday he's certain he did
    not send a lewd photo ..." was passed over as a lead (it names an outlet of the story); the summary had said it
    only through a shared point, which paired it with the photo "was sent ... from Weiner's Twitter account" (a denial
    beside what it denies, no one point since session 44), and lost the story's main fact. The aside is the outlet's
    credit for its interview: the lead is said without it, in its own words. A sentence naming the outlet otherwise is
    passed over (for another outlet's opening)."""
    texts = {"fox": ["Mayor Orrin Vale, in an interview with Harbor News, said Monday he is certain he did not send "
                     "the letter to the council.",
                     "The council met on Tuesday to discuss the letter and its origin."],
             "tel": ["Mayor Orrin Vale insisted on Monday that he never sent the letter to the council.",
                     "Council members met on Tuesday to talk about the letter."]}
    arts, ev = _articles(texts, {"fox": "Harbor News", "tel": "The Telegraph Online"})
    leads = [SharedPoint(ev["fox"][0].text, ("fox", "tel"), (ev["fox"][0], ev["tel"][0]))]
    later = SharedPoint(ev["fox"][1].text, ("fox", "tel"), (ev["fox"][1], ev["tel"][1]))
    summary = neutral_summary([later], arts, leads=leads)
    assert summary.startswith("Mayor Orrin Vale said Monday he is certain he did not send the letter to the council.")
    assert "Harbor News" not in summary
    # the outlet named otherwise: passed over, as before (for the other outlet's opening)
    named = "Mayor Orrin Vale told Harbor News on Monday he is certain he did not send the letter to the council."
    text = named + " " + texts["fox"][1]
    arts[0] = Article("fox", "fox.txt", "Harbor News", None, "fox", None, "2011-06-01", "en", text)
    leads = [SharedPoint(named, ("fox", "tel"), (Evidence("fox", 0, len(named), named), ev["tel"][0]))]
    summary = neutral_summary([later], arts, leads=leads)
    assert "Harbor News" not in summary and summary.startswith("Mayor Orrin Vale insisted on Monday")
