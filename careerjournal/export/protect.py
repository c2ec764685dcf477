"""A password on a finished PDF, with AES-256.

reportlab's own encryption is RC4, which is broken; so the PDF is built in
memory as usual and its bytes are encrypted here with pypdf (which needs the
``cryptography`` package for AES).
"""

from __future__ import annotations

from io import BytesIO

from careerjournal.vault.cipherfile import require_usable


def protect_pdf(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256: opening it, in any reader, asks for ``password``."""
    from pypdf import PdfReader, PdfWriter

    require_usable(password)
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
