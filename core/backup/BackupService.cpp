#include "BackupService.h"

#include "accounts/AccountService.h"
#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "base/Clock.h"
#include "base/PrivateFile.h"
#include "storage/AuditHead.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/SqliteWatch.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace cc {

namespace {

// The tables whose row counts a manifest records.
const QStringList countedTables{QStringLiteral("customers"),     QStringLiteral("purchases"),
                                QStringLiteral("contacts"),      QStringLiteral("complaints"),
                                QStringLiteral("compensations"), QStringLiteral("callbacks"),
                                QStringLiteral("users"),         QStringLiteral("audit_log")};

// A backup of a large store takes minutes: it says how far it is, and may be stopped.
Error cancelled()
{
    return makeError(ErrorCode::Conflict,
                     BackupService::tr("Backup cancelled; no backup was written."));
}

// `progress` hears from..to as the file is read.
Result<QString> sha256Of(const QString& path, const Progress& progress = {}, int from = 0,
                         int to = 100)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Validation,
            BackupService::tr("Backup: cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 size = std::max<qint64>(file.size(), 1);
    QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return makeError(ErrorCode::Validation,
                             BackupService::tr("Backup: cannot read %1.").arg(path));
        if (read == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), read));
        if (progress && !progress(from + int((to - from) * file.pos() / size)))
            return cancelled();
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return makeError(ErrorCode::Validation,
                         BackupService::tr("Backup: cannot flush %1 to disk.").arg(path));
    }
    ::close(fd);
    return {};
}

/// What an opened copy holds: schema, integrity, counts and the audit head.
Result<BackupManifest> describe(Database& copy, const QString& path)
{
    Result<QVariant> integrity = copy.scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    if (integrity->toString() != QLatin1String("ok"))
        return makeError(
            ErrorCode::Validation,
            BackupService::tr("Backup: %1 is damaged: %2").arg(path, integrity->toString()));
    BackupManifest manifest;
    manifest.file = QFileInfo(path).fileName();
    manifest.schemaVersion = copy.schemaVersion();
    for (const QString& table : countedTables) {
        Result<QVariant> count =
            copy.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)); // fixed names
        if (!count)
            return count.error();
        manifest.rowCounts.append({table, count->toLongLong()});
    }
    Result<QVariant> head =
        copy.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head)
        return head.error();
    manifest.auditHead = head->toString();
    return manifest;
}

/// A time stamp for the names of kept copies.
QString stamp(const Clock& clock)
{
    return clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

/// Copies a file and flushes it to disk: after this the copy survives a power cut.
Status copyDurably(const QString& from, const QString& to)
{
    QFile::remove(to);
    // A copy takes its source's mode: a backup brought on a stick may be anyone's to read.
    if (!QFile::copy(from, to) || !PrivateFile::restrict(to)) {
        QFile::remove(to);
        return makeError(
            ErrorCode::Validation,
            BackupService::tr("Restore: cannot copy %1 beside the database.").arg(from));
    }
    if (Status synced = syncFile(to); !synced) {
        QFile::remove(to);
        return synced.error();
    }
    return {};
}

/// The restore's audit entry, written on the restored file.
Status auditRestore(Database& database, const Clock& clock, const Actor& by,
                    const QString& fromPath, const BackupManifest& manifest,
                    const std::pair<QString, QString>& kept)
{
    const std::pair<QString, QString> sha{QStringLiteral("sha256"), manifest.sha256};
    const QString detail =
        manifest.verifiedByManifest
            ? AuditLog::details({sha, kept})
            : AuditLog::details({sha, kept, {QStringLiteral("verified"), QStringLiteral("no")}});
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status logged = AuditLog(database, clock)
                            .append(by, QStringLiteral("backup.restore"), QStringLiteral("backup"),
                                    QFileInfo(fromPath).fileName(), detail);
        !logged)
        return logged;
    return transaction.commit();
}

QString manifestPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".json");
}

/// A restore replaces the file and its write-ahead log: another program with the store open
/// would go on writing into a log that is gone, told its saves succeeded. Refused until
/// every other counter (and CLI) has closed it.
Status requireNoOtherUser(const QString& databasePath)
{
    if (!Database::openElsewhere(databasePath))
        return {};
    return makeError(ErrorCode::Conflict,
                     BackupService::tr("Restore: %1 is open in another CounterCare (another "
                                       "counter, or a command still running). Close it there "
                                       "first; nothing was restored.")
                         .arg(QDir::toNativeSeparators(databasePath)));
}

/// After a restore the head file holds the restored log's head: the history it anchored
/// was replaced (knowingly, and recorded), and backups made before now no longer count.
void restartHead(Database& restored, const Clock& clock)
{
    Result<QVariant> count = restored.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    Result<QVariant> head =
        restored.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (count && head)
        AuditHead::write(restored.path(), count->toLongLong(), head->toString(), true,
                         clock.nowUtc());
}

/// A restore must not erase the trail: the copy's audit chain must verify, hold at least
/// the store's first entry, and agree with the anchor this PC holds of the store's chain
/// (the head file): a prefix of it, or a continuation. `live` is the store being
/// replaced when it can still be read. Refused unless the manager accepts it.
Status auditFits(const QString& fromPath, const QString& databasePath, Database* live,
                 const Clock& clock, BackupService::Unverified unverified, bool* accepted)
{
    *accepted = false;
    OpenOptions readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    readOnly.quickCheck = QuickCheck::Never; // verify() has just checked it
    Result<std::unique_ptr<Database>> copy = Database::open(fromPath, readOnly);
    if (!copy)
        return copy.error();
    Result<AuditVerification> chain = AuditLog(*copy.value(), clock).verify();
    if (!chain)
        return chain.error();
    const auto hashAt = [](Database& database, qint64 id) -> QString {
        Query query(database, QStringLiteral("SELECT hash FROM audit_log WHERE id = :id"));
        query.bind(QStringLiteral(":id"), id);
        return query.exec(QStringLiteral("audit.at")) && query.next() ? query.value(0).toString()
                                                                      : QString();
    };
    QString problem;
    if (chain->entries == 0)
        problem = BackupService::tr("its audit log is empty.");
    else if (!chain->intact)
        problem = chain->problem;
    else if (const std::optional<AuditAnchor> anchor = AuditHead::read(databasePath)) {
        if (chain->entries >= anchor->count) {
            if (hashAt(*copy.value(), anchor->count) != anchor->hash)
                problem = BackupService::tr("its audit log is not the history of this store: "
                                            "entry %1 differs from %2.")
                              .arg(anchor->count)
                              .arg(anchor->source);
        }
    }
    // The store being replaced is the best anchor of all: the two logs must agree on every
    // entry they both have (the chain makes agreement at the last shared entry agreement on
    // all before it). Another store's backup differs from its first entry on.
    if (problem.isEmpty() && live) {
        Result<QVariant> liveCount = live->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 shared = liveCount ? std::min(chain->entries, liveCount->toLongLong()) : 0;
        if (shared > 0 && hashAt(*copy.value(), shared) != hashAt(*live, shared))
            problem = BackupService::tr("its audit log is not the history of this store: "
                                        "entry %1 differs.")
                          .arg(shared);
    }
    if (problem.isEmpty())
        return {};
    if (unverified == BackupService::Unverified::Accept) {
        *accepted = true;
        return {};
    }
    return makeError(ErrorCode::Validation,
                     BackupService::tr("--from: %1 cannot be restored: %2 Nothing was restored; "
                                       "give --unverified to restore it anyway (recorded).")
                         .arg(fromPath, problem));
}

/// A copy nothing vouches for is restored only when the manager says so.
Status acceptable(const BackupManifest& checked, const QString& fromPath,
                  BackupService::Unverified unverified)
{
    if (checked.verifiedByManifest || unverified == BackupService::Unverified::Accept)
        return {};
    return makeError(ErrorCode::Validation,
                     BackupService::tr("--from: %1 has no manifest (%2), so it cannot be checked "
                                       "that no row was changed since the backup was made. "
                                       "Nothing was restored; give --unverified to restore it "
                                       "anyway.")
                         .arg(fromPath, QFileInfo(manifestPath(fromPath)).fileName()));
}

} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject counts;
    for (const auto& [table, rows] : rowCounts)
        counts.insert(table, rows);
    return QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                     {QStringLiteral("at"), toIsoLocal(at)},
                                     {QStringLiteral("schema_version"), schemaVersion},
                                     {QStringLiteral("row_counts"), counts},
                                     {QStringLiteral("sha256"), sha256},
                                     {QStringLiteral("audit_head"), auditHead}})
        .toJson(QJsonDocument::Indented);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return std::nullopt;
    BackupManifest manifest;
    manifest.file = object.value(QStringLiteral("file")).toString();
    manifest.at = parseIsoDateTime(object.value(QStringLiteral("at")).toString());
    manifest.schemaVersion = object.value(QStringLiteral("schema_version")).toInt();
    const QJsonObject counts = object.value(QStringLiteral("row_counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        manifest.rowCounts.append({it.key(), it.value().toInteger()});
    manifest.sha256 = object.value(QStringLiteral("sha256")).toString();
    manifest.auditHead = object.value(QStringLiteral("audit_head")).toString();
    return manifest;
}

BackupService::BackupService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<BackupManifest> BackupService::backup(const Actor& by, const QString& toPath,
                                             const Progress& progress)
{
    if (Status allowed = Permissions::require(by, Action::BackupRestore); !allowed)
        return allowed.error();
    const QString target = QFileInfo(toPath).absoluteFilePath();
    const QString store = QFileInfo(m_database.path()).absoluteFilePath();
    const auto same = [](const QString& a, const QString& b) {
        const QFileInfo x(a), y(b);
        return x.absoluteFilePath() == y.absoluteFilePath() ||
               (x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath());
    };
    if (same(target, store))
        return makeError(ErrorCode::Validation,
                         tr("--to: a backup cannot replace the database itself."));
    // SQLite owns these: a backup written there is deleted at the next close, and the
    // store's journal with it.
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (same(target, store + suffix))
            return makeError(ErrorCode::Validation,
                             tr("--to: %1 is the database's own %2 file; choose another name. "
                                "No backup was written.")
                                 .arg(QDir::toNativeSeparators(target), suffix.mid(1)));
    }
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return makeError(ErrorCode::Validation,
                         tr("--to: the folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    // Snapshot into a temporary file beside the target, check it, then rename: a backup
    // that fails half-way never leaves a file that looks complete.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    // VACUUM INTO writes into an empty file as it finds it: owner-only, not the umask's.
    if (Status created = PrivateFile::create(partial); !created)
        return makeError(ErrorCode::Validation,
                         tr("Backup: cannot write %1: %2").arg(target, created.error().message));
    // The copy grows towards the size of the store: that is the first 60%.
    const qint64 storeBytes =
        std::max<qint64>(QFileInfo(m_database.path()).size() +
                             QFileInfo(m_database.path() + QStringLiteral("-wal")).size(),
                         1);
    Status vacuumed;
    bool stopped = false;
    {
        SqliteWatch watch(m_database, progress, [&] {
            return int(std::min<qint64>(60, 60 * QFileInfo(partial).size() / storeBytes));
        });
        vacuumed = m_database.execute(
            QStringLiteral("VACUUM INTO '%1'")
                .arg(QString(partial).replace(QLatin1Char('\''), QStringLiteral("''"))));
        stopped = watch.stopped();
    }
    if (stopped) {
        QFile::remove(partial);
        return cancelled();
    }
    if (!vacuumed) {
        QFile::remove(partial);
        return makeError(ErrorCode::Validation,
                         tr("Backup: cannot write %1: %2").arg(target, vacuumed.error().message));
    }
    if (Status synced = syncFile(partial); !synced) {
        QFile::remove(partial);
        return synced.error();
    }
    // Then every page of the copy is checked (to 80%) and hashed (to 100%).
    Result<BackupManifest> manifest = makeError(ErrorCode::Internal, QString());
    {
        OpenOptions readOnly;
        readOnly.create = false;
        readOnly.readOnly = true;
        readOnly.migrate = false;
        Result<std::unique_ptr<Database>> copy = Database::open(partial, readOnly);
        if (!copy) {
            QFile::remove(partial);
            return copy.error();
        }
        SqliteWatch watch(*copy.value(), progress, [] { return 60; });
        manifest = describe(*copy.value(), target);
        stopped = watch.stopped();
    }
    if (stopped || (progress && !progress(80))) {
        QFile::remove(partial);
        return cancelled();
    }
    if (!manifest) {
        QFile::remove(partial);
        return manifest.error();
    }
    Result<QString> sha = sha256Of(partial, progress, 80, 100);
    if (!sha) {
        QFile::remove(partial);
        return sha.error();
    }
    BackupManifest made = manifest.value();
    made.sha256 = sha.value();
    made.at = m_clock.nowUtc();
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return makeError(ErrorCode::Validation, tr("Backup: cannot write %1.").arg(target));
    }
    QFile json(manifestPath(target));
    QFile::remove(json.fileName());
    if (!PrivateFile::create(json.fileName()) || !json.open(QIODevice::WriteOnly) ||
        json.write(made.toJson()) < 0)
        return makeError(ErrorCode::Validation,
                         tr("Backup: cannot write the manifest %1.").arg(json.fileName()));
    json.close();
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, QStringLiteral("backup.create"), QStringLiteral("backup"), made.file,
                        AuditLog::details({{QStringLiteral("sha256"), made.sha256}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return made;
}

Result<BackupManifest> BackupService::verify(const QString& path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, tr("--from: there is no file %1.").arg(path));
    OpenOptions readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    Result<BackupManifest> described = makeError(ErrorCode::Internal, QString());
    {
        Result<std::unique_ptr<Database>> copy = Database::open(path, readOnly);
        if (!copy)
            return makeError(ErrorCode::Validation,
                             tr("--from: %1 is not a usable CounterCare backup: %2")
                                 .arg(path, copy.error().message));
        described = describe(*copy.value(), path);
    }
    if (!described)
        return described.error();
    Result<QString> sha = sha256Of(path);
    if (!sha)
        return sha.error();
    BackupManifest result = described.value();
    result.sha256 = sha.value();
    QFile json(manifestPath(path));
    if (json.open(QIODevice::ReadOnly)) {
        const std::optional<BackupManifest> recorded = BackupManifest::fromJson(json.readAll());
        if (recorded && recorded->sha256 != sha.value())
            return makeError(ErrorCode::Validation,
                             tr("--from: %1 does not match its manifest (SHA-256 differs): the "
                                "copy was changed or damaged.")
                                 .arg(path));
        if (recorded) {
            result.at = recorded->at;
            result.verifiedByManifest = true;
        }
    }
    return result;
}

Result<QString> BackupService::restore(const Actor& by, const QString& fromPath,
                                       Unverified unverified)
{
    if (Status allowed = Permissions::require(by, Action::BackupRestore); !allowed)
        return allowed.error();
    Result<BackupManifest> checked = verify(fromPath);
    if (!checked)
        return checked.error();
    if (Status accepted = acceptable(*checked, fromPath, unverified); !accepted)
        return accepted.error();
    if (Status alone = requireNoOtherUser(m_database.path()); !alone)
        return alone.error();
    bool auditAccepted = false;
    if (Status fits = auditFits(fromPath, m_database.path(), &m_database, m_clock, unverified,
                                &auditAccepted);
        !fits)
        return fits.error();
    const QString current = m_database.path();
    const QString safety = current + QStringLiteral(".before-restore-") + stamp(m_clock);
    // The safety copy of what is replaced, made and checked like any backup.
    if (Result<BackupManifest> kept = backup(by, safety); !kept)
        return kept.error();
    // Copy the backup beside the database first, so the swap is one rename.
    const QString incoming = current + QStringLiteral(".restore-part");
    if (Status copied = copyDurably(fromPath, incoming); !copied)
        return copied.error();
    if (Status swapped = m_database.replaceFileWith(incoming); !swapped) {
        QFile::remove(incoming);
        return swapped.error();
    }
    restartHead(m_database, m_clock);
    BackupManifest recorded = checked.value();
    if (auditAccepted)
        recorded.verifiedByManifest = false; // recorded as verified=no
    if (Status logged = auditRestore(m_database, m_clock, by, fromPath, recorded,
                                     {QStringLiteral("safety_copy"), QFileInfo(safety).fileName()});
        !logged)
        return logged.error();
    return safety;
}

Result<QString> BackupService::restoreOver(const QString& databasePath, const Clock& clock,
                                           const QString& fromPath, const QString& username,
                                           const QString& password, Unverified unverified)
{
    Result<BackupManifest> checked = verify(fromPath);
    if (!checked)
        return checked.error();
    if (Status accepted = acceptable(*checked, fromPath, unverified); !accepted)
        return accepted.error();
    if (Status alone = requireNoOtherUser(databasePath); !alone)
        return alone.error();
    bool auditAccepted = false;
    if (Status fits = auditFits(fromPath, databasePath, nullptr, clock, unverified, &auditAccepted);
        !fits)
        return fits.error();
    // Who may restore is decided by the backup's own accounts: the damaged file can
    // prove nothing.
    User manager;
    {
        OpenOptions readOnly;
        readOnly.create = false;
        readOnly.readOnly = true;
        readOnly.migrate = false;
        Result<std::unique_ptr<Database>> copy = Database::open(fromPath, readOnly);
        if (!copy)
            return copy.error();
        Result<User> proved =
            AccountService(*copy.value(), clock).checkCredentials(username, password);
        if (!proved)
            return proved.error();
        manager = proved.value();
    }
    if (Status allowed = Permissions::require(manager.actor(), Action::BackupRestore); !allowed)
        return allowed.error();

    const QString incoming = databasePath + QStringLiteral(".restore-part");
    if (Status copied = copyDurably(fromPath, incoming); !copied)
        return copied.error();
    // Move the damaged file and its journals aside, untouched, for a specialist.
    const QString aside = databasePath + QStringLiteral(".damaged-") + stamp(clock);
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (std::rename(QFile::encodeName(databasePath + suffix).constData(),
                        QFile::encodeName(aside + suffix).constData()) != 0) {
            QFile::remove(incoming);
            return makeError(ErrorCode::Validation,
                             tr("Restore: cannot move %1 aside; nothing was changed.")
                                 .arg(databasePath + suffix));
        }
    }
    if (std::rename(QFile::encodeName(incoming).constData(),
                    QFile::encodeName(databasePath).constData()) != 0)
        return makeError(ErrorCode::Validation,
                         tr("Restore: cannot put the backup in place of %1; the damaged file "
                            "is kept as %2.")
                             .arg(databasePath, aside));
    Result<std::unique_ptr<Database>> reopened = Database::open(databasePath);
    if (!reopened)
        return reopened.error();
    restartHead(*reopened.value(), clock);
    BackupManifest recorded = checked.value();
    if (auditAccepted)
        recorded.verifiedByManifest = false; // recorded as verified=no
    if (Status logged = auditRestore(*reopened.value(), clock, manager.actor(), fromPath, recorded,
                                     {QStringLiteral("damaged_copy"), QFileInfo(aside).fileName()});
        !logged)
        return logged.error();
    return aside;
}

} // namespace cc
