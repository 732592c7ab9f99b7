#pragma once

#include <QString>
#include <QTime>

#include <optional>

namespace cc {

/// When a customer takes calls, from their file: "18:00-21:00". Empty means any time.
struct ContactHours {
    QTime from;
    QTime until;
    /// "9:00-18:00", "09:00–18:00", "09:00~18:00"; the start before the end.
    static std::optional<ContactHours> parse(const QString& text);
    QString toString() const;
    bool contains(const QTime& time) const { return time >= from && time <= until; }
};

} // namespace cc
