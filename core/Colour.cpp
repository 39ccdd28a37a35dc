#include "core/Colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace pt {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Lab {
    double l, a, b;
};

double linearised(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Lab toLab(Rgb colour)
{
    const double r = linearised(colour.red), g = linearised(colour.green), b = linearised(colour.blue);
    // sRGB to XYZ (D65), normalised by the reference white.
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = (0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

} // namespace

Rgb highlightTint(Rgb colour)
{
    // 45 % of the colour over white.
    const auto mix = [](int channel) { return static_cast<int>(std::lround(channel * 0.45 + 255 * 0.55)); };
    return {mix(colour.red), mix(colour.green), mix(colour.blue)};
}

std::optional<Rgb> parseColour(std::string_view text)
{
    if (text.size() != 7 || text[0] != '#')
        return std::nullopt;
    int channels[3];
    for (int i = 0; i < 3; ++i) {
        const int high = hexDigit(text[1 + 2 * i]), low = hexDigit(text[2 + 2 * i]);
        if (high < 0 || low < 0)
            return std::nullopt;
        channels[i] = high * 16 + low;
    }
    return Rgb{channels[0], channels[1], channels[2]};
}

std::string formatColour(Rgb colour)
{
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", colour.red & 0xff, colour.green & 0xff, colour.blue & 0xff);
    return text;
}

double perceptualDistance(Rgb a, Rgb b)
{
    const Lab x = toLab(a), y = toLab(b);
    return std::sqrt((x.l - y.l) * (x.l - y.l) + (x.a - y.a) * (x.a - y.a) + (x.b - y.b) * (x.b - y.b));
}

const std::array<Rgb, 20>& distinctColours()
{
    static const std::array<Rgb, 20> colours = [] {
        const char* hex[] = {"#f3c300", "#875692", "#f38400", "#a1caf1", "#be0032", "#c2b280", "#848482",
                             "#008856", "#e68fac", "#0067a5", "#f99379", "#604e97", "#f6a600", "#b3446c",
                             "#dcd300", "#882d17", "#8db600", "#654522", "#e25822", "#2b3d26"};
        std::array<Rgb, 20> parsed{};
        for (std::size_t i = 0; i < parsed.size(); ++i)
            parsed[i] = *parseColour(hex[i]);
        return parsed;
    }();
    return colours;
}

namespace {

/// Kelly's colours first, then a spread of hues at three lightnesses for when those are all taken.
const std::vector<Rgb>& candidateColours()
{
    static const std::vector<Rgb> candidates = [] {
        std::vector<Rgb> all(distinctColours().begin(), distinctColours().end());
        for (double lightness : {0.35, 0.55, 0.75})
            for (int hue = 0; hue < 360; hue += 10) {
                // HSL to RGB at saturation 0.7.
                const double chroma = (1 - std::abs(2 * lightness - 1)) * 0.7;
                const double x = chroma * (1 - std::abs(std::fmod(hue / 60.0, 2) - 1));
                const double m = lightness - chroma / 2;
                double r = 0, g = 0, b = 0;
                switch (hue / 60) {
                case 0: r = chroma, g = x; break;
                case 1: r = x, g = chroma; break;
                case 2: g = chroma, b = x; break;
                case 3: g = x, b = chroma; break;
                case 4: r = x, b = chroma; break;
                default: r = chroma, b = x; break;
                }
                all.push_back({static_cast<int>(std::lround((r + m) * 255)), static_cast<int>(std::lround((g + m) * 255)),
                               static_cast<int>(std::lround((b + m) * 255))});
            }
        return all;
    }();
    return candidates;
}

} // namespace

Rgb pickDistinctColour(const std::vector<Rgb>& inUse)
{
    const auto nearestInUse = [&](const Rgb& candidate) {
        double nearest = std::numeric_limits<double>::max();
        for (const Rgb& used : inUse)
            nearest = std::min(nearest, perceptualDistance(candidate, used));
        return nearest;
    };
    const auto farthest = [&](auto first, auto last) {
        Rgb best = *first;
        double bestDistance = -1;
        for (auto candidate = first; candidate != last; ++candidate)
            if (const double distance = nearestInUse(*candidate); distance > bestDistance) {
                bestDistance = distance;
                best = *candidate;
            }
        return std::make_pair(best, bestDistance);
    };
    // A Kelly colour nobody uses yet beats any other candidate.
    const auto kelly = farthest(distinctColours().begin(), distinctColours().end());
    if (kelly.second > 1.0)
        return kelly.first;
    return farthest(candidateColours().begin(), candidateColours().end()).first;
}

} // namespace pt
