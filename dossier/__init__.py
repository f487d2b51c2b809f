"""dossier: a static research-dossier site generator for news articles."""

__version__ = "0.1.0"
