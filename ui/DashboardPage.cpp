#include "DashboardPage.h"

#include "FormSupport.h"
#include "Session.h"
#include "Theme.h"
#include "WorkCounts.h"

#include <AutoBackup.h>
#include <StorageCheck.h>

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cc::ui {

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_greeting(new QLabel(this))
    , m_cards(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_greeting->setObjectName(QStringLiteral("pageSubtitle"));

    m_cards->setSpacing(14);
    m_store = addCard(0, 0, tr("Store"));
    m_user = addCard(0, 1, tr("Signed in"));
    m_today = addCard(1, 0, tr("Today"));
    m_database = addCard(1, 1, tr("Database"));
    m_backup = addCard(2, 0, tr("Backups"));
    m_backup->setObjectName(QStringLiteral("backupCard"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_greeting);
    layout->addSpacing(10);
    layout->addLayout(m_cards);
    layout->addStretch();
    refresh();
}

QLabel* DashboardPage::addCard(int row, int column, const QString& title)
{
    const FigureCard figure = makeFigureCard(this, title);
    figure.card->setMinimumHeight(110);
    m_cards->addWidget(figure.card, row, column);
    return figure.value;
}

void DashboardPage::setFileCheckState(FileCheckState state)
{
    m_fileCheck = state;
    refresh();
}

void DashboardPage::refresh()
{
    const User& user = m_session.user();
    const QLocale locale;
    m_greeting->setText(
        tr("Hello, %1. Everything you need at the counter starts here.").arg(user.displayName));
    m_store->setText(
        QStringLiteral(
            "%1<br><span style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%2</span>")
            .arg(m_session.store().name.toHtmlEscaped(),
                 tr("Opened on %1")
                     .arg(locale.toString(m_session.store().createdAt.toLocalTime().date(),
                                          QLocale::LongFormat))));
    m_user->setText(
        QStringLiteral(
            "%1<br><span style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%2</span>")
            .arg(user.displayName.toHtmlEscaped(), Roles::displayName(user.role)));
    // Today: the date, and what is waiting for this user.
    const WorkCounts counts = WorkCounts::load(m_session);
    QStringList waiting;
    waiting << (counts.callsOverdue > 0
                    ? tr("%n call(s) to make, %1 overdue", nullptr, counts.callsToday)
                          .arg(counts.callsOverdue)
                    : tr("%n call(s) to make", nullptr, counts.callsToday));
    if (counts.approvalsWaiting > 0)
        waiting << tr("%n compensation request(s) to decide", nullptr, counts.approvalsWaiting);
    if (counts.complaintsOverdue > 0)
        waiting << QStringLiteral("<span style='color:%1'>%2</span>")
                       .arg(QLatin1String(colors::overdue),
                            tr("%n complaint(s) overdue", nullptr, counts.complaintsOverdue)
                                .toHtmlEscaped());
    m_today->setText(
        QStringLiteral(
            "%1<br><span style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%2</span>")
            .arg(locale.toString(m_session.clock().nowUtc().toLocalTime().date(),
                                 QLocale::LongFormat),
                 waiting.join(QStringLiteral(" · "))));
    const QString share = StorageCheck::networkShareWarning(m_session.database().path());
    const bool readOnly = m_session.database().isReadOnly();
    const bool damaged = m_fileCheck == FileCheckState::Damaged;
    const QString health = damaged                                   ? tr("Damaged")
                           : readOnly                                ? tr("Read-only")
                           : !share.isEmpty()                        ? tr("On a network share")
                           : m_fileCheck == FileCheckState::Checking ? tr("Being checked")
                                                                     : tr("Healthy");
    const QString detail =
        damaged ? tr("Nothing more is saved to it. Close the counter to restore a backup.")
        : share.isEmpty() ? tr("Schema %1 · %2")
                                .arg(m_session.database().schemaVersion())
                                .arg(QDir::toNativeSeparators(m_session.database().path()))
                          : share;
    const char* color = readOnly || damaged || !share.isEmpty()   ? colors::overdue
                        : m_fileCheck == FileCheckState::Checking ? colors::accent
                                                                  : colors::ok;
    m_database->setText(
        QStringLiteral("<span style='color:%1'>%2</span><br><span "
                       "style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%3</span>")
            .arg(QLatin1String(color), health, detail.toHtmlEscaped()));
    // Backups: when the last good one was made; red when none for two days or the folder
    // cannot be reached.
    Result<BackupStatus> backups = AutoBackup(m_session.database(), m_session.clock()).status();
    if (backups) {
        const QString last =
            backups->lastGoodAt.isValid()
                ? tr("Last good backup %1")
                      .arg(locale.toString(backups->lastGoodAt.toLocalTime(), QLocale::ShortFormat))
                : tr("No backup yet");
        const bool warn = backups->warning != BackupStatus::Warning::None;
        m_backup->setText(
            QStringLiteral("<span style='color:%1'>%2</span><br><span "
                           "style='font-size:10pt;font-weight:normal;color:%3'>%4</span>")
                .arg(QLatin1String(warn ? colors::overdue : colors::ok), last.toHtmlEscaped(),
                     QLatin1String(warn ? colors::overdue : "#5b6b7a"),
                     (warn && backups->warning != BackupStatus::Warning::Never
                          ? backups->message
                          : QDir::toNativeSeparators(backups->folder))
                         .toHtmlEscaped()));
    }
}

} // namespace cc::ui
