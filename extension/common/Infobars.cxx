#include "common/Infobars.hxx"

#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::rtl::OUString;

namespace pt::extension {

namespace {

Reference<frame::XInfobarProvider> lcl_infobars(const Reference<frame::XModel>& document)
{
    return Reference<frame::XInfobarProvider>(document.is() ? document->getCurrentController() : nullptr, UNO_QUERY);
}

} // namespace

void showInfobar(const Reference<frame::XModel>& document, const OUString& id, const OUString& title,
                 const OUString& message, sal_Int32 type, const std::vector<std::pair<OUString, OUString>>& buttons)
{
    try {
        const Reference<frame::XInfobarProvider> infobars = lcl_infobars(document);
        if (!infobars.is())
            return;
        if (infobars->hasInfobar(id))
            infobars->removeInfobar(id);
        uno::Sequence<beans::StringPair> actions(static_cast<sal_Int32>(buttons.size()));
        for (std::size_t i = 0; i < buttons.size(); ++i)
            actions.getArray()[i] = beans::StringPair(buttons[i].first, buttons[i].second);
        infobars->appendInfobar(id, title, message, type, actions, true);
    } catch (const uno::Exception&) {
        // No room for infobars: nobody to tell.
    }
}

void removeInfobar(const Reference<frame::XModel>& document, const OUString& id)
{
    try {
        if (const Reference<frame::XInfobarProvider> infobars = lcl_infobars(document); infobars.is() && infobars->hasInfobar(id))
            infobars->removeInfobar(id);
    } catch (const uno::Exception&) {
    }
}

} // namespace pt::extension
