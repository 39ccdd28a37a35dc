"""powertri over a study (issue 20): `powertri matrix --by profession` and `powertri report --where
profession=nurse` over the folder PT_CORPUS (make_corpus: 50 transcripts of 100,000 characters with 500
codings each, 25,000 codings, each transcript with a profession, a municipality and years as a coach).
The best of three runs of each, wall time and processor time.

    cmake --build build --target benchmark_study
"""
import json
import os
import resource
import subprocess
import sys
import time

CORPUS, POWERTRI = sys.argv[1], sys.argv[2]


def best_of_three(*arguments):
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
    wall, cpu, output = best_of_three("matrix", "--by", "profession", "--format", "json")
    matrix = json.loads(output)
    transcripts = sum(column["transcripts"] for column in matrix["columns"])
    codings = sum(row["cells"][i] for row in matrix["codes"] if row["depth"] == 0 for i in range(len(matrix["columns"])))
    print("study: %d transcripts, %d codings, by profession: %s" % (
        transcripts, codings, ", ".join("%s %d" % (c["value"], c["transcripts"]) for c in matrix["columns"])), flush=True)
    print("%-58s %6.2f s wall, %.2f s processor   (bar: <= 1 s)" % ("powertri matrix --by profession", wall, cpu), flush=True)
    wall, cpu, output = best_of_three("report", "--format", "json", "--where", "profession=nurse")
    print("%-58s %6.2f s wall, %.2f s processor   (%d transcripts)" % (
        "powertri report --where profession=nurse", wall, cpu, len(json.loads(output)["documents"])), flush=True)


if __name__ == "__main__":
    main()
