"""Namespace of the generated modules below `io`."""
