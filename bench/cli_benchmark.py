"""powertri against LibreOffice on one corpus (issue 7): `powertri report` over the folder PT_CORPUS, then the
same report through a headless LibreOffice with the extension (opening every transcript, then
getCodingReportJson over all of them), in one run. Started by `cmake --build build --target benchmark`
through tests/integration/run-as-office-user, with PT_POWERTRI naming the built binary."""
import json
import os
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import start_office  # noqa: E402

import uno  # noqa: E402

CORPUS = os.environ["PT_CORPUS"]
POWERTRI = os.environ["PT_POWERTRI"]


def powertri():
    """Wall time of the best of three runs, and the processor time of that run (all threads)."""
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        run = subprocess.run([POWERTRI, "report", "--format", "json", "--no-progress", CORPUS],
                             capture_output=True, text=True, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu, json.loads(run.stdout))
    return best


def office_report(files):
    office = start_office()
    try:
        service = office.coding_service()
        start = time.perf_counter()
        documents = [office.load(path) for path in files]
        opened = time.perf_counter() - start
        start = time.perf_counter()
        report = json.loads(service.getCodingReportJson(tuple(documents), ""))
        counted = time.perf_counter() - start
        for document in documents:
            document.close(True)
        return opened, counted, report
    finally:
        office.stop()


def main():
    files = sorted(os.path.join(CORPUS, name) for name in os.listdir(CORPUS) if name.endswith(".odt"))
    wall, cpu, cli = powertri()
    opened, counted, office = office_report(files)
    same = all(cli[key] == office[key] for key in ("codings", "byDimension", "codes", "bySpeaker", "byCoder", "cooccurrence"))
    total = opened + counted
    print(f"corpus: {len(files)} transcripts, {cli['codings']} codings")
    print(f"powertri report: {wall:.2f} s wall, {cpu:.2f} s processor time ({cpu / wall:.2f} cores busy on average)")
    print(f"LibreOffice: opening {opened:.1f} s, report {counted:.2f} s, together {total:.1f} s")
    print(f"ratio: LibreOffice takes {total / wall:.0f} times as long; the same numbers: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
