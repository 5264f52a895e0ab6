"""Version of the hera-workflows distribution."""

__version__ = "0.1.0"
