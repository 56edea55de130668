"""Text as Salon Desk compares it: folding, first names, phone digits.

Plain Python below the models (models, services and the quick command line all use it); it
imports nothing else of Salon Desk. Import the modules themselves (salon_desk.text.fold...):
this package's import stays free, and only text.phones loads the phone library.
"""
