"""The README's API example, run as written against a real LibreOffice: the documentation stays true."""
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, codings, start_office  # noqa: E402

import office as office_module  # noqa: E402  (tools/office.py, on the path through testing)

STAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # holds README.md and samples/


def readme_example():
    with open(os.path.join(STAGE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    block = re.search(r"<!-- api-example:start.*?-->\s*```python\n(.*?)```\s*<!-- api-example:end -->", readme, re.S)
    if block is None:
        raise AssertionError("README.md has no marked API example")
    return block.group(1)


class ReadmeExampleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = start_office()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def test_example_codes_prints_and_saves_docx(self):
        example = readme_example()
        self.assertIn("name=powertriangle;", example)
        script = os.path.join(STAGE, "example.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(example.replace("name=powertriangle;", "name=%s;" % self.office.pipe))
        env = dict(os.environ, URE_MORE_TYPES=office_module.CLIENT_TYPES)
        result = subprocess.run(["/usr/bin/python3", script], cwd=STAGE, env=env, capture_output=True, text=True,
                                timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Lack of time | %s | We never got the time to meet the family properly" % CODER,
                      result.stdout.splitlines())
        saved = self.office.load(os.path.join(STAGE, "coded.docx"))
        listed = codings(self.office.coding_service(), saved)
        self.assertEqual([(c["codeName"], c["memo"]) for c in listed], [("Lack of time", "visits crowd out meetings")])
        saved.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
