"""Operations: metrics, heartbeats of background tasks, backups."""
