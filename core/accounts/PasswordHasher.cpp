#include "PasswordHasher.h"

#include <sodium.h>

namespace cc {

namespace {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Status PasswordHasher::checkPolicy(const QString& password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < minLength)
        return makeError(ErrorCode::Validation,
                         tr("Password: use at least %1 characters.").arg(minLength));
    if (length > maxLength)
        return makeError(ErrorCode::Validation,
                         tr("Password: use at most %1 characters.").arg(maxLength));
    return {};
}

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(ErrorCode::Internal, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.cbegin(), stored.cend(), buffer);
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(buffer, utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString& password)
{
    static const QString dummy = hash(QStringLiteral("not-a-real-password")).value();
    (void)verify(dummy, password);
}

} // namespace cc
