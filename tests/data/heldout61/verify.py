"""Check this set's gold files with the shared checker (../heldout_tools/heldout_verify.py)."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "heldout_tools", "heldout_verify.py"), run_name="__main__")
