#include "commands/CodeAsMenu.hxx"

#include "common/Commands.hxx"
#include "document/DocumentStore.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/ContextMenuExecuteEvent.hpp>

#include <functional>
#include <map>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// Builds menu entries with the factory of the context menu's container.
class MenuBuilder {
public:
    explicit MenuBuilder(const Reference<container::XIndexContainer>& menu)
        : mxFactory(menu, UNO_QUERY_THROW)
    {
    }

    Reference<container::XIndexContainer> container() const
    {
        return Reference<container::XIndexContainer>(mxFactory->createInstance("com.sun.star.ui.ActionTriggerContainer"), UNO_QUERY_THROW);
    }

    void append(const Reference<container::XIndexContainer>& menu, const OUString& text, const OUString& command,
                const Reference<container::XIndexContainer>& submenu = nullptr) const
    {
        insert(menu, menu->getCount(), text, command, submenu);
    }

    void insert(const Reference<container::XIndexContainer>& menu, sal_Int32 at, const OUString& text,
                const OUString& command, const Reference<container::XIndexContainer>& submenu) const
    {
        Reference<beans::XPropertySet> entry(mxFactory->createInstance("com.sun.star.ui.ActionTrigger"), UNO_QUERY_THROW);
        entry->setPropertyValue("Text", Any(text));
        entry->setPropertyValue("CommandURL", Any(command));
        if (submenu.is())
            entry->setPropertyValue("SubContainer", Any(submenu));
        menu->insertByIndex(at, Any(entry));
    }

    void separate(const Reference<container::XIndexContainer>& menu, sal_Int32 at) const
    {
        menu->insertByIndex(at, Any(mxFactory->createInstance("com.sun.star.ui.ActionTriggerSeparator")));
    }

private:
    Reference<lang::XMultiServiceFactory> mxFactory;
};

bool lcl_hasSelectedText(const Any& selection)
{
    Reference<container::XIndexAccess> ranges(selection, UNO_QUERY);
    for (sal_Int32 i = 0; ranges.is() && i < ranges->getCount(); ++i) {
        Reference<text::XTextRange> range(ranges->getByIndex(i), UNO_QUERY);
        if (range.is() && !range->getString().isEmpty())
            return true;
    }
    return false;
}

} // namespace

CodeAsMenu::CodeAsMenu(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document)
    : mxContext(context)
    , mxDocument(document)
{
}

ui::ContextMenuInterceptorAction SAL_CALL CodeAsMenu::notifyContextMenuExecute(const ui::ContextMenuExecuteEvent& event)
{
    try {
        const Reference<frame::XModel> document(mxDocument);
        if (!document.is() || !event.Selection.is() || !lcl_hasSelectedText(event.Selection->getSelection()))
            return ui::ContextMenuInterceptorAction_IGNORED;
        const Codebook codebook = DocumentStore(Reference<lang::XComponent>(document, UNO_QUERY_THROW)).codebook();
        const UiText text(mxContext);
        const MenuBuilder builder(event.ActionTriggerContainer);
        const Reference<container::XIndexContainer> codeAs = builder.container();

        const auto offered = [](const Code* code) { return code && takesNewCodings(*code); };
        for (const std::string& id : Workbench::instance().recentCodes())
            if (const Code* code = codebook.find(id); offered(code))
                builder.append(codeAs, toOUString(code->name), codeAsCommand(id));
        if (codeAs->getCount() > 0)
            builder.separate(codeAs, codeAs->getCount());

        std::multimap<std::string, const Code*> childrenOf;
        for (const Code& code : codebook.codes())
            if (!code.retired)
                childrenOf.emplace(code.parentId, &code);
        // A code with codes under it is a submenu: itself first (if codable), then its children.
        std::function<void(const Reference<container::XIndexContainer>&, const std::string&)> addChildren;
        addChildren = [&](const Reference<container::XIndexContainer>& menu, const std::string& parentId) {
            const auto children = childrenOf.equal_range(parentId);
            for (auto child = children.first; child != children.second; ++child) {
                const Code& code = *child->second;
                if (!childrenOf.count(code.id)) {
                    if (offered(&code))
                        builder.append(menu, toOUString(code.name), codeAsCommand(code.id));
                    continue;
                }
                const Reference<container::XIndexContainer> submenu = builder.container();
                if (offered(&code)) {
                    builder.append(submenu, toOUString(code.name), codeAsCommand(code.id));
                    builder.separate(submenu, 1);
                }
                addChildren(submenu, code.id);
                builder.append(menu, toOUString(code.name), "vnd.powertriangle:CodeAsMenu", submenu);
            }
        };
        addChildren(codeAs, std::string());

        const Reference<container::XIndexContainer> menu = event.ActionTriggerContainer;
        builder.separate(menu, 0);
        builder.insert(menu, 0, text.get("NewCodeFromSelection"), OUString::createFromAscii(kNewCodeFromSelectionCommand), nullptr);
        builder.insert(menu, 0, text.get("CodeAs"), "vnd.powertriangle:CodeAsMenu", codeAs);
        return ui::ContextMenuInterceptorAction_EXECUTE_MODIFIED;
    } catch (...) {
        return ui::ContextMenuInterceptorAction_IGNORED; // the menu without ours, never an error
    }
}

} // namespace pt::extension
