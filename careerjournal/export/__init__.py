"""Rendering documents: PDF, Markdown, the coach package, and the shared block helpers.

Plain Python with no Qt. reportlab is imported only inside the PDF modules
(:mod:`careerjournal.export.pdf`, ``pdf_style``, ``charts``), which are loaded
when an export starts, so opening the app never pays for it.
"""
