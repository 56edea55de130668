"""A salon server in the interface: other desks' changes shown, connecting to a server."""
