#include "PhoneNumbers.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumberutil.h>

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

} // namespace

Result<NormalizedPhone> PhoneNumbers::normalize(const QString& input, const QString& fieldName)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Validation, tr("%1: enter a phone number.").arg(fieldName));
    PhoneNumber number;
    // A number is valid exactly when the library can tell its type: IsValidNumber runs
    // the same pattern match as GetNumberType, so one call answers both (half the cost of
    // a phone in a 100,000-row import).
    const PhoneNumberUtil::PhoneNumberType type =
        util().Parse(trimmed.toStdString(), "CN", &number) == PhoneNumberUtil::NO_PARSING_ERROR
            ? util().GetNumberType(number)
            : PhoneNumberUtil::UNKNOWN;
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
