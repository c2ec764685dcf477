"""The Qt user interface: thin pages over the plain-Python domain packages."""
