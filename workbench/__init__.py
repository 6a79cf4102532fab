"""workbench: offline workbench for Arabic conflict news."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "1"
