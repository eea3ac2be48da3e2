"""The REST API under /api (FastAPI), served by ``bilateral.web.app.create_app(db, token)``.

routes/ holds the endpoints, queries.py the SQL (bound parameters only), analysis.py the thin
adapters to ``bilateral.analysis``, envelope.py the one JSON envelope; see docs/rest-api.md.
"""
