#include <base/Money.h>

#include <catch2/catch.hpp>

using cc::Money;

namespace {

qint64 fenOf(const char* text)
{
    const cc::Result<qint64> parsed =
        Money::parseYuan(QString::fromUtf8(text), QStringLiteral("Price"));
    INFO(text);
    REQUIRE(parsed.ok());
    return parsed.value();
}

QString refusalOf(const char* text)
{
    const cc::Result<qint64> parsed =
        Money::parseYuan(QString::fromUtf8(text), QStringLiteral("Price"));
    INFO(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == cc::ErrorCode::Validation);
    // Every refusal names the field it is about.
    CHECK(parsed.error().message.startsWith(QStringLiteral("Price")));
    return parsed.error().message;
}

} // namespace

TEST_CASE("Amounts typed in yuan become integer fen")
{
    CHECK(fenOf("1498") == 149800);
    CHECK(fenOf("1498.00") == 149800);
    CHECK(fenOf("12.5") == 1250);
    CHECK(fenOf("12.05") == 1205);
    CHECK(fenOf("0.01") == 1);
    CHECK(fenOf("0") == 0);
    CHECK(fenOf(" 7 ") == 700);
    CHECK(fenOf("007.10") == 710);
    CHECK(fenOf("100000000") == Money::maxFen);
}

TEST_CASE("Malformed amounts are refused with a message naming the field")
{
    CHECK(refusalOf("").contains(QStringLiteral("enter an amount")));
    CHECK(refusalOf("   ").contains(QStringLiteral("enter an amount")));
    CHECK(refusalOf("-5").contains(QStringLiteral("negative")));
    CHECK(refusalOf("-0.01").contains(QStringLiteral("negative")));
    CHECK(refusalOf("12.345").contains(QStringLiteral("two decimals")));
    CHECK(refusalOf("1.999").contains(QStringLiteral("two decimals")));
    refusalOf("abc");
    refusalOf("12a");
    refusalOf("1,498");
    refusalOf("1 498");
    refusalOf("+5");
    refusalOf("1e3");
    refusalOf(".5");
    refusalOf("¥12");
    refusalOf("１２"); // full-width digits are not silently reinterpreted
    CHECK(refusalOf("100000000.01").contains(QStringLiteral("too large")));
    CHECK(refusalOf("99999999999999999999999").contains(QStringLiteral("too large")));
}

TEST_CASE("Fen print with two decimals for the CLI and with ¥ and grouping for people")
{
    CHECK(Money::formatFen(149800) == QStringLiteral("1498.00"));
    CHECK(Money::formatFen(1250) == QStringLiteral("12.50"));
    CHECK(Money::formatFen(1) == QStringLiteral("0.01"));
    CHECK(Money::formatFen(0) == QStringLiteral("0.00"));
    CHECK(Money::formatFen(-1205) == QStringLiteral("-12.05"));
    CHECK(Money::displayFen(149800) == QStringLiteral("¥1,498.00"));
    CHECK(Money::displayFen(123456789) == QStringLiteral("¥1,234,567.89"));
    CHECK(Money::displayFen(99) == QStringLiteral("¥0.99"));
    // Parsing what was printed gives the same fen back.
    for (qint64 fen : {0LL, 1LL, 99LL, 100LL, 149800LL, 123456789LL})
        CHECK(Money::parseYuan(Money::formatFen(fen), QStringLiteral("x")).value() == fen);
}
