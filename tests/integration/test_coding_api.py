"""The coding API against a real headless LibreOffice with the built extension installed."""
import json
import os
import random
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, OfficeTest, code_ids, codings, find, shared_office, span, store  # noqa: E402

import uno  # noqa: E402
from com.sun.star.beans.PropertyAttribute import REMOVABLE  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402


def pack_of(coding_id):
    """The property a coding's record is packed in (core/RecordPacks.hpp): FNV-1a of its key, modulo 64."""
    hash_ = 2166136261
    for byte in ("PowerTriangle.coding." + coding_id).encode():
        hash_ = ((hash_ ^ byte) * 16777619) & 0xFFFFFFFF
    return "PowerTriangle.pack.%d" % (hash_ % 64)

setUpModule, tearDownModule = shared_office()


class CodingApiTest(OfficeTest):
    def setUp(self):
        super().setUp()
        self.doc = self.open()
        self.codes = code_ids(self.service, self.doc)

    def code(self, document, range_, code_name, memo=""):
        return self.service.addCoding(document, range_, self.codes[code_name], memo)

    def by_id(self, document):
        return {c["id"]: c for c in codings(self.service, document)}

    # -- the codebook ------------------------------------------------------------------------------

    def test_new_document_has_the_study_codebook(self):
        codebook = json.loads(self.service.getCodebookJson(self.doc))
        names = [c["name"] for c in codebook["codes"]]
        self.assertEqual(len(names), 20)
        for name in ("Resources", "Discourses", "Contexts", "Access to resources", "Lack of time",
                     "Discursive resistance", "Contextual conditions"):
            self.assertIn(name, names)
        for code in codebook["codes"]:
            self.assertEqual(set(["id", "name", "parentId", "dimension", "polarity", "color", "codable"])
                             - set(code), set())
        # The same ids on every machine: this one is pinned in the core's tests too.
        self.assertEqual(self.codes["Lack of time"], "22a12142-b7ec-5fce-b70b-ae950f3d3715")

    # -- coding and reading back -------------------------------------------------------------------

    def test_overlapping_identical_and_cross_paragraph_passages(self):
        time_range = find(self.doc, "Time, above all.")
        sentence = find(self.doc, "Time, above all. We never got the time to meet the family properly")
        across = span(self.doc, "The team was understaffed", "How did that affect the balance")
        ids = {
            "time": self.code(self.doc, time_range, "Lack of time", "short"),
            "sentence": self.code(self.doc, sentence, "Lack of time"),
            "same passage, other code": self.code(self.doc, sentence, "Understaffing"),
            "across": self.code(self.doc, across, "Lack of continuity", "spans turns"),
        }
        self.assertEqual(len(set(ids.values())), 4)
        listed = self.by_id(self.doc)
        self.assertEqual(listed[ids["time"]]["text"], "Time, above all.")
        self.assertEqual(listed[ids["sentence"]]["text"], sentence.getString())
        self.assertEqual(listed[ids["same passage, other code"]]["codeName"], "Understaffing")
        self.assertIn("\n", listed[ids["across"]]["text"])
        self.assertEqual(listed[ids["across"]]["text"], across.getString())
        for coding in listed.values():
            self.assertEqual(coding["coder"], CODER)
            self.assertFalse(coding["orphaned"])
            self.assertEqual(coding["text"], coding["codedText"])
        self.assertEqual(listed[ids["time"]]["memo"], "short")
        self.assertEqual(listed[ids["time"]]["codePath"], "Resources / Lack of access to resources / Lack of time")

    def test_codings_are_listed_in_document_order(self):
        late = self.code(self.doc, find(self.doc, "Only that it worked."), "Contextual conditions")
        early = self.code(self.doc, find(self.doc, "It did, and that mattered a lot."), "The user's resources")
        middle = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        self.assertEqual([c["id"] for c in codings(self.service, self.doc)], [early, middle, late])

    def test_survives_odt_and_docx_round_trips(self):
        emoji_memo = "  Åsa's notebook 📓, self-subordination; " + "long memo " * 60 + " "
        ids = [
            self.code(self.doc, find(self.doc, "I'm only a relative, they are the ones who know."), "Among users",
                      emoji_memo),
            self.code(self.doc, span(self.doc, "Time, above all.", "half the group."), "Lack of continuity"),
            self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time"),
        ]
        before = self.by_id(self.doc)
        for name in ("roundtrip.odt", "roundtrip.docx"):
            with self.subTest(format=name):
                reopened = self.reopen(self.doc, name)
                after = self.by_id(reopened)
                self.assertEqual(sorted(after), sorted(ids))
                for coding_id in ids:
                    for field in ("codeId", "codeName", "coder", "memo", "text", "time", "orphaned"):
                        self.assertEqual(after[coding_id][field], before[coding_id][field], (name, field))
                self.assertEqual(after[ids[0]]["memo"], emoji_memo)
                # And a second generation: DOCX saved by LibreOffice again keeps it all.
                again = self.by_id(self.reopen(reopened, "again-" + name))
                self.assertEqual({k: v["text"] for k, v in again.items()}, {k: v["text"] for k, v in after.items()})

    def test_a_passage_ending_in_an_emoji_keeps_the_whole_character(self):
        """LibreOffice 25.2's findFirst ends such a range between the emoji's two UTF-16 units (7.4 ends it
        right). The coding must take the whole character, and saving must keep it: anchored on the half,
        ODT dropped the emoji and DOCX wrote "?"."""
        sentences = ("She drew a 😀 on the board", "and a rare 𠀋", "then we met")
        cursor = self.doc.Text.createTextCursorByRange(self.doc.Text.getEnd())
        self.doc.Text.insertString(cursor, "\n" + " ".join(sentences), False)
        passages = ["She drew a 😀", "and a rare 𠀋"]
        ids = {}
        for passage in passages:
            search = self.doc.createSearchDescriptor()  # a plain one, as a macro writes it
            search.SearchString = passage
            ids[passage] = self.code(self.doc, self.doc.findFirst(search), "Lack of time")
        listed = self.by_id(self.doc)
        for passage, coding_id in ids.items():
            self.assertEqual(listed[coding_id]["text"], passage)
            self.assertEqual(listed[coding_id]["codedText"], passage)
        for name in ("emoji.odt", "emoji.docx"):
            with self.subTest(format=name):
                reopened = self.reopen(self.doc, name)
                self.assertIn(" ".join(sentences), reopened.Text.getString())
                after = self.by_id(reopened)
                self.assertEqual({after[i]["text"] for i in ids.values()}, set(passages))

    def test_a_version_1_document_is_read_and_its_records_move_into_packs(self):
        # Version 1 kept each coding in properties of its own: such a document, made by hand.
        coding_id = "0a1b2c3d-0000-4000-8000-00000000abcd"
        passage = find(self.doc, "Time, above all.")
        bookmark = self.doc.createInstance("com.sun.star.text.Bookmark")
        bookmark.Name = "_PT" + coding_id.replace("-", "")
        passage.Text.insertTextContent(passage, bookmark, True)
        record = json.dumps({"id": coding_id, "codeId": self.codes["Lack of time"], "coder": "Old Coder",
                             "time": "2025-01-02T03:04:05Z", "memo": "from version 1", "text": "Time, above all.",
                             "speaker": ""}, separators=(",", ":"))
        properties = self.doc.DocumentProperties.UserDefinedProperties
        properties.addProperty("PowerTriangle.header.0", REMOVABLE, '{"format":"power-triangle","version":1}')
        for index in range(0, len(record), 200):
            properties.addProperty("PowerTriangle.coding.%s.%d" % (coding_id, index // 200), REMOVABLE,
                                   record[index:index + 200])
        self.assertEqual(self.by_id(self.doc)[coding_id]["memo"], "from version 1")
        self.assertEqual(self.by_id(self.doc)[coding_id]["coder"], "Old Coder")

        self.service.setCodingMemo(self.doc, coding_id, "moved")
        names = [p.Name for p in properties.PropertySetInfo.Properties]
        self.assertFalse([n for n in names if n.startswith("PowerTriangle.coding.")])
        self.assertIn(pack_of(coding_id) + ".0", names)
        self.assertEqual(json.loads(properties.getPropertyValue("PowerTriangle.header.0"))["version"], 2)
        reopened = self.reopen(self.doc, "migrated.odt")
        self.assertEqual(self.by_id(reopened)[coding_id]["memo"], "moved")
        self.doc.UndoManager.undo()
        self.assertEqual(self.by_id(self.doc)[coding_id]["memo"], "from version 1")

    def test_random_passages_survive_odt_and_docx(self):
        """Forty passages at random places (inside words, across paragraphs and turns, overlapping), random
        codes and memos with non-Latin text: every one comes back from ODT and DOCX as it went in."""
        rng = random.Random(20261123)
        codable = [name for name, code in self.codes.items() if name not in ("Resources", "Discourses", "Contexts")]
        length = len(self.doc.Text.getString())
        made = {}
        for _ in range(40):
            cursor = self.doc.Text.createTextCursor()
            cursor.gotoStart(False)
            cursor.goRight(rng.randrange(0, length - 400), False)
            cursor.goRight(rng.randrange(1, 400), True)
            if not cursor.getString().strip():
                continue
            memo = rng.choice(["", "kort anteckning, åäö", "emoji 🧑‍⚕️ and 中文", " spaced  memo "]) * rng.randrange(1, 30)
            coding_id = self.service.addCoding(self.doc, cursor, self.codes[rng.choice(codable)], memo)
            made[coding_id] = (cursor.getString(), memo)
        self.assertGreater(len(made), 30)
        for name in ("random.odt", "random.docx"):
            with self.subTest(format=name):
                back = self.by_id(self.reopen(self.doc, name))
                self.assertEqual(sorted(back), sorted(made))
                for coding_id, (text, memo) in made.items():
                    self.assertEqual((back[coding_id]["text"], back[coding_id]["memo"]), (text, memo))
                    self.assertFalse(back[coding_id]["orphaned"])
                    self.assertEqual(back[coding_id]["coder"], CODER)

    def test_passage_in_a_table_survives_odt_and_docx(self):
        table = self.doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(2, 2)
        self.doc.Text.insertTextContent(self.doc.Text.End, table, False)
        table.getCellByName("A1").setString("Speaker")
        table.getCellByName("B2").setString("We had no time for the family, none at all.")
        cell = table.getCellByName("B2")
        cursor = cell.createTextCursor()
        cursor.goRight(10, False)
        cursor.goRight(25, True)
        self.assertEqual(cursor.getString(), "time for the family, none")
        coding_id = self.service.addCoding(self.doc, cursor, self.codes["Lack of time"], "")
        for name in ("table.odt", "table.docx"):
            with self.subTest(format=name):
                back = self.by_id(self.reopen(self.doc, name))
                self.assertEqual(back[coding_id]["text"], "time for the family, none")

    # -- undo and the modified flag ----------------------------------------------------------------

    def test_coding_is_one_undo_step_and_marks_the_document_modified(self):
        self.doc.setModified(False)
        coding_id = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        self.assertTrue(self.doc.isModified())
        undo = self.doc.UndoManager
        self.assertEqual(undo.getCurrentUndoActionTitle(), "Code as Lack of time")
        anchors = set(self.doc.Bookmarks.ElementNames)
        undo.undo()
        self.assertEqual(codings(self.service, self.doc), [])
        self.assertLess(len(self.doc.Bookmarks.ElementNames), len(anchors))
        undo.redo()
        self.assertEqual([c["id"] for c in codings(self.service, self.doc)], [coding_id])
        self.assertEqual(set(self.doc.Bookmarks.ElementNames), anchors)

    def test_remove_is_one_undo_step(self):
        keep = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        gone = self.code(self.doc, find(self.doc, "Only that it worked."), "Contextual conditions")
        self.doc.setModified(False)
        self.service.removeCoding(self.doc, gone)
        self.assertTrue(self.doc.isModified())
        self.assertEqual([c["id"] for c in codings(self.service, self.doc)], [keep])
        self.assertEqual(find(self.doc, "Only that it worked.").getString(), "Only that it worked.")
        self.doc.UndoManager.undo()
        self.assertEqual(sorted(c["id"] for c in codings(self.service, self.doc)), sorted([keep, gone]))
        self.assertFalse(self.by_id(self.doc)[gone]["orphaned"])
        with self.assertRaises(IllegalArgumentException):
            self.service.removeCoding(self.doc, "00000000-0000-4000-8000-000000000000")

    # -- deleted and copied passages ---------------------------------------------------------------

    def test_deleted_passage_becomes_an_orphan_and_survives_saving(self):
        passage = "He meant well, but the way he said it put everyone back in their old places."
        coding_id = self.code(self.doc, find(self.doc, passage), "Among professionals", "paternalism")
        other = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        # The user deletes the whole turn around the coded passage.
        turn = span(self.doc, "Coach 3: Yes, and I should have seen them earlier.", "started looking at him.")
        turn.setString("")
        listed = self.by_id(self.doc)
        self.assertTrue(listed[coding_id]["orphaned"])
        self.assertEqual(listed[coding_id]["text"], passage)
        self.assertEqual(listed[coding_id]["memo"], "paternalism")
        self.assertFalse(listed[other]["orphaned"])
        self.assertEqual([c["id"] for c in codings(self.service, self.doc)][-1], coding_id, "orphans come last")
        for name in ("orphan.odt", "orphan.docx"):
            reopened = self.by_id(self.reopen(self.doc, name))
            self.assertTrue(reopened[coding_id]["orphaned"], name)
            self.assertEqual(reopened[coding_id]["codedText"], passage, name)
        # An orphan can still be removed.
        self.service.removeCoding(self.doc, coding_id)
        self.assertEqual(list(self.by_id(self.doc)), [other])

    def test_pasted_copy_of_coded_text_is_not_a_second_coding(self):
        coding_id = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        controller = self.doc.CurrentController
        # The user copies the sentence around the coded passage, anchor included.
        controller.select(find(self.doc, "Time, above all. We never got the time"))
        copied = controller.getTransferable()
        controller.select(find(self.doc, "Only that it worked.").End)
        controller.insertTransferable(copied)
        self.assertEqual(len(self.doc.Bookmarks.ElementNames), 2, "the paste copies the anchor")
        for document in (self.doc, self.reopen(self.doc, "pasted.docx"), self.reopen(self.doc, "pasted.odt")):
            listed = codings(self.service, document)
            self.assertEqual([c["id"] for c in listed], [coding_id])
            self.assertFalse(listed[0]["orphaned"])

    # -- bad arguments -----------------------------------------------------------------------------

    def test_bad_arguments_are_refused_clearly(self):
        passage = find(self.doc, "Time, above all.")
        # Each refusal names the argument it is about: addCoding(document, range, codeId, memo).
        cases = {
            "unknown code": (self.doc, passage, "00000000-0000-4000-8000-000000000000", "not a code", 2),
            "grouping code": (self.doc, passage, self.codes["Resources"], "groups other codes", 2),
            "empty range": (self.doc, passage.Start, self.codes["Lack of time"], "empty", 1),
        }
        other = self.open()
        cases["range of another document"] = (self.doc, find(other, "Time, above all."), self.codes["Lack of time"],
                                              "not in the main text", 1)
        for name, (document, range_, code_id, message, position) in cases.items():
            with self.subTest(name):
                with self.assertRaises(IllegalArgumentException) as raised:
                    self.service.addCoding(document, range_, code_id, "")
                self.assertIn(message, raised.exception.Message)
                self.assertEqual(raised.exception.ArgumentPosition, position)
        # The same refusal through codeHits(document, query, options, hitIndexes, codeId, memo) names its
        # fifth argument (it was reported as the third, addCoding's place for the code).
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.codeHits(self.doc, "Time", "", (0,), self.codes["Resources"], "")
        self.assertIn("groups other codes", raised.exception.Message)
        self.assertEqual(raised.exception.ArgumentPosition, 4)
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.codeHits(self.doc, "Time", "", (99,), self.codes["Lack of time"], "")
        self.assertEqual(raised.exception.ArgumentPosition, 3)
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setCodingCode(self.doc, "00000000-0000-4000-8000-000000000000", self.codes["Lack of time"])
        self.assertEqual(raised.exception.ArgumentPosition, 1)
        self.assertEqual(codings(self.service, self.doc), [])
        self.assertEqual(codings(self.service, other), [])
        formula = self.office.desktop.loadComponentFromURL("private:factory/smath", "_blank", 0, ())
        self.documents.append(formula)
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.getCodingsJson(formula)
        self.assertIn("Writer", raised.exception.Message)

    # -- the codebook through the API --------------------------------------------------------------

    def test_set_codebook_validates_and_is_one_undo_step(self):
        used = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setCodebookJson(self.doc, "{not json")
        self.assertIn("not valid JSON", raised.exception.Message)

        codebook = json.loads(self.service.getCodebookJson(self.doc))
        broken = json.loads(json.dumps(codebook))
        broken["codes"][3]["color"] = "blue"
        broken["codes"][4]["dimension"] = "power"
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setCodebookJson(self.doc, json.dumps(broken))
        self.assertIn('codebook.codes[3].color: "blue" is not a colour of the form #RRGGBB', raised.exception.Message)
        self.assertIn("codebook.codes[4].dimension", raised.exception.Message)

        without_used = dict(codebook, codes=[c for c in codebook["codes"] if c["name"] != "Lack of time"])
        with self.assertRaises(IllegalArgumentException) as raised:
            self.service.setCodebookJson(self.doc, json.dumps(without_used))
        self.assertIn('"Lack of time"', raised.exception.Message)

        renamed = json.loads(json.dumps(codebook))
        for code in renamed["codes"]:
            if code["name"] == "Lack of time":
                code["name"] = "No time"
        self.doc.setModified(False)
        self.service.setCodebookJson(self.doc, json.dumps(renamed))
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.by_id(self.doc)[used]["codeName"], "No time")
        reopened = self.reopen(self.doc, "renamed.docx")
        self.assertEqual(self.by_id(reopened)[used]["codeName"], "No time")
        self.doc.UndoManager.undo()
        self.assertEqual(self.by_id(self.doc)[used]["codeName"], "Lack of time")

    def test_retired_code_keeps_its_codings_but_takes_no_new_ones(self):
        used = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        codebook = json.loads(self.service.getCodebookJson(self.doc))
        for code in codebook["codes"]:
            if code["name"] == "Lack of time":
                code["retired"] = True
        self.service.setCodebookJson(self.doc, json.dumps(codebook))
        self.assertEqual(self.by_id(self.doc)[used]["codeName"], "Lack of time")
        with self.assertRaises(IllegalArgumentException) as raised:
            self.code(self.doc, find(self.doc, "Only that it worked."), "Lack of time")
        self.assertIn("retired", raised.exception.Message)

    # -- a damaged payload -------------------------------------------------------------------------

    def saved_and_opened_in_a_window(self, document, name):
        """`document` saved as `name` and opened again, not hidden: what a user opening the file sees."""
        path = os.path.join(self.workdir, name)
        store(document, path)
        opened = self.office.load(path, hidden=False)
        self.documents.append(opened)
        return opened

    def opening_notices(self, document):
        controller = document.getCurrentController()
        return [name for name in ("damagedPayload", "newerVersion", "anchorsRepaired", "checkFailed")
                if controller.hasInfobar("org.powertriangle." + name)]

    def test_an_anchor_cut_short_is_repaired_on_opening_in_one_undo_step(self):
        coding = self.code(self.doc, span(self.doc, "Time, above all.", "half the group."), "Lack of continuity")
        whole = self.by_id(self.doc)[coding]["text"]
        # Cut the anchor as LibreOffice 7.4's DOCX import can (test_round_trips shows it doing so): only the
        # end of the passage is left anchored.
        name = "_PT" + coding.replace("-", "")
        self.doc.Text.removeTextContent(self.doc.getBookmarks().getByName(name))
        cut = self.doc.createInstance("com.sun.star.text.Bookmark")
        cut.Name = name
        self.doc.Text.insertTextContent(find(self.doc, "half the group."), cut, True)
        self.assertEqual(self.by_id(self.doc)[coding]["text"], "half the group.")

        # DOCX: the import is where anchors get cut, so only a document from another format is looked at.
        opened = self.saved_and_opened_in_a_window(self.doc, "cut.docx")
        self.assertEqual(self.by_id(opened)[coding]["text"], whole)
        self.assertEqual(self.opening_notices(opened), ["anchorsRepaired"])
        self.assertTrue(opened.isModified())
        self.assertEqual(opened.UndoManager.getCurrentUndoActionTitle(), "Repair coded passages")
        opened.UndoManager.undo()
        self.assertEqual(self.by_id(opened)[coding]["text"], "half the group.")
        self.assertFalse(opened.UndoManager.isUndoPossible())

    def test_edited_passages_are_left_as_the_user_edited_them(self):
        shortened = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        grown = self.code(self.doc, find(self.doc, "Only that it worked."), "Contextual conditions")
        cursor = self.doc.Text.createTextCursorByRange(find(self.doc, "Time, ").End)
        cursor.goLeft(6, True)
        cursor.setString("")  # "Time, above all." loses its first word: "above all."
        self.doc.Text.insertString(find(self.doc, "that it worked.").Start, "so ", False)
        opened = self.saved_and_opened_in_a_window(self.doc, "edited.docx")
        self.assertEqual(self.by_id(opened)[shortened]["text"], "above all.")
        self.assertEqual(self.by_id(opened)[grown]["text"], "Only so that it worked.")
        self.assertEqual(self.opening_notices(opened), [])
        self.assertFalse(opened.isModified())
        self.assertFalse(opened.UndoManager.isUndoPossible())

    def test_a_damaged_payload_opens_with_a_warning_and_every_readable_coding(self):
        ids = [self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")]
        while pack_of(ids[-1]) == pack_of(ids[0]):
            ids.append(self.code(self.doc, find(self.doc, "Only that it worked."), "Contextual conditions"))
        self.assertEqual(self.opening_notices(self.saved_and_opened_in_a_window(self.doc, "sound.odt")), [])
        damaged = pack_of(ids[0])
        self.doc.DocumentProperties.UserDefinedProperties.setPropertyValue(damaged + ".0", "garbage")
        opened = self.saved_and_opened_in_a_window(self.doc, "damaged.odt")
        self.assertEqual(self.opening_notices(opened), ["damagedPayload"])
        self.assertEqual(sorted(c["id"] for c in codings(self.service, opened)),
                         sorted(i for i in ids if pack_of(i) != damaged))
        self.assertFalse(opened.isModified())
        self.assertEqual(opened.DocumentProperties.UserDefinedProperties.getPropertyValue(damaged + ".0"), "garbage")

    def test_a_damaged_coding_record_does_not_take_the_others_with_it(self):
        # A record as version 1 wrote them, one property per coding, damaged.
        good = self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")
        properties = self.doc.DocumentProperties.UserDefinedProperties
        broken = "PowerTriangle.coding.00000000-0000-4000-8000-000000000001.0"
        properties.addProperty(broken, REMOVABLE, '{"id": broken')
        self.assertEqual([c["id"] for c in codings(self.service, self.doc)], [good])
        # The damaged record is left as it was, for a later repair; new codings still work.
        self.code(self.doc, find(self.doc, "It did, and that mattered a lot."), "The user's resources")
        self.assertEqual(len(codings(self.service, self.doc)), 2)
        self.assertEqual(properties.getPropertyValue(broken), '{"id": broken')

    def test_a_damaged_pack_hides_only_its_own_codings_and_is_never_overwritten(self):
        ids = [self.code(self.doc, find(self.doc, "Time, above all."), "Lack of time")]
        while pack_of(ids[-1]) == pack_of(ids[0]):  # a second coding in another pack (63 in 64 at once)
            ids.append(self.code(self.doc, find(self.doc, "Only that it worked."), "Contextual conditions"))
        damaged = pack_of(ids[0])
        properties = self.doc.DocumentProperties.UserDefinedProperties
        properties.setPropertyValue(damaged + ".0", "garbage")
        readable = [i for i in ids if pack_of(i) != damaged]
        self.assertEqual(sorted(c["id"] for c in codings(self.service, self.doc)), sorted(readable))
        # New codings go on in the other packs; one that falls in the damaged pack (1 in 64) is refused with
        # the reason, and neither the pack nor the text changes.
        passage = find(self.doc, "It did, and that mattered a lot.")
        text = self.doc.Text.getString()
        anchors = self.doc.getBookmarks().getCount()
        added = []
        for _ in range(2000):
            try:
                added.append(self.code(self.doc, passage, "The user's resources"))
            except IllegalArgumentException as refused:
                self.assertIn(damaged + ": is not a readable pack", refused.Message)
                break
        else:
            self.fail("no coding fell in the damaged pack")
        self.assertEqual(properties.getPropertyValue(damaged + ".0"), "garbage")
        self.assertEqual(sorted(c["id"] for c in codings(self.service, self.doc)), sorted(readable + added))
        self.assertEqual(self.doc.Text.getString(), text)
        self.assertEqual(self.doc.getBookmarks().getCount(), anchors + len(added))

if __name__ == "__main__":
    unittest.main(verbosity=2)
