#include "exchange/StudyAttributes.hxx"

#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/DocumentStore.hxx"
#include "exchange/StudyFiles.hxx"

#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

ValueSet setTranscriptAttribute(const Reference<uno::XComponentContext>& context, const OUString& studyUrl,
                                const std::string& path, const std::string& name, const std::string& text)
{
    const StudyListing listing = readStudy(context, studyUrl);
    const OUString url = transcriptUrl(studyUrl, path);
    if (!ucb::SimpleFileAccess::create(context)->exists(url))
        throw Refusal("transcript", "\"" + path + "\" is not there (moved, renamed or deleted): nothing was changed.");
    // Open in a window here: changed there, the user's to save. Else opened hidden, changed and saved.
    const Reference<frame::XModel> open = openDocumentAt(context, url);
    std::optional<HiddenDocument> hidden;
    if (!open.is())
        hidden.emplace(context, url, true);
    const Reference<lang::XComponent> document = open.is() ? Reference<lang::XComponent>(open, uno::UNO_QUERY) : hidden->document();
    const Reference<frame::XStorable> storable(document, UNO_QUERY_THROW);
    if (storable->isReadonly())
        throw Refusal("transcript", "\"" + path + "\" can only be read (open read-only, in another office, or on a read-only disk): nothing was changed.");
    DocumentStore store(document);
    DocumentAttributes attributes = store.attributes();
    const auto defined = std::find_if(listing.study.attributes.begin(), listing.study.attributes.end(),
                                      [&](const AttributeDefinition& d) { return d.name == name; });
    const bool known = std::any_of(attributes.definitions.begin(), attributes.definitions.end(),
                                   [&](const AttributeDefinition& d) { return d.name == name; });
    if (defined != listing.study.attributes.end() && !known)
        attributes.definitions.push_back(*defined);
    std::optional<AttributeValue> value;
    try {
        value = attributeValueFromText(attributes.definitions, name, text);
    } catch (const InvalidInput& error) {
        throw Refusal("value", describe(error.problems()) + "; nothing was changed.");
    }
    if (value)
        attributes.values[name] = *value;
    else
        attributes.values.erase(name);
    store.replaceAttributes(attributes, toUtf8(UiText(context).get("SetAttributeUndo", {toOUString(name)})));
    if (open.is())
        return {ValueKept::InOpenWindow, value};
    try {
        storable->store();
    } catch (const uno::Exception& error) {
        throw notWritten(url, error);
    }
    return {ValueKept::Saved, value};
}

} // namespace pt::extension
