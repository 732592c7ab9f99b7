#pragma once
// The demo generator's workings, shared by DemoData.cpp, DemoCustomers.cpp and
// DemoComplaints.cpp only: not part of core's interface.

#include "DemoData.h"
#include "DemoVocabulary.h"
#include "DemoWriter.h"
#include "accounts/Roles.h"
#include "compensation/Compensation.h"
#include "complaints/ComplaintRules.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <limits>
#include <vector>

namespace cc::demo {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr int spanDays = 3 * 365;         // complaints and the schedule
constexpr int customerSpanDays = 5 * 365; // files opened over five years

// splitmix64: fast, and the same seed gives the same store on every machine.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(double p) { return unit() < p; }
    /// Index into a list whose first entries are the most common.
    qint64 skewed(qint64 n) { return std::min(n - 1, qint64(std::pow(unit(), 2.2) * double(n))); }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(list.size()));
    }
    /// An index by weights that add up to anything.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state;
};

struct StaffMember {
    qint64 id;
    QString username;
    Role role;
};

// Kept for every purchase until the complaints are written: small, there are millions.
struct PurchaseSeed {
    qint64 at;       // ms, when it was bought
    qint64 priceFen; // of the first line
    qint32 customer; // index
    qint32 product;  // of the first line
    qint64 id = 0;
    qint32 sequence = 0; // on the receipt, within its day
};

struct CustomerSeed {
    qint64 ownerId;
    bool contactOk;
    bool calls;
};

class Generator {
    Q_DECLARE_TR_FUNCTIONS(cc::DemoData)

public:
    Generator(sqlite3* db, const DemoOptions& options, const QDateTime& now,
              const QList<StaffMember>& staff, const StaffMember& manager,
              const ServicePromise& promise, qint64 majorAmountFen, const AuthorityTable& authority,
              const Progress& progress)
        : m_db(db)
        , m_options(options)
        , m_random(options.seed)
        , m_words(DemoVocabulary::get())
        , m_nowMs(now.toMSecsSinceEpoch())
        , m_startMs(m_nowMs - qint64(spanDays) * dayMs)
        , m_staff(staff)
        , m_manager(manager)
        , m_promise(promise)
        , m_majorAmountFen(majorAmountFen)
        , m_authority(authority)
        , m_progress(progress)
        , m_writer(db)
    {
        for (const StaffMember& member : m_staff)
            (member.role == Role::Clerk ? m_clerks : m_supervisors).append(member);
    }

    Status run(DemoReport& report)
    {
        m_firstCustomerId = maxId("customers") + 1;
        m_firstComplaintId = maxId("complaints") + 1;
        m_nextCallbackId = maxId("callbacks") + 1;
        m_firstPurchaseId = maxId("purchases") + 1;
        // From here on only the writer thread uses the connection.
        for (auto phase : {&Generator::customers, &Generator::purchases, &Generator::complaints,
                           &Generator::purchaseCallbacks, &Generator::visits}) {
            if (Status done = (this->*phase)(report); !done) {
                m_writer.abandon(); // the connection is the caller's again, to roll back
                return done;
            }
        }
        return writeFailure(m_writer.finish());
    }

private:
    qint64 maxId(const char* table)
    {
        const QByteArray sql = QByteArray("SELECT coalesce(max(id), 0) FROM ") + table;
        sqlite3_stmt* statement = nullptr;
        qint64 id = 0;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            id = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return id;
    }

    // The writer's first failure ("" for none) as the fill reports it.
    static Status writeFailure(const QString& failed)
    {
        if (failed.isEmpty())
            return {};
        return makeError(ErrorCode::Internal, tr("Demo data could not be written: %1").arg(failed));
    }

    // Stops on the first SQLite error, or when the caller cancels.
    Status checkpoint(int percent)
    {
        if (Status written = writeFailure(m_writer.error()); !written)
            return written;
        if (m_progress && !m_progress(percent))
            return makeError(ErrorCode::Conflict, tr("Demo data: cancelled; nothing was kept."));
        return {};
    }

    // Local time-of-day hours at the counter (9:00 to 21:00) on a day, in UTC ms.
    qint64 openingTime(qint64 dayIndex)
    {
        const qint64 midnightUtc = m_startMs - m_startMs % dayMs + dayIndex * dayMs;
        const qint64 offset = qint64(m_zone.offsetFromUtc(
                                  QDateTime::fromMSecsSinceEpoch(midnightUtc, QTimeZone::utc()))) *
                              1000;
        return midnightUtc - offset + 9 * hourMs + m_random.below(12 * hourMs);
    }

    // The store's local date of an instant. Called several times for each of millions of
    // rows, mostly in time order: the zone's offset is looked up once per hour of UTC.
    QString localDay(qint64 ms, const char* format)
    {
        const qint64 hour = ms >= 0 ? ms / hourMs : (ms - hourMs + 1) / hourMs;
        if (hour != m_offsetHour) {
            m_offsetHour = hour;
            m_offsetMs = qint64(m_zone.offsetFromUtc(
                             QDateTime::fromMSecsSinceEpoch(hour * hourMs, QTimeZone::utc()))) *
                         1000;
        }
        const qint64 local = ms + m_offsetMs;
        const qint64 days = local >= 0 ? local / dayMs : (local - dayMs + 1) / dayMs;
        return QDate(1970, 1, 1).addDays(days).toString(QString::fromLatin1(format));
    }

    const StaffMember& staff(qint64 id) const
    {
        for (const StaffMember& member : m_staff) {
            if (member.id == id)
                return member;
        }
        return m_manager;
    }

    QString personName(bool traditional)
    {
        const qint64 surname = m_random.skewed(m_words.surnames.size());
        QString name = (traditional ? m_words.surnamesTraditional : m_words.surnames).at(surname);
        const int given = m_random.chance(0.7) ? 2 : 1;
        for (int i = 0; i < given; ++i) {
            const qint64 c = m_random.below(m_words.givenChars.size());
            name += (traditional ? m_words.givenCharsTraditional : m_words.givenChars).at(c);
        }
        return name;
    }

    QDate randomDate(int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        return from.addDays(m_random.below(from.daysTo(QDate(toYear, 12, 31)) + 1));
    }

    Status customers(DemoReport& report);

    // Files are opened steadily over five years, in file-number order.
    qint64 createdAt(qint64 index) const
    {
        const qint64 span = qint64(customerSpanDays) * dayMs;
        return m_nowMs - span + span * index / qint64(m_options.customers);
    }

    // A shelf price near the catalogue's, in fen.
    qint64 priceFen(int yuan) { return qint64(yuan) * 100 * m_random.between(90, 105) / 100; }

    Status purchases(DemoReport& report);

    QString receipt(const PurchaseSeed& seed)
    {
        return QStringLiteral("XS%1%2")
            .arg(localDay(seed.at, "yyyyMMdd"))
            .arg(seed.sequence, 5, 10, QLatin1Char('0'));
    }

    // The customer's newest purchase before `at`, if any.
    const PurchaseSeed* purchaseBefore(qint64 customer, qint64 at) const
    {
        const PurchaseSeed* found = nullptr;
        for (qint64 k = m_purchasesOf[customer]; k < m_purchasesOf[customer + 1]; ++k) {
            const PurchaseSeed& seed = m_purchaseSeeds[m_purchaseOrder[k]];
            if (seed.at < at)
                found = &seed;
        }
        return found;
    }

    qint64 nextMorning(qint64 ms)
    {
        // The scheduler's follow-up: the next day, in the morning.
        return ms - ms % dayMs + dayMs + 2 * hourMs + m_random.below(2 * hourMs);
    }

    Status complaints(DemoReport& report);
    Status purchaseCallbacks(DemoReport& report);
    Status visits(DemoReport& report);

    sqlite3* m_db;
    DemoOptions m_options;
    Random m_random;
    const DemoVocabulary& m_words;
    qint64 m_nowMs;
    qint64 m_startMs;
    QList<StaffMember> m_staff;
    QList<StaffMember> m_clerks;
    QList<StaffMember> m_supervisors;
    StaffMember m_manager;
    ServicePromise m_promise;
    qint64 m_majorAmountFen;
    AuthorityTable m_authority;
    Progress m_progress;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_offsetHour = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
    RowWriter m_writer;
    qint64 m_firstCustomerId = 1;
    qint64 m_firstPurchaseId = 1;
    qint64 m_firstComplaintId = 1;
    qint64 m_nextCallbackId = 1;
    std::vector<CustomerSeed> m_customers;
    std::vector<PurchaseSeed> m_purchaseSeeds;
    std::vector<qint64> m_purchasesOf; // offsets into m_purchaseOrder, per customer
    std::vector<qint32> m_purchaseOrder;
};

} // namespace cc::demo
