"""Staff sign-in in the interface: the sign-in dialog, switching user, signing out when idle,
and actions a role may not take shown disabled with who may."""
