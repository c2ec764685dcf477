"""Finding out what a source is, and reading its bytes without surprises.

Only regular files are read (a FIFO would hang, a device never end), each within a
size bound, and JSON only after its nesting depth is checked, so a hostile file
gives one clear message instead of a hang, a memory blow-up or a traceback.
"""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path
from typing import Any, Literal

from careerjournal.importing.errors import SourceError
from careerjournal.json_depth import nesting

Format = Literal["jrnl", "dayone", "markdown"]
FORMATS: tuple[Format, ...] = ("jrnl", "dayone", "markdown")

# A decade of daily entries with photos left out is a few tens of MB; these bounds
# are far above that and far below what would exhaust memory.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_JSON_DEPTH = 64


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole of a regular file, or SourceError (missing, not a file, too big, unreadable)."""
    try:
        info = path.stat()
    except OSError as error:
        raise SourceError(f"{path} cannot be read: {error.strerror or error}") from error
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(f"{path} is not a file that can be imported.")
    if info.st_size > limit:
        raise SourceError(f"{path} is larger than {limit // (1024 * 1024)} MB; is it a journal?")
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise SourceError(f"{path} cannot be read: {error.strerror or error}") from error
    if len(data) > limit:
        raise SourceError(f"{path} is larger than {limit // (1024 * 1024)} MB; is it a journal?")
    return data


def load_json(data: bytes, name: str) -> Any:
    """Parse JSON text, refusing undecodable text, cut-off files and absurd nesting."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(f"{name} is not UTF-8 text, so it is not a JSON export.") from error
    _check_depth(text, name)
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise SourceError(f"{name} is not valid JSON (cut off or damaged?).") from error


def _check_depth(text: str, name: str) -> None:
    """Refuse nesting deeper than any journal export has (measured without recursion)."""
    if nesting(text)[0] > MAX_JSON_DEPTH:
        raise SourceError(f"{name} is nested too deeply to be a journal export.")


def detect_format(path: Path) -> Format:
    """What kind of source ``path`` is, from its content and shape, not its name alone."""
    return sniff(path)[0]


def sniff(path: Path) -> tuple[Format, Any]:
    """The format of ``path`` and, for a JSON export, its parsed document.

    The document comes along so a large export is read and parsed once, not
    once to tell its format and again to take its entries; None otherwise.
    """
    if path.is_dir():
        return "markdown", None
    if zipfile.is_zipfile(path) if path.is_file() else False:
        return "dayone", None
    data = read_bytes(path)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        raise SourceError(
            f"{path.name} is not a jrnl or Day One JSON export, a Day One zip, or a folder "
            "of Markdown notes."
        )
    document = load_json(data, path.name)
    return json_format(document, path.name), document


def entry_list(document: Any, name: str, what: str) -> list[Any]:
    """The ``entries`` list both JSON exports keep, or SourceError saying ``name`` is not ``what``."""
    entries = document.get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise SourceError(f"{name} has no list of entries; it is not {what}.")
    return entries


def json_format(document: Any, name: str) -> Format:
    """jrnl's export has entries with 'date' and 'body'; Day One's has 'creationDate'."""
    entries = entry_list(document, name, "a journal export")
    sample = next((e for e in entries if isinstance(e, dict)), {})
    if "creationDate" in sample or "metadata" in document:
        return "dayone"
    if "date" in sample or "tags" in document:
        return "jrnl"
    raise SourceError(f"{name} is JSON, but neither jrnl's nor Day One's export.")


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(read_bytes(path)))
    except zipfile.BadZipFile as error:
        raise SourceError(f"{path.name} is not a readable zip file (cut off?).") from error
