#pragma once

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// Read access to one node of LibreOffice's configuration ("/org.openoffice.UserProfile/Data").
css::uno::Reference<css::container::XNameAccess>
configurationNode(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& path);

/// Sets one value of LibreOffice's configuration and commits it ("/org.openoffice.Office.Common/Security/Scripting",
/// "RemovePersonalInfoOnSaving").
void setConfigurationValue(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& path,
                           const ::rtl::OUString& name, const css::uno::Any& value);

} // namespace pt::extension
