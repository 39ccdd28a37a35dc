"""A real LibreOffice for integration tests: the built extension installed into a throwaway profile.

The extension's type library is extracted from the .oxt and named in URE_MORE_TYPES while `uno` is
imported, so that this client can call the extension's own interfaces over the bridge.
"""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
import zipfile

OXT = os.environ.get("PT_OXT", "")
SAMPLES = os.environ.get("PT_SAMPLES", "")
ARTIFACTS = os.environ.get("PT_ARTIFACTS", "")

_types_dir = tempfile.mkdtemp(prefix="pt-types-")
with zipfile.ZipFile(OXT) as oxt:
    oxt.extract("PowerTriangle.rdb", _types_dir)
# The variable replaces LibreOffice's default list, so it must name the office's own types again.
_OFFICE_TYPES = "<file://" + os.path.realpath(os.path.join(os.path.dirname(os.path.realpath(shutil.which("soffice"))), "types")) + ">*"
os.environ["URE_MORE_TYPES"] = _OFFICE_TYPES + " file://" + os.path.join(_types_dir, "PowerTriangle.rdb")

import uno  # noqa: E402  (needs URE_MORE_TYPES first)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402

# Only this client needs it, and only to bootstrap: unopkg crashes when it inherits it.
del os.environ["URE_MORE_TYPES"]

# Settings written into the fresh profile: no first-start dialogs, no tips, no recovery.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/RecoveryInfo"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="givenname" oor:op="fuse"><value>Anna</value></prop></item>
<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="sn" oor:op="fuse"><value>Åberg</value></prop></item>
{extra}
</oor:items>
"""

CODER = "Anna Åberg"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """Starts soffice on a unique pipe with a throwaway profile; stop() ends only that process."""

    def __init__(self, gui=False, extra_settings=""):
        self.gui = gui
        self.profile = tempfile.mkdtemp(prefix="pt-profile-")
        self.pipe = "pt-%d-%s" % (os.getpid(), uuid.uuid4().hex[:8])
        self.process = None
        self.context = None
        os.makedirs(os.path.join(self.profile, "user"))
        with open(os.path.join(self.profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
            f.write(_PROFILE_SETTINGS.format(extra=extra_settings))

    @property
    def profile_url(self):
        return "file://" + self.profile

    def install_extension(self, oxt=OXT):
        subprocess.run(["unopkg", "add", "--suppress-license", "-env:UserInstallation=" + self.profile_url, oxt],
                       check=True, timeout=180, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def start(self, timeout=90):
        args = ["soffice", "--norestore", "--nologo", "--nodefault", "-env:UserInstallation=" + self.profile_url,
                "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe]
        if not self.gui:
            args[1:1] = ["--headless", "--invisible"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            try:
                self.context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except NoConnectException:
                if self.process.poll() is not None or time.time() > deadline:
                    raise RuntimeError("LibreOffice did not start (exit status %s)" % self.process.poll())
                time.sleep(0.25)
        self.desktop = self.create("com.sun.star.frame.Desktop")
        return self

    def create(self, service):
        return self.context.ServiceManager.createInstanceWithContext(service, self.context)

    def coding_service(self):
        return self.create("org.powertriangle.CodingService")

    def load(self, path, hidden=True):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        document = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", hidden),))
        if document is None:
            raise RuntimeError("could not load " + path)
        return document

    def stop(self):
        """Ends the office this object started, and nothing else."""
        if self.process is not None and self.process.poll() is None:
            try:
                self.desktop.terminate()
            except Exception:
                pass  # the bridge goes down with the office
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        shutil.rmtree(self.profile, ignore_errors=True)


def store(document, path):
    """Saves a copy as ODT or DOCX, by the file's extension."""
    filters = {".odt": "writer8", ".docx": "MS Word 2007 XML"}
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    document.storeToURL(url, (prop("FilterName", filters[os.path.splitext(path)[1]]),))


def find(document, text, after=None):
    """The range of the first occurrence of `text` (after the range `after`, if given)."""
    search = document.createSearchDescriptor()
    search.SearchString = text
    search.SearchCaseSensitive = True
    found = document.findNext(after.End, search) if after is not None else document.findFirst(search)
    if found is None:
        raise AssertionError("text not found: %r" % text)
    return found


def span(document, first, last):
    """The range from the start of `first` to the end of `last` (texts), across paragraphs."""
    start = find(document, first)
    end = find(document, last, after=start)
    cursor = document.Text.createTextCursorByRange(start.Start)
    cursor.gotoRange(end.End, True)
    return cursor


def code_ids(service, document):
    """Code name → id, from the document's codebook."""
    return {c["name"]: c["id"] for c in json.loads(service.getCodebookJson(document))["codes"]}


def codings(service, document):
    return json.loads(service.getCodingsJson(document))


def artifact_path(name):
    """Where a test leaves a file worth looking at (a screenshot); None when nobody asked for them."""
    if not ARTIFACTS:
        return None
    return os.path.join(ARTIFACTS, name)
