"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.dbaa225b880a"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "dbaa225b880ac660f9585cc8290ee49b2c9952818de70e7ee7c153bb09ef5424"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
