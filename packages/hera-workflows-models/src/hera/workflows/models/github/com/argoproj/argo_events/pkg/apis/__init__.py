"""Namespace of the generated modules below `github.com.argoproj.argo_events.pkg.apis`."""
