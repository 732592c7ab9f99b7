// user add | list | passwd | deactivate | unlock | role: staff accounts.
#include "Cli.h"

#include <accounts/AccountService.h>
#include <base/Clock.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::cli {

namespace {

QJsonObject userJson(const User& user)
{
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("role"), Roles::key(user.role)},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("locked_until"),
         user.lockedUntil.isValid() ? QJsonValue(toStoredTime(user.lockedUntil)) : QJsonValue()},
        {QStringLiteral("created_at"), toStoredTime(user.createdAt)},
    };
}

/// Shared steps of every user command: one name argument, open, sign in.
class UserCommandBase : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::UserCommand)

protected:
    int withSignedIn(CommandContext& context, int expectedArguments,
                     const std::function<int(Database&, const User&)>& body)
    {
        if (context.arguments().size() != expectedArguments)
            return context.usage(expectedArguments == 0 ? tr("This command takes no arguments.")
                                                        : tr("NAME: give exactly one user name."));
        return context.withSignedIn(body);
    }

    int done(CommandContext& context, const QString& message, const QJsonObject& json)
    {
        if (context.json())
            context.printJson(json);
        else
            context.out() << message << Qt::endl;
        return ExitOk;
    }
};

class UserAddCommand final : public UserCommandBase {
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("add")}; }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return tr("Add a user (manager only); the new password comes from "
                  "COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("role"), tr("clerk, supervisor or manager."),
                               tr("ROLE")),
            QCommandLineOption(QStringLiteral("display-name"), tr("Name shown in the app."),
                               tr("TEXT")),
            QCommandLineOption(QStringLiteral("new-password-file"),
                               tr("Read the new user's password from PATH."), tr("PATH")),
        };
    }
    int run(CommandContext& context) override
    {
        const std::optional<Role> role =
            Roles::fromKey(context.parser().value(QStringLiteral("role")));
        if (!role)
            return context.usage(tr("--role: use clerk, supervisor or manager."));
        return withSignedIn(context, 1, [&](Database& database, const User& me) {
            const QString name = context.arguments().constFirst();
            Result<QString> password = context.readSecret(
                QStringLiteral("COUNTERCARE_NEW_PASSWORD"), QStringLiteral("new-password-file"),
                tr("New password for %1: ").arg(name), true);
            if (!password)
                return context.fail(password.error());
            Result<User> added =
                AccountService(database, context.clock())
                    .addUser(me.actor(), name,
                             context.parser().value(QStringLiteral("display-name")), *role,
                             password.value());
            if (!added)
                return context.fail(added.error());
            return done(context,
                        tr("Added %1 (%2).").arg(added->username, Roles::displayName(added->role)),
                        userJson(added.value()));
        });
    }
};

class UserListCommand final : public UserCommandBase {
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the users (manager only)."); }
    int run(CommandContext& context) override
    {
        return withSignedIn(context, 0, [&](Database& database, const User& me) {
            Result<QList<User>> users =
                AccountService(database, context.clock()).listUsers(me.actor());
            if (!users)
                return context.fail(users.error());
            if (context.json()) {
                QJsonArray array;
                for (const User& user : users.value())
                    array.append(userJson(user));
                context.printJson(array);
                return int(ExitOk);
            }
            for (const User& user : users.value()) {
                QString state = user.active ? tr("active") : tr("deactivated");
                if (user.lockedUntil.isValid() && user.lockedUntil > context.clock().nowUtc())
                    state = tr("locked");
                context.out() << QStringLiteral("%1\t%2\t%3\t%4")
                                     .arg(user.username, user.displayName, Roles::key(user.role),
                                          state)
                              << Qt::endl;
            }
            return int(ExitOk);
        });
    }
};

class UserPasswdCommand final : public UserCommandBase {
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("passwd")};
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return tr("Change a password: your own, or anyone's as a manager (new password from "
                  "COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("new-password-file"),
                                   tr("Read the new password from PATH."), tr("PATH"))};
    }
    int run(CommandContext& context) override
    {
        return withSignedIn(context, 1, [&](Database& database, const User& me) {
            const QString name = context.arguments().constFirst();
            Result<QString> password = context.readSecret(
                QStringLiteral("COUNTERCARE_NEW_PASSWORD"), QStringLiteral("new-password-file"),
                tr("New password for %1: ").arg(name), true);
            if (!password)
                return context.fail(password.error());
            Status changed = AccountService(database, context.clock())
                                 .changePassword(me.actor(), name, password.value());
            if (!changed)
                return context.fail(changed.error());
            return done(
                context, tr("Password of %1 changed.").arg(name),
                QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("changed"), true}});
        });
    }
};

class UserDeactivateCommand final : public UserCommandBase {
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("deactivate")};
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return tr("Deactivate a leaving user, handing their customer files, open complaints "
                  "and pending callbacks to another user (manager only).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("handover-to"),
                                   tr("User who takes over everything the leaving user holds."),
                                   tr("OTHER"))};
    }
    int run(CommandContext& context) override
    {
        return withSignedIn(context, 1, [&](Database& database, const User& me) {
            const QString name = context.arguments().constFirst();
            const QString successor = context.parser().value(QStringLiteral("handover-to"));
            Status deactivated =
                AccountService(database, context.clock()).deactivate(me.actor(), name, successor);
            if (!deactivated)
                return context.fail(deactivated.error());
            return done(context,
                        successor.isEmpty()
                            ? tr("%1 is deactivated.").arg(name)
                            : tr("%1 is deactivated; everything they held now belongs to %2.")
                                  .arg(name, successor),
                        QJsonObject{{QStringLiteral("username"), name},
                                    {QStringLiteral("active"), false},
                                    {QStringLiteral("handover_to"),
                                     successor.isEmpty() ? QJsonValue() : QJsonValue(successor)}});
        });
    }
};

class UserUnlockCommand final : public UserCommandBase {
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("unlock")};
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return tr("Lift the lock after too many wrong passwords (manager only).");
    }
    int run(CommandContext& context) override
    {
        return withSignedIn(context, 1, [&](Database& database, const User& me) {
            const QString name = context.arguments().constFirst();
            Status unlocked = AccountService(database, context.clock()).unlock(me.actor(), name);
            if (!unlocked)
                return context.fail(unlocked.error());
            return done(
                context, tr("%1 is unlocked.").arg(name),
                QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("locked"), false}});
        });
    }
};

class UserRoleCommand final : public UserCommandBase {
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("role")}; }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override { return tr("Change a user's role (manager only)."); }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("role"), tr("clerk, supervisor or manager."),
                                   tr("ROLE"))};
    }
    int run(CommandContext& context) override
    {
        const std::optional<Role> role =
            Roles::fromKey(context.parser().value(QStringLiteral("role")));
        if (!role)
            return context.usage(tr("--role: use clerk, supervisor or manager."));
        return withSignedIn(context, 1, [&](Database& database, const User& me) {
            const QString name = context.arguments().constFirst();
            Status changed =
                AccountService(database, context.clock()).changeRole(me.actor(), name, *role);
            if (!changed)
                return context.fail(changed.error());
            return done(context, tr("%1 is now %2.").arg(name, Roles::displayName(*role)),
                        QJsonObject{{QStringLiteral("username"), name},
                                    {QStringLiteral("role"), Roles::key(*role)}});
        });
    }
};

} // namespace

void addUserCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<UserAddCommand>());
    commands.push_back(std::make_unique<UserListCommand>());
    commands.push_back(std::make_unique<UserPasswdCommand>());
    commands.push_back(std::make_unique<UserDeactivateCommand>());
    commands.push_back(std::make_unique<UserUnlockCommand>());
    commands.push_back(std::make_unique<UserRoleCommand>());
}

} // namespace cc::cli
