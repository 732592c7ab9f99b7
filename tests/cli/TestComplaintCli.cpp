#include "CliTestSupport.h"
#include "TestStore.h"

#include <store/StoreService.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cc;
using test::runCli;

namespace {

QStringList inStore(const test::TestStore& store, QStringList arguments)
{
    return QStringList{QStringLiteral("--db"), store.path()} + arguments;
}

} // namespace

TEST_CASE("complaint add prints the contract's JSON and the case walks to closed")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    store.close();
    REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("刘女士"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")}),
                   test::asBoss())
                .code == 0);
    const ManualClock december(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    const auto asZhang = test::asUser(QStringLiteral("zhang"));
    test::CliRun added = runCli(
        inStore(store,
                {QStringLiteral("complaint"),       QStringLiteral("add"),
                 QStringLiteral("--customer"),      QStringLiteral("KH-000001"),
                 QStringLiteral("--category"),      QStringLiteral("attitude"),
                 QStringLiteral("--channel"),       QStringLiteral("walk_in"),
                 QStringLiteral("--description"),   QStringLiteral("鞋跟发黑，店员说是牛仔裤染的"),
                 QStringLiteral("--demand"),        QStringLiteral("repair"),
                 QStringLiteral("--product"),       QStringLiteral("女靴"),
                 QStringLiteral("--purchase-date"), QStringLiteral("2026-11-26"),
                 QStringLiteral("--price"),         QStringLiteral("1498"),
                 QStringLiteral("--about-staff"),   QStringLiteral("xiaoli"),
                 QStringLiteral("--received-at"),   QStringLiteral("2026-12-02T10:05:00Z"),
                 QStringLiteral("--json")}),
        asZhang, &december);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonObject json = added.json().object();
    for (const char* field :
         {"number", "status", "severity", "reply_due", "resolve_due", "handler"})
        CHECK(json.contains(QLatin1String(field)));
    const QString number = json.value(QStringLiteral("number")).toString();
    CHECK(number == QStringLiteral("TS-20261202-0001"));
    CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK(json.value(QStringLiteral("severity")).toString() == QStringLiteral("general"));
    CHECK(json.value(QStringLiteral("handler")).toString() == QStringLiteral("zhang"));

    const auto move = [&](QStringList args, const QMap<QString, QString>& env) {
        return runCli(inStore(store, QStringList{QStringLiteral("complaint")} + args), env,
                      &december);
    };
    // Refusals: the clerk complained about, a move the state machine forbids, a missing option.
    CHECK(move({QStringLiteral("start"), number}, test::asUser(QStringLiteral("xiaoli"))).code ==
          1);
    test::CliRun early = move({QStringLiteral("close"), number}, asZhang);
    CHECK(early.code == 1);
    CHECK(early.err.startsWith(QStringLiteral("Cannot close")));
    CHECK(move({QStringLiteral("resolve"), number}, asZhang).code == 2);
    CHECK(move({QStringLiteral("resolve"), number, QStringLiteral("--resolution"),
                QStringLiteral("x"), QStringLiteral("--satisfaction"), QStringLiteral("9")},
               asZhang)
              .code == 1);

    CHECK(move({QStringLiteral("start"), number}, asZhang).code == 0);
    // Seed 000: the supervisor keeps the boots for the technical department.
    CHECK(move({QStringLiteral("custody"), number}, asZhang).code == 1);
    CHECK(move({QStringLiteral("custody"), number, QStringLiteral("--returned")}, asZhang).code ==
          1);
    test::CliRun kept =
        move({QStringLiteral("custody"), number, QStringLiteral("--item"),
              QStringLiteral("女靴一双"), QStringLiteral("--condition"), QStringLiteral("鞋跟发黑"),
              QStringLiteral("--sent-to"), QStringLiteral("技术部"), QStringLiteral("--json")},
             asZhang);
    REQUIRE(kept.code == 0);
    const QJsonArray custody = kept.json().object().value(QStringLiteral("custody")).toArray();
    REQUIRE(custody.size() == 1);
    CHECK(custody.first().toObject().value(QStringLiteral("sent_to")).toString() ==
          QStringLiteral("技术部"));
    CHECK(custody.first().toObject().value(QStringLiteral("returned_at")).isNull());
    CHECK(move({QStringLiteral("custody"), number, QStringLiteral("--returned")}, asZhang).code ==
          0);
    CHECK(move({QStringLiteral("note"), number, QStringLiteral("--text"),
                QStringLiteral("靴子送技术部检测")},
               asZhang)
              .code == 0);
    CHECK(move({QStringLiteral("resolve"), number, QStringLiteral("--resolution"),
                QStringLiteral("免费更换"), QStringLiteral("--satisfaction"), QStringLiteral("5")},
               asZhang)
              .code == 0);
    // Closing waits for the follow-up callback the next day. It is the file's owner's (the
    // manager created the file); zhang, a supervisor, may make it.
    test::CliRun waiting = move({QStringLiteral("close"), number}, asZhang);
    CHECK(waiting.code == 1);
    CHECK(waiting.err.contains(QStringLiteral("follow-up")));
    const ManualClock nextDay(QDateTime(QDate(2026, 12, 3), QTime(10, 30), Qt::UTC));
    test::CliRun due =
        runCli(inStore(store, {QStringLiteral("callback"), QStringLiteral("list"),
                               QStringLiteral("--due-by"), QStringLiteral("2026-12-03"),
                               QStringLiteral("--json")}),
               asZhang, &nextDay);
    REQUIRE(due.code == 0);
    const QJsonArray calls = due.json().array();
    REQUIRE(calls.size() == 1);
    const QJsonObject followup = calls.first().toObject();
    CHECK(followup.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("complaint_followup"));
    CHECK(followup.value(QStringLiteral("assignee")).toString() == test::adminName);
    CHECK(followup.value(QStringLiteral("due")).toString() ==
          toIsoLocal(QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::LocalTime)));
    const QString callId = QString::number(followup.value(QStringLiteral("id")).toInteger());
    REQUIRE(runCli(inStore(store, {QStringLiteral("callback"), QStringLiteral("done"), callId,
                                   QStringLiteral("--outcome"), QStringLiteral("新靴合脚，满意"),
                                   QStringLiteral("--satisfaction"), QStringLiteral("5")}),
                   asZhang, &nextDay)
                .code == 0);
    CHECK(runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("close"), number}),
                 asZhang, &nextDay)
              .code == 0);

    test::CliRun shown = move({QStringLiteral("show"), number, QStringLiteral("--json")}, asZhang);
    REQUIRE(shown.code == 0);
    const QJsonArray timeline = shown.json().object().value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() == 8);
    CHECK(timeline.last().toObject().value(QStringLiteral("to")).toString() ==
          QStringLiteral("closed"));
    CHECK(timeline.last().toObject().value(QStringLiteral("actor")).toString() ==
          QStringLiteral("zhang"));
    CHECK(move({QStringLiteral("show"), QStringLiteral("TS-20990101-0001")}, asZhang).code == 1);
}

TEST_CASE("complaint list shows overdue major cases as of a given time")
{
    test::TestStore store;
    store.close();
    REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("刘女士"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")}),
                   test::asBoss())
                .code == 0);
    const ManualClock now(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    test::CliRun added = runCli(
        inStore(store,
                {QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--category"), QStringLiteral("quality"),
                 QStringLiteral("--channel"), QStringLiteral("phone"),
                 QStringLiteral("--description"), QStringLiteral("电暖器冒烟"),
                 QStringLiteral("--flag"), QStringLiteral("safety"), QStringLiteral("--json")}),
        test::asBoss(), &now);
    REQUIRE(added.code == 0);
    CHECK(added.json().object().value(QStringLiteral("severity")).toString() ==
          QStringLiteral("major"));
    const auto list = [&](const QString& asOf) {
        return runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("list"),
                                      QStringLiteral("--overdue"), QStringLiteral("--as-of"), asOf,
                                      QStringLiteral("--json")}),
                      test::asBoss(), &now);
    };
    CHECK(list(QStringLiteral("2026-12-03T11:00:00Z")).json().array().isEmpty());
    CHECK(list(QStringLiteral("2026-12-03T12:01:00Z")).json().array().size() == 1);
    CHECK(runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("list"),
                                 QStringLiteral("--status"), QStringLiteral("open")}),
                 test::asBoss())
              .code == 2);
    CHECK(runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("add"),
                                 QStringLiteral("--customer"), QStringLiteral("1"),
                                 QStringLiteral("--category"), QStringLiteral("rude"),
                                 QStringLiteral("--channel"), QStringLiteral("phone"),
                                 QStringLiteral("--description"), QStringLiteral("x")}),
                 test::asBoss())
              .code == 2);
}

using test::runTool;

TEST_CASE("complaint receipt writes the customer's slip as a PDF whose QR code is the number")
{
    test::TestStore store;
    REQUIRE(StoreService(store.db(), store.clock())
                .updateStore(store.admin().actor(), QStringLiteral("万达广场店"),
                             QStringLiteral("400-820-8820"))
                .ok());
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    store.close();
    const ManualClock december(QDateTime(QDate(2026, 12, 2), QTime(10, 5), Qt::UTC));
    const auto asZhang = test::asUser(QStringLiteral("zhang"));
    const auto cli = [&](const QStringList& args, const QMap<QString, QString>& env) {
        return runCli(inStore(store, args), env, &december);
    };
    REQUIRE(
        cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("刘女士"), QStringLiteral("--phone"), QStringLiteral("13800138000")},
            asZhang)
            .code == 0);
    test::CliRun added =
        cli({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--customer"),
             QStringLiteral("1"), QStringLiteral("--category"), QStringLiteral("attitude"),
             QStringLiteral("--channel"), QStringLiteral("walk_in"),
             QStringLiteral("--description"), QStringLiteral("鞋跟发黑，店员说是牛仔裤染的"),
             QStringLiteral("--product"), QStringLiteral("女靴"), QStringLiteral("--about-staff"),
             QStringLiteral("xiaoli"), QStringLiteral("--json")},
            asZhang);
    REQUIRE(added.code == 0);
    const QString number = added.json().object().value(QStringLiteral("number")).toString();
    REQUIRE(cli({QStringLiteral("complaint"), QStringLiteral("custody"), number,
                 QStringLiteral("--item"), QStringLiteral("女靴一双"), QStringLiteral("--sent-to"),
                 QStringLiteral("技术部")},
                asZhang)
                .code == 0);

    QTemporaryDir dir;
    for (const QString& size : {QStringLiteral("a5"), QStringLiteral("80mm")}) {
        const QString pdf = dir.filePath(size + QStringLiteral(".pdf"));
        test::CliRun printed = cli({QStringLiteral("complaint"), QStringLiteral("receipt"), number,
                                    QStringLiteral("--pdf"), pdf, QStringLiteral("--size"), size},
                                   asZhang);
        INFO(printed.err.toStdString());
        REQUIRE(printed.code == 0);
        CHECK(printed.err.isEmpty());
        const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                 .remove(QLatin1Char('\n'));
        for (const QString& expected :
             {number, QStringLiteral("400-820-8820"), QStringLiteral("刘女士"),
              QStringLiteral("女靴一双"), QStringLiteral("2026-12-03 10:05")}) {
            INFO(expected.toStdString());
            CHECK(text.contains(expected));
        }
        const QString page = dir.filePath(size);
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"),
                 QStringLiteral("-singlefile"), pdf, page});
        const QString scanned =
            runTool(QStringLiteral("zbarimg"),
                    {QStringLiteral("-q"), QStringLiteral("--raw"), page + QStringLiteral(".png")});
        CHECK(scanned.trimmed() == number);
    }
    // The roll slip is 80 mm wide and as long as its content; the sheet is A5.
    const auto pageWidthMm = [&](const QString& file) {
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size: +([0-9.]+) x ([0-9.]+)"))
                .match(runTool(QStringLiteral("pdfinfo"), {dir.filePath(file)}));
        REQUIRE(size.hasMatch());
        return QSizeF(size.captured(1).toDouble() * 25.4 / 72,
                      size.captured(2).toDouble() * 25.4 / 72);
    };
    const QSizeF roll = pageWidthMm(QStringLiteral("80mm.pdf"));
    CHECK(roll.width() == Approx(80).margin(0.5));
    CHECK(roll.height() > 80);
    CHECK(roll.height() < 200);
    const QSizeF sheet = pageWidthMm(QStringLiteral("a5.pdf"));
    CHECK(sheet.width() == Approx(148).margin(0.5));
    CHECK(sheet.height() == Approx(210).margin(0.5));

    // Refusals write nothing.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    CHECK(cli({QStringLiteral("complaint"), QStringLiteral("receipt"), number}, asZhang).code == 2);
    CHECK(cli({QStringLiteral("complaint"), QStringLiteral("receipt"), number,
               QStringLiteral("--pdf"), none, QStringLiteral("--size"), QStringLiteral("a4")},
              asZhang)
              .code == 2);
    test::CliRun unknown = cli({QStringLiteral("complaint"), QStringLiteral("receipt"),
                                QStringLiteral("TS-20990101-0001"), QStringLiteral("--pdf"), none},
                               asZhang);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("TS-20990101-0001")));
    test::CliRun unwritable =
        cli({QStringLiteral("complaint"), QStringLiteral("receipt"), number,
             QStringLiteral("--pdf"), dir.filePath(QStringLiteral("missing/x.pdf"))},
            asZhang);
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.startsWith(QStringLiteral("PDF:")));
    CHECK(!QFile::exists(none));
}

TEST_CASE("complaint raise makes a case major for supervisors only, with a reason")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    store.close();
    REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("刘女士"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")}),
                   test::asBoss())
                .code == 0);
    test::CliRun added =
        runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("add"),
                               QStringLiteral("--customer"), QStringLiteral("1"),
                               QStringLiteral("--category"), QStringLiteral("quality"),
                               QStringLiteral("--channel"), QStringLiteral("phone"),
                               QStringLiteral("--description"), QStringLiteral("拉链坏了"),
                               QStringLiteral("--json")}),
               test::asUser(QStringLiteral("xiaoli")));
    REQUIRE(added.code == 0);
    const QString number = added.json().object().value(QStringLiteral("number")).toString();
    const QStringList raise{QStringLiteral("complaint"),
                            QStringLiteral("raise"),
                            number,
                            QStringLiteral("--reason"),
                            QStringLiteral("顾客说要投诉到消协"),
                            QStringLiteral("--json")};
    test::CliRun byClerk = runCli(inStore(store, raise), test::asUser(QStringLiteral("xiaoli")));
    CHECK(byClerk.code == 1);
    CHECK(byClerk.err.contains(QStringLiteral("clerk")));
    CHECK(runCli(inStore(store, raise.mid(0, 3)), test::asUser(QStringLiteral("zhang"))).code == 2);
    test::CliRun raised = runCli(inStore(store, raise), test::asUser(QStringLiteral("zhang")));
    REQUIRE(raised.code == 0);
    CHECK(raised.json().object().value(QStringLiteral("severity")).toString() ==
          QStringLiteral("major"));
}

TEST_CASE("A saved slip's text is the text shown: 门店 is found in it, not the radical ⻔")
{
    // Noto CJK draws 门 and the radical ⻔ (U+2ED4) with one glyph, 黑 and ⿊ (U+2FCA), 胶
    // and the rare 㬵 (U+3B35); the PDF must name each by the character written.
    test::TestStore store;
    REQUIRE(StoreService(store.db(), store.clock())
                .updateStore(store.admin().actor(), QStringLiteral("测试门店"),
                             QStringLiteral("400-820-8820"))
                .ok());
    store.close();
    const QString words = QStringLiteral("颜色一块发黑，金牛牌女式胶底靴，门店说不退");
    const auto cli = [&](const QStringList& args) {
        return runCli(inStore(store, args), test::asBoss());
    };
    REQUIRE(
        cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("金女士"), QStringLiteral("--phone"), QStringLiteral("13800138000")})
            .code == 0);
    test::CliRun added =
        cli({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--customer"),
             QStringLiteral("1"), QStringLiteral("--category"), QStringLiteral("quality"),
             QStringLiteral("--channel"), QStringLiteral("walk_in"),
             QStringLiteral("--description"), words, QStringLiteral("--product"),
             QStringLiteral("黑色牛皮女靴"), QStringLiteral("--json")});
    REQUIRE(added.code == 0);
    const QString number = added.json().object().value(QStringLiteral("number")).toString();

    QTemporaryDir dir;
    for (const QString& size : {QStringLiteral("a5"), QStringLiteral("80mm")}) {
        const QString pdf = dir.filePath(size + QStringLiteral(".pdf"));
        REQUIRE(cli({QStringLiteral("complaint"), QStringLiteral("receipt"), number,
                     QStringLiteral("--pdf"), pdf, QStringLiteral("--size"), size})
                    .code == 0);
        const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                 .remove(QLatin1Char('\n'));
        INFO(text.toStdString());
        for (const QString& expected : {QStringLiteral("测试门店"), QStringLiteral("金女士"),
                                        QStringLiteral("黑色牛皮女靴"), words}) {
            INFO(expected.toStdString());
            CHECK(text.contains(expected));
        }
        // No radical, and no rare form of a common character, anywhere in the text.
        for (const QChar ch : text) {
            INFO(QString::number(ch.unicode(), 16).toStdString());
            CHECK_FALSE((ch.unicode() >= 0x2E80 && ch.unicode() <= 0x2FDF));
            CHECK_FALSE((ch.unicode() >= 0x3400 && ch.unicode() <= 0x4DBF));
        }
        // The file is still a sound PDF: its cross-references lead where they did.
        CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Pages:")));
    }
}
