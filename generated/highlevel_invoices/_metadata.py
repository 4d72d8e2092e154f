"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.eb7e0443c906"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "eb7e0443c9063d953d2de7fd1f4aa6eb34392840454cd80b0f49cad382971308"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
