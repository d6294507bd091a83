"""Analysis and the GraphML/CSV writers run headless: they import no Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_analysis_and_exports_import_no_qt():
    code = ("import sys; import app.analysis, app.export.graphml, app.export.csv_export; "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"
