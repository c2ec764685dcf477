"""Modal and separate windows: settings, passphrases, restore, about, the coach viewer."""
