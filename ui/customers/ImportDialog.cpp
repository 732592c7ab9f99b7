#include "ImportDialog.h"

#include "BackgroundJob.h"
#include "JobProgress.h"
#include "Session.h"
#include "Theme.h"

#include <services/Services.h>

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
    , m_job(new BackgroundJob(session.services(), this))
    , m_progress(new JobProgress(m_job, m_summary, QStringLiteral("importProgress"),
                                 QStringLiteral("stopImport"), this))
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

    m_browse = new QPushButton(tr("Choose…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
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
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    setMinimumSize(680, 460);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
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

void ImportDialog::reject()
{
    if (!m_job->isRunning()) {
        GuardedDialog::reject();
        return;
    }
    m_closeWhenStopped = true;
    m_progress->stopButton()->click();
}

void ImportDialog::setRunning(bool running)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_path, m_browse, m_encoding, m_check})
        widget->setEnabled(!running);
    m_import->setEnabled(false);
    m_progress->setRunning(running);
}

void ImportDialog::start(bool dryRun, const QString& status,
                         std::function<void(const Result<ImportReport>&)> done)
{
    m_problems->clear();
    m_summary->setStyleSheet(QString());
    m_summary->setText(status);
    setRunning(true);
    auto answer = std::make_shared<std::optional<Result<ImportReport>>>();
    const Actor actor = m_session.user().actor();
    const QString path = m_path->text();
    const auto encoding = static_cast<CsvEncoding>(m_encoding->currentData().toInt());
    connect(
        m_job, &BackgroundJob::finished, this,
        [this, answer, done = std::move(done)](const QString& error) {
            setRunning(false);
            if (m_closeWhenStopped) {
                GuardedDialog::reject();
                return;
            }
            if (!error.isEmpty() || !answer->has_value())
                showError(error);
            else
                done(answer->value());
        },
        Qt::SingleShotConnection);
    m_job->start(
        [answer, actor, path, encoding, dryRun](const Services& store, const Progress& progress) {
            *answer = store.customerImport().run(actor, path, encoding, dryRun, progress);
        });
}

void ImportDialog::showError(const QString& message)
{
    m_summary->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
    m_summary->setText(message);
}

void ImportDialog::check()
{
    start(true, tr("Checking the file…"),
          [this](const Result<ImportReport>& report) { showCheck(report); });
}

void ImportDialog::showCheck(const Result<ImportReport>& report)
{
    if (!report) {
        showError(report.error().message);
        return;
    }
    for (const ImportProblem& problem : report->errors)
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.message));
    if (!report->errors.isEmpty()) {
        showError(tr("%n line(s) need correcting; nothing can be imported until the file is fixed.",
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
    start(false, tr("Importing…"), [this](const Result<ImportReport>& report) {
        if (report && report->errors.isEmpty()) {
            m_imported = report->imported;
            accept();
        } else if (!report && report.error().code != ErrorCode::Validation) {
            showError(report.error().message); // cancelled, or the store refused
        } else {
            showCheck(report); // the file changed since it was checked: its new state
        }
    });
}

} // namespace cc::ui
