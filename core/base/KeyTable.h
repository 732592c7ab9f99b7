#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cc {

/// One row of an enum's table: the value, its stored and CLI key, and its name for people
/// (a QT_TRANSLATE_NOOP source text, translated in the table's context).
template <typename E>
struct KeyName {
    E value;
    const char* key;
    const char* name;
};

template <typename E>
QString keyIn(const QList<KeyName<E>>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E>
std::optional<E> valueIn(const QList<KeyName<E>>& table, const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QString nameIn(const QList<KeyName<E>>& table, E value, const char* context)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QCoreApplication::translate(context, entry.name);
    }
    return {};
}

} // namespace cc
