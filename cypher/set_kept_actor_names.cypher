// Record the names analysts have decided are actors (the whole list, replacing the one before).
// $names: the names, as the analysts wrote them
MERGE (m:Meta {id: 'store'})
SET m.kept_actor_names = $names, m.kept_actor_names_at = datetime()
