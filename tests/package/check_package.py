"""Checks that PowerTriangle.oxt holds what LibreOffice and the Extension Manager need.

    python3 check_package.py <PowerTriangle.oxt> <expected version>
"""
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

OXT, VERSION = sys.argv[1], sys.argv[2]
DESCRIPTION = "{http://openoffice.org/extensions/description/2006}"
LIBREOFFICE = "{http://libreoffice.org/extensions/description/2011}"
XLINK = "{http://www.w3.org/1999/xlink}"
MANIFEST = "{http://openoffice.org/2001/manifest}"
COMPONENTS = "{http://openoffice.org/2010/uno-components}"


class PackageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.zip = zipfile.ZipFile(OXT)
        cls.names = set(cls.zip.namelist())

    def xml(self, name):
        self.assertIn(name, self.names)
        return ET.fromstring(self.zip.read(name))

    def test_description_names_the_extension_completely(self):
        root = self.xml("description.xml")
        self.assertEqual(root.find(DESCRIPTION + "identifier").get("value"), "org.powertriangle.extension")
        self.assertEqual(root.find(DESCRIPTION + "version").get("value"), VERSION)
        names = {n.get("lang"): n.text for n in root.find(DESCRIPTION + "display-name")}
        self.assertEqual(names.get("en"), "Power Triangle")
        self.assertTrue(root.find(DESCRIPTION + "publisher/" + DESCRIPTION + "name").text.strip())
        minimal = root.find(DESCRIPTION + "dependencies/" + LIBREOFFICE + "LibreOffice-minimal-version")
        self.assertEqual(minimal.get("value"), "7.4")
        # Every file description.xml points at is in the package: icon, licence, descriptions.
        linked = [e.get(XLINK + "href") for e in root.iter() if e.get(XLINK + "href") and not e.get(XLINK + "href").startswith("http")]
        self.assertIn("icons/extension.png", linked)
        for href in linked:
            self.assertIn(href, self.names)
        # The licence travels in the package, but asks for no acceptance (the MPL needs none): a licence to
        # accept stops `unopkg add` at a prompt in a shell.
        self.assertIsNone(root.find(DESCRIPTION + "registration"))
        self.assertIn("Mozilla Public License", self.zip.read("description/license_en.txt").decode())

    def test_manifest_lists_existing_files(self):
        entries = {e.get(MANIFEST + "full-path"): e.get(MANIFEST + "media-type")
                   for e in self.xml("META-INF/manifest.xml").iter(MANIFEST + "file-entry")}
        self.assertEqual(entries["PowerTriangle.rdb"], "application/vnd.sun.star.uno-typelibrary;type=RDB")
        self.assertEqual(entries["PowerTriangle.components"], "application/vnd.sun.star.uno-components")
        self.assertIn("registry/Sidebar.xcu", entries)
        self.assertIn("registry/Factories.xcu", entries)
        for path in entries:
            self.assertIn(path, self.names)

    def test_components_point_at_the_library(self):
        root = self.xml("PowerTriangle.components")
        component = root.find(COMPONENTS + "component")
        self.assertEqual(component.get("environment"), "gcc3")
        self.assertIn(component.get("uri"), self.names)
        implementations = {i.get("name"): i.get("constructor") for i in component.iter(COMPONENTS + "implementation")}
        self.assertEqual(set(implementations), {"org.powertriangle.comp." + name for name in (
            "CodingService", "PanelFactory", "CommandHandler", "ContextMenuJob", "DocumentOpenedJob", "DocumentSavedJob",
            "TranscriptImportFilter")})
        # Each constructor is a symbol the library exports.
        with tempfile.TemporaryDirectory() as scratch:
            library = os.path.join(scratch, "component.so")
            with open(library, "wb") as f:
                f.write(self.zip.read(component.get("uri")))
            exported = subprocess.run(["nm", "-D", "--defined-only", library], check=True, capture_output=True,
                                      text=True).stdout.split()
        for name, constructor in implementations.items():
            self.assertIn(constructor, exported, name)

    def test_configuration_and_dialogs_are_well_formed(self):
        for name in self.names:
            if name.endswith((".xcu", ".xdl", ".xml")):
                with self.subTest(name):
                    ET.fromstring(self.zip.read(name))
        for name in ("dialogs/CodebookPanel.xdl", "dialogs/CodingsPanel.xdl", "dialogs/AutoCodePanel.xdl",
                     "dialogs/CodebookEditor.xdl", "dialogs/Messages_sv_SE.properties", "icons/deck.png"):
            self.assertIn(name, self.names)

    def keys(self, name):
        text = self.zip.read(name).decode("latin-1")
        return {line.split("=", 1)[0] for line in text.splitlines() if "=" in line and not line.startswith("#")}

    def test_every_string_has_both_languages(self):
        dialogs = [n[len("dialogs/"):-len(".xdl")] for n in self.names if n.startswith("dialogs/") and n.endswith(".xdl")]
        self.assertGreaterEqual(len(dialogs), 4)
        for base in dialogs + ["Messages"]:
            with self.subTest(base):
                english = self.keys("dialogs/%s_en_US.properties" % base)
                self.assertTrue(english)
                self.assertIn("dialogs/%s_en_US.default" % base, self.names, "marks English as the fallback")
                self.assertEqual(self.keys("dialogs/%s_sv_SE.properties" % base), english)

    def test_no_string_is_defined_twice(self):
        """A key written twice in one file silently takes the second text, wherever the first was meant."""
        for name in self.names:
            if name.startswith("dialogs/") and name.endswith(".properties"):
                text = self.zip.read(name).decode("latin-1")
                keys = [line.split("=", 1)[0] for line in text.splitlines() if "=" in line and not line.startswith("#")]
                with self.subTest(name):
                    self.assertEqual(sorted(k for k in set(keys) if keys.count(k) > 1), [])

    def test_every_string_a_dialog_uses_exists(self):
        import re
        for name in self.names:
            if name.startswith("dialogs/") and name.endswith(".xdl"):
                used = set(re.findall(r'"&amp;([^"]+)"', self.zip.read(name).decode("utf-8")))
                with self.subTest(name):
                    self.assertEqual(used - self.keys(name[:-4] + "_en_US.properties"), set())


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
