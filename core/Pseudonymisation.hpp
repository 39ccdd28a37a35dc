#pragma once

#include "core/Payload.hpp"
#include "core/TextPlacement.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// One entry of a pseudonymisation key: what identifies someone or somewhere, and what stands for it.
struct PseudonymTerm {
    std::string term;
    std::string replacement;
    bool wholeWord = true; ///< not inside a longer word ("Ann" not in "Anna")
    bool matchCase = true;
};

/// The key of a pseudonymisation (term → pseudonym). It is kept apart from the transcripts, in a file of
/// its own (CSV or JSON), so that the same person keeps the same pseudonym across a study's transcripts.
struct PseudonymKey {
    std::vector<PseudonymTerm> terms;
};

/// {"terms": [{"term", "replacement", "wholeWord", "matchCase"}]}; the flags are optional (true). Throws
/// Refusal ("key") saying what is wrong; the key is also checked (checkKey).
PseudonymKey keyFromJson(std::string_view json);
std::string keyToJson(const PseudonymKey& key);
/// The same as a table: a header "term,replacement,whole word,match case" (the flags optional, "yes"/"no",
/// "true"/"false" or 1/0), comma or semicolon separated as Calc and Excel write it. Throws Refusal ("key").
PseudonymKey keyFromCsv(std::string_view csv);
std::string keyToCsv(const PseudonymKey& key);
/// A key file's text, read by its name's extension (.csv, else JSON). Throws Refusal ("key").
PseudonymKey keyFromFile(std::string_view text, std::string_view fileName);

/// The key turned round (each pseudonym → its term, same flags), to reverse a pseudonymisation on a copy.
/// Throws Refusal ("key") when two terms share a pseudonym: which one it stood for cannot be told.
PseudonymKey reversedKey(const PseudonymKey& key);

/// A team's list of identifying terms (staff, places, institutions): a key's form, replacements optional;
/// terms shorter than two characters are left out. Throws Refusal ("key") for a file that cannot be read.
PseudonymKey termListFromFile(std::string_view text, std::string_view fileName);

/// Throws Refusal ("key") for a key that would change nothing or leave a term behind: no terms, a term
/// empty or of one character, a term given twice (the same under its case rule), a replacement empty or
/// containing a term (the term would still be in the document after it). A term inside another term is
/// fine: the longer one is replaced first ("Christina M" before "Christina").
void checkKey(const PseudonymKey& key);

/// An occurrence of one of a key's terms, in code points of the text searched.
struct TermMatch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t term = 0; ///< index into the key's terms
};

/// Every occurrence of the key's terms, longest terms first: a term's occurrence inside a longer term's
/// is not one. Sorted by position, never overlapping. Case is compared by Unicode case folding; a whole
/// word has no letter, digit or combining mark next to it.
std::vector<TermMatch> findTerms(std::u32string_view text, const PseudonymKey& key);

/// What a pseudonymisation replaced: occurrences by term, and how many codings changed.
struct PseudonymisationCount {
    std::map<std::string, std::size_t> byTerm;
    std::size_t replaced = 0;
    std::size_t codingsTouched = 0;
    void add(const PseudonymisationCount& other);
};
/// {"replaced": N, "byTerm": {term: N}, "codingsTouched": N}
std::string countJson(const PseudonymisationCount& count);

/// `text` with every match replaced by its term's replacement; `count` is added to.
std::u32string replaceTerms(std::u32string_view text, const std::vector<TermMatch>& matches, const PseudonymKey& key);
std::string pseudonymised(std::string_view text, const PseudonymKey& key, PseudonymisationCount& count);

/// Where passages of the text lie once the matches are replaced. A passage beginning or ending inside an
/// occurrence widens to the whole pseudonym: a coding of part of a name codes the name's pseudonym.
std::vector<TextSpan> spansAfterReplacing(const std::vector<TextSpan>& spans, const std::vector<TermMatch>& matches,
                                          const PseudonymKey& key);

/// Every text of the payload a person could be named in, pseudonymised: each coding's memo, condensed
/// meaning unit, stored text and speaker; the codes' names and descriptions; the codebook history's
/// details; attribute values. Ids, coders and times are kept. Counts go to `count` (codingsTouched too).
void pseudonymisePayload(Payload& payload, const PseudonymKey& key, PseudonymisationCount& count);

/// A likely identifying term of a transcript, for the user to tick and give a pseudonym.
struct IdentifyingCandidate {
    std::string text;
    std::string kind; ///< "speaker", "name", "date", "phone", "personalNumber", "email", "list"
    std::size_t count = 0;
    std::string replacement; ///< suggested ("[Person 1]", "[Date]"), or the team list's
};
/// The pseudonyms suggested for each kind of candidate, "#" standing for its number: English unless the
/// user interface gives its own ("[Namn #]").
struct SuggestedPseudonyms {
    std::string speaker = "[Person #]";
    std::string name = "[Name #]";
    std::string date = "[Date]";
    std::string phone = "[Phone]";
    std::string personalNumber = "[ID number]";
    std::string email = "[E-mail]";
    std::string listed = "[Term #]";
};

/// The candidates in `text`: speakers' names; capitalised words (runs of them) found inside a sentence,
/// never in lower case, that occur at least twice; dates, phone numbers, Swedish personal identity
/// numbers (personnummer) and e-mail addresses; and the terms of the team's list found in the text.
/// Most frequent first within each kind.
std::vector<IdentifyingCandidate> findIdentifying(std::u32string_view text, const std::vector<std::string>& speakers,
                                                  const PseudonymKey& teamList = {},
                                                  const SuggestedPseudonyms& suggested = SuggestedPseudonyms());
/// [{"text", "kind", "count", "replacement"}]
std::string candidatesJson(const std::vector<IdentifyingCandidate>& candidates);

} // namespace pt
