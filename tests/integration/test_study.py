"""Studies through the API (issue 20): made in a folder, transcripts added where they are, listed with their
attributes and codings without opening them; bad input refused with the fault named and nothing lost; and
powertri reading the study's folder gives the numbers the transcripts have."""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, artifact_path, code_ids, find, prop, set_user, shared_office  # noqa: E402

import uno  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

POWERTRI = os.environ.get("PT_POWERTRI", "")
URL = uno.systemPathToFileUrl


class StudyTest(OfficeTest):
    def transcript(self, name, profession, passages):
        doc = self.open()
        codes = code_ids(self.service, doc)
        for passage in passages:
            self.service.addCoding(doc, find(doc, passage), codes["Lack of time"], "")
        self.service.setDocumentAttributesJson(doc, json.dumps({"profession": profession}))
        os.makedirs(os.path.dirname(os.path.join(self.workdir, name)), exist_ok=True)
        self.reopen(doc, name).close(True)
        return os.path.join(self.workdir, name)

    def test_a_study_made_filled_listed_and_read_by_powertri(self):
        self.assertTrue(POWERTRI, "PT_POWERTRI names the built command line (tests/integration/CMakeLists.txt)")
        folder = os.path.join(self.workdir, "coaches")
        os.makedirs(folder)
        study = self.service.createStudy(URL(folder), "Coaches 2024")
        self.assertEqual(study, URL(os.path.join(folder, "study.json")))
        with self.assertRaises(IllegalArgumentException) as again:
            self.service.createStudy(URL(folder), "Another")
        self.assertIn("holds a study already", again.exception.Message)

        inside = self.transcript("coaches/interviews/anna.odt", "nurse", ["Time, above all."])
        outside = self.transcript("elsewhere/bo.docx", "manager", ["Time, above all.", "That notebook was the best data we had."])
        added = json.loads(self.service.addTranscriptsToStudy(study, (URL(inside), URL(outside))))
        self.assertEqual(added["added"], 2)
        again = json.loads(self.service.addTranscriptsToStudy(study, (URL(inside),)))
        self.assertEqual((again["added"], again["notes"]), (0, ["interviews/anna.odt: is in the study already"]))

        # The study's attribute types: accepted while every value fits them, else refused naming the misfit.
        definitions = [{"name": "profession", "type": "choice", "choices": ["nurse", "manager"]}]
        self.service.setStudyAttributeDefinitionsJson(study, json.dumps(definitions))
        with self.assertRaises(IllegalArgumentException) as misfit:
            self.service.setStudyAttributeDefinitionsJson(
                study, json.dumps([{"name": "profession", "type": "choice", "choices": ["nurse"]}]))
        self.assertIn("bo.docx", misfit.exception.Message)
        self.assertIn("\"manager\" is not one of profession's values", misfit.exception.Message)
        with self.assertRaises(IllegalArgumentException) as malformed:
            self.service.setStudyAttributeDefinitionsJson(study, '[{"name": "years", "type": "weight"}]')
        self.assertEqual(malformed.exception.ArgumentPosition, 1)

        listing = json.loads(self.service.getStudyJson(study))
        self.assertEqual(listing["attributes"], definitions, "the refused definitions changed nothing")
        self.assertEqual(listing["name"], "Coaches 2024")
        self.assertEqual([(t["path"], t["codings"], t["attributes"], t["missing"]) for t in listing["transcripts"]],
                         [("interviews/anna.odt", 1, {"profession": "nurse"}, False),
                          (outside, 2, {"profession": "manager"}, False)])

        # Retrieval across the study, without opening the transcripts; again from memory.
        found = json.loads(self.service.retrieveFromStudy(study, json.dumps({"code": "Lack of time"}), "json"))
        self.assertEqual(sorted((p["transcript"], p["text"]) for p in found["passages"]),
                         [("anna.odt", "Time, above all."), ("bo.docx", "That notebook was the best data we had."),
                          ("bo.docx", "Time, above all.")])
        self.assertEqual([p["transcript"] for p in found["passages"]], ["anna.odt", "bo.docx", "bo.docx"], "the study's order")
        self.assertEqual(found["unread"], [])
        self.assertIn("Time, above all.", found["passages"][0]["context"])
        self.assertEqual(found["passages"][2]["location"], URL(outside))
        managers = json.loads(self.service.retrieveFromStudy(
            study, json.dumps({"code": "Resources", "where": ["profession=manager"]}), "json"))["passages"]
        self.assertEqual(sorted(p["text"] for p in managers), ["That notebook was the best data we had.", "Time, above all."])
        table = self.service.retrieveFromStudy(study, json.dumps({"code": "Lack of time"}), "csv")
        self.assertTrue(table.startswith("transcript,code,speaker,coder,text,condensed,memo,context\r\n"))
        with self.assertRaises(IllegalArgumentException) as unknown:
            self.service.retrieveFromStudy(study, json.dumps({"code": "No such code"}), "json")
        self.assertEqual(unknown.exception.ArgumentPosition, 1)

        # A file that is no transcript is refused, and nothing is added.
        garbage = os.path.join(self.workdir, "garbage.odt")
        with open(garbage, "wb") as f:
            f.write(b"PK\x03\x04 no document")
        with self.assertRaises(IllegalArgumentException) as refused:
            self.service.addTranscriptsToStudy(study, (URL(garbage),))
        self.assertEqual(refused.exception.ArgumentPosition, 1)
        self.assertIn("garbage.odt", refused.exception.Message)
        self.assertEqual(len(json.loads(self.service.getStudyJson(study))["transcripts"]), 2)

        # powertri reads the study's transcripts (not every file of its folder), wherever they are.
        shutil.copy(inside, os.path.join(folder, "not-in-the-study.odt"))
        run = subprocess.run([POWERTRI, "matrix", "--by", "profession", "--format", "json", "--no-progress", folder],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        matrix = json.loads(run.stdout)
        self.assertEqual([(c["value"], c["transcripts"]) for c in matrix["columns"]], [("manager", 1), ("nurse", 1)])
        resources = next(row for row in matrix["codes"] if row["path"] == "Resources")
        self.assertEqual(resources["cells"], [2, 1])

        # A transcript moved away is listed as missing, and powertri names it; nothing else is lost.
        shutil.move(outside, outside + ".moved")
        listing = json.loads(self.service.getStudyJson(study))
        self.assertEqual([t["missing"] for t in listing["transcripts"]], [False, True])
        found = json.loads(self.service.retrieveFromStudy(study, json.dumps({"code": "Lack of time"}), "json"))
        self.assertEqual(len(found["passages"]), 1)
        self.assertIn("elsewhere/bo.docx", found["unread"][0], "a transcript that could not be read is named")
        run = subprocess.run([POWERTRI, "report", "--format", "json", "--no-progress", folder], capture_output=True, text=True)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertIn("bo.docx: a transcript of the study \"Coaches 2024\" is not there", run.stderr)

    def test_the_whole_study_goes_to_one_refi_qda_project_with_its_cases(self):
        """Issue 20: one project of every transcript, read from the files; a case per transcript, or per
        speaker where the study says so; importing it gives the attributes back and notes nothing."""
        folder = os.path.join(self.workdir, "coaches")
        os.makedirs(folder)
        study = self.service.createStudy(URL(folder), "Coaches")
        anna = self.transcript("coaches/anna.odt", "nurse", ["Time, above all."])
        bo = self.transcript("elsewhere/bo.docx", "manager", ["Time, above all.", "That notebook was the best data we had."])
        self.service.addTranscriptsToStudy(study, (URL(anna), URL(bo)))
        self.assertEqual(json.loads(self.service.getStudyJson(study))["cases"], "transcript")

        def export(options="{}"):
            path = os.path.join(self.workdir, "coaches.qdpx")
            done = json.loads(self.service.exportStudyProject(study, URL(path), options))
            with zipfile.ZipFile(path) as package:
                qde = package.read("project.qde").decode("utf-8")
                sources = re.findall(r'<TextSource guid="([^"]+)" name="([^"]+)"( richTextPath="[^"]+")?', qde)
                docx = [n for n in package.namelist() if n.endswith(".docx")]
            cases = re.findall(r'<Case guid="[^"]+" name="([^"]+)">(.*?)</Case>', qde, re.S)
            return done, qde, sources, docx, cases

        done, qde, sources, docx, cases = export()
        self.assertEqual((done["sources"], done["codings"], done["notes"]), (2, 3, []))
        self.assertEqual([(name, bool(rich)) for _, name, rich in sources], [("anna.odt", False), ("bo.docx", True)])
        self.assertEqual(docx, ["sources/%s.docx" % sources[1][0]], "the DOCX transcript's file is its rich text")
        self.assertEqual([name for name, _ in cases], ["anna.odt", "bo.docx"])
        self.assertIn("<TextValue>nurse</TextValue>", cases[0][1])
        self.assertIn('<SourceRef targetGUID="%s"/>' % sources[0][0], cases[0][1])

        self.service.setStudyCases(study, "speaker")
        self.assertEqual(json.loads(self.service.getStudyJson(study))["cases"], "speaker")
        done, qde, sources, docx, cases = export()
        by_name = dict(cases)
        for transcript, profession in (("anna.odt", "nurse"), ("bo.docx", "manager")):
            body = by_name["Coach 3 (%s)" % transcript]
            self.assertIn("<TextValue>%s</TextValue>" % profession, body)
            turns = re.findall(r'<SelectionRef targetGUID="([^"]+)"/>', body)
            self.assertGreater(len(turns), 3)
            for turn in turns:
                self.assertRegex(qde, r'<PlainTextSelection guid="%s" name="Coach 3" ' % turn)
        self.assertNotIn("SelectionRef", export('{"cases": "transcript"}')[1], "the options have the last word")

        # The project comes back: anna's transcript takes her attributes, and nothing is said to be lost.
        fresh = self.open()
        self.service.exportStudyProject(study, URL(os.path.join(self.workdir, "coaches.qdpx")), "{}")
        imported = json.loads(self.service.importProject(fresh, URL(os.path.join(self.workdir, "coaches.qdpx"))))
        self.assertEqual((imported["source"], imported["notCarriedOver"]),
                         ("anna.odt", ["bo.docx: is another document (2 codings): open it and import the project there"]))
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(fresh)), {"profession": "nurse"})

        with self.assertRaises(IllegalArgumentException) as wrong:
            self.service.setStudyCases(study, "person")
        self.assertEqual(wrong.exception.ArgumentPosition, 1)
        with self.assertRaises(IllegalArgumentException) as wrong:
            self.service.exportStudyProject(study, URL(os.path.join(self.workdir, "x.qdpx")), '{"cases": 3}')
        self.assertEqual(wrong.exception.ArgumentPosition, 2)
        self.assertIn("options.cases", wrong.exception.Message)

        # A transcript moved away is named, and the others still go.
        shutil.move(bo, bo + ".moved")
        done = export()[0]
        self.assertEqual(done["sources"], 1)
        self.assertIn("bo.docx", " ".join(done["notes"]))

    def test_the_matrix_report_counts_what_the_transcripts_have(self):
        folder = os.path.join(self.workdir, "matrix")
        os.makedirs(folder)
        study = self.service.createStudy(URL(folder), "Matrix")
        plan = [("matrix/a.odt", "nurse", ["Time, above all."]),
                ("matrix/b.odt", "manager", ["Time, above all.", "That notebook was the best data we had."]),
                ("matrix/c.odt", "nurse", ["That notebook was the best data we had."])]
        paths = [self.transcript(name, profession, passages) for name, profession, passages in plan]
        self.service.addTranscriptsToStudy(study, tuple(URL(p) for p in paths))

        report = self.service.createStudyMatrixReport(study, "profession", "{}")
        self.documents.append(report)
        if artifact_path("matrix-report.pdf"):  # for the README (PT_ARTIFACTS): the report as PDF, its chart drawn
            report.storeToURL(URL(artifact_path("matrix-report.pdf")), (prop("FilterName", "writer_pdf_Export"),))
        self.assertTrue(report.Text.getString().startswith("Codings by profession"))
        self.assertEqual(report.EmbeddedObjects.Count, 1, "the chart")
        tables = [report.TextTables.getByIndex(i) for i in range(report.TextTables.Count)]
        codes = next(t for t in tables if t.getCellByName("A1").getString() == "Code")
        header = [codes.getCellByPosition(c, 0).getString() for c in range(codes.Columns.Count)]
        self.assertEqual(header, ["Code", "manager (1)", "nurse (2)"], "values sorted, no choice defining their order")
        rows = {codes.getCellByPosition(0, r).getString().strip(): [codes.getCellByPosition(c, r).getString()
                                                                      for c in range(1, codes.Columns.Count)]
                for r in range(1, codes.Rows.Count)}
        # Counted here: every coding is "Lack of time", under Resources.
        nurse = sum(len(passages) for _, profession, passages in plan if profession == "nurse")
        manager = sum(len(passages) for _, profession, passages in plan if profession == "manager")
        self.assertEqual(rows["Resources"], [str(manager), str(nurse)])
        self.assertEqual(rows["Lack of time"], [str(manager), str(nurse)])
        self.assertEqual(rows["Discourses"], ["0", "0"])

        transcripts = self.service.createStudyMatrixReport(study, "profession", '{"count": "transcripts"}')
        self.documents.append(transcripts)
        codes = next(transcripts.TextTables.getByIndex(i) for i in range(transcripts.TextTables.Count)
                     if transcripts.TextTables.getByIndex(i).getCellByName("A1").getString() == "Code")
        row = next(r for r in range(1, codes.Rows.Count) if codes.getCellByPosition(0, r).getString() == "Resources")
        self.assertEqual([codes.getCellByPosition(c, row).getString() for c in (1, 2)], ["1", "2"])

        # The coding report of the whole study, and of its nurses only.
        whole = self.service.createStudyCodingReport(study, "{}")
        self.documents.append(whole)
        self.assertIn("4 codings", whole.Text.getString())
        nurses = self.service.createStudyCodingReport(study, json.dumps({"where": ["profession=nurse"]}))
        self.documents.append(nurses)
        self.assertIn("%d codings" % nurse, nurses.Text.getString())
        self.assertNotIn("4 codings", nurses.Text.getString())
        with self.assertRaises(IllegalArgumentException) as none:
            self.service.createStudyCodingReport(study, json.dumps({"where": ["profession=doctor"]}))
        self.assertIn("No transcript of the study meets", none.exception.Message)

        with self.assertRaises(IllegalArgumentException) as unknown:
            self.service.createStudyMatrixReport(study, "municipality", "{}")
        self.assertIn("municipality: is an attribute of none of the transcripts (they have profession)", unknown.exception.Message)
        with self.assertRaises(IllegalArgumentException) as options:
            self.service.createStudyMatrixReport(study, "profession", '{"count": "words"}')
        self.assertEqual(options.exception.ArgumentPosition, 2)

    def test_the_agreement_report_of_a_study_pools_the_transcripts_two_coders_coded(self):
        folder = os.path.join(self.workdir, "agree")
        os.makedirs(folder)
        study = self.service.createStudy(URL(folder), "Agree")
        plan = [("a.odt", {"Anna": "Time, above all.", "Bo": "Time, above all."}),
                ("b.odt", {"Anna": "Time, above all.", "Bo": "That notebook was the best data we had."}),
                ("c.odt", {"Anna": "Time, above all."})]
        paths = []
        self.addCleanup(set_user, self.office, "Anna", "\u00c5berg")
        for name, by_coder in plan:
            doc = self.open()
            codes = code_ids(self.service, doc)
            for coder, passage in by_coder.items():
                set_user(self.office, coder, "Test")
                self.service.addCoding(doc, find(doc, passage), codes["Lack of time"], "")
            paths.append(os.path.join(folder, name))
            self.reopen(doc, os.path.join("agree", name)).close(True)
        set_user(self.office, "Anna", "\u00c5berg")
        with self.assertRaises(IllegalArgumentException) as alone:
            self.service.addTranscriptsToStudy(study, (URL(paths[2]),))
            self.service.createStudyAgreementReport(study)
        self.assertIn("no two coders coded the same transcripts", alone.exception.Message)
        self.assertIn("c.odt: Anna Test", alone.exception.Message)

        self.service.addTranscriptsToStudy(study, (URL(paths[0]), URL(paths[1])))
        report = self.service.createStudyAgreementReport(study)
        self.documents.append(report)
        text = report.Text.getString()
        self.assertTrue(text.startswith("Agreement between coders: Agree"))
        self.assertIn("Coders: Anna Test and Bo Test.", text)
        self.assertIn("The study's transcripts counted together: a.odt and b.odt. Left out: c.odt (has one coder's codings only).", text)
        # The disagreement is b's: its quotes link to b.odt.
        links = set()
        for i in range(report.TextTables.Count):
            table = report.TextTables.getByIndex(i)
            for name in table.getCellNames():
                paragraphs = table.getCellByName(name).createEnumeration()
                while paragraphs.hasMoreElements():
                    portions = paragraphs.nextElement().createEnumeration()
                    while portions.hasMoreElements():
                        link = portions.nextElement().HyperLinkURL
                        if link:
                            links.add(link.split("#")[0])
        self.assertEqual(links, {URL(paths[1])})

        # powertri counts the same, from the files.
        overall = report.TextTables.getByIndex(0)
        row = next(r for r in range(overall.Rows.Count) if overall.getCellByPosition(0, r).getString() == "Percent agreement")
        shown = overall.getCellByPosition(1, row).getString()
        run = subprocess.run([POWERTRI, "agreement", "--together", "--format", "json", "--no-progress", folder],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        pooled = json.loads(run.stdout)
        self.assertEqual(pooled["transcripts"], ["a.odt", "b.odt"])
        self.assertEqual("%.1f %%" % pooled["overall"]["wholeText"]["percentAgreement"], shown)
        self.assertLess(pooled["overall"]["wholeText"]["percentAgreement"], 100.0, "b's coders disagree")

    def test_a_damaged_study_file_and_a_read_only_folder_are_refused_with_a_message(self):
        folder = os.path.join(self.workdir, "damaged")
        os.makedirs(folder)
        with open(os.path.join(folder, "study.json"), "w") as f:
            f.write('{"format": "power-triangle-study", "name": ')
        with self.assertRaises(IllegalArgumentException) as damaged:
            self.service.getStudyJson(URL(os.path.join(folder, "study.json")))
        self.assertIn("study.json\" is damaged", damaged.exception.Message)
        with open(os.path.join(folder, "study.json")) as f:
            self.assertIn('"name": ', f.read(), "the damaged file is left as it was")

        locked = os.path.join(self.workdir, "locked")
        os.makedirs(locked)
        os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)
        try:
            with self.assertRaises(IllegalArgumentException) as read_only:
                self.service.createStudy(URL(locked), "x")
        finally:
            os.chmod(locked, stat.S_IRWXU)
        self.assertIn("could not be written", read_only.exception.Message)
        self.assertEqual(read_only.exception.ArgumentPosition, 0)


setUpModule, tearDownModule = shared_office()

if __name__ == "__main__":
    unittest.main()
