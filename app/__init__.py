"""OppSpace: map co-production service processes across organisations."""

__version__ = "0.1.0"
