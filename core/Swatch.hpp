#pragma once

#include "core/Codebook.hpp"

#include <string>

namespace pt {

/// A small SVG picture of a code's colour for the codebook tree: a square for enablers marked "+",
/// for barriers marked "−", plain for codes that can be either. The mark is drawn in black or white,
/// whichever stands out on the colour.
std::string swatchSvg(const std::string& colour, Polarity polarity, int size = 14);

} // namespace pt
