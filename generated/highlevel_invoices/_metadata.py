"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.df78b4e320b2"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "df78b4e320b26fb9fc00389b12d0acab4be49c12a05da2b29c74e41ce2446dbe"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
