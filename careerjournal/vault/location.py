"""Is this a good place for a vault? Cloud-synced folders and network shares are not.

A synced folder copies the encrypted vault to someone else's servers and keeps
old versions there; a network share lives on a machine the user may not
control (often the employer's). Neither breaks the encryption, but both widen
who holds a copy, so the app warns.
"""

from __future__ import annotations

import os
from pathlib import Path

# Folder names the common sync clients create, lower-cased.
_SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "pclouddrive": "pCloud",
    "box": "Box",
    "box sync": "Box",
    "mega": "MEGA",
    "megasync": "MEGA",
    "sync": "Sync.com",
    "stack": "TransIP Stack",
    "seafile": "Seafile",
    "yandex.disk": "Yandex Disk",
}
_SYNC_PREFIXES = ("onedrive - ", "onedrive-", "dropbox (", "googledrive-", "google drive (")
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "davfs",
    "fuse.davfs2",
    "afs",
    "9p",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "ncpfs",
    "glusterfs",
    "ceph",
}


def sync_service(path: Path) -> str | None:
    """The sync service whose folder holds ``path``, if any."""
    for part in Path(path).expanduser().absolute().parts:
        name = part.lower()
        if name in _SYNC_FOLDERS:
            return _SYNC_FOLDERS[name]
        if name.startswith(_SYNC_PREFIXES):
            return part.split(" ")[0].split("-")[0]
    return None


def on_network_share(path: Path, mounts: str | None = None) -> bool:
    """Whether ``path`` is on a network filesystem (UNC path, or an NFS/SMB/... mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    target = os.path.realpath(Path(path).expanduser().absolute())
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fields[2]
    return best_type in _NETWORK_FILESYSTEMS
