"""What every `stockade` command group shares: the consoles, the --config option, settings loading."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.config import ConfigError, Settings, load_settings

console = Console()
err = Console(stderr=True)

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="YAML configuration file (or STOCKADE_CONFIG)")
]


def load_or_exit(config: Path | None) -> Settings:
    """The settings, or exit 2 with the reason (a CLI user gets no stack trace)."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
