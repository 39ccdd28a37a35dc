#pragma once

#include "core/OfficeFiles.hpp"

#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace pt::extension {

/// A file larger than this is refused: a ZIP can claim anything, and a study file is small.
constexpr std::size_t kLargestFile = 256u << 20;

/// The whole of a stream, closed after. Throws pt::Refusal ("file") naming `what` beyond kLargestFile.
std::string readStream(const css::uno::Reference<css::io::XInputStream>& stream, const std::string& what);
/// A file's bytes. Throws pt::Refusal ("file") naming the file when it cannot be read.
std::string readFileBytes(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& url);
/// The parts of the ZIP package at `url` (an ODT, a DOCX), each read when asked for. Throws pt::Refusal
/// ("file") saying `notAPackage` and why when the file is no ZIP.
PackageReader packageAt(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& url,
                        const std::string& notAPackage);
/// Writes `bytes` at `url`, replacing what is there. Throws pt::Refusal ("file") naming the file (notWritten).
void writeFileBytes(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& url,
                    const std::string& bytes);

} // namespace pt::extension
