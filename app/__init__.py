"""treatyexit: when a treaty withdrawal takes effect, and what it takes, from reviewed rules."""

__version__ = "0.1.0"
