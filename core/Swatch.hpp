#pragma once

#include "core/Codebook.hpp"

#include <string>

namespace pt {

/// A small PNG picture of a code's colour for the codebook tree: a square for enablers marked "+", for
/// barriers marked "−", plain for codes that can be either. The mark is drawn in black or white, whichever
/// stands out on the colour. (PNG, not SVG: the tree draws every swatch each time it is filled, and
/// rendering an SVG took about a millisecond a code.)
std::string swatchPng(const std::string& colour, Polarity polarity, int size = 14);

} // namespace pt
