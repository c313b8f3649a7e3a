"""What the loaded-wording tests compare: the texts of the spans `loaded_words` marks, read from the text alone or,
with `tags`, with the parse's word classes and verb roles as the annotate stage gives them."""

from manysides.nlp import slant_loaded as L
from manysides.nlp.models import load_spacy
from manysides.nlp.slant_verbs import verb_roles


def loaded(text: str, tags: bool = False, **kw) -> list[str]:
    if tags:
        doc = load_spacy()(text)
        kw.update(tags={tok.idx: tok.tag_ for tok in doc}, roles=verb_roles(doc))
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]
