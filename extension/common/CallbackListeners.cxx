#include "common/CallbackListeners.hxx"

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

sal_Bool SAL_CALL DialogEventCallback::callHandlerMethod(const css::uno::Reference<css::awt::XDialog>&, const css::uno::Any&,
                                                        const ::rtl::OUString& method)
{
    try {
        mCallback(method);
    } catch (...) {
    }
    return true;
}

css::uno::Sequence<::rtl::OUString> SAL_CALL DialogEventCallback::getSupportedMethodNames()
{
    return css::uno::Sequence<::rtl::OUString>(mMethods.data(), static_cast<sal_Int32>(mMethods.size()));
}

} // namespace pt::extension
