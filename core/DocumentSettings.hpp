#pragma once

#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace pt {

/// Per-document choices kept with the payload (record PowerTriangle.settings).
struct DocumentSettings {
    /// How speaker labels look in this transcript (see SpeakerRecognizer).
    std::vector<std::string> speakerPatterns;

    DocumentSettings();
};

nlohmann::json settingsToJson(const DocumentSettings& settings);
/// Lenient: a missing field keeps its default; faults are appended to `problems`.
DocumentSettings settingsFromJson(const nlohmann::json& json, const std::string& where, Problems& problems);
/// Strict form for the API: throws InvalidInput naming every fault, including patterns that do not compile.
DocumentSettings parseSettingsJson(std::string_view text);

} // namespace pt
