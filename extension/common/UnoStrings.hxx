#pragma once

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace pt::extension {

using ::rtl::OUString;

inline OUString toOUString(std::string_view utf8)
{
    return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string toUtf8(const OUString& text)
{
    const ::rtl::OString utf8 = ::rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

} // namespace pt::extension
