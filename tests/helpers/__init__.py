"""What the tests share: fixtures, the passphrases, a window driver, widget and canary helpers.

Test modules import from here, never from ``conftest`` or from one another.
"""
