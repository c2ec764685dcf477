"""Small reusable widgets and helpers that pages and dialogs share."""
