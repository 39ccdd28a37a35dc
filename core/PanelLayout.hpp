#pragma once

#include <functional>
#include <string>
#include <vector>

namespace pt {

/// One control of a sidebar panel, as the layout sees it.
struct PanelItem {
    std::string name;
    int width = 0;  ///< the least width that shows it whole (a label's or a button's text; a field's usable least)
    int height = 0; ///< its height, unless `heightForWidth` is given
    /// For text that wraps: its height at a width.
    std::function<int(int width)> heightForWidth;
    bool stretches = true; ///< takes a share of the width its line has left; otherwise keeps `width`

    int heightAt(int atWidth) const { return heightForWidth ? heightForWidth(atWidth) : height; }
};

/// A row of a panel: controls side by side (a line of buttons), or a label with its field.
struct PanelRow {
    enum class Kind {
        Line,     ///< the items side by side while they fit, one under the other when they do not
        Labelled, ///< items[0] a label, items[1] its field: side by side, the labels of the panel in one column
                  ///< while they fit, else the label above the field
    };
    Kind kind = Kind::Line;
    std::vector<PanelItem> items;

    static PanelRow line(std::vector<PanelItem> items) { return {Kind::Line, std::move(items)}; }
    static PanelRow labelled(PanelItem label, PanelItem field) { return {Kind::Labelled, {std::move(label), std::move(field)}}; }
};

struct PlacedItem {
    std::string name;
    int x = 0, y = 0, width = 0, height = 0;
};

struct PanelPlacement {
    std::vector<PlacedItem> items; ///< every item of every row, in the rows' order
    int height = 0;                ///< the panel's height, margins included
};

/// Spacing in pixels, as LibreOffice's own sidebar panels space their controls.
struct PanelSpacing {
    int margin = 6; ///< around the panel's content
    int column = 6; ///< between controls side by side
    int row = 4;    ///< between rows
};

/// Lays a sidebar panel's controls out to the width the sidebar gives it, as LibreOffice's own panels are:
/// fields, lists and trees as wide as the panel, labels in a column beside their fields, lines of buttons
/// sharing the width; what does not fit side by side goes one under the other, so that nothing is cut off at
/// any width from minimalWidth() up.
class PanelLayout {
public:
    explicit PanelLayout(std::vector<PanelRow> rows, PanelSpacing spacing = {});

    /// The narrowest panel that shows every control whole.
    int minimalWidth() const;
    /// Every control's place at `width` (never narrower than minimalWidth()), and the height it takes.
    PanelPlacement place(int width) const;

private:
    int labelColumn() const;

    std::vector<PanelRow> mRows;
    PanelSpacing mSpacing;
};

} // namespace pt
