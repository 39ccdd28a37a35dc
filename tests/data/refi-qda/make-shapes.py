"""Writes the fixtures in shapes/: one small project, packaged as each tool packages it (run it to write them again).

    python3 tests/data/refi-qda/make-shapes.py
"""
import json, os, shutil
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shapes")
shutil.rmtree(ROOT, ignore_errors=True)
LINES = ["Interviewer: What helped the team?",
         "Participant 1: We never had the time to listen, not once 😀.",
         "Participant 2: Then the manager asked the family first."]
CODINGS = [("c2", "never had the time"), ("c3", "asked the family first"), ("c1", "What helped the team?")]
CODES = {"c1": "Time", "c2": "Too little time", "c3": "Voice of the family"}
G = lambda n: "8e3b4e5a-0000-4000-8000-%012x" % n
CODE_GUID = {"c1": G(0xC1), "c2": G(0xC2), "c3": G(0xC3)}
SOURCE = G(0xD1)

def codebook():
    return """ <CodeBook><Codes>
  <Code guid="%s" name="Time" isCodable="true" color="#CC0000"><Description>When there was time, and when not</Description>
   <Code guid="%s" name="Too little time" isCodable="true" color="#FF8800"/>
  </Code>
  <Code guid="%s" name="Voice of the family" isCodable="true" color="#0066CC"><Description>Whose words counted</Description></Code>
 </Codes></CodeBook>""" % (CODE_GUID["c1"], CODE_GUID["c2"], CODE_GUID["c3"])

def selections(text):
    out = []
    for i, (code, passage) in enumerate(CODINGS):
        start = text.index(passage)
        out.append("""  <PlainTextSelection guid="%s" startPosition="%d" endPosition="%d" creatingUser="%s">
   <Coding guid="%s" creatingUser="%s" creationDateTime="2025-05-01T10:00:00Z"><CodeRef targetGUID="%s"/></Coding>
  </PlainTextSelection>""" % (G(0xE0 + i), start, start + len(passage), G(1), G(0xF0 + i), G(1), CODE_GUID[code]))
    return "\n".join(out)

def project(name, source_attrs, text, embedded=False, sources=True):
    body = ""
    if sources:
        inner = selections(text)
        if embedded:
            inner = "  <PlainTextContent>%s</PlainTextContent>\n" % text.replace("&", "&amp;").replace("<", "&lt;") + inner
        body = """ <Sources>
 <TextSource guid="%s" name="Interview 7"%s>
%s
 </TextSource>
 </Sources>
""" % (SOURCE, source_attrs, inner)
    return """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="%s" origin="fixture">
 <Users><User guid="%s" name="Chen Wei"/></Users>
%s
%s</Project>
""" % (name, G(1), codebook(), body)

def shape(folder, files, expected):
    path = os.path.join(ROOT, folder)
    for name, data in files.items():
        full = os.path.join(path, name)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
    expected = dict(expected)
    expected.setdefault("codings", [{"code": CODES[c], "passage": p} for c, p in CODINGS])
    expected["codes"] = ["Time", "Too little time", "Voice of the family"]
    with open(os.path.join(path, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")

lf = "\n".join(LINES)
crlf = "\r\n".join(LINES)
document = {"document": LINES}
# Power Triangle itself, and the specification: internal://, sources/, project.qde.
shape("standard", {"project.qde": project("Care", ' plainTextPath="internal://%s.txt"' % SOURCE, lf),
                   "sources/%s.txt" % SOURCE: lf}, dict(document, lenient=[]))
# NVivo 12 for Windows: the texts in Sources/.
shape("nvivo-windows", {"project.qde": project("Care", ' plainTextPath="internal://%s.txt"' % SOURCE, lf),
                        "Sources/%s.txt" % SOURCE: lf}, dict(document, lenient=["Sources/%s.txt" % SOURCE]))
# qc: a bare plainTextPath.
shape("qc-bare-path", {"project.qde": project("Care", ' plainTextPath="board_2017.txt"', lf),
                       "sources/board_2017.txt": lf}, dict(document, lenient=["no internal://"]))
# ATLAS.ti: the project file named after the project; and a codebook-only export.
shape("atlas-named-project", {"Care study.qde": project("Care study", ' plainTextPath="internal://%s.txt"' % SOURCE, lf),
                              "sources/%s.txt" % SOURCE: lf}, dict(document, lenient=["Care study.qde"]))
shape("atlas-codebook-only", {"Care study.qde": project("Care study", "", "", sources=False)},
      dict(document, codings=[], lenient=["Care study.qde"]))
# A byte-order mark before <?xml, and in the text file.
shape("byte-order-mark", {"project.qde": "\ufeff" + project("Care", ' plainTextPath="internal://%s.txt"' % SOURCE, lf),
                          "sources/%s.txt" % SOURCE: "\ufeff" + lf}, dict(document, lenient=["byte-order mark"]))
# MAXQDA: Windows line ends, counted as two characters.
shape("maxqda-crlf", {"project.qde": project("Care", ' plainTextPath="internal://%s.txt"' % SOURCE, crlf),
                      "sources/%s.txt" % SOURCE: crlf}, dict(document, lenient=[]))
# internal:// in another case than the file.
shape("path-case", {"project.qde": project("Care", ' plainTextPath="internal://Interview-Seven.TXT"', lf),
                    "sources/interview-seven.txt": lf}, dict(document, lenient=["case"]))
# The text inside project.qde (PlainTextContent), no file.
shape("embedded-text", {"project.qde": project("Care", "", lf, embedded=True)}, dict(document, lenient=[]))
