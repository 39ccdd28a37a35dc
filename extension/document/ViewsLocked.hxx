#pragma once

#include <com/sun/star/frame/XModel.hpp>

namespace pt::extension {

/// While it lives, the document's views do not follow each change (XModel::lockControllers): a window,
/// or a hidden document's view, that lays the text out after every edit makes thousands of edits take
/// minutes. The views catch up once, when it ends.
class ViewsLocked {
public:
    explicit ViewsLocked(const css::uno::Reference<css::frame::XModel>& document)
        : mxDocument(document)
    {
        mxDocument->lockControllers();
    }
    ~ViewsLocked()
    {
        try {
            mxDocument->unlockControllers();
        } catch (...) {
        }
    }
    ViewsLocked(const ViewsLocked&) = delete;
    ViewsLocked& operator=(const ViewsLocked&) = delete;

private:
    css::uno::Reference<css::frame::XModel> mxDocument;
};

} // namespace pt::extension
