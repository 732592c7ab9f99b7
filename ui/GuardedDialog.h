#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;

namespace cc::ui {

/// A dialog whose Esc, Cancel and close button ask before throwing away what was typed.
class GuardedDialog : public QDialog {
    Q_OBJECT

public:
    using QDialog::QDialog;

    void reject() override;

protected:
    /// True when closing would lose something the user typed.
    virtual bool hasInput() const = 0;
    /// Closes without asking (after a successful save).
    void closeWithoutAsking() { QDialog::reject(); }
    /// The dialog's buttons: the primary `saveText` button (Ctrl+S, object name "save")
    /// that calls `onSave`, and Cancel, which asks before discarding.
    QDialogButtonBox* saveButtons(const QString& saveText, const std::function<void()>& onSave);
};

} // namespace cc::ui
