#include "core/PanelLayout.hpp"

#include <algorithm>

namespace pt {

PanelLayout::PanelLayout(std::vector<PanelRow> rows, PanelSpacing spacing)
    : mRows(std::move(rows))
    , mSpacing(spacing)
{
}

int PanelLayout::labelColumn() const
{
    int widest = 0;
    for (const PanelRow& row : mRows)
        if (row.kind == PanelRow::Kind::Labelled && !row.items.empty())
            widest = std::max(widest, row.items.front().width);
    return widest;
}

int PanelLayout::minimalWidth() const
{
    // Everything may go one under the other: the widest single control decides.
    int widest = 0;
    for (const PanelRow& row : mRows)
        for (const PanelItem& item : row.items)
            widest = std::max(widest, item.width);
    return widest + 2 * mSpacing.margin;
}

PanelPlacement PanelLayout::place(int width) const
{
    PanelPlacement placement;
    const int inner = std::max(width, minimalWidth()) - 2 * mSpacing.margin;
    const int labels = labelColumn();
    int y = mSpacing.margin;
    const auto put = [&](const PanelItem& item, int x, int top, int itemWidth, int height) {
        placement.items.push_back({item.name, x, top, itemWidth, height});
    };
    const auto stack = [&](const std::vector<PanelItem>& items) {
        for (const PanelItem& item : items) {
            const int height = item.heightAt(inner);
            put(item, mSpacing.margin, y, inner, height);
            y += height + mSpacing.row;
        }
    };
    for (const PanelRow& row : mRows) {
        if (row.items.empty())
            continue;
        if (row.kind == PanelRow::Kind::Labelled && row.items.size() == 2) {
            const PanelItem& label = row.items[0];
            const PanelItem& field = row.items[1];
            const int fieldWidth = inner - labels - mSpacing.column;
            if (fieldWidth < field.width) {
                stack(row.items);
                continue;
            }
            const int fieldHeight = field.heightAt(fieldWidth);
            const int labelHeight = label.heightAt(labels);
            const int height = std::max(fieldHeight, labelHeight);
            put(label, mSpacing.margin, y + (height - labelHeight) / 2, labels, labelHeight);
            put(field, mSpacing.margin + labels + mSpacing.column, y + (height - fieldHeight) / 2, fieldWidth, fieldHeight);
            y += height + mSpacing.row;
            continue;
        }
        int needed = mSpacing.column * static_cast<int>(row.items.size() - 1);
        int stretching = 0;
        for (const PanelItem& item : row.items) {
            needed += item.width;
            stretching += item.stretches ? 1 : 0;
        }
        if (needed > inner) {
            stack(row.items);
            continue;
        }
        const int extra = inner - needed;
        int x = mSpacing.margin, height = 0, shared = 0;
        std::vector<int> widths, heights;
        for (const PanelItem& item : row.items) {
            int itemWidth = item.width;
            if (item.stretches && stretching > 0) {
                // The last stretching item takes what rounding left, so the line ends at the margin.
                const int share = ++shared == stretching ? extra - extra / stretching * (stretching - 1) : extra / stretching;
                itemWidth += share;
            }
            widths.push_back(itemWidth);
            heights.push_back(item.heightAt(itemWidth));
            height = std::max(height, heights.back());
        }
        for (std::size_t i = 0; i < row.items.size(); ++i) {
            // A lower control (a check box beside a button) is centred on the line.
            put(row.items[i], x, y + (height - heights[i]) / 2, widths[i], heights[i]);
            x += widths[i] + mSpacing.column;
        }
        y += height + mSpacing.row;
    }
    placement.height = y - mSpacing.row + mSpacing.margin;
    return placement;
}

} // namespace pt
