// One article: its text and metadata, the actors it mentions, and its statements with their speakers.
// $id: the article id
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (actor:Actor)-[m:MENTIONED_IN]->(a)
  RETURN collect(actor {.id, .name, .kind, .aliases, mentions: m.count}) AS actors
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_STATEMENT]->(s:Statement)
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN collect(s {.id, .text, .kind, .sentence, .evidence, .start, .end,
                    speaker: speaker.name, speaker_id: speaker.id}) AS statements
}
RETURN a.id AS id, a.title AS title, a.text AS text, a.published AS published, a.source AS source,
       a.url AS url, actors, statements
