"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.8d0390f67048"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "8d0390f670486a914aeba509a54081a69f77ffd119d8074866cb17313ba3319a"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
