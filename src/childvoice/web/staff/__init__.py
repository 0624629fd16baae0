"""The staff side: sign-in, moderation queue, safeguarding desk, audit, administration, live updates."""
