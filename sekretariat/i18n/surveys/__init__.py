"""Message catalogs of the survey area (questionnaires, responses, indices)."""
