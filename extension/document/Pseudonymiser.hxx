#pragma once

#include "core/Pseudonymisation.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <map>
#include <string>

namespace pt::extension {

class DocumentStore;

/// Replaces a key's terms by their pseudonyms everywhere in a Writer document, in one undo step: the main
/// text and its tables, headers, footers, frames, footnotes, comments, the document's properties and the
/// payload (core/Pseudonymisation's pseudonymisePayload). Each occurrence is replaced from inside (the
/// pseudonym typed after its first character, then the name's characters deleted around it), which keeps
/// its formatting; the codings' anchors are taken off meanwhile and put back on their passages, which hold
/// the pseudonyms now. Throws pt::Refusal ("document") for a payload a newer release wrote.
PseudonymisationCount pseudonymiseDocument(const DocumentStore& store, const PseudonymKey& key, const ::rtl::OUString& undoTitle);

/// Where the key's terms still occur in the document, by place ("text", "headers and footers", "comments",
/// "properties", "codings", "codebook"), each with its count: the check before a transcript is shared.
std::map<std::string, std::size_t> remainingTerms(const DocumentStore& store, const PseudonymKey& key);

/// The candidates for pseudonymisation in the document's text (core's findIdentifying), with the terms of
/// `teamList` found there and `suggested` pseudonyms.
std::vector<IdentifyingCandidate> identifyingCandidates(const DocumentStore& store, const PseudonymKey& teamList,
                                                        const SuggestedPseudonyms& suggested = SuggestedPseudonyms());

/// The team's list of identifying terms (common/UserProfile's identifyingTermsFile); empty when there is
/// none. Throws pt::Refusal ("key") for a list that cannot be read.
PseudonymKey loadIdentifyingTerms(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace pt::extension
