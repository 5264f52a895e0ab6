"""Version of the hera-shared distribution."""

__version__ = "0.1.0"
