"""What the quote tests compare: each quote as (speaker, its words with runs of space made one)."""


def speakers_of(quotes):
    return [(q.speaker, " ".join(q.text.split())) for q in quotes]
