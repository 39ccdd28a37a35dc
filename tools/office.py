"""A real LibreOffice with the built extension installed into a profile of its own.

Used by the README's run command (tools/run-writer) and by the integration tests. The extension's type
library is extracted from the .oxt and named in URE_MORE_TYPES while `uno` is imported, so that this
client can call the extension's own interfaces over the bridge.
"""
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
import zipfile

OXT = os.environ["PT_OXT"]

_types_dir = tempfile.mkdtemp(prefix="pt-types-")
with zipfile.ZipFile(OXT) as oxt:
    oxt.extract("PowerTriangle.rdb", _types_dir)
# The variable replaces LibreOffice's default list, so it must name the office's own types again.
_OFFICE_TYPES = "<file://" + os.path.realpath(os.path.join(os.path.dirname(os.path.realpath(shutil.which("soffice"))), "types")) + ">*"
CLIENT_TYPES = _OFFICE_TYPES + " file://" + os.path.join(_types_dir, "PowerTriangle.rdb")
os.environ["URE_MORE_TYPES"] = CLIENT_TYPES

import uno  # noqa: E402  (needs URE_MORE_TYPES first)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.uno import Exception as UnoException  # noqa: E402

import unohelper  # noqa: E402
from com.sun.star.awt import XCallback  # noqa: E402


class _Called(unohelper.Base, XCallback):
    def __init__(self):
        self.event = threading.Event()

    def notify(self, data):
        self.event.set()


# Only a client needs it, and only to bootstrap: unopkg crashes when it inherits it.
del os.environ["URE_MORE_TYPES"]

# Settings for a new profile: no first-start dialogs or tips.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
{extra}
</oor:items>
"""


def setting(path, name, value):
    """One item of registrymodifications.xcu, for Office(settings=...)."""
    from xml.sax.saxutils import escape
    return '<item oor:path="%s"><prop oor:name="%s" oor:op="fuse"><value>%s</value></prop></item>' % (
        path, name, escape(value))


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """Starts soffice on a unique pipe; stop() ends only that process.

    Without `profile` it uses a throwaway profile, removed by stop(); a given profile is kept.
    """

    def __init__(self, gui=False, settings=(), profile=None):
        self.gui = gui
        self.throwaway = profile is None
        self.profile = tempfile.mkdtemp(prefix="pt-profile-") if self.throwaway else os.path.abspath(profile)
        self.pipe = "pt-%d-%s" % (os.getpid(), uuid.uuid4().hex[:8])
        self.process = None
        self.context = None
        settings_file = os.path.join(self.profile, "user", "registrymodifications.xcu")
        if not os.path.exists(settings_file):
            os.makedirs(os.path.dirname(settings_file), exist_ok=True)
            with open(settings_file, "w", encoding="utf-8") as f:
                f.write(_PROFILE_SETTINGS.format(extra="\n".join(settings)))

    @property
    def profile_url(self):
        return "file://" + self.profile

    def install_extension(self, oxt=OXT):
        """Installs (or replaces) the extension. Never while an office uses the profile: unopkg would hang."""
        subprocess.run(["unopkg", "add", "--force", "--suppress-license", "-env:UserInstallation=" + self.profile_url,
                        oxt], check=True, timeout=180, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

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
            failure = None
            try:
                self.context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                self.desktop = self.create("com.sun.star.frame.Desktop")
                self.desktop.getComponents()  # answers only once the office is up
                return self
            except UnoException as error:
                # Not listening yet, or (under load, on a new profile) the first office process going away
                # as the launcher restarts it: the bridge is disposed under the call. Either way, try again.
                failure = getattr(error, "Message", str(error))
            # Raised outside the handler: a UNO exception as its context would stop unittest from reporting it.
            if self.process.poll() is not None or time.time() > deadline:
                raise RuntimeError("LibreOffice did not start (exit status %s): %s" % (self.process.poll(), failure))
            time.sleep(0.25)

    def create(self, service):
        return self.context.ServiceManager.createInstanceWithContext(service, self.context)

    def coding_service(self):
        return self.create("org.powertriangle.CodingService")

    def load(self, path, hidden=True):
        """The document at `path`, open: also what its opening queued on the main thread has run (the
        extension checks a document there, once it is open)."""
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        document = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", hidden),))
        if document is None:
            raise RuntimeError("could not load " + path)
        self.settle()
        return document

    def settle(self, rounds=1, timeout=120):
        """Returns once the office's main thread has run what was queued for it (AsyncCallback keeps order)."""
        queue = self.create("com.sun.star.awt.AsyncCallback")
        for _ in range(rounds):
            called = _Called()
            queue.addCallback(called, None)
            if not called.event.wait(timeout):
                raise RuntimeError("the office's main thread did not come round in %d s" % timeout)

    def open_deck(self, document, deck="PowerTriangleDeck", timeout=30):
        """Shows the sidebar of a visible document with `deck` open. Too early, before the window is up, the
        sidebar collapses again, so this retries until the deck holds."""
        sidebar = document.CurrentController.getSidebar()
        deadline = time.time() + timeout
        while True:
            sidebar.setVisible(True)
            decks = sidebar.getDecks()
            decks.getByName(deck).activate(True)
            if decks.getByName(deck).isActive():
                return
            if time.time() > deadline:
                raise RuntimeError("the sidebar deck %s did not open" % deck)
            time.sleep(0.3)

    def wait(self):
        """Waits until the user closes the office."""
        self.process.wait()

    def stop(self, timeout=30):
        """Ends the office this object started, and nothing else, within `timeout` seconds and a kill.

        terminate() is asked on a thread of its own: with a modified document, or a dialog open, it can wait
        for an answer nobody gives, and the call would never return."""
        if self.process is not None and self.process.poll() is None:
            def terminate():
                try:
                    self.desktop.terminate()
                except Exception:
                    pass  # the bridge goes down with the office
            asking = threading.Thread(target=terminate, daemon=True)
            asking.start()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
            # With the office gone the call returns (the bridge is disposed); a thread still inside it when
            # Python exits would abort the interpreter.
            asking.join(timeout=30)
        if self.throwaway:
            shutil.rmtree(self.profile, ignore_errors=True)




def store(document, path):
    """Saves a copy as ODT or DOCX, by the file's extension."""
    filters = {".odt": "writer8", ".docx": "MS Word 2007 XML"}
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    document.storeToURL(url, (prop("FilterName", filters[os.path.splitext(path)[1]]),))
