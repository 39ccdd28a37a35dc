#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace pt::extension {

/// One entry of a media descriptor or argument list ("Hidden" = true).
inline css::beans::PropertyValue propertyValue(const char* name, const css::uno::Any& value)
{
    css::beans::PropertyValue property;
    property.Name = ::rtl::OUString::createFromAscii(name);
    property.Value = value;
    return property;
}

/// The string argument `name` of a dispatch ("URL"), or empty when it has none.
inline ::rtl::OUString stringArgument(const css::uno::Sequence<css::beans::PropertyValue>& arguments, const char* name)
{
    ::rtl::OUString value;
    for (const css::beans::PropertyValue& argument : arguments)
        if (argument.Name.equalsAscii(name))
            argument.Value >>= value;
    return value;
}

} // namespace pt::extension
