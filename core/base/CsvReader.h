#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cc {

/// One CSV record and the line of the file it starts on (1 = the header line).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// Text encodings a CSV file from the till or from Excel arrives in.
enum class CsvEncoding { Auto, Utf8, Gb18030 };

/// Reads CSV as Excel writes it: quoted fields, doubled quotes, commas and line breaks
/// inside quotes, CRLF or LF, UTF-8 with or without BOM, or GB18030 (Excel in China).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(cc::CsvReader)

public:
    /// Decodes the bytes (Auto: a BOM or valid UTF-8 means UTF-8, else GB18030) and splits
    /// them into records. Fails on undecodable text or an unterminated quote, naming the line.
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes, CsvEncoding encoding);
    /// The encoding Auto picks for these bytes.
    static CsvEncoding detect(const QByteArray& bytes);
};

} // namespace cc
