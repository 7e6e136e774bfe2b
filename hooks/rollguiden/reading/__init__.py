"""Reading: the data folder → a validated catalog. The safe YAML reader, loading and
validating every file, the checks across files, the error messages an editor reads, and
the JSON Schema export.

May import: model, text.
"""
