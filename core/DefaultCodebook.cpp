// The study's codebook (Ärleskog, Vackerberg and Andersson 2021), in our words.

#include "core/Codebook.hpp"
#include "core/Guid.hpp"

namespace pt {

namespace {

struct Entry {
    const char* key;       ///< stable name the GUID is derived from; never change it
    const char* parentKey; ///< "" for a dimension
    Dimension dimension;
    Polarity polarity;
    const char* color;
    bool codable;
    const char* name;
    const char* definition;
    const char* example;
};

constexpr Dimension R = Dimension::Resources;
constexpr Dimension D = Dimension::Discourses;
constexpr Dimension C = Dimension::Contexts;
constexpr Polarity Enabler = Polarity::Enabler;
constexpr Polarity Barrier = Polarity::Barrier;
constexpr Polarity Either = Polarity::Either;

const Entry kEntries[] = {
    {"resources", "", R, Either, "#0067a5", false, "Resources",
     "What the people in the improvement work can draw on: knowledge, time, staff, money, networks.", ""},
    {"resources/access", "resources", R, Enabler, "#008856", true, "Access to resources",
     "Resources are available and can be used to influence the work.", ""},
    {"resources/access/user", "resources/access", R, Enabler, "#8db600", true, "The user's resources",
     "The user's own knowledge, experience and networks brought into the work.",
     "She knew the routines better than any of us, she had lived with them for years."},
    {"resources/access/alternative", "resources/access", R, Enabler, "#a1caf1", true, "Alternative resources",
     "Resources found outside the usual channels: volunteers, patient organizations, other units.", ""},
    {"resources/access/unit", "resources/access", R, Enabler, "#2b3d26", true, "The unit's resources",
     "Time, staff and skills the unit sets aside for the work.", ""},
    {"resources/access/organization", "resources/access", R, Enabler, "#c2b280", true,
     "The organization's resources", "Support from the wider organization: funding, coaches, training, mandates.",
     ""},
    {"resources/lack", "resources", R, Barrier, "#be0032", true, "Lack of access to resources",
     "Resources are missing or out of reach, which limits who can influence the work.", ""},
    {"resources/lack/understaffing", "resources/lack", R, Barrier, "#f38400", true, "Understaffing",
     "Too few staff to take part in or sustain the work.", ""},
    {"resources/lack/time", "resources/lack", R, Barrier, "#e25822", true, "Lack of time",
     "No time set aside for meetings, reflection or follow-up.",
     "We never got the time to meet the family properly."},
    {"resources/lack/continuity", "resources/lack", R, Barrier, "#882d17", true, "Lack of continuity",
     "Changing staff or managers break the work off or force it to start over.", ""},
    {"discourses", "", D, Either, "#875692", false, "Discourses",
     "Ways of talking and thinking that make some positions natural and others odd.", ""},
    {"discourses/barriers", "discourses", D, Barrier, "#b3446c", true, "Discursive barriers",
     "Taken-for-granted ideas that keep users in a subordinate position.", ""},
    {"discourses/barriers/users", "discourses/barriers", D, Barrier, "#e68fac", true, "Among users",
     "Users subordinate themselves, for example by deferring to professionals or doubting their own knowledge.",
     "I'm only a relative, they are the ones who know."},
    {"discourses/barriers/professionals", "discourses/barriers", D, Barrier, "#f99379", true,
     "Among professionals", "Professionals hold paternalistic attitudes or see users as recipients, not partners.",
     ""},
    {"discourses/resistance", "discourses", D, Enabler, "#f3c300", true, "Discursive resistance",
     "Strategies that challenge the dominant discourses and balance power.", ""},
    {"discourses/resistance/involving", "discourses/resistance", D, Enabler, "#dcd300", true,
     "Actively involving users", "Users are invited into the work as partners from the start, not consulted afterwards.",
     ""},
    {"discourses/resistance/valuing", "discourses/resistance", D, Enabler, "#f6a600", true,
     "Valuing users' contributions", "Users' knowledge is asked for, listened to and acted on.", ""},
    {"discourses/resistance/challenging", "discourses/resistance", D, Enabler, "#604e97", true,
     "Challenging ingrained perceptions", "Someone questions how things have always been done or said.", ""},
    {"contexts", "", C, Either, "#848482", false, "Contexts",
     "The settings in which resources are made available and discourses are shaped.", ""},
    {"contexts/conditions", "contexts", C, Either, "#654522", true, "Contextual conditions",
     "Conditions of the organization, the unit or the care situation that enable or hinder co-production.", ""},
};

Codebook buildDefaultCodebook()
{
    std::vector<Code> codes;
    for (const Entry& entry : kEntries) {
        Code code;
        code.id = nameBasedGuid(entry.key);
        code.name = entry.name;
        code.parentId = *entry.parentKey ? nameBasedGuid(entry.parentKey) : std::string();
        code.dimension = entry.dimension;
        code.polarity = entry.polarity;
        code.color = entry.color;
        code.codable = entry.codable;
        code.definition = entry.definition;
        code.example = entry.example;
        codes.push_back(std::move(code));
    }
    return Codebook(std::move(codes));
}

} // namespace

const Codebook& defaultCodebook()
{
    static const Codebook codebook = buildDefaultCodebook();
    return codebook;
}

} // namespace pt
