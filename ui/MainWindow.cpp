#include "MainWindow.h"

#include "BackgroundJob.h"
#include "DashboardPage.h"
#include "IdleWatcher.h"
#include "LockScreen.h"
#include "Session.h"
#include "Theme.h"
#include "UiSettings.h"
#include "WorkCounts.h"
#include "admin/AdminPage.h"
#include "admin/PasswordDialog.h"
#include "callbacks/CallbacksPage.h"
#include "compensation/ApprovalsPage.h"
#include "complaints/ComplaintForm.h"
#include "complaints/ComplaintsPage.h"
#include "customers/CustomerView.h"
#include "customers/CustomersPage.h"
#include "reports/ReportsPage.h"

#include <accounts/AccountService.h>
#include <accounts/Permissions.h>
#include <backup/AutoBackup.h>
#include <base/AppInfo.h>
#include <callbacks/CallbackService.h>
#include <complaints/ComplaintService.h>
#include <services/StoreConnection.h>
#include <store/StoreSettings.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
enum class PageId { Dashboard, Admin };
}

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_root(new QStackedWidget(this))
    , m_workspace(new QWidget(m_root))
    , m_navigation(new QListWidget(m_workspace))
    , m_pages(new QStackedWidget(m_workspace))
    , m_search(new QLineEdit(m_workspace))
    , m_dashboard(new DashboardPage(session, m_pages))
    , m_customers(new CustomersPage(session, m_pages))
    , m_complaints(new ComplaintsPage(session, m_pages))
    , m_callbacks(new CallbacksPage(session, m_pages))
    , m_approvals(new ApprovalsPage(session, m_pages))
    , m_reports(new ReportsPage(session, m_pages))
    , m_lockScreen(new LockScreen(session, m_root))
    , m_idle(new IdleWatcher(this))
    , m_userLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_backupLabel(new QLabel(this))
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CounterCare"));
    setMinimumSize(1024, 640);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_customers);
    m_pages->addWidget(m_complaints);
    m_pages->addWidget(m_callbacks);
    m_pages->addWidget(m_approvals);
    m_pages->addWidget(m_reports);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Find a customer: phone, last 4 digits, name, file or receipt number; or a "
           "complaint number (F2)"));
    m_search->setMinimumHeight(32);

    // The search box sits above every page, one keystroke away.
    auto* centre = new QWidget(m_workspace);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    auto* searchBar = new QWidget(centre);
    searchBar->setObjectName(QStringLiteral("searchBar"));
    auto* searchLayout = new QHBoxLayout(searchBar);
    searchLayout->setContentsMargins(16, 10, 16, 6);
    searchLayout->addWidget(m_search);
    // Read-only rescue, or a database on a network share: said at the top of every page.
    m_banner->setObjectName(QStringLiteral("storageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#fdecea;color:%1;padding:8px 16px;")
                                .arg(QLatin1String(colors::overdue)));
    QStringList warnings;
    if (m_session.services().isReadOnly())
        warnings << tr("Read-only: this database is open to rescue data. Nothing can be saved; "
                       "look up and export what you need, then restore a backup.");
    if (const QString share = m_session.services().placeWarning(); !share.isEmpty())
        warnings << share;
    m_banner->setText(warnings.join(QLatin1Char('\n')));
    m_banner->setVisible(!warnings.isEmpty());
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(searchBar);
    centreLayout->addWidget(m_pages, 1);

    auto* workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(centre, 1);
    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);

    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_storeLabel);
    m_backupLabel->setObjectName(QStringLiteral("statusBackup"));
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        QWidget* page = m_navigation->item(row)->data(Qt::UserRole).value<QWidget*>();
        m_pages->setCurrentWidget(page);
        // The call list and the dashboard's counts are today's, not from when last shown.
        if (page == m_callbacks)
            m_callbacks->refresh();
        else if (page == m_approvals)
            m_approvals->refresh();
        else if (page == m_dashboard)
            m_dashboard->refresh();
        else if (page == m_reports)
            m_reports->showFirstTime();
    });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::onUnlocked);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            showPage(m_customers);
        m_customers->searchFor(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // A complaint number, typed or scanned from the receipt's QR code, opens the case.
        static const QRegularExpression complaintNumber(QStringLiteral("^TS-\\d{8}-\\d{4}$"),
                                                        QRegularExpression::CaseInsensitiveOption);
        const QString text = m_search->text().trimmed();
        if (complaintNumber.match(text).hasMatch() && m_complaints->openComplaint(text.toUpper())) {
            showPage(m_complaints);
            m_search->clear();
            return;
        }
        showPage(m_customers);
        m_customers->openBestMatch();
    });
    for (const QKeySequence& key : {QKeySequence(Qt::Key_F2), QKeySequence(QKeySequence::Find)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::focusSearch);
    }
    auto* toResults =
        new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toResults, &QShortcut::activated, this, [this] {
        showPage(m_customers);
        m_customers->focusResults();
    });
    auto* newCustomer = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(newCustomer, &QShortcut::activated, this, [this] {
        if (isLocked())
            return;
        showPage(m_customers);
        m_customers->newCustomer();
    });
    auto* newComplaintKey = new QShortcut(QKeySequence::New, this);
    connect(newComplaintKey, &QShortcut::activated, this, &MainWindow::newComplaint);
    connect(m_complaints, &ComplaintsPage::countsChanged, this, &MainWindow::updateBadges);
    connect(m_callbacks, &CallbacksPage::countsChanged, this, &MainWindow::updateBadges);
    connect(m_approvals, &ApprovalsPage::countsChanged, this, &MainWindow::updateBadges);
    connect(m_approvals, &ApprovalsPage::openComplaint, this, [this](const QString& number) {
        if (m_complaints->openComplaint(number))
            showPage(m_complaints);
    });
    connect(m_dashboard, &DashboardPage::startCall, this, [this](qint64 id) {
        showPage(m_callbacks);
        m_callbacks->showCall(id);
    });
    connect(m_dashboard, &DashboardPage::openComplaint, this, [this](const QString& number) {
        if (m_complaints->openComplaint(number))
            showPage(m_complaints);
    });
    connect(m_callbacks, &CallbacksPage::openCustomer, this, [this](qint64 id) {
        showPage(m_customers);
        m_customers->openCustomer(id);
    });
    connect(m_complaints, &ComplaintsPage::openCustomer, this, [this](qint64 id) {
        showPage(m_customers);
        m_customers->openCustomer(id);
    });
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        if (!isLocked())
            showLock(m_session.user().username,
                     tr("Locked after %n minute(s) without use. Sign in to continue.", nullptr,
                        m_idleMinutes));
    });
    qApp->installEventFilter(m_idle);

    rebuildNavigation();
    updateStatusBar();
    applyIdleTimeout();
    if (!UiSettings::restoreGeometry(this))
        resize(1280, 720);
    offerDraft();
}

void MainWindow::newComplaint()
{
    if (isLocked())
        return;
    const qint64 customerId =
        m_pages->currentWidget() == m_customers ? m_customers->view()->customerId() : 0;
    showPage(m_complaints);
    m_complaints->newComplaint(customerId);
}

void MainWindow::offerDraft()
{
    if (m_session.isSignedIn() && ComplaintForm::hasDraft(m_session)) {
        showPage(m_complaints);
        m_complaints->newComplaint();
    }
}

void MainWindow::updateBadges()
{
    // The navigation shows how many cases are overdue, so nobody misses a broken promise,
    // and how many calls the signed-in user has to make today.
    const WorkCounts counts = WorkCounts::load(m_session);
    const int count = counts.complaintsOverdue;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        if (item->data(Qt::UserRole).value<QWidget*>() != m_complaints)
            continue;
        item->setText(count > 0 ? tr("Complaints (%1)").arg(count) : tr("Complaints"));
        item->setToolTip(count > 0 ? tr("%n case(s) overdue", nullptr, count) : QString());
        item->setForeground(count > 0 ? QColor(QLatin1String(colors::overdue)) : QColor());
    }
    const int due = counts.callsToday;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        if (item->data(Qt::UserRole).value<QWidget*>() != m_approvals)
            continue;
        const int waiting = counts.approvalsWaiting;
        item->setText(waiting > 0 ? tr("Approvals (%1)").arg(waiting) : tr("Approvals"));
        item->setToolTip(waiting > 0 ? tr("%n request(s) waiting for a decision", nullptr, waiting)
                                     : QString());
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        if (item->data(Qt::UserRole).value<QWidget*>() != m_callbacks)
            continue;
        item->setText(due > 0 ? tr("Callbacks (%1)").arg(due) : tr("Callbacks"));
        item->setToolTip(due > 0 ? tr("%n call(s) to make today", nullptr, due) : QString());
    }
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_idle);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lockAction = file->addAction(tr("&Lock screen"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("actionLock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* switchAction = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchAction->setObjectName(QStringLiteral("actionSwitchUser"));
    QAction* passwordAction = file->addAction(tr("Change my &password…"), this, [this] {
        PasswordDialog(m_session, m_session.user().username, this).exec();
    });
    passwordAction->setObjectName(QStringLiteral("actionChangePassword"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentPage);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = UiSettings::languageOverride();
    const QList<QPair<QString, QString>> choices{
        {QString(), tr("Follow the system")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto& [code, name] : choices) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About CounterCare"), this, &MainWindow::showAbout);
}

// Only pages the signed-in role may use are listed.
void MainWindow::rebuildNavigation()
{
    m_navigation->clear();
    const auto addPage = [this](const QString& title, QWidget* page) {
        auto* item = new QListWidgetItem(title, m_navigation);
        item->setData(Qt::UserRole, QVariant::fromValue(page));
    };
    addPage(tr("Dashboard"), m_dashboard);
    addPage(tr("Customers"), m_customers);
    addPage(tr("Complaints"), m_complaints);
    if (Permissions::allows(m_session.user().role, Action::DecideCompensation))
        addPage(tr("Approvals"), m_approvals);
    addPage(tr("Callbacks"), m_callbacks);
    m_reports->reset();
    if (Permissions::allows(m_session.user().role, Action::ViewReports))
        addPage(tr("Reports"), m_reports);

    const bool manager = Permissions::allows(m_session.user().role, Action::ManageUsers);
    if (manager && !m_admin) {
        m_admin = new AdminPage(m_session, m_pages);
        m_pages->addWidget(m_admin);
        connect(m_admin, &AdminPage::idleTimeoutChanged, this, &MainWindow::applyIdleTimeout);
        connect(m_admin, &AdminPage::backupsChanged, this, &MainWindow::backupsChanged);
        connect(m_admin, &AdminPage::restored, this, [this] {
            // Other data, perhaps other users: nothing of before stays on screen, and
            // everyone signs in again against the restored file.
            m_session.reloadStore();
            m_search->clear();
            m_customers->reset();
            m_complaints->reset();
            m_callbacks->reset();
            m_reports->reset();
            showLock(QString(), tr("The database was restored from a backup. Sign in again."));
        });
    } else if (!manager && m_admin) {
        m_pages->removeWidget(m_admin);
        m_admin->deleteLater();
        m_admin = nullptr;
    }
    if (m_admin)
        addPage(tr("Admin"), m_admin);
    m_navigation->setCurrentRow(0);
    updateBadges();
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    showLock(m_session.user().username, tr("The screen is locked. Sign in to continue."));
}

void MainWindow::switchUser()
{
    if (Status signedOut = m_session.services().accounts().signOut(m_session.user()); !signedOut) {
        QMessageBox::warning(this, tr("Switch user"), signedOut.error().message);
        return;
    }
    showLock(QString(),
             tr("%1 signed out. The next person signs in here.").arg(m_session.user().displayName));
}

void MainWindow::showLock(const QString& username, const QString& reason)
{
    m_idle->setActive(false);
    m_complaints->keepDraft(); // the form stays as typed behind the lock, and on disk
    menuBar()->setEnabled(false);
    m_lockScreen->prepare(username, reason);
    m_root->setCurrentWidget(m_lockScreen);
}

void MainWindow::onUnlocked(const User& user)
{
    const bool sameUser = user.id == m_session.user().id;
    m_session.setUser(user);
    if (!sameUser) {
        // Nothing the previous user opened stays on screen for the next one.
        m_search->clear();
        m_customers->reset();
        m_complaints->reset();
        m_callbacks->reset();
        rebuildNavigation();
        m_dashboard->refresh();
        offerDraft();
    }
    updateStatusBar();
    menuBar()->setEnabled(true);
    m_root->setCurrentWidget(m_workspace);
    applyIdleTimeout();
}

void MainWindow::updateStatusBar()
{
    const User& user = m_session.user();
    m_userLabel->setText(
        tr("Signed in: %1 (%2)").arg(user.displayName, Roles::displayName(user.role)));
    m_storeLabel->setText(tr("Store: %1").arg(m_session.store().name));
    m_databaseLabel->setText(m_fileDamaged                       ? tr("Database: damaged")
                             : m_session.services().isReadOnly() ? tr("Database: read-only")
                             : isCheckingFile()                  ? tr("Database: being checked")
                                                                 : tr("Database: healthy"));
    m_databaseLabel->setStyleSheet(
        m_fileDamaged
            ? QStringLiteral("color:%1;font-weight:600").arg(QLatin1String(colors::overdue))
            : QString());
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session.services().location()));
    Result<BackupStatus> backups = m_session.services().autoBackup().status();
    if (!backups)
        return;
    m_backupLabel->setText(
        backups->lastGoodAt.isValid()
            ? tr("Last backup: %1")
                  .arg(QLocale().toString(backups->lastGoodAt.toLocalTime(), QLocale::ShortFormat))
            : tr("No backup yet"));
    m_backupLabel->setStyleSheet(
        backups->warning == BackupStatus::Warning::None
            ? QString()
            : QStringLiteral("color:%1;font-weight:600").arg(QLatin1String(colors::overdue)));
    m_backupLabel->setToolTip(backups->message.isEmpty() ? QDir::toNativeSeparators(backups->folder)
                                                         : backups->message);
}

void MainWindow::backupsChanged()
{
    updateStatusBar();
    m_dashboard->refresh();
}

void MainWindow::focusSearch()
{
    if (isLocked())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showPage(QWidget* page)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).value<QWidget*>() == page) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::refreshCurrentPage()
{
    if (m_pages->currentWidget() == m_dashboard)
        m_dashboard->refresh();
    else if (m_pages->currentWidget() == m_customers)
        m_customers->refresh();
    else if (m_pages->currentWidget() == m_complaints)
        m_complaints->refresh();
    else if (m_pages->currentWidget() == m_callbacks)
        m_callbacks->refresh();
    else if (m_pages->currentWidget() == m_approvals)
        m_approvals->refresh();
    else if (m_pages->currentWidget() == m_reports)
        m_reports->refresh();
    else if (m_admin && m_pages->currentWidget() == m_admin)
        m_admin->refresh();
    updateBadges();
}

void MainWindow::applyIdleTimeout()
{
    Result<int> minutes = m_session.services().settings().idleLockMinutes();
    m_idleMinutes = minutes ? minutes.value() : StoreSettings::defaultIdleLockMinutes;
    m_idle->setTimeoutMinutes(m_idleMinutes);
    m_idle->setActive(!isLocked());
}

void MainWindow::chooseLanguage(const QString& language)
{
    UiSettings::setLanguageOverride(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used from the next start of CounterCare."));
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table cellpadding='3'>"
           "<tr><td><b>F2 / Ctrl+F</b></td><td>Find a customer</td></tr>"
           "<tr><td><b>Enter</b></td><td>Open the best match</td></tr>"
           "<tr><td><b>Ctrl+N</b></td><td>New complaint (for the customer "
           "on screen)</td></tr>"
           "<tr><td><b>Ctrl+Shift+N</b></td><td>New customer file</td></tr>"
           "<tr><td><b>Ctrl+P</b></td><td>Print the complaint receipt</td></tr>"
           "<tr><td><b>Ctrl+S</b></td><td>Save the form</td></tr>"
           "<tr><td><b>Ctrl+L</b></td><td>Lock the screen</td></tr>"
           "<tr><td><b>F5</b></td><td>Refresh the page</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
           "<tr><td><b>Esc</b></td><td>Close a dialog (asks before anything "
           "typed is lost)</td></tr>"
           "</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CounterCare"),
                       tr("<b>CounterCare %1</b><p>The customer-service counter of %2: customer "
                          "files, complaints, compensation and callbacks, offline.</p>")
                           .arg(programVersion(), m_session.store().name.toHtmlEscaped()));
}

void MainWindow::checkFileInBackground()
{
    if (m_fileCheck || m_session.services().isReadOnly())
        return;
    m_fileCheck = new BackgroundJob(m_session.services(), this);
    auto check = std::make_shared<FileCheck>();
    connect(m_fileCheck, &BackgroundJob::finished, this, [this, check](const QString& error) {
        m_fileCheck->deleteLater();
        m_fileCheck = nullptr;
        if (error.isEmpty()) {
            onFileChecked(*check);
            return;
        }
        // The file could not be opened again: the next start checks it.
        m_dashboard->setFileCheckState(DashboardPage::FileCheckState::Quiet);
        updateStatusBar();
    });
    const QString path = m_session.services().location();
    // Every page is read on a connection of its own: the counter is used meanwhile.
    m_fileCheck->start([check, path](const Services&, const Progress& progress) {
        *check = StoreConnection::examine(path, QuickCheck::Always, progress);
    });
    m_dashboard->setFileCheckState(DashboardPage::FileCheckState::Checking);
    updateStatusBar();
}

bool MainWindow::isCheckingFile() const
{
    return m_fileCheck != nullptr;
}

void MainWindow::onFileChecked(const FileCheck& check)
{
    if (check.verdict == FileCheck::Verdict::Damaged) {
        reportDamagedFile(check.message);
        return;
    }
    if (check.checkedWhole && !m_session.services().isReadOnly())
        (void)m_session.services().recordCheckPassed(m_session.clock().nowUtc());
    m_dashboard->setFileCheckState(DashboardPage::FileCheckState::Quiet);
    updateStatusBar();
}

void MainWindow::reportDamagedFile(const QString& found)
{
    // Stop writing first: every save from now on is refused, and what was typed stays in
    // its form.
    m_fileDamaged = true;
    (void)m_session.services().stopWriting();
    m_dashboard->setFileCheckState(DashboardPage::FileCheckState::Damaged);
    updateStatusBar();
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"),
                    tr("Today's check of the database file found it damaged. So that the damage "
                       "does not spread, nothing more is saved to it: saving now fails.\n\n"
                       "What is on screen stays until the counter is closed; note down anything "
                       "not yet saved. When the counter closes, CounterCare checks the file "
                       "again and offers to restore the last good backup."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("fileDamaged"));
    box.setDetailedText(found);
    QPushButton* closeNow =
        box.addButton(tr("Close the counter and restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep the window open"), QMessageBox::RejectRole);
    box.setDefaultButton(closeNow);
    box.exec();
    if (box.clickedButton() == closeNow)
        close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    UiSettings::saveGeometry(this);
    if (m_fileCheck)
        m_fileCheck->cancel(); // not to read on while the exit backup copies the file
    m_complaints->keepDraft();
    // A sign-out that cannot be recorded (disk full) must not keep the window open.
    if (m_session.isSignedIn() && !isLocked())
        (void)m_session.services().accounts().signOut(m_session.user());
    event->accept();
}

} // namespace cc::ui
