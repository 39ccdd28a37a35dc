#pragma once

#include "core/Attributes.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace pt::extension {

/// Where a value set in the Study panel went.
enum class ValueKept {
    Saved,      ///< into the transcript's file (it was not open)
    InOpenWindow ///< into the transcript the user has open: one undo step there, theirs to save
};

/// Gives the attribute `name` of the study's transcript at `path` (as study.json has it) the value a person
/// typed, `text`, read by the attribute's definition (core attributeValueFromText; empty takes it away), in
/// the transcript itself: the open one as one undo step, else its file, opened
/// hidden, changed and saved. The study's definition of the attribute goes along, so that the transcript
/// sent alone knows it. Throws pt::Refusal ("transcript") for a transcript moved, open read-only elsewhere
/// or on a read-only disk, ("value") for a value of the wrong type; nothing is changed then. Returns where
/// the value went, and the value (nullopt when taken away).
struct ValueSet {
    ValueKept kept;
    std::optional<AttributeValue> value;
};
ValueSet setTranscriptAttribute(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const ::rtl::OUString& studyUrl, const std::string& path, const std::string& name,
                                const std::string& text);

} // namespace pt::extension
