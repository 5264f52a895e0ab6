"""Namespace of the generated modules below `io.k8s.api.apps`."""
