"""Review 17's figures: a sector's jobs are not the whole economy's, and jobs are not people."""

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    return make_fixture([Draft("a", "A", [(a_sentence, "t")], claims=[a_claim]),
                         Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])])


def _disputed(fx):
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def test_a_sectors_jobs_are_not_disputed_against_the_whole_economys():
    """"The private sector adding only 25,000 jobs" against "The US economy added just 38,000 jobs in May"
    (review 17): a part of the payrolls, not a second count of them. Two figures of one sector, and two
    of the whole, still are compared."""
    whole = ("The US economy added just 38,000 jobs in May, the weakest growth since 2010.",
             ("38,000", "job", 38000, "count", None, 38000, 38000))
    fx = _pair(*whole, "The gains in May were broadly weak, with the private sector adding only 25,000 jobs.",
               ("25,000", "job", 25000, "count", None, 25000, 25000))
    assert _disputed(fx) == ()
    fx = _pair(*whole, "Manufacturing lost 10,000 jobs in May, the Labor Department said.",
               ("10,000", "job", 10000, "count", None, 10000, 10000))
    assert _disputed(fx) == ()
    fx = _pair(*whole, "The goods producing sector, which includes mining and manufacturing, shed 36,000 jobs.",
               ("36,000", "job", 36000, "count", None, 36000, 36000))
    assert _disputed(fx) == ()
    fx = _pair("Private employers added 25,000 jobs in May.", ("25,000", "job", 25000, "count", None, 25000, 25000),
               "The private sector added 32,000 jobs in May.", ("32,000", "job", 32000, "count", None, 32000, 32000))
    assert len(_disputed(fx)) == 1
    fx = _pair(*whole, "Employers added 72,000 jobs in May, the government said.",
               ("72,000", "job", 72000, "count", None, 72000, 72000))
    assert len(_disputed(fx)) == 1
    # a sector named before another figure of the sentence is that figure's
    fx = _pair(*whole, "Manufacturing lost 10,000 jobs, while the economy as a whole added 72,000 jobs in May.",
               ("72,000", "job", 72000, "count", None, 72000, 72000))
    assert len(_disputed(fx)) == 1


def test_a_count_of_workers_is_not_disputed_against_a_count_of_jobs():
    """"A strike by 40,000 Verizon workers" against "had depressed employment growth by 34,000 jobs" (review
    17): how many struck and how many jobs the strike took off the count are two quantities. Two counts of
    workers still are compared."""
    fx = _pair("A strike by 40,000 Verizon workers hit the job numbers, the labor department said.",
               ("40,000", "job", 40000, "count", None, 40000, 40000),
               "The government said the month-long Verizon strike had depressed job growth by 34,000 jobs.",
               ("34,000", "job", 34000, "count", None, 34000, 34000))
    assert _disputed(fx) == ()
    fx = _pair("A strike by 40,000 Verizon workers hit the job numbers, the labor department said.",
               ("40,000", "job", 40000, "count", None, 40000, 40000),
               "The strike by 34,000 Verizon workers hit the job numbers, the government said.",
               ("34,000", "job", 34000, "count", None, 34000, 34000))
    assert len(_disputed(fx)) == 1
