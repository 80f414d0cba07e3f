// One article's statements (text, kind, speaker id) and actors (id, name, kind, aliases): what an
// analyst who sets a statement's speaker picks from (graph.corrections.set_speaker).
// $id: the article id
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (actor:Actor)-[:MENTIONED_IN]->(a)
  RETURN collect(actor {.id, .name, .kind, .aliases}) AS actors
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_STATEMENT]->(s:Statement)
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN collect(s {.text, .kind, .sentence, speaker: speaker.id}) AS statements
}
RETURN actors, statements
