#pragma once

#include <QString>

namespace cc {

/// How protected a customer's file is (seed 003 篇一: protected files need permission and
/// a purpose to open).
enum class Confidentiality { Normal, Confidential, Secret };

/// Whose file a row (a case, a call, a request) is on, as far as who may see it goes: read
/// with the row, so that a list shows a protected file's name and phone only to a role that
/// may open the file, as the customer search does.
struct FileGuard {
    Confidentiality confidentiality = Confidentiality::Normal;
    qint64 ownerId = 0; ///< the file's owner sees a confidential file too

    /// From the stored key of `customers.confidentiality` and `customers.owner_id`.
    static FileGuard fromStored(const QString& key, qint64 ownerId)
    {
        const Confidentiality level = key == QLatin1String("secret") ? Confidentiality::Secret
                                      : key == QLatin1String("confidential")
                                          ? Confidentiality::Confidential
                                          : Confidentiality::Normal;
        return {level, ownerId};
    }
};

} // namespace cc
