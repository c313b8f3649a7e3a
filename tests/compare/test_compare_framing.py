from manysides.compare import framing_terms, term_counts


def test_term_counts_unigrams_bigrams_no_stop_words_or_numbers():
    c = term_counts("The loss was a gut punch: 30 million voters, a reality check. It failed!")
    assert c["gut punch"] == 1 and c["reality check"] == 1 and c["failed"] == 1
    assert "the" not in c and "was" not in c and "30" not in c and "million" not in c
    assert "punch reality" not in c  # never across punctuation
    assert "million voters" not in c
    assert term_counts(None) == {}  # type: ignore[arg-type]


def test_contractions_titles_and_party_tags_are_not_terms():
    c = term_counts("They don't want it, and I'm sure we're not saying so. Sen. Ann Lee (D-N.Y.) and "
                    "Rep. Bo Diaz, R-Texas, can't agree; the deal didn't align.")
    assert not set(c) & {"don't", "i'm", "we're", "can't", "didn't", "d-n", "r-texas", "sen", "rep", "didn't align"}
    assert c["saying"] == 1 and c["deal"] == 1 and c["align"] == 1
    # ... but words that only look like a tag are words
    kept = term_counts("Veterans marked D-Day. The R-rated film used an I-beam.")
    assert kept["d-day"] == 1 and kept["r-rated film"] == 1 and kept["i-beam"] == 1


def test_of_phrases_are_one_term():
    c = term_counts("A beacon of hope. The end of. Of course the Bureau of Land Management said so.")
    assert c["beacon of hope"] == 1 and c["bureau of land"] == 1
    assert "of" not in c and "end of" not in c and "of course" not in c


def _terms(framing, article_id):
    return [t.term for t in framing[article_id]]


def test_framing_terms_are_distinctive_to_their_outlet(election):
    framing = framing_terms(election.articles)
    dispatch, ledger = _terms(framing, "c-dispatch"), _terms(framing, "a-ledger")
    assert {"failed", "gut punch", "reality check"} <= set(dispatch[:5])
    assert {"energy", "community", "beacon of hope"} <= set(ledger[:5])
    assert not set(dispatch) & {"energy", "community", "beacon of hope", "beacon"}
    assert not set(ledger) & {"failed", "gut punch", "reality check"}
    scores = [t.score for t in framing["c-dispatch"]]
    assert scores == sorted(scores, reverse=True) and len(scores) <= 10


def test_excluded_words_never_framing(election):
    framing = framing_terms(election.articles, exclude={"breck", "quill"})
    terms = {x.term for ts in framing.values() for x in ts}
    assert not any({"breck", "quill"} & set(t.split()) for t in terms)


def test_outlet_names_are_never_framing(election):
    terms = {t for ts in framing_terms(election.articles).values() for t in (x.term for x in ts)}
    assert not terms & {"summit", "dispatch", "summit dispatch", "harbor", "ledger", "plains", "courier"}


def test_an_outlet_cited_by_name_is_not_framing(election):
    import dataclasses

    arts = [dataclasses.replace(a, text=a.text + " The Summit Dispatch reported the count. Dispatch reported more.")
            if a.id == "a-ledger" else a for a in election.articles]
    terms = {x.term for x in framing_terms(arts)["a-ledger"]}
    assert "dispatch reported" not in terms and "reported" not in terms


def test_background_prior_shrinks_terms_the_corpus_never_saw(election):
    # "gut punch" and "failed campaign" are used equally often, by the same outlet only;
    # the one the background has seen is the better-supported framing term.
    background = {"gut punch": 40, "failed": 300, "election": 900, "race": 700, "voters": 800}
    informed = {t.term: t.score for t in framing_terms(election.articles, background, min_z=-99)["c-dispatch"]}
    plain = {t.term: t.score for t in framing_terms(election.articles, min_z=-99)["c-dispatch"]}
    assert plain["gut punch"] == plain["failed campaign"]
    assert informed["gut punch"] > informed.get("failed campaign", float("-inf"))


def test_single_article_has_no_framing(election):
    assert framing_terms(election.articles[:1]) == {}


def test_time_words_are_details_not_framing():
    from manysides.compare.framing import framing_terms
    from manysides.records import Article

    a = Article("a", "a.txt", "Ledger", None, "t", None, None, "en",
                "On Friday the council passed the budget after months of talks and years of delay. Friday.")
    b = Article("b", "b.txt", "Courier", None, "t", None, None, "en",
                "The council approved a contested budget after a bitter fight over police funding cuts.")
    terms = {t.term for ts in framing_terms([a, b]).values() for t in ts}
    assert terms and not terms & {"friday", "months", "years"}


def test_an_ordinal_suffix_is_never_a_term():
    from manysides.compare import term_counts

    counts = term_counts("Crowds gathered for the 4th of July weekend as the 45th president spoke on the 2nd day.")
    assert not {"th", "nd", "th weekend", "th president", "nd day"} & set(counts)
    assert counts["president"] == 1 and counts["crowds gathered"] == 1


def test_news_outlets_an_article_cites_and_its_own_name_in_any_order_are_not_framing():
    from manysides.records import Article

    a = Article("a", "a.txt", "Fox Online News", None, "t", None, None, "en",
                "The Associated Press reported the budget vote on Sept. 12, Reuters said, and the New York Times "
                "called the fight bitter. Fox News first had the story of the stalled budget deal.")
    b = Article("b", "b.txt", "Courier", None, "t", None, None, "en",
                "The council approved a contested budget after a bitter fight over police funding cuts.")
    terms = {t.term for ts in framing_terms([a, b]).values() for t in ts}
    assert terms and not {w for t in terms for w in t.split()} & {"associated", "press", "reuters", "york", "times",
                                                                   "fox", "news", "sept"}
    assert "stalled budget" in terms or "stalled" in terms


def test_links_handles_and_post_signatures_are_not_framing(election):
    import dataclasses

    extra = (" Read or watch it at https://video.example.com/playlist/longform www.example.com/story ."
             " Ask @realDonaldTrump and @ewarren. Big win! — Donald J. Trump (@realDonaldTrump) May 2, 2017"
             " Big win! — Donald J. Trump (@realDonaldTrump) May 3, 2017")
    arts = [dataclasses.replace(a, text=a.text + extra) if a.id == "a-ledger" else a for a in election.articles]
    words = {w for x in framing_terms(arts)["a-ledger"] for w in x.term.split()}
    assert not words & {"https", "http", "video", "playlist", "longform", "www", "realdonaldtrump", "ewarren",
                        "donald", "trump", "com"}, words


def _story(text: str) -> list:
    from manysides.records import Article

    others = ("The council met on the budget and the vote was close, members said after the meeting.",
              "Lawmakers met to vote on the budget; the council vote came after a long meeting.")
    return [Article("a", "a.txt", "Alpha", None, "Budget vote", None, None, "en", text)] + [
        Article(i, f"{i}.txt", name, None, "Budget vote", None, None, "en", t)
        for i, name, t in (("b", "Beta", others[0]), ("c", "Gamma", others[1]))]


def test_generic_and_sourcing_words_are_not_framing():
    # a review's noise: "comes", "set", "new", "number", "statement", "press release",
    # "data showed", "department reported"; its good terms: "daring", "punishing"
    text = ("The budget comes as the party set new rules. The number of new members grew. In a statement and "
            "a press release, the department reported that data showed a drop. It was daring and punishing. "
            "The statement came later; the press release comes often, new data showed more.")
    terms = {t.term for t in framing_terms(_story(text), min_z=0.0, top=50)["a"]}  # every term that scores
    assert not terms & {"comes", "set", "new", "number", "number of new", "members", "statement", "press release",
                        "data showed", "department reported", "came"}
    assert {"daring", "punishing"} <= terms


def test_fragments_across_phrases_and_names_are_not_framing():
    # "swept away cars", "Ida killed", "insurance rose", "270-month prison", "212-member
    # Republican", "U.S. Attorney's Office", "two and a half years", "Republicans left"
    text = ("Floods swept away cars as Ida killed four. Insurance rose. He got a 270-month prison term from the "
            "U.S. Attorney's Office after two and a half years; the 212-member Republican caucus fumed. The "
            "Republicans left in the state were furious. The flood-ravaged town was furious.")
    terms = {t.term for t in framing_terms(_story(text), min_z=0.0, top=50)["a"]}
    assert not terms & {"away cars", "ida killed", "insurance rose", "month prison", "member republican",
                        "attorney office", "attorney's office", "half years", "left", "away"}
    assert {"furious", "swept", "caucus"} <= terms and ("flood-ravaged" in terms or "flood-ravaged town" in terms)


def test_a_bigram_that_runs_on_leaves_its_word():
    # "criminal contract" of "criminal contract hackers" is no phrase; "contract hackers" is
    text = ("Criminal contract hackers did it. The criminal contract hackers struck twice, and criminal contract "
            "hackers hid.")
    terms = {t.term for t in framing_terms(_story(text), min_z=0.0, top=50)["a"]}
    assert "criminal contract" not in terms and "contract hackers" in terms
