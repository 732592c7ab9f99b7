#pragma once

#include "GuardedDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cc::ui {

class Session;

/// 导入客户档案: pick a CSV, check it (every bad line listed with its number), and
/// import only a file with no bad lines. Managers only.
class ImportDialog : public GuardedDialog {
    Q_OBJECT

public:
    explicit ImportDialog(Session& session, QWidget* parent = nullptr);

    void setPath(const QString& path);
    int imported() const { return m_imported; }

protected:
    bool hasInput() const override { return false; }

private:
    void browse();
    void check();
    void runImport();

    Session& m_session;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QLabel* m_summary;
    QListWidget* m_problems;
    QPushButton* m_check;
    QPushButton* m_import;
    int m_imported = 0;
};

} // namespace cc::ui
