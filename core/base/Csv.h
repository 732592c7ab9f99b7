#pragma once

#include <QString>
#include <QStringList>

namespace cc {

/// RFC 4180 CSV output: fields quoted when they hold a comma, quote or line break.
class Csv {
public:
    static QString field(const QString& value);
    /// A field as read back: the apostrophe field() put before a leading =, +, - or @ is
    /// taken off again ("'+8613800138000" is the phone +8613800138000).
    static QString unprotect(const QString& value);
    /// One line, ending in CRLF as Excel expects.
    static QString row(const QStringList& fields);
    /// The UTF-8 byte order mark that makes Excel in China read UTF-8 correctly.
    static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace cc
