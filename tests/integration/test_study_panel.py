"""The Study panel through its real controls (issue 20), in English and in Swedish: a transcript of a study
shows the study and its transcripts with their attributes and codings; an attribute's value is set from a
pick-list of the values in use, kept in the transcript (saved into a closed one, one undo step in an open one),
and a value of the wrong type is refused; a code's passages across the study are found, and going to one opens
its transcript with the passage selected."""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tempfile
import threading
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import (SAMPLES, artifact_path, code_ids, find, open_document, setting, start_office,  # noqa: E402
                     starting_with, store)
from deck import STUDY_PANEL, Panel, accessible_nodes, children, has_state, list_of, names, wait_for  # noqa: E402

import uno  # noqa: E402
from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON, SCROLL_BAR, TEXT  # noqa: E402

SAMPLE = os.path.join(SAMPLES, "coach-interview.fodt")


class StudyPanelTest:
    """The test, run in an English and in a Swedish office (the subclasses below)."""
    settings = ()
    GO_TO = ""
    LISTED = ""
    ONE_CODING = ""
    FOUND = ""

    @classmethod
    def setUpClass(cls):
        cls.office = start_office(gui=True, settings=cls.settings)

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        self.workdir = tempfile.mkdtemp(prefix="pt-study-panel-")
        self.service = self.office.coding_service()
        self.folder = os.path.join(self.workdir, "coaches")
        os.makedirs(self.folder)
        self.study = self.service.createStudy(uno.systemPathToFileUrl(self.folder), "Coaches")
        paths = []
        for name, profession, passages in (("anna.odt", "nurse", ["Time, above all."]),
                                            ("bo.odt", "manager", ["That notebook was the best data we had."])):
            doc = self.office.load(SAMPLE)
            codes = code_ids(self.service, doc)
            for passage in passages:
                self.service.addCoding(doc, find(doc, passage), codes["Lack of time"], "")
            self.service.setAttributeDefinitionsJson(doc, json.dumps([{"name": "years", "type": "number"}]))
            self.service.setDocumentAttributesJson(doc, json.dumps({"profession": profession}))
            paths.append(os.path.join(self.folder, name))
            store(doc, paths[-1])
            doc.close(True)
        self.service.addTranscriptsToStudy(self.study, tuple(uno.systemPathToFileUrl(p) for p in paths))
        self.doc = self.office.load(paths[0], hidden=False)
        self.opened = [self.doc]
        self.office.open_deck(self.doc)
        self.panel = wait_for(self.study_panel, what="the Study panel")

    def tearDown(self):
        for document in self.opened:
            try:
                document.close(True)
            except Exception:
                pass
        shutil.rmtree(self.workdir, ignore_errors=True)

    def study_panel(self):
        for context in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == PUSH_BUTTON and context.getAccessibleName() == self.GO_TO:
                return Panel(context.getAccessibleParent().getAccessibleContext(), STUDY_PANEL)
        return None

    def test_the_study_of_the_transcript_in_front_and_a_codes_passages_across_it(self):
        panel = self.panel
        wait_for(lambda: len(names(list_of(panel["transcripts"]))) == 2, what="the study's transcripts",
                 state=lambda: names(list_of(panel["transcripts"])))
        self.assertEqual(panel["study"].getText(), "Coaches")
        self.assertEqual(names(list_of(panel["transcripts"])),
                         ["anna.odt \u2014 nurse \u2014 " + self.ONE_CODING, "bo.odt \u2014 manager \u2014 " + self.ONE_CODING])
        self.assertEqual(panel.text("status"), self.LISTED)

        panel["code"].setText("Lack of time")
        panel.press("find")
        wait_for(lambda: len(names(list_of(panel["passages"]))) == 2, what="the passages across the study",
                 state=lambda: panel.text("status"))
        self.assertEqual(names(list_of(panel["passages"])),
                         ["anna.odt: \u201cTime, above all.\u201d (Coach 3)", "bo.odt: \u201cThat notebook was the best data we had.\u201d (Coach 3)"])
        self.assertEqual(panel.text("status"), self.FOUND)
        self.pictures()

        # Narrowed to the managers: bo's passage only; it goes to a document of quotes and to CSV.
        panel["narrow"].setText("profession=manager")
        panel.press("find")
        wait_for(lambda: len(names(list_of(panel["passages"]))) == 1, what="the managers' passage",
                 state=lambda: panel.text("status"))
        panel.press("toDocument")
        quotes = wait_for(lambda: open_document(self.office, starting_with("Passages: Lack of time; profession=manager")),
                          what="the passages as a document", state=lambda: panel.text("status"))
        self.opened.append(quotes)
        table = quotes.TextTables.getByIndex(0)
        self.assertEqual(table.getCellByName("D2").getString(), "\u201cThat notebook was the best data we had.\u201d")
        link = table.getCellByName("D2").createEnumeration().nextElement().createEnumeration().nextElement().HyperLinkURL
        self.assertTrue(link.startswith(uno.systemPathToFileUrl(os.path.join(self.folder, "bo.odt")) + "#"), link)
        csv = os.path.join(self.workdir, "passages.csv")
        self.save_through_dialog(panel, "toCsv", csv)
        wait_for(lambda: os.path.exists(csv), what="the CSV saved", state=lambda: panel.text("status"))
        wait_for(lambda: panel.text("status") == self.CSV_SAVED, what="the saving told", state=lambda: panel.text("status"))
        with open(csv, encoding="utf-8") as f:
            rows = f.read().splitlines()
        self.assertEqual(rows[0], "transcript,code,speaker,coder,text,condensed,memo,context")
        self.assertTrue(rows[1].startswith("bo.odt,"))
        self.assertEqual(len(rows), 2)

        panel["narrow"].setText("")
        panel.press("find")
        wait_for(lambda: len(names(list_of(panel["passages"]))) == 2, what="the passages again")
        list_of(panel["passages"]).selectAccessibleChild(1)
        panel.press("goTo")

        bo = wait_for(lambda: open_document(self.office, lambda c: hasattr(c, "getURL") and c.getURL().endswith("/bo.odt")),
                      what="bo.odt opened", state=lambda: panel.text("status"))
        self.opened.append(bo)
        selection = bo.CurrentController.getSelection()
        self.assertEqual(selection.getByIndex(0).getString(), "That notebook was the best data we had.")

    def test_an_attribute_value_is_set_from_a_pick_list_and_kept_in_the_transcript(self):
        panel = self.panel
        wait_for(lambda: len(names(list_of(panel["transcripts"]))) == 2, what="the study's transcripts")
        self.assertEqual(names(list_of(panel["attribute"])), ["profession"], "the attributes in use")

        def entry(combo):
            return next(c for c in children(combo) if c.getAccessibleRole() == TEXT)

        def type_into(combo, text):
            """Types into a box as a user does: focus, select what is there, type over it."""
            entry(combo).grabFocus()
            time.sleep(0.3)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+a"], check=True)
            subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
            wait_for(lambda: entry(combo).getText() == text, what="%r typed" % text, state=lambda: entry(combo).getText())

        def attributes():
            return [t["attributes"] for t in json.loads(self.service.getStudyJson(self.study))["transcripts"]]

        # bo.odt is closed: its value is chosen from the values in use and saved into its file.
        list_of(panel["transcripts"]).selectAccessibleChild(1)
        # Down in the attribute's box chooses its first entry, as a user does (choosing through accessibility
        # alone does not tell the box's listeners).
        entry(panel["attribute"]).grabFocus()
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Down"], check=True)
        wait_for(lambda: names(list_of(panel["value"])) == ["manager", "nurse"], what="the values in use",
                 state=lambda: names(list_of(panel["value"])))
        wait_for(lambda: entry(panel["value"]).getText() == "manager", what="bo's value shown")
        type_into(panel["value"], "nurse")
        panel.press("setValue")
        wait_for(lambda: panel.text("status") == self.VALUE_SAVED, what="the value's saving told",
                 state=lambda: panel.text("status"))
        self.assertEqual(attributes()[1], {"profession": "nurse"})

        # A number attribute given a text: refused by name, nothing changed.
        list_of(panel["transcripts"]).selectAccessibleChild(1)
        type_into(panel["attribute"], "years")
        type_into(panel["value"], "twelve")
        panel.press("setValue")
        wait_for(lambda: "is not a number" in panel.text("status"), what="the wrong type refused",
                 state=lambda: panel.text("status"))
        self.assertEqual(attributes()[1], {"profession": "nurse"})

        # anna.odt is open: the value goes into its window as one undo step, the user's to save.
        list_of(panel["transcripts"]).selectAccessibleChild(0)
        type_into(panel["attribute"], "years")
        type_into(panel["value"], "12")
        panel.press("setValue")
        wait_for(lambda: panel.text("status") == self.VALUE_IN_WINDOW, what="anna's value set in her window",
                 state=lambda: panel.text("status"))
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(self.doc)).get("years"), 12)
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), self.SET_UNDO)

        # The attribute's type for the whole study: a list of the values in use; a date refused, as its
        # values are not dates. Tab from the attribute to its type, then its first letter or Up, as a user does.
        type_into(panel["attribute"], "profession")
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Tab"], check=True)
        wait_for(lambda: has_state(panel["type"], "FOCUSED"), what="the type's list focused")
        subprocess.run(["xdotool", "key", "--clearmodifiers", "l"], check=True)
        wait_for(lambda: json.loads(self.service.getStudyJson(self.study))["attributes"]
                 == [{"name": "profession", "type": "choice", "choices": ["nurse"]}], what="profession a list",
                 state=lambda: panel.text("status"))
        self.assertEqual(panel.text("status"), self.TYPE_SET)
        type_into(panel["attribute"], "profession")
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Tab"], check=True)
        wait_for(lambda: has_state(panel["type"], "FOCUSED"), what="the type's list focused again")
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Up"], check=True)  # List to Date
        wait_for(lambda: "is not a date" in panel.text("status"), what="a date refused", state=lambda: panel.text("status"))
        self.assertEqual(json.loads(self.service.getStudyJson(self.study))["attributes"][0]["type"], "choice")

        # The matrix by that attribute as CSV.
        matrix = os.path.join(self.workdir, "matrix.csv")
        self.save_through_dialog(panel, "matrixCsv", matrix)
        wait_for(lambda: os.path.exists(matrix), what="the matrix saved", state=lambda: panel.text("status"))
        with open(matrix, encoding="utf-8") as f:
            self.assertIn("nurse", f.readline())

        # The whole study as one REFI-QDA project, each speaker a case once the study says so.
        self.assertFalse(has_state(panel["speakerCases"], "CHECKED"))
        panel.press("speakerCases")
        wait_for(lambda: json.loads(self.service.getStudyJson(self.study))["cases"] == "speaker", what="speakers as cases kept",
                 state=lambda: panel.text("status"))
        self.assertEqual(panel.text("status"), self.CASES_BY_SPEAKER)
        self.assertTrue(has_state(panel["speakerCases"], "CHECKED"))
        project = os.path.join(self.workdir, "coaches.qdpx")
        self.save_through_dialog(panel, "exportProject", project)
        wait_for(lambda: panel.text("status") == self.PROJECT_SAVED, what="the project saved", state=lambda: panel.text("status"))
        with zipfile.ZipFile(project) as package:
            qde = package.read("project.qde").decode("utf-8")
        self.assertEqual(re.findall(r'<TextSource guid="[^"]+" name="([^"]+)"', qde), ["anna.odt", "bo.odt"])
        self.assertIn('<Case guid="', qde)
        for transcript in ("anna.odt", "bo.odt"):
            case = re.search(r'name="Coach 3 \(%s\)">(.*?)</Case>' % re.escape(transcript), qde, re.S)
            self.assertIsNotNone(case, qde[:3000])
            self.assertIn("<SelectionRef ", case.group(1))

        # The reports of the whole study: the matrix by the attribute above, and the agreement, refused
        # while one coder coded everything.
        panel.press("matrixReport")
        report = wait_for(lambda: open_document(self.office, starting_with("Codings by profession")), what="the matrix report",
                          state=lambda: panel.text("status"))
        self.opened.append(report)
        panel.press("agreementReport")
        wait_for(lambda: "no two coders coded the same transcripts" in panel.text("status"), what="the agreement refused",
                 state=lambda: panel.text("status"))

    def save_through_dialog(self, panel, button, path):
        """Presses `button`, whose file dialog is answered with `path` as a user does: typed, then Return."""
        threading.Thread(target=panel.press, args=(button,), daemon=True).start()
        # Without a window manager the dialog does not get the keyboard by itself: a click on its margin gives
        # it, its file name field keeps the focus it opened with.
        dialog = wait_for(self.save_dialog, what="the file dialog")
        corner = dialog.getLocationOnScreen()
        for command in (["mousemove", str(corner.X + 4), str(corner.Y + dialog.getSize().Height - 4)], ["click", "1"]):
            subprocess.run(["xdotool"] + command, check=True)
        time.sleep(0.5)
        subprocess.run(["xdotool", "type", "--delay", "20", path], check=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True)

    def save_dialog(self):
        """The accessible context of the file dialog to save with, while it shows."""
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            context = window.getAccessibleContext() if window is not None else None
            if context is not None and context.getAccessibleName() == self.SAVE_AS:
                return context
        return None


    def pictures(self):
        """For the README (English, when PT_ARTIFACTS asks): the Study panel, scrolled to as a user does."""
        panel_picture = artifact_path("study-panel.png")
        if not panel_picture or self.settings:
            return
        # The Study panel is the deck's last: the deck's scroll bar shows it, as a user scrolls to it.
        deck_left = self.panel.context.getLocationOnScreen().X
        deck_bars = [c for c in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow)
                     if c.getAccessibleRole() == SCROLL_BAR and c.getLocationOnScreen().X > deck_left]
        for bar in deck_bars:
            bar.setCurrentValue(bar.getMaximumValue())
        self.office.settle(3)
        time.sleep(1)
        subprocess.run(["import", "-window", "root", panel_picture], check=False)
        for bar in deck_bars:
            bar.setCurrentValue(bar.getMinimumValue())


class EnglishStudyPanelTest(StudyPanelTest, unittest.TestCase):
    GO_TO = "Go to passage"
    ONE_CODING = "1 coding"
    LISTED = "Coaches: 2 transcripts, 2 codings."
    FOUND = "2 passages of \u201cLack of time\u201d across the study."
    VALUE_SAVED = "profession of bo.odt is now \u201cnurse\u201d, saved in the transcript."
    VALUE_IN_WINDOW = "years of anna.odt is now \u201c12\u201d in its open window: save it there to keep it."
    SET_UNDO = "Set attribute years"
    CSV_SAVED = "Passages saved in passages.csv: 1."
    SAVE_AS = "Save as"
    TYPE_SET = "profession is now of type List for the whole study."
    CASES_BY_SPEAKER = "In this study's REFI-QDA projects, each speaker of each transcript is a case, with the speaker's turns."
    PROJECT_SAVED = ("The study is saved in coaches.qdpx (transcripts: 2, codings: 2), a case for each speaker of each "
                     "transcript.")


class SwedishStudyPanelTest(StudyPanelTest, unittest.TestCase):
    settings = [setting("/org.openoffice.Office.Linguistic/General", "UILocale", "sv-SE")]
    GO_TO = "G\u00e5 till passagen"
    ONE_CODING = "1 kodning"
    LISTED = "Coaches: 2 transkript, 2 kodningar."
    FOUND = "2 passager med \u201dLack of time\u201d i studien."
    VALUE_SAVED = "profession f\u00f6r bo.odt \u00e4r nu \u201dnurse\u201d, sparat i transkriptet."
    VALUE_IN_WINDOW = ("years f\u00f6r anna.odt \u00e4r nu \u201d12\u201d i dess \u00f6ppna f\u00f6nster: "
                       "spara det d\u00e4r f\u00f6r att beh\u00e5lla det.")
    SET_UNDO = "S\u00e4tt attributet years"
    CSV_SAVED = "Passager sparade i passages.csv: 1."
    SAVE_AS = "Spara som"
    TYPE_SET = "profession \u00e4r nu av typen Lista f\u00f6r hela studien."
    CASES_BY_SPEAKER = ("I studiens REFI-QDA-projekt \u00e4r varje talare i varje transkript ett fall, med talarens "
                        "repliker.")
    PROJECT_SAVED = ("Studien \u00e4r sparad i coaches.qdpx (transkript: 2, kodningar: 2), ett fall f\u00f6r varje talare "
                     "i varje transkript.")


if __name__ == "__main__":
    unittest.main(verbosity=2)
