// Record the speakers analysts set by hand (the whole list, replacing the one before).
// $speakers: JSON lists [article id, statement text, actor id or null] (graph.corrections)
MERGE (m:Meta {id: 'store'})
SET m.speaker_decisions = $speakers, m.speaker_decisions_at = datetime()
