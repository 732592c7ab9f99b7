#pragma once

#include "GuardedDialog.h"

#include <callbacks/Callback.h>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cc::ui {

class Session;

/// One outcome of a call that needs words or a time: done (what the customer said and,
/// where asked, their satisfaction), moved to another time, cancelled, given to a
/// colleague, or a new call arranged with a customer. It calls the callback service
/// itself and stays open with the reason on a refusal.
class CallbackDialog : public GuardedDialog {
    Q_OBJECT

public:
    enum class Kind { Done, Reschedule, Cancel, Assign, Arrange };

    /// For Arrange, `callback` needs only customerId and customerName.
    CallbackDialog(Session& session, Kind kind, const Callback& callback,
                   QWidget* parent = nullptr);

    /// The call after the outcome (valid once accepted).
    const Callback& callback() const { return m_callback; }

protected:
    bool hasInput() const override;

private:
    void save();

    Session& m_session;
    Kind m_kind;
    Callback m_callback;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_user = nullptr;
    QLabel* m_formError;
};

} // namespace cc::ui
