"""The Study panel through its real controls (issue 20), in English and in Swedish: a transcript of a study
shows the study and its transcripts with their attributes and codings; a code's passages across the study are
found, and going to one opens its transcript with the passage selected."""
import json
import os
import shutil
import subprocess
import sys
import time
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import SAMPLES, artifact_path, code_ids, find, setting, start_office, store  # noqa: E402
from deck import STUDY_PANEL, Panel, accessible_nodes, list_of, names, wait_for  # noqa: E402

import uno  # noqa: E402
from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON, SCROLL_BAR  # noqa: E402

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

        list_of(panel["passages"]).selectAccessibleChild(1)
        panel.press("goTo")

        def bo_open():
            components = self.office.desktop.Components.createEnumeration()
            while components.hasMoreElements():
                component = components.nextElement()
                if hasattr(component, "getURL") and component.getURL().endswith("/bo.odt"):
                    return component
            return None
        bo = wait_for(bo_open, what="bo.odt opened", state=lambda: panel.text("status"))
        self.opened.append(bo)
        selection = bo.CurrentController.getSelection()
        self.assertEqual(selection.getByIndex(0).getString(), "That notebook was the best data we had.")


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


class SwedishStudyPanelTest(StudyPanelTest, unittest.TestCase):
    settings = [setting("/org.openoffice.Office.Linguistic/General", "UILocale", "sv-SE")]
    GO_TO = "G\u00e5 till passagen"
    ONE_CODING = "1 kodning"
    LISTED = "Coaches: 2 transkript, 2 kodningar."
    FOUND = "2 passager med \u201dLack of time\u201d i studien."


if __name__ == "__main__":
    unittest.main(verbosity=2)
