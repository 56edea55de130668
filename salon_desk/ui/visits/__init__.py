"""Widgets shared by the record tabs about visits and money (appointments, sales, debts, credits,
points, budgets)."""
