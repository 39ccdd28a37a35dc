"""Exchange with other tools (issue 6), in a real LibreOffice: the coded segments as CSV, read back by
Python's csv module and opened in LibreOffice Calc."""
import csv
import io
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import CODER, OfficeTest, code_ids, find, prop, shared_office  # noqa: E402

import uno  # noqa: E402

setUpModule, tearDownModule = shared_office()


class ExchangeTest(OfficeTest):
    def setUp(self):
        super().setUp()
        self.doc = self.open()
        self.codes = code_ids(self.service, self.doc)

    def test_coded_segments_as_csv_open_in_python_and_calc(self):
        memo = 'She said "only a relative", twice;\nthen 📓 and Åsa'
        self.service.addCoding(self.doc, find(self.doc, "Time, above all."), self.codes["Lack of time"], memo)
        self.service.addCoding(self.doc, find(self.doc, "I'm only a relative, they are the ones who know."),
                               self.codes["The user's resources"], "")
        saved = self.reopen(self.doc, "interview 1.odt")
        text = self.service.getCodingsCsv(saved)
        self.assertTrue(text.startswith("document,code,dimension,polarity,coder,speaker,turn time,text,condensed,memo,time\r\n"))
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        self.assertEqual(len(rows), 2)
        # Document order: the relative's words come before "Time, above all." in the transcript.
        by_text = {row["text"]: row for row in rows}
        time_row = by_text["Time, above all."]
        self.assertEqual(time_row["document"], "interview 1.odt")
        self.assertEqual(time_row["code"], "Resources / Lack of access to resources / Lack of time")
        self.assertEqual((time_row["dimension"], time_row["polarity"]), ("resources", "barrier"))
        self.assertEqual((time_row["coder"], time_row["speaker"]), (CODER, "Coach 3"))
        self.assertEqual(time_row["memo"], memo)
        self.assertEqual(by_text["I'm only a relative, they are the ones who know."]["polarity"], "enabler")
        self.assertEqual([row["text"] for row in rows], [c["text"] for c in json.loads(self.service.getCodingsJson(saved))])

        # LibreOffice Calc opens the file with its CSV filter as UTF-8, comma, double quotes.
        path = os.path.join(self.workdir, "codings.csv")
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        sheet_document = self.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(path), "_blank", 0,
            (prop("Hidden", True), prop("FilterName", "Text - txt - csv (StarCalc)"),
             prop("FilterOptions", "44,34,76,1,,0,false,true")))
        self.documents.append(sheet_document)
        sheet = sheet_document.Sheets.getByIndex(0)
        self.assertEqual(sheet.getCellRangeByName("A1").getString(), "document")
        cells = {sheet.getCellByPosition(7, r).getString(): r for r in (1, 2)}
        row = cells["Time, above all."]
        self.assertEqual(sheet.getCellByPosition(9, row).getString(), memo)  # after the condensed meaning unit
        self.assertEqual(sheet.getCellByPosition(4, row).getString(), CODER)
        self.assertEqual(sheet.getCellByPosition(0, 3).getString(), "", "two rows of codings, no more")


if __name__ == "__main__":
    unittest.main(verbosity=2)
