"""powertri export --qdpx over transcripts that share a file name in different folders (issue 18): each is a
source of its own, with its own GUID and its own text in the package.   test_export.py <powertri> <samples>"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

POWERTRI = sys.argv.pop(1)
SAMPLES = sys.argv.pop(1)


class ExportTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="pt-export-")
        self.addCleanup(shutil.rmtree, self.folder, True)

    def transcript(self, folder, replace=None):
        os.makedirs(os.path.join(self.folder, folder))
        with open(os.path.join(SAMPLES, "coach-interview.fodt"), encoding="utf-8") as sample:
            text = sample.read()
        if replace:
            self.assertIn(replace[0], text)
            text = text.replace(replace[0], replace[1])
        with open(os.path.join(self.folder, folder, "interview.fodt"), "w", encoding="utf-8") as out:
            out.write(text)
        return os.path.join(self.folder, folder)

    def test_two_transcripts_of_one_name_are_two_sources(self):
        a = self.transcript("a")
        b = self.transcript("b", ("Time, above all.", "Money, above all."))
        project = os.path.join(self.folder, "p.qdpx")
        run = subprocess.run([POWERTRI, "export", "--no-progress", "--qdpx", project, a, b], capture_output=True,
                             text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        with zipfile.ZipFile(project) as package:
            qde = package.read("project.qde").decode()
            guids = re.findall(r'<TextSource[^>]* guid="([^"]+)"', qde)
            self.assertEqual(len(guids), 2, qde[:2000])
            self.assertNotEqual(guids[0], guids[1])
            texts = {name: package.read(name).decode() for name in package.namelist() if name.endswith(".txt")}
        self.assertEqual(sorted(texts), sorted("sources/%s.txt" % guid for guid in guids))
        self.assertEqual(sorted("Money, above all." in text for text in texts.values()), [False, True])


if __name__ == "__main__":
    unittest.main(verbosity=2)
