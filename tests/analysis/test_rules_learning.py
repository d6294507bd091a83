"""No local learning: raised for a member that never said what it changes at home, in a
partnership that keeps a reflection log; not when it did, nor without a log."""

from mapkit import actor, codes, make, only, partnership

from app.analysis import analyze

ACTORS = [actor("m", "Aalborg Kommune"), actor("w", "Sagsbehandler", organization="m"),
          actor("k", "Café Kant", kind="private"), actor("c", "Maja", kind="citizen")]


def _doc(*local, reflections=True):
    entries = [{"date": "2026-11-01", "local": list(local)}] if reflections else []
    return make(ACTORS, partnerships=[partnership(members=["m", "k", "c"], reflections=entries)])


def test_members_without_a_local_adaptation_are_named_with_the_partnership():
    found = only(analyze(_doc()), "no-local-learning")
    assert [f.subjects for f in found] == [("p", "m"), ("p", "k")]  # the citizen is no organisation
    assert found[0].severity == "info"
    assert "Aalborg Kommune" in found[0].message and "\u201cTeam\u201d" in found[0].message
    assert "own routines" in found[0].message


def test_a_recorded_adaptation_counts_also_when_an_employee_wrote_it():
    doc = _doc({"actor": "k", "adaptation": "Vi holder en plads fri"},
               {"actor": "w", "adaptation": "Jeg ringer før opstart"})
    assert "no-local-learning" not in codes(analyze(doc))


def test_a_blank_adaptation_is_not_a_recorded_one():
    doc = _doc({"actor": "k", "adaptation": "   "}, {"actor": "m", "adaptation": "Ny rutine"})
    assert [f.subjects for f in only(analyze(doc), "no-local-learning")] == [("p", "k")]


def test_a_partnership_without_reflection_entries_is_not_asked():
    assert "no-local-learning" not in codes(analyze(_doc(reflections=False)))
