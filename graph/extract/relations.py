def find_relations(parsed):
    return []
