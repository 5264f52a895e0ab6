"""Generated model chunks of hera.workflows.models."""
