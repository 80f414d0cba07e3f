"""Gazetteers and vocabularies the extractor reads: sovereign states and demonyms (states.json), the
issue taxonomy (issues.json), well-known actors and their kinds (known_actors.tsv), and an example of
the analysts' alias file (aliases.example.toml). All are plain files meant to be edited."""
