"""Nothing lost (issue 8): random codings on the sample survive saving as ODT and DOCX and reopening, and
merging them into a fresh copy brings every one of them, once. Property-based: each run draws new passages,
codes, coders and memos from a seed it prints: a fixed one unless PT_SEED=random, and any one replays."""
import json
import os
import random
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, codings, set_user, shared_office  # noqa: E402

import uno  # noqa: E402

setUpModule, tearDownModule = shared_office()

MEMOS = ["", "plain", 'quotes " and \' and <tags> & ampersands', "two\nlines", "emoji 😀 and Åsa, Ни, 时间",
         " leading and trailing spaces ", "x" * 2000]
CONDENSED = ["", "No time for meetings", "emoji 😀 and Åsa", "x" * 2000]
FIELDS = ("id", "codeId", "coder", "memo", "condensed", "text", "speaker")


class RoundTripTest(OfficeTest):
    def random_range(self, rng, document, paragraphs, across):
        """A random stretch of one paragraph, or from one paragraph into the next."""
        index = rng.randrange(len(paragraphs) - 1)
        paragraph = paragraphs[index]
        text = paragraph.getString()
        start = rng.randrange(max(1, len(text) - 1))
        cursor = document.Text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(start, False)
        if rng.random() < across:  # across a paragraph break
            cursor.gotoRange(paragraphs[index + 1].getStart(), True)
            cursor.goRight(rng.randrange(1, 20), True)
        else:
            cursor.goRight(rng.randrange(1, max(2, min(200, len(text) - start))), True)
        return cursor

    def coded_sample(self, rng, count, across):
        document = self.open()
        codes = [id_ for name, id_ in code_ids(self.service, document).items()
                 if name not in ("Resources", "Discourses", "Contexts", "Access to resources", "Lack of access to resources",
                                 "Discursive barriers", "Discursive resistance", "Contextual conditions")]
        paragraphs = []
        enumeration = document.Text.createEnumeration()
        while enumeration.hasMoreElements():
            element = enumeration.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph") and len(element.getString()) > 5:
                paragraphs.append(element)
        for i in range(count):
            set_user(self.office, *rng.choice([("Anna", "Åberg"), ("Bo", "Berg"), ("Li", "Na")]))
            coding = self.service.addCoding(document, self.random_range(rng, document, paragraphs, across), rng.choice(codes),
                                            rng.choice(MEMOS))
            self.service.setCodingCondensed(document, coding, rng.choice(CONDENSED))
        set_user(self.office, "Anna", "Åberg")
        return document

    def snapshot(self, document):
        return sorted(tuple(c[f] for f in FIELDS) for c in codings(self.service, document))

    def seed(self):
        """The same draw in every run unless PT_SEED says otherwise (PT_SEED=random draws anew), so that CI
        stays reproducible and a failure found by a random run can be replayed."""
        chosen = os.environ.get("PT_SEED", "20261124")
        seed = time.time_ns() % 1000000 if chosen == "random" else int(chosen)
        print("PT_SEED=%d" % seed)
        return seed

    def test_random_codings_survive_odt_and_a_merge(self):
        seed = self.seed()
        rng = random.Random(seed)
        for round_ in range(3):
            document = self.coded_sample(rng, 25, across=0.15)
            expected = self.snapshot(document)
            self.assertEqual(len(expected), 25)
            name = "round%d.odt" % round_
            self.assert_same(self.snapshot(self.reopen(document, name)), expected, seed, name)
            fresh = self.open()
            url = uno.systemPathToFileUrl(os.path.join(self.workdir, name))
            first = json.loads(self.service.mergeCodingsFrom(fresh, url))
            self.assertEqual((first["merged"], first["notMerged"]), (25, []), "seed %d: %s" % (seed, first["notMerged"]))
            self.assert_same(self.snapshot(fresh), expected, seed, "merged into a fresh copy")
            again = json.loads(self.service.mergeCodingsFrom(fresh, url))
            self.assertEqual((again["merged"], again["alreadyHere"]), (0, 25), "seed %d: merging twice" % seed)

    def test_random_codings_within_paragraphs_survive_docx(self):
        seed = self.seed()
        rng = random.Random(seed)
        for round_ in range(3):
            document = self.coded_sample(rng, 25, across=0)
            expected = self.snapshot(document)
            name = "round%d.docx" % round_
            self.assert_same(self.snapshot(self.reopen(document, name)), expected, seed, name)

    def test_random_codings_across_paragraphs_survive_docx(self):
        """LibreOffice 7.4's DOCX import can cut an anchor that crosses a paragraph break among other anchors
        (a passage "…staff?\nCoach 3: In a " comes back as " In a "); the extension repairs it on opening
        (core/AnchorRepair). Seed 272128, found by this test, shows the fault; others draw new cases."""
        seed = 272128 if "PT_SEED" not in os.environ else self.seed()
        rng = random.Random(seed)
        for round_ in range(5):
            document = self.coded_sample(rng, 25, across=0.5)
            expected = self.snapshot(document)
            name = "across%d.docx" % round_
            self.assert_same(self.snapshot(self.reopen(document, name)), expected, seed, name)

    def assert_same(self, got, expected, seed, what):
        self.assertEqual(got, expected, "seed %d, %s: lost or changed %s, became %s" % (
            seed, what, sorted(set(expected) - set(got)), sorted(set(got) - set(expected))))


if __name__ == "__main__":
    unittest.main()
