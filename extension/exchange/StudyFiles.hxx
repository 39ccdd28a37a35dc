#pragma once

#include "exchange/TranscriptFiles.hxx"

#include "core/Problem.hpp"
#include "core/Study.hpp"
#include "core/StudyCodebook.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace pt::extension {

/// Makes a study in the folder `folderUrl`: writes its study.json and returns that file's URL. Throws
/// pt::Refusal ("folder") when the folder has a study already or cannot be written (a read-only disk).
::rtl::OUString createStudy(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const ::rtl::OUString& folderUrl, const std::string& name);

/// Adds transcripts (file URLs of ODT, DOCX or FODT files) to the study at `studyUrl`, referenced where they
/// are. A transcription tool's file (.srt, .vtt, …) is first made a transcript in the study's folder
/// ("interview 3.odt", or a free name beside it), its speakers named by `namer` (all before anything is
/// written; when it returns nothing, nothing is added). Each must be a transcript Power Triangle can read and in no other study; one that is not is refused
/// before anything is written ("transcripts"). Their codebooks join the study's (by id, then by name): new
/// codes go to the study, a code that differs from the study's is left for the user to choose when the
/// transcript is next opened. Returns how many were added; `notes` says which were there already and what
/// happened to their codebooks.
std::size_t addTranscriptsToStudy(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const ::rtl::OUString& studyUrl, const std::vector<::rtl::OUString>& transcriptUrls,
                                  Problems& notes, const TranscriptNamer& namer = labelsAsTheyAre);

/// The study file alone. Throws pt::Refusal ("study") for a damaged or missing one.
Study readStudyFile(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& studyUrl);

/// The study and each transcript's attributes and number of codings, read from the files without opening
/// them; a transcript moved or damaged is listed as such. Throws pt::Refusal ("study") for a damaged or
/// missing study file.
struct StudyListing {
    Study study;
    std::vector<StudyEntry> entries;
};
StudyListing readStudy(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& studyUrl);

/// Replaces the study's attribute definitions (their types), which the Study panel reads values by. Throws
/// pt::Refusal ("definitions") naming each transcript whose value would not fit, ("study") for a damaged or
/// unwritable study file; nothing is changed then.
void setStudyAttributeDefinitions(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const ::rtl::OUString& studyUrl, const AttributeDefinitions& definitions);

/// Whether the study's cases, in a REFI-QDA project, are its transcripts or each transcript's speakers.
/// Throws pt::Refusal ("study") for a damaged or unwritable study file.
void setStudyCases(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& studyUrl,
                   CasesPer cases);

/// The study's codebook (codebook.json beside study.json): empty when the study has none yet. Throws
/// pt::Refusal ("study") naming the faults of a damaged one.
StudyCodebook readStudyCodebook(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const ::rtl::OUString& studyUrl);
/// Throws pt::Refusal ("study") when it cannot be written (a read-only disk).
void writeStudyCodebook(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& studyUrl,
                        const StudyCodebook& studyCodebook);

/// The study a document belongs to: a study.json in its folder or a folder above it that lists it; empty
/// when there is none.
::rtl::OUString studyOfDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const ::rtl::OUString& documentUrl);
/// The URL of a transcript of the study, by its path in the study file.
::rtl::OUString transcriptUrl(const ::rtl::OUString& studyUrl, const std::string& path);

/// The study's transcripts that can be read, as coded documents, without opening them. A transcript read
/// before and not changed since comes from memory (retrieving again across 50 transcripts is then quick).
/// Those that cannot be read go to `problems`.
std::vector<CodedDocument> studyDocuments(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const ::rtl::OUString& studyUrl, Problems& problems);

} // namespace pt::extension
