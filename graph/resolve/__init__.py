"""Names to canonical actors: :mod:`~graph.resolve.within` one article, :mod:`~graph.resolve.across`
many articles (with the analysts' alias file)."""
