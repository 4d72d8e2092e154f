"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.2a5447fb3642"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "2a5447fb36423abd762580586ec84d1b761f7aad76cc750df73baaad1bda6270"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
