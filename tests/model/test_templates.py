from app.model import dumps, load
from app.model.templates import TEMPLATE_NAMES


def test_templates_load_and_are_canonical(template_path):
    for name in TEMPLATE_NAMES:
        path = template_path(name)
        doc = load(path)
        assert dumps(doc) == path.read_text(encoding="utf-8"), name


def test_an_unknown_template_name_says_which_ones_there_are():
    import pytest

    from app.model.templates import from_template
    with pytest.raises(ValueError) as info:
        from_template("kommune")
    assert str(info.value) == \
        "unknown template 'kommune'; choose one of generic, blank, aalborg-aktiv"
