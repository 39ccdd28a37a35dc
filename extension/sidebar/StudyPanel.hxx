#pragma once

#include "sidebar/SidebarPanel.hxx"

#include "core/Attributes.hpp"
#include "core/StudyRetrieval.hpp"

#include <string>
#include <vector>

namespace pt::extension {

/// The Study panel: the study of the transcript in front (its folder's study.json that lists it), or the
/// one the user opened or made; its transcripts with their attributes and codings, read without opening
/// them; and every passage of a code across them, each opening its transcript at the passage.
class StudyPanel : public SidebarPanel {
public:
    static constexpr const char* kDialog = "StudyPanel.xdl";

private:
    friend class SidebarPanel; // opens it
    StudyPanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
               const css::uno::Reference<css::frame::XFrame>& frame);
    void start() override;
    void handleEvent(const ::rtl::OUString& method) override;
    int rowsWanted(const char* control) const override;

    /// Shows the study at `studyUrl` (none when empty).
    void show(const ::rtl::OUString& studyUrl);
    void openStudy();
    void newStudy();
    void addTranscripts();
    void openTranscript();
    /// The chosen transcript's value of the chosen attribute in the value box, with the values in use.
    void showValue();
    void setValue();
    /// The attribute named in the attribute box, trimmed.
    std::string chosenAttribute();
    /// Makes the attribute of the type chosen for the whole study (a list: of the values in use).
    void setType();
    void matrixCsv();
    void matrixReport();
    void codingReport();
    void agreementReport();
    /// The whole study as a REFI-QDA project, its cases as the study says.
    void exportProject();
    /// Keeps the check box's choice in the study: a case per speaker, or per transcript.
    void speakerCases();
    void find();
    void goToPassage();
    void passagesToDocument();
    void passagesToCsv();
    /// Opens (or brings forward) the transcript at `url`; returns its document.
    css::uno::Reference<css::lang::XComponent> open(const ::rtl::OUString& url);

    ::rtl::OUString msStudy;
    std::vector<std::string> maTranscripts; ///< paths, in TranscriptsList order
    std::vector<Attributes> maValues;       ///< each transcript's attributes, in TranscriptsList order
    AttributeDefinitions maDefinitions;     ///< the study's
    std::vector<StudyPassage> maPassages;   ///< in PassagesList order
    RetrievalQuery maQuery;                 ///< what found them
};

} // namespace pt::extension
