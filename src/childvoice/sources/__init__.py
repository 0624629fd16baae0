"""Hashtag intake: posts from social networks enter through the same ``intake`` as the web form.

One module per concern:

- ``base.py``        what every source shares: ``Post``, ``Page``, the ``Source`` interface,
                     the keyed author hash, and ``deliver`` (blocked authors, then ``intake``)
- ``cursors.py``     where each poller got to (``source_cursors``), so a restart neither misses nor repeats
- ``retry.py``       waiting: rate-limit resets, exponential backoff with jitter (the sleep is a seam)
- ``poller.py``      one poll of any source (pages → intake → cursor) and the endless loop around it
- ``leader.py``      one poller per source across instances (a PostgreSQL advisory lock)
- ``x.py``           X API v2 recent search through tweepy's ``AsyncClient``; deletions re-checked
- ``mastodon.py``    Mastodon hashtag timelines through ``mastodon-py``; HTML stripped to text
- ``replay.py``      recorded API responses (one page a line) through the same parsers
- ``background.py``  the tasks ``childvoice serve`` runs (pollers, the demo replay)
- ``commands.py``    ``childvoice ingest x|mastodon`` and ``childvoice export``

Nothing here stores or logs a handle, name, avatar, media or place: the parsers keep only
text, language, post id and a keyed hash of the author.
"""
