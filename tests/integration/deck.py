"""The Power Triangle deck's controls as a screen reader sees them: helpers of the tests that operate the
panels through accessibility (under Xvfb)."""
from testing import wait_for  # noqa: F401  (first: it imports uno with the extension's types; re-exported)
import time

import uno
from com.sun.star.accessibility.AccessibleRole import DOCUMENT, DOCUMENT_TEXT, LIST
from com.sun.star.lang import IndexOutOfBoundsException


def has_state(context, name):
    """Whether an accessible context has a state of AccessibleStateType ("SHOWING", "CHECKED"). LibreOffice
    7.4 returns an XAccessibleStateSet of the states' numbers; 7.5 and later a 64-bit set of their bits."""
    state = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType." + name)
    states = context.getAccessibleStateSet()
    if isinstance(states, int):
        return bool(states & state)
    return states.contains(state)


def accessible_nodes(accessible):
    """Every accessible context below `accessible`, depth first, but not into the document's own text: no
    panel, menu or dialog is there, and every paragraph the walk touches is one more accessible object whose
    events Writer then keeps (walking them from the test's thread once left 25.2 deadlocked in
    accessibility, see DEVELOPERS.md)."""
    stack = [accessible]
    while stack:
        context = stack.pop().getAccessibleContext()
        if context is None:
            continue
        yield context
        if context.getAccessibleRole() in (DOCUMENT, DOCUMENT_TEXT):
            continue
        count = context.getAccessibleChildCount()
        if count < 500:
            stack.extend(context.getAccessibleChild(i) for i in reversed(range(count)))


def children(context):
    """The accessible children; a list the panel is filling meanwhile is read again."""
    for attempt in range(5):
        try:
            return [context.getAccessibleChild(i).getAccessibleContext() for i in range(context.getAccessibleChildCount())]
        except IndexOutOfBoundsException:
            if attempt == 4:
                raise
            time.sleep(0.1)


def names(context):
    return [child.getAccessibleName() for child in children(context)]


def list_of(context):
    """The list inside a list box (a plain one is a panel holding it, a drop-down a combo box)."""
    for child in children(context):
        if child.getAccessibleRole() == LIST:
            return child
    raise AssertionError("no list in " + context.getAccessibleName())


def item_named(context, name):
    """The child whose name is `name`, or `name` followed by a count ("Lack of time (2)")."""
    for index, child in enumerate(children(context)):
        label = child.getAccessibleName()
        if label == name or label.startswith(name + " ("):
            return index, child
    raise AssertionError("%r not among %r" % (name, names(context)))


class Panel:
    """A panel's accessible controls, by their place in the panel's .xdl."""

    def __init__(self, container, order):
        self.context = container
        self.controls = dict(zip(order, children(container)))
        if len(self.controls) != len(order):
            raise AssertionError("the panel has %d controls, not %d" % (container.getAccessibleChildCount(), len(order)))

    def __getitem__(self, name):
        return self.controls[name]

    def press(self, name):
        self.controls[name].doAccessibleAction(0)

    def text(self, name):
        return self.controls[name].getAccessibleName()


CODEBOOK_PANEL = ["filterLabel", "filter", "unplaced", "tree", "memoLabel", "memo", "coderLabel", "coder", "code", "newCode", "edit",
                  "colours",
                  "reflection", "status"]
CODINGS_PANEL = ["atCursor", "showLabel", "show", "speakerLabel", "speaker", "coderLabel", "coder", "codings", "page",
                 "previousPage", "nextPage", "detail", "condensedLabel", "condensed", "memoLabel", "memo", "save", "changeCode",
                 "remove",
                 "orphansLabel", "orphans", "reanchor", "deleteOrphan", "status"]
STUDY_PANEL = ["studyLabel", "study", "openStudy", "newStudy", "add", "transcripts", "openTranscript", "attributeLabel",
               "attribute", "typeLabel", "type", "valueLabel", "value", "setValue", "matrixReport", "codingReport", "agreementReport",
               "matrixCsv", "exportProject", "speakerCases", "codeLabel",
               "code", "narrowLabel", "narrow", "find", "passages", "goTo", "toDocument", "toCsv", "status"]
AUTOCODE_PANEL = ["searchLabel", "search", "regex", "case", "words", "speakerLabel", "speaker", "find", "hits", "chooseAll",
                  "codeHits", "status"]
