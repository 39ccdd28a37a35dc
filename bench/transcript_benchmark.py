"""Issue 23's bar: a two-hour interview of about 2,000 cues (a WhisperX SubRip file, two speakers) becomes a
transcript in at most 2 s: with powertri (no LibreOffice), and in Writer through Insert ▸ Power Triangle ▸
Transcript from File, from the command until the dialog shows its turns, and from Insert until the turns are
in the document and the office is idle.

    cmake --build build --target benchmark_transcript      (both LibreOffices; figures in bench/README.md)

Prints one line per figure (the median of several runs, in milliseconds) and its bar. Never asserted.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import prop, start_office  # noqa: E402  (first: it sets up uno's types)
from office_benchmark import report  # noqa: E402
from deck import children, has_state, wait_for  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON  # noqa: E402

CUES = 2000
RUNS = 5
POWERTRI = os.environ.get("PT_POWERTRI", "")
WORDS = ("the team met every second week and the relatives were invited to plan the visits together with "
         "the nurses who knew the routines better than anyone but the manager decided the agenda").split()


def srt_time(milliseconds):
    seconds, ms = divmod(milliseconds, 1000)
    return "%02d:%02d:%02d,%03d" % (seconds // 3600, seconds // 60 % 60, seconds % 60, ms)


def two_hour_interview(path):
    """2,000 cues of 3.6 s (two hours), 10 to 20 words each; the speaker changes every few cues."""
    rng = random.Random(23)
    speaker, lines = 0, []
    for i in range(CUES):
        if rng.random() < 0.3:
            speaker = 1 - speaker
        start = i * 3600
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 20)))
        lines.append("%d\n%s --> %s\n[SPEAKER_%02d]: %s.\n" % (i + 1, srt_time(start), srt_time(start + 3400), speaker,
                                                            words.capitalize()))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def shown_window(office, title):
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in range(toolkit.getTopWindowCount()):
        window = toolkit.getTopWindow(i)
        context = window.getAccessibleContext() if window is not None else None
        if context is not None and context.getAccessibleName() == title and has_state(context, "SHOWING"):
            return context
    return None


def paragraph_count(document):
    enumeration, count = document.Text.createEnumeration(), 0
    while enumeration.hasMoreElements():
        enumeration.nextElement()
        count += 1
    return count


def main():
    workdir = tempfile.mkdtemp(prefix="pt-bench-transcript-")
    os.chmod(workdir, 0o755)
    source = os.path.join(workdir, "interview.srt")
    two_hour_interview(source)
    print("file: %d cues, %d bytes" % (CUES, os.path.getsize(source)), flush=True)
    try:
        if POWERTRI:
            times = []
            for run in range(RUNS):
                out = os.path.join(workdir, "cli-%d.odt" % run)
                start = time.perf_counter()
                subprocess.run([POWERTRI, "transcript", "--speakers", "SPEAKER_00=Interviewer,SPEAKER_01=Coach 3", "--out", out,
                                source], check=True, capture_output=True)
                times.append((time.perf_counter() - start) * 1000)
            report("powertri transcript, 2,000 cues to an ODT", sorted(times)[RUNS // 2], "ms", "2000 ms")

        office = start_office(gui=True)
        try:
            to_dialog, to_text, turns = [], [], 0
            for _ in range(RUNS):
                document = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", False),))
                office.settle()
                dispatcher = office.create("com.sun.star.frame.DispatchHelper")
                start = time.perf_counter()
                threading.Thread(target=dispatcher.executeDispatch, args=(document.CurrentController.Frame,
                                 "vnd.powertriangle:InsertTranscript", "", 0, (prop("URL", "file://" + source),)), daemon=True).start()
                dialog = wait_for(lambda: shown_window(office, "Transcript from file"), timeout=60, what="the dialog")
                to_dialog.append((time.perf_counter() - start) * 1000)
                insert = [c for c in children(dialog) if c.getAccessibleRole() == PUSH_BUTTON and c.getAccessibleName() == "Insert"][0]
                start = time.perf_counter()
                insert.doAccessibleAction(0)
                wait_for(lambda: paragraph_count(document) > 100, timeout=60, what="the turns")
                office.settle()
                to_text.append((time.perf_counter() - start) * 1000)
                turns = paragraph_count(document)
                document.close(True)
            report("the dialog, from the command until it shows the turns", sorted(to_dialog)[RUNS // 2], "ms", "-")
            report("Insert, until the %d turns are in Writer" % turns, sorted(to_text)[RUNS // 2], "ms", "-")
            report("  together", sorted(a + b for a, b in zip(to_dialog, to_text))[RUNS // 2], "ms", "2000 ms")
        finally:
            office.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
