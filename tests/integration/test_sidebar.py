"""The Power Triangle deck in a real LibreOffice window (under Xvfb), operated through its controls'
accessible actions as a screen reader or a user would."""
import json
import os
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, SAMPLES, artifact_path, codings, find, start_office  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import LABEL, PUSH_BUTTON, TEXT, TREE  # noqa: E402

office = None


def setUpModule():
    global office
    office = start_office(gui=True)


def tearDownModule():
    if office is not None:
        office.stop()


def wait_for(condition, timeout=20.0, what="condition"):
    deadline = time.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(0.2)


def accessible_nodes(accessible):
    """Every accessible context below `accessible`, depth first."""
    stack = [accessible]
    while stack:
        context = stack.pop().getAccessibleContext()
        if context is None:
            continue
        yield context
        count = context.getAccessibleChildCount()
        if count < 500:  # the document's own paragraphs are not where the panel is
            stack.extend(context.getAccessibleChild(i) for i in reversed(range(count)))


class SidebarTest(unittest.TestCase):
    def setUp(self):
        self.doc = office.load(os.path.join(SAMPLES, "coach-interview.fodt"), hidden=False)
        self.service = office.coding_service()
        office.open_deck(self.doc)
        self.panel = wait_for(self._panel_controls, what="the coding panel's controls")

    def tearDown(self):
        self.doc.close(True)

    def _panel_controls(self):
        found = {}
        window = self.doc.CurrentController.Frame.ContainerWindow
        for context in accessible_nodes(window):
            role, name = context.getAccessibleRole(), context.getAccessibleName()
            if role == TREE and name == "Codebook":
                found["tree"] = context
            elif role == PUSH_BUTTON and name == "Code selection":
                found["button"] = context
            elif role == TEXT and name == "Memo (optional)":
                found["memo"] = context
        if "button" in found:
            # The status line is the label right after the button in the panel.
            button = found["button"]
            panel = button.getAccessibleParent().getAccessibleContext()
            following = panel.getAccessibleChild(button.getAccessibleIndexInParent() + 1).getAccessibleContext()
            if following.getAccessibleRole() == LABEL:
                found["status"] = following
        return found if len(found) == 4 else None

    def choose_code(self, path):
        """Selects a code in the tree by its path of names, through the tree items' accessible selection."""
        parent = self.panel["tree"]
        for name in path:
            names = [parent.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                     for i in range(parent.getAccessibleChildCount())]
            self.assertIn(name, names)
            index = names.index(name)
            if name == path[-1]:
                parent.selectAccessibleChild(index)
            parent = parent.getAccessibleChild(index).getAccessibleContext()

    def press_code_selection(self):
        self.panel["button"].doAccessibleAction(0)

    def status(self):
        return self.panel["status"].getAccessibleName()

    def test_deck_shows_the_codebook(self):
        tree = self.panel["tree"]
        top = [tree.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
               for i in range(tree.getAccessibleChildCount())]
        self.assertEqual(top, ["Resources", "Discourses", "Contexts"])

    def test_codes_the_selection_with_the_chosen_code_and_memo(self):
        passage = find(self.doc, "Time, above all.")
        self.doc.CurrentController.select(passage)
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.panel["memo"].setText("the spring without staff")
        self.press_code_selection()
        # The press is handled on the office's main thread: wait until the panel says it is done.
        wait_for(lambda: "Coded" in self.status(), what="the panel's confirmation")
        self.assertIn('Coded 1 passage(s) as “Lack of time”', self.status())
        listed = codings(self.service, self.doc)
        self.assertEqual(len(listed), 1)
        self.assertEqual(listed[0]["codeName"], "Lack of time")
        self.assertEqual(listed[0]["text"], "Time, above all.")
        self.assertEqual(listed[0]["memo"], "the spring without staff")
        self.assertEqual(listed[0]["coder"], CODER)
        self.assertEqual(self.panel["memo"].getText(), "", "the memo field is cleared for the next coding")
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Code as Lack of time")
        path = artifact_path("coding-panel.png")  # the README's picture, when asked for
        if path:
            subprocess.run(["import", "-window", "root", path], check=False)

    def test_explains_what_is_missing_instead_of_coding(self):
        self.doc.CurrentController.select(find(self.doc, "Time, above all.").Start)  # a bare cursor
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.press_code_selection()
        wait_for(lambda: "Select the passage" in self.status(), what="the no-selection message")

        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        self.choose_code(["Discourses"])
        self.press_code_selection()
        wait_for(lambda: "groups other codes" in self.status(), what="the grouping-code message")
        self.assertEqual(codings(self.service, self.doc), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
