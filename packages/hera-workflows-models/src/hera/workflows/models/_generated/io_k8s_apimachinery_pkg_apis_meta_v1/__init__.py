"""Generated model chunks; import them through the public modules."""
