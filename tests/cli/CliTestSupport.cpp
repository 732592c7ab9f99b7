#include "CliTestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

#include "TestStore.h"

#include <Cli.h>

namespace cc::test {

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& env, const Clock* clock)
{
    static const ManualClock defaultClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliEnvironment environment;
    environment.out = &out;
    environment.err = &err;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.env.insert(it.key(), it.value());
    environment.clock = clock ? clock : &defaultClock;
    cli::Cli cli;
    run.code = cli.run(arguments, environment);
    out.flush();
    err.flush();
    return run;
}

QMap<QString, QString> asBoss()
{
    return {{QStringLiteral("COUNTERCARE_USER"), adminName},
            {QStringLiteral("COUNTERCARE_PASSWORD"), adminPassword}};
}

QMap<QString, QString> asUser(const QString& username)
{
    return {{QStringLiteral("COUNTERCARE_USER"), username},
            {QStringLiteral("COUNTERCARE_PASSWORD"), staffPassword}};
}

QMap<QString, QString> with(QMap<QString, QString> env, const QString& key, const QString& value)
{
    env.insert(key, value);
    return env;
}

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace cc::test
