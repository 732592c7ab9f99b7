#include "CsvReader.h"

#include <QStringDecoder>

namespace cc {

CsvEncoding CsvReader::detect(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8;
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString decoded = utf8.decode(bytes); // decode() is lazy: convert to run it
    return utf8.hasError() ? CsvEncoding::Gb18030 : CsvEncoding::Utf8;
}

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& bytes, CsvEncoding encoding)
{
    if (encoding == CsvEncoding::Auto)
        encoding = detect(bytes);
    QByteArray body = bytes;
    if (encoding == CsvEncoding::Utf8 && body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder decoder = encoding == CsvEncoding::Utf8 ? QStringDecoder(QStringConverter::Utf8)
                                                           : QStringDecoder("GB18030");
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return makeError(ErrorCode::Validation,
                         encoding == CsvEncoding::Utf8
                             ? tr("File: the text is not valid UTF-8; try --encoding gb18030.")
                             : tr("File: the text is not valid GB18030; try --encoding utf-8."));

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.first().trimmed().isEmpty()))
            records.append(record);
        record = CsvRecord{};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (ch == QLatin1Char('\r') && i + 1 < text.size() &&
                       text.at(i + 1) == QLatin1Char('\n')) {
                continue; // a CRLF inside quotes is one line break
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (ch == QLatin1Char(',')) {
            endField();
        } else if (ch == QLatin1Char('\r')) {
            continue;
        } else if (ch == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else {
            field.append(ch);
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::Validation,
                         tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace cc
