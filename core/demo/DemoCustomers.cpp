// The demo store's customer files and purchases.
#include "DemoGenerator.h"
#include "base/ChineseText.h"
#include "base/Clock.h"
#include "base/SearchKeys.h"
#include "complaints/Complaint.h"
#include "customers/CustomerService.h"

#include <algorithm>
#include <limits>

namespace cc::demo {

Status Generator::customers(DemoReport& report)
{
    Statement customer(m_writer, R"sql(
        INSERT INTO customers (id, file_no, name, name_key, gender, birthday, address,
            company, category, stage, status, lost_reason, confidentiality, owner_id,
            preferences, source, note, contact_ok, contact_hours, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?20))sql");
    Statement phone(m_writer, R"sql(
        INSERT INTO customer_phones (customer_id, e164, label, national_digits,
            reversed_digits) VALUES (?1, ?2, ?3, ?4, ?5))sql");
    Statement tag(m_writer, "INSERT INTO customer_tags (customer_id, tag) VALUES (?1, ?2)");
    Statement member(m_writer, R"sql(
        INSERT INTO family_members (customer_id, name, relation, birthday)
        VALUES (?1, ?2, ?3, ?4))sql");
    Statement pieces(m_writer, "INSERT INTO customer_name_pieces (rowid, pieces) VALUES (?1, ?2)");
    Statement textPieces(m_writer,
                         "INSERT INTO customer_text_pieces (rowid, pieces) VALUES (?1, ?2)");
    Statement statusChange(m_writer, R"sql(
        INSERT INTO customer_status_changes (customer_id, at, status, reason, user_id)
        VALUES (?1, ?2, ?3, ?4, ?5))sql");
    Statement fts(m_writer, R"sql(
        INSERT INTO customer_fts (rowid, name_key, address, note, phones)
        VALUES (?1, ?2, ?3, ?4, ?5))sql");

    static const char* const mobilePrefixes[] = {"130", "131", "132", "133", "134", "135", "136",
                                                 "137", "138", "139", "150", "151", "152", "153",
                                                 "155", "156", "157", "158", "159", "186"};
    static const char* const secondPrefixes[] = {"180", "181", "182", "183", "185",
                                                 "176", "177", "187", "188", "189"};
    // Area codes of the cities in the vocabulary, in the same order.
    static const char* const areaCodes[] = {"755", "755", "20", "20",  "10", "10", "21",
                                            "21",  "571", "25", "512", "28", "27", "731",
                                            "592", "532", "22", "23",  "29", "371"};
    const auto scrambled = [](qint64 k) {
        return (k * 48'271 + 7'919) % 100'000'000;
    };
    const auto eightDigits = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    };

    const qint64 count = m_options.customers;
    m_customers.reserve(count);
    m_purchaseSeeds.reserve(count * 3 / 2);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = m_firstCustomerId + i;
        const qint64 createdMs = createdAt(i);
        const bool traditional = m_random.chance(0.08);
        const QString name = personName(traditional);
        const QString nameKey = traditional ? ChineseText::searchKey(name) : name;
        const qint64 cityIndex = m_random.below(m_words.cities.size());
        const QString address =
            m_random.chance(0.85)
                ? QStringLiteral("%1%2%3号%4栋%5")
                      .arg(m_words.cities.at(cityIndex), m_random.pick(m_words.roads))
                      .arg(m_random.between(1, 399))
                      .arg(m_random.between(1, 30))
                      .arg(m_random.between(1, 33) * 100 + m_random.between(1, 8))
                : QString();
        const bool special = m_random.chance(0.02);
        const QString note = m_random.chance(0.3) ? m_random.pick(m_words.notes) : QString();
        const QString preferences =
            m_random.chance(0.2) ? m_random.pick(m_words.preferences) : QString();
        const int purchases = m_random.weighted({35, 30, 18, 10, 4, 2, 1});
        const bool lost = m_random.chance(0.04);
        const bool wonBack = !lost && m_random.chance(0.01);
        const bool contactOk = !m_random.chance(0.05);
        const StaffMember& owner =
            m_random.chance(0.85) ? m_random.pick(m_clerks) : m_random.pick(m_supervisors);
        static const char* const stages[] = {"potential", "first_purchase", "repeat",  "repeat",
                                             "long_term", "long_term",      "advocate"};
        QString stage = QString::fromLatin1(stages[purchases]);
        if (purchases == 0 && m_random.chance(0.3))
            stage = QStringLiteral("target");
        if (purchases == 0 && m_random.chance(0.02))
            stage = QStringLiteral("unqualified");
        const double confidentiality = m_random.unit();
        const QDate birthday = m_random.chance(0.75) ? randomDate(1950, 2006) : QDate();

        // A won-back customer was lost first: both steps are in the history.
        const QString lostReason = lost || wonBack ? m_random.pick(m_words.lostReasons) : QString();
        customer.bind(1, id)
            .bind(2, CustomerService::fileNumber(id))
            .bind(3, name)
            .bind(4, nameKey)
            .bind(5, m_random.chance(0.5) ? QStringLiteral("f") : QStringLiteral("m"))
            .bind(6, birthday)
            .bind(7, address)
            .bind(8, special ? m_random.pick(m_words.companies) : QString())
            .bind(9, special ? QStringLiteral("special") : QStringLiteral("general"))
            .bind(10, stage)
            .bind(11, lost ? QStringLiteral("lost")
                           : (wonBack ? QStringLiteral("won_back") : QStringLiteral("active")))
            .bind(12, lost ? lostReason : QString())
            .bind(13, confidentiality < 0.002   ? QStringLiteral("secret")
                      : confidentiality < 0.012 ? QStringLiteral("confidential")
                                                : QStringLiteral("normal"))
            .bind(14, owner.id)
            .bind(15, preferences)
            .bind(16, m_random.pick(m_words.sources))
            .bind(17, note)
            .bind(18, contactOk ? 1 : 0)
            .bind(19, m_random.chance(0.1) ? QStringLiteral("18:00-21:00") : QString())
            .bind(20, toStoredTime(createdMs))
            .run();
        if (lost || wonBack) {
            const qint64 lostAt =
                createdMs + m_random.below(std::max<qint64>(1, (m_nowMs - createdMs) * 9 / 10));
            statusChange.bind(1, id)
                .bind(2, toStoredTime(lostAt))
                .bind(3, QStringLiteral("lost"))
                .bind(4, lostReason)
                .bind(5, owner.id)
                .run();
            if (wonBack)
                statusChange.bind(1, id)
                    .bind(2, toStoredTime(lostAt +
                                          m_random.below(std::max<qint64>(1, m_nowMs - lostAt))))
                    .bind(3, QStringLiteral("won_back"))
                    .bind(4, QString())
                    .bind(5, owner.id)
                    .run();
        }

        QStringList numbers;
        const auto addPhone = [&](const QString& national, const QString& label) {
            const QString e164 = QStringLiteral("+86") + national;
            const QString digits = SearchKeys::nationalDigits(e164);
            phone.bind(1, id)
                .bind(2, e164)
                .bind(3, label)
                .bind(4, digits)
                .bind(5, SearchKeys::reversed(digits))
                .run();
            numbers << digits;
            ++report.phones;
        };
        addPhone(QString::fromLatin1(mobilePrefixes[i % 20]) + eightDigits(scrambled(i / 20)),
                 QStringLiteral("mobile"));
        if (m_random.chance(0.12))
            addPhone(QString::fromLatin1(areaCodes[cityIndex]) + eightDigits(scrambled(i)),
                     QStringLiteral("home"));
        if (m_random.chance(0.03))
            addPhone(QString::fromLatin1(secondPrefixes[i % 10]) + eightDigits(scrambled(i / 10)),
                     QStringLiteral("mobile"));

        if (m_random.chance(0.15)) {
            const QString first = m_random.pick(m_words.tags);
            tag.bind(1, id).bind(2, first).run();
            const QString second = m_random.pick(m_words.tags);
            if (second != first && m_random.chance(0.4))
                tag.bind(1, id).bind(2, second).run();
        }
        if (m_random.chance(0.1)) {
            const QString relation = m_random.pick(m_words.relations);
            const bool child =
                relation == m_words.relations.at(1) || relation == m_words.relations.at(2);
            const QDate born = child ? randomDate(1995, 2022) : randomDate(1945, 2000);
            member.bind(1, id)
                .bind(2, personName(false))
                .bind(3, relation)
                .bind(4, born.toString(Qt::ISODate))
                .run();
        }
        pieces.bind(1, id).bind(2, SearchKeys::namePieces(nameKey)).run();
        const QString noteText = (note + QLatin1Char(' ') + preferences).simplified();
        if (const QString text = SearchKeys::textPieces({address, noteText}); !text.isEmpty())
            textPieces.bind(1, id).bind(2, text).run();
        fts.bind(1, id)
            .bind(2, nameKey)
            .bind(3, address)
            .bind(4, noteText)
            .bind(5, numbers.join(QLatin1Char(' ')))
            .run();

        for (int p = 0; p < purchases; ++p) {
            const qint64 at = createdMs + m_random.below(std::max<qint64>(1, m_nowMs - createdMs));
            const qint32 product = qint32(m_random.skewed(m_words.products.size()));
            m_purchaseSeeds.push_back(
                {at, priceFen(m_words.products.at(product).priceYuan), qint32(i), product});
        }
        m_customers.push_back({owner.id, contactOk, !lost && contactOk});
        ++report.customers;
        if (i % 20'000 == 0) {
            if (Status going = checkpoint(int(35 * i / count)); !going)
                return going;
        }
    }
    return checkpoint(35);
}

Status Generator::purchases(DemoReport& report)
{
    Statement purchase(m_writer, R"sql(
        INSERT INTO purchases (id, customer_id, receipt_no, purchased_on, created_by, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    Statement line(m_writer, R"sql(
        INSERT INTO purchase_lines (purchase_id, product, quantity, unit_price_fen, unit_cost_fen)
        VALUES (?1, ?2, ?3, ?4, ?5))sql");
    // Receipts are numbered by the day, in the order the till printed them.
    std::sort(m_purchaseSeeds.begin(), m_purchaseSeeds.end(),
              [](const PurchaseSeed& a, const PurchaseSeed& b) { return a.at < b.at; });
    qint64 id = m_firstPurchaseId;
    QString day;
    int sequence = 0;
    for (size_t i = 0; i < m_purchaseSeeds.size(); ++i) {
        PurchaseSeed& seed = m_purchaseSeeds[i];
        const QString today = localDay(seed.at, "yyyyMMdd");
        sequence = today == day ? sequence + 1 : 1;
        day = today;
        seed.id = id++;
        seed.sequence = sequence;
        const qint64 customerId = m_firstCustomerId + seed.customer;
        purchase.bind(1, seed.id)
            .bind(2, customerId)
            .bind(3, receipt(seed))
            .bind(4, localDay(seed.at, "yyyy-MM-dd"))
            .bind(5, m_customers[seed.customer].ownerId)
            .bind(6, toStoredTime(seed.at))
            .run();
        const int lines = 1 + m_random.weighted({70, 22, 8});
        for (int l = 0; l < lines; ++l) {
            const qint32 product =
                l == 0 ? seed.product : qint32(m_random.below(m_words.products.size()));
            const DemoVocabulary::Product& item = m_words.products.at(product);
            const qint64 price = l == 0 ? seed.priceFen : priceFen(item.priceYuan);
            line.bind(1, seed.id)
                .bind(2, item.name)
                .bind(3, qint64(m_random.chance(0.9) ? 1 : 2))
                .bind(4, price)
                .bind(5, qint64(item.costYuan) * 100)
                .run();
        }
        ++report.purchases;
        if (i % 50'000 == 0) {
            if (Status going = checkpoint(35 + int(10 * i / m_purchaseSeeds.size())); !going)
                return going;
        }
    }
    // Each customer's purchases, oldest first, for the complaints that name one.
    m_purchasesOf.assign(m_customers.size() + 1, 0);
    for (const PurchaseSeed& seed : m_purchaseSeeds)
        ++m_purchasesOf[seed.customer + 1];
    for (size_t c = 1; c < m_purchasesOf.size(); ++c)
        m_purchasesOf[c] += m_purchasesOf[c - 1];
    m_purchaseOrder.resize(m_purchaseSeeds.size());
    std::vector<qint64> filled(m_purchasesOf.begin(), m_purchasesOf.end() - 1);
    for (size_t p = 0; p < m_purchaseSeeds.size(); ++p)
        m_purchaseOrder[filled[m_purchaseSeeds[p].customer]++] = qint32(p);
    return checkpoint(45);
}

} // namespace cc::demo
