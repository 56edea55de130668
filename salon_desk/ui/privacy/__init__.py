"""The customers' privacy rights in the app: the record's Privacy menu (export everything,
consent history, forget) and the retention review."""
