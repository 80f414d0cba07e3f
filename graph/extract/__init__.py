"""Articles to extractions: actors, issues, statements and relations, each with its sentence.

One module per stage, composed in :mod:`graph.extract.pipeline` (read that first):
``clean`` (headline, headings, quote-normalised text with unchanged offsets) -> ``language`` (the spaCy
model, loaded once) -> ``actors`` (mentions to actors) -> :mod:`graph.resolve.within` (one actor per
real-world thing) -> ``statements`` (quotes and claims with speakers) -> ``relations`` (typed links
from the dependency parse) -> ``issues`` (topics from the taxonomy in ``graph/data/issues.json``) ->
``confidence`` (actors the annotators would not name left out, weighed by a model learned from
unseen-recogniser mistakes).
"""
