"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.a82a3a0bb3bd"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "a82a3a0bb3bdc43160ce32d19ca13504c626b977fe26ec92284bab292178dee2"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
