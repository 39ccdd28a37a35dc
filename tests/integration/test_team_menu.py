"""Teams from the menu, under Xvfb: Tools ▸ Power Triangle merges another coder's copy, opens the agreement
report, exports and imports REFI-QDA projects and exports the coded segments as CSV. The commands are
dispatched with the file as their "URL" argument, in place of the file dialog."""
import csv
import json
import os
import subprocess
import sys
import threading
import time
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import (OfficeTest, code_ids, codings, find, open_document, prop, set_user, shared_office,  # noqa: E402
                     starting_with, wait_for)
from deck import accessible_nodes, children, has_state  # noqa: E402
from project_shapes import expected, package, write_transcript  # noqa: E402

import uno  # noqa: E402
from com.sun.star.accessibility.AccessibleRole import MENU_BAR  # noqa: E402
from com.sun.star.lang import DisposedException  # noqa: E402

setUpModule, tearDownModule = shared_office(gui=True)

COMMANDS = {"Merge Codings From\u2026": "vnd.powertriangle:MergeCodings",
            "Agreement Report": "vnd.powertriangle:AgreementReport",
            "Export REFI-QDA Project\u2026": "vnd.powertriangle:ExportProject",
            "Import REFI-QDA Project\u2026": "vnd.powertriangle:ImportProject",
            "Export Coded Segments as CSV\u2026": "vnd.powertriangle:ExportCodingsCsv",
            "Coding Report": "vnd.powertriangle:CodingReport",
            "New Study\u2026": "vnd.powertriangle:NewStudy",
            "Add Transcripts to Study\u2026": "vnd.powertriangle:AddTranscriptsToStudy",
            "Pseudonymise\u2026": "vnd.powertriangle:Pseudonymise",
            "Power-Triangle Figure": "vnd.powertriangle:InsertTriangleFigure",
            "Chart of Codings": "vnd.powertriangle:InsertFrequencyChart"}
TOOLS = list(COMMANDS)[:9]


class TeamMenuTest(OfficeTest):
    def setUp(self):
        super().setUp()
        set_user(self.office, "Bo", "Berg")
        self.addCleanup(set_user, self.office, "Anna", "Åberg")
        bo = self.open()
        codes = code_ids(self.service, bo)
        self.service.addCoding(bo, find(bo, "Time, above all."), codes["Lack of time"], "")
        self.service.addCoding(bo, find(bo, "That notebook was the best data we had."), codes["The user's resources"], "")
        self.bo_url = uno.systemPathToFileUrl(os.path.join(self.workdir, "bo.odt"))
        self.reopen(bo, "bo.odt")
        set_user(self.office, "Anna", "Åberg")
        anna = self.office.load(self.SAMPLE, hidden=False)
        self.documents.append(anna)
        self.service.addCoding(anna, find(anna, "Time, above all."), codes["Lack of time"], "")
        self.anna = self.reopen(anna, "anna.odt")
        self.anna.close(True)
        self.anna = self.office.load(os.path.join(self.workdir, "anna.odt"), hidden=False)
        self.documents.append(self.anna)

    def tools_menu(self):
        for context in accessible_nodes(self.anna.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == MENU_BAR:
                tools = next(m for m in children(context) if m.getAccessibleName() == "Tools")
                ours = [m for m in children(tools) if m.getAccessibleName() == "Power Triangle"]
                return [i.getAccessibleName() for i in children(ours[0])] if ours else []
        raise AssertionError("no menu bar")

    def choose(self, name, **arguments):
        """Tools ▸ Power Triangle ▸ `name`, on a thread of its own: a message box keeps it from returning."""
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        args = tuple(prop(key, value) for key, value in arguments.items())
        threading.Thread(target=dispatcher.executeDispatch,
                         args=(self.anna.CurrentController.Frame, COMMANDS[name], "", 0, args), daemon=True).start()

    BOXES = ("Merge codings", "Agreement report", "Export REFI-QDA project", "Import REFI-QDA project",
             "Export coded segments")

    def shown_box(self, title):
        """The top window `title` while it shows, else None."""
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            try:
                window = toolkit.getTopWindow(i)  # None, or disposed, when it closed since the count
                context = window.getAccessibleContext() if window is not None else None
                if context is not None and context.getAccessibleName() == title \
                        and has_state(context, "SHOWING"):
                    return window
            except DisposedException:
                continue
        return None

    def message_box(self, title):
        """The texts of the message box `title` once it shows; then presses its OK."""
        window = wait_for(lambda: self.shown_box(title), what="the message box " + title)
        nodes = list(accessible_nodes(window))
        texts = "\n".join(c.getAccessibleName() for c in nodes)
        self.press_ok(title)
        wait_for(lambda: self.shown_box(title) is None, what="the message box to close")
        return texts

    def press_ok(self, title):
        """A message box's OK takes no accessible action; Return, its default button, does, once the box has
        the keyboard (tried again until it closes)."""
        for _ in range(10):
            window = self.shown_box(title)
            if window is None:
                return
            window.setFocus()
            time.sleep(0.5)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True)
            time.sleep(0.5)

    def tearDown(self):
        # A box a failed test left open would keep its command, and the office, waiting.
        for title in self.BOXES:
            if self.shown_box(title) is not None:
                self.press_ok(title)
        super().tearDown()

    def test_the_tools_menu_offers_the_team_commands(self):
        self.assertEqual(self.tools_menu(), TOOLS)

    def test_merge_report_export_and_import_from_the_menu(self):
        self.choose("Merge Codings From\u2026", URL=self.bo_url)
        self.assertIn("2 codings merged from bo.odt", self.message_box("Merge codings"))
        self.assertEqual(sorted(c["coder"] for c in codings(self.service, self.anna)), ["Anna Åberg", "Bo Berg", "Bo Berg"])

        self.choose("Agreement Report")
        opened = wait_for(lambda: open_document(self.office, starting_with("Agreement between coders: anna.odt")),
                          what="the agreement report")
        self.documents.append(opened)

        qdpx = os.path.join(self.workdir, "anna.qdpx")
        self.choose("Export REFI-QDA Project\u2026", URL=uno.systemPathToFileUrl(qdpx), LineEnds="CRLF")
        wait_for(lambda: os.path.exists(qdpx) and zipfile.is_zipfile(qdpx), what="the project file")
        with zipfile.ZipFile(qdpx) as project:
            plain = [project.read(n) for n in project.namelist() if n.endswith(".txt")][0].decode("utf-8")
        self.assertIn("\r\n", plain)

        table = os.path.join(self.workdir, "anna.csv")
        self.choose("Export Coded Segments as CSV\u2026", URL=uno.systemPathToFileUrl(table))
        wait_for(lambda: os.path.exists(table) and os.path.getsize(table) > 0, what="the CSV file")
        with open(table, encoding="utf-8", newline="") as rows:
            self.assertEqual(len(list(csv.DictReader(rows))), 3)

        fresh = self.office.load(self.SAMPLE, hidden=False)
        self.documents.append(fresh)
        self.anna = fresh  # the commands go to the window of the document in front
        self.choose("Import REFI-QDA Project\u2026", URL=uno.systemPathToFileUrl(qdpx))
        self.assertIn("3 codings merged from anna.qdpx", self.message_box("Import REFI-QDA project"))
        self.assertEqual(len(codings(self.service, fresh)), 3)

    def test_the_coding_report_and_the_pictures_from_the_menu(self):
        self.choose("Coding Report")
        # The report is written into its window; done, it is marked modified (its chart would mark it anyway).
        report = starting_with("Codings of anna.odt")
        opened = wait_for(lambda: open_document(self.office, lambda d: report(d) and d.isModified()), what="the coding report")
        self.documents.append(opened)
        names = [opened.DrawPage.getByIndex(i).Name for i in range(opened.DrawPage.Count)]
        self.assertIn("Power Triangle: Resources", names)
        self.assertEqual(opened.EmbeddedObjects.Count, 1)

        self.anna.CurrentController.getViewCursor().gotoEnd(False)
        self.choose("Power-Triangle Figure")
        wait_for(lambda: self.anna.DrawPage.Count == 5, what="the figure in the transcript")
        self.choose("Chart of Codings")
        wait_for(lambda: self.anna.EmbeddedObjects.Count == 1, what="the chart in the transcript")

    def test_a_report_without_a_second_coder_explains_what_to_do(self):
        self.choose("Agreement Report")
        self.assertIn("Merge Codings From", self.message_box("Agreement report"))


    def test_projects_as_tools_write_them_from_the_menu(self):
        """Issue 19: NVivo for Windows' project (its texts in Sources/) lands every coding, and ATLAS.ti's
        codebook-only export brings its codes; the message box says so."""
        for shape, said in (("nvivo-windows", "3 codings merged from nvivo-windows.qdpx"),
                            ("atlas-codebook-only", "No codings came with atlas-codebook-only.qdpx")):
            with self.subTest(shape=shape):
                transcript = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                                      (prop("Hidden", False),))
                self.documents.append(transcript)
                write_transcript(transcript, shape)
                self.anna = transcript  # the commands go to the window of the document in front
                self.choose("Import REFI-QDA Project\u2026", URL=uno.systemPathToFileUrl(package(shape, self.workdir)))
                message = self.message_box("Import REFI-QDA project")
                self.assertIn(said, message)
                got = sorted((c["codePath"].split(" / ")[-1], c["text"]) for c in codings(self.service, transcript))
                self.assertEqual(got, sorted((c["code"], c["passage"]) for c in expected(shape)["codings"]), message)
                names = [code["name"] for code in json.loads(self.service.getCodebookJson(transcript))["codes"]]
                self.assertIn("Voice of the family", names)

    def test_a_study_made_and_filled_from_the_menu(self):
        """Issue 20: New Study… in a folder, then Add Transcripts to Study… adds a transcript to it."""
        folder = os.path.join(self.workdir, "study")
        os.makedirs(folder)
        self.choose("New Study\u2026", URL=uno.systemPathToFileUrl(folder))
        self.assertIn("A study was made in study", self.message_box("New study"))
        self.assertTrue(os.path.exists(os.path.join(folder, "study.json")))
        self.choose("Add Transcripts to Study\u2026", URL=uno.systemPathToFileUrl(os.path.join(self.workdir, "anna.odt")))
        self.assertIn("1 transcripts added to the study.", self.message_box("Add transcripts to the study"))
        listing = json.loads(self.service.getStudyJson(uno.systemPathToFileUrl(os.path.join(folder, "study.json"))))
        self.assertEqual([(t["name"], t["codings"]) for t in listing["transcripts"]], [("anna.odt", 1)])

    def test_bad_files_from_the_menu_are_refused_in_a_message_box_and_change_nothing(self):
        """Forced errors through the commands' handlers (issue 8): each says what went wrong and leaves the
        document as it was."""
        before = codings(self.service, self.anna)
        self.anna.setModified(False)
        garbage = os.path.join(self.workdir, "garbage.odt")
        with open(garbage, "wb") as f:
            f.write(b"PK\x03\x04 this is no document")
        laughs = os.path.join(self.workdir, "laughs.qdpx")
        with zipfile.ZipFile(laughs, "w") as project:
            project.writestr("project.qde", '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
                             + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(8))
                             + ']><Project xmlns="urn:QDA-XML:project:1.0" name="&i;"/>')
        self.choose("Merge Codings From\u2026", URL=uno.systemPathToFileUrl(garbage))
        self.assertIn('"garbage.odt" could not be opened', self.message_box("Merge codings"))
        self.choose("Import REFI-QDA Project\u2026", URL=uno.systemPathToFileUrl(laughs))
        self.assertIn("declares a DOCTYPE", self.message_box("Import REFI-QDA project"))
        self.choose("Export REFI-QDA Project\u2026", URL="file:///no/such/folder/x.qdpx")
        self.assertIn('"x.qdpx" could not be written', self.message_box("Export REFI-QDA project"))
        self.choose("Export Coded Segments as CSV\u2026", URL="file:///no/such/folder/x.csv")
        self.assertIn('"x.csv" could not be written', self.message_box("Export coded segments"))
        self.assertEqual(codings(self.service, self.anna), before)
        self.assertFalse(self.anna.isModified())

if __name__ == "__main__":
    unittest.main()
