"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2024.5.1+spec.aa0c203d42de"
#: The spec's info.version.
SPEC_VERSION = "2024-05-01"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "aa0c203d42de3cadebd22640dbf9e9e06f9a023d6db3d16dad4c6874851fbfd4"
#: The spec's first server.
SERVER_URL = "https://pets.example.com"
