"""The test harness itself (tools/office.py): stopping an office always ends it within its limit, even when
terminate() waits for an answer nobody gives (a window asking whether to save a modified document)."""
import os
import sys
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import SAMPLES, start_office  # noqa: E402


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


if __name__ == "__main__":
    unittest.main(verbosity=2)
