"""The Power Triangle deck in a real LibreOffice window (under Xvfb), operated through its controls'
accessible actions as a screen reader or a user would: the Codebook, Codings and Auto-code panels and the
codebook editor they open."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, SAMPLES, artifact_path, prop, code_ids, codings, find, set_user, start_office, store  # noqa: E402

from deck import (AUTOCODE_PANEL, CODEBOOK_PANEL, CODINGS_PANEL, Panel, accessible_nodes, children,  # noqa: E402
                  has_state, item_named, list_of, names, wait_for)

from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON  # noqa: E402

office = None


def setUpModule():
    global office
    office = start_office(gui=True)


def tearDownModule():
    if office is not None:
        office.stop()


class SidebarTest(unittest.TestCase):
    def setUp(self):
        self.doc = office.load(os.path.join(SAMPLES, "coach-interview.fodt"), hidden=False)
        self.service = office.coding_service()
        self.codes = code_ids(self.service, self.doc)
        office.open_deck(self.doc)
        self.codebook, self.codings_panel, self.autocode = wait_for(self._panels, what="the deck's three panels")
        self.workdir = tempfile.mkdtemp(prefix="pt-sidebar-")

    def tearDown(self):
        self.doc.close(True)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def _panels(self):
        """The three panels, each found by a button only it has."""
        found = {}
        window = self.doc.CurrentController.Frame.ContainerWindow
        for context in accessible_nodes(window):
            if context.getAccessibleRole() == PUSH_BUTTON:
                name = context.getAccessibleName()
                if name in ("Code selection", "Change code", "Code chosen hits"):
                    found[name] = context.getAccessibleParent().getAccessibleContext()
        if len(found) < 3:
            return None
        return (Panel(found["Code selection"], CODEBOOK_PANEL), Panel(found["Change code"], CODINGS_PANEL),
                Panel(found["Code chosen hits"], AUTOCODE_PANEL))

    # -- helpers ---------------------------------------------------------------------------------

    def choose_code(self, path):
        """Selects a code in the codebook tree by its path of names, through the items' accessible selection."""
        parent = self.codebook["tree"]
        for depth, name in enumerate(path):
            index, child = item_named(parent, name)
            if depth == len(path) - 1:
                parent.selectAccessibleChild(index)
            parent = child

    def tree_label(self, path):
        parent = self.codebook["tree"]
        for name in path:
            parent = item_named(parent, name)[1]
        return parent.getAccessibleName()

    def listed(self, panel, name):
        return names(list_of(panel[name]))

    def choose(self, panel, name, index):
        list_of(panel[name]).selectAccessibleChild(index)

    def code(self, text, code_name, memo=""):
        return self.service.addCoding(self.doc, find(self.doc, text), self.codes[code_name], memo)

    def selected_text(self):
        return self.doc.CurrentController.getSelection().getByIndex(0).getString()

    def by_id(self):
        return {c["id"]: c for c in codings(self.service, self.doc)}

    # -- the codebook panel ----------------------------------------------------------------------

    def test_tree_shows_the_codebook_with_counts_and_filters(self):
        self.assertEqual(names(self.codebook["tree"]), ["Resources", "Discourses", "Contexts"])
        path = ["Resources", "Lack of access to resources", "Lack of time"]
        self.assertEqual(self.tree_label(path), "Lack of time (0)")
        self.code("Time, above all.", "Lack of time")
        self.code("The team was understaffed", "Lack of time")
        # The counts follow the codings; a category counts the codings of its codes too.
        wait_for(lambda: self.tree_label(path) == "Lack of time (2)", what="the new count")
        self.assertEqual(self.tree_label(path[:2]), "Lack of access to resources (2)")

        self.codebook["filter"].setText("time")
        wait_for(lambda: names(self.codebook["tree"]) == ["Resources"], what="the filtered tree")
        self.assertEqual(self.tree_label(path), "Lack of time (2)")
        self.codebook["filter"].setText("")
        wait_for(lambda: len(names(self.codebook["tree"])) == 3, what="the whole tree again")

    def test_codes_the_selection_with_the_chosen_code_and_memo(self):
        self.doc.setModified(False)
        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.codebook["memo"].setText("the spring without staff")
        self.codebook.press("code")
        wait_for(lambda: "Coded" in self.codebook.text("status"), what="the panel's confirmation")
        self.assertEqual(self.codebook.text("status"), "Coded 1 passage(s) as “Lack of time”.")
        listed = codings(self.service, self.doc)
        self.assertEqual(len(listed), 1)
        self.assertEqual(listed[0]["codeName"], "Lack of time")
        self.assertEqual(listed[0]["text"], "Time, above all.")
        self.assertEqual(listed[0]["memo"], "the spring without staff")
        self.assertEqual(listed[0]["coder"], CODER)
        self.assertEqual(listed[0]["speaker"], "Coach 3")
        self.assertEqual(self.codebook["memo"].getText(), "", "the memo field is cleared for the next coding")
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Code as Lack of time")
        # The Codings panel lists it; the picture for the README is taken with the passage chosen there.
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 1, what="the codings list")
        self.choose(self.codings_panel, "codings", 0)
        wait_for(lambda: "Lack of time" in self.codings_panel.text("detail"), what="the coding's details")
        path = artifact_path("coding-panel.png")
        if path:
            time.sleep(1)
            subprocess.run(["import", "-window", "root", path], check=False)

        self.doc.UndoManager.undo()
        self.assertEqual(codings(self.service, self.doc), [])
        self.doc.UndoManager.redo()
        self.assertEqual(len(codings(self.service, self.doc)), 1)

    def test_a_selection_ending_inside_an_emoji_codes_the_whole_character(self):
        """A plain findFirst in LibreOffice 25.2 ends the range between an emoji's two UTF-16 units; selected
        and coded from the panel, the coding takes the whole emoji and the text keeps it."""
        self.doc.Text.insertString(self.doc.Text.getEnd(), "\nWe laughed 😀 at the end", False)
        search = self.doc.createSearchDescriptor()
        search.SearchString = "We laughed 😀"
        self.doc.CurrentController.select(self.doc.findFirst(search))
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.codebook.press("code")
        wait_for(lambda: len(codings(self.service, self.doc)) == 1, what="the coding")
        self.assertEqual(codings(self.service, self.doc)[0]["text"], "We laughed 😀")
        path = os.path.join(self.workdir, "emoji.docx")
        store(self.doc, path)
        reopened = office.load(path)
        try:
            self.assertIn("We laughed 😀 at the end", reopened.Text.getString())
            self.assertEqual(codings(self.service, reopened)[0]["text"], "We laughed 😀")
        finally:
            reopened.close(True)

    def test_several_codes_on_one_passage_and_overlapping_passages(self):
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        self.codebook.press("code")
        wait_for(lambda: len(codings(self.service, self.doc)) == 1, what="the first coding")
        self.choose_code(["Contexts"])
        self.choose_code(["Contexts", "Contextual conditions"])
        self.codebook.press("code")
        wait_for(lambda: len(codings(self.service, self.doc)) == 2, what="the second code on the passage")
        self.doc.CurrentController.select(find(self.doc, "above all. We never got the time"))
        self.codebook.press("code")
        wait_for(lambda: len(codings(self.service, self.doc)) == 3, what="the overlapping passage")
        self.assertEqual(sorted(c["text"] for c in codings(self.service, self.doc)),
                         ["Time, above all.", "Time, above all.", "above all. We never got the time"])

    def test_explains_what_is_missing_instead_of_coding(self):
        self.doc.CurrentController.select(find(self.doc, "Time, above all.").Start)  # a bare cursor
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.codebook.press("code")
        wait_for(lambda: "Select the passage" in self.codebook.text("status"), what="the no-selection message")

        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        self.choose_code(["Discourses"])
        self.codebook.press("code")
        wait_for(lambda: "groups other codes" in self.codebook.text("status"), what="the grouping-code message")
        self.assertEqual(codings(self.service, self.doc), [])

    # -- colours in the text ---------------------------------------------------------------------

    def test_colours_in_text_switch_on_and_off_leaving_formatting_untouched(self):
        passage = find(self.doc, "Time, above all.")
        own = find(self.doc, "understaffed")  # the user's own background, partly inside a coded passage
        own.CharBackColor = 0xFFFF00
        self.doc.setModified(False)
        self.doc.UndoManager.clear()
        before = self._backgrounds()
        self.code("Time, above all.", "Lack of time")
        self.code("The team was understaffed", "Understaffing")
        self.doc.setModified(False)
        self.assertTrue(has_state(self.codebook["colours"], "CHECKED"), "shown by default")
        wait_for(lambda: passage.CharBackColor not in (-1, 0xFFFFFF), what="the passage in colour")
        tint = passage.CharBackColor
        self.assertNotEqual(find(self.doc, "understaffed").CharBackColor, 0xFFFF00, "coded text shows the code")
        self.assertNotEqual(find(self.doc, "The team was").CharBackColor, tint, "each code its own colour")
        self.assertFalse(self.doc.isModified(), "colours are not a change of the document")
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Code as Understaffing")

        # Saved while shown: the files carry no colour.
        for name in ("shown.odt", "shown.docx"):
            path = os.path.join(self.workdir, name)
            store(self.doc, path)
            copy = office.load(path)
            try:
                self.assertEqual(find(copy, "Time, above all.").CharBackColor, before["passage"], name)
                self.assertEqual(find(copy, "understaffed").CharBackColor, 0xFFFF00, name)
            finally:
                copy.close(True)
        wait_for(lambda: passage.CharBackColor == tint, what="colours back after the save",
                 state=lambda: passage.CharBackColor)

        self.codebook.press("colours")
        wait_for(lambda: passage.CharBackColor == before["passage"], what="the colours switched off")
        self.assertEqual(self._backgrounds(), before, "the text is exactly as it was")
        self.assertFalse(self.doc.isModified())
        self.assertFalse(self.service.isHighlighting(self.doc))
        self.codebook.press("colours")
        wait_for(lambda: passage.CharBackColor == tint, what="the colours switched on again")

    def _backgrounds(self):
        return {"passage": find(self.doc, "Time, above all.").CharBackColor,
                "own": find(self.doc, "understaffed").CharBackColor,
                "paragraph": find(self.doc, "The team was").CharBackColor}

    # -- keyboard and context menu ---------------------------------------------------------------

    def press_keys(self, keys):
        """Real key presses into the document window (XTEST under Xvfb)."""
        self.doc.CurrentController.Frame.ComponentWindow.setFocus()
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)

    def code_from_panel(self, text, path):
        count = len(codings(self.service, self.doc))
        self.doc.CurrentController.select(find(self.doc, text))
        self.choose_code(path)
        self.codebook.press("code")
        wait_for(lambda: len(codings(self.service, self.doc)) == count + 1, what="coding " + text)

    def test_shortcuts_code_with_the_recently_used_codes(self):
        self.code_from_panel("Time, above all.", ["Resources", "Lack of access to resources", "Lack of time"])
        self.code_from_panel("The team was understaffed", ["Resources", "Lack of access to resources", "Understaffing"])
        # The latest code is Ctrl+Alt+Shift+1, the one before Ctrl+Alt+Shift+2.
        self.doc.CurrentController.select(find(self.doc, "Two of the nurses left in April"))
        self.doc.setModified(False)
        self.press_keys("ctrl+alt+shift+2")
        wait_for(lambda: len(codings(self.service, self.doc)) == 3, what="the coding by shortcut")
        made = [c for c in codings(self.service, self.doc) if c["text"] == "Two of the nurses left in April"]
        self.assertEqual([c["codeName"] for c in made], ["Lack of time"])
        self.assertTrue(self.doc.isModified())
        wait_for(lambda: self.codebook.text("status") == "Coded 1 passage(s) as “Lack of time”.", what="the panel's report")
        self.doc.UndoManager.undo()
        self.assertEqual(len(codings(self.service, self.doc)), 2)

        # Without a selection a shortcut explains instead of coding.
        self.doc.CurrentController.select(find(self.doc, "Two of the nurses").Start)
        self.press_keys("ctrl+alt+shift+1")
        wait_for(lambda: "Select the passage" in self.codebook.text("status"), what="the no-selection message")
        self.assertEqual(len(codings(self.service, self.doc)), 2)

    def test_context_menu_codes_the_selection_as_a_chosen_code(self):
        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        self.press_keys("shift+F10")
        menu = wait_for(self._context_menu, what="the context menu")
        code_as = item_named(menu, "Code as")[1]
        self.assertEqual(names(code_as)[-3:], ["Resources", "Discourses", "Contexts"])
        lack = item_named(item_named(code_as, "Resources")[1], "Lack of access to resources")[1]
        self.assertEqual(names(lack)[0], "Lack of access to resources", "a category is codable itself")
        self.doc.setModified(False)
        item_named(lack, "Lack of time")[1].doAccessibleAction(0)
        wait_for(lambda: len(codings(self.service, self.doc)) == 1, what="the coding from the menu")
        self.assertEqual(codings(self.service, self.doc)[0]["codeName"], "Lack of time")
        self.assertEqual(codings(self.service, self.doc)[0]["text"], "Time, above all.")
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Code as Lack of time")

        # Now it is among the recently used codes, at the top of the submenu.
        self.doc.CurrentController.select(find(self.doc, "We never got the time"))
        self.press_keys("shift+F10")
        menu = wait_for(self._context_menu, what="the context menu again")
        self.assertEqual(names(item_named(menu, "Code as")[1])[0], "Lack of time")
        self.press_keys("Escape")

    def _context_menu(self):
        toolkit = office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            context = toolkit.getTopWindow(i).getAccessibleContext()
            if context is not None and context.getAccessibleChildCount() > 0 and "Code as" in names(context):
                return context
        return None

    # -- the codings panel -----------------------------------------------------------------------

    def test_cursor_in_coded_text_shows_its_codings(self):
        self.code("Time, above all.", "Lack of time")
        self.code("above all", "Understaffing")
        self.doc.CurrentController.select(find(self.doc, "above").Start)
        wait_for(lambda: self.codings_panel.text("atCursor").startswith("At the cursor:"), what="the codings at the cursor")
        self.assertEqual(self.codings_panel.text("atCursor"),
                         "At the cursor: Lack of time (%s), Understaffing (%s)" % (CODER, CODER))
        self.doc.CurrentController.select(find(self.doc, "Thank you").Start)
        wait_for(lambda: self.codings_panel.text("atCursor") == "No coding at the cursor.", what="nothing at the cursor")

    def test_codings_list_jumps_and_edits_each_in_one_undo_step(self):
        first = self.code("Time, above all.", "Lack of time", "first memo")
        self.code("Åsa knew the routines", "The user's resources")
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 2, what="the codings list")
        self.assertTrue(self.listed(self.codings_panel, "codings")[1].startswith("Time, above all."))

        self.choose(self.codings_panel, "codings", 1)
        wait_for(lambda: self.selected_text() == "Time, above all.", what="the jump to the passage")
        self.assertEqual(self.codings_panel["memo"].getText(), "first memo")
        self.assertIn("Coach 3", self.codings_panel.text("detail"))
        self.assertIn(CODER, self.codings_panel.text("detail"))

        undo = self.doc.UndoManager
        self.doc.setModified(False)
        self.codings_panel["memo"].setText("second thoughts")
        self.codings_panel.press("save")
        wait_for(lambda: self.by_id()[first]["memo"] == "second thoughts", what="the memo saved")
        self.assertTrue(self.doc.isModified())
        undo.undo()
        self.assertEqual(self.by_id()[first]["memo"], "first memo")
        undo.redo()
        self.assertEqual(self.by_id()[first]["memo"], "second thoughts")

        # Issue 21: the passage's condensed meaning unit, beside its memo; one undo step of its own.
        self.doc.setModified(False)
        self.codings_panel["condensed"].setText("No time left for meetings 😀")
        self.codings_panel.press("save")
        wait_for(lambda: self.by_id()[first]["condensed"] == "No time left for meetings 😀", what="the condensation saved")
        self.assertEqual(self.codings_panel.text("status"), "Condensed meaning unit saved.")
        self.assertEqual(self.by_id()[first]["memo"], "second thoughts", "the memo as it was")
        self.assertTrue(self.doc.isModified())
        self.assertEqual(undo.getCurrentUndoActionTitle(), "Edit condensed meaning unit")
        undo.undo()
        self.assertEqual(self.by_id()[first]["condensed"], "")
        undo.redo()
        self.codings_panel.press("save")
        wait_for(lambda: self.codings_panel.text("status").startswith("Nothing to save"), what="nothing to save")
        # A condensation far too long is refused; the field keeps it, nothing changes.
        self.codings_panel["condensed"].setText("x" * 100000)
        self.codings_panel.press("save")
        wait_for(lambda: "at most 2000 characters" in self.codings_panel.text("status"), what="the long condensation refused",
                 state=lambda: self.codings_panel.text("status"))
        self.assertEqual(len(self.codings_panel["condensed"].getText()), 100000)
        self.assertEqual(self.by_id()[first]["condensed"], "No time left for meetings 😀")
        self.choose(self.codings_panel, "codings", 1)
        wait_for(lambda: self.codings_panel["condensed"].getText() == "No time left for meetings 😀", what="the condensation shown")

        self.doc.setModified(False)
        self.choose_code(["Resources", "Lack of access to resources", "Understaffing"])
        self.codings_panel.press("changeCode")
        wait_for(lambda: self.by_id()[first]["codeName"] == "Understaffing", what="the code changed")
        self.assertTrue(self.doc.isModified())
        # The changed coding's line shows its new code, in its place, and stays chosen.
        wait_for(lambda: self.listed(self.codings_panel, "codings")[1].endswith("Understaffing"),
                 what="the line of the changed coding", state=lambda: self.listed(self.codings_panel, "codings"))
        self.assertTrue(self.listed(self.codings_panel, "codings")[0].startswith("Åsa knew the routines"))
        self.assertTrue(list_of(self.codings_panel["codings"]).isAccessibleChildSelected(1))
        undo.undo()
        self.assertEqual(self.by_id()[first]["codeName"], "Lack of time")
        undo.redo()

        self.doc.setModified(False)
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 2, what="the list after redo")
        self.choose(self.codings_panel, "codings", 1)
        self.codings_panel.press("remove")
        wait_for(lambda: first not in self.by_id(), what="the coding removed")
        self.assertTrue(self.doc.isModified())
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 1, what="the shorter list")
        undo.undo()
        self.assertEqual(self.by_id()[first]["codeName"], "Understaffing")
        self.assertEqual(self.by_id()[first]["text"], "Time, above all.")

    def test_the_coder_of_new_codings_is_changed_in_the_sidebar(self):
        field = self.codebook["coder"]
        self.assertEqual(field.getText(), CODER, "LibreOffice's user name to begin with")
        try:
            field.setText("Second coder")
            self.code("Time, above all.", "Lack of time")
            self.assertEqual([c["coder"] for c in codings(self.service, self.doc)], ["Second coder"])
        finally:
            field.setText("")  # LibreOffice's user name again, also for the tests after this one
        self.code("Thank you for taking the time.", "Lack of time")
        self.assertEqual(sorted(c["coder"] for c in codings(self.service, self.doc)), [CODER, "Second coder"])

    def test_codings_list_filters_by_coder(self):
        self.code("Time, above all.", "Lack of time")
        set_user(office, "Bo", "Berg")
        self.addCleanup(set_user, office, "Anna", "Åberg")
        self.code("Thank you for taking the time.", "Lack of time")
        wait_for(lambda: self.listed(self.codings_panel, "coder") == ["All coders", "Anna Åberg", "Bo Berg"],
                 what="the coders", state=lambda: self.listed(self.codings_panel, "coder"))
        self.choose(self.codings_panel, "coder", 2)
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 1, what="Bo's codings",
                 state=lambda: self.listed(self.codings_panel, "codings"))
        self.assertTrue(self.listed(self.codings_panel, "codings")[0].startswith("Thank you"))
        self.choose(self.codings_panel, "coder", 0)
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 2, what="every coder again")

    def test_a_long_list_of_codings_is_shown_a_page_at_a_time(self):
        """200 lines at a time: a list box keeps every line's laid-out text, 15 MB for 5,000 codings."""
        search = json.dumps({"regularExpression": True})
        hits = json.loads(self.service.findJson(self.doc, "\\w+", search))
        self.assertGreater(len(hits), 220)
        self.service.codeHits(self.doc, "\\w+", search, list(range(220)), self.codes["Lack of time"], "")
        wait_for(lambda: self.codings_panel.text("page") == "Codings 1–200 of 220", what="the first page",
                 state=lambda: self.codings_panel.text("page"))
        self.assertEqual(len(self.listed(self.codings_panel, "codings")), 200)
        self.assertFalse(has_state(self.codings_panel["previousPage"], "ENABLED"))
        self.assertEqual(self.listed(self.codings_panel, "codings")[0].split()[0], hits[0]["text"])
        self.codings_panel.press("nextPage")
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 20, what="the second page")
        self.assertEqual(self.codings_panel.text("page"), "Codings 201–220 of 220")
        self.assertEqual(self.listed(self.codings_panel, "codings")[0].split()[0], hits[200]["text"])
        self.assertFalse(has_state(self.codings_panel["nextPage"], "ENABLED"))
        # A coding removed on the first page moves one line of the second page up to it.
        first = codings(self.service, self.doc)[0]["id"]
        self.service.removeCoding(self.doc, first)
        wait_for(lambda: self.codings_panel.text("page") == "Codings 201–219 of 219", what="the page after a removal",
                 state=lambda: self.codings_panel.text("page"))
        self.assertEqual(self.listed(self.codings_panel, "codings")[0].split()[0], hits[201]["text"])
        self.codings_panel.press("previousPage")
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 200, what="the first page again")
        self.assertEqual(self.listed(self.codings_panel, "codings")[0].split()[0], hits[1]["text"])

    def test_codings_list_filters_by_code_and_by_speaker(self):
        self.code("Time, above all.", "Lack of time")
        self.code("Thank you for taking the time.", "Lack of time")
        self.code("Åsa knew the routines", "The user's resources")
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 3, what="the codings list")

        self.assertEqual(self.listed(self.codings_panel, "speaker"), ["All speakers", "Coach 3", "Interviewer"])
        self.choose(self.codings_panel, "speaker", 2)
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 1, what="the Interviewer's codings")
        self.assertTrue(self.listed(self.codings_panel, "codings")[0].startswith("Thank you"))
        self.choose(self.codings_panel, "speaker", 0)
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 3, what="every speaker again")

        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.choose(self.codings_panel, "show", 1)
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 2, what="the chosen code's codings")
        self.choose_code(["Resources", "Access to resources", "The user's resources"])
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 1, what="the list following the tree")

    def test_orphaned_codings_are_listed_apart_re_anchored_or_deleted(self):
        lost = self.code("Time, above all.", "Lack of time")
        gone = self.code("Thank you for taking the time.", "Lack of time")
        self.assertEqual(self.codings_panel.text("orphansLabel"), "No orphaned codings.")
        for passage in ("Time, above all.", "Thank you for taking the time."):  # the user deletes them
            self.doc.CurrentController.select(find(self.doc, passage))
            self.doc.CurrentController.ViewCursor.setString("")
        wait_for(lambda: len(self.listed(self.codings_panel, "orphans")) == 2, what="the orphans")
        self.assertEqual(self.listed(self.codings_panel, "codings"), [])
        self.assertTrue(self.codings_panel.text("orphansLabel").startswith("Orphaned codings (2)"))
        # Undoing a deletion brings its coding back into the list; redoing orphans it again.
        self.doc.UndoManager.undo()
        wait_for(lambda: len(self.listed(self.codings_panel, "codings")) == 1, what="the coding back",
                 state=lambda: self.listed(self.codings_panel, "codings"))
        self.assertEqual(len(self.listed(self.codings_panel, "orphans")), 1)
        self.doc.UndoManager.redo()
        wait_for(lambda: len(self.listed(self.codings_panel, "orphans")) == 2, what="the orphans again")
        self.assertEqual(self.listed(self.codings_panel, "codings"), [])

        self.doc.CurrentController.select(find(self.doc, "We never got the time"))
        index = [i for i, item in enumerate(self.listed(self.codings_panel, "orphans")) if item.startswith("Time")][0]
        self.choose(self.codings_panel, "orphans", index)
        self.doc.setModified(False)
        self.codings_panel.press("reanchor")
        wait_for(lambda: self.by_id()[lost]["text"] == "We never got the time", what="the re-anchored coding")
        self.assertFalse(self.by_id()[lost]["orphaned"])
        self.assertTrue(self.doc.isModified())
        wait_for(lambda: len(self.listed(self.codings_panel, "orphans")) == 1, what="one orphan left")

        self.choose(self.codings_panel, "orphans", 0)
        self.codings_panel.press("deleteOrphan")
        wait_for(lambda: gone not in self.by_id(), what="the orphan deleted")
        wait_for(lambda: self.codings_panel.text("orphansLabel") == "No orphaned codings.", what="no orphans")

    # -- errors inside the handlers (issue 8) ----------------------------------------------------

    def test_every_change_from_the_panels_fails_inside_its_handler_with_the_reason_and_changes_nothing(self):
        """Forced errors through the panels' event handlers: a payload written by a newer release is read only,
        so every change a panel asks for throws inside its handler. Each one must say why in its panel, leave
        the document as it was and LibreOffice running. Between two refusals a harmless press puts another
        message there, so that each refusal is seen afresh."""
        kept = self.code("Time, above all.", "Lack of time", "memo")
        self.code("Thank you for taking the time.", "Lack of time")
        self.doc.CurrentController.select(find(self.doc, "Thank you for taking the time."))
        self.doc.CurrentController.ViewCursor.setString("")
        wait_for(lambda: len(self.listed(self.codings_panel, "orphans")) == 1, what="the orphan")
        self.doc.DocumentProperties.UserDefinedProperties.setPropertyValue(
            "PowerTriangle.header.0", '{"format":"power-triangle","version":99}')
        before, text = self.by_id(), self.doc.Text.getString()
        self.doc.setModified(False)
        refused = "newer version of Power Triangle"
        bare_cursor = lambda: self.doc.CurrentController.select(find(self.doc, "We never got the time").Start)

        def refuses(panel, press, reset, reset_message):
            # The harmless press again until its message shows: in 25.2 a selection made just before a press
            # is now and then not yet the view's when the handler reads it.
            def reset_shown():
                reset()
                return reset_message in panel.text("status")
            wait_for(reset_shown, what="the harmless message before " + press, state=lambda: panel.text("status"))
            panel.press(press)
            wait_for(lambda: refused in panel.text("status"), what="the refusal of " + press,
                     state=lambda: panel.text("status"))
            self.assertEqual(self.by_id(), before, press)

        self.choose_code(["Resources", "Lack of access to resources", "Understaffing"])
        def code_with_a_bare_cursor():
            bare_cursor()
            self.codebook.press("code")
        def select_a_passage():
            code_with_a_bare_cursor()
            self.doc.CurrentController.select(find(self.doc, "We never got the time"))
        refuses(self.codebook, "code", select_a_passage, "Select the passage")

        self.choose(self.codings_panel, "orphans", 0)
        def reanchor_with_a_bare_cursor():
            bare_cursor()
            self.codings_panel.press("reanchor")
        def choose_the_coding():
            reanchor_with_a_bare_cursor()
            self.choose(self.codings_panel, "codings", 0)
            self.codings_panel["memo"].setText("changed")
        for press in ("save", "changeCode", "remove"):
            refuses(self.codings_panel, press, choose_the_coding, "Select the passage")
        def select_a_passage_for_the_orphan():
            reanchor_with_a_bare_cursor()
            self.choose(self.codings_panel, "orphans", 0)
            self.doc.CurrentController.select(find(self.doc, "We never got the time"))
        refuses(self.codings_panel, "reanchor", select_a_passage_for_the_orphan, "Select the passage")
        refuses(self.codings_panel, "deleteOrphan", reanchor_with_a_bare_cursor, "Select the passage")

        def find_hits():
            self.autocode["search"].setText("time")
            self.autocode.press("find")
            wait_for(lambda: "hit(s)" in self.autocode.text("status"), what="the hits")
            self.autocode.press("chooseAll")
        refuses(self.autocode, "codeHits", find_hits, "hit(s)")

        self.codebook.press("edit")
        editor = wait_for(self._editor, what="the codebook editor")
        self.addCleanup(lambda: self._editor() and self._press(self._editor(), "Close"))
        children(editor)[2].setText("Understaffing, renamed")
        self._press(editor, "Save code")
        wait_for(lambda: any(refused in n for n in names(editor)), what="the editor's refusal", state=lambda: names(editor))
        self._press(editor, "Close")

        self.assertEqual(self.by_id(), before)
        self.assertEqual(self.by_id()[kept]["memo"], "memo")
        self.assertEqual(self.doc.Text.getString(), text)
        self.assertIn("Understaffing", code_ids(self.service, self.doc))
        self.assertFalse(self.doc.isModified())

    # -- the auto-code panel ---------------------------------------------------------------------

    def test_auto_codes_the_chosen_hits_in_one_undo_step(self):
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.autocode["search"].setText("time")
        self.autocode.press("words")
        self.autocode.press("find")
        wait_for(lambda: "hit(s)" in self.autocode.text("status"), what="the hits")
        hits = self.listed(self.autocode, "hits")
        everywhere = len(hits)
        self.assertGreaterEqual(everywhere, 5)
        self.assertTrue(all("[time]" in hit or "[Time]" in hit for hit in hits), hits)

        # Only the interviewer's turns.
        self.assertEqual(self.listed(self.autocode, "speaker"), ["The whole transcript", "Interviewer", "Coach 3"])
        self.choose(self.autocode, "speaker", 1)
        self.autocode.press("find")
        wait_for(lambda: 0 < len(self.listed(self.autocode, "hits")) < everywhere, what="the interviewer's hits")
        self.assertTrue(all(hit.endswith("(Interviewer)") for hit in self.listed(self.autocode, "hits")))

        self.choose(self.autocode, "speaker", 0)
        self.autocode.press("find")
        wait_for(lambda: len(self.listed(self.autocode, "hits")) == everywhere, what="every hit again")
        hit_list = list_of(self.autocode["hits"])
        hit_list.selectAccessibleChild(0)
        hit_list.selectAccessibleChild(2)
        self.doc.setModified(False)
        self.autocode.press("codeHits")
        wait_for(lambda: len(codings(self.service, self.doc)) == 2, what="the chosen hits coded")
        self.assertEqual(self.autocode.text("status"), "Coded 2 hit(s) as “Lack of time”.")
        self.assertEqual({c["text"].lower() for c in codings(self.service, self.doc)}, {"time"})
        self.assertTrue(self.doc.isModified())
        self.doc.UndoManager.undo()
        self.assertEqual(codings(self.service, self.doc), [], "one undo step takes back every hit")

        self.autocode.press("find")
        wait_for(lambda: len(self.listed(self.autocode, "hits")) == everywhere, what="the hits again")
        self.autocode.press("chooseAll")
        self.autocode.press("codeHits")
        wait_for(lambda: len(codings(self.service, self.doc)) == everywhere, what="every hit coded")

    # -- the codebook editor ---------------------------------------------------------------------

    def test_codebook_editor_renames_and_adds_codes(self):
        self.choose_code(["Resources", "Lack of access to resources", "Lack of time"])
        self.codebook.press("edit")
        editor = wait_for(self._editor, what="the codebook editor")
        self.addCleanup(lambda: self._editor() and self._press(self._editor(), "Close"))
        name = children(editor)[2]  # after the tree and the name's label
        # The editor opens on the code chosen in the panel.
        wait_for(lambda: name.getText() == "Lack of time", what="the chosen code in the editor")
        self.doc.setModified(False)
        name.setText("Lack of time for meetings")
        self._press(editor, "Save code")
        wait_for(lambda: "Lack of time for meetings" in code_ids(self.service, self.doc), what="the renamed code",
                 state=lambda: names(editor))
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Change code Lack of time for meetings")
        renamed = ["Resources", "Lack of access to resources", "Lack of time for meetings"]
        wait_for(lambda: self.tree_label(renamed) == "Lack of time for meetings (0)", what="the panel's tree renamed")

        self._press(editor, "New code")
        wait_for(lambda: name.getText() == "", what="an empty new code", state=lambda: names(editor))
        name.setText("No room to meet")
        self._press(editor, "Save code")
        wait_for(lambda: "No room to meet" in code_ids(self.service, self.doc), what="the new code",
                 state=lambda: names(editor))
        codes = {c["name"]: c for c in json.loads(self.service.getCodebookJson(self.doc))["codes"]}
        self.assertEqual(codes["No room to meet"]["parentId"], codes["Lack of time for meetings"]["id"],
                         "a new code goes under the chosen one")
        wait_for(lambda: self.tree_label(renamed + ["No room to meet"]) == "No room to meet (0)",
                 what="the new code in the panel")
        self.doc.UndoManager.undo()
        self.assertNotIn("No room to meet", code_ids(self.service, self.doc))

    def test_codebook_editor_gives_a_code_a_shortcut_that_codes(self):
        self.choose_code(["Resources", "Lack of access to resources", "Understaffing"])
        self.codebook.press("edit")
        editor = wait_for(self._editor, what="the codebook editor")
        self.addCleanup(lambda: self._editor() and self._press(self._editor(), "Close"))
        command = next(e["command"] for e in json.loads(self.service.getShortcutsJson(self.doc))
                       if e["title"] == "Code as \u201cUnderstaffing\u201d")
        self.addCleanup(self.service.setShortcut, command, "")
        controls = children(editor)
        label = next(i for i, c in enumerate(controls) if c.getAccessibleName() == "Shortcut")
        shortcut_list, field = controls[label + 1], controls[label + 2]
        # The row offers the code on show.
        def chosen_shortcut():
            items = list_of(shortcut_list)
            return items.getSelectedAccessibleChild(0).getAccessibleName() if items.getSelectedAccessibleChildCount() else ""
        wait_for(lambda: chosen_shortcut().endswith("Code as \u201cUnderstaffing\u201d"), what="the code's shortcut chosen",
                 state=chosen_shortcut)

        field.setText("Ctrl+B")
        self._press(editor, "Assign")
        wait_for(lambda: any("Bold" in n for n in names(editor)), what="the refusal", state=lambda: names(editor))
        field.setText("Ctrl+Alt+Shift+U")
        self._press(editor, "Assign")
        wait_for(lambda: any(e["keys"] == ["Ctrl+Alt+Shift+U"] for e in json.loads(self.service.getShortcutsJson(self.doc))
                             if e["command"] == command), what="the shortcut assigned", state=lambda: names(editor))
        self._press(editor, "Close")

        self.doc.CurrentController.select(find(self.doc, "Two of the nurses left in April"))
        self.press_keys("ctrl+alt+shift+u")
        wait_for(lambda: [c["codeName"] for c in codings(self.service, self.doc)] == ["Understaffing"],
                 what="the coding by the new shortcut", state=lambda: codings(self.service, self.doc))

    @staticmethod
    def _press(window, button):
        for child in children(window):
            if child.getAccessibleRole() == PUSH_BUTTON and child.getAccessibleName() == button:
                child.doAccessibleAction(0)
                return True
        raise AssertionError("no button %r" % button)

    def _editor(self):
        toolkit = office.create("com.sun.star.awt.Toolkit")
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)  # None when it closed since the count
            context = window.getAccessibleContext() if window is not None else None
            if context is not None and context.getAccessibleName() == "Power Triangle codebook":
                return context
        return None


if __name__ == "__main__":
    unittest.main(verbosity=2)
