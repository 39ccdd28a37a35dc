"""Transcripts' attributes (issue 20): set and read through the API, refused with the fault named, one undo
step, kept through ODT and DOCX; and powertri's matrix, --where and CSV giving the numbers the extension's
codings give."""
import csv
import io
import json
import os
import subprocess
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, codings, find, shared_office  # noqa: E402

import uno  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

POWERTRI = os.environ.get("PT_POWERTRI", "")
DEFINITIONS = [{"name": "profession", "type": "choice", "choices": ["nurse", "social worker", "manager"]},
               {"name": "years", "type": "number"}, {"name": "interviewed", "type": "date"},
               {"name": "municipality", "type": "text"}]


class AttributesTest(OfficeTest):
    def test_set_read_refused_undone_and_kept_in_odt_and_docx(self):
        doc = self.open()
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(doc)), {})
        self.service.setAttributeDefinitionsJson(doc, json.dumps(DEFINITIONS))
        values = {"profession": "nurse", "years": 12, "interviewed": "2024-03-05", "municipality": "Jönköping"}
        doc.setModified(False)
        self.service.setDocumentAttributesJson(doc, json.dumps(values))
        self.assertTrue(doc.isModified())
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(doc)), values)
        self.assertEqual(doc.UndoManager.getCurrentUndoActionTitle(), "Change the transcript's attributes")

        for given, named in (('{"years": "twelve"}', "years"), ('{"profession": "doctor"}', "doctor"),
                             ('{"interviewed": "2023-02-29"}', "YYYY-MM-DD"), ('{"ward": {"floor": 2}}', "ward"),
                             ('{"years": ', "attributes"), ('["nurse"]', "not an object")):
            with self.assertRaises(IllegalArgumentException, msg=given) as refused:
                self.service.setDocumentAttributesJson(doc, given)
            self.assertIn(named, refused.exception.Message)
            self.assertEqual(refused.exception.ArgumentPosition, 1)
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(doc)), values, "a refusal changes nothing")
        with self.assertRaises(IllegalArgumentException) as unfit:
            self.service.setAttributeDefinitionsJson(doc, '[{"name": "years", "type": "date"}]')
        self.assertIn("attributes.years", unfit.exception.Message)

        self.service.setDocumentAttributesJson(doc, json.dumps({"profession": "manager"}))
        doc.UndoManager.undo()
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(doc)), values, "one undo step")

        rows = list(csv.DictReader(io.StringIO(self.service.getCodingsCsv(doc))))
        self.assertEqual(rows, [], "no codings yet")
        header = next(csv.reader(io.StringIO(self.service.getCodingsCsv(doc))))
        self.assertEqual(header[-4:], ["interviewed", "municipality", "profession", "years"], "a column per attribute")

        for name in ("attributes.odt", "attributes.docx"):
            again = self.reopen(doc, name)
            self.assertEqual(json.loads(self.service.getDocumentAttributesJson(again)), values, name)
            self.assertEqual(json.loads(self.service.getAttributeDefinitionsJson(again)), DEFINITIONS, name)

    def test_a_refi_qda_round_trip_carries_them_as_variables(self):
        doc = self.open()
        self.service.setAttributeDefinitionsJson(doc, json.dumps(DEFINITIONS))
        values = {"profession": "nurse", "years": 12, "interviewed": "2024-03-05"}
        self.service.setDocumentAttributesJson(doc, json.dumps(values))
        codes = code_ids(self.service, doc)
        self.service.addCoding(doc, find(doc, "Time, above all."), codes["Lack of time"], "")
        project = os.path.join(self.workdir, "study.qdpx")
        self.service.exportProject((doc,), uno.systemPathToFileUrl(project), "{}")
        with zipfile.ZipFile(project) as package:
            qde = package.read("project.qde").decode("utf-8")
        self.assertIn('<Variable guid=', qde)
        self.assertIn("<TextValue>nurse</TextValue>", qde)

        fresh = self.open()
        fresh.setModified(False)
        result = json.loads(self.service.importProject(fresh, uno.systemPathToFileUrl(project)))
        self.assertEqual(result["merged"], 1)
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(fresh)), values)
        self.assertIn("Attributes of this document now:", result["summary"])
        fresh.UndoManager.undo()
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(fresh)), {}, "one undo step with the codings")
        self.assertEqual(codings(self.service, fresh), [])

        # A document that has a value already keeps it, and the summary says what the project said.
        other = self.open()
        self.service.setDocumentAttributesJson(other, json.dumps({"profession": "manager"}))
        result = json.loads(self.service.importProject(other, uno.systemPathToFileUrl(project)))
        self.assertEqual(json.loads(self.service.getDocumentAttributesJson(other))["profession"], "manager")
        self.assertIn('attributes.profession: "nurse" in the other file; this document\'s "manager" is kept',
                      "\n".join(result["notCarriedOver"]))

    def test_powertri_matrix_where_and_csv_count_as_the_extension_does(self):
        self.assertTrue(POWERTRI, "PT_POWERTRI names the built command line (tests/integration/CMakeLists.txt)")
        plan = {"anna.odt": ("nurse", 12, ["Time, above all.", "That notebook was the best data we had."]),
                "bo.odt": ("manager", 4, ["Time, above all."]),
                "cai.odt": ("nurse", 30, [])}
        expected = {}
        for name, (profession, years, passages) in plan.items():
            doc = self.open()
            codes = code_ids(self.service, doc)
            for passage, code in zip(passages, ("Lack of time", "The user's resources")):
                self.service.addCoding(doc, find(doc, passage), codes[code], "")
            self.service.setAttributeDefinitionsJson(doc, json.dumps(DEFINITIONS))
            self.service.setDocumentAttributesJson(doc, json.dumps({"profession": profession, "years": years}))
            expected[name] = codings(self.service, doc)
            self.reopen(doc, name)
        paths = [os.path.join(self.workdir, name) for name in plan]

        def run(*arguments):
            done = subprocess.run([POWERTRI, *arguments, "--no-progress", *paths], capture_output=True, text=True, timeout=120)
            self.assertEqual(done.returncode, 0, done.stderr)
            return done.stdout

        matrix = json.loads(run("matrix", "--by", "profession", "--format", "json"))
        self.assertEqual([(c["value"], c["transcripts"]) for c in matrix["columns"]], [("nurse", 2), ("manager", 1)])
        for row in matrix["codes"]:
            wanted = [sum(1 for name in plan if plan[name][0] == value
                          for coding in expected[name]
                          if coding["codePath"] == row["path"] or coding["codePath"].startswith(row["path"] + " / "))
                      for value in ("nurse", "manager")]
            self.assertEqual(row["cells"], wanted, row["path"])
        self.assertEqual(sum(row["cells"][0] for row in matrix["codes"] if row["depth"] == 0), 2)

        nurses = json.loads(run("report", "--format", "json", "--where", "profession=nurse"))
        self.assertEqual(nurses["codings"], len(expected["anna.odt"]) + len(expected["cai.odt"]))
        self.assertEqual(json.loads(run("report", "--format", "json", "--where", "years<10"))["documents"], ["bo.odt"])

        table = os.path.join(self.workdir, "segments.csv")
        run("export", "--csv", table)
        with open(table, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(len(rows), 3)
        self.assertEqual({(r["document"], r["profession"], r["years"]) for r in rows},
                         {("anna.odt", "nurse", "12"), ("bo.odt", "manager", "4")})
        presence = list(csv.reader(io.StringIO(run("matrix", "--by", "transcript", "--count", "transcripts"))))
        self.assertEqual(presence[0][:5], ["transcript", "interviewed", "municipality", "profession", "years"],
                         "every attribute the study defines, sorted")
        self.assertEqual([row[0] for row in presence[1:]], ["anna.odt", "bo.odt", "cai.odt"])
        time_column = next(i for i, name in enumerate(presence[0]) if name.endswith(" / Lack of time"))
        self.assertEqual([row[time_column] for row in presence[1:]], ["1", "1", "0"])


setUpModule, tearDownModule = shared_office()

if __name__ == "__main__":
    unittest.main()
