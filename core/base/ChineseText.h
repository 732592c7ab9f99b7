#pragma once

#include <QList>
#include <QString>

namespace cc {

/// Simplified and Traditional characters meet in one search key: 張偉 and 张伟 both
/// become 张伟 (OpenCC t2s), then case-folded, so either script finds the other.
class ChineseText {
public:
    static QString toSimplified(const QString& text);
    /// Simplified, lower-case, whitespace folded: what names are stored and searched as.
    static QString searchKey(const QString& text);
    /// Characters as a reader counts them (code points, not UTF-16 units).
    static qsizetype characters(const QString& text) { return text.toUcs4().size(); }
};

} // namespace cc
