"""Staff accounts and sessions (no child ever has an account)."""
