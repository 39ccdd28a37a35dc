#pragma once

#include "core/Codebook.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <map>
#include <set>
#include <string>

namespace pt::extension {

using CodeNodes = std::map<std::string, css::uno::Reference<css::awt::tree::XMutableTreeNode>>;

/// Fills a tree control with the codes in `shown` (their parents must be shown too): the dimensions at the
/// top, each code with its colour swatch and enabler/barrier mark and the label `label` gives it, all
/// expanded. Each node's data value is its code's id. Returns the node of each code.
CodeNodes fillCodeTree(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::awt::XControl>& tree, const Codebook& codebook,
                       const std::set<std::string>& shown, const std::function<::rtl::OUString(const Code&)>& label);

/// The id of the code chosen in a tree filled by fillCodeTree, or "".
std::string chosenCodeIn(const css::uno::Reference<css::awt::XControl>& tree);
/// The id of the code at a point of the tree's window (pixels), or "".
std::string codeAtPoint(const css::uno::Reference<css::awt::XControl>& tree, sal_Int32 x, sal_Int32 y);

/// Chooses a code's node, if the tree shows it.
void chooseCodeIn(const css::uno::Reference<css::awt::XControl>& tree, const CodeNodes& nodes, const std::string& codeId);

} // namespace pt::extension
