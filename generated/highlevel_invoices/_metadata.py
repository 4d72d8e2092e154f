"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "2021.7.28+spec.6b3b8f7ee949"
#: The spec's info.version.
SPEC_VERSION = "2021-07-28"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "6b3b8f7ee9496be06600dedb868b6cc6a0fd4706df74f1c74499504e185d469f"
#: The spec's first server.
SERVER_URL = "https://services.leadconnectorhq.com"
