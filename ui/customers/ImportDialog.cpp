#include "ImportDialog.h"

#include "Session.h"
#include "Theme.h"

#include <CustomerImport.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cc::ui {

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_check(new QPushButton(tr("Check file"), this))
    , m_import(new QPushButton(tr("Import customers"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import customer files"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_check->setObjectName(QStringLiteral("checkImport"));
    m_import->setObjectName(QStringLiteral("runImport"));
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_encoding->addItem(tr("Detect automatically"), static_cast<int>(CsvEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(CsvEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (Excel in China)"), static_cast<int>(CsvEncoding::Gb18030));

    auto* intro = new QLabel(
        tr("A CSV file with a header row: 姓名 / name and 手机 / 电话 / phone are required; "
           "性别, 生日, 地址, 公司, 标签, 来源, 备注 are read when present. Nothing is imported "
           "unless every line is good."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("pageSubtitle"));

    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Encoding"), m_encoding);

    auto* buttons = new QDialogButtonBox(this);
    m_import->setProperty("primary", true);
    m_import->setEnabled(false);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    setMinimumSize(680, 460);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    // A changed file or encoding must be checked again before it can be imported.
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_encoding, &QComboBox::currentIndexChanged, this,
            [this] { m_import->setEnabled(false); });
}

void ImportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::check()
{
    m_problems->clear();
    m_import->setEnabled(false);
    Result<ImportReport> report =
        CustomerImport(m_session.database(), m_session.clock())
            .run(m_session.user().actor(), m_path->text(),
                 static_cast<CsvEncoding>(m_encoding->currentData().toInt()), true);
    if (!report) {
        m_summary->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
        m_summary->setText(report.error().message);
        return;
    }
    for (const ImportProblem& problem : report->errors)
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.message));
    if (!report->errors.isEmpty()) {
        m_summary->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
        m_summary->setText(
            tr("%n line(s) need correcting; nothing can be imported until the file is fixed.",
               nullptr, int(report->errors.size())));
        return;
    }
    m_summary->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::ok)));
    QString text = tr("All %n row(s) are good and ready to import.", nullptr, report->rows);
    if (!report->ignoredColumns.isEmpty())
        text +=
            QLatin1Char(' ') +
            tr("Columns not imported: %1").arg(report->ignoredColumns.join(QStringLiteral(", ")));
    m_summary->setText(text);
    m_import->setEnabled(true);
}

void ImportDialog::runImport()
{
    Result<ImportReport> report =
        CustomerImport(m_session.database(), m_session.clock())
            .run(m_session.user().actor(), m_path->text(),
                 static_cast<CsvEncoding>(m_encoding->currentData().toInt()), false);
    if (!report || !report->errors.isEmpty()) {
        // The file changed since it was checked: show the new state.
        check();
        return;
    }
    m_imported = report->imported;
    accept();
}

} // namespace cc::ui
