"""Settings from the command line and the environment, resolved once at start."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from childvoice.errors import ConfigError

DEFAULT_DATA_DIR = Path("data")


def async_database_url(url: str) -> str:
    """Map the URLs people write to the async drivers SQLAlchemy needs."""
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        return url
    raise ConfigError(f"unsupported database URL scheme: {url.split(':', 1)[0]!r} (use sqlite:/// or postgresql://)")


def _private_folder(folder: Path) -> None:
    """Create a data folder only its owner can enter (the database and the key live there).

    An existing folder is left as it is: the organiser chose its permissions."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _secret_key(data_dir: Path) -> str:
    """The key for receipt hashes and signed cookies: from the environment, else kept in the data folder."""
    env = os.environ.get("CHILDVOICE_SECRET_KEY")
    if env:
        return env
    _private_folder(data_dir)
    path = data_dir / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


@dataclass(frozen=True)
class RateLimits:
    """Per-client limits as (count, seconds); ``enabled=False`` only for benchmarks."""

    enabled: bool = True
    submit: tuple[int, int] = (20, 600)
    status: tuple[int, int] = (60, 600)


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    secret_key: str
    rate_limits: RateLimits = field(default_factory=RateLimits)
    trusted_proxy: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(database: str | None = None, data_dir: str | Path | None = None) -> Settings:
    """Resolve settings: explicit arguments, then environment, then defaults (a local data folder)."""
    folder = Path(data_dir or os.environ.get("CHILDVOICE_DATA_DIR") or DEFAULT_DATA_DIR)
    url = database or os.environ.get("CHILDVOICE_DATABASE_URL")
    if not url:
        _private_folder(folder)
        url = f"sqlite:///{(folder / 'childvoice.sqlite3').resolve()}"
    elif url.startswith("sqlite:///"):
        _private_folder(Path(url.removeprefix("sqlite:///")).parent)
    limits_env = os.environ.get("CHILDVOICE_RATE_LIMITS", "on").strip().lower()
    return Settings(
        database_url=async_database_url(url),
        data_dir=folder,
        secret_key=_secret_key(folder),
        rate_limits=RateLimits(enabled=limits_env not in {"off", "0", "false", "no"}),
        trusted_proxy=os.environ.get("CHILDVOICE_TRUSTED_PROXY", "") in {"1", "true", "yes"},
    )
