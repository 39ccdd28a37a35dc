#include "CallbackListeners.hxx"

#include <com/sun/star/frame/FrameAction.hpp>

namespace pt::extension {

void SAL_CALL SelectionChangeCallback::selectionChanged(const css::lang::EventObject&)
{
    try {
        mCallback();
    } catch (...) {
    }
}

void SAL_CALL DoubleClickCallback::mousePressed(const css::awt::MouseEvent& event)
{
    try {
        if (event.ClickCount == 2)
            mCallback();
    } catch (...) {
    }
}

void SAL_CALL ModifyCallback::modified(const css::lang::EventObject&)
{
    try {
        mCallback();
    } catch (...) {
    }
}

void SAL_CALL FrameActionCallback::frameAction(const css::frame::FrameActionEvent& event)
{
    try {
        if (event.Action == css::frame::FrameAction_COMPONENT_REATTACHED
            || event.Action == css::frame::FrameAction_COMPONENT_ATTACHED)
            mCallback();
    } catch (...) {
    }
}

} // namespace pt::extension
