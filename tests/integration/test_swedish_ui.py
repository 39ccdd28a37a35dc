"""The deck in a LibreOffice whose user interface is Swedish (libreoffice-l10n-sv): panels, messages and the
context menu follow LibreOffice's UI language, and so does the default codebook's presentation in the tree."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import SAMPLES, codings, find, setting, start_office  # noqa: E402
from deck import CODEBOOK_PANEL, CODINGS_PANEL, Panel, accessible_nodes, item_named, list_of, names, wait_for  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON  # noqa: E402

office = None


def setUpModule():
    global office
    office = start_office(gui=True, settings=[setting("/org.openoffice.Office.Linguistic/General", "UILocale", "sv-SE")])


def tearDownModule():
    if office is not None:
        office.stop()


class SwedishUiTest(unittest.TestCase):
    def setUp(self):
        self.doc = office.load(os.path.join(SAMPLES, "coach-interview.fodt"), hidden=False)
        self.service = office.coding_service()
        office.open_deck(self.doc)
        self.codebook, self.codings_panel = wait_for(self._panels, what="the Swedish panels")

    def tearDown(self):
        self.doc.close(True)

    def _panels(self):
        found = {}
        for context in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == PUSH_BUTTON and context.getAccessibleName() in ("Koda markeringen", "Byt kod"):
                found[context.getAccessibleName()] = context.getAccessibleParent().getAccessibleContext()
        if len(found) < 2:
            return None
        return Panel(found["Koda markeringen"], CODEBOOK_PANEL), Panel(found["Byt kod"], CODINGS_PANEL)

    def selected_text(self):
        return self.doc.CurrentController.getSelection().getByIndex(0).getString()

    def test_panels_and_messages_are_in_swedish(self):
        self.assertEqual(self.codebook.text("edit"), "Redigera kodbok…")
        self.assertEqual(self.codings_panel.text("orphansLabel"), "Inga föräldralösa kodningar.")
        self.doc.CurrentController.select(find(self.doc, "Time, above all.").Start)
        tree = self.codebook["tree"]
        lack = item_named(item_named(tree, "Resources")[1], "Lack of access to resources")[1]
        lack.selectAccessibleChild(item_named(lack, "Lack of time")[0])
        self.codebook.press("code")
        wait_for(lambda: self.codebook.text("status") == "Markera först avsnittet som ska kodas i texten.",
                 what="the Swedish message")
        self.doc.CurrentController.select(find(self.doc, "Time, above all."))
        self.codebook.press("code")
        wait_for(lambda: len(codings(self.service, self.doc)) == 1, what="the coding")
        self.assertEqual(self.codebook.text("status"), "Kodade 1 avsnitt som ”Lack of time”.")
        self.assertEqual(names(tree), ["Resources", "Discourses", "Contexts"], "code names are the document's own")

        # The coding's condensed meaning unit, labelled and saved in Swedish.
        self.assertEqual(self.codings_panel.text("condensedLabel"), "Kondenserad:")
        list_of(self.codings_panel["codings"]).selectAccessibleChild(0)
        wait_for(lambda: self.selected_text() == "Time, above all.", what="the coding chosen")
        self.codings_panel["condensed"].setText("Ingen tid för möten")
        self.codings_panel.press("save")
        wait_for(lambda: codings(self.service, self.doc)[0]["condensed"] == "Ingen tid för möten", what="the condensation saved")
        self.assertEqual(self.codings_panel.text("status"), "Den kondenserade meningsenheten sparad.")


if __name__ == "__main__":
    unittest.main(verbosity=2)
