"""Entry point of the self-contained bundle: the same `oppspace` command as the wheel's."""

from app.cli import main

raise SystemExit(main())
