"""Importing a REFI-QDA project in a real LibreOffice (issue 19): a project of two sources of 600,000
characters and 300 codings each, written by the extension's export, imported onto a copy of the first
transcript without codings. The time from the call until the import returned (the codings placed, one undo
step), median of 5 imports, each on the transcript opened afresh.

    cmake --build build --target benchmark_import     (runs this through tests/integration/run-as-office-user)

Prints one line per figure; bench/README.md records them.
"""
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import start_office  # noqa: E402  (first: it sets up uno's types)
import uno  # noqa: E402
from office_benchmark import build_transcript, report  # noqa: E402

CHARACTERS = 600_000
CODINGS = 300
IMPORTS = 5


def main():
    workdir = tempfile.mkdtemp(prefix="pt-import-")
    office = start_office()
    try:
        paths = [os.path.join(workdir, name) for name in ("first.odt", "second.odt", "plain.odt")]
        build_transcript(office, paths[0], CHARACTERS, CODINGS, seed=4)
        build_transcript(office, paths[1], CHARACTERS, CODINGS, seed=5)
        build_transcript(office, paths[2], CHARACTERS, 0, seed=4)  # the first one's text, no codings
        service = office.coding_service()
        documents = [office.load(path) for path in paths[:2]]
        project = os.path.join(workdir, "study.qdpx")
        written = json.loads(service.exportProject(documents, uno.systemPathToFileUrl(project), "{}"))
        for document in documents:
            document.close(True)
        print("project: %d sources, %d codings, %.1f MB" % (written["sources"], written["codings"],
                                                             os.path.getsize(project) / 1e6), flush=True)
        times = []
        for _ in range(IMPORTS):
            plain = office.load(paths[2])
            start = time.perf_counter()
            result = json.loads(service.importProject(plain, uno.systemPathToFileUrl(project)))
            times.append((time.perf_counter() - start) * 1000)
            if result["merged"] != CODINGS:
                raise RuntimeError("the import placed %d codings of %d: %s" % (result["merged"], CODINGS, result["summary"]))
            plain.close(True)
        report("importing the project onto the first transcript (median of %d)" % IMPORTS, statistics.median(times),
               "ms", "<= 5000 ms")
    finally:
        office.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
