#include "core/TranscriptOdt.hpp"

#include "core/FlatOdt.hpp"

namespace pt {

namespace {

constexpr const char* kNamespaces
    = R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
      R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
      R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
      R"( xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3")";

constexpr const char* kStyles = R"(<office:styles>
<style:style style:name="Turn" style:display-name="Transcript turn" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
<style:style style:name="Speaker" style:display-name="Speaker" style:family="text">
 <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Timestamp" style:display-name="Timestamp" style:family="text">
 <style:text-properties fo:color="#666666" fo:font-size="80%"/></style:style>
</office:styles>
)";

std::string body(const std::vector<TranscriptTurn>& turns, const TranscriptLayout& layout)
{
    std::string out = "<office:body><office:text>\n";
    for (const TranscriptTurn& turn : turns) {
        out += "<text:p text:style-name=\"Turn\">";
        if (!turn.speaker.empty())
            out += "<text:span text:style-name=\"Speaker\">" + odfText(turn.speaker + ":") + "</text:span> ";
        if (layout.times && turn.start)
            out += "<text:span text:style-name=\"Timestamp\">[" + mediaTimeText(*turn.start) + "]</text:span> ";
        out += odfText(turn.text) + "</text:p>\n";
    }
    return out + "</office:text></office:body>";
}

} // namespace

std::string transcriptAsFlatOdt(const std::vector<TranscriptTurn>& turns, const TranscriptLayout& layout)
{
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document") + kNamespaces
           + " office:mimetype=\"application/vnd.oasis.opendocument.text\">\n" + kStyles + body(turns, layout) + "</office:document>\n";
}

std::vector<std::pair<std::string, std::string>> transcriptOdtPackage(const std::vector<TranscriptTurn>& turns,
                                                                      const TranscriptLayout& layout)
{
    const std::string header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    return {
        {"mimetype", "application/vnd.oasis.opendocument.text"},
        {"META-INF/manifest.xml",
         header + R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)"},
        {"styles.xml", header + "<office:document-styles" + kNamespaces + ">\n" + kStyles + "</office:document-styles>\n"},
        {"content.xml", header + "<office:document-content" + kNamespaces + ">\n" + body(turns, layout) + "</office:document-content>\n"},
    };
}

} // namespace pt
