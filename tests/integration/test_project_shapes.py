"""REFI-QDA projects as the tools write them (issue 19), through the API: NVivo for Windows' Sources/,
qc's bare paths, ATLAS.ti's project file named after the project and its codebook-only export, a byte-order
mark, MAXQDA's Windows line ends, a path of another case, a text inside project.qde. Each coding lands on
its exact passage; the summary says what the reading was lenient about."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, codings, shared_office  # noqa: E402
from project_shapes import expected, package, shapes, write_transcript  # noqa: E402

import uno  # noqa: E402
from office import prop  # noqa: E402


class ProjectShapesTest(OfficeTest):
    def new_transcript(self, shape):
        document = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        self.documents.append(document)
        write_transcript(document, shape)
        document.setModified(False)
        return document

    def test_every_shape_lands_every_coding_on_its_passage(self):
        self.assertGreaterEqual(len(shapes()), 9, "the fixtures are there")
        for shape in shapes():
            wanted = expected(shape)
            with self.subTest(shape=shape):
                document = self.new_transcript(shape)
                result = json.loads(self.service.importProject(document, uno.systemPathToFileUrl(package(shape, self.workdir))))
                got = sorted((c["codePath"].split(" / ")[-1], c["text"]) for c in codings(self.service, document))
                self.assertEqual(got, sorted((c["code"], c["passage"]) for c in wanted["codings"]), result["summary"])
                self.assertEqual(result["merged"], len(wanted["codings"]))
                for said in wanted["lenient"]:
                    self.assertIn(said, result["summary"])
                codebook = json.loads(self.service.getCodebookJson(document))
                names = {code["name"]: code for code in codebook["codes"]}
                for name in wanted["codes"]:
                    self.assertIn(name, names, "the project's codes come into the codebook")
                self.assertEqual(names["Time"]["color"].lower(), "#cc0000")
                self.assertEqual(names["Too little time"]["parentId"], names["Time"]["id"])
                if wanted["codings"]:
                    self.assertEqual(result["source"], "Interview 7")
                else:
                    self.assertIn("No codings came with atlas-codebook-only.qdpx: it has no texts, only a codebook.",
                                  result["summary"])
                self.assertTrue(document.isModified())
                self.assertEqual(document.UndoManager.getCurrentUndoActionTitle(),
                                 "Import codings from %s.qdpx" % shape)


setUpModule, tearDownModule = shared_office()

if __name__ == "__main__":
    unittest.main()
