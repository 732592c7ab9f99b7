#pragma once

#include <base/Clock.h>

#include <QJsonDocument>
#include <QMap>
#include <QStringList>

namespace cc::test {

/// What one in-process run of countercare-cli printed and returned.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// Runs countercare-cli in-process with its own streams and environment, as a script would.
CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& env = {},
              const Clock* clock = nullptr);

/// The environment of a script acting as the store's manager, or as a staff user.
QMap<QString, QString> asBoss();
QMap<QString, QString> asUser(const QString& username);
/// Runs a helper program (pdftotext, pdftoppm, zbarimg) and returns its stdout; fails the
/// test when it cannot run or exits non-zero.
QString runTool(const QString& program, const QStringList& arguments);

QMap<QString, QString> with(QMap<QString, QString> env, const QString& key, const QString& value);

} // namespace cc::test
