"""The shared document's layout (DESIGN §5a) and local edits mirrored into it."""

from __future__ import annotations

from pycrdt import Array, Doc, Map

from app.collab.shared import ROOT, apply_yops, change_to_yops, read_document, write_document
from app.model import Activity, Asset, dumps, edits
from app.model.fileio import loads


def test_a_map_in_the_shared_document_is_maps_in_arrays_under_oppspace(complete):
    ydoc = Doc()
    write_document(ydoc, complete.model_dump(mode="json"))
    root = ydoc.get(ROOT, type=Map)
    assert root["format"] == "oppspace" and root["version"] == 1
    assert isinstance(root["meta"], Map) and root["meta"]["title"] == complete.meta.title
    for name in ("phases", "actors", "activities", "flows", "partnerships"):
        assert isinstance(root[name], Array)
        assert all(isinstance(item, Map) for item in root[name])
    part = root["partnerships"][0]
    for name in ("resources", "assets", "routines"):
        assert isinstance(part[name], Array) and all(isinstance(i, Map) for i in part[name])
    assert isinstance(part["governance"], dict)  # a plain JSON value
    assert [a["id"] for a in root["activities"]] == [a.id for a in complete.activities]
    assert read_document(ydoc) == complete.model_dump(mode="json")


def _mirror(doc, ydoc):
    """Send every change of ``doc`` into ``ydoc`` as the editor does."""
    doc.events.connect(lambda change: apply_yops(ydoc, change_to_yops(doc, change)))


def test_every_kind_of_edit_reaches_the_shared_document(complete):
    ydoc = Doc()
    write_document(ydoc, complete.model_dump(mode="json"))
    _mirror(complete, ydoc)
    act = complete.activities[0]
    edits.update(complete, act.id, title="Ny titel", x=99.0)
    edits.update(complete, complete.actors[0].id, kind="voluntary")
    edits.add_activity(complete, Activity(id="s-new", title="Ny", actor=complete.actors[1].id))
    edits.move(complete, ("actors",), 0, len(complete.actors) - 1)
    part = complete.partnerships[0]
    edits.add(complete, ("partnerships", 0, "assets"), Asset(id="as-new", name="Skab"), 0)
    edits.update_at(complete, ("partnerships", 0, "governance"), decision_making="Konsensus")
    edits.update_at(complete, ("meta",), title="Delt kort")
    edits.remove(complete, part.resources[0].id)  # cascades into complementarities
    edits.remove(complete, complete.actors[0].id)  # cascades far
    assert read_document(ydoc) == complete.model_dump(mode="json")
    assert dumps(loads(dumps(complete))) == dumps(complete)


def test_the_collab_layer_imports_no_qt():
    import subprocess
    import sys

    code = ("import sys, app.collab.session, app.collab.transfer, app.collab.server, "
            "app.cli_serve, app.cli_push, app.cli_pull; print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
