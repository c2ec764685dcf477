"""The Plan page and its parts; the only place the personal plan meets Qt."""
