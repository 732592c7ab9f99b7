#include "PhoneNumbers.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <optional>

namespace cc {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil& util()
{
    static PhoneNumberUtil* instance = [] {
        PhoneNumberUtil* created = PhoneNumberUtil::GetInstance();
        // Parsing failures are reported to the user as values; the library stays quiet.
        created->SetLogger(new i18n::phonenumbers::NullLogger());
        return created;
    }();
    return *instance;
}

// Eleven plain digits "13…" to "19…": how a till exports a mainland mobile. The library's
// parser would read it as exactly this number (no international, national or carrier
// prefix to take off), so it is made directly: parsing was half the cost of a phone in an
// import. Numbers beginning 11, 12 or 179 can carry a carrier-selection prefix, and every
// other form (spaces, dashes, +86, a leading 0, a landline) goes through the parser.
bool isPlainMainlandMobile(const QString& text)
{
    if (text.size() != 11 || text.at(0) != u'1' || text.at(1) < u'3' || text.at(1) > u'9' ||
        text.startsWith(QLatin1String("179")))
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
}

bool parse(const QString& text, PhoneNumber* number)
{
    if (isPlainMainlandMobile(text)) {
        number->set_country_code(86);
        number->set_national_number(text.toULongLong());
        return true;
    }
    return util().Parse(text.toStdString(), "CN", number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

// What a phone number is written with: digits (also full-width), one leading plus, and the
// spaces, dashes, dots and brackets that group them. The library's parser takes the first
// number out of any text ("13800138000a", "13800138004;13800138005"): what it would drop
// must not be dropped silently.
std::optional<QChar> firstForeignCharacter(const QString& text)
{
    static const QString grouping = QStringLiteral(" \u3000-\u2010\u2011\u2012\u2013\u2014"
                                                   "\u2212\uff0d.()\uff08\uff09");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const bool digit = (ch >= u'0' && ch <= u'9') || (ch >= u'\uff10' && ch <= u'\uff19');
        const bool plus = (ch == u'+' || ch == u'\uff0b') && i == 0;
        if (!digit && !plus && !grouping.contains(ch))
            return ch;
    }
    return std::nullopt;
}

} // namespace

Result<NormalizedPhone> PhoneNumbers::normalize(const QString& input, const QString& fieldName)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Validation, tr("%1: enter a phone number.").arg(fieldName));
    if (const std::optional<QChar> foreign = firstForeignCharacter(trimmed)) {
        const bool list = QStringLiteral(";,/\u3001\uff0c\uff1b|").contains(*foreign);
        return makeError(ErrorCode::Validation,
                         list ? tr("%1: \"%2\" holds more than one number; enter each number "
                                   "on its own.")
                                    .arg(fieldName, trimmed)
                              : tr("%1: \"%2\" is not a phone number: \"%3\" is not a digit.")
                                    .arg(fieldName, trimmed, QString(*foreign)));
    }
    PhoneNumber number;
    // A number is valid exactly when the library can tell its type: IsValidNumber runs
    // the same pattern match as GetNumberType, so one call answers both (half the cost of
    // a phone in a 100,000-row import).
    const PhoneNumberUtil::PhoneNumberType type =
        parse(trimmed, &number) ? util().GetNumberType(number) : PhoneNumberUtil::UNKNOWN;
    if (type == PhoneNumberUtil::UNKNOWN)
        return makeError(ErrorCode::Validation,
                         tr("%1: \"%2\" is not a valid phone number; a mobile has 11 digits, a "
                            "landline needs its area code, e.g. 0755 8888 6666.")
                             .arg(fieldName, trimmed));
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    NormalizedPhone phone;
    phone.e164 = QString::fromStdString(formatted);
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        phone.kind = PhoneKind::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        phone.kind = PhoneKind::FixedLine;
        break;
    default:
        phone.kind = PhoneKind::Other;
        break;
    }
    return phone;
}

QString PhoneNumbers::digitsOnly(const QString& text)
{
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits.append(QChar(u'0' + ch.digitValue()));
    }
    return digits;
}

QString PhoneNumbers::display(const QString& e164)
{
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace cc
