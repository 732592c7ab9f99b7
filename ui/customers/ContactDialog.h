#pragma once

#include "GuardedDialog.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc::ui {

class Session;

/// 记录沟通: what was said, so the next clerk gives the same answer.
class ContactDialog : public GuardedDialog {
    Q_OBJECT

public:
    ContactDialog(Session& session, qint64 customerId, QWidget* parent = nullptr);

protected:
    bool hasInput() const override;

private:
    void save();

    Session& m_session;
    qint64 m_customerId;
    QComboBox* m_channel;
    QPlainTextEdit* m_note;
    QLabel* m_formError;
};

} // namespace cc::ui
