#pragma once

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <functional>
#include <vector>

namespace pt::extension {

// Small UNO listeners that call a function: the panels register these rather than implementing every
// listener interface themselves. Each catches what the function throws: nothing reaches LibreOffice.

class SelectionChangeCallback : public ::cppu::WeakImplHelper1<css::view::XSelectionChangeListener> {
public:
    explicit SelectionChangeCallback(std::function<void()> callback) : mCallback(std::move(callback)) {}
    void SAL_CALL selectionChanged(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> mCallback;
};

class DoubleClickCallback : public ::cppu::WeakImplHelper1<css::awt::XMouseListener> {
public:
    explicit DoubleClickCallback(std::function<void()> callback) : mCallback(std::move(callback)) {}
    void SAL_CALL mousePressed(const css::awt::MouseEvent& event) override;
    void SAL_CALL mouseReleased(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const css::awt::MouseEvent&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> mCallback;
};

class ModifyCallback : public ::cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    explicit ModifyCallback(std::function<void()> callback) : mCallback(std::move(callback)) {}
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> mCallback;
};

/// Called when another document is shown in the frame (or the frame's view is rebuilt).
class FrameActionCallback : public ::cppu::WeakImplHelper1<css::frame::XFrameActionListener> {
public:
    explicit FrameActionCallback(std::function<void()> callback) : mCallback(std::move(callback)) {}
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> mCallback;
};

/// The events of a dialog's controls (its .xdl's "vnd.sun.star.UNO:<method>"), by name.
class DialogEventCallback : public ::cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    DialogEventCallback(std::vector<::rtl::OUString> methods, std::function<void(const ::rtl::OUString&)> callback)
        : mMethods(std::move(methods)), mCallback(std::move(callback)) {}
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XDialog>&, const css::uno::Any&,
                                        const ::rtl::OUString& method) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedMethodNames() override;

private:
    std::vector<::rtl::OUString> mMethods;
    std::function<void(const ::rtl::OUString&)> mCallback;
};

} // namespace pt::extension
