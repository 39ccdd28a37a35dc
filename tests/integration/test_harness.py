"""The test harness itself (tools/office.py) and the README's install line: stopping an office always ends it
within its limit, even when terminate() waits for an answer nobody gives (a window asking whether to save a
modified document); and `unopkg add` installs the extension from a shell without stopping at a prompt."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import SAMPLES, start_office  # noqa: E402
from office import OXT  # noqa: E402

README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "README.md")


class HarnessTest(unittest.TestCase):
    def test_stop_ends_an_office_with_a_modified_document_within_its_limit(self):
        office = start_office(gui=True)
        try:
            document = office.load(os.path.join(SAMPLES, "coach-interview.fodt"), hidden=False)
            document.Text.insertString(document.Text.getEnd(), "An edit nobody saved.", False)
            self.assertTrue(document.isModified())
        except BaseException:
            office.stop()
            raise
        stopping = threading.Thread(target=office.stop, kwargs={"timeout": 10}, daemon=True)
        stopping.start()
        stopping.join(timeout=90)
        self.assertFalse(stopping.is_alive(), "stop() did not return")
        self.assertIsNotNone(office.process.poll(), "the office still runs")


    def test_the_readmes_unopkg_line_installs_without_a_prompt(self):
        with open(README, encoding="utf-8") as readme:
            line = re.search(r"^unopkg add (\S+)$", readme.read(), re.M)
        self.assertIsNotNone(line, "the README has an `unopkg add` line")
        profile = tempfile.mkdtemp(prefix="pt-readme-install-")
        try:
            # As written, into a profile of its own, with nobody at the keyboard: a licence prompt would wait.
            command = ["unopkg", "add", "-env:UserInstallation=file://" + profile, OXT]
            done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=120)
            self.assertEqual(done.returncode, 0, done.stdout.decode(errors="replace"))
            listed = subprocess.run(["unopkg", "list", "-env:UserInstallation=file://" + profile], stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, timeout=120).stdout.decode(errors="replace")
            self.assertIn("org.powertriangle.extension", listed)
        finally:
            shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
