"""Child process for test_save_faults: save two documents alternately until killed.

Usage: python save_loop.py TARGET OLD_FILE NEW_FILE
Saves NEW once, prints "ready", then saves OLD, NEW, OLD, ... to TARGET with app.model.save
until it is killed. (The first save runs before "ready" so that every kill lands in a process
that has already done one complete save.)
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.model import load, save  # noqa: E402


def main() -> None:
    target, old_file, new_file = (Path(arg) for arg in sys.argv[1:4])
    docs = [load(new_file), load(old_file)]
    save(docs[0], target)
    print("ready", flush=True)
    turn = 1
    while True:
        save(docs[turn % 2], target)
        turn += 1


if __name__ == "__main__":
    main()
