"""The fixtures of tests/data/refi-qda/shapes/ (one small project, packaged as each tool packages it) as
.qdpx files, and the transcript they code."""
import json
import os
import zipfile

SHAPES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "refi-qda", "shapes")


def shapes():
    return sorted(os.listdir(SHAPES))


def expected(shape):
    with open(os.path.join(SHAPES, shape, "expected.json"), encoding="utf-8") as f:
        return json.load(f)


def package(shape, folder):
    """The shape's folder as a .qdpx in `folder` (its expected.json left out); returns the path."""
    path = os.path.join(folder, shape + ".qdpx")
    root = os.path.join(SHAPES, shape)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as qdpx:
        for directory, _, names in os.walk(root):
            for name in names:
                if name != "expected.json":
                    full = os.path.join(directory, name)
                    qdpx.write(full, os.path.relpath(full, root))
    return path


def write_transcript(document, shape):
    """The transcript the project codes, a paragraph a line, into an empty Writer document."""
    from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
    text = document.Text
    cursor = text.createTextCursor()
    for i, line in enumerate(expected(shape)["document"]):
        if i:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, line, False)
