// version, init, check: the store as a whole.
#include "Cli.h"

#include <backup/BackupService.h>
#include <backup/HealthCheck.h>
#include <base/AppInfo.h>
#include <base/Clock.h>
#include <storage/FileCheckSchedule.h>
#include <storage/Migrations.h>
#include <store/StoreService.h>

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
            OpenOptions creating = OpenOptions::atStart();
            creating.create = true; // the one command that makes a store
            std::unique_ptr<Database> database = context.openDatabase(creating);
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
        OpenOptions options = OpenOptions::atStart();
        options.create = false;
        options.clock = &context.clock();
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

QJsonObject manifestJson(const BackupManifest& manifest, const QString& path)
{
    QJsonObject counts;
    for (const auto& [table, rows] : manifest.rowCounts)
        counts.insert(table, rows);
    return QJsonObject{{QStringLiteral("file"), path},
                       {QStringLiteral("schema_version"), manifest.schemaVersion},
                       {QStringLiteral("sha256"), manifest.sha256},
                       {QStringLiteral("audit_head"), manifest.auditHead},
                       {QStringLiteral("row_counts"), counts}};
}

/// backup --to FILE, restore --from FILE: the store's copies, for managers.
class BackupCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::BackupCommand)

public:
    explicit BackupCommand(bool restore)
        : m_restore(restore)
    {}
    QStringList words() const override
    {
        return {m_restore ? QStringLiteral("restore") : QStringLiteral("backup")};
    }
    QString summary() const override
    {
        return m_restore ? tr("Replace the database with a verified backup, keeping a safety "
                              "copy of the current one (manager).")
                         : tr("Write a checked snapshot of the database and its manifest "
                              "(FILE.json) (manager).");
    }
    QList<QCommandLineOption> options() const override
    {
        if (!m_restore)
            return {QCommandLineOption(QStringLiteral("to"), tr("The backup file to write."),
                                       tr("FILE"))};
        return {QCommandLineOption(QStringLiteral("from"), tr("The backup file."), tr("FILE")),
                QCommandLineOption(QStringLiteral("unverified"),
                                   tr("Restore a copy that has no manifest (FILE.json): "
                                      "nothing then shows that its rows are as they were "
                                      "backed up. The audit log says so."))};
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({m_restore ? "from" : "to"}); missing)
            return missing;
        const QString path =
            context.parser().value(m_restore ? QStringLiteral("from") : QStringLiteral("to"));
        // A store a check found damaged is not opened, let alone written: a restore puts
        // the backup in its place and keeps the damaged file aside, untouched.
        if (m_restore && FileCheckSchedule::failedBefore(context.databasePath()))
            return restoreOverDamaged(context, path);
        std::unique_ptr<Database> database = context.openDatabase();
        if (!database && m_restore && FileCheckSchedule::failedBefore(context.databasePath())) {
            context.err() << tr("Restoring over the damaged file.") << Qt::endl;
            return restoreOverDamaged(context, path);
        }
        if (!database)
            return context.exitCode();
        Result<User> me = context.signIn(*database);
        if (!me)
            return context.fail(me.error());
        if (!m_restore) {
            Result<BackupManifest> made =
                BackupService(*database, context.clock()).backup(me->actor(), path);
            if (!made)
                return context.fail(made.error());
            if (context.json())
                context.printJson(manifestJson(made.value(), path));
            else
                context.out() << tr("Backed up to %1 (SHA-256 %2).").arg(path, made->sha256)
                              << Qt::endl;
            return int(ExitOk);
        }
        Result<QString> safety = BackupService(*database, context.clock())
                                     .restore(me->actor(), path,
                                              context.parser().isSet(QStringLiteral("unverified"))
                                                  ? BackupService::Unverified::Accept
                                                  : BackupService::Unverified::Refuse);
        if (!safety)
            return context.fail(safety.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("restored_from"), path},
                                          {QStringLiteral("safety_copy"), safety.value()}});
        else
            context.out() << tr("Restored from %1. The database as it was is kept in %2.")
                                 .arg(path, safety.value())
                          << Qt::endl;
        return int(ExitOk);
    }

private:
    int restoreOverDamaged(CommandContext& context, const QString& from)
    {
        Result<std::pair<QString, QString>> who = context.credentials();
        if (!who)
            return context.fail(who.error());
        Result<QString> aside = BackupService::restoreOver(
            context.databasePath(), context.clock(), from, who->first, who->second,
            context.parser().isSet(QStringLiteral("unverified"))
                ? BackupService::Unverified::Accept
                : BackupService::Unverified::Refuse);
        if (!aside)
            return context.fail(aside.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("restored_from"), from},
                                          {QStringLiteral("damaged_copy"), aside.value()}});
        else
            context.out() << tr("Restored from %1. The damaged file is kept, untouched, as %2.")
                                 .arg(from, aside.value())
                          << Qt::endl;
        return int(ExitOk);
    }

    bool m_restore;
};

void addStoreCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>(false));
    commands.push_back(std::make_unique<BackupCommand>(true));
}

} // namespace cc::cli
