// version, init, check: the store as a whole.
#include "Cli.h"

#include <AppInfo.h>
#include <HealthCheck.h>
#include <Migrations.h>
#include <StoreService.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cc::cli {

namespace {

class VersionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::VersionCommand)

public:
    QStringList words() const override { return {QStringLiteral("version")}; }
    QString summary() const override
    {
        return tr("Print the program version and the schema version it writes.");
    }
    int run(CommandContext& context) override
    {
        if (context.json()) {
            context.printJson(
                QJsonObject{{QStringLiteral("version"), programVersion()},
                            {QStringLiteral("schema_version"), Migrations::latestVersion()}});
        } else {
            context.out() << tr("countercare-cli %1 (database schema %2)")
                                 .arg(programVersion())
                                 .arg(Migrations::latestVersion())
                          << Qt::endl;
        }
        return ExitOk;
    }
};

class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::InitCommand)

public:
    QStringList words() const override { return {QStringLiteral("init")}; }
    QString summary() const override
    {
        return tr("Create a new store database with its first manager (password from "
                  "COUNTERCARE_PASSWORD, --password-file or a prompt).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("store-name"), tr("Name of the store."), tr("NAME")),
            QCommandLineOption(QStringLiteral("admin"), tr("User name of the first manager."),
                               tr("NAME")),
            QCommandLineOption(QStringLiteral("display-name"),
                               tr("Display name of the first manager."), tr("TEXT")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"store-name", "admin"}); missing)
            return missing;

        StoreSetup setup;
        setup.storeName = context.parser().value(QStringLiteral("store-name"));
        setup.adminUsername = context.parser().value(QStringLiteral("admin"));
        setup.adminDisplayName = context.parser().value(QStringLiteral("display-name"));
        Result<QString> password = context.readSecret(
            QStringLiteral("COUNTERCARE_PASSWORD"), QStringLiteral("password-file"),
            tr("Password for %1: ").arg(setup.adminUsername), true);
        if (!password)
            return context.fail(password.error());
        setup.adminPassword = password.value();
        // Validate before the file exists, so a refused init leaves nothing behind.
        if (Status valid = StoreService::validate(setup); !valid)
            return context.fail(valid.error());

        const QString path = context.databasePath();
        const bool existed = QFileInfo::exists(path);
        int code = ExitOk;
        {
            std::unique_ptr<Database> database = context.openDatabase();
            if (!database)
                return context.exitCode();
            Result<User> admin = StoreService(*database, context.clock()).initialize(setup);
            if (!admin) {
                code = context.fail(admin.error());
            } else if (context.json()) {
                context.printJson(QJsonObject{
                    {QStringLiteral("store"), setup.storeName.trimmed()},
                    {QStringLiteral("admin"), admin->username},
                    {QStringLiteral("db"), database->path()},
                    {QStringLiteral("schema_version"), database->schemaVersion()},
                });
            } else {
                context.out() << tr("Created the store \"%1\" in %2 with the manager %3.")
                                     .arg(setup.storeName.trimmed(), database->path(),
                                          admin->username)
                              << Qt::endl;
            }
        }
        if (code != ExitOk && !existed) {
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return code;
    }
};

class CheckCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CheckCommand)

public:
    QStringList words() const override { return {QStringLiteral("check")}; }
    QString summary() const override
    {
        return tr("Check the schema version, the file's integrity and the audit chain; exit 0 "
                  "only when all are healthy.");
    }
    int run(CommandContext& context) override
    {
        OpenOptions options;
        options.create = false;
        Result<std::unique_ptr<Database>> opened = Database::open(context.databasePath(), options);
        if (!opened) {
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                              {QStringLiteral("error"), opened.error().message}});
            return context.fail(opened.error());
        }
        std::unique_ptr<Database> database = std::move(opened).value();
        Result<HealthReport> report = HealthCheck::run(*database, context.clock());
        if (!report)
            return context.fail(report.error());
        if (context.json()) {
            context.printJson(QJsonObject{
                {QStringLiteral("ok"), report->ok()},
                {QStringLiteral("schema_version"), report->schemaVersion},
                {QStringLiteral("integrity"), report->integrity},
                {QStringLiteral("audit"), report->audit},
            });
        } else {
            context.out() << tr("Schema version: %1").arg(report->schemaVersion) << Qt::endl
                          << tr("Integrity: %1").arg(report->integrity) << Qt::endl
                          << tr("Audit chain: %1").arg(report->audit) << Qt::endl
                          << (report->ok() ? tr("Healthy.") : tr("NOT healthy.")) << Qt::endl;
        }
        if (report->integrity != QLatin1String("ok"))
            return ExitDatabaseUnusable;
        return report->ok() ? ExitOk : ExitRefused;
    }
};

} // namespace

void addStoreCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
}

} // namespace cc::cli
