"""Issue 22's bar, inside a real LibreOffice: pseudonymising a transcript of about 1,000,000 characters with
5,000 codings by a key of 50 terms (44 names, one in each speaker turn, and the six participants' labels),
and the one undo step that restores the document and every coding exactly.

    cmake --build build --target benchmark_pseudonymisation

Prints one line per figure (the median of three runs, in milliseconds) and its bar; bench/README.md records
them. Figures are never asserted.
"""
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import start_office  # noqa: E402  (first: it sets up uno's types)
from office_benchmark import build_transcript, report, wait_quiet  # noqa: E402

NAMES = ["Åsa", "Christina", "Mohammed", "Sigrid", "Olof", "Karin", "Leila", "Göran", "Birgitta", "Ahmed", "Ingrid",
         "Nils", "Fatima", "Lars", "Ebba", "Jonas", "Maja", "Erik", "Sara", "Anders", "Elin", "Per", "Hanna", "Johan",
         "Lena", "Mats", "Emma", "Stefan", "Linnea", "Håkan", "Amira", "Tomas", "Ulla", "Björn", "Malin", "Jan",
         "Kerstin", "Oskar", "Ida", "Peter", "Yusuf", "Agneta", "Lund", "Malmö"]


def main():
    workdir = tempfile.mkdtemp(prefix="pt-bench-pseudonyms-")
    path = os.path.join(workdir, "transcript.odt")
    office = start_office()
    try:
        characters, made, _, _ = build_transcript(office, path, names=NAMES)
        print("transcript: %d characters, %d codings" % (characters, made), flush=True)
        document = office.load(path)
        # Writer lays a loaded document out and checks its spelling in its idle time, taking turns with every
        # call into the office: first, and again after each run's undo.
        report("(Writer's idle work on the loaded transcript, waited for)", wait_quiet(office), "ms", "-")
        service = office.coding_service()
        terms = [{"term": name, "replacement": "[Person %d]" % (i + 1)} for i, name in enumerate(NAMES)]
        terms += [{"term": "Participant %d" % n, "replacement": "[Speaker %d]" % n} for n in range(1, 7)]
        key = json.dumps({"terms": terms})
        before_text = document.Text.getString()
        start = time.perf_counter()
        before = sorted(json.dumps(c, sort_keys=True) for c in json.loads(service.getCodingsJson(document)))
        report("(the codings before, to compare: getCodingsJson)", (time.perf_counter() - start) * 1000, "ms", "-")
        times, undo_times, exact = [], [], []
        for _ in range(3):
            start = time.perf_counter()
            result = json.loads(service.pseudonymise(document, key))
            times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            document.UndoManager.undo()
            undo_times.append((time.perf_counter() - start) * 1000)
            # Writer selects the whole text it put back; reading 5,000 passages would lay all of it out each time.
            document.CurrentController.getViewCursor().collapseToStart()
            after = sorted(json.dumps(c, sort_keys=True) for c in json.loads(service.getCodingsJson(document)))
            exact.append(after == before and document.Text.getString() == before_text)
            wait_quiet(office)
        print("%d terms: %d occurrences replaced, %d codings touched" % (len(terms), result["replaced"], result["codingsTouched"]),
              flush=True)
        report("pseudonymising (50 terms, API)", sorted(times)[1], "ms", "5000 ms")
        print("  each run: %s ms" % ", ".join("%.0f" % t for t in times), flush=True)
        report("  and its one undo step", sorted(undo_times)[1], "ms", "-")
        print("undo restored the text and every coding exactly: %s" % all(exact), flush=True)
        document.close(True)
    finally:
        office.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
