"""Actors: the knowledge base shipped with the package and time-aware resolution."""
