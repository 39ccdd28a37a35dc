#pragma once

#include "core/Codebook.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// A file URL of the swatch picture of a colour and polarity (core's swatchPng), written once per session
/// into LibreOffice's temporary folder; empty when it cannot be written (the tree then shows no picture).
::rtl::OUString swatchUrl(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& colour,
                          Polarity polarity);

} // namespace pt::extension
