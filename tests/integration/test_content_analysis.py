"""Qualitative content analysis (issue 21) through the deck's real controls, in English and in Swedish: a
passage coded inductively with a new code named as typed, or in vivo by its own words from the context menu
(real keys); the emergent codes marked in the codebook, and the Unplaced filter showing those still outside
the triangle; one undo step for the code and its coding; the same on the API. Then the directed analysis in
the codebook editor (a code dragged with the mouse onto its new parent, merged, deleted, its anchor example),
the content-analysis table, and the codebook's history with who changed what and when."""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import (SAMPLES, artifact_path, codings, find, open_document, prop, setting, start_office,  # noqa: E402
                     starting_with, store)
from deck import CODEBOOK_PANEL, Panel, accessible_nodes, children, has_state, item_named, list_of, names, wait_for  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import LABEL, LIST, PUSH_BUTTON  # noqa: E402
from com.sun.star.lang import DisposedException, IllegalArgumentException  # noqa: E402

MARK = "\u2731 "  # how the codebook marks an emergent code
POWERTRI = os.environ.get("PT_POWERTRI", "")


class ContentAnalysisTest:
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
        self.doc = self.office.load(os.path.join(SAMPLES, "coach-interview.fodt"), hidden=False)
        self.office.open_deck(self.doc)
        self.codebook = wait_for(self.codebook_panel, what="the Codebook panel")

    def tearDown(self):
        self.doc.close(True)

    def codebook_panel(self):
        for context in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == PUSH_BUTTON and context.getAccessibleName() == self.CODE_SELECTION:
                return Panel(context.getAccessibleParent().getAccessibleContext(), CODEBOOK_PANEL)
        return None

    def codes(self):
        return {c["name"]: c for c in json.loads(self.service.getCodebookJson(self.doc))["codes"]}

    def press_keys(self, keys):
        self.doc.CurrentController.Frame.ComponentWindow.setFocus()
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)

    def context_menu(self):
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            context = toolkit.getTopWindow(i).getAccessibleContext()
            if context is not None and context.getAccessibleChildCount() > 0 and self.NEW_FROM_SELECTION in names(context):
                return context
        return None

    def test_codes_emerge_from_the_text_and_wait_outside_the_triangle(self):
        panel = self.codebook
        self.assertEqual(panel.text("newCode"), self.NEW_CODE)
        self.assertEqual(panel.text("unplaced"), self.UNPLACED)

        # A name typed in Find, then New code: the passage is coded with it, in one undo step.
        self.doc.CurrentController.select(find(self.doc, "That notebook was the best data we had."))
        panel["filter"].setText("Notebook as evidence")
        self.doc.setModified(False)
        panel.press("newCode")
        wait_for(lambda: "Notebook as evidence" in self.codes(), what="the new code")
        code = self.codes()["Notebook as evidence"]
        self.assertEqual((code["origin"], code["parentId"]), ("emergent", None))
        made = [c for c in codings(self.service, self.doc) if c["codeId"] == code["id"]]
        self.assertEqual([c["text"] for c in made], ["That notebook was the best data we had."])
        self.assertTrue(self.doc.isModified())
        self.assertEqual(panel.text("status"), self.MADE % "Notebook as evidence")
        self.assertEqual(panel["filter"].getText(), "", "Find is emptied: the whole codebook again")
        wait_for(lambda: MARK + "Notebook as evidence" in names(panel["tree"]), what="the marked code in the tree",
                 state=lambda: names(panel["tree"]))

        # In vivo from the context menu, with real keys: the passage's own words name the code.
        self.doc.CurrentController.select(find(self.doc, "I'm only a relative"))
        self.press_keys("shift+F10")
        menu = wait_for(self.context_menu, what="the context menu")
        next(c for c in [menu.getAccessibleChild(i) for i in range(menu.getAccessibleChildCount())]
             if c.getAccessibleName() == self.NEW_FROM_SELECTION).doAccessibleAction(0)
        wait_for(lambda: "I'm only a relative" in self.codes(), what="the in-vivo code")
        self.assertEqual(self.codes()["I'm only a relative"]["origin"], "emergent")

        # Unplaced: only the emergent codes still outside the triangle.
        panel.press("unplaced")
        wait_for(lambda: names(panel["tree"]) == [MARK + "Notebook as evidence", MARK + "I'm only a relative"],
                 what="only the unplaced codes", state=lambda: names(panel["tree"]))
        self.assertTrue(has_state(panel["unplaced"], "CHECKED"))
        moved = dict(self.codes()["I'm only a relative"], parentId=self.codes()["Among users"]["id"])
        self.service.updateCode(self.doc, json.dumps({"id": moved["id"], "parentId": moved["parentId"]}))
        wait_for(lambda: names(panel["tree"]) == [MARK + "Notebook as evidence"], what="the placed code gone from the filter",
                 state=lambda: names(panel["tree"]))
        panel.press("unplaced")
        wait_for(lambda: "Resources" in names(panel["tree"]), what="the whole codebook again")

        # One undo step takes the code and its coding away together.
        undo = self.doc.UndoManager
        undo.undo()  # the move
        undo.undo()
        self.assertNotIn("I'm only a relative", self.codes())
        self.assertEqual(len(codings(self.service, self.doc)), 1)

    def test_the_api_names_a_code_in_vivo_or_as_given_and_refuses_a_passage_without_words(self):
        made = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "Time, above all."), ""))
        self.assertEqual(made["name"], "Time, above all.")
        again = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "Time, above all."), ""))
        self.assertEqual(again["name"], "Time, above all. (2)")
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "New code Time, above all. (2)")
        listed = codings(self.service, self.doc)
        self.assertEqual(sorted(c["codeId"] for c in listed), sorted([made["codeId"], again["codeId"]]))
        blank = self.doc.Text.createTextCursorByRange(find(self.doc, "Time,").End)
        blank.goRight(1, True)  # the space alone
        with self.assertRaises(IllegalArgumentException) as refused:
            self.service.codeWithNewCode(self.doc, blank, "")
        self.assertEqual(refused.exception.ArgumentPosition, 2)
        self.assertEqual(len(codings(self.service, self.doc)), 2, "nothing added")

    def test_merging_a_code_gives_its_codings_to_another_in_one_undo_step(self):
        lack = self.codes()["Lack of time"]["id"]
        made = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "Time, above all."), "No time"))
        self.service.setCodingCondensed(self.doc, codings(self.service, self.doc)[0]["id"], "no time left")
        self.service.addCoding(self.doc, find(self.doc, "Time, above all."), lack, "the same passage")
        self.service.addCoding(self.doc, find(self.doc, "That notebook was the best data we had."), made["codeId"], "memo")
        before = sorted(json.dumps(c, sort_keys=True) for c in codings(self.service, self.doc))
        self.doc.setModified(False)
        self.service.mergeCodes(self.doc, made["codeId"], lack)
        self.assertTrue(self.doc.isModified())
        self.assertNotIn("No time", self.codes())
        after = codings(self.service, self.doc)
        self.assertEqual(sorted((c["codeName"], c["text"], c["memo"], c["condensed"]) for c in after),
                         [("Lack of time", "That notebook was the best data we had.", "memo", ""),
                          ("Lack of time", "Time, above all.", "the same passage", "no time left")],
                         "the passage coded with both stays one coding, with both codings' notes")
        self.doc.UndoManager.undo()
        self.assertEqual(sorted(json.dumps(c, sort_keys=True) for c in codings(self.service, self.doc)), before,
                         "one undo step brings every coding back exactly")
        self.assertIn("No time", self.codes())
        for wrong, position in (((made["codeId"], made["codeId"]), 2), (("no-such-code", lack), 1),
                                ((self.codes()["Resources"]["id"], lack), 1)):
            with self.assertRaises(IllegalArgumentException) as refused:
                self.service.mergeCodes(self.doc, *wrong)
            self.assertEqual(refused.exception.ArgumentPosition, position, refused.exception.Message)
        self.assertEqual(sorted(json.dumps(c, sort_keys=True) for c in codings(self.service, self.doc)), before)

    def top_window(self, title):
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            context = window.getAccessibleContext() if window is not None else None
            if context is not None and context.getAccessibleName() == title:
                return context
        return None

    def edit_code(self, emergent):
        """The codebook editor, opened from the Codebook panel on an emergent code and showing it."""
        tree = self.codebook["tree"]
        wait_for(lambda: MARK + emergent in names(tree), what="the new code in the tree", state=lambda: names(tree))
        tree.selectAccessibleChild(item_named(tree, MARK + emergent)[0])
        self.codebook.press("edit")
        editor = wait_for(lambda: self.top_window(self.EDITOR_TITLE), what="the codebook editor")
        wait_for(lambda: children(editor)[2].getText() == emergent, what="the code in the editor")
        return editor

    def test_the_content_analysis_table_from_the_menu_the_api_and_powertri(self):
        self.assertTrue(POWERTRI, "PT_POWERTRI names the built command line")
        codes = self.codes()
        ids = []
        for passage, code, condensed in (("Time, above all.", "Lack of time", "No time"),
                                         ("I'm only a relative", "Among users", "Relatives doubt their knowledge 😀"),
                                         ("That notebook was the best data we had.", "The user's resources", "")):
            ids.append(self.service.addCoding(self.doc, find(self.doc, passage), codes[code]["id"], ""))
            self.service.setCodingCondensed(self.doc, ids[-1], condensed)
        made = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "the room went quiet"), ""))

        rows = json.loads(self.service.getContentAnalysisTable(self.doc, "{}", "json"))
        listed = {c["id"]: c for c in codings(self.service, self.doc)}
        self.assertEqual(sorted(r["codingId"] for r in rows), sorted(listed), "one row per coding")
        for row in rows:
            self.assertEqual((row["meaningUnit"], row["condensed"]), (listed[row["codingId"]]["text"], listed[row["codingId"]]["condensed"]))
        self.assertEqual([r["code"] for r in rows], ["The user's resources", "Lack of time", "Among users", made["name"]],
                         "resources, then discourses, then the emergent code outside the triangle")
        self.assertEqual((rows[1]["category"], rows[1]["dimension"], rows[1]["polarity"]),
                         ("Lack of access to resources", "Resources", "Barrier"))

        # powertri gives the same rows from the saved file.
        folder = tempfile.mkdtemp(prefix="pt-table-")
        store(self.doc, os.path.join(folder, "coded.odt"))
        run = subprocess.run([POWERTRI, "table", "--format", "json", "--no-progress", os.path.join(folder, "coded.odt")],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual([{k: v for k, v in r.items() if k != "document"} for r in json.loads(run.stdout)],
                         [{k: v for k, v in r.items() if k != "document"} for r in rows])

        # From the menu, through the dialog's real controls: only the condensed codings, as a Writer table.
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        threading.Thread(target=dispatcher.executeDispatch, args=(self.doc.CurrentController.Frame,
                         "vnd.powertriangle:ContentAnalysisTable", "", 0, ()), daemon=True).start()
        dialog = wait_for(lambda: self.top_window(self.DIALOG_TITLE), what="the dialog")
        controls = {c.getAccessibleName(): c for c in accessible_nodes_of(dialog)}
        controls[self.ONLY_CONDENSED].doAccessibleAction(0)
        controls[self.TABLE].doAccessibleAction(0)
        table_document = wait_for(lambda: open_document(self.office, starting_with(self.TITLE)), what="the table's document")
        try:
            table = table_document.TextTables.getByIndex(0)
            self.assertEqual(table.Rows.Count, 3, "a header and the two codings with a condensation")
            self.assertEqual(table.getCellByName("A1").getString(), self.MEANING_UNIT)
            self.assertEqual({table.getCellByName("B2").getString(), table.getCellByName("B3").getString()},
                             {"No time", "Relatives doubt their knowledge 😀"})
            self.assertTrue(table.RepeatHeadline)
            styles = [table.getCellByName(name).getText().createEnumeration().nextElement().ParaStyleName for name in ("A1", "A2")]
            self.assertEqual(styles, ["Table Heading", "Table Contents"], "LibreOffice's own styles, by programmatic name")
            self.assertEqual([table.Rows.getByIndex(r).IsSplitAllowed for r in range(3)], [False] * 3, "rows never split")
            self.assertEqual(table_document.TextTables.Count, 2, "then the codebook's history, as an appendix")
            appendix = table_document.TextTables.getByIndex(1)
            self.assertEqual((appendix.Rows.Count, appendix.getCellByName("B2").getString(), appendix.getCellByName("C2").getString(),
                              appendix.getCellByName("D2").getString()), (2, "Anna \u00c5berg", self.ADDED, made["name"]))
            picture = artifact_path("content-analysis-table.png")
            if picture and not self.settings:  # for the README, in English
                self.office.settle(3)
                time.sleep(1)
                subprocess.run(["import", "-window", "root", picture], check=False)
        finally:
            table_document.close(True)

        # The sample is a transcript of the sample study: its other transcripts are read from their files (they
        # have no codings), this one as its window has it.
        study = json.loads(self.service.getContentAnalysisTable(self.doc, '{"study": true}', "json"))
        self.assertEqual(study, rows)
        alone = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        try:
            with self.assertRaises(IllegalArgumentException) as refused:
                self.service.getContentAnalysisTable(alone, '{"study": true}', "json")
            self.assertIn("in no study", refused.exception.Message)
        finally:
            alone.close(True)
        with self.assertRaises(IllegalArgumentException):
            self.service.getContentAnalysisTable(self.doc, '{"dimension": "power"}', "json")

    def test_the_codebook_editor_places_merges_and_deletes_emergent_codes(self):
        made = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "Time, above all."), "No time"))
        spare = self.service.addCode(self.doc, json.dumps({"name": "Spare", "parentId": self.codes()["Lack of time"]["id"]}))
        editor = self.edit_code("No time")
        name = children(editor)[2]
        self.assertIn(self.EMERGENT, names(editor), "its origin is shown")
        picture = artifact_path("codebook-editor-%s.png" % ("sv" if self.settings else "en"))
        if picture:  # to look at: every label whole, in both languages
            self.office.settle(2)
            subprocess.run(["import", "-window", "root", picture], check=False)

        # The anchor example: the coding of this code at the selection, its passage copied, linked by id.
        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        press(editor, self.FROM_SELECTION)
        wait_for(lambda: self.codes()["No time"]["exampleCodingId"] != "", what="the anchor example")
        self.assertEqual(self.codes()["No time"]["example"], "Time, above all.")

        # Delete refuses a code with codings; Merge into gives them to the code chosen in the list.
        press(editor, self.DELETE)
        wait_for(lambda: any("merge it into another code" in n for n in names(editor)), what="the refusal",
                 state=lambda: names(editor))
        merge_list = next(n for n in accessible_nodes_of(editor) if n.getAccessibleName() == self.MERGE_LABEL
                          and n.getAccessibleRole() == LIST)
        merge_list.selectAccessibleChild(item_named(merge_list, "Resources / Lack of access to resources / Lack of time")[0])
        press(editor, self.MERGE)
        wait_for(lambda: "No time" not in self.codes(), what="the merged code gone", state=lambda: names(editor))
        self.assertEqual([c["codeName"] for c in codings(self.service, self.doc)], ["Lack of time"])

        # A code without codings is deleted.
        def spare_chosen():
            """Chooses Spare in the editor's tree; the tree is rebuilt after the merge, its old items disposed."""
            try:
                tree_in_editor = children(editor)[0]
                lack = item_named(item_named(item_named(tree_in_editor, "Resources")[1], "Lack of access to resources")[1],
                                  "Lack of time")[1]
                lack.selectAccessibleChild(item_named(lack, "Spare")[0])
                return True
            except (DisposedException, AssertionError):
                return False
        wait_for(spare_chosen, what="Spare chosen in the editor's tree")
        wait_for(lambda: name.getText() == "Spare", what="the spare code in the editor")
        press(editor, self.DELETE)
        wait_for(lambda: "Spare" not in self.codes(), what="the deleted code", state=lambda: names(editor))
        self.assertNotIn(spare, [c["id"] for c in self.codes().values()])
        press(editor, self.CLOSE)

    def test_the_codebook_history_records_who_changed_what_and_when(self):
        self.assertEqual(json.loads(self.service.getCodebookHistoryJson(self.doc)), [], "the sample has no history yet")
        made = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "Time, above all."), "No time"))
        lack = self.codes()["Lack of time"]["id"]

        # Renamed in the codebook editor, through its controls.
        editor = self.edit_code("No time")
        name = children(editor)[2]
        name.setText("Out of time")
        press(editor, self.SAVE_CODE)
        wait_for(lambda: "Out of time" in self.codes(), what="the renamed code", state=lambda: names(editor))

        self.service.updateCode(self.doc, json.dumps({"id": made["codeId"], "inclusion": "Says time runs out."}))
        self.service.addCode(self.doc, json.dumps({"name": "Spare", "parentId": lack}))
        self.service.mergeCodes(self.doc, made["codeId"], lack)
        history = json.loads(self.service.getCodebookHistoryJson(self.doc))
        self.assertEqual([(h["action"], h["details"]) for h in history],
                         [("added", "No time"), ("renamed", "No time → Out of time"),
                          ("criteria changed", "Out of time: inclusion"),
                          ("added", "Resources / Lack of access to resources / Lack of time / Spare"),
                          ("merged", "Out of time → Resources / Lack of access to resources / Lack of time")])
        self.assertEqual({h["coder"] for h in history}, {"Anna Åberg"}, "LibreOffice's user name")
        self.assertEqual({h["codeId"] for h in history[:3]}, {made["codeId"]})
        for entry in history:
            self.assertRegex(entry["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
            self.assertEqual(sorted(entry), ["action", "codeId", "coder", "details", "time"])
        self.doc.UndoManager.undo()
        self.assertEqual(len(json.loads(self.service.getCodebookHistoryJson(self.doc))), 4, "undone with its change")
        self.doc.UndoManager.redo()

        # The editor's History… lists them, in the language of the user interface.
        threading.Thread(target=press, args=(editor, self.HISTORY), daemon=True).start()
        dialog = wait_for(lambda: self.top_window(self.HISTORY_TITLE), what="the history")
        listed = wait_for(lambda: next((n for n in accessible_nodes_of(dialog) if n.getAccessibleRole() == LIST
                                        and n.getAccessibleChildCount() == 5), None), what="the history's five lines",
                          state=lambda: names(dialog))
        lines = names(listed)
        self.assertTrue(lines[1].endswith(" · Anna Åberg · %s · No time → Out of time" % self.RENAMED), lines)
        self.assertRegex(lines[1], r"^\d{4}-\d\d-\d\d \d\d:\d\d UTC")
        picture = artifact_path("codebook-history-%s.png" % ("sv" if self.settings else "en"))
        if picture:
            self.office.settle(2)
            subprocess.run(["import", "-window", "root", picture], check=False)
        press(dialog, self.CLOSE)
        wait_for(lambda: self.top_window(self.HISTORY_TITLE) is None, what="the history closed")
        press(editor, self.CLOSE)

        # powertri gives the same history from the saved file, as CSV.
        folder = tempfile.mkdtemp(prefix="pt-history-")
        store(self.doc, os.path.join(folder, "coded.odt"))
        run = subprocess.run([POWERTRI, "history", "--format", "csv", "--no-progress", os.path.join(folder, "coded.odt")],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        rows = run.stdout.splitlines()
        self.assertEqual(rows[0], "time,coder,action,details,code id")
        self.assertEqual([r.split(",")[2] for r in rows[1:]], [h["action"] for h in history])

    def test_a_code_dragged_onto_another_in_the_editor_moves_under_it(self):
        made = json.loads(self.service.codeWithNewCode(self.doc, find(self.doc, "Time, above all."), "No time"))
        lack = self.codes()["Lack of time"]["id"]
        editor = self.edit_code("No time")
        self.office.settle(2)
        in_editor = children(editor)[0]
        source = item_named(in_editor, "No time")[1]
        target = item_named(item_named(item_named(in_editor, "Resources")[1], "Lack of access to resources")[1], "Lack of time")[1]
        self.doc.setModified(False)

        # A real drag with the mouse: pressed on the code, moved in steps, released on its new parent.
        def centre(item):
            at, size = item.getLocationOnScreen(), item.getSize()
            return at.X + min(size.Width // 2, 40), at.Y + size.Height // 2
        (x0, y0), (x1, y1) = centre(source), centre(target)
        steps = [("mousemove", x0, y0), ("mousedown",), *[("mousemove", x0 + (x1 - x0) * i // 8, y0 + (y1 - y0) * i // 8)
                                                          for i in range(1, 9)], ("mouseup",)]
        for step in steps:
            command = ["xdotool", step[0]] + ([str(step[1]), str(step[2])] if step[0] == "mousemove" else ["1"])
            subprocess.run(command, check=True)
            time.sleep(0.15)
        wait_for(lambda: self.codes()["No time"]["parentId"] == lack, what="the code moved under Lack of time",
                 state=lambda: (self.codes()["No time"]["parentId"], names(editor)))
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.codes()["No time"]["dimension"], "resources")
        self.assertEqual(json.loads(self.service.getCodebookHistoryJson(self.doc))[-1]["action"], "moved")
        self.doc.UndoManager.undo()
        self.assertEqual(self.codes()["No time"]["parentId"], None, "one undo step puts it back at the top")
        self.assertEqual(made["name"], "No time")
        press(editor, self.CLOSE)


def press(window, button):
    for child in children(window):
        if child.getAccessibleRole() == PUSH_BUTTON and child.getAccessibleName() == button:
            child.doAccessibleAction(0)
            return
    raise AssertionError("no button %r among %r" % (button, names(window)))


def accessible_nodes_of(context):
    """Every node under an accessible context (a dialog's controls)."""
    found = [context]
    for i in range(context.getAccessibleChildCount()):
        found.extend(accessible_nodes_of(context.getAccessibleChild(i).getAccessibleContext()))
    return found


class EnglishContentAnalysisTest(ContentAnalysisTest, unittest.TestCase):
    CODE_SELECTION = "Code selection"
    NEW_CODE = "New code"
    UNPLACED = "Unplaced"
    NEW_FROM_SELECTION = "New Code from Selection"
    MADE = "New code \u201c%s\u201d codes the passage. It is emergent: place it in the triangle by moving it in the codebook."
    DIALOG_TITLE = "Content analysis table"
    ONLY_CONDENSED = "Only codings with a condensed meaning unit"
    TABLE = "Table"
    TITLE = "Content analysis: coach-interview.fodt"
    MEANING_UNIT = "Meaning unit"
    EDITOR_TITLE = "Power Triangle codebook"
    EMERGENT = "Origin: emergent"
    SAVE_CODE = "Save code"
    FROM_SELECTION = "From selection"
    DELETE = "Delete code"
    MERGE = "Merge"
    MERGE_LABEL = "Merge into"
    CLOSE = "Close"
    HISTORY = "History\u2026"
    HISTORY_TITLE = "Codebook history"
    RENAMED = "renamed"
    ADDED = "added"


class SwedishContentAnalysisTest(ContentAnalysisTest, unittest.TestCase):
    settings = [setting("/org.openoffice.Office.Linguistic/General", "UILocale", "sv-SE")]
    CODE_SELECTION = "Koda markeringen"
    NEW_CODE = "Ny kod"
    UNPLACED = "Oplacerade"
    NEW_FROM_SELECTION = "Ny kod fr\u00e5n markeringen"
    MADE = ("Den nya koden \u201d%s\u201d kodar avsnittet. Den \u00e4r framv\u00e4xande: placera den i triangeln genom att "
            "flytta den i kodboken.")
    DIALOG_TITLE = "Tabell f\u00f6r inneh\u00e5llsanalys"
    ONLY_CONDENSED = "Bara kodningar med en kondenserad meningsb\u00e4rande enhet"
    TABLE = "Tabell"
    TITLE = "Inneh\u00e5llsanalys: coach-interview.fodt"
    MEANING_UNIT = "Meningsb\u00e4rande enhet"
    EDITOR_TITLE = "Maktriangelns kodbok"
    EMERGENT = "Ursprung: framv\u00e4xande"
    SAVE_CODE = "Spara kod"
    FROM_SELECTION = "Fr\u00e5n markering"
    DELETE = "Ta bort kod"
    MERGE = "Sl\u00e5 samman"
    MERGE_LABEL = "Sl\u00e5 ihop med"
    CLOSE = "St\u00e4ng"
    HISTORY = "Historik\u2026"
    HISTORY_TITLE = "Kodbokens historik"
    RENAMED = "omd\u00f6pt"
    ADDED = "tillagd"


if __name__ == "__main__":
    unittest.main(verbosity=2)
