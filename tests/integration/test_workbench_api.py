"""The coding workbench's operations through the API, in a real headless LibreOffice."""
import json
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, OfficeTest, code_ids, codings, find, shared_office, span, store, wait_for  # noqa: E402

from com.sun.star.lang import IllegalArgumentException  # noqa: E402

SCHEMAS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "refi-qda")
setUpModule, tearDownModule = shared_office()


class WorkbenchApiTest(OfficeTest):
    def setUp(self):
        super().setUp()
        self.doc = self.open()
        self.codes = code_ids(self.service, self.doc)

    def code(self, text, code_name, memo=""):
        return self.service.addCoding(self.doc, find(self.doc, text), self.codes[code_name], memo)

    def by_id(self, document=None):
        return {c["id"]: c for c in codings(self.service, document or self.doc)}

    # -- speakers ----------------------------------------------------------------------------------

    def test_speakers_are_recognised_and_recorded(self):
        speakers = json.loads(self.service.getSpeakersJson(self.doc))
        self.assertEqual([s["name"] for s in speakers], ["Interviewer", "Coach 3"])
        self.assertEqual((speakers[0]["turns"], speakers[1]["turns"]), (15, 15))
        coach = self.code("Time, above all.", "Lack of time")
        interviewer = self.code("And what was missing?", "Lack of time")
        self.assertEqual(self.by_id()[coach]["speaker"], "Coach 3")
        self.assertEqual(self.by_id()[interviewer]["speaker"], "Interviewer")

    def test_speaker_patterns_are_a_setting_of_the_document(self):
        settings = json.loads(self.service.getSettingsJson(self.doc))
        self.assertEqual(settings["speakerPatterns"][0][:2], "^\\")
        self.service.setSettingsJson(self.doc, json.dumps({"speakerPatterns": [r"^(Coach \d+):"]}))
        self.assertEqual([s["name"] for s in json.loads(self.service.getSpeakersJson(self.doc))], ["Coach 3"])
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setSettingsJson(self.doc, json.dumps({"speakerPatterns": ["no group"]}))
        self.assertIn("settings.speakerPatterns[0]: has no group", raised.exception.Message)
        reopened = self.open(self.saved("settings.docx"))
        self.assertEqual(json.loads(self.service.getSettingsJson(reopened))["speakerPatterns"], [r"^(Coach \d+):"])

    def saved(self, name, document=None):
        path = os.path.join(self.workdir, name)
        store(document or self.doc, path)
        return path

    # -- editing codings ---------------------------------------------------------------------------

    def test_memo_and_code_changes_are_one_undo_step_each(self):
        coding = self.code("Time, above all.", "Lack of time", "first")
        self.doc.setModified(False)
        self.service.setCodingMemo(self.doc, coding, "second")
        self.assertTrue(self.doc.isModified())
        self.service.setCodingCode(self.doc, coding, self.codes["Understaffing"])
        self.assertEqual((self.by_id()[coding]["memo"], self.by_id()[coding]["codeName"]), ("second", "Understaffing"))
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Change code to Understaffing")
        self.doc.UndoManager.undo()
        self.assertEqual((self.by_id()[coding]["memo"], self.by_id()[coding]["codeName"]), ("second", "Lack of time"))
        self.doc.UndoManager.undo()
        self.assertEqual(self.by_id()[coding]["memo"], "first")
        self.doc.UndoManager.redo()
        self.assertEqual(self.by_id()[coding]["memo"], "second")
        with self.assertRaises(IllegalArgumentException):
            self.service.setCodingCode(self.doc, coding, self.codes["Resources"])

    def test_orphan_is_reanchored_to_a_new_selection(self):
        coding = self.code("He meant well, but the way he said it put everyone back in their old places.",
                           "Among professionals")
        span(self.doc, "Coach 3: Yes, and I should have seen them earlier.", "started looking at him.").setString("")
        self.assertTrue(self.by_id()[coding]["orphaned"])
        self.service.reanchorCoding(self.doc, coding, find(self.doc, "Challenging the way things have always been done"))
        after = self.by_id()[coding]
        self.assertFalse(after["orphaned"])
        self.assertEqual(after["text"], "Challenging the way things have always been done")
        self.assertEqual(after["codedText"], after["text"])
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Re-anchor coding")
        self.doc.UndoManager.undo()
        self.assertTrue(self.by_id()[coding]["orphaned"])

    def test_codings_at_a_position(self):
        long_ = self.code("Time, above all. We never got the time to meet the family properly", "Lack of time")
        short = self.code("We never got the time", "Understaffing")
        across = self.service.addCoding(self.doc, span(self.doc, "The team was understaffed", "How did that affect"),
                                        self.codes["Lack of continuity"], "")
        inside_both = find(self.doc, "got the").Start
        self.assertEqual([c["id"] for c in json.loads(self.service.getCodingsAtJson(self.doc, inside_both))], [long_, short])
        only_long = find(self.doc, "above all").Start
        self.assertEqual([c["id"] for c in json.loads(self.service.getCodingsAtJson(self.doc, only_long))], [long_])
        middle_paragraph = find(self.doc, "Two of the nurses left in April").Start
        self.assertIn(across, [c["id"] for c in json.loads(self.service.getCodingsAtJson(self.doc, middle_paragraph))])
        nowhere = find(self.doc, "Thank you for taking the time.").Start
        self.assertEqual(json.loads(self.service.getCodingsAtJson(self.doc, nowhere)), [])

    def test_select_coding_selects_its_passage(self):
        coding = self.code("Only that it worked.", "Contextual conditions")
        self.service.selectCoding(self.doc, coding)
        self.assertEqual(self.doc.CurrentController.Selection.getByIndex(0).getString(), "Only that it worked.")

    # -- the codebook ------------------------------------------------------------------------------

    def test_add_rename_recolour_reparent_codes(self):
        added = self.service.addCode(self.doc, json.dumps({"name": "Volunteers", "parentId": self.codes["Access to resources"],
                                                           "definition": "Help from outside", "example": "Two volunteers phoned"}))
        codebook = {c["id"]: c for c in json.loads(self.service.getCodebookJson(self.doc))["codes"]}
        self.assertEqual((codebook[added]["dimension"], codebook[added]["polarity"]), ("resources", "enabler"))
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Add code Volunteers")
        self.service.updateCode(self.doc, json.dumps({"id": added, "name": "Volunteer help", "color": "#112233",
                                                      "parentId": self.codes["Contextual conditions"]}))
        codebook = {c["id"]: c for c in json.loads(self.service.getCodebookJson(self.doc))["codes"]}
        self.assertEqual((codebook[added]["name"], codebook[added]["color"], codebook[added]["dimension"]),
                         ("Volunteer help", "#112233", "contexts"))
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.updateCode(self.doc, json.dumps({"id": added, "colour": "red"}))
        self.assertIn("code.colour: is not a field of a code", raised.exception.Message)
        self.doc.UndoManager.undo()
        self.doc.UndoManager.undo()
        self.assertNotIn(added, [c["id"] for c in json.loads(self.service.getCodebookJson(self.doc))["codes"]])

    def test_qdc_export_validates_and_imports_into_another_document(self):
        self.service.addCode(self.doc, json.dumps({"name": "Volunteers & friends <local>", "parentId": self.codes["Access to resources"]}))
        qdc = self.service.exportCodebook(self.doc, "qdc")
        path = os.path.join(self.workdir, "codebook.qdc")
        with open(path, "w", encoding="utf-8") as f:
            f.write(qdc)
        checked = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "Codebook.xsd"), path],
                                 capture_output=True, text=True)
        self.assertEqual(checked.returncode, 0, checked.stderr)
        other = self.open()
        report = json.loads(self.service.importCodebook(other, qdc, "qdc"))
        self.assertEqual((report["added"], report["updated"], report["notes"]), (1, 20, []))
        self.assertEqual(json.loads(self.service.getCodebookJson(other)), json.loads(self.service.getCodebookJson(self.doc)))
        exported_json = self.service.exportCodebook(self.doc, "json")
        self.assertEqual(json.loads(exported_json)["codes"], json.loads(self.service.getCodebookJson(self.doc))["codes"])

    def test_import_explains_what_it_could_not_use(self):
        qdc = """<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another tool">
 <Codes><Code guid="{0A1B2C3D-0000-4000-8000-000000000001}" name="Trust" isCodable="true"/></Codes>
</CodeBook>"""
        report = json.loads(self.service.importCodebook(self.doc, qdc, "qdc"))
        self.assertEqual(report["added"], 1)
        self.assertEqual(report["notes"], ['/CodeBook/Codes/Code[1]: "Trust" is not under a dimension; it was put in contexts'])
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.importCodebook(self.doc, "<!DOCTYPE x [<!ENTITY a 'b'>]><CodeBook/>", "qdc")
        self.assertIn("DOCTYPE", raised.exception.Message)
        with self.assertRaises(IllegalArgumentException):
            self.service.importCodebook(self.doc, "{}", "csv")

    def test_templates_are_saved_listed_and_applied(self):
        self.service.addCode(self.doc, json.dumps({"name": "Volunteers", "parentId": self.codes["Access to resources"]}))
        name = "Home care %d" % os.getpid()
        self.service.saveCodebookTemplate(self.doc, name)
        self.assertIn(name, json.loads(self.service.getCodebookTemplatesJson()))
        fresh = self.open()
        self.service.applyCodebookTemplate(fresh, name)
        self.assertEqual(json.loads(self.service.getCodebookJson(fresh)), json.loads(self.service.getCodebookJson(self.doc)))
        with self.assertRaises(IllegalArgumentException):
            self.service.applyCodebookTemplate(fresh, "no such template")

    # -- colours in the text ----------------------------------------------------------------------

    def colours(self, texts, document=None):
        return {text: find(document or self.doc, text).CharBackColor for text in texts}

    def test_colours_show_codes_and_never_reach_the_user_or_the_files(self):
        find(self.doc, "understaffed").CharBackColor = 0xFFFF00  # the user's own background
        before = self.colours(("Time, above all.", "understaffed", "The team"))
        time_coding = self.code("Time, above all.", "Lack of time")
        self.code("The team was understaffed", "Understaffing")
        self.code("above all", "Lack of continuity")  # nested in the first
        self.doc.setModified(False)
        undo_title = self.doc.UndoManager.getCurrentUndoActionTitle()
        self.assertTrue(self.service.isHighlighting(self.doc), "shown unless switched off")
        # Colours follow on the office's main thread, shortly after the call.
        self.service.setHighlighting(self.doc, False)
        self.assertFalse(self.service.isHighlighting(self.doc))
        # 25.2 ended here in CI five times: while the main thread took the colours off (DEVELOPERS.md).
        self.office.settle()
        wait_for(lambda: self.colours(before) == before, what="colours off", state=lambda: self.colours(before))

        self.service.setHighlighting(self.doc, True)
        self.assertTrue(self.service.isHighlighting(self.doc))
        painted = ("Time, ", "above all", "The team", "understaffed")
        wait_for(lambda: -1 not in self.colours(painted).values() and self.colours(("understaffed",)) != before,
                 what="colours on", state=lambda: self.colours(painted))
        tints = self.colours(painted)
        self.assertEqual(len(set(tints.values())), 3, tints)  # one per code
        self.assertNotEqual(tints["Time, "], tints["above all"], "a nested passage stays distinguishable")
        self.assertEqual(tints["The team"], tints["understaffed"], "a code's colour covers the user's own")
        self.assertFalse(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), undo_title, "colours are no undo step")

        for name in ("colours.odt", "colours.docx"):
            path = os.path.join(self.workdir, name)
            store(self.doc, path)
            copy = self.open(path)
            self.assertEqual(self.colours(before, copy), before, name)
        wait_for(lambda: self.colours(painted) == tints, what="colours back after the save",
                 state=lambda: self.colours(painted))

        # Removing a coding takes its colour off and leaves the others.
        self.service.removeCoding(self.doc, time_coding)
        wait_for(lambda: find(self.doc, "Time, ").CharBackColor == before["Time, above all."], what="colour off")
        self.assertEqual(find(self.doc, "above all").CharBackColor, tints["above all"])

        self.doc.setModified(False)
        self.service.setHighlighting(self.doc, False)
        wait_for(lambda: self.colours(before) == before, what="colours off", state=lambda: self.colours(before))
        self.assertFalse(self.doc.isModified())

    def test_colours_start_off_in_a_document_of_many_codings_and_can_be_switched_on(self):
        vowels = json.dumps({"regularExpression": True})
        hits = json.loads(self.service.findJson(self.doc, "[aeiou]", vowels))
        self.assertGreater(len(hits), 1000)
        # 1,001 codings of single letters, many of them side by side.
        self.service.codeHits(self.doc, "[aeiou]", vowels, tuple(range(1001)), self.codes["Lack of time"], "")
        self.assertFalse(self.service.isHighlighting(self.doc), "painting so many would cost seconds")
        self.assertEqual(find(self.doc, "Thank you").CharBackColor, -1)

        # Switched on, they are painted in slices while the office stays free: every one of them ends up in
        # colour (this hung once: a lock of ours against LibreOffice's).
        search = self.doc.createSearchDescriptor()
        search.SearchString = "[aeiou]"
        search.SearchRegularExpression = True
        found = self.doc.findAll(search)
        letters = [found.getByIndex(i) for i in range(1001)]  # the coded ones, in document order
        self.doc.setModified(False)
        self.service.setHighlighting(self.doc, True)

        def uncoloured():
            return sum(1 for letter in letters if letter.CharBackColor == -1)
        wait_for(lambda: uncoloured() == 0, timeout=120, what="all 1,001 passages in colour", state=uncoloured)
        self.assertFalse(self.doc.isModified())

        # Switching off while painting stops it and leaves no colour behind.
        self.service.setHighlighting(self.doc, False)
        self.service.setHighlighting(self.doc, True)
        self.service.setHighlighting(self.doc, False)
        wait_for(lambda: uncoloured() == 1001, timeout=120, what="no colour left", state=uncoloured)

    # -- keyboard shortcuts --------------------------------------------------------------------------

    def test_shortcuts_are_listed_assigned_moved_and_refused_when_taken(self):
        def entries():
            return {e["title"]: e for e in json.loads(self.service.getShortcutsJson(self.doc))}
        listed = entries()
        most_recent = listed["Code with the most recently used code"]
        self.assertEqual(most_recent["keys"], ["Ctrl+Alt+Shift+1"], "the default from Accelerators.xcu")
        lack = listed["Code as \u201cLack of time\u201d"]
        self.assertEqual(lack["keys"], [])
        self.addCleanup(self.service.setShortcut, most_recent["command"], "Ctrl+Alt+Shift+1")
        self.addCleanup(self.service.setShortcut, lack["command"], "")

        self.service.setShortcut(lack["command"], " alt + ctrl+shift+t")
        self.assertEqual(entries()[lack["title"]]["keys"], ["Ctrl+Alt+Shift+T"])
        # A shortcut of another of ours moves over.
        self.service.setShortcut(lack["command"], "Ctrl+Alt+Shift+1")
        self.assertEqual(entries()[lack["title"]]["keys"], ["Ctrl+Alt+Shift+1"])
        self.assertEqual(entries()[most_recent["title"]]["keys"], [])
        # LibreOffice's own are refused, saying what they do; so are keys that would type.
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setShortcut(lack["command"], "Ctrl+B")
        self.assertIn("Bold", raised.exception.Message)
        for keys in ("Shift+T", "Ctrl+Tab", "Ctrl+"):
            with self.assertRaises(IllegalArgumentException):
                self.service.setShortcut(lack["command"], keys)
        with self.assertRaises(IllegalArgumentException):
            self.service.setShortcut(".uno:Bold", "Ctrl+Alt+Shift+T")
        self.assertEqual(entries()[lack["title"]]["keys"], ["Ctrl+Alt+Shift+1"], "nothing refused changed anything")
        self.service.setShortcut(lack["command"], "")
        self.assertEqual(entries()[lack["title"]]["keys"], [])

    # -- auto-coding -------------------------------------------------------------------------------

    def test_find_shows_hits_in_context_and_codes_the_chosen_ones(self):
        hits = json.loads(self.service.findJson(self.doc, "time", json.dumps({"wholeWords": True})))
        self.assertGreaterEqual(len(hits), 4)
        first = hits[0]
        self.assertEqual(first["text"], "time")
        self.assertTrue(first["before"].endswith("Thank you for taking the "), first)
        self.assertEqual(first["speaker"], "Interviewer")
        coach = json.loads(self.service.findJson(self.doc, "time", json.dumps({"wholeWords": True, "speaker": "Coach 3"})))
        self.assertTrue(all(hit["speaker"] == "Coach 3" for hit in coach))
        self.assertLess(len(coach), len(hits))
        regex = json.loads(self.service.findJson(self.doc, r"under\w+|lack of \w+", json.dumps({"regularExpression": True})))
        self.assertIn("understaffed", [hit["text"] for hit in regex])

        chosen = [h["index"] for h in coach][:2]
        ids = self.service.codeHits(self.doc, "time", json.dumps({"wholeWords": True, "speaker": "Coach 3"}), chosen,
                                    self.codes["Lack of time"], "auto-coded")
        self.assertEqual(len(ids), 2)
        listed = self.by_id()
        self.assertEqual([listed[i]["text"].lower() for i in ids], ["time", "time"])
        self.assertTrue(all(listed[i]["speaker"] == "Coach 3" and listed[i]["coder"] == CODER for i in ids))
        self.doc.UndoManager.undo()
        self.assertEqual(codings(self.service, self.doc), [], "all chosen hits are one undo step")

    def test_bad_searches_are_refused_clearly(self):
        for query, options, message in (("(unclosed", {"regularExpression": True}, "not a valid regular expression"),
                                        ("", {}, "query: is empty"),
                                        ("time", {"wholeWords": "yes"}, "options.wholeWords")):
            with self.subTest(query=query):
                with self.assertRaises(IllegalArgumentException) as raised:
                    self.service.findJson(self.doc, query, json.dumps(options))
                self.assertIn(message, raised.exception.Message)
        with self.assertRaises(IllegalArgumentException):
            self.service.codeHits(self.doc, "time", "{}", [999], self.codes["Lack of time"], "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
