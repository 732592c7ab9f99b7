#include <base/ChineseText.h>
#include <base/SearchKeys.h>

#include <catch2/catch.hpp>

using cc::ChineseText;
using cc::SearchKeys;

TEST_CASE("Search keys meet across scripts: a Traditional name finds the Simplified one")
{
    CHECK(ChineseText::toSimplified(QStringLiteral("張偉")) == QStringLiteral("张伟"));
    CHECK(ChineseText::searchKey(QStringLiteral("  陳  美玲 ")) == QStringLiteral("陈 美玲"));
    CHECK(ChineseText::searchKey(QStringLiteral("Wang LEI")) == QStringLiteral("wang lei"));
}

TEST_CASE("Text already in Simplified characters comes back as it was")
{
    const QString address = QStringLiteral("广东省深圳市南山区科技园路88号");
    CHECK(ChineseText::toSimplified(address) == address);
    CHECK(ChineseText::toSimplified(QStringLiteral("沈伟")) == QStringLiteral("沈伟"));
    CHECK(ChineseText::toSimplified(QString()).isEmpty());
}

TEST_CASE("A character that changes only inside a phrase is still converted there")
{
    // 沈 alone is a surname and stays; in 沈船 (a sunken ship) it is 沉. 覆 alone stays;
    // 回覆 is 回复. The skip for unchangeable text must not miss these phrases.
    CHECK(ChineseText::toSimplified(QStringLiteral("沈船")) == QStringLiteral("沉船"));
    CHECK(ChineseText::toSimplified(QStringLiteral("已回覆客户")) == QStringLiteral("已回复客户"));
}

TEST_CASE("Characters outside the Basic Multilingual Plane survive a search key")
{
    const QString rare = QString::fromUcs4(U"𠮷野家");
    CHECK(ChineseText::searchKey(rare) == rare);
    CHECK(ChineseText::characters(rare) == 3);
}

TEST_CASE("A name's pieces are indexed as the words a one- or two-character search looks for")
{
    for (const QString& name :
         {QStringLiteral("王伟芳"), QStringLiteral("王 伟"), QStringLiteral("john smith"),
          QStringLiteral("阿卜杜拉·买买提"), QStringLiteral("𠮷野家"), QStringLiteral("王王王"),
          QStringLiteral("o'brien-li")}) {
        INFO(name.toStdString());
        QStringList expected;
        for (const QString& piece : SearchKeys::nameGrams(name))
            expected << SearchKeys::pieceWord(piece);
        QStringList words = SearchKeys::namePieces(name).split(QLatin1Char(' '));
        words.sort();
        expected.sort();
        CHECK(words == expected);
        CHECK(words.removeDuplicates() == 0);
    }
    // Each word is hex digits only: no character of a name can split or join words.
    CHECK(SearchKeys::pieceWord(QStringLiteral("王")) == QStringLiteral("e78e8b"));
    CHECK(SearchKeys::namePieces(QStringLiteral("o'b")) == QStringLiteral("6f 6f27 27 2762 62"));
}
