#include "common/Configuration.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using namespace ::com::sun::star;

namespace pt::extension {

uno::Reference<container::XNameAccess> configurationNode(const uno::Reference<uno::XComponentContext>& context,
                                                         const ::rtl::OUString& path)
{
    const uno::Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue("nodepath", uno::Any(path));
    return uno::Reference<container::XNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
        uno::UNO_QUERY_THROW);
}

void setConfigurationValue(const uno::Reference<uno::XComponentContext>& context, const ::rtl::OUString& path,
                           const ::rtl::OUString& name, const uno::Any& value)
{
    const uno::Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue("nodepath", uno::Any(path));
    const uno::Reference<container::XNameReplace> node(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", arguments), uno::UNO_QUERY_THROW);
    node->replaceByName(name, value);
    uno::Reference<util::XChangesBatch>(node, uno::UNO_QUERY_THROW)->commitChanges();
}

} // namespace pt::extension
