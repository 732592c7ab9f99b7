#pragma once

#include <accounts/User.h>
#include <storage/OpenOptions.h>

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace cc::ui {

class AdminPage;
class ApprovalsPage;
class BackgroundJob;
class CallbacksPage;
class ComplaintsPage;
class CustomersPage;
class DashboardPage;
class ReportsPage;
class IdleWatcher;
class LockScreen;
class Session;

/// The counter window: navigation on the left, the page in the centre, the lock
/// screen over everything when idle. It only wires the pages together.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const;
    /// Hides every page behind the lock screen until someone signs in.
    void lock();
    /// The lock screen with an empty user name: another clerk takes the counter.
    void switchUser();
    IdleWatcher* idleWatcher() const { return m_idle; }
    CustomersPage* customersPage() const { return m_customers; }
    ComplaintsPage* complaintsPage() const { return m_complaints; }
    CallbacksPage* callbacksPage() const { return m_callbacks; }
    ApprovalsPage* approvalsPage() const { return m_approvals; }
    ReportsPage* reportsPage() const { return m_reports; }
    /// Ctrl+N: the intake form, for the customer whose file is on screen.
    void newComplaint();
    QLineEdit* searchBox() const { return m_search; }
    AdminPage* adminPage() const { return m_admin; }
    /// A backup finished elsewhere (the start-of-day one): the status bar reads again.
    void backupsChanged();

    /// Today's whole-file check, which the start left for later (FileCheck::dailyCheckDue),
    /// on its own thread and connection while the counter works. A pass is recorded. A
    /// damaged file is written to no more, and the clerk is told so and asked to close the
    /// counter, after which CounterCare checks the file again and offers a backup.
    void checkFileInBackground();
    bool isCheckingFile() const;
    /// The background check found the file damaged: the program is not to back it up on
    /// exit, but to check it again and offer a backup.
    bool fileFoundDamaged() const { return m_fileDamaged; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildNavigation();
    void showLock(const QString& username, const QString& reason);
    void onUnlocked(const User& user);
    void updateStatusBar();
    void refreshCurrentPage();
    void applyIdleTimeout();
    void chooseLanguage(const QString& language);
    void showShortcuts();
    void focusSearch();
    void showPage(QWidget* page);
    void showAbout();
    void updateBadges();
    /// A draft complaint of the signed-in user is offered back: the form opens with it.
    void offerDraft();
    void onFileChecked(const FileCheck& check);
    void reportDamagedFile(const QString& found);

    Session& m_session;
    QStackedWidget* m_root;
    QWidget* m_workspace;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLineEdit* m_search;
    DashboardPage* m_dashboard;
    CustomersPage* m_customers;
    ComplaintsPage* m_complaints;
    CallbacksPage* m_callbacks;
    ApprovalsPage* m_approvals;
    ReportsPage* m_reports;
    AdminPage* m_admin = nullptr;
    LockScreen* m_lockScreen;
    IdleWatcher* m_idle;
    int m_idleMinutes = 5;
    QLabel* m_userLabel;
    QLabel* m_storeLabel;
    QLabel* m_databaseLabel;
    QLabel* m_backupLabel;
    QLabel* m_banner;
    BackgroundJob* m_fileCheck = nullptr;
    bool m_fileDamaged = false;
};

} // namespace cc::ui
