#pragma once

#include <QDateTime>

namespace cc {

/// The source of "now". Rules and services take a Clock so tests can set the time.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current instant in UTC.
    virtual QDateTime nowUtc() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until told otherwise: for tests and for `--as-of`.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime nowUtc)
        : m_now(nowUtc.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

/// Stored form of an instant: UTC, ISO 8601 with milliseconds, sorts as text.
QString toStoredTime(const QDateTime& instant);
/// The same text for milliseconds since the epoch, without a QDateTime: for writers of
/// millions of rows (the demo generator).
QString toStoredTime(qint64 msecsSinceEpoch);
/// Reads a stored instant back; invalid QDateTime when the text is not one.
QDateTime fromStoredTime(const QString& text);

} // namespace cc

namespace cc {

/// ISO 8601 in local time with its offset ("2026-11-23T14:05:00+08:00"): for CLI output.
QString toIsoLocal(const QDateTime& instant);
/// Parses the CLI's date-times: ISO 8601, local time unless an offset or Z is given.
QDateTime parseIsoDateTime(const QString& text);
/// Parses YYYY-MM-DD strictly; invalid QDate otherwise.
QDate parseIsoDate(const QString& text);

} // namespace cc
