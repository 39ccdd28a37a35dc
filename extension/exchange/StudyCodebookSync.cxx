#include "exchange/StudyCodebookSync.hxx"

#include "common/OfficeUser.hxx"
#include "common/UiText.hxx"
#include "common/UnoStrings.hxx"
#include "exchange/StudyFiles.hxx"
#include "exchange/StudyLock.hxx"

#include <com/sun/star/frame/XStorable.hpp>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace pt::extension {

std::optional<StudyCodebookSync> synchroniseWithStudy(const Reference<uno::XComponentContext>& context, DocumentStore& store,
                                                      const std::map<std::string, SyncChoice>& choices, bool receive)
{
    const Reference<frame::XStorable> storable(store.document(), UNO_QUERY);
    if (!storable.is() || !storable->hasLocation() || storable->isReadonly() || store.writtenByNewerVersion())
        return std::nullopt;
    const OUString studyUrl = studyOfDocument(context, storable->getLocation());
    if (studyUrl.isEmpty())
        return std::nullopt;
    const StudyLock lock(studyUrl);
    const StudyCodebook studyCodebook = readStudyCodebook(context, studyUrl);
    const std::optional<std::string> basesText = PayloadRecords(store.document()).read(kStudySyncRecordKey);
    CodebookSync sync;
    try {
        sync = synchroniseCodebooks(store.codebook(), basesText ? parseSyncBases(*basesText) : SyncBases{}, studyCodebook,
                                    choices, receive);
    } catch (const InvalidInput& error) {
        throw Refusal("study", std::string(error.what()) + "\n" + describe(error.problems()));
    }
    if (sync.studyChanged)
        writeStudyCodebook(context, studyUrl, sync.study);
    const std::string bases = syncBasesRecord(sync.bases);
    if (sync.documentChanged)
        store.takeStudyCodebook(sync.document, sync.recoded, bases, UiText(context).get("StudyCodebookUndo"),
                                currentCoderName(context));
    else if (sync.basesChanged)
        store.keepStudyBases(bases);
    return StudyCodebookSync{studyUrl, std::move(sync)};
}

} // namespace pt::extension
