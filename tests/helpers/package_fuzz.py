"""Hostile and damaged coach packages, for the fuzz harness and the tests.

Three families, all from one seeded ``random.Random``:

- crafted: the named attacks of :mod:`tests.helpers.package_attacks`;
- content: a valid document with one value, field, kind or text replaced;
- bytes: a valid encrypted file with bytes flipped, cut, zeroed or moved.

Every package is encrypted as the real writer encrypts one
(:mod:`tests.helpers.package_content`), so it reaches the parser.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.helpers.package_attacks import CRAFTED, crafted, nested
from tests.helpers.package_content import (
    PAGE,
    PASSPHRASE,
    SURROGATE,
    Content,
    Keyring,
    valid_blocks,
    valid_content,
    write_content,
)

__all__ = ["CRAFTED", "PASSPHRASE", "Keyring", "generate", "valid_content", "write_content"]


# --- content mutations ----------------------------------------------------------------


def _hostile_value(rng: random.Random) -> Any:
    pool: list[Callable[[], Any]] = [
        lambda: None,
        lambda: rng.choice([True, False]),
        lambda: rng.choice([0, -1, 1, 2, 3, 7, 2**63, -(2**70)]),
        lambda: rng.choice([0.0, -0.0, 1e308, -1e308, 5e-324, 0.5]),
        lambda: float(rng.choice(["nan", "inf", "-inf"])),
        lambda: "",
        lambda: rng.choice(["x", "woord "]) * rng.choice([1, 17, 100, 900, 5_001, 9_000, 100_000]),
        lambda: rng.choice(["0001-01-01", "9999-12-31", "2026-02-30", "2026-03-10", "x"]),
        lambda: rng.choice(["open", "done", "goal", "body", "lead", "nope"]),
        lambda: "".join(chr(rng.randrange(0x110000)) for _ in range(20)).replace("\x00", ""),
        lambda: "\ud800",
        lambda: [],
        lambda: {},
        lambda: json.loads(nested(rng.choice([5, 20, 900]))),
        lambda: [rng.choice(["a", 1, None])] * rng.choice([2, 300, 30_000]),
    ]
    return rng.choice(pool)()


def _storable(value: Any) -> Any:
    """``value`` if SQLite can store it in a NOT NULL column, else its text."""
    if isinstance(value, bool | dict | list) or value is None:
        return str(value)
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, float) and value != value:
        return "nan"
    if isinstance(value, str) and SURROGATE.search(value):
        return value.encode("utf-8", "surrogatepass")  # a blob where text belongs
    return value


def _containers(value: Any) -> list[Any]:
    """Every dict and list in ``value``, to pick one to change."""
    found, todo = [], [value]
    while todo:
        item = todo.pop()
        if isinstance(item, dict | list):
            found.append(item)
            todo.extend(item.values() if isinstance(item, dict) else item)
    return found


def _mutate_json(rng: random.Random, data: Any) -> None:
    target = rng.choice(_containers(data))
    if isinstance(target, dict):
        choice = rng.random()
        if target and choice < 0.6:
            target[rng.choice(list(target))] = _hostile_value(rng)
        elif target and choice < 0.8:
            target.pop(rng.choice(list(target)))
        else:
            target[rng.choice(["text", "extra", "value", "rows", "bars", "kind"])] = _hostile_value(
                rng
            )
    elif target and rng.random() < 0.5:
        target[rng.randrange(len(target))] = _hostile_value(rng)
    elif target and rng.random() < 0.5:
        target.extend(target * rng.choice([1, 50, 5000]))
    else:
        target.append(_hostile_value(rng))


def mutated_content(rng: random.Random) -> tuple[str, Content]:
    """A valid document with one thing changed: a value, a kind, a description or the text."""
    content = valid_content()
    blocks = content.blocks
    n = rng.randrange(len(blocks))
    kind, data = blocks[n]
    data = copy.deepcopy(data)
    how = rng.random()
    if how < 0.6:
        _mutate_json(rng, data)
        name = f"content: {kind} value"
    elif how < 0.7:
        kind = rng.choice([b[0] for b in valid_blocks()] + ["Keep", "", "block"])
        name = f"content: kind {kind!r}"
    elif how < 0.8:
        key = rng.choice(list(content.meta))
        content.meta[key] = _storable(_hostile_value(rng))
        name = f"content: meta {key}"
    else:
        text = json.dumps(data)
        cut = rng.randrange(len(text) + 1)
        noise = "".join(rng.choice('[]{}",:\\0123456789enalsrtu ') for _ in range(rng.randrange(8)))
        data = text[:cut] + noise + text[cut + rng.randrange(3) :]
        name = f"content: {kind} text"
    blocks[n] = (kind, data)
    return name, content


# --- byte mutations -------------------------------------------------------------------


def mutated_bytes(rng: random.Random, original: bytes) -> tuple[str, bytes]:
    """A valid encrypted package damaged the way disks, copies and people damage files."""
    data = bytearray(original)
    pages = len(data) // PAGE
    how = rng.random()
    if how < 0.35:
        for _ in range(rng.choice([1, 1, 2, 8])):
            start = 16 if rng.random() < 0.97 else 0  # the salt itself only now and then
            data[rng.randrange(start, len(data))] ^= 1 << rng.randrange(8)
        return "bytes: flipped", bytes(data)
    if how < 0.55:
        cut = rng.choice([rng.randrange(len(data)), PAGE * rng.randrange(pages)])
        return "bytes: truncated", bytes(data[:cut])
    if how < 0.7:
        page = rng.randrange(1, pages)
        data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
        return "bytes: page zeroed", bytes(data)
    if how < 0.85:
        a, b = rng.randrange(1, pages), rng.randrange(1, pages)
        pa, pb = bytes(data[a * PAGE : (a + 1) * PAGE]), bytes(data[b * PAGE : (b + 1) * PAGE])
        data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE] = pb, pa
        return "bytes: pages swapped", bytes(data)
    extra = rng.randbytes(rng.choice([1, 100, PAGE, 3 * PAGE]))
    return "bytes: junk appended", bytes(data) + extra


def other_file(rng: random.Random) -> tuple[str, bytes]:
    """Not a package at all: empty, random, a PDF head, a plain SQLite database."""
    choice = rng.randrange(4)
    if choice == 0:
        return "other: empty", b""
    if choice == 1:
        return "other: random", rng.randbytes(PAGE * rng.randrange(1, 5))
    if choice == 2:
        return "other: PDF", b"%PDF-1.7\n" + rng.randbytes(3 * PAGE)
    return "other: plain SQLite", b"SQLite format 3\x00" + rng.randbytes(3 * PAGE - 16)


# --- all together ---------------------------------------------------------------------


def generate(
    folder: Path, count: int, seed: int, *, with_crafted: bool = True
) -> Iterator[tuple[str, Path]]:
    """``count`` packages in ``folder`` (the crafted ones first), named and reproducible."""
    rng = random.Random(seed)
    keyring = Keyring.make(rng)
    original = folder / "original.cjshare"
    write_content(original, keyring, valid_content())
    base = original.read_bytes()
    made = 0

    def path_for(n: int) -> Path:
        return folder / f"case-{n:05}.cjshare"

    for name, content in crafted(rng) if with_crafted else ():
        if made >= count:
            return
        write_content(path_for(made), keyring, content)
        yield name, path_for(made)
        made += 1
    while made < count:
        roll = rng.random()
        path = path_for(made)
        if roll < 0.5:
            name, content = mutated_content(rng)
            write_content(path, keyring, content)
        elif roll < 0.95:
            name, data = mutated_bytes(rng, base)
            path.write_bytes(data)
        else:
            name, data = other_file(rng)
            path.write_bytes(data)
        yield name, path
        made += 1
