"""Version of the hera-events-models distribution."""

__version__ = "1.9.11.0"
