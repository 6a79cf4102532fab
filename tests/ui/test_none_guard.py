import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import workbench.ui
from PySide6.QtGui import QPen
pen = QPen()
for _ in range(200_000):
    pen.setCosmetic(True)   # a void method: must not use up references to None
print("ok")
"""


def test_many_void_calls_do_not_abort():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "ok"
