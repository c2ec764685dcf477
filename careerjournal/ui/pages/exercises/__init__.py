"""Doing exercises: the list, the step-by-step runner and the results."""
