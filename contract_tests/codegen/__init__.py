"""Library code of `make generate` (scripts/generate.py is its entry point): the docstring reflow of the generated
package, where the project's linters, type checker and tests see it."""
