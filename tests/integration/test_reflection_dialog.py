"""Reflection-cycle tables from the menu, under Xvfb: Insert ▸ Power Triangle ▸ Reflection-Cycle Table…
opens the options dialog, which inserts the table; Next Reflection Cycle continues it."""
import json
import os
import subprocess
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, artifact_path, code_ids, find, shared_office, wait_for  # noqa: E402
from deck import CODEBOOK_PANEL, Panel, accessible_nodes, children, has_state  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import CHECK_BOX, MENU_BAR, PUSH_BUTTON, TEXT  # noqa: E402

setUpModule, tearDownModule = shared_office(gui=True)


class ReflectionDialogTest(OfficeTest):
    def setUp(self):
        super().setUp()
        self.doc = self.office.load(self.SAMPLE, hidden=False)
        self.documents.append(self.doc)
        self.doc.CurrentController.getViewCursor().gotoEnd(False)
        # A command dispatched to a window that is not up yet can be lost (seen once, on an office's first
        # document): the window is shown before anything is chosen from its menu.
        frame = self.doc.CurrentController.Frame
        wait_for(lambda: frame.ContainerWindow.isVisible() and frame.ComponentWindow.isVisible(), what="the window")

    def tables(self):
        return json.loads(self.service.getReflectionTablesJson(self.doc))

    def power_triangle_menu(self):
        """The entries of Insert ▸ Power Triangle, as a screen reader finds them in the menu bar."""
        for context in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == MENU_BAR:
                insert = next(m for m in children(context) if m.getAccessibleName() == "Insert")
                ours = [m for m in children(insert) if m.getAccessibleName() == "Power Triangle"]
                return [i.getAccessibleName() for i in children(ours[0])] if ours else []
        raise AssertionError("no menu bar")

    COMMANDS = {"Reflection-Cycle Table\u2026": "vnd.powertriangle:InsertReflectionTable",
                "Next Reflection Cycle": "vnd.powertriangle:NextReflectionCycle",
                "Reflection Cycles Overview": "vnd.powertriangle:ReflectionCyclesOverview",
                "Power-Triangle Figure": "vnd.powertriangle:InsertTriangleFigure",
                "Chart of Codings": "vnd.powertriangle:InsertFrequencyChart",
                "Content Analysis Table\u2026": "vnd.powertriangle:ContentAnalysisTable",
                "Transcript from File\u2026": "vnd.powertriangle:InsertTranscript"}

    def choose(self, name):
        """What choosing Insert ▸ Power Triangle ▸ `name` does: its command, dispatched to the document's frame.
        (A menu item's accessible action does the same, but now and then not at all; the menu itself is
        checked in test_the_insert_menu_offers_the_commands.) A command that opens a modal dialog returns
        when the dialog closes: dispatched on a thread of its own."""
        frame = self.doc.CurrentController.Frame
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        threading.Thread(target=dispatcher.executeDispatch, args=(frame, self.COMMANDS[name], "", 0, ()),
                         daemon=True).start()

    def test_the_insert_menu_offers_the_commands(self):
        self.assertEqual(self.power_triangle_menu(), list(self.COMMANDS))

    def dialog(self, title="Insert reflection-cycle table"):
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)  # None when it closed since the count
            context = window.getAccessibleContext() if window is not None else None
            if context is not None and context.getAccessibleName() == title \
                    and has_state(context, "SHOWING"):
                return context  # shown: the dialog runs, its controls take what the test does
        return None

    def control(self, dialog, role, name):
        found = [c for c in children(dialog) if c.getAccessibleRole() == role and c.getAccessibleName() == name]
        if not found:
            raise AssertionError("no %s in %s" % (name, [(c.getAccessibleRole(), c.getAccessibleName()) for c in children(dialog)]))
        return found[0]

    def test_the_menu_inserts_a_table_through_the_dialog_and_continues_it(self):
        codes = code_ids(self.service, self.doc)
        self.service.addCoding(self.doc, find(self.doc, "Time, above all."), codes["Lack of time"], "")
        self.choose("Reflection-Cycle Table…")
        dialog = wait_for(self.dialog, timeout=40, what="the dialog")
        self.control(dialog, TEXT, "Improvement work").setText("Home visits")
        self.control(dialog, TEXT, "Participants").setText("Eva, Ali")
        date = self.control(dialog, TEXT, "Date").getText()
        self.assertRegex(date, r"^\d{4}-\d\d-\d\d$")
        continue_box = self.control(dialog, CHECK_BOX, "Next cycle: start from the last cycle's actions")
        self.assertFalse(has_state(continue_box, "ENABLED"), "nothing to continue yet")
        evidence = self.control(dialog, CHECK_BOX, "Start the reaction row with this document's coded passages")
        evidence.doAccessibleAction(0)
        wait_for(lambda: has_state(evidence, "CHECKED"), what="evidence ticked")
        self.control(dialog, PUSH_BUTTON, "Insert").doAccessibleAction(0)
        wait_for(lambda: len(self.tables()) == 1, what="the table", state=self.tables)
        [table] = self.tables()
        self.assertEqual(table["problems"], [])
        self.assertEqual((table["cycle"]["improvementWork"], table["cycle"]["participants"], table["cycle"]["date"]),
                         ("Home visits", "Eva, Ali", date))
        self.assertEqual(table["cycle"]["cells"]["reaction"]["resources"], "Barriers\n\u201cTime, above all.\u201d (Coach 3)")
        self.picture(table["table"])

        # Next Reflection Cycle: no dialog, the cycle after at the cursor.
        self.doc.Text.insertControlCharacter(self.doc.Text.getEnd(), 0, False)
        self.doc.CurrentController.getViewCursor().gotoRange(self.doc.Text.getEnd(), False)
        self.doc.TextTables.getByName(table["table"]).getCellByName("B6").setString("Book the room.")
        self.choose("Next Reflection Cycle")
        wait_for(lambda: len(self.tables()) == 2, what="the next cycle", state=self.tables)
        second = self.tables()[1]["cycle"]
        self.assertEqual((second["cycle"], second["improvementWork"]), (2, "Home visits"))
        self.assertEqual(second["cells"]["reaction"]["resources"], "Action in cycle 1:\nBook the room.")

    def picture(self, name):
        """The README's picture of a filled table, when the run asks for pictures (PT_ARTIFACTS)."""
        path = artifact_path("reflection-table.png")
        if not path:
            return
        table = self.doc.TextTables.getByName(name)
        for cell, text in (("C4", "The relative said she was \u201conly a relative\u201d."),
                           ("D4", "The meeting was at the unit, at 8 in the morning."),
                           ("B5", "Staff shared the visiting schedule for the first time."),
                           ("C5", "The nurses asked the relative first; she led the round."),
                           ("D5", "No room was free: we met in the kitchen."),
                           ("B6", "Book the room a week ahead."),
                           ("C6", "Ask the user and the relative before the staff."),
                           ("D6", "Meet at the family's home next time.")):
            table.getCellByName(cell).setString(text)
        self.doc.CurrentController.getViewCursor().gotoRange(table.getCellByName("A1").getStart(), False)
        self.doc.CurrentController.ViewSettings.ZoomValue = 90
        time.sleep(1)
        subprocess.run(["import", "-window", "root", path], check=False)

    def test_the_sidebar_opens_the_same_dialog(self):
        self.office.open_deck(self.doc)

        def codebook_panel():
            for context in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow):
                if context.getAccessibleRole() == PUSH_BUTTON and context.getAccessibleName() == "Code selection":
                    return Panel(context.getAccessibleParent().getAccessibleContext(), CODEBOOK_PANEL)
            return None
        panel = wait_for(codebook_panel, what="the Codebook panel")
        self.assertEqual(panel.text("reflection"), "Reflection table\u2026")
        threading.Thread(target=panel.press, args=("reflection",), daemon=True).start()
        dialog = wait_for(self.dialog, timeout=40, what="the dialog")
        self.control(dialog, TEXT, "Improvement work").setText("From the sidebar")
        self.control(dialog, PUSH_BUTTON, "Insert").doAccessibleAction(0)
        wait_for(lambda: len(self.tables()) == 1, what="the table", state=self.tables)
        self.assertEqual(self.tables()[0]["cycle"]["improvementWork"], "From the sidebar")
        wait_for(lambda: panel.text("status") == "Inserted reflection cycle 1.", what="the status line",
                 state=lambda: panel.text("status"))

    def close_dialogs(self):
        """Whatever a failed test left open would block the next one: closed, innermost first."""
        for title, button in (("Prompts of reflection tables", "Close"), ("Insert reflection-cycle table", "Cancel")):
            dialog = self.dialog(title)
            if dialog is not None:
                self.control(dialog, PUSH_BUTTON, button).doAccessibleAction(0)
                wait_for(lambda: self.dialog(title) is None, what=title + " closed")

    def test_prompts_are_edited_from_the_dialog(self):
        self.addCleanup(self.service.setReflectionPromptsJson, "")
        self.choose("Reflection-Cycle Table…")
        self.addCleanup(self.close_dialogs)
        dialog = wait_for(self.dialog, timeout=40, what="the dialog")
        prompts_button = self.control(dialog, PUSH_BUTTON, "Prompts\u2026")
        threading.Thread(target=prompts_button.doAccessibleAction, args=(0,), daemon=True).start()
        editor = wait_for(lambda: self.dialog("Prompts of reflection tables"), what="the prompts editor")
        field = self.control(editor, TEXT, "The prompt new tables get in this cell")
        wait_for(lambda: field.getText().startswith("What did each party bring"), what="the first cell's prompt",
                 state=field.getText)
        field.setText("Who had the time, and who did not?")
        self.control(editor, PUSH_BUTTON, "Keep this prompt").doAccessibleAction(0)
        wait_for(lambda: json.loads(self.service.getReflectionPromptsJson())["en"]["reaction"]["resources"]
                 == "Who had the time, and who did not?", what="the prompt kept in the profile")
        self.control(editor, PUSH_BUTTON, "Close").doAccessibleAction(0)
        wait_for(lambda: self.dialog("Prompts of reflection tables") is None, what="the editor closed")
        self.control(dialog, PUSH_BUTTON, "Insert").doAccessibleAction(0)
        wait_for(lambda: len(self.tables()) == 1, what="the table", state=self.tables)
        table = self.doc.TextTables.getByName(self.tables()[0]["table"])
        portions = table.getCellByName("B4").createEnumeration().nextElement().createEnumeration()
        self.assertEqual(portions.nextElement().TextField.PlaceHolder, "Who had the time, and who did not?")

    def test_the_dialog_leaves_out_a_dimension(self):
        self.choose("Reflection-Cycle Table\u2026")
        self.addCleanup(self.close_dialogs)
        dialog = wait_for(self.dialog, timeout=40, what="the dialog")
        discourses = self.control(dialog, CHECK_BOX, "Discourses")
        discourses.doAccessibleAction(0)
        wait_for(lambda: not has_state(discourses, "CHECKED"), what="discourses left out")
        self.control(dialog, PUSH_BUTTON, "Insert").doAccessibleAction(0)
        wait_for(lambda: len(self.tables()) == 1, what="the table", state=self.tables)
        self.assertEqual(self.tables()[0]["cycle"]["dimensions"], ["resources", "contexts"])
        self.assertEqual(self.doc.TextTables.getByName(self.tables()[0]["table"]).Columns.getCount(), 3)

    def test_the_overview_reads_the_cycles_back_side_by_side(self):
        for number, action in ((1, "Book the room."), (2, "Ask the relative first.")):
            self.doc.Text.insertControlCharacter(self.doc.Text.getEnd(), 0, False)
            name = self.service.insertReflectionTable(self.doc, self.doc.Text.getEnd(), json.dumps(
                {"improvementWork": "Home visits", "date": "2026-11-0%d" % number, "prompts": False}))
            self.doc.TextTables.getByName(name).getCellByName("B6").setString(action)
        self.doc.Text.insertControlCharacter(self.doc.Text.getEnd(), 0, False)
        damaged = self.service.insertReflectionTable(self.doc, self.doc.Text.getEnd(), "{}")
        self.doc.TextTables.getByName(damaged).Columns.removeByIndex(3, 1)
        self.choose("Reflection Cycles Overview")

        def overview():
            components = self.office.desktop.Components.createEnumeration()
            while components.hasMoreElements():
                component = components.nextElement()
                if component.supportsService("com.sun.star.text.TextDocument") \
                        and component.Text.getString().startswith("Reflection cycles: Home visits"):
                    return component
            return None
        document = wait_for(overview, what="the overview document")
        self.documents.append(document)
        self.assertEqual(document.TextTables.getCount(), 3)  # reaction, interaction, action
        action = document.TextTables.getByIndex(2)
        self.assertEqual([action.getCellByName(c).getString() for c in ("A1", "B1", "C1", "D1")],
                         ["Cycle", "Resources", "Discourses", "Contexts"])
        self.assertEqual([action.getCellByName(c).getString() for c in ("A2", "B2", "A3", "B3")],
                         ["1\n2026-11-01", "Book the room.", "2\n2026-11-02", "Ask the relative first."])
        self.assertIn("Tables that could not be read", document.Text.getString())
        self.assertIn("a column was deleted", document.Text.getString())
        self.assertFalse(document.isModified())

    def test_cancel_inserts_nothing(self):
        self.choose("Reflection-Cycle Table…")
        dialog = wait_for(self.dialog, timeout=40, what="the dialog")
        self.control(dialog, PUSH_BUTTON, "Cancel").doAccessibleAction(0)
        wait_for(lambda: self.dialog() is None, what="the dialog closed")
        self.assertEqual(self.tables(), [])
        self.assertFalse(self.doc.isModified())


if __name__ == "__main__":
    unittest.main(verbosity=2)
