"""Version of the hera-workflows-models distribution."""

__version__ = "4.1.2.0"
