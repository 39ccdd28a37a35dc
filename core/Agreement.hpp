#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pt {

/// A passage as one coder coded it with one code: [begin, end) in characters (Unicode code points) of
/// the document's text.
struct CodedSpan {
    std::string coder;
    std::string codeId;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string codingId; ///< the coding the span is, for reports that link back to it
    std::string document; ///< the transcript it is in, when a report covers several (its URL or path)
};

/// How far coders agree on one code (or on all codes pooled), counted per character as NVivo and
/// QualCoder do: a character is coded or not by each coder.
struct AgreementFigures {
    std::size_t characters = 0; ///< the units counted
    /// Two coders only: percent agreement (0..100) and Cohen's kappa; nullopt where undefined (no variation).
    std::optional<double> percentAgreement;
    std::optional<double> kappa;
    /// Two or more coders: Krippendorff's alpha for nominal data; nullopt where undefined.
    std::optional<double> alpha;
};

struct AgreementReport {
    std::vector<std::string> coders; ///< sorted
    /// Over the whole text.
    std::map<std::string, AgreementFigures> byCode;
    AgreementFigures overall; ///< every (character, code) a unit: the codes pooled
    /// The same over only the characters that some coder coded with some code: uncoded text, on which
    /// everyone "agrees", otherwise inflates the figures.
    std::map<std::string, AgreementFigures> byCodeInCodedText;
    AgreementFigures overallInCodedText;
};

/// Agreement of `coders` (at least two) on `codes` over a text of `textLength` characters. Spans of other
/// coders or codes are left out; overlapping spans of one coder and code count once. Counts segments
/// between span boundaries, not characters one by one: the cost follows the number of spans.
AgreementReport measureAgreement(const std::vector<CodedSpan>& spans, const std::vector<std::string>& coders,
                                 const std::vector<std::string>& codes, std::size_t textLength);

/// Where coders disagree on one code: a stretch of text covered by overlapping spans of that code
/// (chained: each overlaps the next) on which not every coder coded the same characters.
struct Disagreement {
    std::string codeId;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t characters = 0; ///< characters in it that some coders coded and others did not
    /// Each coder's spans in it, as indexes into the spans given; a coder who did not code it has none.
    std::map<std::string, std::vector<std::size_t>> spansByCoder;
};

/// Every disagreement of `coders` on `codes`, by code in the order of `codes`, then in text order.
std::vector<Disagreement> findDisagreements(const std::vector<CodedSpan>& spans, const std::vector<std::string>& coders,
                                            const std::vector<std::string>& codes);

} // namespace pt
