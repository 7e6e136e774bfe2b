"""Pages: what each generated page shows. The paths module owns every address, file name
and query parameter; the view models put the catalog in the words the pages print; the
page list names every page with its template (templates/) and what the template is given.

May import: model, reading, engines, text. Never output: a page is described, not written.
"""
