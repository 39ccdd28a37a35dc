"""One codebook for a study (issue 20): a code changed in one transcript and saved reaches the others (at
once when they are open, else when they are next opened) with every coding kept; two edits of one code are
reported as a conflict and settled only by a choice; a transcript with a codebook of its own is merged by id
and by name; a damaged study codebook and a transcript of another study are refused, nothing lost."""
import json
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import OfficeTest, code_ids, codings, find, shared_office, wait_for  # noqa: E402
from deck import accessible_nodes  # noqa: E402

import uno  # noqa: E402
from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

URL = uno.systemPathToFileUrl
CONFLICTS_INFOBAR = "org.powertriangle.studyCodebookConflicts"


class StudyCodebookTest(OfficeTest):
    def transcript(self, name, passages, own_code=None):
        """A transcript saved at `name`: each passage coded "Lack of time", or `own_code` (a new code of that
        name under Resources) when given."""
        doc = self.open()
        codes = code_ids(self.service, doc)
        code = codes["Lack of time"]
        if own_code:
            code = self.service.addCode(doc, json.dumps({"name": own_code, "parentId": codes["Resources"]}))
        for passage in passages:
            self.service.addCoding(doc, find(doc, passage), code, "")
        os.makedirs(os.path.dirname(os.path.join(self.workdir, name)), exist_ok=True)
        self.reopen(doc, name).close(True)
        return os.path.join(self.workdir, name)

    def study(self, name, *transcripts):
        folder = os.path.join(self.workdir, name)
        os.makedirs(folder, exist_ok=True)
        study = self.service.createStudy(URL(folder), name)
        notes = json.loads(self.service.addTranscriptsToStudy(study, tuple(URL(t) for t in transcripts)))["notes"]
        return folder, notes

    def rename(self, doc, old, new):
        self.service.updateCode(doc, json.dumps({"id": code_ids(self.service, doc)[old], "name": new}))

    def study_code_names(self, folder):
        with open(os.path.join(folder, "codebook.json"), encoding="utf-8") as f:
            return [c["name"] for c in json.load(f)["codebook"]["codes"]]

    def test_a_code_renamed_and_saved_in_one_transcript_reaches_the_others_with_their_codings(self):
        a = self.transcript("team/a.odt", ["Time, above all."])
        b = self.transcript("team/b.odt", ["Time, above all.", "That notebook was the best data we had."])
        c = self.transcript("team/c.odt", ["That notebook was the best data we had."])
        folder, _ = self.study("team", a, b, c)
        self.assertIn("Lack of time", self.study_code_names(folder), "the first transcript's codebook is the study's")

        doc_a = self.open(a)
        doc_b = self.open(b)
        before_b = [(x["id"], x["codeId"], x["text"]) for x in codings(self.service, doc_b)]
        self.assertEqual(json.loads(self.service.synchroniseWithStudy(doc_b, ""))["received"], [], "in step on opening")
        self.assertFalse(doc_a.isModified(), "what a transcript agreed with its study is bookkeeping, not a change")

        self.rename(doc_a, "Lack of time", "Time pressure")
        self.assertNotIn("Time pressure", self.study_code_names(folder), "an unsaved change is not the study's yet")
        doc_a.store()
        self.assertIn("Time pressure", self.study_code_names(folder))
        self.assertNotIn("Lack of time", self.study_code_names(folder))

        # b is open: it takes the change at once, as one undo step, its codings untouched.
        wait_for(lambda: "Time pressure" in code_ids(self.service, doc_b), what="the open transcript takes the rename")
        self.assertNotIn("Lack of time", code_ids(self.service, doc_b))
        self.assertEqual([(x["id"], x["codeId"], x["text"]) for x in codings(self.service, doc_b)], before_b)
        self.assertTrue(doc_b.isModified())
        self.assertEqual(doc_b.UndoManager.getCurrentUndoActionTitle(), "Codebook of the study")

        # c is closed: it takes the change when it is next opened.
        doc_c = self.open(c)
        wait_for(lambda: "Time pressure" in code_ids(self.service, doc_c), what="the transcript opened takes the rename")
        renamed = code_ids(self.service, doc_c)["Time pressure"]
        self.assertEqual([x["codeId"] for x in codings(self.service, doc_c)], [renamed])

    def test_two_edits_of_one_code_are_a_conflict_until_someone_chooses(self):
        a = self.transcript("clash/a.odt", ["Time, above all."])
        b = self.transcript("clash/b.odt", ["Time, above all."])
        folder, _ = self.study("clash", a, b)
        doc_a = self.open(a)
        doc_b = self.office.load(b, hidden=False)
        self.documents.append(doc_b)
        self.rename(doc_b, "Lack of time", "No time")  # not saved: b's own edit
        self.rename(doc_a, "Lack of time", "Time pressure")
        doc_a.store()

        summary = json.loads(self.service.synchroniseWithStudy(doc_b, ""))
        self.assertEqual([(c["here"]["name"], c["study"]["name"]) for c in summary["conflicts"]], [("No time", "Time pressure")])
        self.assertIn("No time", code_ids(self.service, doc_b), "a conflict changes neither side")
        doc_b.store()
        self.assertIn("Time pressure", self.study_code_names(folder))
        self.assertNotIn("No time", self.study_code_names(folder), "saving does not settle a conflict")
        wait_for(lambda: doc_b.CurrentController.hasInfobar(CONFLICTS_INFOBAR), what="the conflict shown in b's window")

        # The infobar's "Take the study's" button: b takes "Time pressure" and the conflict is gone.
        take = next(c for c in accessible_nodes(doc_b.CurrentController.Frame.ContainerWindow)
                    if c.getAccessibleRole() == PUSH_BUTTON and c.getAccessibleName() == "Take the study\u2019s")
        take.doAccessibleAction(0)
        wait_for(lambda: "Time pressure" in code_ids(self.service, doc_b), what="the study's version taken")
        self.assertFalse(doc_b.CurrentController.hasInfobar(CONFLICTS_INFOBAR))
        self.assertEqual(json.loads(self.service.synchroniseWithStudy(doc_b, ""))["conflicts"], [])

        # The other way: a's later edit against b's, settled for the transcript's version.
        self.rename(doc_b, "Time pressure", "Short of time")
        self.rename(doc_a, "Time pressure", "Busy")
        doc_a.store()
        code = code_ids(self.service, doc_b)["Short of time"]
        mine = json.loads(self.service.synchroniseWithStudy(doc_b, json.dumps({code: "transcript"})))
        self.assertEqual((mine["sent"], mine["conflicts"]), (["Short of time"], []))
        self.assertIn("Short of time", self.study_code_names(folder))
        with self.assertRaises(IllegalArgumentException) as bad:
            self.service.synchroniseWithStudy(doc_b, json.dumps({code: "both"}))
        self.assertEqual(bad.exception.ArgumentPosition, 1)

    def test_a_transcript_with_a_codebook_of_its_own_is_merged_by_id_and_by_name(self):
        a = self.transcript("merge/a.odt", ["Time, above all."], own_code="Trust")
        b = self.transcript("merge/b.odt", ["That notebook was the best data we had."], own_code="Trust")
        folder, notes = self.study("merge", a, b)
        self.assertTrue(any("b.odt" in n and "\"Trust\" is the study's code of the same name" in n for n in notes), notes)
        self.assertEqual(self.study_code_names(folder).count("Trust"), 1)

        doc_a = self.open(a)
        doc_b = self.open(b)
        wait_for(lambda: code_ids(self.service, doc_b)["Trust"] == code_ids(self.service, doc_a)["Trust"],
                 what="b's Trust takes the study's id")
        self.assertEqual([c["codeId"] for c in codings(self.service, doc_b)], [code_ids(self.service, doc_a)["Trust"]])
        self.assertEqual(list(code_ids(self.service, doc_b)).count("Trust"), 1)

    def test_someone_else_changing_the_study_is_waited_for_and_a_crashed_ones_lock_taken_over(self):
        """Two offices saving transcripts of one study at once take turns: while the study's lock is held the
        change waits, then is refused with a message and kept in the transcript; a lock a crash left behind
        (older than a minute) is taken over."""
        a = self.transcript("shared/a.odt", ["Time, above all."])
        b = self.transcript("elsewhere/b.odt", ["Time, above all."])
        folder, _ = self.study("shared", a)
        doc = self.open(a)
        self.rename(doc, "Lack of time", "Time pressure")
        lock = os.path.join(folder, ".~lock.power-triangle-study#")
        open(lock, "w").close()
        with self.assertRaises(IllegalArgumentException) as busy:
            self.service.synchroniseWithStudy(doc, "")
        self.assertIn("Someone else is changing this study's files right now", busy.exception.Message)
        with self.assertRaises(IllegalArgumentException):
            self.service.addTranscriptsToStudy(URL(os.path.join(folder, "study.json")), (URL(b),))
        self.assertNotIn("Time pressure", self.study_code_names(folder))
        self.assertIn("Time pressure", code_ids(self.service, doc), "the change stays in the transcript")
        self.assertEqual(len(json.loads(self.service.getStudyJson(URL(os.path.join(folder, "study.json"))))["transcripts"]), 1)

        stale = time.time() - 120
        os.utime(lock, (stale, stale))
        self.assertEqual(json.loads(self.service.synchroniseWithStudy(doc, ""))["sent"], ["Time pressure"])
        self.assertIn("Time pressure", self.study_code_names(folder))
        self.assertFalse(os.path.exists(lock), "the lock goes with its holder")

    def test_a_damaged_study_codebook_and_a_transcript_of_another_study_are_refused(self):
        a = self.transcript("broken/a.odt", ["Time, above all."])
        folder, _ = self.study("broken", a)
        path = os.path.join(folder, "codebook.json")
        with open(path, "w") as f:
            f.write('{"format": "power-triangle-study-codebook", "codebook": {"codes": 7}}')
        doc = self.open(a)
        before = self.service.getCodebookJson(doc)
        with self.assertRaises(IllegalArgumentException) as damaged:
            self.service.synchroniseWithStudy(doc, "")
        self.assertIn("codebook.json", damaged.exception.Message)
        self.assertIn("damaged", damaged.exception.Message)
        self.assertEqual(self.service.getCodebookJson(doc), before)
        with open(path) as f:
            self.assertIn('"codes": 7', f.read(), "the damaged file is left as it was")

        other = os.path.join(self.workdir, "other")
        os.makedirs(other)
        with self.assertRaises(IllegalArgumentException) as taken:
            self.service.addTranscriptsToStudy(self.service.createStudy(URL(other), "Other"), (URL(a),))
        self.assertIn("is a transcript of another study", taken.exception.Message)
        self.assertEqual(json.loads(self.service.getStudyJson(URL(os.path.join(other, "study.json"))))["transcripts"], [])

        outside = self.reopen(self.open(), "alone.odt")
        with self.assertRaises(IllegalArgumentException) as none:
            self.service.synchroniseWithStudy(outside, "")
        self.assertIn("no transcript of a study", none.exception.Message)


setUpModule, tearDownModule = shared_office(gui=True)

if __name__ == "__main__":
    unittest.main()
