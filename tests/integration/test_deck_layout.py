"""The deck fits the sidebar as LibreOffice's own panels do (issue 16), in English and in Swedish: at the width the
sidebar opens at and two wider ones (the sidebar's edge dragged with the real mouse), every control lies whole
inside the deck, none overlaps another, there is no horizontal scroll bar, the codebook's labels show whole,
every field has a visible label beside or above it, controls grow with the width, and the panels' heights follow
what they hold. Everything is read from the accessible components' bounds on the screen."""
import os
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testing import SAMPLES, artifact_path, code_ids, find, setting, start_office  # noqa: E402
from deck import AUTOCODE_PANEL, CODEBOOK_PANEL, CODINGS_PANEL, STUDY_PANEL, Panel, accessible_nodes, children, wait_for  # noqa: E402

from com.sun.star.accessibility.AccessibleRole import COMBO_BOX, LABEL, PUSH_BUTTON, TEXT  # noqa: E402

# What the sidebar is widened by, from the width it opens at (LibreOffice lets a sidebar grow to 500 pixels,
# or 100 more than its deck's least width).
WIDER = (40, 90)


class Box:
    def __init__(self, context):
        location, size = context.getLocationOnScreen(), context.getSize()
        self.x, self.y, self.width, self.height = location.X, location.Y, size.Width, size.Height

    @property
    def right(self):
        return self.x + self.width

    @property
    def bottom(self):
        return self.y + self.height

    def key(self):
        return (self.x, self.y, self.width, self.height)

    def __repr__(self):
        return "Box%r" % (self.key(),)


def ancestors(context):
    """The context and every context above it, nearest first."""
    while context is not None:
        yield context
        parent = context.getAccessibleParent()
        context = parent.getAccessibleContext() if parent is not None else None


class DeckLayout:
    """What of the deck a user sees: the panels, the box they are laid out in, and the part of it the
    deck shows (its viewport)."""

    def __init__(self, panels):
        self.panels = panels
        # The panels' common ancestor holds all of them; its parent is the deck's visible part.
        first = [(c, Box(c).key()) for c in ancestors(panels[0].context)]
        others = {Box(c).key() for c in ancestors(panels[1].context)}
        common = next(index for index, (context, key) in enumerate(first) if key in others)
        self.content = Box(first[common][0])
        self.viewport = Box(first[common + 1][0])


class DeckLayoutTest(unittest.TestCase):
    LANGUAGE = None  # LibreOffice's own (English)
    CODE_BUTTON = "Code selection"
    CHANGE_CODE = "Change code"
    CODE_HITS = "Code chosen hits"
    GO_TO = "Go to passage"

    @classmethod
    def setUpClass(cls):
        settings = [setting("/org.openoffice.Office.Linguistic/General", "UILocale", cls.LANGUAGE)] if cls.LANGUAGE else []
        cls.office = start_office(gui=True, settings=settings)

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        self.doc = self.office.load(os.path.join(SAMPLES, "coach-interview.fodt"), hidden=False)
        self.service = self.office.coding_service()
        self.office.open_deck(self.doc)
        self.codebook, self.codings, self.autocode, self.study = wait_for(self.panels, what="the deck's four panels")
        # The tree is filled once the document is open: wait for its codes.
        wait_for(lambda: children(self.codebook["tree"]), what="the codebook tree")

    def tearDown(self):
        self.doc.close(True)

    def panels(self):
        found = {}
        for context in accessible_nodes(self.doc.CurrentController.Frame.ContainerWindow):
            if context.getAccessibleRole() == PUSH_BUTTON and context.getAccessibleName() in (
                    self.CODE_BUTTON, self.CHANGE_CODE, self.CODE_HITS, self.GO_TO):
                found[context.getAccessibleName()] = context.getAccessibleParent().getAccessibleContext()
        if len(found) < 4:
            return None
        return (Panel(found[self.CODE_BUTTON], CODEBOOK_PANEL), Panel(found[self.CHANGE_CODE], CODINGS_PANEL),
                Panel(found[self.CODE_HITS], AUTOCODE_PANEL), Panel(found[self.GO_TO], STUDY_PANEL))

    def settled_layout(self):
        """The deck once it has stopped moving: its layout runs on the main thread after a resize."""
        previous = None
        deadline = time.time() + 20
        while True:
            self.office.settle()
            layout = DeckLayout([self.codebook, self.codings, self.autocode, self.study])
            now = (layout.viewport.key(), layout.content.key(),
                   tuple(Box(control).key() for panel in layout.panels for control in panel.controls.values()))
            if now == previous or time.time() > deadline:
                return layout
            previous = now
            time.sleep(0.3)

    def widen(self, default, pixels):
        """Drags the sidebar's left edge with the mouse, as a user widens it, until the deck is `pixels` wider
        than `default`."""
        layout = self.settled_layout()
        x, y = layout.viewport.x - 3, layout.viewport.y + 300
        to = x - (default.viewport.width + pixels - layout.viewport.width)
        for command in (["mousemove", str(x), str(y)], ["mousedown", "1"], ["mousemove", str((x + to) // 2), str(y)],
                        ["mousemove", str(to), str(y)], ["mouseup", "1"]):
            subprocess.run(["xdotool"] + command, check=True)
            time.sleep(0.2)
        wait_for(lambda: self.settled_layout().viewport.width >= default.viewport.width + pixels - 4,
                 what="the sidebar %d pixels wider" % pixels, state=lambda: self.settled_layout().viewport)

    def check_fits(self, layout, width_name):
        deck = layout.viewport
        self.assertLessEqual(layout.content.width, deck.width, "a horizontal scroll bar under the deck at " + width_name)
        for panel in layout.panels:
            boxes = {name: Box(control) for name, control in panel.controls.items()}
            for name, box in boxes.items():
                where = "%s at %s: %r in %r" % (name, width_name, box, deck)
                self.assertGreater(box.width, 0, where)
                self.assertGreaterEqual(box.x, deck.x, where)
                self.assertLessEqual(box.right, deck.right, where)
                self.assertGreaterEqual(box.y, layout.content.y, where)
                self.assertLessEqual(box.bottom, layout.content.bottom, where)
            for a, first in boxes.items():
                for b, second in boxes.items():
                    if a < b:
                        apart = (first.right <= second.x or second.right <= first.x
                                 or first.bottom <= second.y or second.bottom <= first.y)
                        self.assertTrue(apart, "%s overlaps %s at %s: %r %r" % (a, b, width_name, first, second))
        # Every code's label shows whole: none reaches the edge where the tree cuts its rows.
        tree = Box(self.codebook["tree"])
        for item in self.tree_items():
            self.assertLess(Box(item).right, tree.right - 20, "%r cut at %s" % (item.getAccessibleName(), width_name))

    def tree_items(self):
        stack = children(self.codebook["tree"])
        while stack:
            item = stack.pop()
            yield item
            stack.extend(children(item))

    def check_labels(self, layout):
        for panel in layout.panels:
            order = list(panel.controls.items())
            for index, (name, field) in enumerate(order):
                if field.getAccessibleRole() not in (TEXT, COMBO_BOX):
                    continue
                label_name, label = order[index - 1]
                self.assertEqual(label.getAccessibleRole(), LABEL, name + " has no label before it")
                text, label_box, box = label.getAccessibleName(), Box(label), Box(field)
                self.assertTrue(text.strip(), name + "'s label is empty")
                self.assertGreater(label_box.width, 0, name + "'s label is not shown")
                beside = label_box.right <= box.x and label_box.y < box.bottom and box.y < label_box.bottom
                above = label_box.bottom <= box.y and label_box.x < box.right and box.x < label_box.right
                self.assertTrue(beside or above, "%s's label %r is neither beside nor above it" % (name, text))
                # What a screen reader says for the field is its label.
                self.assertEqual(field.getAccessibleName(), text, name)

    def test_every_control_lies_inside_the_deck_at_the_default_width_and_wider(self):
        default = self.settled_layout()
        self.check_fits(default, "the default width")
        self.check_labels(default)
        self.screenshot("deck-default")
        widths = [Box(self.codebook["tree"]).width, Box(self.codings["memo"]).width, Box(self.autocode["search"]).width,
                  Box(self.study["code"]).width]
        for pixels in WIDER:
            self.widen(default, pixels)
            wider = self.settled_layout()
            self.check_fits(wider, "%d pixels wider" % pixels)
            # The tree, the lists and the fields grow with the sidebar.
            grown = [Box(self.codebook["tree"]).width, Box(self.codings["memo"]).width, Box(self.autocode["search"]).width,
                     Box(self.study["code"]).width]
            for before, after in zip(widths, grown):
                self.assertGreaterEqual(after - before, pixels - 8, "a control did not grow with the sidebar")
            self.screenshot("deck-wider-%d" % pixels)

    def test_the_panels_heights_follow_what_they_hold(self):
        empty = Box(self.codings["codings"]).height
        self.assertLess(empty, 100, "an empty list of codings takes little room")
        codes = code_ids(self.service, self.doc)
        for passage in ("Time, above all.", "We never got the time to meet the family properly", "The team was understaffed",
                        "Two of the nurses left in April", "we lost the thread", "That notebook was the best data we had."):
            self.service.addCoding(self.doc, find(self.doc, passage), codes["Lack of time"], "")
        wait_for(lambda: Box(self.codings["codings"]).height > empty + 40, what="the list growing with its codings",
                 state=lambda: Box(self.codings["codings"]).height)
        self.check_fits(self.settled_layout(), "the default width, with codings")

    def screenshot(self, name):
        path = artifact_path("%s-%s.png" % (name, self.LANGUAGE or "en"))
        if path:
            subprocess.run(["import", "-window", "root", path], check=False)


class SwedishDeckLayoutTest(DeckLayoutTest):
    LANGUAGE = "sv-SE"
    CODE_BUTTON = "Koda markeringen"
    CHANGE_CODE = "Byt kod"
    CODE_HITS = "Koda valda träffar"
    GO_TO = "Gå till passagen"


if __name__ == "__main__":
    unittest.main(verbosity=2)
