#pragma once

#include <com/sun/star/awt/XControl.hpp>

#include <vector>

namespace pt::extension {

// What the panels and the codebook editor set on their .xdl controls, through the controls' models.

/// Replaces a list box's entries.
void setListItems(const css::uno::Reference<css::awt::XControl>& list, const std::vector<::rtl::OUString>& items);
/// Inserts one entry at `position` (the others are not laid out again, as they are by setListItems).
void insertListItem(const css::uno::Reference<css::awt::XControl>& list, sal_Int32 position, const ::rtl::OUString& item);
/// Removes the entry at `position`.
void removeListItem(const css::uno::Reference<css::awt::XControl>& list, sal_Int32 position);
/// The position of a list box's chosen entry, or -1.
sal_Int16 selectedListItem(const css::uno::Reference<css::awt::XControl>& list);
/// Chooses the list box's entry at `position` (as the user would, without the event).
void selectListItem(const css::uno::Reference<css::awt::XControl>& list, sal_Int16 position);
/// Replaces a label's (fixed text's) text.
void setLabelText(const css::uno::Reference<css::awt::XControl>& label, const ::rtl::OUString& text);

} // namespace pt::extension
