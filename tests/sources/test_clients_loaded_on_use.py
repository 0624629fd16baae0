"""The hashtag clients (tweepy, aiohttp, Mastodon.py) cost a server about 20 MB: a server that polls no
network and replays nothing must not load them, and polling or replaying must still find them."""

from __future__ import annotations

import subprocess
import sys

CLIENTS = ("tweepy", "aiohttp", "mastodon")


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split()) & set(CLIENTS)


def test_the_server_and_the_cli_load_no_client() -> None:
    code = (
        "from childvoice.cli import build_parser\n"
        "build_parser()  # imports every room's sub-commands, the hashtag ones too\n"
        "from childvoice.web.app import create_app\n"
        "create_app"
    )
    assert _loaded_after(code) == set()


def test_replaying_loads_the_clients_parsers() -> None:
    assert _loaded_after("from childvoice.sources.replay import PARSERS") == set(CLIENTS)
