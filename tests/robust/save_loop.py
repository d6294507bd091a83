"""Child process for test_save_faults: save two documents alternately until killed.

Usage: python save_loop.py TARGET OLD_FILE NEW_FILE [pause]
Saves NEW once, prints "ready", then saves OLD, NEW, OLD, ... to TARGET with app.model.save
until it is killed. (The first save runs before "ready" so that every kill lands in a process
that has already done one complete save.) With ``pause``, the next save stops once its
temporary file is written and synced, just before it replaces TARGET, prints "mid" and waits
there to be killed: a kill mid-write that does not depend on the machine's speed.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import time  # noqa: E402

from app.model import fileio, load, save  # noqa: E402


def pause_before_replacing() -> None:
    real = fileio.replace_file

    def replace_file(tmp, path):
        print("mid", flush=True)
        time.sleep(60)  # killed here
        real(tmp, path)

    fileio.replace_file = replace_file


def main() -> None:
    target, old_file, new_file = (Path(arg) for arg in sys.argv[1:4])
    docs = [load(new_file), load(old_file)]
    save(docs[0], target)
    if sys.argv[4:5] == ["pause"]:
        pause_before_replacing()
    print("ready", flush=True)
    turn = 1
    while True:
        save(docs[turn % 2], target)
        turn += 1


if __name__ == "__main__":
    main()
