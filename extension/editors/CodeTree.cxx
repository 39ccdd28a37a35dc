#include "editors/CodeTree.hxx"

#include "editors/SwatchFiles.hxx"
#include "common/UnoStrings.hxx"

#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/view/SelectionType.hpp>

#include <vector>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

CodeNodes fillCodeTree(const Reference<uno::XComponentContext>& context, const Reference<awt::XControl>& tree,
                       const Codebook& codebook, const std::set<std::string>& shown,
                       const std::function<OUString(const Code&)>& label)
{
    const Reference<awt::tree::XMutableTreeDataModel> data(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.tree.MutableTreeDataModel", context),
        UNO_QUERY_THROW);
    const Reference<awt::tree::XMutableTreeNode> root = data->createNode(Any(OUString("Codebook")), false);
    data->setRoot(root);
    std::multimap<std::string, const Code*> childrenOf;
    for (const Code& code : codebook.codes())
        if (shown.count(code.id))
            childrenOf.emplace(code.parentId, &code);
    CodeNodes nodes;
    std::vector<Reference<awt::tree::XMutableTreeNode>> branches;
    // Breadth by breadth from the dimensions; a code whose parent is not shown is not reached.
    std::vector<std::pair<std::string, Reference<awt::tree::XMutableTreeNode>>> pending{{std::string(), root}};
    for (std::size_t next = 0; next < pending.size(); ++next) {
        const auto [parentId, parentNode] = pending[next];
        const auto children = childrenOf.equal_range(parentId);
        for (auto child = children.first; child != children.second; ++child) {
            const Code& code = *child->second;
            Reference<awt::tree::XMutableTreeNode> node = data->createNode(Any(label(code)), false);
            node->setDataValue(Any(toOUString(code.id)));
            if (const OUString swatch = swatchUrl(context, code.color, code.polarity); !swatch.isEmpty())
                node->setNodeGraphicURL(swatch);
            parentNode->appendChild(node);
            nodes[code.id] = node;
            if (childrenOf.count(code.id)) {
                branches.push_back(node);
                pending.emplace_back(code.id, node);
            }
        }
    }
    Reference<beans::XPropertySet> model(tree->getModel(), UNO_QUERY_THROW);
    model->setPropertyValue("SelectionType", Any(view::SelectionType_SINGLE));
    model->setPropertyValue("RootDisplayed", Any(false));
    model->setPropertyValue("ShowsRootHandles", Any(true));
    model->setPropertyValue("DataModel", Any(Reference<awt::tree::XTreeDataModel>(data, UNO_QUERY_THROW)));
    Reference<awt::tree::XTreeControl> treeControl(tree, UNO_QUERY_THROW);
    for (const auto& branch : branches)
        treeControl->expandNode(Reference<awt::tree::XTreeNode>(branch, UNO_QUERY_THROW));
    return nodes;
}

namespace {

/// The code id fillCodeTree gave a node as its data value, or "".
std::string lcl_codeIdOf(const Reference<awt::tree::XMutableTreeNode>& node)
{
    OUString codeId;
    if (node.is())
        node->getDataValue() >>= codeId;
    return toUtf8(codeId);
}

} // namespace

std::string chosenCodeIn(const Reference<awt::XControl>& tree)
{
    Reference<awt::tree::XTreeControl> treeControl(tree, UNO_QUERY_THROW);
    return lcl_codeIdOf(Reference<awt::tree::XMutableTreeNode>(treeControl->getSelection(), UNO_QUERY));
}

std::string codeAtPoint(const Reference<awt::XControl>& tree, sal_Int32 x, sal_Int32 y)
{
    const Reference<awt::tree::XTreeControl> treeControl(tree, UNO_QUERY);
    return treeControl.is() ? lcl_codeIdOf(Reference<awt::tree::XMutableTreeNode>(treeControl->getNodeForLocation(x, y), UNO_QUERY))
                            : std::string();
}

void chooseCodeIn(const Reference<awt::XControl>& tree, const CodeNodes& nodes, const std::string& codeId)
{
    if (const auto node = nodes.find(codeId); node != nodes.end())
        Reference<awt::tree::XTreeControl>(tree, UNO_QUERY_THROW)
            ->select(Any(Reference<awt::tree::XTreeNode>(node->second, UNO_QUERY_THROW)));
}

} // namespace pt::extension
