"""Teams (issue 6), in a real LibreOffice: two coders' copies of a transcript merged, agreement measured
and reported, and projects exchanged with other tools through REFI-QDA."""
import json
import os
import re
import subprocess
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, OfficeTest, code_ids, codings, find, prop, set_user, shared_office, wait_for  # noqa: E402

import uno  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

setUpModule, tearDownModule = shared_office()

SECOND_CODER = "Bo Berg"
PROJECT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "refi-qda", "Project.xsd")
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

    def test_one_coders_codings_are_coloured_on_their_own(self):
        self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path))
        annas = find(self.anna, "I'm only a relative, they are the ones who know.")
        bos = find(self.anna, "That notebook was the best data we had.")
        coloured = lambda passage: passage.CharBackColor not in (-1, 0xFFFFFF)  # noqa: E731
        self.service.setHighlighting(self.anna, True)
        wait_for(lambda: coloured(annas) and coloured(bos), what="both coders' passages in colour")
        self.service.setHighlightedCoders(self.anna, (SECOND_CODER,))
        self.assertEqual(self.service.getHighlightedCoders(self.anna), (SECOND_CODER,))
        wait_for(lambda: not coloured(annas), what="Anna's passage without colour")
        self.assertTrue(coloured(bos), "Bo's passage keeps its colour")
        self.service.setHighlightedCoders(self.anna, ())
        wait_for(lambda: coloured(annas), what="Anna's passage in colour again")

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


    def test_agreement_figures_and_report_after_merging(self):
        with self.assertRaises(IllegalArgumentException) as alone:
            self.service.getAgreementJson(self.anna)
        self.assertIn("merge another coder's copy", alone.exception.Message)
        self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path))
        figures = json.loads(self.service.getAgreementJson(self.anna))
        self.assertEqual(figures["coders"], [CODER, SECOND_CODER])
        by_path = {c["codePath"].split(" / ")[-1]: c for c in figures["codes"]}
        self.assertEqual(set(by_path), {"Lack of time", "The user's resources"})

        # The same figures counted here, character by character, on the text as Python sees it.
        paragraphs = []
        enumeration = self.anna.Text.createEnumeration()
        while enumeration.hasMoreElements():
            paragraphs.append(enumeration.nextElement().getString())
        text = "\n".join(paragraphs)
        for name, code in by_path.items():
            marks = {CODER: [0] * len(text), SECOND_CODER: [0] * len(text)}
            for c in codings(self.service, self.anna):
                if c["codePath"].endswith(name):
                    at = text.index(c["text"])
                    self.assertEqual(text.count(c["text"]), 1)
                    marks[c["coder"]][at:at + len(c["text"])] = [1] * len(c["text"])
            a, b = marks[CODER], marks[SECOND_CODER]
            n = len(text)
            agree = sum(x == y for x, y in zip(a, b)) / n
            pa, pb = sum(a) / n, sum(b) / n
            expected = pa * pb + (1 - pa) * (1 - pb)
            whole = code["wholeText"]
            self.assertEqual(whole["characters"], n)
            self.assertAlmostEqual(whole["percentAgreement"], 100 * agree, places=9)
            self.assertAlmostEqual(whole["kappa"], (agree - expected) / (1 - expected), places=9)
        self.assertEqual(by_path["Lack of time"]["disagreements"], 0)
        self.assertEqual(by_path["The user's resources"]["disagreements"], 3)

        report = self.service.createAgreementReport(self.anna)
        self.documents.append(report)
        self.assertFalse(report.isModified())
        self.assertIn("Agreement between coders: anna.odt", report.Text.getString())
        tables = [report.TextTables.getByIndex(i) for i in range(report.TextTables.Count)]
        side_by_side = [t for t in tables if t.getCellByName("A1").getString() == CODER]
        self.assertEqual(len(side_by_side), 1)
        table = side_by_side[0]
        self.assertEqual((table.getCellByName("B1").getString(), table.getCellByName("C1").getString()),
                         (SECOND_CODER, "Characters in dispute"))
        self.assertEqual(len(table.Rows), 4, "a header and three disagreements")
        bo = {c["text"]: c["id"] for c in codings(self.service, self.anna) if c["coder"] == SECOND_CODER}
        cell = table.getCellByName("B2").Text
        portion = cell.createEnumeration().nextElement().createEnumeration().nextElement()
        self.assertTrue(portion.HyperLinkURL.startswith(self.anna.getURL() + "#_PT"), portion.HyperLinkURL)
        self.assertIn(portion.HyperLinkURL.split("#_PT")[1], [i.replace("-", "") for i in bo.values()])

    def export(self, name, documents, options=""):
        path = os.path.join(self.workdir, name)
        result = json.loads(self.service.exportProject(documents, uno.systemPathToFileUrl(path), options))
        return path, result

    def test_the_merged_copy_exports_to_a_valid_refi_qda_project(self):
        self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path))
        expected = {c["id"]: c for c in codings(self.service, self.anna)}
        for crlf in (False, True):
            path, result = self.export("crlf.qdpx" if crlf else "lf.qdpx", (self.anna,), json.dumps({"crlf": crlf}))
            self.assertEqual((result["sources"], result["codings"], result["notes"]), (1, 5, []))
            with zipfile.ZipFile(path) as qdpx:
                names = sorted(qdpx.namelist())
                project = qdpx.read("project.qde")
                plain_name = [n for n in names if n.endswith(".txt")][0]
                plain = qdpx.read(plain_name).decode("utf-8")
                docx = qdpx.read(plain_name[:-4] + ".docx")
            self.assertEqual(len(names), 3, names)
            self.assertTrue(plain_name.startswith("sources/"))
            self.assertTrue(docx.startswith(b"PK"), "the rich-text source is a DOCX (a ZIP)")
            self.assertEqual("\r\n" in plain, crlf)
            qde = os.path.join(self.workdir, "project.qde")
            with open(qde, "wb") as out:
                out.write(project)
            check = subprocess.run(["xmllint", "--noout", "--schema", PROJECT_SCHEMA, qde], capture_output=True, text=True)
            self.assertEqual(check.returncode, 0, check.stderr)
            # Each selection's offsets, in code points of the plain text, cover its coding's passage.
            selections = re.findall(r'<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"[^>]*>.*?'
                                    r'<Coding guid="([0-9a-f-]+)"', project.decode("utf-8"), re.S)
            self.assertEqual(len(selections), 5)
            for start, end, guid in selections:
                self.assertEqual(plain[int(start):int(end)], expected[guid]["text"])

    def test_export_then_import_gives_identical_codings(self):
        self.service.mergeCodingsFrom(self.anna, uno.systemPathToFileUrl(self.bo_path))
        path, _ = self.export("round trip.qdpx", (self.anna,))
        fresh = self.open()
        result = json.loads(self.service.importProject(fresh, uno.systemPathToFileUrl(path)))
        self.assertEqual((result["merged"], result["notCarriedOver"], result["notMerged"]), (5, [], []), result)
        self.assertEqual(result["source"], "anna.odt")
        fields = ("id", "codeId", "codePath", "coder", "speaker", "time", "memo", "text")
        project = lambda document: sorted(tuple(c[f] for f in fields) for c in codings(self.service, document))
        self.assertEqual(project(fresh), project(self.anna))
        again = json.loads(self.service.importProject(fresh, uno.systemPathToFileUrl(path)))
        self.assertEqual((again["merged"], again["alreadyHere"]), (0, 5))


class OtherToolsProjectTest(OfficeTest):
    """Projects as other tools write them, built here from hand-written project.qde files."""

    LINES = ["Interviewer: Где вы работаете? 😀", "Nurse 2: 我在医院工作。Time is short 👩‍👩‍👧 always.",
             "Interviewer: And the forms?", "Nurse 2: Ni minuty — the forms take everything."]

    def setUp(self):
        super().setUp()
        self.doc = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        self.documents.append(self.doc)
        text = self.doc.Text
        for i, line in enumerate(self.LINES):
            if i:
                text.insertControlCharacter(text.End, 0, False)  # PARAGRAPH_BREAK
            text.insertString(text.End, line, False)
        self.doc.setModified(False)

    def build(self, qde, plain, extra=None):
        path = os.path.join(self.workdir, "other.qdpx")
        with zipfile.ZipFile(path, "w") as qdpx:
            qdpx.writestr("project.qde", qde)
            qdpx.writestr("sources/8E3B4E5A-0000-4000-8000-0000000000D1.txt", plain.encode("utf-8"))
            for name, data in (extra or {}).items():
                qdpx.writestr(name, data)
        return uno.systemPathToFileUrl(path)

    def test_passages_beside_fields_and_pictures_in_a_line_are_found_exactly(self):
        """Positions are counted in cursor steps from a paragraph's start or from the end of whatever is not
        plain text (DocumentText): a field shows several characters but is one step, a picture as a character
        shows none. Passages before, after and around them go out in a project and come back on a copy."""
        doc = self.open()
        turn = find(doc, "Time, above all.")
        date = doc.createInstance("com.sun.star.text.TextField.DateTime")
        date.IsFixed = True
        date.IsDate = True
        doc.Text.insertTextContent(turn.Start, date, False)
        picture = doc.createInstance("com.sun.star.text.TextGraphicObject")
        picture.AnchorType = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
        doc.Text.insertTextContent(find(doc, "above all.").Start, picture, False)
        doc.Text.insertString(turn.Start, "[", False)
        blank = os.path.join(self.workdir, "blank.odt")
        self.reopen(doc, "blank.odt")  # the same text with no codings, to import onto
        codes = code_ids(self.service, doc)
        passages = [find(doc, "all."), find(doc, "Time, "), find(doc, "We never got the time")]
        around = doc.Text.createTextCursorByRange(find(doc, "[").Start)
        around.gotoRange(find(doc, "Time,").End, True)  # "[", the date, "Time,"
        passages.append(around)
        for passage in passages:
            self.service.addCoding(doc, passage, codes["Lack of time"], "")
        expected = sorted(c["text"] for c in codings(self.service, doc))
        self.assertEqual(len(expected), 4)
        path = os.path.join(self.workdir, "fields.qdpx")
        self.service.exportProject((doc,), uno.systemPathToFileUrl(path), "")
        copy = self.open(blank)
        result = json.loads(self.service.importProject(copy, uno.systemPathToFileUrl(path)))
        self.assertEqual((result["merged"], result["notMerged"]), (4, []), result)
        self.assertEqual(sorted(c["text"] for c in codings(self.service, copy)), expected)

    def test_codings_land_on_the_right_text_with_crlf_emoji_and_non_latin_text(self):
        plain = "\ufeff" + "\r\n".join(self.LINES)  # a BOM and Windows line ends, as MAXQDA writes
        body = plain[1:]
        passages = ["我在医院工作。", "👩‍👩‍👧 always", "the forms take everything."]
        selections = ""
        for n, passage in enumerate(passages):
            start = body.index(passage)  # Python counts code points, as REFI-QDA does
            selections += (f'<PlainTextSelection guid="8e3b4e5a-0000-4000-8000-0000000001{n:02d}" '
                           f'startPosition="{start}" endPosition="{start + len(passage)}" '
                           f'creatingUser="{{8E3B4E5A-0000-4000-8000-000000000001}}">'
                           f'<Description>memo {n} ✓</Description>'
                           f'<Coding guid="8e3b4e5a-0000-4000-8000-0000000002{n:02d}" creationDateTime="2024-05-0{n + 1}T08:00:00Z">'
                           f'<CodeRef targetGUID="8E3B4E5A-0000-4000-8000-0000000000C{n % 2 + 1}"/></Coding>'
                           f'</PlainTextSelection>')
        qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Ward study" origin="MAXQDA 2022">
 <Users><User guid="8e3b4e5a-0000-4000-8000-000000000001" name="李 娜"/></Users>
 <CodeBook><Codes>
  <Code guid="8e3b4e5a-0000-4000-8000-0000000000c0" name="Resources" isCodable="false">
   <Code guid="8e3b4e5a-0000-4000-8000-0000000000c1" name="Время" isCodable="true" color="#3366FF"/>
   <Code guid="8e3b4e5a-0000-4000-8000-0000000000c2" name="Forms ✍" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{{8E3B4E5A-0000-4000-8000-0000000000D1}}" name="Ward interview" plainTextPath="internal://8E3B4E5A-0000-4000-8000-0000000000D1.txt">{selections}</TextSource>
  <PictureSource guid="8e3b4e5a-0000-4000-8000-0000000000d2" name="Whiteboard" path="internal://wb.png"/>
 </Sources>
</Project>"""
        qde_path = os.path.join(self.workdir, "hand.qde")
        with open(qde_path, "w", encoding="utf-8") as out:
            out.write(qde)
        check = subprocess.run(["xmllint", "--noout", "--schema", PROJECT_SCHEMA, qde_path], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, "the hand-written project itself is valid: " + check.stderr)

        result = json.loads(self.service.importProject(self.doc, self.build(qde, plain, {"sources/wb.png": b"png"})))
        self.assertEqual(result["merged"], 3, result)
        self.assertEqual(result["matchedBy"], "the same text")
        self.assertTrue(any("Whiteboard" in note for note in result["notCarriedOver"]), result["notCarriedOver"])
        got = {c["text"]: c for c in codings(self.service, self.doc)}
        self.assertEqual(set(got), set(passages))
        self.assertEqual(got["我在医院工作。"]["coder"], "李 娜")
        self.assertEqual(got["我在医院工作。"]["codePath"], "Resources / Время")
        self.assertEqual(got["the forms take everything."]["memo"], "memo 2 ✓")
        self.assertEqual(got["the forms take everything."]["codePath"], "Resources / Время")
        self.assertEqual(got["👩‍👩‍👧 always"]["codePath"], "Resources / Forms ✍")
        self.assertEqual(got["👩‍👩‍👧 always"]["id"], "8e3b4e5a-0000-4000-8000-000000000201")
        self.assertEqual(got["👩‍👩‍👧 always"]["speaker"], "Nurse 2")
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Import codings from other.qdpx")

    def test_a_broken_project_is_refused_and_an_unrelated_one_changes_nothing(self):
        with self.assertRaises(IllegalArgumentException) as broken:
            self.service.importProject(self.doc, self.build("<Project name='x'><Sources>", "text"))
        self.assertIn("not well-formed", broken.exception.Message)
        path = os.path.join(self.workdir, "not a zip.qdpx")
        with open(path, "w") as out:
            out.write("plain text")
        with self.assertRaises(IllegalArgumentException):
            self.service.importProject(self.doc, uno.systemPathToFileUrl(path))
        unrelated = ('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource '
                     'guid="8e3b4e5a-0000-4000-8000-0000000000d1" name="Other" plainTextPath='
                     '"internal://8E3B4E5A-0000-4000-8000-0000000000D1.txt"/></Sources></Project>')
        # A project whose texts are other documents is no broken file: it brings its codebook (here none)
        # and says why no codings came.
        unmatched = json.loads(self.service.importProject(self.doc, self.build(unrelated, "nothing in common")))
        self.assertIn("No codings came with", unmatched["summary"])
        self.assertIn("Other: shares no text with this document", "\n".join(unmatched["notCarriedOver"]))
        self.assertEqual(codings(self.service, self.doc), [])
        self.assertFalse(self.doc.isModified())


if __name__ == "__main__":
    unittest.main()
