#pragma once

#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pt {

/// The three dimensions of Franzén's power triangle: the frame every code sits in.
enum class Dimension { Resources, Discourses, Contexts };

/// Where a code comes from: the study's frame, decided before the analysis (a priori), or the text, in an
/// inductive analysis (emergent: in-vivo or named by the researcher).
enum class CodeOrigin { APriori, Emergent };

/// Whether a code names something that enables co-production or a barrier to it.
enum class Polarity { Enabler, Barrier, Either };

std::string_view toString(Dimension dimension);
std::string_view toString(Polarity polarity);
std::string_view toString(CodeOrigin origin); ///< "a priori", "emergent"
std::optional<CodeOrigin> originFromString(std::string_view text);
std::optional<Dimension> dimensionFromString(std::string_view text);
std::optional<Polarity> polarityFromString(std::string_view text);

struct Code {
    std::string id;       ///< GUID, stable across machines and exports
    std::string name;
    std::string parentId; ///< empty for a top-level code
    Dimension dimension = Dimension::Resources;
    Polarity polarity = Polarity::Either;
    std::string color;    ///< "#rrggbb"
    bool codable = true;  ///< false for grouping codes such as the dimensions themselves
    bool retired = false; ///< kept for existing codings, offered for no new ones
    std::string definition;
    std::string example;
    CodeOrigin origin = CodeOrigin::APriori;
    /// The coding rules of a directed analysis: what a passage must show to be coded so, and what not.
    std::string inclusion;
    std::string exclusion;
    /// The coding chosen as the code's anchor example (its passage, linked); empty when none.
    std::string exampleCodingId;

    bool operator==(const Code& other) const;
};

class Codebook {
public:
    Codebook() = default;
    explicit Codebook(std::vector<Code> codes);

    const std::vector<Code>& codes() const { return mCodes; }
    const Code* find(std::string_view id) const;
    /// Names from the top down, joined by " / " ("Resources / Lack of access to resources / Lack of time").
    std::string path(const Code& code) const;

private:
    std::vector<Code> mCodes;
    std::unordered_map<std::string, std::size_t> mIndexById;
};

/// Whether a code is one of the triangle's dimensions, its frame: an a priori code at the top.
bool isDimension(const Code& code);

/// Whether a code has its place in the power triangle: an a priori code, or an emergent one moved under an
/// a priori code. An emergent code still outside it (at the top, or only under emergent codes) counts in no
/// dimension until the researcher places it.
bool insideTriangle(const Codebook& codebook, const Code& code);
/// The code's dimension as tables write it ("resources"), or "" while it is outside the triangle.
std::string dimensionText(const Codebook& codebook, const Code& code);

/// A code's polarity, or where it has none (either) that of the nearest code above it that has one: what
/// reports count a coding as, enabler or barrier.
Polarity effectivePolarity(const Codebook& codebook, const Code& code);

/// Why a code takes no new codings, in words for the user (it only groups other codes, or it is retired),
/// or nullopt when it takes them.
std::optional<std::string> whyNoNewCodings(const Code& code);
inline bool takesNewCodings(const Code& code) { return !whyNoNewCodings(code); }

/// The codes `wanted` names, as a user or a command line names a code: by its id, its name or its path
/// ("Resources / Lack of access to resources / Lack of time"). Names may repeat in different branches.
std::vector<const Code*> codesCalled(const Codebook& codebook, std::string_view wanted);

/// A code's name is a label, not a text: longer ones are refused (bytes of UTF-8).
constexpr std::size_t kLongestCodeName = 500;

/// Every fault of a codebook, each named by its path under `where` ("codebook.codes[4].color").
Problems validateCodebook(const Codebook& codebook, const std::string& where = "codebook");

/// {"version":1,"codes":[{"id","name","parentId","dimension","polarity","color","codable","retired",
/// "definition","example"}]}; parentId is null for top-level codes.
nlohmann::json codebookToJson(const Codebook& codebook);

/// Reads codebookToJson's form (or a bare array of codes). A child may leave out dimension and polarity
/// (they are inherited) and colour (a distinct one is chosen). Faults are appended to `problems`.
Codebook codebookFromJson(const nlohmann::json& json, const std::string& where, Problems& problems);

/// Strict form for whole codebooks from users and macros: throws InvalidInput naming every fault.
Codebook parseCodebookJson(std::string_view text);

/// The codebook of the study: three dimensions, their categories with polarity, and sub-codes.
/// Ids are name-based GUIDs, identical on every machine.
const Codebook& defaultCodebook();

} // namespace pt
