"""Tools ▸ Power Triangle ▸ Pseudonymise (issue 22) through the dialog's real controls, in English and in
Swedish: a key opened lists its terms ticked, the transcript's candidates (a recurring place, a personal
identity number) come with suggested pseudonyms; a candidate is ticked and given a pseudonym, a pseudonym
that contains a term is refused with the reason and Replace disabled, Check says what is left, and Replace
pseudonymises the coded transcript in one undo step, every coding kept."""
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
from testing import artifact_path, codings, find, prop, setting, start_office  # noqa: E402
import uno  # noqa: E402
from deck import children, has_state, names, wait_for  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import CHECK_BOX, LIST, PUSH_BUTTON, TEXT  # noqa: E402
from com.sun.star.lang import DisposedException  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402

LINES = ("Interviewer: Where did you work?",
         "Sigrid: In Lund, with Åsa Berg. Lund was far from home.",
         "Interviewer: And her number?",
         "Sigrid: It was 19450312-1234, Åsa Berg said so.")


class PseudonymiseDialogTest:
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
        self.workdir = tempfile.mkdtemp(prefix="pt-pseudonymise-")
        self.addCleanup(shutil.rmtree, self.workdir, True)
        self.document = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", False),))
        self.addCleanup(self.close)
        text = self.document.Text
        for i, line in enumerate(LINES):
            if i:
                text.insertControlCharacter(text.End, PARAGRAPH_BREAK, False)
            text.insertString(text.End, line, False)
        codes = {c["name"]: c["id"] for c in json.loads(self.service.getCodebookJson(self.document))["codes"]}
        self.service.addCoding(self.document, find(self.document, "In Lund, with Åsa Berg."), codes["Lack of time"], "Åsa is her mother")
        self.service.addCoding(self.document, find(self.document, "Åsa Berg said so"), codes["The user's resources"], "")
        self.office.settle()
        self.key = os.path.join(self.workdir, "key.csv")
        with open(self.key, "w", encoding="utf-8") as file:
            file.write("term,replacement,whole word,match case\nÅsa Berg,[Relative 1],yes,yes\n")

    def close(self):
        window = self.shown_window(self.TITLE)
        if window is not None:  # a dialog a failed test left open would keep the office waiting
            Dialog(window.getAccessibleContext()).press(self.CANCEL)
        try:
            self.document.close(True)
        except Exception:
            pass

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

    def open_dialog(self):
        """Tools ▸ Power Triangle ▸ Pseudonymise, as the menu dispatches it, with the key to start from."""
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        threading.Thread(target=dispatcher.executeDispatch, args=(self.document.CurrentController.Frame,
                         "vnd.powertriangle:Pseudonymise", "", 0, (prop("KeyURL", uno.systemPathToFileUrl(self.key)),)),
                         daemon=True).start()
        window = wait_for(lambda: self.shown_window(self.TITLE), timeout=60, what="the dialog")
        return Dialog(window.getAccessibleContext())

    def test_terms_are_chosen_checked_and_replaced_in_one_undo_step(self):
        before_text = self.document.Text.getString()
        before_codings = codings(self.service, self.document)
        dialog = self.open_dialog()
        lines = dialog.terms()
        self.assertIn("\u2611 Åsa Berg \u2192 [Relative 1]   (%s, 2\u00d7)" % self.KIND_NAME, lines,
                      "the key's term, ticked, with its pseudonym")
        lund = next(i for i, line in enumerate(lines) if line.startswith("\u2610 Lund \u2192 " + self.NAME_PSEUDONYM))
        self.assertIn("(%s, 2\u00d7)" % self.KIND_NAME, lines[lund], "a recurring place, not ticked")
        self.assertTrue(any(line.startswith("\u2610 19450312-1234 \u2192 " + self.ID_PSEUDONYM) for line in lines), lines)
        self.assertIn("\u2610 Sigrid \u2192 [Person 2]   (%s, 2\u00d7)" % self.KIND_SPEAKER, lines, "a speaker")
        self.assertTrue(dialog.enabled(self.REPLACE))

        dialog.choose(lund)
        self.assertEqual(dialog.term(), "Lund")
        dialog.tick_replace()
        dialog.set_pseudonym("[Lund 1]")
        self.assertIn('contains "Lund"', dialog.hint(), "a pseudonym with the term in it is refused")
        self.assertFalse(dialog.enabled(self.REPLACE))
        dialog.set_pseudonym("[Place 1]")
        self.assertTrue(dialog.enabled(self.REPLACE))
        self.assertEqual(dialog.terms()[lund], "\u2611 Lund \u2192 [Place 1]   (%s, 2\u00d7)" % self.KIND_NAME)

        dialog.press(self.CHECK)  # the button's action comes as an event: its answer a moment later
        self.assertRegex(wait_for(lambda: dialog.hint() or None, what="the check's answer"), self.REMAINING)
        picture = artifact_path("pseudonymise.png")
        if picture and not self.settings:  # for the README, in English
            time.sleep(1)
            subprocess.run(["import", "-window", "root", picture], check=False)
        dialog.press(self.REPLACE)
        wait_for(lambda: self.shown_window(self.TITLE) is None, what="the dialog to close")

        # The replacing runs after the dialog closes; its undo step is there when it is done.
        wait_for(lambda: self.UNDO in self.document.UndoManager.getAllUndoActionTitles()[:1], what="the replacing to end")
        text = self.document.Text.getString()
        self.assertEqual(text.split("\n")[1], "Sigrid: In [Place 1], with [Relative 1]. [Place 1] was far from home.")
        self.assertNotRegex(text, r"\bLund\b|Åsa Berg")
        self.assertIn("19450312-1234", text, "not ticked, not replaced")
        after = codings(self.service, self.document)
        self.assertEqual([c["id"] for c in after], [c["id"] for c in before_codings], "every coding kept")
        self.assertEqual(sorted(c["text"] for c in after), ["In [Place 1], with [Relative 1].", "[Relative 1] said so"])
        self.document.UndoManager.undo()
        self.assertEqual(self.document.Text.getString(), before_text)
        self.assertEqual(codings(self.service, self.document), before_codings)

    def test_cancel_changes_nothing(self):
        before = self.document.Text.getString()
        steps = self.document.UndoManager.getAllUndoActionTitles()
        dialog = self.open_dialog()
        dialog.press(self.CANCEL)
        wait_for(lambda: self.shown_window(self.TITLE) is None, what="the dialog to close")
        self.assertEqual(self.document.Text.getString(), before)
        self.assertEqual(self.document.UndoManager.getAllUndoActionTitles(), steps)


class Dialog:
    """The Pseudonymise dialog's accessible controls."""

    def __init__(self, context):
        self.context = context
        self.controls = children(context)

    def of_role(self, role):
        return [c for c in self.controls if c.getAccessibleRole() == role]

    def list(self):
        for control in self.controls:
            if control.getAccessibleRole() == LIST:
                return control
            for child in children(control):
                if child.getAccessibleRole() == LIST:
                    return child
        raise AssertionError("no list among %r" % [c.getAccessibleName() for c in self.controls])

    def terms(self):
        return names(self.list())

    def choose(self, index):
        self.list().selectAccessibleChild(index)

    def term(self):
        return self.of_role(TEXT)[0].getText()

    def set_pseudonym(self, text):
        self.of_role(TEXT)[1].setText(text)

    def tick_replace(self):
        self.of_role(CHECK_BOX)[0].doAccessibleAction(0)

    def hint(self):
        return self.controls[-3].getAccessibleName()

    def button(self, name):
        for control in self.of_role(PUSH_BUTTON):
            if control.getAccessibleName() == name:
                return control
        raise AssertionError("no button %r among %r" % (name, [c.getAccessibleName() for c in self.of_role(PUSH_BUTTON)]))

    def enabled(self, name):
        return has_state(self.button(name), "ENABLED")

    def press(self, name):
        self.button(name).doAccessibleAction(0)


class EnglishPseudonymiseDialogTest(PseudonymiseDialogTest, unittest.TestCase):
    TITLE = "Pseudonymise"
    REPLACE = "Replace"
    CANCEL = "Cancel"
    CHECK = "Check"
    KIND_NAME = "name"
    KIND_SPEAKER = "speaker"
    NAME_PSEUDONYM = "[Name "
    ID_PSEUDONYM = "[ID number]"
    REMAINING = r"^Still in the document: \d+ \(text \d+"
    UNDO = "Pseudonymise"


class SwedishPseudonymiseDialogTest(PseudonymiseDialogTest, unittest.TestCase):
    settings = [setting("/org.openoffice.Office.Linguistic/General", "UILocale", "sv-SE")]
    TITLE = "Pseudonymisera"
    REPLACE = "Ersätt"
    CANCEL = "Avbryt"
    CHECK = "Kontrollera"
    KIND_NAME = "namn"
    KIND_SPEAKER = "talare"
    NAME_PSEUDONYM = "[Namn "
    ID_PSEUDONYM = "[Personnummer]"
    REMAINING = r"^Finns kvar i dokumentet: \d+ \(text \d+"
    UNDO = "Pseudonymisera"


if __name__ == "__main__":
    unittest.main()
