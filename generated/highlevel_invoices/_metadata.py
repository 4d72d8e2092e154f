"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.26137316be58"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "26137316be58c5b2e4d14611f3b2cb734d5dddc25394bd55b22d3dabda138c47"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
