// One article: its metadata, one part of its text, the actors it mentions (each with how likely the
// confidence model found it), its statements with their speakers, and the names read but left out as
// unlikely actors (most likely first). Only the requested part of the text leaves the database (an
// article can be megabytes).
// $id: the article id
// $offset: where the part of the text starts (characters from the start of the text)
// $length: how many characters of the text to return
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (actor:Actor)-[m:MENTIONED_IN]->(a)
  RETURN collect(actor {.id, .name, .kind, .aliases, mentions: m.count, likelihood: m.likelihood}) AS actors
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_STATEMENT]->(s:Statement)
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN collect(s {.id, .text, .kind, .sentence, .evidence, .start, .end,
                    speaker: speaker.name, speaker_id: speaker.id}) AS statements
}
RETURN a.id AS id, a.title AS title, substring(coalesce(a.text, ''), $offset, $length) AS text,
       size(coalesce(a.text, '')) AS text_chars, a.published AS published, a.source AS source,
       a.url AS url, actors, statements,
       [i IN range(0, size(coalesce(a.left_out_names, [])) - 1) |
        {name: a.left_out_names[i], kind: a.left_out_kinds[i], likelihood: a.left_out_likelihoods[i]}] AS left_out
