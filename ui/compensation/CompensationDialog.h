#pragma once

#include "GuardedDialog.h"

#include <compensation/Compensation.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cc::ui {

class Session;

/// A compensation request on a case, or a decision on one: approve (at the amount asked
/// or less), reject, or — above the decider's limit — recommend. It says, as the amount
/// is typed, whether the request is within the user's own limit or who decides it, and
/// warns when the customer has been compensated often. It calls the compensation service
/// itself and stays open with the reason on a refusal.
class CompensationDialog : public GuardedDialog {
    Q_OBJECT

public:
    enum class Kind { Request, Approve, Reject, Recommend };

    /// For Request: `about.complaintNumber` and `about.customerId`; for the decisions the
    /// request itself.
    CompensationDialog(Session& session, Kind kind, const Compensation& about,
                       QWidget* parent = nullptr);

    const Compensation& compensation() const { return m_compensation; }

protected:
    bool hasInput() const override;

private:
    void updateLimit();
    void save();

    Session& m_session;
    Kind m_kind;
    Compensation m_compensation;
    QComboBox* m_compensationKind = nullptr;
    QLineEdit* m_amount = nullptr;
    QPlainTextEdit* m_text;
    QLabel* m_limit;
    QLabel* m_formError;
};

} // namespace cc::ui
