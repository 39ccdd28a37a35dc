#include "core/Swatch.hpp"

#include "core/Colour.hpp"

namespace pt {

std::string swatchSvg(const std::string& colour, Polarity polarity, int size)
{
    const Rgb rgb = parseColour(colour).value_or(Rgb{128, 128, 128});
    // Relative luminance decides the mark's colour.
    const double luminance = 0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue;
    const char* ink = luminance > 140 ? "#000000" : "#ffffff";
    const std::string s = std::to_string(size), half = std::to_string(size / 2.0), inset = std::to_string(size / 4.0),
                      far = std::to_string(size - size / 4.0);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + s + "\" height=\"" + s + "\" viewBox=\"0 0 "
                      + s + " " + s + "\">";
    svg += "<rect x=\"0.5\" y=\"0.5\" width=\"" + std::to_string(size - 1) + "\" height=\"" + std::to_string(size - 1)
           + "\" rx=\"2\" fill=\"" + formatColour(rgb) + "\" stroke=\"#555555\" stroke-width=\"1\"/>";
    if (polarity != Polarity::Either) {
        svg += "<line x1=\"" + inset + "\" y1=\"" + half + "\" x2=\"" + far + "\" y2=\"" + half + "\" stroke=\"" + ink
               + "\" stroke-width=\"2\"/>";
        if (polarity == Polarity::Enabler)
            svg += "<line x1=\"" + half + "\" y1=\"" + inset + "\" x2=\"" + half + "\" y2=\"" + far + "\" stroke=\"" + ink
                   + "\" stroke-width=\"2\"/>";
    }
    return svg + "</svg>";
}

} // namespace pt
