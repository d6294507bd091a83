from app.model import dumps, load
from app.model.templates import TEMPLATE_NAMES


def test_templates_load_and_are_canonical(template_path):
    for name in TEMPLATE_NAMES:
        path = template_path(name)
        doc = load(path)
        assert dumps(doc) == path.read_text(encoding="utf-8"), name
