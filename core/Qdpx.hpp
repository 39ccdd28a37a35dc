#pragma once

#include "core/CodedDocument.hpp"
#include "core/Codebook.hpp"
#include "core/CodingMerge.hpp"
#include "core/Problem.hpp"
#include "core/Speakers.hpp"
#include "core/Study.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// One text document of a REFI-QDA project: its plain text (line ends "\n") and its codings, with spans
/// in code points of that text.
struct QdpxSource {
    std::string guid;
    std::string name;
    std::u32string text;
    std::vector<ForeignCoding> codings;
    /// Export: the project also holds the document as DOCX, "sources/<guid>.docx".
    bool hasRichText = false;
    /// Its attributes: Variables and a Case of the project.
    DocumentAttributes attributes;
    /// Export with a case per speaker: its speaker turns, each a selection of a speaker's case.
    std::vector<SpeakerTurn> turns;
};

struct QdpxProject {
    std::string name;
    Codebook codebook;
    std::vector<QdpxSource> sources;
};

/// The REFI-QDA project of coded transcripts, the same whether the extension or powertri writes it: each
/// transcript a source with its text and its codings in text order (orphans last), the codebooks united.
/// A source's GUID is derived from its name and its text: the same on every export of that transcript, and
/// never one for two transcripts (two of one name differ by their text; identical copies are numbered).
/// `richText[i]` marks a transcript whose DOCX goes into the project too. With cases per speaker, each
/// transcript's speaker turns (by its speaker patterns) go with it, and a case per speaker is written; a
/// transcript without speaker labels keeps a case of its own.
QdpxProject projectOf(const std::vector<CodedDocument>& documents, const std::vector<bool>& richText,
                      CasesPer cases = CasesPer::Transcript);

struct QdpxOptions {
    bool crlf = false;        ///< Windows line ends in the plain texts, offsets counted with them (MAXQDA)
    std::string creationTime; ///< xsd:dateTime of the project
};

/// What goes into the .qdpx (a ZIP): project.qde, and each source's plain text under its path
/// ("sources/<guid>.txt"), UTF-8 without a BOM.
struct QdpxContent {
    std::string projectXml;
    std::vector<std::pair<std::string, std::string>> files;
    Problems notes; ///< what was left out (a coding whose passage had been deleted)
};

/// project.qde (namespace urn:QDA-XML:project:1.0) for `project`: users (one per coder, GUIDs derived from
/// the name, so the same on every export), the codebook with the Sets that carry dimensions and polarity,
/// a TextSource per source with a PlainTextSelection per coding (its memo the Description) holding one
/// Coding whose guid is the coding's id, and one per speaker turn (no coding; its speaker's case refers to
/// it). Offsets are code points of the plain text written.
QdpxContent writeQdpx(const QdpxProject& project, const QdpxOptions& options);

struct QdpxRead {
    QdpxProject project; ///< sources' texts with "\n" line ends; spans counted in them
    Problems notes;      ///< everything that could not be carried over, as the standard asks
    Problems lenient;    ///< what the reading had to be lenient about to read it at all (a BOM, a path)
};

/// Reads a project.qde made by any tool. `readFile` gives the text a source's plainTextPath names, as
/// written ("internal://x.txt"), or nullopt (QdpxPackage finds it as the tools write it). Lenient where it
/// can be (braced GUIDs, a BOM, line ends counted as the text file has them: CRLF as two characters, as
/// MAXQDA counts, LF as one; PlainTextContent instead of a file); what cannot be carried over (pictures,
/// PDFs, a text missing from the package, a selection outside its text, a code missing
/// from the codebook, …) is named in notes. Codings without a time get `now`. Throws InvalidInput for XML
/// that is not a REFI-QDA project.
QdpxRead readQdpx(std::string_view projectXml,
                  const std::function<std::optional<std::string>(const std::string& plainTextPath)>& readFile,
                  const std::string& now, Dimension fallback = Dimension::Contexts);

/// The source of `project` that is the document called `documentName` with `text`: the one with the
/// same text (line ends aside), else the same name (with or without extension), else the one sharing the
/// most of the text's lines. nullptr when none shares anything. `how` says which it was.
const QdpxSource* matchingSource(const QdpxProject& project, const std::string& documentName,
                                 std::u32string_view text, std::string& how);

} // namespace pt
