#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

struct Rgb {
    int red = 0;
    int green = 0;
    int blue = 0;
};

/// Reads "#RRGGBB" (either case); nullopt for anything else.
std::optional<Rgb> parseColour(std::string_view text);
/// "#rrggbb" in lower case.
std::string formatColour(Rgb colour);

/// CIE76 colour difference (Euclidean distance in CIELAB): about 2.3 is just noticeable,
/// above 20 two swatches are told apart at a glance.
double perceptualDistance(Rgb a, Rgb b);

/// The light tint of a code's colour that coded passages are shown in: readable black text on it, and the
/// codes still told apart.
Rgb highlightTint(Rgb colour);

/// Kenneth Kelly's 20 colours of maximum contrast (without white and black).
const std::array<Rgb, 20>& distinctColours();

/// The colour farthest from every colour already in use, so that a new code stays distinguishable from
/// the others: one of distinctColours() while any is free, else one of a spread of further hues.
Rgb pickDistinctColour(const std::vector<Rgb>& inUse);

} // namespace pt
