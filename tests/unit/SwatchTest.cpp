#include "core/Swatch.hpp"

#include <gtest/gtest.h>
#include <png.h>

#include <vector>

using namespace pt;

namespace {

/// The swatch decoded: RGBA pixels, row by row.
std::vector<png_byte> decoded(const std::string& png, int size)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    EXPECT_TRUE(png_image_begin_read_from_memory(&image, png.data(), png.size())) << image.message;
    EXPECT_EQ(image.width, static_cast<png_uint_32>(size));
    image.format = PNG_FORMAT_RGBA;
    std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
    EXPECT_TRUE(png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) << image.message;
    return pixels;
}

std::vector<int> pixelAt(const std::vector<png_byte>& pixels, int size, int x, int y)
{
    const auto at = static_cast<std::size_t>((y * size + x) * 4);
    return {pixels[at], pixels[at + 1], pixels[at + 2], pixels[at + 3]};
}

} // namespace

TEST(Swatch, IsAPngOfTheColourWithItsPolarityMark)
{
    const int size = 14;
    const auto enabler = decoded(swatchPng("#0067a5", Polarity::Enabler, size), size);
    EXPECT_EQ(pixelAt(enabler, size, 2, 2), (std::vector<int>{0x00, 0x67, 0xa5, 255}));       // the colour
    EXPECT_EQ(pixelAt(enabler, size, 0, 5), (std::vector<int>{0x55, 0x55, 0x55, 255}));       // a border
    EXPECT_EQ(pixelAt(enabler, size, 0, 0)[3], 0);                                            // a round corner
    EXPECT_EQ(pixelAt(enabler, size, 4, 6), (std::vector<int>{255, 255, 255, 255}));          // "+": across
    EXPECT_EQ(pixelAt(enabler, size, 6, 4), (std::vector<int>{255, 255, 255, 255}));          // and down
    const auto barrier = decoded(swatchPng("#f0e060", Polarity::Barrier, size), size);
    EXPECT_EQ(pixelAt(barrier, size, 4, 6), (std::vector<int>{0, 0, 0, 255}));               // black on light
    EXPECT_EQ(pixelAt(barrier, size, 6, 4), (std::vector<int>{0xf0, 0xe0, 0x60, 255}));       // "−": no stroke down
    const auto either = decoded(swatchPng("#808080", Polarity::Either, size), size);
    EXPECT_EQ(pixelAt(either, size, 4, 6), (std::vector<int>{0x80, 0x80, 0x80, 255}));        // no mark
}
