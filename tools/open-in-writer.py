"""Opens a document in LibreOffice Writer with the Power Triangle deck showing, and waits until the user
closes LibreOffice. With --screenshot (for machines without a display) it saves a picture and closes.

    PT_OXT=<PowerTriangle.oxt> python3 open-in-writer.py --profile DIR --document FILE [--screenshot PNG]
"""
import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import Office  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", required=True)
    parser.add_argument("--document", required=True)
    parser.add_argument("--screenshot")
    args = parser.parse_args()

    office = Office(gui=True, profile=args.profile)
    office.install_extension()
    office.start()
    try:
        document = office.load(args.document, hidden=False)
        office.open_deck(document)
        if args.screenshot:
            time.sleep(2)  # let the window paint
            subprocess.run(["import", "-window", "root", args.screenshot], check=True)
            print("No display here: LibreOffice ran on a virtual one. Screenshot: " + args.screenshot)
        else:
            print("LibreOffice is open on %s with the Power Triangle deck. Close it to end." % args.document)
            office.wait()
    finally:
        office.stop()


if __name__ == "__main__":
    main()
