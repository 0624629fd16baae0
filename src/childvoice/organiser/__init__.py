"""Organiser tools: event set-up, facilitator links, the report, retention (issue 7)."""
