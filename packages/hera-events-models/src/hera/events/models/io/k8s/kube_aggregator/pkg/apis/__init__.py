"""Namespace of the generated modules below `io.k8s.kube_aggregator.pkg.apis`."""
