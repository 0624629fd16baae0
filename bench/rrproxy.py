"""A tiny round-robin TCP proxy for the scale-out benchmark: each new connection goes to the next backend.

    python bench/rrproxy.py --port 8080 --backend 127.0.0.1:8001 --backend 127.0.0.1:8002

Connection-level round robin is what a plain load balancer in front of several instances
does; a browser tab (or a wrk connection) keeps talking to the instance it got. Only for
benchmarks on 127.0.0.1: no TLS, no health checks, no headers added.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import sys


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def serve(port: int, backends: list[tuple[str, int]]) -> None:
    turn = itertools.cycle(backends)

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        host, bport = next(turn)
        try:
            server_r, server_w = await asyncio.open_connection(host, bport)
        except OSError:
            client_w.close()
            return
        await asyncio.gather(pipe(client_r, server_w), pipe(server_r, client_w))

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
    print(f"rrproxy: 127.0.0.1:{port} -> {', '.join(f'{h}:{p}' for h, p in backends)}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--backend", action="append", required=True, help="host:port, once per instance")
    a = ap.parse_args()
    backends = [(b.rsplit(":", 1)[0], int(b.rsplit(":", 1)[1])) for b in a.backend]
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(a.port, backends))
    return 0


if __name__ == "__main__":
    sys.exit(main())
