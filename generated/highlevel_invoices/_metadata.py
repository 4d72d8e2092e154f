"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.6ca3bff38486"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "6ca3bff38486e6f37ff4a908c209c41c7f12e3b868c0e2ee7cf1794a5189be46"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
