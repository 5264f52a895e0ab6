"""Namespace of the generated modules below `google`."""
