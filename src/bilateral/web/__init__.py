"""The dashboard: Jinja2 templates and static files shipped in the package (views.py), and
the application serving it with the REST API (app.py).

Plotly's browser bundle is served from the installed plotly package, never a CDN; see
docs/dashboard.md.
"""
