"""Transcripts from transcription tools' files (issue 23), through Insert ▸ Power Triangle ▸ Transcript from
File and its dialog's real controls, in English and in Swedish: each format inserted, its speakers named in
the dialog, the turns and their times checked in the text and in getSpeakersJson; then a transcript coded,
its codings carrying their turn's time, saved as ODT and DOCX and reopened with the times intact; one undo
step; a bad file refused with a message and nothing inserted."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import artifact_path, codings, find, prop, setting, start_office, store  # noqa: E402
import uno  # noqa: E402
from deck import CODINGS_PANEL, Panel, accessible_nodes, children, has_state, list_of, names, wait_for  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import CHECK_BOX, LIST, PUSH_BUTTON, TEXT  # noqa: E402
from com.sun.star.lang import DisposedException  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "transcripts")


class TranscriptImportTest:
    """The test, run in an English and in a Swedish office (the subclasses below)."""
    settings = ()

    @classmethod
    def setUpClass(cls):
        cls.office = start_office(gui=True, settings=cls.settings)

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        self.service = self.office.coding_service()
        self.documents = []
        self.workdir = tempfile.mkdtemp(prefix="pt-transcripts-")
        self.addCleanup(shutil.rmtree, self.workdir, True)

    def tearDown(self):
        window = self.shown_window(self.TITLE)
        if window is not None:  # a dialog a failed test left open would keep the office waiting
            for control in children(window.getAccessibleContext()):
                if control.getAccessibleRole() == PUSH_BUTTON and control.getAccessibleName() == self.CANCEL:
                    control.doAccessibleAction(0)
        for document in self.documents:
            try:
                document.close(True)
            except Exception:
                pass

    def new_document(self):
        document = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", False),))
        self.documents.append(document)
        self.office.settle()  # its window up and the opening's work done before a command is dispatched to it
        return document

    def shown_window(self, title):
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            try:
                window = toolkit.getTopWindow(i)
                context = window.getAccessibleContext() if window is not None else None
                if context is not None and context.getAccessibleName() == title and has_state(context, "SHOWING"):
                    return window
            except DisposedException:
                continue
        return None

    def codings_panel(self, document):
        for context in accessible_nodes(document.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == PUSH_BUTTON and context.getAccessibleName() == self.SAVE:
                return Panel(context.getAccessibleParent().getAccessibleContext(), CODINGS_PANEL)
        return None

    def open_dialog(self, document, path):
        """Insert ▸ Power Triangle ▸ Transcript from File on `path`, as the menu dispatches it (the file given
        instead of picked); the dialog's controls by role, in their order."""
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        threading.Thread(target=dispatcher.executeDispatch, args=(document.CurrentController.Frame,
                         "vnd.powertriangle:InsertTranscript", "", 0, (prop("URL", "file://" + path),)), daemon=True).start()
        window = wait_for(lambda: self.shown_window(self.TITLE), timeout=60, what="the dialog")
        return Dialog(window.getAccessibleContext())

    def paragraphs(self, document):
        return [p.getString() for p in iter_enumeration(document.Text.createEnumeration()) if p.getString()]

    def insert(self, name, names=None, times=True, folder=FIXTURES):
        """A new document with the transcript of file `name`, its labels named through the dialog."""
        document = self.new_document()
        dialog = self.open_dialog(document, os.path.join(folder, name))
        self.assertEqual(dialog.file_name(), name, "the file named")
        for index, given in enumerate(names or []):
            dialog.choose_speaker(index)
            dialog.type_name(given)
        if not times:
            dialog.check_times()
        dialog.press(self.INSERT)
        wait_for(lambda: self.shown_window(self.TITLE) is None, what="the dialog to close")
        wait_for(lambda: self.paragraphs(document), what="the transcript in the document")
        return document

    def test_every_format_becomes_turns_with_named_speakers_and_times(self):
        cases = [
            # file, names given in the dialog, expected first and last paragraphs, count
            ("whisperx.srt", ["Interviewer", "Coach 3"],
             "Interviewer: [00:00:01] V\u00e4lkommen. Could you tell me about the improvement work?",
             "Interviewer: [100:00:01] Thank you, M\u00e4rta.", 5),
            ("interview.vtt", [self.INTERVIEWER, "Coach 3"],
             self.INTERVIEWER + ": [00:00:01] Hur b\u00f6rjade arbetet & vem tog initiativet?",
             self.INTERVIEWER + ": [01:00:00] Tack!", 5),
            ("whisperx.json", ["Interviewer", "\u00c5sa Lind"],
             "Interviewer: [00:00:00] Tell me about the first meeting.", "Interviewer: [00:00:09] Why?", 3),
            ("whispercpp.json", [], "[00:00:00] We met every second week. Always on Tuesdays.",
             "[00:00:09] Later the relatives came too.", 2),
            ("whisper.txt", [], "We met every second week.", "Later the relatives came too.", 3),
            ("stamped.txt", [], "Interviewer: [00:12:31] How did the team respond?",
             "Coach 3: [00:13:09] Then \u00c5sa asked why.", 4),
            ("noscribe.html", [self.INTERVIEWER, "Coach 3"], "intervju-3.mp3",
             self.INTERVIEWER + ": [00:00:18] Ber\u00e4tta mer.", 5),
            ("interview.otr", [], "Interviewer: [00:00:05] What did \u00c5sa bring?",
             "Interviewer: [01:02:05] Thank you & goodbye.", 3),
        ]
        for name, given, first, last, count in cases:
            with self.subTest(name):
                document = self.insert(name, given)
                paragraphs = self.paragraphs(document)
                self.assertEqual((paragraphs[0], paragraphs[-1], len(paragraphs)), (first, last, count), paragraphs)
                speakers = json.loads(self.service.getSpeakersJson(document))
                for speaker in speakers:
                    self.assertEqual(len(speaker["times"]), speaker["turns"] if name != "whisper.txt" else 0, speaker)
                if given:
                    self.assertEqual([s["name"] for s in speakers][:len(given)], given, "the named speakers are recognised")
                self.assertTrue(document.isModified())
                document.UndoManager.undo()
                self.assertEqual(self.paragraphs(document), [], "one undo step takes the whole transcript out")
                document.UndoManager.redo()
                self.assertEqual(self.paragraphs(document)[-1], last)
                self.code_and_reopen(document, name, last)
                document.close(True)
                self.documents.remove(document)

        # A Word file with stamps, as a transcript corrected there comes back.
        typed = self.new_document()
        with open(os.path.join(FIXTURES, "stamped.txt"), encoding="utf-8") as text:
            typed.Text.setString(text.read().replace("\r\n", "\n").rstrip("\n"))
        docx = os.path.join(self.workdir, "stamped.docx")
        store(typed, docx)
        document = self.insert("stamped.docx", folder=self.workdir)
        self.assertEqual(self.paragraphs(document)[1], "Coach 3: [00:12:40] At first, not at all. They waited for the manager to speak.")
        self.code_and_reopen(document, "from-docx", self.paragraphs(document)[-1])

    def code_and_reopen(self, document, name, paragraph):
        """Codes what `paragraph` says after its label and time; saved as ODT and as DOCX and reopened, the
        coding has the paragraph's time as its turn's."""
        said = paragraph.split("] ", 1)[-1] if "] " in paragraph else paragraph.split(": ", 1)[-1]
        stamp = re.search(r"\[(\d+:\d\d:\d\d)\]", paragraph)
        codes = {c["name"]: c["id"] for c in json.loads(self.service.getCodebookJson(document))["codes"]}
        self.service.addCoding(document, find(document, said), codes["The user's resources"], "")
        for suffix in ("odt", "docx"):
            path = os.path.join(self.workdir, "%s.%s" % (name, suffix))
            store(document, path)
            again = self.office.load(path)
            try:
                self.assertEqual([(c["text"], c["turnTime"]) for c in codings(self.service, again)],
                                 [(said, stamp.group(1) if stamp else "")], path)
            finally:
                again.close(True)

    def test_the_dialog_names_speakers_and_leaves_out_times_when_asked(self):
        document = self.new_document()
        dialog = self.open_dialog(document, os.path.join(FIXTURES, "whisperx.srt"))
        self.assertEqual(dialog.speakers(), ["SPEAKER_00: " + self.FIRST_WORDS_00, "SPEAKER_01: " + self.FIRST_WORDS_01],
                         "each label with its first words")
        dialog.choose_speaker(1)
        dialog.type_name("Coach: 3")
        self.assertFalse(dialog.insert_enabled(self.INSERT), "a name a label cannot hold is refused")
        self.assertIn("Coach: 3", dialog.hint())
        dialog.type_name("Coach 3")
        self.assertTrue(dialog.insert_enabled(self.INSERT))
        self.assertTrue(dialog.speakers()[1].startswith("SPEAKER_01 \u2192 Coach 3: "), dialog.speakers())
        self.assertIn("Coach 3: [00:00:04] Of course.", dialog.preview(), "the preview follows the names")
        dialog.choose_speaker(0)
        dialog.type_name("Interviewer")
        picture = artifact_path("transcript-from-file.png")
        if picture and not self.settings:  # for the README, in English
            time.sleep(1)
            subprocess.run(["import", "-window", "root", picture], check=False)
        dialog.check_times()
        self.assertIn("Coach 3: Of course.", dialog.preview())
        dialog.press(self.INSERT)
        wait_for(lambda: self.paragraphs(document), what="the transcript")
        self.assertEqual(self.paragraphs(document)[1], "Coach 3: Of course. \u00c5sa, a relative, started it with the home care team.")
        self.assertEqual(document.Text.createEnumeration().nextElement().ParaStyleName, "Transcript turn",
                         "the sample's turn style (its display name is its name once in a document)")

    def test_a_coded_passage_keeps_its_turns_time_through_odt_and_docx(self):
        document = self.insert("whisperx.srt", ["Interviewer", "Coach 3"])
        codes = {c["name"]: c["id"] for c in json.loads(self.service.getCodebookJson(document))["codes"]}
        self.service.addCoding(document, find(document, "She kept a notebook"), codes["The user's resources"], "")
        self.service.addCoding(document, find(document, "started it with the home care team"), codes["The user's resources"], "")
        listed = {c["text"]: c for c in codings(self.service, document)}
        self.assertEqual((listed["She kept a notebook"]["speaker"], listed["She kept a notebook"]["turnTime"]), ("Coach 3", "00:00:10"))
        self.assertEqual(listed["started it with the home care team"]["turnTime"], "00:00:04")
        rows = list(csv.DictReader(io.StringIO(self.service.getCodingsCsv(document))))
        self.assertEqual(sorted(r["turn time"] for r in rows), ["00:00:04", "00:00:10"])

        # The Codings panel shows a coding's turn time beside its speaker.
        self.office.open_deck(document)
        panel = wait_for(lambda: self.codings_panel(document), what="the Codings panel")
        codings_list = list_of(panel["codings"])
        wait_for(lambda: len(names(codings_list)) == 2, what="the codings list", state=lambda: names(codings_list))
        codings_list.selectAccessibleChild([i for i, n in enumerate(names(codings_list)) if n.startswith("She kept")][0])
        wait_for(lambda: "Coach 3 [00:00:10]" in panel.text("detail"), what="the turn's time in the details",
                 state=lambda: panel.text("detail"))
        for name in ("coded.odt", "coded.docx"):
            path = os.path.join(self.workdir, name)
            store(document, path)
            again = self.office.load(path)
            self.documents.append(again)
            self.assertEqual(sorted((c["text"], c["turnTime"]) for c in codings(self.service, again)),
                             [("She kept a notebook", "00:00:10"), ("started it with the home care team", "00:00:04")], name)
            self.assertIn("Coach 3: [00:00:10] She kept a notebook", again.Text.getString(), name)
            self.assertEqual([s["times"] for s in json.loads(self.service.getSpeakersJson(again))],
                             [["00:00:01", "00:00:08", "100:00:01"], ["00:00:04", "00:00:10"]], name)

    def test_a_bad_file_is_refused_with_a_message_and_nothing_inserted(self):
        document = self.new_document()
        document.Text.setString("Notes before.")
        document.setModified(False)
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        threading.Thread(target=dispatcher.executeDispatch, args=(
            document.CurrentController.Frame, "vnd.powertriangle:InsertTranscript", "", 0,
            (prop("URL", "file://" + os.path.join(FIXTURES, "cut-short.srt")),)), daemon=True).start()
        box = wait_for(lambda: self.shown_window(self.TITLE), what="the message")
        texts = "\n".join(c.getAccessibleName() for c in accessible_nodes(box))
        self.assertIn("line 6: ends after cue 2's times, without its text: the file is cut short", texts)
        self.close_box(self.TITLE)
        self.assertEqual(self.paragraphs(document), ["Notes before."])
        self.assertFalse(document.isModified())

    def test_files_of_transcription_tools_join_a_study_as_new_transcripts(self):
        folder = os.path.join(self.workdir, "study")
        os.makedirs(folder, exist_ok=True)
        study = self.service.createStudy(uno.systemPathToFileUrl(folder), "Interviews")
        # Through the API, several at once: each made a transcript in the study's folder, labels as they are.
        added = json.loads(self.service.addTranscriptsToStudy(study, tuple(uno.systemPathToFileUrl(os.path.join(FIXTURES, name))
                                                                           for name in ("whisperx.srt", "interview.vtt"))))
        self.assertEqual(added["added"], 2, added)
        self.assertIn("whisperx.odt: made from whisperx.srt (5 turns)", added["notes"])
        self.assertEqual(sorted(n for n in os.listdir(folder) if n.endswith(".odt")), ["interview.odt", "whisperx.odt"])
        listing = json.dumps(json.loads(self.service.getStudyJson(study)), ensure_ascii=False)
        self.assertIn("whisperx.odt", listing)
        self.assertIn("interview.odt", listing)
        made = self.office.load(os.path.join(folder, "whisperx.odt"), hidden=False)
        self.documents.append(made)
        self.assertEqual([(s["name"], s["times"]) for s in json.loads(self.service.getSpeakersJson(made))],
                         [("SPEAKER_00", ["00:00:01", "00:00:08", "100:00:01"]), ("SPEAKER_01", ["00:00:04", "00:00:10"])])

        # From the menu, in a transcript of the study: the dialog names the speakers first; the new transcript
        # takes a free name beside the one made from the same file.
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        threading.Thread(target=dispatcher.executeDispatch, args=(
            made.CurrentController.Frame, "vnd.powertriangle:AddTranscriptsToStudy", "", 0,
            (prop("URL", uno.systemPathToFileUrl(os.path.join(FIXTURES, "whisperx.srt"))),)), daemon=True).start()
        dialog = Dialog(wait_for(lambda: self.shown_window(self.TITLE), what="the dialog").getAccessibleContext())
        dialog.choose_speaker(0)
        dialog.type_name("Interviewer")
        dialog.press(self.ADD)
        box = wait_for(lambda: self.shown_window(self.ADD_TITLE), what="the message")
        texts = "\n".join(c.getAccessibleName() for c in accessible_nodes(box))
        self.assertIn("whisperx (2).odt: made from whisperx.srt (5 turns)", texts)
        self.close_box(self.ADD_TITLE)
        self.assertEqual(len(json.loads(self.service.getStudyJson(study))["transcripts"]), 3)
        again = self.office.load(os.path.join(folder, "whisperx (2).odt"))
        self.documents.append(again)
        self.assertEqual(self.paragraphs(again)[0], "Interviewer: [00:00:01] V\u00e4lkommen. Could you tell me about the improvement work?")

    def test_subtitles_and_otr_files_open_as_transcripts(self):
        for name, filter_name, first in (
                ("whisperx.srt", "PowerTriangle SubRip", "SPEAKER_00: [00:00:01] V\u00e4lkommen. Could you tell me about the improvement work?"),
                ("interview.vtt", "PowerTriangle WebVtt", "S01: [00:00:01] Hur b\u00f6rjade arbetet & vem tog initiativet?"),
                ("interview.otr", "PowerTriangle OTranscribe", "Interviewer: [00:00:05] What did \u00c5sa bring?")):
            with self.subTest(name):
                document = self.office.load(os.path.join(FIXTURES, name))
                self.documents.append(document)
                self.assertTrue(document.supportsService("com.sun.star.text.TextDocument"))
                self.assertEqual(self.paragraphs(document)[0], first)
                self.assertEqual({p.Name: p.Value for p in document.getArgs()}["FilterName"], filter_name)
                self.assertEqual(len(json.loads(self.service.getSpeakersJson(document))[0]["times"]),
                                 json.loads(self.service.getSpeakersJson(document))[0]["turns"])
        # A bad file does not open, and the office goes on.
        with self.assertRaises(Exception):
            self.documents.append(self.office.load(os.path.join(FIXTURES, "cut-short.srt")))
        again = self.office.load(os.path.join(FIXTURES, "whisperx.srt"))
        self.documents.append(again)
        self.assertEqual(len(self.paragraphs(again)), 5, "the office goes on opening transcripts")

    def close_box(self, title):
        """A message box's OK takes no accessible action: Return, once it has the keyboard."""
        for _ in range(10):
            window = self.shown_window(title)
            if window is None:
                return
            window.setFocus()
            time.sleep(0.5)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True)
            time.sleep(0.5)


class Dialog:
    """The Transcript from File dialog's accessible controls."""

    def __init__(self, context):
        self.context = context
        self.controls = children(context)

    def of_role(self, role):
        return [c for c in self.controls if c.getAccessibleRole() == role]

    def file_name(self):
        return self.controls[1].getAccessibleName()

    def speakers(self):
        return names(self.speaker_list())

    def speaker_list(self):
        for control in self.controls:
            if control.getAccessibleRole() == LIST:
                return control
            for child in children(control):
                if child.getAccessibleRole() == LIST:
                    return child
        raise AssertionError("no list among %r" % [c.getAccessibleName() for c in self.controls])

    def choose_speaker(self, index):
        self.speaker_list().selectAccessibleChild(index)

    def name_field(self):
        return [c for c in self.controls if c.getAccessibleRole() == TEXT][0]

    def type_name(self, name):
        self.name_field().setText(name)

    def check_times(self):
        self.of_role(CHECK_BOX)[0].doAccessibleAction(0)

    def preview(self):
        lists = [child for control in self.controls for child in children(control) if child.getAccessibleRole() == LIST]
        return "\n".join(names(lists[1]))

    def hint(self):
        return self.controls[9].getAccessibleName()

    def button(self, name):
        for control in self.of_role(PUSH_BUTTON):
            if control.getAccessibleName() == name:
                return control
        raise AssertionError("no button %r" % name)

    def insert_enabled(self, name):
        return has_state(self.button(name), "ENABLED")

    def press(self, name):
        self.button(name).doAccessibleAction(0)


def iter_enumeration(enumeration):
    while enumeration.hasMoreElements():
        yield enumeration.nextElement()


class EnglishTranscriptImportTest(TranscriptImportTest, unittest.TestCase):
    TITLE = "Transcript from file"
    INSERT = "Insert"
    ADD = "Add to the study"
    ADD_TITLE = "Add transcripts to the study"
    CANCEL = "Cancel"
    SAVE = "Save"
    INTERVIEWER = "Interviewer"
    FIRST_WORDS_00 = "\u201cV\u00e4lkommen. Could you tell me about the improvement work?\u201d (3 turns)"
    FIRST_WORDS_01 = "\u201cOf course. \u00c5sa, a relative, started it with the home care team.\u201d (2 turns)"


class SwedishTranscriptImportTest(TranscriptImportTest, unittest.TestCase):
    settings = [setting("/org.openoffice.Office.Linguistic/General", "UILocale", "sv-SE")]
    TITLE = "Transkript fr\u00e5n fil"
    INSERT = "Infoga"
    ADD = "L\u00e4gg till i studien"
    ADD_TITLE = "L\u00e4gg till transkript i studien"
    CANCEL = "Avbryt"
    SAVE = "Spara"
    INTERVIEWER = "Intervjuare"
    FIRST_WORDS_00 = "\u201dV\u00e4lkommen. Could you tell me about the improvement work?\u201d (3 turer)"
    FIRST_WORDS_01 = "\u201dOf course. \u00c5sa, a relative, started it with the home care team.\u201d (2 turer)"


if __name__ == "__main__":
    unittest.main()
