"""Reflection-cycle tables through the API in a real LibreOffice: insert, fill as a coach would, save as ODT
and DOCX, read back; a damaged table is reported, not misread."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, find, shared_office  # noqa: E402

import uno  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402


STEPS = ("reaction", "interaction", "action")
DIMENSIONS = ("resources", "discourses", "contexts")


setUpModule, tearDownModule = shared_office()


class ReflectionTablesTest(OfficeTest):
    def setUp(self):
        super().setUp()
        self.doc = self.open()

    def tables(self, document):
        return json.loads(self.service.getReflectionTablesJson(document))

    def insert(self, options, document=None):
        document = document or self.doc
        return self.service.insertReflectionTable(document, document.Text.getEnd(), json.dumps(options))

    def table(self, name, document=None):
        return (document or self.doc).TextTables.getByName(name)

    def test_a_new_table_is_a_native_table_with_prompts_that_read_as_empty(self):
        self.doc.setModified(False)
        name = self.insert({"improvementWork": "Home care", "participants": "Eva, Ali", "date": "2026-11-20"})
        table = self.table(name)
        self.assertEqual([table.getCellByName(c).getString() for c in ("A1", "B1", "C1", "D1")],
                         ["Improvement work", "Home care", "Cycle", "1"])
        self.assertEqual([table.getCellByName(c).getString() for c in ("A2", "B2", "C2", "D2")],
                         ["Date", "2026-11-20", "Participants", "Eva, Ali"])
        self.assertEqual([table.getCellByName(c).getString() for c in ("B3", "C3", "D3")],
                         ["Resources", "Discourses", "Contexts"])
        self.assertEqual([table.getCellByName(c).getString() for c in ("A4", "A5", "A6")],
                         ["Reaction", "Interaction", "Action"])
        # The prompt is a placeholder field in the cell, not text of the coach's.
        portions = table.getCellByName("B4").createEnumeration().nextElement().createEnumeration()
        self.assertEqual(portions.nextElement().TextField.PlaceHolder,
                         "What did each party bring to the work this time, and what did they lack?")
        self.assertTrue(self.doc.isModified())
        [read] = self.tables(self.doc)
        self.assertEqual(read["problems"], [])
        self.assertEqual(read["cycle"]["improvementWork"], "Home care")
        self.assertEqual(read["cycle"]["cycle"], 1)
        self.assertEqual(read["cycle"]["date"], "2026-11-20")
        self.assertEqual(read["cycle"]["participants"], "Eva, Ali")
        self.assertEqual({s: set(read["cycle"]["cells"][s].values()) for s in STEPS}, {s: {""} for s in STEPS})
        # One undo step takes the whole table away.
        self.doc.UndoManager.undo()
        self.assertEqual(self.tables(self.doc), [])

    def test_filled_in_freely_it_reads_back_the_same_after_odt_and_docx(self):
        name = self.insert({"improvementWork": "Visits at home", "language": "sv"})
        table = self.table(name)
        # Typing over prompts, several paragraphs, a row added under Interaction, and cells left with prompts.
        written = {("reaction", "resources"): "Ingen tid att träffa familjen.",
                   ("interaction", "discourses"): "”Jag är bara anhörig.”\nPersonalen lyssnade ändå.",
                   ("action", "contexts"): "Träffas hemma hos familjen 🏠."}
        cells = {("reaction", "resources"): "B4", ("interaction", "discourses"): "C5", ("action", "contexts"): "D6"}
        for key, text in written.items():
            cell = table.getCellByName(cells[key])
            cell.setString("")
            cursor = cell.createTextCursor()
            for index, paragraph in enumerate(text.split("\n")):
                if index:
                    cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
                cell.insertString(cursor, paragraph, False)
        table.Rows.insertByIndex(5, 1)  # a new row 6, under Interaktion
        table.getCellByName("B6").setString("Mer om resurser.")
        expected = {s: {d: "" for d in DIMENSIONS} for s in STEPS}
        for (step, dimension), text in written.items():
            expected[step][dimension] = text
        expected["interaction"]["resources"] = "Mer om resurser."
        for generation in ("", "roundtrip.odt", "roundtrip.docx"):
            with self.subTest(saved_as=generation or "not saved"):
                document = self.reopen(self.doc, generation) if generation else self.doc
                [read] = self.tables(document)
                self.assertEqual(read["problems"], [])
                self.assertEqual(read["cycle"]["language"], "sv")
                self.assertEqual(read["cycle"]["improvementWork"], "Visits at home")
                self.assertEqual(read["cycle"]["cells"], expected)

    def test_cycles_are_numbered_on_and_found_in_document_order(self):
        first = self.insert({"improvementWork": "A"})
        self.doc.Text.insertControlCharacter(self.doc.Text.getEnd(), PARAGRAPH_BREAK, False)
        second = self.insert({"improvementWork": "A"})
        read = self.tables(self.doc)
        self.assertEqual([t["table"] for t in read], [first, second])
        self.assertEqual([t["cycle"]["cycle"] for t in read], [1, 2])
        # A third one at the top of the document: numbered after the highest, found first.
        third = self.service.insertReflectionTable(self.doc, self.doc.Text.getStart(), "{}")
        read = self.tables(self.doc)
        self.assertEqual([t["table"] for t in read], [third, first, second])
        self.assertEqual([t["cycle"]["cycle"] for t in read], [3, 1, 2])

    def test_the_next_cycle_starts_from_the_last_ones_actions(self):
        with self.assertRaises(IllegalArgumentException) as raised:
            self.insert({"continue": True})
        self.assertIn("no cycle", raised.exception.Message)
        first = self.table(self.insert({"improvementWork": "Visits", "participants": "Eva, Ali"}))
        first.getCellByName("C6").setString("Ask the relative first.")
        self.doc.Text.insertControlCharacter(self.doc.Text.getEnd(), PARAGRAPH_BREAK, False)
        second = self.table(self.insert({"continue": True, "date": "2026-12-01"}))
        self.assertEqual(second.getCellByName("D1").getString(), "2")
        self.assertEqual(second.getCellByName("C4").getString(), "Action in cycle 1:\nAsk the relative first.")
        read = self.tables(self.reopen(self.doc, "cycles.docx"))
        self.assertEqual([t["cycle"]["cycle"] for t in read], [1, 2])
        self.assertEqual(read[1]["cycle"]["improvementWork"], "Visits")
        self.assertEqual(read[1]["cycle"]["participants"], "Eva, Ali")
        self.assertEqual(read[1]["cycle"]["cells"]["reaction"]["discourses"], "Action in cycle 1:\nAsk the relative first.")
        self.assertEqual(read[1]["cycle"]["cells"]["action"]["discourses"], "")

    def test_evidence_quotes_the_coded_passages_with_links_by_polarity(self):
        codes = code_ids(self.service, self.doc)
        coded = {
            "Lack of time": self.service.addCoding(self.doc, find(self.doc, "Time, above all."), codes["Lack of time"], ""),
            "The user's resources": self.service.addCoding(
                self.doc, find(self.doc, "I'm only a relative, they are the ones who know."), codes["The user's resources"], ""),
        }
        name = self.insert({"evidence": True, "prompts": True})
        cell = self.table(name).getCellByName("B4")
        paragraphs = []
        each = cell.createEnumeration()
        while each.hasMoreElements():
            paragraph = each.nextElement()
            links = set()
            portions = paragraph.createEnumeration()
            while portions.hasMoreElements():
                links.add(portions.nextElement().HyperLinkURL)
            paragraphs.append((paragraph.getString(), links - {""}))
        anchor = {code: "#_PT" + coding_id.replace("-", "") for code, coding_id in coded.items()}
        self.assertEqual(paragraphs, [
            ("Enablers", set()),
            ("\u201cI'm only a relative, they are the ones who know.\u201d (Coach 3)", {anchor["The user's resources"]}),
            ("Barriers", set()),
            ("\u201cTime, above all.\u201d (Coach 3)", {anchor["Lack of time"]}),
        ])
        # A link leads to its passage: the bookmark it names is the coding's anchor.
        self.assertEqual(self.doc.Bookmarks.getByName(anchor["Lack of time"][1:]).Anchor.getString(), "Time, above all.")
        # Dimensions without codings keep their prompt; the evidence reads back as the coach's text.
        [read] = self.tables(self.doc)
        self.assertEqual(read["cycle"]["cells"]["reaction"]["discourses"], "")
        self.assertTrue(read["cycle"]["cells"]["reaction"]["resources"].startswith("Enablers\n"))

    def test_a_table_of_chosen_dimensions_reads_back_after_docx_and_a_column_deleted_is_reported(self):
        name = self.insert({"dimensions": ["contexts", "resources"], "improvementWork": "Two of three"})
        table = self.table(name)
        self.assertEqual(table.Columns.getCount(), 3)
        self.assertEqual([table.getCellByName(c).getString() for c in ("B5", "C5")], ["Resources", "Contexts"])
        self.assertEqual([table.getCellByName(c).getString() for c in ("A1", "B1", "A4")],
                         ["Improvement work", "Two of three", "Participants"])
        table.getCellByName("C8").setString("Meet at home.")
        for document in (self.doc, self.reopen(self.doc, "narrow.docx")):
            [read] = self.tables(document)
            self.assertEqual(read["problems"], [])
            self.assertEqual(read["cycle"]["dimensions"], ["resources", "contexts"])
            self.assertEqual(read["cycle"]["cells"]["action"], {"resources": "", "contexts": "Meet at home."})
        # A column deleted: not taken for a table of one dimension.
        self.doc.CurrentController.getViewCursor().gotoRange(table.getCellByName("B6").getStart(), False)
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        dispatcher.executeDispatch(self.doc.CurrentController.Frame, ".uno:DeleteColumns", "", 0, ())
        [read] = self.tables(self.doc)
        self.assertIsNone(read["cycle"])
        self.assertIn("not Resources, Contexts: a column was deleted", read["problems"][0])

    def test_a_table_with_a_column_deleted_is_reported_not_misread(self):
        name = self.insert({"improvementWork": "A"})
        self.table(name).getCellByName("C4").setString("This text must not end up under another dimension.")
        # As the coach would: cursor in the Discourses column, Table > Delete > Columns.
        cell = self.table(name).getCellByName("C4")
        self.doc.CurrentController.getViewCursor().gotoRange(cell.getStart(), False)
        dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
        dispatcher.executeDispatch(self.doc.CurrentController.Frame, ".uno:DeleteColumns", "", 0, ())
        self.assertEqual(self.table(name).getCellByName("C3").getString(), "Contexts")
        for document in (self.doc, self.reopen(self.doc, "damaged.docx")):
            [read] = self.tables(document)
            self.assertIsNone(read["cycle"])
            self.assertEqual(len(read["problems"]), 1)
            self.assertIn("a column was deleted or moved, so the table is not read", read["problems"][0])

    def test_prompts_can_be_edited_shared_and_reset(self):
        self.addCleanup(self.service.setReflectionPromptsJson, "")
        ours = json.loads(self.service.getReflectionPromptsJson())
        self.assertEqual(ours["format"], "power-triangle-prompts")
        self.assertEqual(ours["en"]["reaction"]["resources"],
                         "What did each party bring to the work this time, and what did they lack?")
        team = json.loads(json.dumps(ours))
        team["en"]["reaction"]["resources"] = "Who had the time, and who did not?"
        self.assertEqual(json.loads(self.service.setReflectionPromptsJson(json.dumps(team))), [])
        self.assertEqual(json.loads(self.service.getReflectionPromptsJson()), team)
        # New tables get the team's prompt, and it still reads as empty.
        table = self.table(self.insert({}))
        portions = table.getCellByName("B4").createEnumeration().nextElement().createEnumeration()
        self.assertEqual(portions.nextElement().TextField.PlaceHolder, "Who had the time, and who did not?")
        self.assertEqual(self.tables(self.doc)[0]["cycle"]["cells"]["reaction"]["resources"], "")
        # A file from elsewhere that leaves prompts out keeps ours for them, and says so.
        notes = json.loads(self.service.setReflectionPromptsJson(
            json.dumps({"format": "power-triangle-prompts", "version": 1, "sv": {"action": {"contexts": "Var?"}}})))
        self.assertEqual(len(notes), 17)
        self.assertIn("prompts.en.reaction.resources: is missing; ours is kept", notes)
        self.assertEqual(json.loads(self.service.getReflectionPromptsJson())["sv"]["action"]["contexts"], "Var?")
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setReflectionPromptsJson('{"codes": []}')
        self.assertIn("no prompts file", raised.exception.Message)
        self.assertEqual(json.loads(self.service.getReflectionPromptsJson())["sv"]["action"]["contexts"], "Var?")
        self.service.setReflectionPromptsJson("")
        self.assertEqual(json.loads(self.service.getReflectionPromptsJson()), ours)

    def test_bad_options_and_places_are_refused_clearly(self):
        with self.assertRaises(IllegalArgumentException) as raised:
            self.insert({"language": "de", "colour": "red"})
        self.assertIn("options.language", raised.exception.Message)
        self.assertIn("options.colour", raised.exception.Message)
        name = self.insert({})
        with self.assertRaises(IllegalArgumentException) as raised:
            cell = self.table(name).getCellByName("B4")
            self.service.insertReflectionTable(self.doc, cell.getStart(), "{}")
        self.assertIn("main text", raised.exception.Message)
        self.assertEqual(len(self.tables(self.doc)), 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
