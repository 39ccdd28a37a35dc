#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>

namespace pt::extension {

/// One entry of a media descriptor or argument list ("Hidden" = true).
inline css::beans::PropertyValue propertyValue(const char* name, const css::uno::Any& value)
{
    css::beans::PropertyValue property;
    property.Name = ::rtl::OUString::createFromAscii(name);
    property.Value = value;
    return property;
}

} // namespace pt::extension
