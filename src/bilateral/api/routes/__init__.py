"""The /api routers: records (documents, events, figures…), analysis, ingest."""
