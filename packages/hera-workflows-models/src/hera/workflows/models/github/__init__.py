"""Namespace of the generated modules below `github`."""
