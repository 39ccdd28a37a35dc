"""Soak (issue 8): random operations on the sample transcript in a real LibreOffice: coding, removing,
editing memos, undo, redo, typing over coded text, and saving and reopening as ODT and DOCX. After each one
the codings must agree with a model of what should be there, and LibreOffice must answer. PT_SOAK_OPERATIONS
sets how many (300 in the test suite; `PT_SOAK_OPERATIONS=10000` for the full run), PT_SEED the draw."""
import json
import os
import random
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, codings, shared_office  # noqa: E402

setUpModule, tearDownModule = shared_office()

OPERATIONS = int(os.environ.get("PT_SOAK_OPERATIONS", "300"))


class SoakTest(OfficeTest):
    def paragraphs(self):
        found = []
        enumeration = self.doc.Text.createEnumeration()
        while enumeration.hasMoreElements():
            element = enumeration.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph") and len(element.getString()) > 20:
                found.append(element)
        return found

    def random_range(self):
        paragraph = self.rng.choice(self.paragraphs())
        length = len(paragraph.getString())
        cursor = self.doc.Text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(self.rng.randrange(length - 10), False)
        cursor.goRight(self.rng.randrange(1, 10), True)
        return cursor

    def state(self):
        """What the document says: coding id → memo."""
        return {c["id"]: c["memo"] for c in codings(self.service, self.doc)}

    def record(self, state):
        """A change that is one undo step: the model's history moves on."""
        del self.history[self.at + 1:]
        self.history.append(state)
        self.at += 1

    def test_random_operations_keep_the_codings_consistent(self):
        seed = int(os.environ.get("PT_SEED", "20261124"))
        print("PT_SEED=%d, %d operations" % (seed, OPERATIONS))
        self.rng = random.Random(seed)
        self.doc = self.open()
        codes = [i for n, i in code_ids(self.service, self.doc).items() if n in ("Lack of time", "The user's resources",
                                                                                 "Among users", "Contextual conditions")]
        self.history, self.at = [{}], 0
        done = {}
        for step in range(OPERATIONS):
            operation = self.rng.choice(["code", "code", "code", "remove", "memo", "undo", "undo", "redo", "type", "reopen"])
            if operation == "reopen" and self.rng.random() > 0.1:
                operation = "code"
            current = self.history[self.at]
            if operation == "code":
                new = self.service.addCoding(self.doc, self.random_range(), self.rng.choice(codes), "")
                self.record(dict(current, **{new: ""}))
            elif operation == "remove" and current:
                victim = self.rng.choice(sorted(current))
                self.service.removeCoding(self.doc, victim)
                self.record({k: v for k, v in current.items() if k != victim})
            elif operation == "memo" and current:
                target = self.rng.choice(sorted(current))
                memo = "memo %d ✓" % step
                self.service.setCodingMemo(self.doc, target, memo)
                self.record(dict(current, **{target: memo}))
            elif operation == "undo" and self.doc.UndoManager.isUndoPossible():
                self.doc.UndoManager.undo()
                self.at -= 1
            elif operation == "redo" and self.doc.UndoManager.isRedoPossible():
                self.doc.UndoManager.redo()
                self.at += 1
            elif operation == "type":
                # Typing over text (coded or not) is an undo step that leaves the codings as they were.
                self.random_range().setString("typed")
                self.record(dict(current))
            elif operation == "reopen":
                name = "soak%d.%s" % (step, self.rng.choice(["odt", "docx"]))
                self.doc = self.reopen(self.doc, name)
                self.history, self.at = [self.history[self.at]], 0
            else:
                continue
            done[operation] = done.get(operation, 0) + 1
            self.assertEqual(self.state(), self.history[self.at], "seed %d, step %d: after %s" % (seed, step, operation))
        print("operations:", json.dumps(done, sort_keys=True))
        # LibreOffice is alive and answers.
        self.assertTrue(self.doc.Text.getString())


if __name__ == "__main__":
    unittest.main()
