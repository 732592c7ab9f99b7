#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cc {

/// What kind of line a number is, as libphonenumber classifies it.
enum class PhoneKind { Mobile, FixedLine, Other };

struct NormalizedPhone {
    QString e164; ///< "+8613800138000", "+8675588886666"
    PhoneKind kind = PhoneKind::Other;
};

/// Phone numbers as typed at the counter ("138-0013-8000", "(0755) 8888-6666",
/// "+86 138 0013 8000"), normalised with libphonenumber, default region CN.
class PhoneNumbers {
    Q_DECLARE_TR_FUNCTIONS(cc::PhoneNumbers)

public:
    /// Refuses text that is not a valid number, with a message naming `fieldName`.
    static Result<NormalizedPhone> normalize(const QString& input, const QString& fieldName);
    /// The digits of a query, any formatting dropped ("138 0013" → "1380013").
    static QString digitsOnly(const QString& text);
    /// For people: "+86 138 0013 8000".
    static QString display(const QString& e164);
};

} // namespace cc
