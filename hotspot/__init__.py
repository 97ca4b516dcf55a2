"""Hotspot: is this place becoming a hot spot, who says so, and on what evidence?"""

__version__ = "0.1.0"
