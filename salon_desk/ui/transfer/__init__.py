"""Moving customers in and out: the import wizard, exports, the template, import history."""
