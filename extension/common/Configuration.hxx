#pragma once

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Read access to one node of LibreOffice's configuration ("/org.openoffice.UserProfile/Data").
css::uno::Reference<css::container::XNameAccess>
configurationNode(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& path);

} // namespace pt::extension
