"""The nightly job's verdict: what the contract run and docs-drift reported, classed, as a summary and an issue."""
