"""Namespace of the generated modules below `grpc.gateway`."""
