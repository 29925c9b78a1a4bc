"""``rjbot profile check``: a service profile, checked before it is used."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.cli.common import (
    fail,
)
from bot.profile import ProfileError, load_profile

commands = typer.Typer()
profile_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Service profiles.")
commands.add_typer(profile_app, name="profile")


@profile_app.command("check")
def profile_check(path: Path) -> None:
    """Check a service profile and say what is wrong with it."""
    try:
        profile = load_profile(path)
    except ProfileError as error:
        raise fail(str(error)) from None
    rules = profile.rules()
    deadlines = profile.deadlines
    print(f"{path}: OK - {rules.service_name}")
    print(f"  areas: {', '.join(a.name for a in rules.areas) or 'none'}")
    print(
        f"  first contact: standard {deadlines.standard.describe()}, "
        f"enhanced {deadlines.enhanced.describe()}; {deadlines.nation} bank holidays"
    )
    print(
        f"  people harmed under {rules.minimum_age}: {rules.under_age}; "
        f"person responsible under 18: {rules.youth_offender}; "
        f"out of scope: {', '.join(sorted(rules.out_of_scope)) or 'nothing'}"
    )
