#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

/// argon2id password hashes through libsodium (`crypto_pwhash_str`, INTERACTIVE limits).
class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(cc::PasswordHasher)

public:
    static constexpr int minLength = 10;
    static constexpr int maxLength = 256;

    /// Refuses passwords shorter than minLength characters or longer than maxLength.
    static Status checkPolicy(const QString& password);
    /// A self-describing "$argon2id$v=19$..." string. Fails only when out of memory.
    static Result<QString> hash(const QString& password);
    /// True when `password` matches `storedHash`; false for any malformed hash.
    static bool verify(const QString& storedHash, const QString& password);
    /// Spends the same time as a verify, so unknown user names are not faster to refuse.
    static void verifyDummy(const QString& password);
};

} // namespace cc
