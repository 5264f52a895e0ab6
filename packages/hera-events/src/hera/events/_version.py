"""Version of the hera-events distribution."""

__version__ = "0.1.0"
