"""Moving a one-PC salon (a SQLite file and its documents folder) onto a salon server.

``copying.move_to_server`` is a long job (services.jobs): it reads a snapshot of the file (the
file itself is only ever opened read-only, so it stays byte for byte as it was), then, in one
transaction on the server, migrates the empty database to the current schema, copies every
table in foreign-key order with COPY (ids kept, each id sequence set past the largest), writes
the search index, puts the documents into the database (document_files) and compares row counts
and money sums (``checks``). Any failure, a difference in the comparison or a cancel rolls the
whole transaction back: the server database is left as it was.
"""
