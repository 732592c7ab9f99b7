// What a bad day and a curious clerk found (#26): the CLI on damaged, wrong and missing
// files, and the refusals that must hold.
#include "CliTestSupport.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <catch2/catch.hpp>

using namespace cc;
using test::CliRun;
using test::runCli;

namespace {

QStringList inStore(const QString& path, QStringList arguments)
{
    return QStringList{QStringLiteral("--db"), path} + arguments;
}

QStringList addComplaint()
{
    return {QStringLiteral("complaint"),     QStringLiteral("add"),
            QStringLiteral("--customer"),    QStringLiteral("KH-000001"),
            QStringLiteral("--category"),    QStringLiteral("quality"),
            QStringLiteral("--channel"),     QStringLiteral("walk_in"),
            QStringLiteral("--description"), QStringLiteral("鞋跟开胶")};
}

int complaintsIn(const QString& path)
{
    return test::rawScalar(path, QStringLiteral("SELECT count(*) FROM complaints")).toInt();
}

/// The manager adds the file every test here starts from: KH-000001, 刘女士.
bool addLiu(const QString& path)
{
    return runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("刘女士"),
                                 QStringLiteral("--phone"), QStringLiteral("13912345678")}),
                  test::asBoss())
               .code == 0;
}

bool backUp(const QString& path, const QString& to)
{
    return runCli(inStore(path, {QStringLiteral("backup"), QStringLiteral("--to"), to}),
                  test::asBoss())
               .code == 0;
}

} // namespace

TEST_CASE("Only init creates a store: a mistyped --db or an empty file exits 3 naming the "
          "path and creates nothing")
{
    QTemporaryDir dir;
    const QString typo = dir.filePath(QStringLiteral("typo.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QList<QStringList> commands{
        {QStringLiteral("customer"), QStringLiteral("find"), QStringLiteral("138")},
        addComplaint(),
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("backup"), QStringLiteral("--to"),
         dir.filePath(QStringLiteral("b.sqlite"))},
        {QStringLiteral("check")},
    };
    for (const QStringList& command : commands) {
        for (const QString& path : {typo, empty}) {
            INFO(command.join(QLatin1Char(' ')).toStdString() << " on " << path.toStdString());
            const CliRun run = runCli(inStore(path, command), test::asBoss());
            CHECK(run.code == 3);
            CHECK(run.err.contains(path));
        }
    }
    CHECK_FALSE(QFileInfo::exists(typo));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("empty.sqlite")});

    // init still makes one, on the empty file too.
    const CliRun init = runCli(
        inStore(empty, {QStringLiteral("init"), QStringLiteral("--store-name"),
                        QStringLiteral("新店"), QStringLiteral("--admin"), QStringLiteral("boss")}),
        {{QStringLiteral("COUNTERCARE_PASSWORD"), test::adminPassword}});
    INFO(init.err.toStdString());
    CHECK(init.code == 0);
    CHECK(runCli(inStore(empty, {QStringLiteral("user"), QStringLiteral("list")}), test::asBoss())
              .code == 0);
}

TEST_CASE("A store cut short by a failed copy is reported damaged, not as another program's file")
{
    test::TestStore store;
    store.close();
    test::rawExec(store.path(), {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const QByteArray whole = test::fileBytes(store.path());
    const QString cut = store.dir() + QStringLiteral("/cut.sqlite");
    {
        QFile file(cut);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(whole.left(whole.size() / 2));
    }
    const CliRun check = runCli(inStore(cut, {QStringLiteral("check")}));
    CHECK(check.code == 3);
    CHECK(check.err.contains(cut));
    CHECK(check.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(check.err.contains(QStringLiteral("not a CounterCare database")));
    const CliRun list =
        runCli(inStore(cut, {QStringLiteral("user"), QStringLiteral("list")}), test::asBoss());
    CHECK(list.code == 3);
    CHECK(list.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("Once check has found damage nothing writes to the store until a backup is restored")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    REQUIRE(addLiu(path));
    const QString backup = store.dir() + QStringLiteral("/good.sqlite");
    REQUIRE(backUp(path, backup));
    REQUIRE(runCli(inStore(path, addComplaint()), test::asBoss()).code == 0);

    test::damageIndexEntry(path, QStringLiteral("sqlite_autoindex_customer_phones_1"),
                           QByteArrayLiteral("+8613912345678"));
    // The damage the day's first look does not see: every page is well formed.
    REQUIRE(test::rawScalar(path, QStringLiteral("PRAGMA quick_check")).toString() ==
            QStringLiteral("ok"));

    const CliRun check = runCli(inStore(path, {QStringLiteral("check")}));
    CHECK(check.code == 3);
    CHECK(check.out.contains(QStringLiteral("index")));

    const int before = complaintsIn(path);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const CliRun refused = runCli(inStore(path, addComplaint()), test::asBoss());
        CHECK(refused.code == 3);
        CHECK(refused.err.contains(QStringLiteral("damaged")));
    }
    CHECK(complaintsIn(path) == before);

    const CliRun restored =
        runCli(inStore(path, {QStringLiteral("restore"), QStringLiteral("--from"), backup}),
               test::asBoss());
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(QStringLiteral("damaged")));
    CHECK(runCli(inStore(path, addComplaint()), test::asBoss()).code == 0);
    CHECK(complaintsIn(path) == 1); // the backup's none, and the one added since
    CHECK(runCli(inStore(path, {QStringLiteral("check")})).code == 0);
}

namespace {

/// The umask a desktop session usually has, for the length of a test.
class UsualUmask {
public:
    UsualUmask()
        : m_saved(::umask(022))
    {}
    ~UsualUmask() { ::umask(m_saved); }
    UsualUmask(const UsualUmask&) = delete;
    UsualUmask& operator=(const UsualUmask&) = delete;

private:
    mode_t m_saved;
};

QString modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QString::number(st.st_mode & 0777, 8);
}

} // namespace

TEST_CASE("Every file holding customer data is its owner's alone (0600) whatever the umask: "
          "backups and manifests, safety copies, the restored store, receipts and exports")
{
    const UsualUmask usual;
    test::TestStore store;
    store.close();
    const QString path = store.path();
    const auto in = [&](const QString& name) {
        return store.dir() + QLatin1Char('/') + name;
    };
    REQUIRE(addLiu(path));
    const CliRun added =
        runCli(inStore(path, addComplaint() << QStringLiteral("--json")), test::asBoss());
    REQUIRE(added.code == 0);
    const QString number = added.json().object().value(QStringLiteral("number")).toString();

    REQUIRE(runCli(inStore(path, {QStringLiteral("backup"), QStringLiteral("--to"),
                                  in(QStringLiteral("b.sqlite"))}),
                   test::asBoss())
                .code == 0);
    CHECK(modeOf(in(QStringLiteral("b.sqlite"))) == QStringLiteral("600"));
    CHECK(modeOf(in(QStringLiteral("b.sqlite.json"))) == QStringLiteral("600"));

    // A backup brought back from elsewhere, readable by all.
    for (const QString& suffix : {QString(), QStringLiteral(".json")}) {
        REQUIRE(QFile::copy(in(QStringLiteral("b.sqlite")) + suffix,
                            in(QStringLiteral("brought.sqlite")) + suffix));
        REQUIRE(
            ::chmod(QFile::encodeName(in(QStringLiteral("brought.sqlite")) + suffix).constData(),
                    0644) == 0);
    }
    const CliRun restored =
        runCli(inStore(path, {QStringLiteral("restore"), QStringLiteral("--from"),
                              in(QStringLiteral("brought.sqlite")), QStringLiteral("--json")}),
               test::asBoss());
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    const QString safety = restored.json().object().value(QStringLiteral("safety_copy")).toString();
    CHECK(modeOf(safety) == QStringLiteral("600"));
    CHECK(modeOf(safety + QStringLiteral(".json")) == QStringLiteral("600"));
    CHECK(modeOf(path) == QStringLiteral("600"));
    // The journals SQLite makes beside the restored store take its mode.
    {
        auto reopened = Database::open(path, OpenOptions::atStart());
        REQUIRE(reopened);
        CHECK(modeOf(path + QStringLiteral("-wal")) == QStringLiteral("600"));
        CHECK(modeOf(path + QStringLiteral("-shm")) == QStringLiteral("600"));
    }

    REQUIRE(runCli(inStore(path, {QStringLiteral("complaint"), QStringLiteral("receipt"), number,
                                  QStringLiteral("--pdf"), in(QStringLiteral("receipt.pdf"))}),
                   test::asBoss())
                .code == 0);
    CHECK(modeOf(in(QStringLiteral("receipt.pdf"))) == QStringLiteral("600"));
    REQUIRE(runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("export"),
                                  in(QStringLiteral("customers.csv"))}),
                   test::asBoss())
                .code == 0);
    CHECK(modeOf(in(QStringLiteral("customers.csv"))) == QStringLiteral("600"));
}

TEST_CASE("backup refuses the store's own -wal, -shm and -journal as its target, changing nothing")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    {
        // Another counter has the store open: its log and index are there.
        auto open = Database::open(path, OpenOptions::atStart());
        REQUIRE(open);
        REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
        for (const QString& suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            INFO(suffix.toStdString());
            const CliRun refused = runCli(
                inStore(path, {QStringLiteral("backup"), QStringLiteral("--to"), path + suffix}),
                test::asBoss());
            CHECK(refused.code == 1);
            CHECK(refused.err.contains(path + suffix));
            CHECK_FALSE(refused.out.contains(QStringLiteral("Backed up")));
        }
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
    CHECK(runCli(inStore(path, {QStringLiteral("check")})).code == 0);
}

TEST_CASE("A control character in an imported name is refused naming the line and the field, "
          "and nothing is imported")
{
    test::TestStore store;
    store.close();
    const QString csv = store.dir() + QStringLiteral("/till.csv");
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机,地址\n李娜,13900139000,上海市浦东新区\n张");
        file.write(QByteArray(1, '\0'));
        file.write("三,13800138000,北京\n王五,13700137000,天河\x1b[31m区\n");
    }
    const CliRun refused =
        runCli(inStore(store.path(), {QStringLiteral("customer"), QStringLiteral("import"), csv,
                                      QStringLiteral("--json")}),
               test::asBoss());
    CHECK(refused.code == 1);
    const QJsonArray errors = refused.json().object().value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(errors[0]
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("Name")));
    CHECK(errors[0]
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("U+0000")));
    CHECK(errors[1].toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(errors[1]
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("Address")));
    CHECK(test::rawScalar(store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
          0);
}

TEST_CASE("A purchase over the largest amount and a phone that is not one number are refused, "
          "saving nothing")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    REQUIRE(addLiu(path));
    const auto purchase = [&](const QStringList& items) {
        QStringList arguments{QStringLiteral("purchase"),   QStringLiteral("add"),
                              QStringLiteral("--customer"), QStringLiteral("KH-000001"),
                              QStringLiteral("--receipt"),  QStringLiteral("R-1"),
                              QStringLiteral("--date"),     QStringLiteral("2026-11-20")};
        for (const QString& item : items)
            arguments << QStringLiteral("--item") << item;
        return runCli(inStore(path, arguments), test::asBoss());
    };
    const CliRun huge = purchase({QStringLiteral("x;9999;99999999;1")});
    CHECK(huge.code == 1);
    CHECK(huge.err.contains(QStringLiteral("Item 1")));
    CHECK(huge.err.contains(QStringLiteral("¥100,000,000.00")));
    // Each line within the limit, together over it.
    const CliRun together =
        purchase({QStringLiteral("金条;1;60000000;1"), QStringLiteral("金条;1;60000000;1")});
    CHECK(together.code == 1);
    CHECK(together.err.contains(QStringLiteral("Items")));
    CHECK(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM purchases")).toInt() == 0);
    CHECK(purchase({QStringLiteral("女靴;1;1498;890")}).code == 0);

    for (const QString& phone :
         {QStringLiteral("13800138000a"), QStringLiteral("13800138004;13800138005"),
          QStringLiteral("13800138004,13800138005"), QStringLiteral("138 0013 8000 转 12")}) {
        INFO(phone.toStdString());
        const CliRun refused =
            runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("王先生"),
                                  QStringLiteral("--phone"), phone}),
                   test::asBoss());
        CHECK(refused.code == 1);
        CHECK(refused.err.startsWith(QStringLiteral("Phone")));
        CHECK(refused.err.contains(phone));
    }
    CHECK(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 1);
    // What clerks do type stays accepted.
    for (const QString& phone :
         {QStringLiteral("138-0013-8000"), QStringLiteral("+86 139 0013 9000"),
          QStringLiteral("(0755) 8888-6666"), QStringLiteral("１３７００１３７０００")}) {
        INFO(phone.toStdString());
        CHECK(runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("add"),
                                    QStringLiteral("--name"), QStringLiteral("王先生"),
                                    QStringLiteral("--phone"), phone}),
                     test::asBoss())
                  .code == 0);
    }
}

TEST_CASE("A refused command is written to the audit log: who, which command, on what and why, "
          "without the customer's name or phone")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.close();
    const QString path = store.path();
    REQUIRE(runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("史娟"),
                                  QStringLiteral("--phone"), QStringLiteral("15000876797"),
                                  QStringLiteral("--confidentiality"), QStringLiteral("secret")}),
                   test::asBoss())
                .code == 0);
    const auto asClerk = test::asUser(QStringLiteral("xiaoli"));
    const CliRun show = runCli(
        inStore(path, {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("1"),
                       QStringLiteral("--reason"), QStringLiteral("看看")}),
        asClerk);
    CHECK(show.code == 1);
    const CliRun export_ =
        runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("export"),
                              store.dir() + QStringLiteral("/all.csv")}),
               asClerk);
    CHECK(export_.code == 1);
    const CliRun addUser =
        runCli(inStore(path, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mole"),
                              QStringLiteral("--role"), QStringLiteral("manager")}),
               test::with(asClerk, QStringLiteral("COUNTERCARE_NEW_PASSWORD"),
                          QStringLiteral("a-new-secret-1")));
    CHECK(addUser.code == 1);

    const CliRun audit = runCli(
        inStore(path, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}),
        test::asBoss());
    REQUIRE(audit.code == 0);
    QList<QJsonObject> refusals;
    for (const QJsonValue& entry : audit.json().array()) {
        if (entry.toObject().value(QStringLiteral("action")).toString() ==
            QStringLiteral("access.refused"))
            refusals << entry.toObject();
    }
    REQUIRE(refusals.size() == 3);
    QStringList commands;
    for (const QJsonObject& refusal : refusals) {
        CHECK(refusal.value(QStringLiteral("actor")).toString() == QStringLiteral("xiaoli"));
        const QJsonObject fields = refusal.value(QStringLiteral("fields")).toObject();
        commands << fields.value(QStringLiteral("what")).toString();
        CHECK_FALSE(fields.value(QStringLiteral("why")).toString().isEmpty());
        const QString detail = refusal.value(QStringLiteral("detail")).toString();
        CHECK_FALSE(detail.contains(QStringLiteral("史")));
        CHECK_FALSE(detail.contains(QStringLiteral("6797")));
    }
    commands.sort();
    CHECK(commands == QStringList{QStringLiteral("customer export"),
                                  QStringLiteral("customer show"), QStringLiteral("user add")});
    const auto shown = std::find_if(refusals.cbegin(), refusals.cend(), [](const QJsonObject& r) {
        return r.value(QStringLiteral("fields")).toObject().value(QStringLiteral("what")) ==
               QStringLiteral("customer show");
    });
    CHECK(shown->value(QStringLiteral("entity")).toString().contains(QStringLiteral("1")));
    CHECK(runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")}), test::asBoss())
              .code == 0);
}

namespace {

/// Rewrites a backup's manifest checksum after the copy was changed: a forger who knows
/// the format. Only the audit chain can then tell.
void forgeManifest(const QString& backup)
{
    QFile copy(backup);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex());
    QFile json(backup + QStringLiteral(".json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    manifest.insert(QStringLiteral("sha256"), sha);
    REQUIRE(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(QJsonDocument(manifest).toJson());
}

} // namespace

TEST_CASE("The end of the audit log cannot be cut without a trace: audit verify and check "
          "compare it with the head file and the backups' manifests and restore the triggers")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    for (const QString& name : {QStringLiteral("刘女士"), QStringLiteral("王先生")}) {
        REQUIRE(runCli(inStore(path,
                               {QStringLiteral("customer"), QStringLiteral("add"),
                                QStringLiteral("--name"), name, QStringLiteral("--phone"),
                                name == QStringLiteral("刘女士") ? QStringLiteral("13912345678")
                                                                 : QStringLiteral("13912345679")}),
                       test::asBoss())
                    .code == 0);
    }
    REQUIRE(
        runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")}), test::asBoss())
            .code == 0);
    const auto triggers = [&] {
        return test::rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                    "type = 'trigger' AND name LIKE 'audit_log_%'"))
            .toInt();
    };
    REQUIRE(triggers() == 2);

    SECTION("the newest entries deleted")
    {
        test::rawExec(path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                             QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 "
                                            "FROM audit_log)")});
        const CliRun verify =
            runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(verify.code == 1);
        CHECK((verify.out + verify.err).contains(QStringLiteral("removed")));
        CHECK(runCli(inStore(path, {QStringLiteral("check")})).code != 0);
    }
    SECTION("every entry deleted")
    {
        test::rawExec(path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                             QStringLiteral("DELETE FROM audit_log")});
        CHECK(runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")})).code == 1);
        CHECK(runCli(inStore(path, {QStringLiteral("check")})).code != 0);
    }
    SECTION("a backup's manifest anchors the chain even when the head file is gone too")
    {
        REQUIRE(QDir().mkpath(store.dir() + QStringLiteral("/backups")));
        REQUIRE(runCli(inStore(path, {QStringLiteral("backup"), QStringLiteral("--to"),
                                      store.dir() + QStringLiteral("/backups/b.sqlite")}),
                       test::asBoss())
                    .code == 0);
        QFile::remove(path + QStringLiteral("-audit-head"));
        test::rawExec(path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                             QStringLiteral("DELETE FROM audit_log WHERE id > 2")});
        const CliRun verify =
            runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(verify.code == 1);
        CHECK((verify.out + verify.err).contains(QStringLiteral("b.sqlite.json")));
    }
    SECTION("dropped triggers are reported and re-created")
    {
        test::rawExec(path, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                             QStringLiteral("DROP TRIGGER audit_log_no_delete")});
        const CliRun verify =
            runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(verify.code == 1);
        CHECK((verify.out + verify.err).contains(QStringLiteral("triggers")));
        CHECK(triggers() == 2);
        CHECK(runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")})).code == 0);
    }
}

TEST_CASE("Restore refuses a backup whose audit log is empty")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    REQUIRE(addLiu(path));
    const QString emptied = store.dir() + QStringLiteral("/emptied.sqlite");
    REQUIRE(backUp(path, emptied));
    test::rawExec(emptied, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                            QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                            QStringLiteral("DELETE FROM audit_log")});
    forgeManifest(emptied);
    const CliRun refused =
        runCli(inStore(path, {QStringLiteral("restore"), QStringLiteral("--from"), emptied}),
               test::asBoss());
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("audit log is empty")));
}

TEST_CASE("Restore refuses another store's backup - its audit log is not this store's history - "
          "and restores nothing")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    REQUIRE(addLiu(path));
    REQUIRE(runCli(inStore(path, addComplaint()), test::asBoss()).code == 0);

    // Another store, made the way every store is made, with a longer and a shorter history.
    const QString other = store.dir() + QStringLiteral("/other.sqlite");
    REQUIRE(runCli(inStore(other,
                           {QStringLiteral("init"), QStringLiteral("--store-name"),
                            QStringLiteral("别的店"), QStringLiteral("--admin"), test::adminName}),
                   {{QStringLiteral("COUNTERCARE_PASSWORD"), test::adminPassword}})
                .code == 0);
    const QString shortBackup = store.dir() + QStringLiteral("/other-short.sqlite");
    REQUIRE(backUp(other, shortBackup));
    REQUIRE(addLiu(other));
    for (int i = 0; i < 3; ++i)
        REQUIRE(runCli(inStore(other, addComplaint()), test::asBoss()).code == 0);
    const QString longBackup = store.dir() + QStringLiteral("/other-long.sqlite");
    REQUIRE(backUp(other, longBackup));

    for (const QString& foreign : {shortBackup, longBackup}) {
        INFO(foreign.toStdString());
        const CliRun refused =
            runCli(inStore(path, {QStringLiteral("restore"), QStringLiteral("--from"), foreign}),
                   test::asBoss());
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("not the history of this store")));
        CHECK(complaintsIn(path) == 1);
        CHECK(test::rawScalar(path, QStringLiteral("SELECT name FROM store")).toString() !=
              QStringLiteral("别的店"));
    }

    SECTION("this store's own older backup is restored as before")
    {
        const QString own = store.dir() + QStringLiteral("/own.sqlite");
        REQUIRE(backUp(path, own));
        REQUIRE(runCli(inStore(path, addComplaint()), test::asBoss()).code == 0);
        const CliRun restored =
            runCli(inStore(path, {QStringLiteral("restore"), QStringLiteral("--from"), own}),
                   test::asBoss());
        INFO(restored.err.toStdString());
        CHECK(restored.code == 0);
        CHECK(complaintsIn(path) == 1);
    }

    SECTION("the manager may accept it knowingly, and the restore is recorded as unverified")
    {
        const CliRun accepted =
            runCli(inStore(path, {QStringLiteral("restore"), QStringLiteral("--from"), shortBackup,
                                  QStringLiteral("--unverified")}),
                   test::asBoss());
        INFO(accepted.err.toStdString());
        CHECK(accepted.code == 0);
        CHECK(test::rawScalar(path, QStringLiteral("SELECT name FROM store")).toString() ==
              QStringLiteral("别的店"));
        CHECK(test::rawScalar(path,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'backup.restore' AND detail LIKE '%verified=no%'"))
                  .toInt() == 1);
    }
}

TEST_CASE("customer erase removes the person and the files merged into it from the store - "
          "its -wal and the drafts - the manager only and with a reason - and keeps the purchases")
{
    test::TestStore store;
    store.addUser(QStringLiteral("liuyang"), Role::Supervisor);
    store.close();
    const QString path = store.path();
    const auto add = [&](const QString& name, const QString& phone, const QString& address) {
        return runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("add"),
                                     QStringLiteral("--name"), name, QStringLiteral("--phone"),
                                     phone, QStringLiteral("--address"), address}),
                      test::asBoss());
    };
    REQUIRE(add(QStringLiteral("欧阳静怡"), QStringLiteral("13812345678"),
                QStringLiteral("浦东新区世纪大道88号"))
                .code == 0);
    REQUIRE(add(QStringLiteral("欧阳静"), QStringLiteral("13987654321"),
                QStringLiteral("天河区体育西路"))
                .code == 0);
    REQUIRE(runCli(inStore(path, {QStringLiteral("purchase"), QStringLiteral("add"),
                                  QStringLiteral("--customer"), QStringLiteral("KH-000002"),
                                  QStringLiteral("--receipt"), QStringLiteral("R-9"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                  QStringLiteral("--item"), QStringLiteral("女靴;1;1498;890")}),
                   test::asBoss())
                .code == 0);
    // The merge keeps the dropped file's name and address in its retired row.
    const CliRun merged = runCli(inStore(path, {QStringLiteral("customer"), QStringLiteral("merge"),
                                                QStringLiteral("1"), QStringLiteral("2")}),
                                 test::asBoss());
    REQUIRE(merged.code == 0);
    CHECK(merged.out.contains(QStringLiteral("customer erase KH-000001")));
    const QList<QByteArray> person{QByteArrayLiteral("欧阳静"), QByteArrayLiteral("浦东"),
                                   QByteArrayLiteral("天河"), QByteArrayLiteral("13812345678"),
                                   QByteArrayLiteral("13987654321")};
    const auto stored = [&] {
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    };
    CHECK(stored().contains(person.at(0)));
    // A complaint half typed about the dropped file, and another about someone new.
    test::rawExec(
        path, {QStringLiteral("INSERT INTO drafts (user_id, kind, payload, saved_at) SELECT id, "
                              "'complaint', '{\"customer_id\":2,\"customer_label\":"
                              "\"欧阳静 139****4321\",\"description\":\"欧阳静的女靴开胶\"}',"
                              " '2026-12-01T10:00:00.000Z' FROM users WHERE username = "
                              "'liuyang'"),
               QStringLiteral("INSERT INTO drafts (user_id, kind, payload, saved_at) SELECT id, "
                              "'complaint', '{\"customer_id\":0,\"new_name\":\"王先生\"}',"
                              " '2026-12-01T10:00:00.000Z' FROM users WHERE username = 'boss'")});

    const QStringList erase{QStringLiteral("customer"), QStringLiteral("erase"),
                            QStringLiteral("KH-000001"), QStringLiteral("--reason"),
                            QStringLiteral("客户要求删除")};
    const CliRun bySupervisor =
        runCli(inStore(path, erase), test::asUser(QStringLiteral("liuyang")));
    CHECK(bySupervisor.code == 1);
    const CliRun noReason = runCli(inStore(path, erase.mid(0, 3)), test::asBoss());
    CHECK(noReason.code == 2);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    CHECK(stored().contains(person.at(0)));

    const CliRun erased =
        runCli(inStore(path, erase + QStringList{QStringLiteral("--json")}), test::asBoss());
    REQUIRE(erased.code == 0);
    CHECK(erased.out.contains(QStringLiteral("KH-000001")));
    const QByteArray after = stored();
    for (const QByteArray& piece : person) {
        INFO(piece.toStdString());
        CHECK_FALSE(after.contains(piece));
    }
    const CliRun find = runCli(
        inStore(path, {QStringLiteral("customer"), QStringLiteral("find"), QStringLiteral("欧阳")}),
        test::asBoss());
    CHECK_FALSE(find.out.contains(QStringLiteral("KH-000001")));
    CHECK(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM purchases")).toInt() == 1);
    CHECK(test::rawScalar(path, QStringLiteral("SELECT payload FROM drafts")).toString() ==
          QStringLiteral("{\"customer_id\":0,\"new_name\":\"王先生\"}"));
    CHECK(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'customer.erase'"))
              .toInt() == 1);
    CHECK(runCli(inStore(path, {QStringLiteral("audit"), QStringLiteral("verify")}), test::asBoss())
              .code == 0);
}

TEST_CASE("customer erase under another counter's open read says the traces are not cleared "
          "yet - and run again once it is closed it finishes")
{
    test::TestStore store;
    store.close();
    const QString path = store.path();
    REQUIRE(addLiu(path));
    const QStringList erase{QStringLiteral("customer"), QStringLiteral("erase"),
                            QStringLiteral("KH-000001"), QStringLiteral("--reason"),
                            QStringLiteral("客户要求删除")};
    const auto walHolds = [&](const QByteArray& bytes) {
        QFile wal(path + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) && wal.readAll().contains(bytes);
    };
    {
        // Another counter in the middle of reading: its snapshot needs the log's old pages.
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(path);
        REQUIRE(reader.open());
        QSqlQuery read(reader);
        REQUIRE(read.exec(QStringLiteral("BEGIN")));
        REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM customers")));
        REQUIRE(read.next());

        const CliRun held = runCli(inStore(path, erase), test::asBoss());
        CHECK(held.code == 1);
        CHECK(held.err.contains(QStringLiteral("Run the same customer erase again")));
        CHECK((test::fileBytes(path).contains(QByteArrayLiteral("13912345678")) ||
               walHolds(QByteArrayLiteral("13912345678"))));
        read.finish();
        REQUIRE(read.exec(QStringLiteral("COMMIT")));
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));

    const CliRun again = runCli(inStore(path, erase), test::asBoss());
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
    CHECK_FALSE(walHolds(QByteArrayLiteral("13912345678")));
    CHECK_FALSE(test::fileBytes(path).contains(QByteArrayLiteral("13912345678")));
}
