"""Output: turning the described pages into files. Jinja rendering, the generated pages and
files, the worker process, the Word documents, the JSON API, the style sheet of the
printed marks, the Content-Security-Policy.

May import: every layer but the top (site, cli). Never mkdocs.
"""
