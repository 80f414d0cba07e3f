def find_issues(parsed):
    return []
