"""The names of the hashtag sources, without their client libraries.

``childvoice serve`` without an X token, and every command that never polls, must not pay for tweepy,
aiohttp and Mastodon.py (about 20 MB of a server's memory): they are imported where a source is used.
"""

from __future__ import annotations

X = "x"
MASTODON = "mastodon"
