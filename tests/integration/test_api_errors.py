"""No exception but IllegalArgumentException leaves the API (issue 8): every method of XCodingService is called
with what a careless or hostile macro might pass (no document, a spreadsheet, a closed document, malformed
or deeply nested JSON, unknown ids, huge strings), in a real LibreOffice, which must stay up and leave the
document as it was."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, codings, find, prop, shared_office  # noqa: E402

from com.sun.star.lang import IllegalArgumentException  # noqa: E402

setUpModule, tearDownModule = shared_office()

DEEP = "[" * 100000 + "]" * 100000
HUGE = "x" * 5000000
BAD_JSON = ["{", "[]", '{"codes": 5}', DEEP, '{"name": "' + HUGE + '"}', "60965517e0965517"]


def calls(doc, other, at):
    """(name, function) for every method, each with one kind of bad argument per entry."""
    unknown = "00000000-0000-0000-0000-000000000000"
    for document in (None, other):
        yield from [
            ("addCoding", lambda d=document: s.addCoding(d, at, unknown, "")),
            ("getCodingsJson", lambda d=document: s.getCodingsJson(d)),
            ("removeCoding", lambda d=document: s.removeCoding(d, unknown)),
            ("getCodebookJson", lambda d=document: s.getCodebookJson(d)),
            ("setCodebookJson", lambda d=document: s.setCodebookJson(d, "{}")),
            ("getCodingsAtJson", lambda d=document: s.getCodingsAtJson(d, at)),
            ("setCodingMemo", lambda d=document: s.setCodingMemo(d, unknown, "")),
            ("setCodingCode", lambda d=document: s.setCodingCode(d, unknown, unknown)),
            ("reanchorCoding", lambda d=document: s.reanchorCoding(d, unknown, at)),
            ("selectCoding", lambda d=document: s.selectCoding(d, unknown)),
            ("addCode", lambda d=document: s.addCode(d, "{}")),
            ("updateCode", lambda d=document: s.updateCode(d, "{}")),
            ("exportCodebook", lambda d=document: s.exportCodebook(d, "qdc")),
            ("importCodebook", lambda d=document: s.importCodebook(d, "{}", "json")),
            ("getDocumentAttributesJson", lambda d=document: s.getDocumentAttributesJson(d)),
            ("setDocumentAttributesJson", lambda d=document: s.setDocumentAttributesJson(d, "{}")),
            ("getAttributeDefinitionsJson", lambda d=document: s.getAttributeDefinitionsJson(d)),
            ("setAttributeDefinitionsJson", lambda d=document: s.setAttributeDefinitionsJson(d, "[]")),
            ("createStudy", lambda: s.createStudy("file:///proc/no-such-folder", "x")),
            ("addTranscriptsToStudy", lambda: s.addTranscriptsToStudy("file:///no/such/study.json", ())),
            ("getStudyJson", lambda: s.getStudyJson("not a url")),
            ("retrieveFromStudy", lambda: s.retrieveFromStudy("file:///no/such/study.json", '{"code": "x"}', "json")),
            ("createStudyMatrixReport", lambda: s.createStudyMatrixReport("file:///no/such/study.json", "x", "{}")),
            ("createStudyCodingReport", lambda: s.createStudyCodingReport("file:///no/such/study.json", "{}")),
            ("saveCodebookTemplate", lambda d=document: s.saveCodebookTemplate(d, "t")),
            ("applyCodebookTemplate", lambda d=document: s.applyCodebookTemplate(d, "no such template")),
            ("getSpeakersJson", lambda d=document: s.getSpeakersJson(d)),
            ("getSettingsJson", lambda d=document: s.getSettingsJson(d)),
            ("setSettingsJson", lambda d=document: s.setSettingsJson(d, "{}")),
            ("setHighlighting", lambda d=document: s.setHighlighting(d, True)),
            ("setHighlightedCoders", lambda d=document: s.setHighlightedCoders(d, ())),
            ("getHighlightedCoders", lambda d=document: s.getHighlightedCoders(d)),
            ("isHighlighting", lambda d=document: s.isHighlighting(d)),
            ("findJson", lambda d=document: s.findJson(d, "x", "")),
            ("codeHits", lambda d=document: s.codeHits(d, "x", "", (0,), unknown, "")),
            ("getShortcutsJson", lambda d=document: s.getShortcutsJson(d)),
            ("insertReflectionTable", lambda d=document: s.insertReflectionTable(d, None, "")),
            ("getReflectionTablesJson", lambda d=document: s.getReflectionTablesJson(d)),
            ("getCodingsCsv", lambda d=document: s.getCodingsCsv(d)),
            ("mergeCodingsFrom", lambda d=document: s.mergeCodingsFrom(d, "file:///no/such/file.odt")),
            ("getAgreementJson", lambda d=document: s.getAgreementJson(d)),
            ("createAgreementReport", lambda d=document: s.createAgreementReport(d)),
            ("getCodingReportJson", lambda d=document: s.getCodingReportJson((d,), "")),
            ("createCodingReport", lambda d=document: s.createCodingReport((d,), "")),
            ("insertPowerTriangleFigure", lambda d=document: s.insertPowerTriangleFigure(d, None)),
            ("insertFrequencyChart", lambda d=document: s.insertFrequencyChart(d, None)),
            ("exportProject", lambda d=document: s.exportProject((d,), "file:///no/such/folder/x.qdpx", "")),
            ("importProject", lambda d=document: s.importProject(d, "file:///no/such/file.qdpx")),
        ]
    # The right document, wrong everything else.
    for bad in BAD_JSON:
        yield from [
            ("setCodebookJson", lambda b=bad: s.setCodebookJson(doc, b)),
            ("addCode", lambda b=bad: s.addCode(doc, b)),
            ("updateCode", lambda b=bad: s.updateCode(doc, b)),
            ("importCodebook json", lambda b=bad: s.importCodebook(doc, b, "json")),
            ("importCodebook qdc", lambda b=bad: s.importCodebook(doc, b, "qdc")),
            ("setSettingsJson", lambda b=bad: s.setSettingsJson(doc, b)),
            ("findJson", lambda b=bad: s.findJson(doc, "x", b)),
            ("insertReflectionTable", lambda b=bad: s.insertReflectionTable(doc, None, b)),
            ("getCodingReportJson", lambda b=bad: s.getCodingReportJson((doc,), b)),
            ("exportProject", lambda b=bad: s.exportProject((doc,), "file:///tmp/x.qdpx", b)),
        ]
    yield from [
        ("addCoding unknown code", lambda: s.addCoding(doc, at, unknown, "")),
        ("addCoding no range", lambda: s.addCoding(doc, None, unknown, "")),
        ("importCodebook unknown format", lambda: s.importCodebook(doc, "{}", "xml")),
        ("exportCodebook unknown format", lambda: s.exportCodebook(doc, "xml")),
        ("setShortcut unknown command", lambda: s.setShortcut("vnd.nothing:Else", "Ctrl+Alt+Shift+Q")),
        ("setShortcut bad keys", lambda: s.setShortcut("vnd.powertriangle:CodeWithRecent?Slot=1", "Ctrl+Nothing+" + HUGE)),
        ("findJson bad regex", lambda: s.findJson(doc, "(", '{"regularExpression": true}')),
        ("codeHits bad index", lambda: s.codeHits(doc, "the", "", (-1, 1 << 30), unknown, "")),
        ("getCodingReportJson no documents", lambda: s.getCodingReportJson((), "")),
        ("exportProject no documents", lambda: s.exportProject((), "file:///tmp/x.qdpx", "")),
        ("setReflectionPromptsJson", lambda: s.setReflectionPromptsJson(DEEP)),
    ]


s = None


class ApiErrorsTest(OfficeTest):
    def test_every_method_refuses_bad_arguments_with_an_illegal_argument_exception(self):
        global s
        s = self.service
        doc = self.open()
        sheet = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
        self.documents.append(sheet)
        at = find(doc, "Time, above all.")
        doc.setModified(False)
        before = doc.Text.getString()
        tried = 0
        accepted = []
        for name, call in calls(doc, sheet, at):
            tried += 1
            try:
                call()
                accepted.append(name)
            except IllegalArgumentException as error:
                self.assertTrue(error.Message, name + ": an empty message")
            except Exception as error:  # noqa: BLE001 - what must not happen is any other kind
                self.fail("%s raised %s: %s" % (name, type(error).__name__, getattr(error, "Message", error)))
        self.assertGreater(tried, 100)
        self.assertEqual(accepted, [], "every one of these calls is wrong and must be refused")
        # The office is up, and the document is as it was.
        self.assertEqual(doc.Text.getString(), before)
        self.assertEqual(codings(self.service, doc), [])
        self.assertFalse(doc.isModified())
        self.assertIn("codes", json.loads(self.service.getCodebookJson(doc)))



class HostileProjectTest(OfficeTest):
    """REFI-QDA projects made to hurt: each is refused with a message, or read safely, and the document keeps
    what it had."""

    LAUGHS = ('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
              + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(8))
              + ']><Project xmlns="urn:QDA-XML:project:1.0" name="&i;"/>')

    def qdpx(self, name, entries):
        import zipfile
        path = os.path.join(self.workdir, name)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, data in entries:
                archive.writestr(entry, data)
        import uno
        return uno.systemPathToFileUrl(path)

    def source_project(self, text_name):
        return ('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid='
                '"8e3b4e5a-0000-4000-8000-0000000000d1" name="x" plainTextPath="internal://%s">'
                '<PlainTextSelection guid="8e3b4e5a-0000-4000-8000-0000000000e1" startPosition="0" endPosition="4">'
                '<Coding guid="8e3b4e5a-0000-4000-8000-0000000000f1"><CodeRef targetGUID="8e3b4e5a-0000-4000-8000-0000000000c1"/>'
                '</Coding></PlainTextSelection></TextSource></Sources></Project>' % text_name)

    def test_hostile_projects_are_refused_or_read_safely(self):
        doc = self.open()
        doc.setModified(False)
        refused = {
            "entity expansion": (self.qdpx("laughs.qdpx", [("project.qde", self.LAUGHS)]), "could not be read"),
            "a bomb of 300 MB": (self.qdpx("bomb.qdpx", [("project.qde", self.source_project("big.txt")),
                                                         ("sources/big.txt", b"\0" * (300 << 20))]),
                                 "sources/big.txt is larger than 256 MB"),
            "no project file": (self.qdpx("empty.qdpx", [("other.txt", "x")]), "has no project file (project.qde"),
        }
        for what, (url, message) in refused.items():
            with self.assertRaises(IllegalArgumentException, msg=what) as error:
                self.service.importProject(doc, url)
            self.assertIn(message, error.exception.Message, what)
        # Read, and nothing comes of them: a path out of the package is not followed (it names no file of
        # the package), and a text of invalid UTF-8 reads as replacement characters, which match nothing.
        harmless = {
            "a path out of the package": (self.qdpx("escape.qdpx", [("project.qde", self.source_project("../../etc/passwd"))]),
                                          "refers to \"internal://../../etc/passwd\" for the text of \"x\", which is not in the package"),
            "invalid UTF-8": (self.qdpx("utf8.qdpx", [("project.qde", self.source_project("s.txt")),
                                                      ("sources/s.txt", b"\xff\xfe\xc3(abc")]),
                              "x: shares no text with this document"),
        }
        for what, (url, said) in harmless.items():
            result = json.loads(self.service.importProject(doc, url))
            self.assertEqual(result["merged"], 0, what)
            self.assertIn(said, "\n".join(result["notCarriedOver"]), what)
            self.assertIn("No codings came with", result["summary"], what)
        self.assertEqual(codings(self.service, doc), [])
        self.assertFalse(doc.isModified())


    REPEATED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "refi-qda", "repeated-guids.qde")

    def test_repeated_guids_and_codings_of_missing_codes_are_named_and_never_misattributed(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        self.documents.append(doc)
        doc.Text.setString("Time and money")
        with open(self.REPEATED, encoding="utf-8") as qde:
            project = qde.read()
        result = json.loads(self.service.importProject(doc, self.qdpx("repeated.qdpx", [
            ("project.qde", project), ("sources/t.txt", "Time and money")])))
        self.assertEqual(result["merged"], 2, result)
        notes = "\n".join(str(note) for note in result["notCarriedOver"])
        for said in ("repeats the guid 8e3b4e5a-0000-4000-8000-0000000000c1 of an earlier code",
                     "which several codes carry", "a code the codebook does not have",
                     "repeats the guid 8e3b4e5a-0000-4000-8000-0000000000f3 of an earlier one"):
            self.assertIn(said, notes)
        self.assertEqual(sorted((c["text"], c["codeName"]) for c in codings(self.service, doc)),
                         [("Time", "Staff"), ("and ", "Staff")])
        self.assertEqual(len({c["id"] for c in codings(self.service, doc)}), 2)

if __name__ == "__main__":
    unittest.main()
