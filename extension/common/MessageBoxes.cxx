#include "common/MessageBoxes.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;

namespace pt::extension {

void showMessageBox(const Reference<uno::XComponentContext>& context, const Reference<awt::XWindowPeer>& parent,
                    awt::MessageBoxType type, const ::rtl::OUString& title, const ::rtl::OUString& message)
{
    const Reference<awt::XMessageBoxFactory> boxes(awt::Toolkit::create(context), UNO_QUERY_THROW);
    boxes->createMessageBox(parent, type, awt::MessageBoxButtons::BUTTONS_OK, title, message)->execute();
}

} // namespace pt::extension
