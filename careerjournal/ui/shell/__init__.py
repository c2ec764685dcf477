"""The window, the vault session and app-wide state: what every page lives inside."""
