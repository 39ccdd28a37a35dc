#include "core/Guid.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace pt;

TEST(Guid, NewGuidsAreWellFormedAndDistinct)
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string guid = newGuid();
        EXPECT_TRUE(isGuid(guid)) << guid;
        EXPECT_EQ(guid, normalizedGuid(guid));
        EXPECT_TRUE(seen.insert(guid).second) << "repeated " << guid;
    }
}

TEST(Guid, NameBasedGuidIsTheSameEverywhere)
{
    // Golden value (agrees with Python's uuid.uuid5): if it changes, documents' default codes lose their identity.
    EXPECT_EQ(nameBasedGuid("resources"), "96c7cdc7-d532-5d39-9154-9484ab7d79d4");
    EXPECT_EQ(nameBasedGuid("resources"), nameBasedGuid("resources"));
    EXPECT_NE(nameBasedGuid("resources"), nameBasedGuid("discourses"));
    EXPECT_TRUE(isGuid(nameBasedGuid("anything")));
}

TEST(Guid, RecognisesOnlyTheDashedHexForm)
{
    EXPECT_TRUE(isGuid("1B4E28BA-2FA1-11D2-883F-0016D3CCA427"));
    EXPECT_FALSE(isGuid("1b4e28ba2fa111d2883f0016d3cca427"));
    EXPECT_FALSE(isGuid("{1b4e28ba-2fa1-11d2-883f-0016d3cca427}"));
    EXPECT_FALSE(isGuid("1b4e28ba-2fa1-11d2-883f-0016d3cca42g"));
    EXPECT_FALSE(isGuid(""));
    EXPECT_EQ(normalizedGuid("1B4E28BA-2FA1-11D2-883F-0016D3CCA427"), "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
}
