"""Generated model chunks of hera.events.models."""
