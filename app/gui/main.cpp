// countercare: opens the store's database, signs someone in (or sets up a new store),
// then shows the counter window.
#include <AppInfo.h>
#include <Clock.h>
#include <Database.h>
#include <FirstRunDialog.h>
#include <MainWindow.h>
#include <Session.h>
#include <SignInDialog.h>
#include <Theme.h>
#include <Translations.h>
#include <UiSettings.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    cc::applyApplicationIdentity();
    cc::Translations::install(cc::ui::UiSettings::effectiveLanguage());
    cc::ui::applyTheme(app);
    QApplication::setApplicationDisplayName(QStringLiteral("CounterCare"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "CounterCare customer-service counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate(
            "main", "Database file (default: env COUNTERCARE_DB, else the app's own file)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : cc::Database::defaultPath();
    cc::Result<std::unique_ptr<cc::Database>> opened = cc::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CounterCare cannot start"),
                              opened.error().message);
        return 3;
    }
    std::unique_ptr<cc::Database> database = std::move(opened).value();
    cc::SystemClock clock;
    cc::ui::Session session(*database, clock);

    cc::User user;
    if (session.store().name.isEmpty()) {
        cc::ui::FirstRunDialog setup(session);
        if (setup.exec() != QDialog::Accepted)
            return 0;
        user = setup.user();
    } else {
        cc::ui::SignInDialog signIn(session);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        user = signIn.user();
    }
    session.setUser(user);

    cc::ui::MainWindow window(session);
    window.show();
    return app.exec();
}
