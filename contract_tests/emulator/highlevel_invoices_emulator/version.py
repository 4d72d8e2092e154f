"""The emulator distribution's version (its pyproject reads it from here)."""

__version__ = "0.1.0"
