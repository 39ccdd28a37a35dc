"""powertri report over REFI-QDA projects as the tools write them (issue 19): the fixtures of
tests/data/refi-qda/shapes/, packaged as .qdpx, each read with the same rules as the extension's import.

    test_projects.py <powertri> <shapes folder>
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

POWERTRI = sys.argv.pop(1)
SHAPES = sys.argv.pop(1)
# The fixtures packaged as the integration tests package them.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from project_shapes import package  # noqa: E402


class ProjectReportTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="pt-projects-")
        self.addCleanup(shutil.rmtree, self.folder, True)

    def report(self, *paths):
        return subprocess.run([POWERTRI, "report", "--no-progress", "--format", "json", *paths], capture_output=True,
                              text=True, timeout=120)

    def test_every_shape_with_texts_gives_the_projects_counts(self):
        for shape in sorted(os.listdir(SHAPES)):
            with open(os.path.join(SHAPES, shape, "expected.json"), encoding="utf-8") as f:
                expected = json.load(f)
            if not expected["codings"]:
                continue
            with self.subTest(shape=shape):
                run = self.report(package(shape, self.folder))
                self.assertEqual(run.returncode, 0, run.stderr)
                report = json.loads(run.stdout)
                self.assertEqual(report["documents"], ["Interview 7"])
                self.assertEqual(report["codings"], len(expected["codings"]), run.stdout)
                totals = {code["path"]: code["codings"]["total"] for code in report["codes"]}
                self.assertEqual((totals["Time / Too little time"], totals["Voice of the family"], totals["Time"]), (1, 1, 2))
                for said in expected["lenient"]:
                    self.assertIn(said, run.stderr)

    def test_a_codebook_only_project_has_nothing_to_report_and_says_so(self):
        run = self.report(package("atlas-codebook-only", self.folder))
        self.assertEqual(run.returncode, 3, run.stderr)
        self.assertIn("has no texts (a codebook only)", run.stderr)

    def test_a_package_without_a_project_is_named_with_what_was_looked_for(self):
        path = os.path.join(self.folder, "empty.qdpx")
        with zipfile.ZipFile(path, "w") as qdpx:
            qdpx.writestr("sources/a.txt", "text")
        run = self.report(path)
        self.assertEqual(run.returncode, 3, run.stderr)
        self.assertIn("has no project file (project.qde or another .qde file)", run.stderr)


if __name__ == "__main__":
    unittest.main()
