#pragma once

#include "document/DocumentStore.hxx"

#include "core/StudyCodebook.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <optional>
#include <string>

namespace pt::extension {

/// A synchronisation of an open transcript's codebook with its study's, and the study it was.
struct StudyCodebookSync {
    ::rtl::OUString studyUrl;
    CodebookSync sync;
};

/// Brings the codebook of `store`'s document and its study's together (core/StudyCodebook): what only the
/// transcript changed goes to the study's codebook.json, what only the study changed comes into the
/// transcript (one undo step, when `receive`), and a code both changed stays as it is on both sides unless
/// `choices` settles it. nullopt for a document in no study, read only, or written by a newer release.
/// Throws pt::Refusal ("study") for a damaged or unwritable study codebook and for codebooks that cannot
/// be brought together; nothing is then changed.
std::optional<StudyCodebookSync> synchroniseWithStudy(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                      DocumentStore& store,
                                                      const std::map<std::string, SyncChoice>& choices, bool receive);

} // namespace pt::extension
