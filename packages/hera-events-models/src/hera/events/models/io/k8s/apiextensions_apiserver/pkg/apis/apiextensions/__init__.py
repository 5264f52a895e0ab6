"""Namespace of the generated modules below `io.k8s.apiextensions_apiserver.pkg.apis.apiextensions`."""
