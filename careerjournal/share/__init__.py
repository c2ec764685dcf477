"""Sharing with one's own coach: what is chosen, how it becomes a document, what was shared.

Plain Python with no Qt, so the Share page and ``careerjournal share`` follow
the same rules. The writers (coach package, PDF, Markdown) live in
:mod:`careerjournal.export`; they all get the same blocks from :mod:`content`.
"""
