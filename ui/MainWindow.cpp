#include "MainWindow.h"

#include "DashboardPage.h"
#include "IdleWatcher.h"
#include "LockScreen.h"
#include "Session.h"
#include "Theme.h"
#include "UiSettings.h"
#include "admin/AdminPage.h"
#include "admin/PasswordDialog.h"

#include <AccountService.h>
#include <AppInfo.h>
#include <Permissions.h>
#include <StoreSettings.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

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
    , m_dashboard(new DashboardPage(session, m_pages))
    , m_lockScreen(new LockScreen(session, m_root))
    , m_idle(new IdleWatcher(this))
    , m_userLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CounterCare"));
    setMinimumSize(1024, 640);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_dashboard);

    auto* workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(m_pages, 1);
    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);

    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentWidget(m_navigation->item(row)->data(Qt::UserRole).value<QWidget*>());
    });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::onUnlocked);
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

    const bool manager = Permissions::allows(m_session.user().role, Action::ManageUsers);
    if (manager && !m_admin) {
        m_admin = new AdminPage(m_session, m_pages);
        m_pages->addWidget(m_admin);
        connect(m_admin, &AdminPage::idleTimeoutChanged, this, &MainWindow::applyIdleTimeout);
    } else if (!manager && m_admin) {
        m_pages->removeWidget(m_admin);
        m_admin->deleteLater();
        m_admin = nullptr;
    }
    if (m_admin)
        addPage(tr("Admin"), m_admin);
    m_navigation->setCurrentRow(0);
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
    if (Status signedOut =
            AccountService(m_session.database(), m_session.clock()).signOut(m_session.user());
        !signedOut) {
        QMessageBox::warning(this, tr("Switch user"), signedOut.error().message);
        return;
    }
    showLock(QString(),
             tr("%1 signed out. The next person signs in here.").arg(m_session.user().displayName));
}

void MainWindow::showLock(const QString& username, const QString& reason)
{
    m_idle->setActive(false);
    menuBar()->setEnabled(false);
    m_lockScreen->prepare(username, reason);
    m_root->setCurrentWidget(m_lockScreen);
}

void MainWindow::onUnlocked(const User& user)
{
    const bool sameUser = user.id == m_session.user().id;
    m_session.setUser(user);
    if (!sameUser) {
        rebuildNavigation();
        m_dashboard->refresh();
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
    m_databaseLabel->setText(tr("Database: healthy"));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session.database().path()));
}

void MainWindow::refreshCurrentPage()
{
    if (m_pages->currentWidget() == m_dashboard)
        m_dashboard->refresh();
    else if (m_admin && m_pages->currentWidget() == m_admin)
        m_admin->refresh();
}

void MainWindow::applyIdleTimeout()
{
    Result<int> minutes = StoreSettings(m_session.database(), m_session.clock()).idleLockMinutes();
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
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("<table cellpadding='3'>"
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    UiSettings::saveGeometry(this);
    // A sign-out that cannot be recorded (disk full) must not keep the window open.
    if (m_session.isSignedIn() && !isLocked())
        (void)AccountService(m_session.database(), m_session.clock()).signOut(m_session.user());
    event->accept();
}

} // namespace cc::ui
