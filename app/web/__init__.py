"""The newsroom pages: server-rendered HTML over the same services as the API (no law here)."""
