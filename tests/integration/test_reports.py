"""Reports, pictures and the command line (issue 7), in a real LibreOffice: the counts of a coded transcript,
the report document with its chart and power-triangle figure, the figure at the cursor, and powertri giving
the same numbers from the saved ODT and DOCX without LibreOffice."""
import json
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, codings, find, set_user, shared_office  # noqa: E402

setUpModule, tearDownModule = shared_office()

POWERTRI = os.environ.get("PT_POWERTRI", "")

# (passage, code, coder): hand-counted below.
CODED = [("Time, above all.", "Lack of time", "Anna Åberg"),                                  # resources, barrier
         ("That notebook was the best data we had.", "The user's resources", "Anna Åberg"),   # resources, enabler
         ("I'm only a relative, they are the ones who know.", "Among users", "Anna Åberg"),   # discourses, barrier
         ("Time, above all.", "Lack of time", "Bo Berg"),                                     # resources, barrier
         ("We invited her to the team meetings from the very first one", "Actively involving users", "Bo Berg")]


class ReportsTest(OfficeTest):
    def setUp(self):
        super().setUp()
        self.doc = self.open()
        codes = code_ids(self.service, self.doc)
        self.addCleanup(set_user, self.office, "Anna", "Åberg")
        for passage, code, coder in CODED:
            set_user(self.office, *coder.split(" "))
            self.service.addCoding(self.doc, find(self.doc, passage), codes[code], "")
        set_user(self.office, "Anna", "Åberg")

    def report(self, documents, options=""):
        return json.loads(self.service.getCodingReportJson(documents, options))

    def test_the_counts_match_a_hand_count(self):
        report = self.report((self.doc,))
        self.assertEqual(report["codings"], 5)
        self.assertEqual(report["byDimension"]["resources"], {"enablers": 1, "barriers": 2, "either": 0, "total": 3})
        self.assertEqual(report["byDimension"]["discourses"], {"enablers": 1, "barriers": 1, "either": 0, "total": 2})
        self.assertEqual(report["byDimension"]["contexts"]["total"], 0)
        self.assertEqual(report["byCoder"]["Bo Berg"]["resources"]["barriers"], 1)
        self.assertEqual(report["bySpeaker"]["Coach 3"]["resources"]["total"], 3)
        codes = {c["path"]: c for c in report["codes"]}
        self.assertEqual(codes["Resources / Lack of access to resources"]["codings"]["total"], 2)
        # The two "Lack of time" codings overlap each other but no other code; co-occurrence counts pairs of
        # different codes only, so "Lack of time" meets nothing on overlapping text.
        paths = report["cooccurrence"]["codes"]
        lack = paths.index("Resources / Lack of access to resources / Lack of time")
        self.assertEqual(sum(report["cooccurrence"]["overlapping"][lack]), 0)
        self.assertEqual(report["passages"], [])
        chosen = self.report((self.doc,), json.dumps({"codes": [code_ids(self.service, self.doc)["Discourses"]]}))
        self.assertEqual([p["text"] for p in chosen["passages"]],
                         ["We invited her to the team meetings from the very first one",
                          "I'm only a relative, they are the ones who know."])

    def test_the_report_document_has_the_chart_and_the_figure(self):
        report = self.service.createCodingReport((self.doc,), "")
        self.documents.append(report)
        self.assertTrue(report.Text.getString().startswith("Codings of"))
        shapes = {report.DrawPage.getByIndex(i).Name: report.DrawPage.getByIndex(i) for i in range(report.DrawPage.Count)}
        self.assertIn("Power Triangle: triangle", shapes)
        self.assertEqual(shapes["Power Triangle: triangle"].CustomShapeGeometry[0].Value, "isosceles-triangle")
        self.assertEqual(shapes["Power Triangle: Resources"].String, "Resources\n3 codings\n1 enablers : 2 barriers")
        self.assertEqual(shapes["Power Triangle: Discourses"].String, "Discourses\n2 codings\n1 enablers : 1 barriers")
        self.assertEqual(shapes["Power Triangle: balance"].String, "Enablers : barriers\n2 : 3")
        chart = report.EmbeddedObjects.getByName("Power Triangle: codings by dimension").Model
        data = chart.Data
        self.assertEqual(data.getRowDescriptions(), ("Resources", "Discourses", "Contexts"))
        self.assertEqual(data.getColumnDescriptions(), ("Enablers", "Barriers", "Either"))
        self.assertEqual([list(row) for row in data.getData()], [[1, 2, 0], [1, 1, 0], [0, 0, 0]])
        self.assertTrue(report.isModified(), "closing the report asks whether to keep it")

    def test_the_figure_goes_in_at_the_cursor_as_one_undo_step(self):
        self.doc.setModified(False)
        before = self.doc.DrawPage.Count
        self.service.insertPowerTriangleFigure(self.doc, self.doc.Text.End)
        self.assertEqual(self.doc.DrawPage.Count, before + 5)
        self.assertTrue(self.doc.isModified())
        self.assertEqual(self.doc.UndoManager.getCurrentUndoActionTitle(), "Insert power-triangle figure")
        self.doc.UndoManager.undo()
        self.assertEqual(self.doc.DrawPage.Count, before)
        self.service.insertFrequencyChart(self.doc, self.doc.Text.End)
        self.assertEqual(self.doc.EmbeddedObjects.Count, 1)

    @unittest.skipUnless(POWERTRI, "PT_POWERTRI names the built command line")
    def test_the_command_line_gives_the_same_numbers_from_odt_and_docx(self):
        expected = self.report((self.doc,))
        for name in ("coded.odt", "coded.docx"):
            saved = self.reopen(self.doc, name)
            via_office = self.report((saved,))
            run = subprocess.run([POWERTRI, "report", "--format", "json", os.path.join(self.workdir, name)],
                                 capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            via_cli = json.loads(run.stdout)
            for key in ("codings", "orphans", "byDimension", "codes", "bySpeaker", "byCoder", "cooccurrence"):
                self.assertEqual(via_cli[key], via_office[key], name + ": " + key)
                self.assertEqual(via_cli[key], expected[key], name + ": " + key + " as before saving")
            agreement = subprocess.run([POWERTRI, "agreement", "--format", "json", os.path.join(self.workdir, name)],
                                       capture_output=True, text=True)
            self.assertEqual(agreement.returncode, 0, agreement.stderr)
            cli = json.loads(agreement.stdout)[0]
            office = json.loads(self.service.getAgreementJson(saved))
            self.assertEqual(cli["document"], name)
            self.assertEqual(cli["overall"], office["overall"], name)
            self.assertEqual(cli["codes"], office["codes"], name)


if __name__ == "__main__":
    unittest.main()
