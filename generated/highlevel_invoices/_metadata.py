"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.6ecbd323779b"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "6ecbd323779bf0fe607c0d2be001950a95dbf14c97c56b068489644b2db25c8f"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
