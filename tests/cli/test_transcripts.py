"""powertri transcript (issue 23): transcription tools' files made into transcripts to code, without
LibreOffice; the fixtures of tests/data/transcripts/. What it writes is read back by powertri itself (the
speakers it reports), and the turns checked in the ODT's content.

    test_transcripts.py <powertri> <transcripts folder>
"""
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
FIXTURES = sys.argv.pop(1)


def paragraphs(odt):
    """The text of each paragraph of an ODT's content, markup left out."""
    with zipfile.ZipFile(odt) as package:
        content = package.read("content.xml").decode("utf-8")
        assert package.namelist()[0] == "mimetype", package.namelist()
    found = re.findall(r"<text:p[^>]*>(.*?)</text:p>", content)
    return [re.sub(r"<[^>]+>", "", p).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") for p in found]


class TranscriptCommandTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="pt-transcripts-")
        self.addCleanup(shutil.rmtree, self.folder, True)

    def run_powertri(self, *arguments):
        return subprocess.run([POWERTRI, *arguments], capture_output=True, text=True, timeout=120)

    def test_one_file_with_its_speakers_named(self):
        out = os.path.join(self.folder, "interview.odt")
        run = self.run_powertri("transcript", "--speakers", "SPEAKER_00=Interviewer, SPEAKER_01=Coach 3", "--out", out,
                                os.path.join(FIXTURES, "whisperx.srt"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(paragraphs(out), [
            "Interviewer: [00:00:01] V\u00e4lkommen. Could you tell me about the improvement work?",
            "Coach 3: [00:00:04] Of course. \u00c5sa, a relative, started it with the home care team.",
            "Interviewer: [00:00:08] Mm.",
            "Coach 3: [00:00:10] She kept a notebook of every visit. That notebook was the best data we had.",
            "Interviewer: [100:00:01] Thank you, M\u00e4rta."])
        self.assertIn("Interviewer (3 turns)", run.stderr)
        # powertri reads what it wrote as a transcript: its speakers' turns are recognised.
        report = json.loads(self.run_powertri("report", "--format", "json", "--no-progress", out).stdout)
        self.assertEqual(report["documents"], ["interview.odt"])

    def test_a_folder_of_files_each_to_its_transcript_without_times(self):
        run = self.run_powertri("transcript", "--no-times", "--out", os.path.join(self.folder, "out"), FIXTURES)
        self.assertEqual(run.returncode, 1, "some fixtures are bad files on purpose: " + run.stderr)
        made = sorted(os.listdir(os.path.join(self.folder, "out")))
        self.assertEqual(made, ["interview.otr.odt", "interview.vtt.odt", "noscribe.odt", "stamped.odt", "whisper.odt",
                                "whispercpp.odt", "whisperx.json.odt", "whisperx.srt.odt"])
        self.assertEqual(paragraphs(os.path.join(self.folder, "out", "noscribe.odt"))[2], "S01: Vem best\u00e4mde dagordningen?")
        for bad in ("cut-short.srt: line 6: ends after cue 2's times, without its text: the file is cut short",
                    "out-of-order.srt: line 6: starts at 00:00:01, before the cue before it (00:00:05)",
                    "no-header.vtt: line 1: does not start with WEBVTT",
                    "cut-short.json: line 1: ends in the middle of its JSON: the file is cut short",
                    "unfinished.html: line 1: ends before </html>",
                    "latin1.txt: line 1: is not UTF-8 text"):
            self.assertIn(bad, run.stderr)
        for name in ("cut-short.odt", "out-of-order.odt", "no-header.odt", "unfinished.odt", "latin1.odt"):
            self.assertFalse(os.path.exists(os.path.join(self.folder, "out", name)), "nothing half-made: " + name)

    def test_nothing_is_replaced_and_bad_usage_is_refused(self):
        out = os.path.join(self.folder, "kept.odt")
        with open(out, "w") as f:
            f.write("a coded transcript")
        run = self.run_powertri("transcript", "--out", out, os.path.join(FIXTURES, "whisper.txt"))
        self.assertEqual(run.returncode, 3)
        self.assertIn("exists already: nothing is replaced", run.stderr)
        with open(out) as f:
            self.assertEqual(f.read(), "a coded transcript")
        self.assertEqual(self.run_powertri("transcript", "--speakers", "SPEAKER_00", "--out", os.path.join(self.folder, "a.odt"),
                                           os.path.join(FIXTURES, "whisper.txt")).returncode, 2)
        unknown = self.run_powertri("transcript", "--speakers", "SPEAKER_07=Nurse", "--out", os.path.join(self.folder, "b.odt"),
                                    os.path.join(FIXTURES, "whisperx.srt"))
        self.assertEqual(unknown.returncode, 3)
        self.assertIn("SPEAKER_07: is not a speaker of this transcript (it has SPEAKER_00, SPEAKER_01)", unknown.stderr)
        huge = os.path.join(self.folder, "huge.srt")
        with open(huge, "wb") as f:
            f.truncate(500 << 20)  # sparse: 500 MB claimed, nothing written
        refused = self.run_powertri("transcript", "--out", os.path.join(self.folder, "huge.odt"), huge)
        self.assertEqual(refused.returncode, 3)
        self.assertIn("is 500 MB; a transcript file is at most 64 MB", refused.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.folder, "huge.odt")))


if __name__ == "__main__":
    unittest.main()
