"""What typing costs in a coded transcript (issue 17): real key events (the X test extension) into two offices
under one Xvfb, taking turns key by key, one with the extension and its deck open, one without, on the same
transcript of about 1,000,000 characters carrying 5,000 codings (office_benchmark's).

    cmake --build build --target benchmark_typing      (both LibreOffices; figures in bench/README.md)

Each figure is timed from the key until the paragraph it edits shows the edit and the office's main thread has
run what was queued for it meanwhile (AsyncCallback keeps order). Work the extension leaves for a pause in
typing runs after that, as it does for a user. Figures are only printed, never asserted.
"""
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import TEST_SETTINGS, start_office  # noqa: E402  (first: it sets up uno's types)
from office import Office, prop  # noqa: E402
import uno  # noqa: E402
import unohelper  # noqa: E402
from com.sun.star.datatransfer import DataFlavor, UnsupportedFlavorException, XTransferable  # noqa: E402
from office_benchmark import build_transcript, panels, soffice_pid, soffice_rss_mb  # noqa: E402
from deck import accessible_nodes, wait_for  # noqa: E402

from Xlib import X, XK  # noqa: E402
from Xlib import display as xdisplay  # noqa: E402
from Xlib.ext import xtest  # noqa: E402

KEYS = 200            # typed characters measured in each office
OPENING_KEYS = 40     # right after opening, in each of
OPENINGS = 3
UNDOS = 80
DELETIONS = 15
PASTES = 20           # LibreOffice 25.2's own pastes take ~60 or ~700 ms by turns: enough to see both
PASTED = 5000         # characters a paste inserts


class Keyboard:
    """Key presses through the X test extension, as the X server gets them from a keyboard."""

    def __init__(self):
        self.display = xdisplay.Display()

    def code(self, name):
        return self.display.keysym_to_keycode(XK.string_to_keysym(name))

    def press(self, name, control=False):
        if control:
            # The modifier first, on its own: pressed in the same burst, a Ctrl+V now and then typed "v".
            xtest.fake_input(self.display, X.KeyPress, self.code("Control_L"))
            self.display.sync()
            time.sleep(0.01)
        xtest.fake_input(self.display, X.KeyPress, self.code(name))
        xtest.fake_input(self.display, X.KeyRelease, self.code(name))
        if control:
            xtest.fake_input(self.display, X.KeyRelease, self.code("Control_L"))
        self.display.sync()

    def focus(self, title):
        """Gives the keyboard to the window whose title starts with `title`."""
        window = subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--name", "^" + title],
                                capture_output=True, text=True, check=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)


class PlainText(unohelper.Base, XTransferable):
    """Text on the clipboard, as an editor or a transcription tool puts it there."""

    def __init__(self, text):
        self.text = text
        self.flavor = DataFlavor()
        self.flavor.MimeType = "text/plain;charset=utf-16"
        self.flavor.HumanPresentableName = "Unicode-Text"
        self.flavor.DataType = uno.getTypeByName("string")

    def getTransferData(self, flavor):
        if not self.isDataFlavorSupported(flavor):
            raise UnsupportedFlavorException()
        return self.text

    def getTransferDataFlavors(self):
        return (self.flavor,)

    def isDataFlavorSupported(self, flavor):
        return flavor.MimeType.startswith("text/plain")


class Side:
    """One office and its copy of the transcript, in a window."""

    def __init__(self, name, office, path):
        self.name, self.office, self.path = name, office, path
        self.title = os.path.basename(path)
        self.document = None

    def open(self, settled=True):
        """Opens the copy in a window; `settled=False` returns as soon as the loading does, before the work
        the opening queued on the main thread (the panels' first fill, the opening check) has run."""
        if settled:
            self.document = self.office.load(self.path, hidden=False)
        else:
            self.document = self.office.desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(self.path), "_blank", 0, (prop("Hidden", False),))

    def close(self):
        self.document.close(True)
        self.office.settle()

    def paragraph(self, index):
        """The index-th paragraph of the transcript (both copies are the same)."""
        enumeration = self.document.Text.createEnumeration()
        for _ in range(index):
            enumeration.nextElement()
        return enumeration.nextElement()

    def put_cursor(self, paragraph, offset):
        cursor = self.document.Text.createTextCursorByRange(paragraph.Start)
        cursor.goRight(offset, False)
        self.document.CurrentController.select(cursor)

    def timed(self, keyboard, paragraph, press, timeout=30):
        """Milliseconds from `press` until `paragraph` changed and the main thread is idle."""
        before = paragraph.getString()
        start = time.perf_counter()
        press()
        while paragraph.getString() == before:
            if time.perf_counter() - start > timeout:
                raise RuntimeError("%s: the key changed nothing in %d s" % (self.name, timeout))
        self.office.settle()
        return (time.perf_counter() - start) * 1000


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(what, plain, extension, bar):
    print("%-44s without %7.1f   with %7.1f   more %+7.1f ms   (bar: %s)" % (what, plain, extension, extension - plain, bar),
          flush=True)


def memory(sides, after):
    """Resident memory of both offices after a phase: what the extension holds is where the two part."""
    without_mb, with_mb = (soffice_rss_mb(side.office) for side in sides)
    print("  resident memory after %-22s without %7.1f   with %7.1f   more %+7.1f MB"
          % (after, without_mb, with_mb, with_mb - without_mb), flush=True)


def taking_turns(sides, keyboard, rounds, step):
    """Runs `step(side)` (a timed edit) in the two offices alternately, the keyboard following; returns the
    times per office."""
    times = {side.name: [] for side in sides}
    for round_ in range(rounds):
        for side in (sides if round_ % 2 == 0 else sides[::-1]):
            keyboard.focus(side.title)
            side.office.settle()
            times[side.name].append(step(side))
    return times


def main():
    workdir = tempfile.mkdtemp(prefix="pt-typing-")
    path = os.path.join(workdir, "transcript-with.odt")
    builder = start_office()
    try:
        characters, made, _, _ = build_transcript(builder, path)
    finally:
        builder.stop()
    print("transcript: %d characters, %d codings" % (characters, made), flush=True)
    plain_path = os.path.join(workdir, "transcript-without.odt")
    shutil.copyfile(path, plain_path)

    keyboard = Keyboard()
    plain = Office(gui=True, settings=TEST_SETTINGS).start()
    office = None
    try:
        office = start_office(gui=True)
        without, with_ = Side("without", plain, plain_path), Side("with", office, path)
        measure(keyboard, without, with_)
    finally:
        if office is not None:
            office.stop()
        plain.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def measure(keyboard, without, with_):
    sides = (without, with_)
    # Accessibility, which finds the deck, stays on once asked for: on in both offices alike.
    for side in sides:
        side.open()
        sum(1 for _ in accessible_nodes(side.document.CurrentController.Frame.ContainerWindow))
    with_.office.open_deck(with_.document)
    wait_for(lambda: panels(with_.document), what="the deck")
    for side in sides:
        side.close()

    # The first keys after opening: both open, the keys start at once, while the opening's work is still
    # queued (the deck stays open in its office, as the sidebar remembers it). Several openings: the first
    # seconds of an office are noisy in both offices (layout, spelling), and a 95th percentile needs keys.
    opening = {side.name: [] for side in sides}
    for round_ in range(OPENINGS):
        for side in sides:
            side.open(settled=False)
        target = {side.name: side.paragraph(40) for side in sides}
        for side in sides:
            side.put_cursor(target[side.name], 200)
        for name, times in taking_turns(sides, keyboard, OPENING_KEYS,
                                        lambda side: side.timed(keyboard, target[side.name], lambda: keyboard.press("e"))).items():
            opening[name].extend(times)
        if round_ + 1 < OPENINGS:
            for side in sides:
                side.close()
    report("first %d keys after opening (%d openings), median" % (OPENING_KEYS, OPENINGS),
           statistics.median(opening["without"]), statistics.median(opening["with"]), "-")
    memory(sides, "the first keys")
    report("first keys after opening, 95th percentile", percentile(opening["without"], 0.95),
           percentile(opening["with"], 0.95), "+3 ms")
    print("  the slowest first keys, ms: without %s, with %s" % (
        " ".join("%.0f" % t for t in sorted(opening["without"])[-5:]), " ".join("%.0f" % t for t in sorted(opening["with"])[-5:])),
        flush=True)
    wait_for(lambda: panels(with_.document), what="the deck")
    with_.office.settle(5)

    # Typing in the middle of a coded turn, once the office is settled.
    rng = random.Random(17)
    letters = "etaoinshrdlu"
    typed = taking_turns(sides, keyboard, KEYS, lambda side: side.timed(
        keyboard, target[side.name], lambda: keyboard.press(rng.choice(letters))))
    memory(sides, "typing")
    report("a typed character, median", statistics.median(typed["without"]), statistics.median(typed["with"]), "+1 ms")
    report("a typed character, 95th percentile", percentile(typed["without"], 0.95), percentile(typed["with"], 0.95),
           "+3 ms")

    def undo_one(side):
        # Writer makes one undo step of a run of typing: each character typed here is undone on its own.
        side.put_cursor(target[side.name], 300)
        side.timed(keyboard, target[side.name], lambda: keyboard.press("a"))
        return side.timed(keyboard, target[side.name], lambda: keyboard.press("z", control=True))
    undone = taking_turns(sides, keyboard, UNDOS, undo_one)
    memory(sides, "undoing")
    report("undo of one character, median", statistics.median(undone["without"]), statistics.median(undone["with"]),
           "+2 ms")

    # Deleting a whole coded passage: the anchors are bookmarks in both copies.
    names = [n for n in with_.document.Bookmarks.ElementNames if n.startswith("_PT")]
    chosen = random.Random(4).sample(names[1000:4000], DELETIONS)
    queue = {side.name: list(chosen) for side in sides}

    def delete_passage(side):
        anchor = side.document.Bookmarks.getByName(queue[side.name].pop()).Anchor
        paragraph = side.document.Text.createTextCursorByRange(anchor.Start)
        paragraph.gotoStartOfParagraph(False)
        paragraph.gotoEndOfParagraph(True)
        side.document.CurrentController.select(anchor)
        side.office.settle()
        taken = side.timed(keyboard, paragraph, lambda: keyboard.press("Delete"))
        side.timed(keyboard, paragraph, lambda: keyboard.press("z", control=True))  # back as it was
        return taken
    deleted = taking_turns(sides, keyboard, DELETIONS, delete_passage)
    memory(sides, "deleting")
    report("deleting a whole coded passage, median", statistics.median(deleted["without"]),
           statistics.median(deleted["with"]), "+20 ms")

    # Plain text, as it comes from a transcription tool, put on the clipboard by the office that pastes it.
    pasted_text = "\n".join(side_text[:500] for side_text in [with_.paragraph(60 + i).getString() for i in range(12)])[:PASTED]

    def paste(side):
        side.office.create("com.sun.star.datatransfer.clipboard.SystemClipboard").setContents(PlainText(pasted_text), None)
        into = side.paragraph(20)
        side.put_cursor(into, 100)
        side.office.settle()
        taken = side.timed(keyboard, into, lambda: keyboard.press("v", control=True))
        if pasted_text.split("\n")[-1][:40] not in into.getString():  # the paragraph ends with the last line
            raise RuntimeError("%s: Ctrl+V did not paste the text" % side.name)
        side.timed(keyboard, into, lambda: keyboard.press("z", control=True))  # back as it was
        return taken
    pasted = taking_turns(sides, keyboard, PASTES, paste)
    memory(sides, "pasting")
    report("pasting %d characters, median" % PASTED, statistics.median(pasted["without"]),
           statistics.median(pasted["with"]), "+20 ms")
    print("  every paste, ms: without %s; with %s" % (" ".join("%.0f" % t for t in sorted(pasted["without"])),
                                                      " ".join("%.0f" % t for t in sorted(pasted["with"]))), flush=True)

    time.sleep(2)
    for side in sides:
        side.office.settle()
    without_mb, with_mb = soffice_rss_mb(without.office), soffice_rss_mb(with_.office)
    print("%-44s without %7.1f   with %7.1f   more %+7.1f MB   (bar: 20 MB)"
          % ("resident memory, same document", without_mb, with_mb, with_mb - without_mb), flush=True)
    parts = [resident_parts(soffice_pid(side.office)) for side in sides]
    print("  of which (MB, with minus without): " + ", ".join(
        "%s %+.1f" % (name, (parts[1][name] - parts[0][name]) / 1024) for name in parts[0]), flush=True)
    for side in sides:
        side.close()


def resident_parts(pid):
    """Resident kB by kind of mapping: mapped files (libraries, fonts), the main thread's heap, the other
    threads' malloc arenas and other anonymous memory. Where a difference lies says what to look for
    (DEVELOPERS.md, "memory, issue 17")."""
    parts = {"files": 0, "main heap": 0, "arenas and other anonymous": 0, "shared": 0}
    kind = None
    with open("/proc/%d/smaps" % pid) as f:
        for line in f:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5 and not fields[0].endswith(":"):
                name = fields[5] if len(fields) > 5 else ""
                kind = ("main heap" if name == "[heap]" else "shared" if name.startswith("/SYSV") or "(deleted)" in line
                        else "files" if name.startswith("/") else "arenas and other anonymous")
            elif fields[0] == "Rss:":
                parts[kind] += int(fields[1])
    return parts


if __name__ == "__main__":
    main()
