"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.028a9da54205"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "028a9da542058d9aed9d3307aa7c2de8aeaec6043def5d477d887cb55ce08dcd"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
