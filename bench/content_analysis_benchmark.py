"""Issue 21's bars, inside a real LibreOffice: in a transcript of about 1,000,000 characters with 5,000
codings, merging two codes of 2,500 codings each (one undo step that restores every coding), and the
content-analysis table of all 5,000 codings (its rows, and the Writer document).

    cmake --build build --target benchmark_content_analysis

Prints one line per figure (the median of several runs, in milliseconds) and its bar; bench/README.md records
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
from office_benchmark import build_transcript, median_ms, report  # noqa: E402


def main():
    workdir = tempfile.mkdtemp(prefix="pt-bench-ca-")
    path = os.path.join(workdir, "transcript.odt")
    office = start_office()
    try:
        characters, made, _, _ = build_transcript(office, path)
        print("transcript: %d characters, %d codings" % (characters, made), flush=True)
        document = office.load(path)
        service = office.coding_service()
        codebook = json.loads(service.getCodebookJson(document))
        by_name = {c["name"]: c["id"] for c in codebook["codes"]}
        codings = json.loads(service.getCodingsJson(document))
        # Two codes of 2,500 codings each: the first half of the codings is "Lack of time", the rest "Understaffing".
        for i, coding in enumerate(codings):
            service.setCodingCode(document, coding["id"], by_name["Lack of time"] if i < len(codings) // 2 else by_name["Understaffing"])
        before = sorted(json.dumps(c, sort_keys=True) for c in json.loads(service.getCodingsJson(document)))

        def merge():
            service.mergeCodes(document, by_name["Understaffing"], by_name["Lack of time"])
            start = time.perf_counter()
            document.UndoManager.undo()
            merge.undo_ms.append((time.perf_counter() - start) * 1000)
        merge.undo_ms = []
        report("merging two codes of 2,500 codings each (API)", median_ms(merge, 3) - sorted(merge.undo_ms)[1], "ms", "1000 ms")
        report("  and undoing the merge", sorted(merge.undo_ms)[1], "ms", "-")
        after = sorted(json.dumps(c, sort_keys=True) for c in json.loads(service.getCodingsJson(document)))
        print("undo restored every coding exactly: %s" % (after == before), flush=True)

        report("the content-analysis table's 5,000 rows (JSON, API)",
               median_ms(lambda: service.getContentAnalysisTable(document, "{}", "json"), 3), "ms", "-")

        # Until the new document is there, and until Writer has laid out its pages (which it does in its idle
        # time while the document is shown; a call into the office meanwhile waits its turn). Once: a second
        # table would wait for the first one's layout.
        # The transcript is laid out first: until then Writer's layout of it holds back every call that needs
        # the office's main thread (a document's loading does), for over a minute at this size.
        start = time.perf_counter()
        office.settle(1)
        report("(laying out the 1,000,000-character transcript first)", (time.perf_counter() - start) * 1000, "ms", "-")
        start = time.perf_counter()
        table = service.createContentAnalysisTable(document, "{}")
        report("the content-analysis table of 5,000 codings (Writer document)", (time.perf_counter() - start) * 1000, "ms", "5000 ms")
        office.settle(1)
        report("  and until its pages are laid out", (time.perf_counter() - start) * 1000, "ms", "-")
        # The rows come in tables of at most 100 (core/FlatOdt), each with its header; the history follows.
        parts = [table.TextTables.getByIndex(i) for i in range(table.TextTables.Count)]
        rows = sum(t.Rows.Count - 1 for t in parts if t.getCellByName("A1").getString() == "Meaning unit")
        print("its tables hold %d rows of codings" % rows, flush=True)
        table.close(True)
        document.close(True)
    finally:
        office.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
