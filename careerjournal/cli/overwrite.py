"""The command line's side of the overwrite rule: ``--force`` is the explicit yes."""

from __future__ import annotations

from pathlib import Path

from careerjournal.cli.errors import UserError


def check_out_file(out: Path, force: bool) -> None:
    """Refuse ``out`` before any passphrase is asked: a keeper always, another file without --force."""
    from careerjournal.export.files import TargetExists, check_target

    try:
        check_target(out, replace=force)
    except TargetExists as error:
        raise UserError(f"{error.strerror} Add --force to replace it.") from error
    except OSError as error:
        raise UserError(str(error.strerror)) from error
