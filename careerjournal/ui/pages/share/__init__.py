"""The Share page: choose what a coach sees, preview it, and export it in a chosen form."""
