"""Documentation drift: compare the vendor's published OpenAPI with the as-documented derivation of our spec.

`source` reads the vendor's file, `facts` flattens both documents into comparable facts per operation, `compare`
classifies every difference against the discrepancy record, `report` renders the result. Imports run one way:
this package uses `contract_tests.record` and nothing of the suite, the emulator or the client.
"""
