#pragma once

#include "core/Payload.hpp"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace pt {

/// A document's payload held in memory, so that the panel and the API answer without reading and parsing
/// the document's properties again. Changes are applied here as they are written to the document.
class CodingSet {
public:
    CodingSet() = default;
    explicit CodingSet(Payload payload);

    const Codebook& codebook() const { return mCodebook; }
    const DocumentSettings& settings() const { return mSettings; }
    const DocumentAttributes& attributes() const { return mAttributes; }
    void setCodebook(Codebook codebook) { mCodebook = std::move(codebook); }
    void setSettings(DocumentSettings settings) { mSettings = std::move(settings); }
    void setAttributes(DocumentAttributes attributes) { mAttributes = std::move(attributes); }
    /// The codebook's audit trail, oldest first.
    const std::vector<CodebookChange>& history() const { return mHistory; }
    void setHistory(std::vector<CodebookChange> history) { mHistory = std::move(history); }

    std::size_t size() const { return mCodings.size(); }
    const Coding* find(const std::string& codingId) const;
    /// Every coding, in no particular order.
    std::vector<const Coding*> all() const;

    /// Adds or replaces the coding with the same id.
    void put(Coding coding);
    void remove(const std::string& codingId);

    /// How many codings each code has (codes without codings are absent).
    const std::map<std::string, std::size_t>& countsByCode() const { return mCounts; }
    /// The codings whose coded passage runs across a paragraph break: the only ones a position can lie in
    /// without an end of their anchor in its paragraph.
    const std::set<std::string>& acrossParagraphs() const { return mAcrossParagraphs; }

private:
    Codebook mCodebook;
    DocumentSettings mSettings;
    DocumentAttributes mAttributes;
    std::vector<CodebookChange> mHistory;
    std::unordered_map<std::string, Coding> mCodings;
    std::map<std::string, std::size_t> mCounts;
    std::set<std::string> mAcrossParagraphs;
};

/// Counts of a code and all codes below it, for every code of the codebook: what a tree shows next to a
/// dimension or a category.
std::map<std::string, std::size_t> subtreeCounts(const Codebook& codebook,
                                                 const std::map<std::string, std::size_t>& counts);

/// Which codings a list shows: every criterion left empty matches everything.
struct CodingFilter {
    std::string codeId;  ///< this code and the codes below it
    std::string speaker;
    std::string coder;
};

bool operator==(const CodingFilter& a, const CodingFilter& b);
bool operator!=(const CodingFilter& a, const CodingFilter& b);

bool matches(const CodingFilter& filter, const Coding& coding, const Codebook& codebook);

} // namespace pt
