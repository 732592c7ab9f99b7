// server init, server upgrade: a store on a PostgreSQL server.
#include "Cli.h"

#include <base/Clock.h>
#include <storage/Migrations.h>
#include <storage/ServerLocation.h>
#include <storage/ServerRoles.h>
#include <store/StoreService.h>

#include <QJsonObject>

namespace cc::cli {

namespace {

const char* const appRoleOption = "app-role";

QCommandLineOption appRole()
{
    return QCommandLineOption(
        QString::fromLatin1(appRoleOption),
        QCoreApplication::translate("cc::cli::ServerCommands",
                                    "The role the counters connect as: it gets the rows of the "
                                    "store, and no right to change its schema."),
        QCoreApplication::translate("cc::cli::ServerCommands", "ROLE"));
}

/// A usage error unless --db names a server.
int requireServer(CommandContext& context, const QString& command)
{
    if (ServerLocation::isServer(context.databasePath()))
        return 0;
    return context.usage(
        QCoreApplication::translate("cc::cli::ServerCommands",
                                    "%1 works on a server store: give --db "
                                    "postgresql://USER@HOST:PORT/DBNAME (a file store is made "
                                    "with init, and upgraded when it is opened).")
            .arg(command));
}

class ServerInitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ServerInitCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("server"), QStringLiteral("init")};
    }
    QString summary() const override
    {
        return tr("Create the schema and the first manager in an empty server database (run "
                  "as the database's owner role).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("store-name"), tr("Name of the store."), tr("NAME")),
            QCommandLineOption(QStringLiteral("admin"), tr("User name of the first manager."),
                               tr("NAME")),
            QCommandLineOption(QStringLiteral("display-name"),
                               tr("Display name of the first manager."), tr("TEXT")),
            appRole(),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int notServer = requireServer(context, QStringLiteral("server init")))
            return notServer;
        if (const int missing = context.requireOptions({"store-name", "admin"}); missing)
            return missing;
        const QString role = context.parser().value(QString::fromLatin1(appRoleOption));
        if (!role.isEmpty())
            if (Status valid = ServerRoles::validateRoleName(role); !valid)
                return context.fail(valid.error());

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
        // Validated before the schema is made: a refused init leaves the database empty.
        if (Status valid = StoreService::validate(setup); !valid)
            return context.fail(valid.error());

        OpenOptions creating = OpenOptions::atStart();
        creating.serverSchema = ServerSchema::Create;
        std::unique_ptr<Database> database = context.openDatabase(creating);
        if (!database)
            return context.exitCode();
        if (!role.isEmpty())
            if (Status granted = ServerRoles::grantApp(*database, role); !granted)
                return context.fail(granted.error());
        Result<User> admin = StoreService(*database, context.clock()).initialize(setup);
        if (!admin)
            return context.fail(admin.error());
        if (context.json()) {
            context.printJson(QJsonObject{
                {QStringLiteral("store"), setup.storeName.trimmed()},
                {QStringLiteral("admin"), admin->username},
                {QStringLiteral("db"), database->path()},
                {QStringLiteral("schema_version"), database->schemaVersion()},
                {QStringLiteral("app_role"), role},
            });
        } else {
            context.out() << tr("Created the store \"%1\" on %2 with the manager %3.")
                                 .arg(setup.storeName.trimmed(), database->path(), admin->username)
                          << Qt::endl;
            if (!role.isEmpty())
                context.out() << tr("The counters connect as %1.").arg(role) << Qt::endl;
        }
        return ExitOk;
    }
};

class ServerUpgradeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ServerUpgradeCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("server"), QStringLiteral("upgrade")};
    }
    QString summary() const override
    {
        return tr("Apply the numbered migrations to a server store (run as the database's "
                  "owner role); exit 3 if it is newer than this program.");
    }
    int run(CommandContext& context) override
    {
        if (const int notServer = requireServer(context, QStringLiteral("server upgrade")))
            return notServer;
        OpenOptions upgrading = OpenOptions::atStart();
        upgrading.serverSchema = ServerSchema::Upgrade;
        std::unique_ptr<Database> database = context.openDatabase(upgrading);
        if (!database)
            return context.exitCode();
        // What a migration added is the app role's as well.
        Result<QString> role = ServerRoles::appRole(*database);
        if (!role)
            return context.fail(role.error());
        if (!role->isEmpty())
            if (Status granted = ServerRoles::grantApp(*database, role.value()); !granted)
                return context.fail(granted.error());
        const int version = database->schemaVersion();
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("db"), database->path()},
                                          {QStringLiteral("schema_version"), version},
                                          {QStringLiteral("app_role"), role.value()}});
        else
            context.out() << tr("%1 is at schema %2.").arg(database->path()).arg(version)
                          << Qt::endl;
        return ExitOk;
    }
};

} // namespace

void addServerCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ServerInitCommand>());
    commands.push_back(std::make_unique<ServerUpgradeCommand>());
}

} // namespace cc::cli
