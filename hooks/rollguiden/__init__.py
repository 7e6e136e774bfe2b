"""Rollguiden: role data → validated model → generated pages. Never imports MkDocs."""
