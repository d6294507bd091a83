"""Packaging beyond what pyproject.toml can say: the top-level ``resources/`` folder (templates,
fonts, translations, icons, schema, desktop files) ships inside the wheel as the data-only
package ``oppspace_resources``, which ``app/resources.py`` finds when OppSpace is installed."""

from setuptools import find_packages, setup

FOLDERS = ["templates", "schema", "fonts", "i18n", "icons", "desktop"]
DATA = [f"oppspace_resources.{folder}" for folder in FOLDERS]

setup(
    packages=find_packages(include=["app", "app.*"]) + ["oppspace_resources", *DATA],
    package_dir={"oppspace_resources": "resources"},
    package_data={name: ["*"] for name in DATA},
)
