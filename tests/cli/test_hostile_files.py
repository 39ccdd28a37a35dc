"""powertri against hostile files (issue 8): each is refused with a clear message naming the file, the others
in the folder are still read, and nothing crashes or hangs.   test_hostile_files.py <powertri>"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

POWERTRI = sys.argv.pop(1) if len(sys.argv) > 1 else "powertri"

CONTENT = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
           '<text:p>%s</text:p></office:text></office:body></office:document-content>')
META = ('<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>%s</office:meta></office:document-meta>')
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
          + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(8))
          + ']><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&i;</office:document-content>')


class HostileFilesTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="pt-hostile-")

    def odt(self, name, entries):
        with zipfile.ZipFile(os.path.join(self.folder, name), "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, data in entries.items():
                archive.writestr(entry, data)

    def run_report(self):
        return subprocess.run([POWERTRI, "report", "--format", "json", "--no-progress", self.folder],
                              capture_output=True, text=True, timeout=120)

    def test_each_hostile_file_is_named_and_the_good_one_still_read(self):
        self.odt("good.odt", {"content.xml": CONTENT % "Coach 1: fine."})
        self.odt("bomb.odt", {"content.xml": b"\0" * (300 << 20)})
        self.odt("laughs.odt", {"content.xml": LAUGHS})
        self.odt("deep.odt", {"content.xml": CONTENT % "x",
                              "meta.xml": META % ('<meta:user-defined meta:name="PowerTriangle.codebook.0">%s</meta:user-defined>'
                                                  % ("[" * 100000 + "]" * 100000))})
        self.odt("utf8.odt", {"content.xml": (CONTENT % "Coach 1: \u00c5sa").encode().replace(b"\xc3\x85", b"\xff\xc3(")})
        with open(os.path.join(self.folder, "not-a-zip.docx"), "wb") as out:
            out.write(b"PK\x03\x04 but nothing else")
        with open(os.path.join(self.folder, "broken.fodt"), "w") as out:
            out.write("<office:document")
        run = self.run_report()
        self.assertEqual(run.returncode, 1, run.stderr)  # done, some files unread
        report = json.loads(run.stdout)
        self.assertIn("good.odt", report["documents"])
        self.assertIn("deep.odt", report["documents"], "a broken payload is reported; the text is still read")
        for name, why in (("bomb.odt", "larger than"), ("laughs.odt", "DOCTYPE"), ("not-a-zip.docx", "not a readable ZIP"),
                          ("broken.fodt", "not well-formed"), ("utf8.odt", "not well-formed")):
            lines = [line for line in run.stderr.splitlines() if name in line]
            self.assertTrue(lines, name + " is not named: " + run.stderr)
            self.assertIn(why, " ".join(lines), name)
        self.assertIn("nested deeper", run.stderr)


if __name__ == "__main__":
    unittest.main()
