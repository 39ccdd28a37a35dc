#pragma once

#include "sidebar/SidebarPanel.hxx"
#include "document/TranscriptText.hxx"

#include <memory>
#include <vector>

namespace pt::extension {

class SlicedWork;

/// The Auto-code panel: search a word, phrase or regular expression in the whole transcript or one
/// speaker's turns, see every hit in context, and code the chosen hits with the chosen code in one step.
class AutoCodePanel : public SidebarPanel {
public:
    static constexpr const char* kDialog = "AutoCodePanel.xdl";

private:
    friend class SidebarPanel; // opens it
    AutoCodePanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
                  const css::uno::Reference<css::frame::XFrame>& frame);
    void start() override;
    void stop() override;
    void handleEvent(const ::rtl::OUString& method) override;
    int rowsWanted(const char* control) const override;
    /// Reads the transcript's speakers a slice at a time, then lists them.
    void fillSpeakers();
    void showSpeakers(const std::vector<std::pair<std::string, std::size_t>>& speakers);
    void find();
    void codeHits();

    std::unique_ptr<SlicedWork> mpFillSpeakers;
    std::vector<SearchHit> maHits;
    std::vector<std::string> maSpeakers; ///< in SpeakerList order, after "The whole transcript"
};

} // namespace pt::extension
