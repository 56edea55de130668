"""Finding customers entered more than once (no Qt).

- ``scan.scan_duplicates(open_session)``: the whole-database scan, a generator for the UI's
  BackgroundTask; ``scan.run_scan`` without progress.
- ``lookup.find_matches``: existing customers that look like one being entered.
- ``pairs``: pairs staff dismissed as different people.
- ``review``: what the page and the merge dialog show about a group.

- ``model``: the Fellegi-Sunter model, learnt by each scan from the database it scans.

How the scores are made and calibrated: docs/duplicates.md.
"""
