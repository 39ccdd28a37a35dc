"""powertri pseudonymise (issue 22) without LibreOffice: pseudonymised copies of the sample transcripts, the
originals untouched, what was replaced reported; a bad key or an existing copy changes nothing. (Coded ODT
and DOCX files, their codings read back, are checked in a real office: tests/integration/test_pseudonymisation.py.)

    test_pseudonymise.py <powertri> <samples folder>
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

POWERTRI = sys.argv.pop(1)
SAMPLES = sys.argv.pop(1)


class PseudonymiseCommandTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="pt-pseudonymise-")
        self.addCleanup(shutil.rmtree, self.folder, True)
        self.originals = os.path.join(self.folder, "originals")
        os.mkdir(self.originals)
        for name in ("coach-interview.fodt", "coach-interview-2.fodt"):
            shutil.copy(os.path.join(SAMPLES, name), self.originals)
        self.key = self.write("key.csv", "term;replacement;match case\nCoach 3;[Coach A];yes\ninterviewer;[Researcher];no\n")

    def write(self, name, content):
        path = os.path.join(self.folder, name)
        with open(path, "w", encoding="utf-8") as file:
            file.write(content)
        return path

    def run_powertri(self, *arguments):
        return subprocess.run([POWERTRI, *arguments], capture_output=True, text=True, timeout=120)

    def files(self, folder):
        found = {}
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), "rb") as file:
                found[name] = file.read()
        return found

    def test_copies_are_pseudonymised_and_the_originals_kept(self):
        before = self.files(self.originals)
        self.assertIn(b'<text:span text:style-name="Speaker">Coach 3:</text:span>', before["coach-interview.fodt"])
        out = os.path.join(self.folder, "shared")
        run = self.run_powertri("pseudonymise", "--key", self.key, self.originals, "--out", out)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertRegex(run.stdout, r"coach-interview\.fodt: \d+ replaced \(Coach 3: \d+, interviewer: \d+\), 0 codings touched")
        self.assertEqual(sorted(os.listdir(out)), sorted(before))
        for name, content in self.files(out).items():
            text = content.decode("utf-8")
            self.assertNotIn("Coach 3", text)
            self.assertNotRegex(text, r"(?i)\binterviewer\b")
            self.assertIn('<text:span text:style-name="Speaker">[Researcher]:</text:span>', text)
            run = self.run_powertri("report", os.path.join(out, name))  # still a transcript powertri reads
            self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn('<text:span text:style-name="Speaker">[Coach A]:</text:span>', self.files(out)["coach-interview.fodt"].decode("utf-8"))
        self.assertEqual(self.files(self.originals), before)

        # Reversed with the same key, on a copy: the original's text again.
        back = os.path.join(self.folder, "back")
        run = self.run_powertri("pseudonymise", "--reverse", "--key", self.key, out, "--out", back)
        self.assertEqual(run.returncode, 0, run.stderr)
        restored = self.files(back)["coach-interview.fodt"].decode("utf-8")
        self.assertIn('<text:span text:style-name="Speaker">Coach 3:</text:span>', restored)
        self.assertNotIn("[Coach A]", restored)

        again = self.run_powertri("pseudonymise", "--key", self.key, self.originals, "--out", out)
        self.assertEqual(again.returncode, 3)
        self.assertIn("exists already: nothing is replaced", again.stderr)

    def test_a_bad_key_writes_nothing(self):
        keys = {"inside.csv": ("term,replacement\nCoach 3,[Coach 3's friend]\n", 'contains "Coach 3"'),
                "twice.json": ('{"terms": [{"term": "Coach", "replacement": "[A]"}, {"term": "Coach", "replacement": "[B]"}]}', "twice"),
                "broken.json": ('{"terms": [', "key"),
                "empty.csv": ("term,replacement\n,[A]\n", "empty"),
                "columns.csv": ("name,pseudonym\nCoach 3,[A]\n", 'no column "term"')}
        for name, (content, says) in keys.items():
            with self.subTest(name):
                out = os.path.join(self.folder, "out-" + name)
                run = self.run_powertri("pseudonymise", "--key", self.write(name, content), self.originals, "--out", out)
                self.assertEqual(run.returncode, 3, run.stderr)
                self.assertIn(says, run.stderr)
                self.assertIn("Nothing was written.", run.stderr)
                self.assertFalse(os.path.exists(out))
        run = self.run_powertri("pseudonymise", self.originals, "--out", os.path.join(self.folder, "x"))
        self.assertEqual(run.returncode, 2)


if __name__ == "__main__":
    unittest.main()
