"""The shape of the code, checked (DEVELOPERS.md, "Shape of the code"):

- core/ includes no UNO header and nothing of extension/;
- extension/'s rooms include one way: a room includes its own files and the rooms below it, never those above;
- every source list in the CMake files is sorted (extension/'s by room from the bottom, then by name).

    python3 tests/structure/test_code_shape.py <repository>
"""
import os
import re
import sys
import unittest

ROOT = os.path.realpath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.realpath(
    os.path.join(os.path.dirname(__file__), "..", ".."))
# From the bottom: what every room uses, the document, what is written into Writer, what goes to and
# comes from files, the dialogs, the menu commands and jobs, the sidebar, the public API.
ROOMS = ["common", "document", "reports", "exchange", "editors", "commands", "sidebar", "api"]
UNO_HEADER = re.compile(r'#include\s*[<"](com/sun/star/|cppuhelper/|cppu/|rtl/|osl/|sal/|uno/|comphelper/)')
OUR_HEADER = re.compile(r'#include\s*"([^"]+)"')
SOURCE_LIST = re.compile(r"add_(?:library|executable)\(\s*\S+(?:\s+(?:STATIC|SHARED|MODULE))?\s*\n((?:\s+[\w/.]+\.c(?:pp|xx)\n)+)\s*\)")


def files(folder, endings):
    for directory, _, names in os.walk(os.path.join(ROOT, folder)):
        for name in sorted(names):
            if name.endswith(endings):
                yield os.path.join(directory, name)


def room_of(path):
    relative = os.path.relpath(path, os.path.join(ROOT, "extension"))
    return relative.split(os.sep)[0] if os.sep in relative else None


class CodeShapeTest(unittest.TestCase):
    def test_core_has_no_uno_and_nothing_of_the_extension(self):
        found = []
        for path in files("core", (".hpp", ".cpp")):
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if UNO_HEADER.search(line) or "extension/" in line and line.startswith("#include"):
                        found.append("%s:%d: %s" % (os.path.relpath(path, ROOT), number, line.strip()))
        self.assertEqual(found, [])

    def test_every_extension_file_is_in_a_room(self):
        loose = [os.path.relpath(p, ROOT) for p in files("extension", (".hxx", ".cxx"))
                 if room_of(p) is None and os.path.basename(p) != "exports.cxx"]
        self.assertEqual(loose, [], "extension/ keeps only exports.cxx at its root; the rest is in a room: %s" % ROOMS)
        unknown = sorted({room_of(p) for p in files("extension", (".hxx", ".cxx"))} - set(ROOMS) - {None})
        self.assertEqual(unknown, [], "a room not in the order of rooms (tests/structure/test_code_shape.py)")

    def test_the_rooms_include_one_way(self):
        upward = []
        for path in files("extension", (".hxx", ".cxx")):
            room = room_of(path)
            level = ROOMS.index(room) if room else len(ROOMS)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    included = OUR_HEADER.match(line)
                    if not included or included.group(1).startswith("core/"):
                        continue
                    target = included.group(1).split("/")[0]
                    if target not in ROOMS:
                        upward.append("%s:%d: %s is in no room" % (os.path.relpath(path, ROOT), number, included.group(1)))
                    elif ROOMS.index(target) > level:
                        upward.append("%s:%d: %s includes %s, a room above it" % (
                            os.path.relpath(path, ROOT), number, room or "exports.cxx", included.group(1)))
        self.assertEqual(upward, [])

    def test_source_lists_are_sorted(self):
        unsorted = []
        for path in files(".", ("CMakeLists.txt",)):
            if os.path.relpath(path, ROOT).split(os.sep)[0].startswith(("build", ".")):
                continue  # build trees and hidden folders are not ours to sort
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for match in SOURCE_LIST.finditer(text):
                sources = match.group(1).split()
                def key(source):
                    room = source.split("/")[0] if "/" in source else ""
                    return (ROOMS.index(room) + 1 if room in ROOMS else 0, source.lower())
                if sources != sorted(sources, key=key):
                    unsorted.append("%s: %s" % (os.path.relpath(path, ROOT), " ".join(sources)))
        self.assertEqual(unsorted, [])

    def test_the_checks_can_fail(self):
        """The patterns find what they are for (a check that finds nothing would pass any tree)."""
        self.assertTrue(UNO_HEADER.search("#include <com/sun/star/uno/Any.hxx>"))
        self.assertTrue(SOURCE_LIST.search("add_library(x STATIC\n  b.cpp\n  a.cpp\n)"))
        self.assertEqual(OUR_HEADER.match('#include "document/DocumentStore.hxx"').group(1), "document/DocumentStore.hxx")


if __name__ == "__main__":
    unittest.main()
