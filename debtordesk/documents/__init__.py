"""reportlab: the printed letters and the dossier export, as PDF bytes (no Qt, no database)."""
