"""Helpers of the integration tests, on top of tools/office.py."""
import json
import os
import shutil
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from office import Office, prop, setting, store  # noqa: E402,F401

SAMPLES = os.environ["PT_SAMPLES"]
ARTIFACTS = os.environ.get("PT_ARTIFACTS", "")

CODER = "Anna Åberg"
# Every test office credits codings to this user (Tools ▸ Options ▸ User Data).
TEST_SETTINGS = (
    setting("/org.openoffice.UserProfile/Data", "givenname", "Anna"),
    setting("/org.openoffice.UserProfile/Data", "sn", "Åberg"),
    setting("/org.openoffice.Office.Recovery/RecoveryInfo", "Enabled", "false"),
)


def start_office(gui=False, settings=()):
    """A started office with the extension, for setUpModule; nothing is left running if starting fails.

    An office that quits cleanly (exit status 0) before it ever answers is started once more, in a new profile:
    seen under heavy load (a benchmark beside the tests), before the extension has run any code."""
    for attempt in (1, 2):
        office = Office(gui=gui, settings=TEST_SETTINGS + tuple(settings))
        failure = None
        try:
            office.install_extension()
            office.start()
            return office
        except Exception as error:
            office.stop()
            if not type(error).__module__.startswith("uno") and not isinstance(error, RuntimeError):
                raise
            failure = str(error) if isinstance(error, RuntimeError) else repr(error)
        except BaseException:
            office.stop()
            raise
        if attempt == 1 and "exit status 0" in failure:
            print("the office quit before it answered; starting it again: " + failure, file=sys.stderr)
            continue
        # A UNO exception cannot take the traceback unittest gives a module's or class's error (it would end
        # the whole run instead of being reported), not even as the context of another: raised after the handler.
        raise RuntimeError("the office did not start: " + failure)


def shared_office(gui=False):
    """setUpModule and tearDownModule for a test module whose tests share one office, OfficeTest.office:
        setUpModule, tearDownModule = shared_office()"""
    def set_up():
        OfficeTest.office = start_office(gui=gui)

    def tear_down():
        if OfficeTest.office is not None:
            OfficeTest.office.stop()
            OfficeTest.office = None
    return set_up, tear_down


class OfficeTest(unittest.TestCase):
    """A test on documents in the office its module started (OfficeTest.office): each test gets a work
    folder, and the documents it opens are closed after it."""
    office = None
    SAMPLE = os.path.join(SAMPLES, "coach-interview.fodt")

    def setUp(self):
        self.workdir = tempfile.mkdtemp(prefix="pt-test-")
        self.service = self.office.coding_service()
        self.documents = []

    def tearDown(self):
        for document in self.documents:
            try:
                document.close(True)
            except Exception:
                pass
        shutil.rmtree(self.workdir, ignore_errors=True)

    def open(self, path=SAMPLE):
        document = self.office.load(path)
        self.documents.append(document)
        return document

    def reopen(self, document, name):
        """The document saved as `name` (ODT or DOCX, by its extension) in the work folder, and opened."""
        path = os.path.join(self.workdir, name)
        store(document, path)
        return self.open(path)


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


def set_user(office, given, family):
    """Tools ▸ Options ▸ User Data, which names the coder of each new coding."""
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    data = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    data.setPropertyValue("givenname", given)
    data.setPropertyValue("sn", family)
    data.commitChanges()


def artifact_path(name):
    """Where a test leaves a file worth looking at (a screenshot); None when nobody asked for them."""
    if not ARTIFACTS:
        return None
    return os.path.join(ARTIFACTS, name)


def open_document(office, matches):
    """The document open in `office` for which `matches(document)` is true, or None."""
    components = office.desktop.Components.createEnumeration()
    while components.hasMoreElements():
        component = components.nextElement()
        if matches(component):
            return component
    return None


def starting_with(text):
    """For open_document: a text document whose text starts with `text` (a report just opened)."""
    return lambda component: hasattr(component, "Text") and component.Text.getString().startswith(text)


def wait_for(condition, timeout=20.0, what="condition", state=None):
    """Panel events and the extension's reactions to changes run on the office's main thread, after the
    call that caused them returns. `state`, a function, tells what there was instead when time runs out."""
    deadline = time.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError("timed out waiting for " + what + ("; found " + str(state()) if state else ""))
        time.sleep(0.2)
