#include "core/Swatch.hpp"

#include "core/Colour.hpp"

#include <png.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace pt {

namespace {

struct Rgba {
    std::uint8_t red, green, blue, alpha;
};

} // namespace

std::string swatchPng(const std::string& colour, Polarity polarity, int size)
{
    const Rgb rgb = parseColour(colour).value_or(Rgb{128, 128, 128});
    // Relative luminance decides the mark's colour.
    const double luminance = 0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue;
    const Rgba ink = luminance > 140 ? Rgba{0, 0, 0, 255} : Rgba{255, 255, 255, 255};
    const auto channel = [](int value) { return static_cast<std::uint8_t>(value); };
    const Rgba fill{channel(rgb.red), channel(rgb.green), channel(rgb.blue), 255}, border{0x55, 0x55, 0x55, 255},
        none{0, 0, 0, 0};
    std::vector<Rgba> pixels(static_cast<std::size_t>(size * size), fill);
    const auto at = [&](int x, int y) -> Rgba& { return pixels[static_cast<std::size_t>(y * size + x)]; };
    const int last = size - 1;
    for (int i = 0; i < size; ++i)
        at(i, 0) = at(i, last) = at(0, i) = at(last, i) = border;
    at(0, 0) = at(last, 0) = at(0, last) = at(last, last) = none; // rounded corners
    // The mark: a bar two pixels thick across the middle, and for an enabler one down it.
    const int from = size / 4, to = size - size / 4, middle = size / 2 - 1;
    if (polarity != Polarity::Either)
        for (int i = from; i < to; ++i) {
            at(i, middle) = at(i, middle + 1) = ink;
            if (polarity == Polarity::Enabler)
                at(middle, i) = at(middle + 1, i) = ink;
        }

    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(size);
    image.height = static_cast<png_uint_32>(size);
    image.format = PNG_FORMAT_RGBA;
    png_alloc_size_t bytes = 0;
    if (!png_image_write_to_memory(&image, nullptr, &bytes, 0, pixels.data(), 0, nullptr))
        throw std::runtime_error(std::string("swatch: ") + image.message);
    std::string png(bytes, '\0');
    if (!png_image_write_to_memory(&image, png.data(), &bytes, 0, pixels.data(), 0, nullptr))
        throw std::runtime_error(std::string("swatch: ") + image.message);
    png.resize(bytes);
    return png;
}

} // namespace pt
