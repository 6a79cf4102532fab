"""This set's builder: the shared one (../../heldout_tools/heldout_build.py), writing here."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout_tools"))
from heldout_build import build as _build  # noqa: E402


def build(*args, **kw):
    kw.setdefault("outdir", os.path.join(HERE, ".."))
    return _build(*args, **kw)
