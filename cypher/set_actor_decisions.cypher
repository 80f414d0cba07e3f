// Record the analysts' decisions about names (both whole lists, replacing the ones before).
// $kept: the names that are actors, as the analysts wrote them
// $dropped: the names that are no actors
MERGE (m:Meta {id: 'store'})
SET m.kept_actor_names = $kept, m.dropped_actor_names = $dropped, m.actor_decisions_at = datetime()
