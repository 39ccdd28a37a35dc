"""Pseudonymisation that keeps every coding (issue 22), through the API in a real office: a transcript with
names in its text, a table, a header, a footnote, a frame, a comment, its properties and its codings'
memos, condensations and speakers is pseudonymised in one undo step; every coding stays on its passage with
its code, coder and time; undo restores everything exactly, redo again; saved as ODT and DOCX, no term is
left in any part of the file nor in the codings read back. A bad key changes nothing."""
import json
import os
import re
import subprocess
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, codings, find, prop, shared_office, store  # noqa: E402

from com.sun.star.lang import IllegalArgumentException  # noqa: E402

setUpModule, tearDownModule = shared_office()
POWERTRI = os.environ.get("PT_POWERTRI", "")

KEY = {"terms": [
    {"term": "Åsa Berg", "replacement": "[Relative 1]"},
    {"term": "Åsa", "replacement": "[Relative 2]", "matchCase": False},
    {"term": "Lund", "replacement": "[Place 1]"},
    {"term": "19450312-1234", "replacement": "[ID number]", "wholeWord": True},
]}
KEPT = ("id", "codeId", "coder", "time")


def occurrences(term, text):
    """Where the key would find `term` in `text` (a whole word; "Lundberg" is not "Lund"), as written in XML
    and as our ASCII JSON records write it (\\u00c5sa)."""
    found = []
    for form in {term["term"], json_escaped(term["term"])}:
        flags = 0 if term.get("matchCase", True) else re.IGNORECASE
        found += re.findall(r"(?<![\w\\])" + re.escape(form) + r"(?!\w)", text, flags)
    return found


def json_escaped(term):
    """How a term looks inside our ASCII JSON records (\\u00c5sa)."""
    return json.dumps(term)[1:-1]


class PseudonymisationTest(OfficeTest):
    def new_document(self):
        document = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                           (prop("Hidden", True),))
        self.documents.append(document)
        return document

    def transcript(self):
        """A coded transcript naming Åsa Berg, Åsa and Lund everywhere a name can hide."""
        document = self.new_document()
        text = document.Text
        for line in ("Interviewer: How did it start?",
                     "Åsa: Åsa Berg said the team in Lund came late. Her number is 19450312-1234.",
                     "Interviewer: And then?",
                     "Åsa: ÅSA and åsa are the same to me; Lundberg is another place. Then I called Lund."):
            text.insertString(text.End, line, False)
            text.insertControlCharacter(text.End, 0, False)
        find(document, "Åsa Berg").CharWeight = 150  # bold: kept on the pseudonym
        table = document.createInstance("com.sun.star.text.TextTable")
        table.initialize(1, 2)
        text.insertTextContent(text.End, table, False)
        table.getCellByName("A1").setString("Åsa Berg, Lund")
        table.getCellByName("B1").setString("nothing here")
        style = document.StyleFamilies.getByName("PageStyles").getByName("Standard")
        style.HeaderIsOn = True
        style.HeaderText.setString("Interview with Åsa Berg")
        style.FooterIsOn = True
        style.FooterText.setString("Lund, 2021")
        note = document.createInstance("com.sun.star.text.Footnote")
        text.insertTextContent(find(document, "came late").End, note, False)
        note.setString("Åsa moved to Lund in 1990.")
        frame = document.createInstance("com.sun.star.text.TextFrame")
        text.insertTextContent(find(document, "And then?").End, frame, False)
        frame.Text.setString("Åsa Berg's photograph")
        comment = document.createInstance("com.sun.star.text.textfield.Annotation")
        comment.Author = "Researcher"
        comment.Content = "Ask Åsa about Lund"
        text.insertTextContent(find(document, "And then?").Start, comment, False)
        properties = document.DocumentProperties
        properties.Title = "Interview with Åsa Berg"
        properties.Subject = "Home care in Lund"
        properties.Keywords = ("Lund", "home care")
        properties.Author = "Åsa Berg"
        codes = [v for k, v in code_ids(self.service, document).items() if k == "Lack of time"]
        code = codes[0] if codes else list(code_ids(self.service, document).values())[4]
        self.service.addCoding(document, find(document, "Åsa Berg said"), code, "Åsa was upset")
        cursor = text.createTextCursorByRange(find(document, "the same").Start)
        cursor.gotoRange(find(document, "called Lund").End, True)
        self.service.addCoding(document, cursor, code, "")
        self.service.addCoding(document, find(document, "Lund"), code, "memo without names")
        passage = self.service.addCoding(document, find(document, "Her number is 19450312-1234."), code, "")
        self.service.setCodingCondensed(document, passage, "Åsa gives her number")
        self.service.addCoding(document, find(document, "How did it start?"), code, "nothing to replace")
        return document

    def everything(self, document):
        """All a user could find a name in, for comparing before and after."""
        style = document.StyleFamilies.getByName("PageStyles").getByName("Standard")
        fields = document.TextFields.createEnumeration()
        comments = []
        while fields.hasMoreElements():
            field = fields.nextElement()
            if field.supportsService("com.sun.star.text.textfield.Annotation"):
                comments.append(field.Content)
        properties = document.DocumentProperties
        return {"text": document.Text.getString(),
                "table": document.TextTables.getByIndex(0).getCellByName("A1").getString(),
                "header": style.HeaderText.getString(), "footer": style.FooterText.getString(),
                "note": document.Footnotes.getByIndex(0).getString(),
                "frame": self.frame_text(document),
                "comments": comments,
                "properties": [properties.Title, properties.Subject, list(properties.Keywords), properties.Author],
                "codings": sorted(codings(self.service, document), key=lambda c: c["id"])}

    def files(self, folder):
        found = {}
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), "rb") as file:
                found[name] = file.read()
        return found

    def frame_text(self, document):
        """The frame's text; a DOCX brings the frame back as a text box, a shape of the page."""
        if document.TextFrames.Count:
            return document.TextFrames.getByIndex(0).Text.getString()
        shapes = [document.DrawPage.getByIndex(i) for i in range(document.DrawPage.Count)]
        return next(shape.getString() for shape in shapes if hasattr(shape, "getString") and shape.getString())

    def in_file(self, document, name, term):
        """The occurrences of a term in every part of the document saved as `name`."""
        path = os.path.join(self.workdir, name)
        store(document, path)
        with zipfile.ZipFile(path) as package:
            return [hit for part in package.namelist() for hit in occurrences(term, package.read(part).decode("utf-8", "replace"))]

    def assert_no_term(self, where, text):
        for term in KEY["terms"]:
            self.assertEqual(occurrences(term, text), [], where)

    def test_everything_is_pseudonymised_in_one_undo_step_and_every_coding_kept(self):
        document = self.transcript()
        before = self.everything(document)
        self.assertGreater(json.loads(self.service.findKeyTermsJson(document, json.dumps(KEY)))["remaining"], 10)
        self.assertTrue(all(self.in_file(document, "before.odt", term) for term in KEY["terms"]))  # the check can fail
        document.setModified(False)
        undo_steps = len(document.UndoManager.getAllUndoActionTitles())

        result = json.loads(self.service.pseudonymise(document, json.dumps(KEY)))

        self.assertTrue(document.isModified())
        titles = document.UndoManager.getAllUndoActionTitles()
        self.assertEqual(len(titles), undo_steps + 1)
        self.assertEqual(titles[0], "Pseudonymise")
        after = self.everything(document)
        self.assertEqual(after["text"].split("\n")[:4], [
            "Interviewer: How did it start?",
            "[Relative 2]: [Relative 1] said the team in [Place 1] came late1. Her number is [ID number].",  # 1: the footnote
            "Interviewer: And then?",
            "[Relative 2]: [Relative 2] and [Relative 2] are the same to me; Lundberg is another place. "
            "Then I called [Place 1]."])
        self.assertEqual(after["table"], "[Relative 1], [Place 1]")
        self.assertEqual(after["header"], "Interview with [Relative 1]")
        self.assertEqual(after["footer"], "[Place 1], 2021")
        self.assertEqual(after["note"], "[Relative 2] moved to [Place 1] in 1990.")
        self.assertEqual(after["frame"], "[Relative 1]'s photograph")
        self.assertEqual(after["comments"], ["Ask [Relative 2] about [Place 1]"])
        self.assertEqual(after["properties"], ["Interview with [Relative 1]", "Home care in [Place 1]",
                                               ["[Place 1]", "home care"], "[Relative 1]"])
        self.assertEqual(find(document, "[Relative 1]").CharWeight, 150)
        self.assertEqual(result["byTerm"], {"Åsa Berg": 6, "Åsa": 6, "Lund": 8, "19450312-1234": 1})
        self.assertEqual(result["replaced"], sum(result["byTerm"].values()))
        self.assertEqual(result["codingsTouched"], 4)

        # Every coding still there, on its passage now pseudonymised, with its code, coder and time.
        by_id = {c["id"]: c for c in after["codings"]}
        self.assertEqual(len(by_id), len(before["codings"]))
        for old in before["codings"]:
            new = by_id[old["id"]]
            for field in KEPT:
                self.assertEqual(new[field], old[field], field)
            self.assertEqual(new["text"], new["codedText"])
        passages = sorted(c["text"] for c in after["codings"])
        self.assertEqual(passages, sorted([
            "[Relative 1] said", "the same to me; Lundberg is another place. Then I called [Place 1]", "[Place 1]",
            "Her number is [ID number].", "How did it start?"]))
        memos = {c["text"]: (c["memo"], c["condensed"], c["speaker"]) for c in after["codings"]}
        self.assertEqual(memos["[Relative 1] said"], ("[Relative 2] was upset", "", "[Relative 2]"))
        self.assertEqual(memos["Her number is [ID number]."], ("", "[Relative 2] gives her number", "[Relative 2]"))
        self.assertEqual(json.loads(self.service.findKeyTermsJson(document, json.dumps(KEY)))["remaining"], 0)

        # One undo restores the document and every coding exactly; redo does it again.
        document.UndoManager.undo()
        self.assertEqual(self.everything(document), before)
        document.UndoManager.redo()
        self.assertEqual(self.everything(document), after)

        for name in ("pseudonymised.odt", "pseudonymised.docx"):
            with self.subTest(name):
                reopened = self.reopen(document, name)
                with zipfile.ZipFile(os.path.join(self.workdir, name)) as package:
                    parts = package.namelist()
                    self.assertTrue([p for p in parts if p.endswith(".xml")])
                    for part in parts:
                        self.assert_no_term("%s: %s" % (name, part), package.read(part).decode("utf-8", "replace"))
                read_back = sorted(codings(self.service, reopened), key=lambda c: c["id"])
                self.assertEqual([{k: c[k] for k in KEPT + ("text", "memo", "condensed", "speaker")} for c in read_back],
                                 [{k: c[k] for k in KEPT + ("text", "memo", "condensed", "speaker")} for c in after["codings"]])
                for coding in read_back:
                    self.assert_no_term("a coding read back from " + name, json.dumps(coding, ensure_ascii=False))

    def test_powertri_pseudonymises_copies_as_the_extension_does(self):
        self.assertTrue(POWERTRI, "PT_POWERTRI names the built command line (tests/integration/CMakeLists.txt)")
        document = self.transcript()
        originals = os.path.join(self.workdir, "originals")
        os.mkdir(originals)
        for name in ("interview.odt", "interview.docx"):
            store(document, os.path.join(originals, name))
        before = self.files(originals)
        key = os.path.join(self.workdir, "key.csv")
        with open(key, "w", encoding="utf-8") as file:
            file.write("term,replacement,whole word,match case\n")
            for term in KEY["terms"]:
                file.write("%s,%s,yes,%s\n" % (term["term"], term["replacement"], "yes" if term.get("matchCase", True) else "no"))
        out = os.path.join(self.workdir, "shared")
        ran = subprocess.run([POWERTRI, "pseudonymise", "--key", key, originals, "--out", out],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(ran.returncode, 0, ran.stderr)
        self.assertRegex(ran.stdout, r"interview\.odt: \d+ replaced \(.*Åsa Berg: \d+.*\), 4 codings touched")
        # The originals untouched; the extension's own result is what the copies must say.
        self.assertEqual(self.files(originals), before)
        self.service.pseudonymise(document, json.dumps(KEY))
        expected = self.everything(document)
        for name in ("interview.odt", "interview.docx"):
            with self.subTest(name):
                path = os.path.join(out, name)
                with zipfile.ZipFile(path) as package:
                    for part in package.namelist():
                        self.assert_no_term("%s: %s" % (name, part), package.read(part).decode("utf-8", "replace"))
                copy = self.open(path)
                got = self.everything(copy)
                self.assertEqual(got["text"].split("\n")[:4], expected["text"].split("\n")[:4])
                for part in ("table", "header", "footer", "note", "frame", "comments"):
                    self.assertEqual(got[part], expected[part], part)
                self.assertEqual(got["properties"][:2], expected["properties"][:2])
                # DOCX keeps keywords as one text, which LibreOffice splits at spaces on reading
                self.assertEqual(" ".join(got["properties"][2]).replace(",", ""), " ".join(expected["properties"][2]))
                fields = KEPT + ("text", "memo", "condensed", "speaker")
                self.assertEqual([{k: c[k] for k in fields} for c in got["codings"]],
                                 [{k: c[k] for k in fields} for c in expected["codings"]])
        # A bad key: a clear message, nothing written.
        with open(key, "w", encoding="utf-8") as file:
            file.write("term,replacement\nÅsa,[Åsa's mother]\n")
        ran = subprocess.run([POWERTRI, "pseudonymise", "--key", key, originals, "--out", os.path.join(self.workdir, "none")],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(ran.returncode, 3)
        self.assertIn("contains \"Åsa\"", ran.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.workdir, "none")))

    def test_a_bad_key_changes_nothing_and_says_why(self):
        document = self.transcript()
        before = self.everything(document)
        document.setModified(False)
        undo_steps = document.UndoManager.getAllUndoActionTitles()
        bad = {
            "empty": ({"terms": [{"term": "", "replacement": "[P]"}]}, "empty"),
            "inside": ({"terms": [{"term": "Åsa", "replacement": "[Åsa's mother]"}]}, "contains"),
            "twice": ({"terms": [{"term": "Lund", "replacement": "[P1]"}, {"term": "Lund", "replacement": "[P2]"}]},
                      "twice"),
            "malformed": ('{"terms": [{"term": "Lund",', "key"),
        }
        for name, (key, words) in bad.items():
            with self.subTest(name):
                with self.assertRaises(IllegalArgumentException) as raised:
                    self.service.pseudonymise(document, key if isinstance(key, str) else json.dumps(key))
                self.assertIn(words, raised.exception.Message)
                self.assertEqual(raised.exception.ArgumentPosition, 1)
        self.assertEqual(self.everything(document), before)
        self.assertFalse(document.isModified())
        self.assertEqual(document.UndoManager.getAllUndoActionTitles(), undo_steps)

    def test_what_identifies_is_found(self):
        document = self.transcript()
        found = {c["text"]: c for c in json.loads(self.service.findIdentifyingJson(document))}
        self.assertEqual(found["Åsa"]["kind"], "speaker")
        self.assertEqual(found["19450312-1234"]["kind"], "personalNumber")
        self.assertEqual(found["19450312-1234"]["replacement"], "[ID number]")
        self.assertEqual(found["Lund"]["kind"], "name")
        self.assertGreaterEqual(found["Lund"]["count"], 2)
        self.assertTrue(re.fullmatch(r"\[Name \d+\]", found["Lund"]["replacement"]))
        self.assertNotIn("Interviewer", [c for c, v in found.items() if v["kind"] == "name"])


if __name__ == "__main__":
    unittest.main()
