"""The bundled templates, checked by hand against the map: each finding is true."""

from app.analysis import analyze
from app.model import load


def test_aalborg_aktiv_findings(template_path):
    found = {(f.code, f.subjects) for f in analyze(load(template_path("aalborg-aktiv")))}
    assert found == {
        # the support needs go to the café by phone, consent not recorded, no shared asset
        ("consent-missing", ("f-15",)),
        ("flow-without-asset", ("f-15",)),
        # the shared citizen overview is still an investment, yet two flows rely on it
        ("asset-needs-investment", ("as-system", "f-12", "f-22")),
        # the municipality (the coordinator) relays almost all information
        ("coordination-bottleneck", ("a-kommune",)),
    }


def test_generic_findings(template_path):
    found = {(f.code, f.subjects) for f in analyze(load(template_path("generic")))}
    assert found == {
        # the volunteers tell the company by phone what support works
        ("flow-without-asset", ("f-10",)),
        # the municipality relays two thirds of the information paths; it coordinates
        ("coordination-bottleneck", ("a-municipality",)),
    }


def test_blank_template_has_no_findings(template_path):
    assert analyze(load(template_path("blank"))) == []
