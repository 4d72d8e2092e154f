"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.f0c5ebeb0b47"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "f0c5ebeb0b47cfab575d53ec5d30f2edbe57ec45f4f829a1e181384ea75130ed"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
