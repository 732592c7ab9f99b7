#pragma once

#include "GuardedDialog.h"

#include <complaints/Complaint.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cc::ui {

class Session;

/// One move on a case that needs words: a note, the escalation, raising to major,
/// resolving (with satisfaction), reopening, cancelling, assigning, keeping an item.
/// It calls the complaint service itself and stays open, with the reason, on a refusal.
class CaseActionDialog : public GuardedDialog {
    Q_OBJECT

public:
    enum class Kind {
        Note,
        Escalate,
        Raise,
        Resolve,
        Reopen,
        Cancel,
        Assign,
        Custody,
        CloseWithoutCallback
    };

    CaseActionDialog(Session& session, Kind kind, const Complaint& complaint,
                     QWidget* parent = nullptr);

    /// The case after the move (valid once accepted).
    const Complaint& complaint() const { return m_complaint; }

protected:
    bool hasInput() const override;

private:
    void save();

    Session& m_session;
    Kind m_kind;
    Complaint m_complaint;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QComboBox* m_user = nullptr;
    QLineEdit* m_item = nullptr;
    QLineEdit* m_condition = nullptr;
    QLineEdit* m_sentTo = nullptr;
    QLabel* m_formError;
};

} // namespace cc::ui
