#include "CliTestSupport.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cc;
using test::runCli;

namespace {

struct Store {
    test::TestStore store;
    QString number;

    Store()
    {
        store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        store.addUser(QStringLiteral("zhang"), Role::Supervisor);
        store.close();
        REQUIRE(run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("刘女士"), QStringLiteral("--phone"),
                     QStringLiteral("13800138000")})
                    .code == 0);
        test::CliRun added =
            run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--category"), QStringLiteral("quality"),
                 QStringLiteral("--channel"), QStringLiteral("walk_in"),
                 QStringLiteral("--description"), QStringLiteral("大衣起球"),
                 QStringLiteral("--json")});
        REQUIRE(added.code == 0);
        number = added.json().object().value(QStringLiteral("number")).toString();
    }
    test::CliRun run(QStringList arguments, const QString& user = QStringLiteral("xiaoli"))
    {
        return runCli(QStringList{QStringLiteral("--db"), store.path()} + arguments,
                      user == test::adminName ? test::asBoss() : test::asUser(user));
    }
    test::CliRun request(const QString& kind, const QString& amount,
                         const QString& user = QStringLiteral("xiaoli"))
    {
        return run({QStringLiteral("compensation"), QStringLiteral("request"), number,
                    QStringLiteral("--kind"), kind, QStringLiteral("--amount"), amount,
                    QStringLiteral("--reason"), QStringLiteral("质量问题"),
                    QStringLiteral("--json")},
                   user);
    }
};

} // namespace

TEST_CASE("compensation request and decide: the contract's JSON and the two-level climb")
{
    Store s;
    test::CliRun gift = s.request(QStringLiteral("gift"), QStringLiteral("50"));
    REQUIRE(gift.code == 0);
    const QJsonObject approved = gift.json().object();
    for (const char* field : {"id", "status", "approver_role"})
        CHECK(approved.contains(QLatin1String(field)));
    CHECK(approved.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    CHECK(approved.value(QStringLiteral("approver_role")).toString() == QStringLiteral("clerk"));

    test::CliRun voucher = s.request(QStringLiteral("voucher"), QStringLiteral("300"));
    REQUIRE(voucher.code == 0);
    const QJsonObject pending = voucher.json().object();
    CHECK(pending.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(pending.value(QStringLiteral("approver_role")).toString() ==
          QStringLiteral("supervisor"));
    const QString voucherId = QString::number(pending.value(QStringLiteral("id")).toInteger());

    test::CliRun refund = s.request(QStringLiteral("refund"), QStringLiteral("800.50"));
    REQUIRE(refund.code == 0);
    CHECK(refund.json().object().value(QStringLiteral("approver_role")).toString() ==
          QStringLiteral("manager"));
    const QString refundId =
        QString::number(refund.json().object().value(QStringLiteral("id")).toInteger());

    // Usage errors and refusals.
    CHECK(s.request(QStringLiteral("bribe"), QStringLiteral("1")).code == 2);
    CHECK(s.request(QStringLiteral("gift"), QStringLiteral("1.234")).code == 1);
    const auto decide = [&](const QString& id, QStringList options, const QString& user) {
        return s.run(QStringList{QStringLiteral("compensation"), QStringLiteral("decide"), id} +
                         options + QStringList{QStringLiteral("--json")},
                     user);
    };
    CHECK(decide(voucherId,
                 {QStringLiteral("--approve"), QStringLiteral("--comment"), QStringLiteral("ok")},
                 QStringLiteral("xiaoli"))
              .code == 1);
    CHECK(decide(voucherId,
                 {QStringLiteral("--approve"), QStringLiteral("--reject"),
                  QStringLiteral("--comment"), QStringLiteral("?")},
                 QStringLiteral("zhang"))
              .code == 2);
    CHECK(decide(voucherId, {QStringLiteral("--approve")}, QStringLiteral("zhang")).code == 2);
    CHECK(decide(refundId,
                 {QStringLiteral("--approve"), QStringLiteral("--comment"), QStringLiteral("同意")},
                 QStringLiteral("zhang"))
              .code == 1);

    test::CliRun lower =
        decide(voucherId,
               {QStringLiteral("--approve"), QStringLiteral("--amount"), QStringLiteral("200"),
                QStringLiteral("--comment"), QStringLiteral("给200元")},
               QStringLiteral("zhang"));
    REQUIRE(lower.code == 0);
    CHECK(lower.json().object().value(QStringLiteral("granted")).toString() ==
          QStringLiteral("200.00"));
    CHECK(lower.json().object().value(QStringLiteral("authority_version")).toInt() == 1);

    // The customer's slip says what was granted and by whom; a pending request has none.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
    REQUIRE(s.run({QStringLiteral("compensation"), QStringLiteral("slip"), voucherId,
                   QStringLiteral("--pdf"), pdf})
                .code == 0);
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(s.number));
    CHECK(text.contains(QStringLiteral("200.00")));
    CHECK(text.contains(QStringLiteral("zhang")));
    CHECK(s.run({QStringLiteral("compensation"), QStringLiteral("slip"), refundId,
                 QStringLiteral("--pdf"), dir.filePath(QStringLiteral("none.pdf"))})
              .code == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));

    REQUIRE(s.run({QStringLiteral("compensation"), QStringLiteral("recommend"), refundId,
                   QStringLiteral("--comment"), QStringLiteral("建议退款")},
                  QStringLiteral("zhang"))
                .code == 0);
    test::CliRun listed = s.run({QStringLiteral("compensation"), QStringLiteral("list"),
                                 QStringLiteral("--pending"), QStringLiteral("--json")});
    REQUIRE(listed.code == 0);
    REQUIRE(listed.json().array().size() == 1);
    CHECK(listed.json().array().first().toObject().value(QStringLiteral("recommended_by")) ==
          QStringLiteral("zhang"));
    test::CliRun managed = decide(refundId,
                                  {QStringLiteral("--reject"), QStringLiteral("--comment"),
                                   QStringLiteral("已换新，不再退款")},
                                  test::adminName);
    REQUIRE(managed.code == 0);
    CHECK(managed.json().object().value(QStringLiteral("status")).toString() ==
          QStringLiteral("rejected"));
    CHECK(s.run({QStringLiteral("compensation"), QStringLiteral("list"),
                 QStringLiteral("--pending"), QStringLiteral("--json")})
              .json()
              .array()
              .isEmpty());
}

TEST_CASE("authority show and set: managers only, nested roles, a new version each change")
{
    Store s;
    test::CliRun shown =
        s.run({QStringLiteral("authority"), QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    CHECK(shown.json().object().value(QStringLiteral("version")).toInt() == 1);
    const QJsonArray limits = shown.json().object().value(QStringLiteral("limits")).toArray();
    CHECK(limits.size() == 21);
    for (const QJsonValue& limit : limits) {
        const QJsonObject entry = limit.toObject();
        if (entry.value(QStringLiteral("role")) == QStringLiteral("manager"))
            CHECK(entry.value(QStringLiteral("max")).isNull());
        if (entry.value(QStringLiteral("role")) == QStringLiteral("supervisor"))
            CHECK(entry.value(QStringLiteral("max")).toString() == QStringLiteral("500.00"));
    }
    const QStringList set{
        QStringLiteral("authority"), QStringLiteral("set"),    QStringLiteral("--kind"),
        QStringLiteral("voucher"),   QStringLiteral("--role"), QStringLiteral("clerk"),
        QStringLiteral("--max"),     QStringLiteral("100"),    QStringLiteral("--json")};
    CHECK(s.run(set, QStringLiteral("zhang")).code == 1);
    CHECK(s.run({QStringLiteral("authority"), QStringLiteral("set"), QStringLiteral("--kind"),
                 QStringLiteral("voucher"), QStringLiteral("--role"), QStringLiteral("clerk"),
                 QStringLiteral("--max"), QStringLiteral("600")},
                test::adminName)
              .code == 1);
    CHECK(s.run({QStringLiteral("authority"), QStringLiteral("set"), QStringLiteral("--kind"),
                 QStringLiteral("voucher"), QStringLiteral("--role"), QStringLiteral("boss"),
                 QStringLiteral("--max"), QStringLiteral("6")},
                test::adminName)
              .code == 2);
    test::CliRun changed = s.run(set, test::adminName);
    REQUIRE(changed.code == 0);
    CHECK(changed.json().object().value(QStringLiteral("version")).toInt() == 2);
    // The clerk's 100-yuan voucher is now approved at once, under version 2.
    test::CliRun voucher = s.request(QStringLiteral("voucher"), QStringLiteral("100"));
    REQUIRE(voucher.code == 0);
    CHECK(voucher.json().object().value(QStringLiteral("status")).toString() ==
          QStringLiteral("approved"));
    CHECK(voucher.json().object().value(QStringLiteral("authority_version")).toInt() == 2);
}

TEST_CASE("audit list prints a decision's comment as the supervisor wrote it")
{
    Store s;
    test::CliRun voucher = s.request(QStringLiteral("voucher"), QStringLiteral("300"));
    REQUIRE(voucher.code == 0);
    const QString id =
        QString::number(voucher.json().object().value(QStringLiteral("id")).toInteger());
    const QString comment = QStringLiteral("按政策换货不退款 & 致歉=1");
    REQUIRE(s.run({QStringLiteral("compensation"), QStringLiteral("decide"), id,
                   QStringLiteral("--approve"), QStringLiteral("--comment"), comment},
                  QStringLiteral("zhang"))
                .code == 0);

    const QStringList list{QStringLiteral("audit"), QStringLiteral("list"),
                           QStringLiteral("--entity"), QStringLiteral("compensation:") + id};
    test::CliRun text = s.run(list, test::adminName);
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("comment=") + comment));
    CHECK_FALSE(text.out.contains(QStringLiteral("%E6")));

    test::CliRun json = s.run(list + QStringList{QStringLiteral("--json")}, test::adminName);
    REQUIRE(json.code == 0);
    QJsonObject decided;
    for (const QJsonValue& entry : json.json().array())
        if (entry.toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(QStringLiteral("comment")))
            decided = entry.toObject();
    REQUIRE_FALSE(decided.isEmpty());
    CHECK(decided.value(QStringLiteral("detail")).toString().contains(comment));
    CHECK_FALSE(decided.value(QStringLiteral("detail")).toString().contains(QStringLiteral("%")));
    CHECK(decided.value(QStringLiteral("fields"))
              .toObject()
              .value(QStringLiteral("comment"))
              .toString() == comment);
}
