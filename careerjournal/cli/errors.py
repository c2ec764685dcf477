"""The one error the command line prints as a line of its own, without a traceback."""


class UserError(Exception):
    """A mistake the user can fix; printed as one line, no traceback."""
