"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.3bf5df1788c9"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "3bf5df1788c9d1352a5616b1da2ce60b20829c59610a5e55eb985ecd2f615a7b"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
