"""A study in a real LibreOffice and in powertri (issue 20): PT_CORPUS, from make_corpus, is 50 transcripts of
100,000 characters with 500 codings each (25,000 codings), each with a profession, a municipality and years
as a coach. make_corpus writes the folder's study.json, listing them all. Then, none of them open:

- the Study panel's content (getStudyJson: each transcript's attributes and codings), the first time and again;
- every passage of one code across the study (retrieveFromStudy), the first time and again;
- `powertri matrix --by profession` over the study's folder (the best of three, wall and processor time);
- opening a transcript of the study (its codebook brought together with the study's) against opening the same
  file outside any study (medians of 6, each until what the opening queued has run).

    cmake --build build --target benchmark_study   (through tests/integration/run-as-office-user)
"""
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import start_office  # noqa: E402  (first: it sets up uno's types)
import uno  # noqa: E402
from office_benchmark import report  # noqa: E402

CORPUS = os.environ["PT_CORPUS"]
POWERTRI = os.environ["PT_POWERTRI"]


def timed(action):
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def powertri(*arguments):
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        run = subprocess.run([POWERTRI, *arguments, "--no-progress", CORPUS], capture_output=True, text=True, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu, run.stdout)
    return best


def main():
    study = uno.systemPathToFileUrl(os.path.join(CORPUS, "study.json"))
    office = start_office()
    try:
        service = office.coding_service()
        first, listing = timed(lambda: json.loads(service.getStudyJson(study)))
        again = statistics.median(timed(lambda: service.getStudyJson(study))[0] for _ in range(5))
        codings = sum(t["codings"] for t in listing["transcripts"])
        print("study: %d transcripts, %d codings" % (len(listing["transcripts"]), codings), flush=True)
        report("the Study panel's content (getStudyJson), the first time", first, "ms", "<= 1000 ms")
        report("the Study panel's content again (median of 5)", again, "ms", "-")
    finally:
        office.stop()
    # Retrieval the first time in an office that has read nothing yet.
    office = start_office()
    try:
        service = office.coding_service()
        query = json.dumps({"code": "Lack of time"})
        first, found = timed(lambda: json.loads(service.retrieveFromStudy(study, query, "json")))
        again = statistics.median(timed(lambda: service.retrieveFromStudy(study, query, "json"))[0] for _ in range(5))
        print("retrieved: %d passages of Lack of time" % len(found["passages"]), flush=True)
        report("one code's passages across the study, the first time", first, "ms", "<= 1000 ms")
        report("one code's passages across the study again (median of 5)", again, "ms", "<= 100 ms")
    finally:
        office.stop()
    # Opening a transcript in the study and the same file outside one, alternately.
    office = start_office()
    # A copy of the study the office may write to (its codebook.json is made at the first opening).
    scratch = tempfile.mkdtemp(prefix="pt-opening-")
    try:
        study_copy = os.path.join(scratch, "study")
        shutil.copytree(CORPUS, study_copy)
        os.makedirs(os.path.join(scratch, "outside"))
        name = sorted(f for f in os.listdir(study_copy) if f.endswith(".odt"))[0]
        inside = os.path.join(study_copy, name)
        alone = os.path.join(scratch, "outside", name)
        shutil.copy(inside, alone)

        def opening(path):
            elapsed, document = timed(lambda: office.load(path))
            document.close(True)
            return elapsed
        opening(inside)  # the office's first opening of a document costs more, whichever it is
        times = {inside: [], alone: []}
        for round in range(6):  # each first in half the rounds: the one opened second is not favoured
            for path in ((inside, alone) if round % 2 == 0 else (alone, inside)):
                times[path].append(opening(path))
        in_study, alone_ms = statistics.median(times[inside]), statistics.median(times[alone])
        report("opening a transcript of the study (median of 6)", in_study, "ms", "-")
        report("opening the same file outside a study (median of 6)", alone_ms, "ms", "-")
        report("what being in a study adds to opening", in_study - alone_ms, "ms", "<= 100 ms")
        if not os.path.exists(os.path.join(study_copy, "codebook.json")):
            raise AssertionError("the transcript's opening did not bring its codebook to the study")
    finally:
        office.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    wall, cpu, _ = powertri("matrix", "--by", "profession", "--format", "json")
    print("%-58s %6.2f s wall, %.2f s processor   (bar: <= 1 s)" % ("powertri matrix --by profession (best of 3)", wall, cpu),
          flush=True)


if __name__ == "__main__":
    main()
