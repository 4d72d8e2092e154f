"""The emulator's endpoints, one module each: its DTO, its handler and its `ENDPOINT` (method, path, scope).

The checks every endpoint shares (body parsing, Version, Authorization, rate limit, scope) run before, in
`app.py`; `handlers.ENDPOINTS` lists the endpoints in the order Express tries their routes.
"""
