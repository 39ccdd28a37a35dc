"""powertri export --qdpx over transcripts that share a file name in different folders (issue 18): each is a
source of its own, with its own GUID and its own text in the package.   test_export.py <powertri> <samples>"""
import json
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

    def export(self, *arguments):
        project = os.path.join(self.folder, "p.qdpx")
        run = subprocess.run([POWERTRI, "export", "--no-progress", "--qdpx", project, *arguments], capture_output=True,
                             text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        with zipfile.ZipFile(project) as package:
            return package.read("project.qde").decode()

    def test_a_study_that_says_so_has_a_case_per_speaker(self):
        """Issue 20: cases per speaker where a study says so; each refers to the speaker's turns."""
        folder = self.transcript("study")
        with open(os.path.join(folder, "study.json"), "w", encoding="utf-8") as study:
            json.dump({"format": "power-triangle-study", "version": 1, "name": "Focus", "cases": "speaker",
                       "transcripts": ["interview.fodt"]}, study)
        qde = self.export(folder)
        cases = re.findall(r'<Case guid="[^"]+" name="([^"]+)">(.*?)</Case>', qde, re.S)
        names = [name for name, _ in cases]
        # The sample's title, "Interview 3: an improvement coach…", reads as a label too, as in its reports.
        self.assertEqual(names[-2:], ["Interviewer (interview.fodt)", "Coach 3 (interview.fodt)"], qde[:3000])
        for name, body in cases[-2:]:
            refs = re.findall(r'<SelectionRef targetGUID="([^"]+)"/>', body)
            self.assertGreater(len(refs), 3, name)
            for ref in refs:
                turn = re.search(r'<PlainTextSelection guid="%s" name="([^"]+)"' % ref, qde)
                self.assertIsNotNone(turn, ref)
                self.assertEqual(turn.group(1) + " (interview.fodt)", name)
        self.assertNotIn("SelectionRef", self.export("--cases", "transcript", folder), "the command line has the last word")
        self.assertIn("SelectionRef", self.export("--cases", "speaker", os.path.join(folder, "interview.fodt")))
        wrong = subprocess.run([POWERTRI, "export", "--qdpx", os.path.join(self.folder, "x.qdpx"), "--cases", "person", folder],
                               capture_output=True, text=True, timeout=120)
        self.assertEqual((wrong.returncode, wrong.stderr.splitlines()[0]), (2, "powertri: --cases is transcript or speaker"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
