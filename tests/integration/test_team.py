"""Teams (issue 6), in a real LibreOffice: two coders' copies of a transcript merged, agreement measured
and reported, and projects exchanged with other tools through REFI-QDA."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, OfficeTest, code_ids, codings, find, set_user, shared_office  # noqa: E402

import uno  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

setUpModule, tearDownModule = shared_office()

SECOND_CODER = "Bo Berg"
NOTEBOOK = "She kept a notebook of every visit, who came, how long they stayed, what was left undone."


class TwoCodersTest(OfficeTest):
    """Anna codes her copy of the sample, Bo his (a DOCX, with a line added at the top)."""

    def setUp(self):
        super().setUp()
        self.anna = self.open()
        self.codes = code_ids(self.service, self.anna)
        self.code(self.anna, "Time, above all.", "Lack of time")
        self.code(self.anna, "I'm only a relative, they are the ones who know.", "The user's resources", "Anna's memo")
        self.anna = self.reopen(self.anna, "anna.odt")

        set_user(self.office, "Bo", "Berg")
        self.addCleanup(set_user, self.office, "Anna", "Åberg")
        bo = self.open()
        bo.Text.insertString(bo.Text.Start, "Transcribed by Bo, checked twice. ", False)
        self.code(bo, "Time, above all.", "Lack of time")
        self.code(bo, "That notebook was the best data we had.", "The user's resources", "Bo's memo 📓")
        self.code(bo, NOTEBOOK, "The user's resources")
        self.bo_path = os.path.join(self.workdir, "bo.docx")
        self.bo = self.reopen(bo, "bo.docx")
        set_user(self.office, "Anna", "Åberg")

    def code(self, document, text, code, memo=""):
        return self.service.addCoding(document, find(document, text), self.codes[code], memo)

    def test_merging_the_other_coders_copy_brings_their_codings_once(self):
        # Anna's copy differs inside one of Bo's passages.
        changed = find(self.anna, "every visit")
        changed.setString("each visit")
        result = json.loads(self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path)))
        self.assertEqual((result["merged"], result["placedByEnds"], result["alreadyHere"]), (3, 1, 0), result)
        self.assertEqual(result["notMerged"], [])
        self.assertIn("3 codings merged from bo.docx", result["summary"])
        merged = codings(self.service, self.anna)
        self.assertEqual(sorted(c["coder"] for c in merged), sorted([CODER, CODER, SECOND_CODER, SECOND_CODER, SECOND_CODER]))
        bos = {c["text"]: c for c in merged if c["coder"] == SECOND_CODER}
        self.assertEqual(set(bos), {"Time, above all.", "That notebook was the best data we had.",
                                    NOTEBOOK.replace("every visit", "each visit")})
        self.assertEqual(bos["That notebook was the best data we had."]["memo"], "Bo's memo 📓")
        self.assertEqual(bos["Time, above all."]["speaker"], "Coach 3")
        bo_ids = {c["id"] for c in codings(self.service, self.bo)}
        self.assertEqual({c["id"] for c in bos.values()}, bo_ids, "a merged coding keeps its id")

        again = json.loads(self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path)))
        self.assertEqual((again["merged"], again["alreadyHere"]), (0, 3))
        self.assertEqual(len(codings(self.service, self.anna)), 5)

        # One undo step, and the document is modified.
        self.assertTrue(self.anna.isModified())
        undo = self.anna.UndoManager
        self.assertTrue(undo.getCurrentUndoActionTitle().startswith("Merge codings from bo.docx"))
        undo.undo()
        self.assertEqual(len(codings(self.service, self.anna)), 2)
        undo.redo()
        self.assertEqual(len(codings(self.service, self.anna)), 5)

    def test_a_passage_missing_from_this_copy_is_reported_not_merged(self):
        gone = find(self.anna, "That notebook was the best data we had.")
        gone.setString("")
        result = json.loads(self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path)))
        self.assertEqual(result["merged"], 2)
        self.assertEqual(len(result["notMerged"]), 1)
        self.assertIn("The user's resources by Bo Berg", result["notMerged"][0]["coding"])
        self.assertIn("no longer", result["notMerged"][0]["reason"])
        self.assertIn("Not merged:", result["summary"])

    def test_merging_from_a_missing_file_or_from_itself_is_refused(self):
        with self.assertRaises(IllegalArgumentException) as missing:
            self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(os.path.join(self.workdir, "none.odt")))
        self.assertIn("none.odt", missing.exception.Message)
        with self.assertRaises(IllegalArgumentException):
            self.service.mergeCodingsFrom(self.anna, self.anna.getURL())
        self.assertEqual(len(codings(self.service, self.anna)), 2, "nothing changed")


if __name__ == "__main__":
    unittest.main()
