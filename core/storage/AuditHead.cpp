#include "AuditHead.h"

#include "base/Clock.h"
#include "base/PrivateFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cc {

namespace {
QJsonObject readHeadObject(const QString& databasePath)
{
    QFile file(AuditHead::path(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

QString AuditHead::path(const QString& databasePath)
{
    return databasePath + QStringLiteral("-audit-head");
}

std::optional<AuditAnchor> AuditHead::read(const QString& databasePath)
{
    const QJsonObject head = readHeadObject(databasePath);
    if (head.isEmpty())
        return std::nullopt;
    return AuditAnchor{head.value(QStringLiteral("count")).toInteger(),
                       head.value(QStringLiteral("hash")).toString(),
                       QFileInfo(AuditHead::path(databasePath)).fileName()};
}

QDateTime AuditHead::resetAt(const QString& databasePath)
{
    return fromStoredTime(
        readHeadObject(databasePath).value(QStringLiteral("reset_at")).toString());
}

void AuditHead::write(const QString& databasePath, qint64 count, const QString& hash, bool force,
                      const QDateTime& resetAt)
{
    const QJsonObject old = readHeadObject(databasePath);
    if (!force && old.value(QStringLiteral("count")).toInteger() >= count)
        return; // another counter got further: the head only moves forward
    QJsonObject head{{QStringLiteral("count"), count}, {QStringLiteral("hash"), hash}};
    const QString reset = resetAt.isValid() ? toStoredTime(resetAt)
                                            : old.value(QStringLiteral("reset_at")).toString();
    if (!reset.isEmpty())
        head.insert(QStringLiteral("reset_at"), reset);
    // Written beside and renamed: a reader never sees half a file.
    const QString path = AuditHead::path(databasePath);
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    if (!PrivateFile::create(part))
        return;
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(head).toJson(QJsonDocument::Compact)) < 0) {
        QFile::remove(part);
        return;
    }
    file.close();
    std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData());
}

} // namespace cc
