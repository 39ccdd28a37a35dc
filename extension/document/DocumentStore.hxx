#pragma once

#include "document/Anchors.hxx"
#include "document/DocumentModels.hxx"
#include "document/PayloadRecords.hxx"

#include "core/CodingList.hpp"
#include "core/CodingSet.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pt::extension {

class UndoableChange;

/// The codings of one Writer document: payload records in its properties, anchors (bookmarks) in its text.
///
/// The payload is read once into the document's DocumentModel and kept in step with every change made
/// here. Anchors are never cached: order and orphans come from Writer's bookmark list each time, so
/// editing, undo and redo never leave them stale (see Anchors). A coding whose anchor is gone is orphaned, never dropped;
/// an anchor not named exactly after a coding (a pasted copy) is ignored.
///
/// A change refused because of what was asked (no such coding, a code that takes no codings, a passage
/// outside the main text) throws pt::Refusal naming the part ("coding", "code", "passage", "codebook",
/// "document"): the API's edge knows which argument that was.
/// The note among problems() that says a newer release wrote the payload.
bool isNewerVersionNote(const Problem& problem);

class DocumentStore {
public:
    /// Throws pt::Refusal ("document") unless `document` is a Writer document.
    explicit DocumentStore(const css::uno::Reference<css::lang::XComponent>& document);

    /// True for documents a DocumentStore can work on (Writer's text documents).
    static bool canStore(const css::uno::Reference<css::uno::XInterface>& document);
    /// The Writer document `frame` shows, or null (another kind of document, or none yet).
    static css::uno::Reference<css::lang::XComponent> documentIn(const css::uno::Reference<css::frame::XFrame>& frame);

    const css::uno::Reference<css::frame::XModel>& document() const { return mxDocument; }
    DocumentModel& model() const { return *mpModel; }

    Codebook codebook() const;
    /// The codebook as the document's properties hold it, read without the codings (one record, not
    /// thousands): for what runs while the document is still loading, on the loader's thread, where reading
    /// the whole payload would slow the opening and leave its memory in that thread's own malloc arena.
    Codebook codebookAlone() const;
    /// The codebook's audit trail, oldest first: every change a DocumentStore made to the codebook (each
    /// method that changes it takes the `coder` to credit), undone with the change it records.
    std::vector<CodebookChange> codebookHistory() const;
    DocumentSettings settings() const;
    /// Problems found in the payload when it was last read.
    Problems problems() const;
    /// True when a newer release wrote the payload: then it is read only.
    bool writtenByNewerVersion() const;
    /// Runs `read` on the payload in memory.
    template <class Read> auto read(Read&& read) const { return mpModel->read(loader(), std::forward<Read>(read)); }

    /// Where the codings are anchored in the text.
    const Anchors& anchors() const { return maAnchors; }
    /// Everything, with each passage's current text: what getCodingsJson returns.
    CodingListing listCodings() const;
    /// Codings whose passage contains the position (or overlaps the range), in document order.
    std::vector<std::string> codingsAt(const css::uno::Reference<css::text::XTextRange>& position) const;

    /// Codes each range (a multiple selection, or hits of a search) with one code, all in one undo step;
    /// each coding records the speaker of its turn. Returns the new codings' ids.
    std::vector<std::string> addCodings(const std::vector<css::uno::Reference<css::text::XTextRange>>& ranges,
                                        const std::string& codeId, const std::string& memo, const std::string& coder);
    /// Codes the passages with a new emergent code (inductive coding) named `name`, or by the first
    /// passage's own words when `name` is empty (emergentCode): the code and the codings in one undo step.
    /// Returns the new code.
    Code codeWithNewCode(const std::vector<css::uno::Reference<css::text::XTextRange>>& ranges, const std::string& name,
                         const std::string& coder);
    /// Adds codings made elsewhere (another copy, another tool) as they are: id, code, coder, time and memo
    /// kept; text and speaker read here. `codebook` replaces the codebook (it must hold their codes; its
    /// changes are credited to `coder`), all in one undo step. An empty `codings` with an unchanged codebook
    /// changes nothing.
    void addForeignCodings(const std::vector<std::pair<Coding, css::uno::Reference<css::text::XTextRange>>>& codings,
                           const Codebook& codebook, const ::rtl::OUString& undoTitle, const std::string& coder,
                           const std::optional<DocumentAttributes>& attributes = std::nullopt);
    /// Deletes a code no coding uses and with no codes below it, in one undo step. Throws pt::Refusal
    /// ("code") saying why not (withCodeDeleted).
    void deleteCode(const std::string& codeId, const std::string& coder);
    /// Merges code A into code B in one undo step (mergeCodes): A's codings become B's, a passage the same
    /// coder coded with both stays one coding, A's codes below it move under B, A is removed. Returns how
    /// many codings moved and how many were folded. Throws pt::Refusal naming what is wrong.
    std::pair<std::size_t, std::size_t> mergeCodes(const std::string& fromId, const std::string& intoId, const std::string& coder);
    void removeCoding(const std::string& codingId);
    /// Gives a coding another code, memo and/or condensed meaning unit (nullopt leaves it): one undo step.
    /// Throws pt::Refusal ("text") for a condensation longer than kLongestCondensation.
    void changeCoding(const std::string& codingId, const std::optional<std::string>& codeId,
                      const std::optional<std::string>& memo, const std::optional<std::string>& condensed = std::nullopt);
    /// Anchors a coding (orphaned or not) to another passage: one undo step.
    void reanchorCoding(const std::string& codingId, const css::uno::Reference<css::text::XTextRange>& range);
    /// Moves the anchors of codings to the ranges given, keeping everything the codings record: one undo
    /// step (for anchors another program damaged, see core/AnchorRepair).
    void moveAnchors(const std::vector<std::pair<std::string, css::uno::Reference<css::text::XTextRange>>>& anchors,
                     const ::rtl::OUString& undoTitle);
    /// Throws pt::Refusal ("codebook") when a code in use is missing from `codebook`.
    void replaceCodebook(const Codebook& codebook, const ::rtl::OUString& undoTitle, const std::string& coder);
    void replaceSettings(const DocumentSettings& settings);
    /// Takes the codebook of the document's study (core/StudyCodebook): `codebook` replaces this one, the
    /// codings of the codes in `recoded` take the study's ids, and `basesRecord` is kept as what the
    /// document now agrees with the study on: one undo step called `undoTitle`.
    void takeStudyCodebook(const Codebook& codebook, const std::map<std::string, std::string>& recoded,
                           const std::string& basesRecord, const ::rtl::OUString& undoTitle, const std::string& coder);
    /// Keeps `basesRecord` without an undo step and leaves the document as modified as it was: bookkeeping
    /// of the synchronisation, not a change of the user's (a later save keeps it; without one the next
    /// opening finds the same).
    void keepStudyBases(const std::string& basesRecord);
    DocumentAttributes attributes() const;
    /// Replaces the attributes' definitions and values: one undo step called `undoTitle`.
    void replaceAttributes(const DocumentAttributes& attributes, const std::string& undoTitle);

    /// Applies a change already written to the document to the payload in memory (for UndoableChange).
    void updateModel(const std::function<void(CodingSet&)>& change, const PayloadChange& touched) const
    {
        mpModel->update(loader(), change, touched);
    }

private:
    DocumentModel::Loader loader() const;
    PayloadReadResult readFromDocument() const;
    /// Refuses changes to a payload a newer release wrote.
    void checkWritable() const;
    /// Writes `codebook` through `change` and appends what changed since the codebook in memory to the
    /// audit trail, credited to `coder`; returns the history to commit with it.
    std::vector<CodebookChange> writeCodebook(UndoableChange& change, const Codebook& codebook, const std::string& coder,
                                              const std::map<std::string, std::string>& mergedInto = {}) const;
    const Coding& existingCoding(const CodingSet& codings, const std::string& codingId) const;
    /// The passage to anchor for a range given to code: in this document's main text, not empty, and
    /// widened to whole characters (see WholeCharacters). Throws pt::Refusal for the "passage".
    css::uno::Reference<css::text::XTextRange> acceptedPassage(const css::uno::Reference<css::text::XTextRange>& range) const;
    css::uno::Reference<css::frame::XModel> mxDocument;
    css::uno::Reference<css::text::XTextDocument> mxTextDocument;
    std::shared_ptr<DocumentModel> mpModel;
    Anchors maAnchors;
};

} // namespace pt::extension
