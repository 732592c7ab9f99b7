#pragma once

#include "FileGuard.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

enum class Gender { Unknown, Female, Male };
enum class CustomerCategory { General, Special };
/// The loyalty ladder of seed 001: potential → target → first purchase → repeat →
/// long-term → advocate, plus unqualified.
enum class LoyaltyStage {
    Potential,
    Target,
    FirstPurchase,
    Repeat,
    LongTerm,
    Advocate,
    Unqualified
};
enum class CustomerStatus { Active, Lost, WonBack };
/// Seed 003 篇一: normal for everyone, confidential 机密, secret 绝密.
/// Tier by profit contribution (seed 000), thresholds set by the manager.
enum class Tier { Regular, Silver, Gold, Vip };
enum class ContactChannel { Phone, Visit, Sms, Wechat, Email, Letter };

/// Stored and CLI keys of the enums above ("female", "confidential", "wechat", ...), and
/// their names for people. One table per enum, in Customer.cpp.
class CustomerKeys {
    Q_DECLARE_TR_FUNCTIONS(cc::CustomerKeys)

public:
    template <typename E>
    static QString key(E value);
    template <typename E>
    static std::optional<E> fromKey(const QString& key);
    template <typename E>
    static QString displayName(E value);
    template <typename E>
    static QList<E> all();
};

struct CustomerPhone {
    QString e164;
    QString label; ///< "mobile", "home", "office", "other"
};

struct FamilyMember {
    QString name;
    QString relation;
    QDate birthday;
};

/// What a clerk types for a new or edited file. Phones are raw text, normalised on save.
struct CustomerDraft {
    QString name;
    Gender gender = Gender::Unknown;
    QStringList phones;
    QStringList phoneLabels; ///< parallel to phones; empty means guess from the number
    QDate birthday;
    QString address;
    QString company;
    CustomerCategory category = CustomerCategory::General;
    Confidentiality confidentiality = Confidentiality::Normal;
    QStringList tags;
    QString preferences;
    QString source;
    QString note;
    QList<FamilyMember> family;
    bool contactOk = true; ///< false: the customer declined calls; no callback is scheduled
    QString contactHours;  ///< "HH:mm-HH:mm" when they take calls; empty means any time
};

/// Everything an edit can change: the draft's fields plus the file's standing.
struct CustomerEdit {
    CustomerDraft draft;
    LoyaltyStage stage = LoyaltyStage::Potential;
    CustomerStatus status = CustomerStatus::Active;
    QString lostReason;
    qint64 ownerId = 0; ///< a change is a manager's
};

/// The name an erased file keeps (names must not be empty): a dash, in no language.
QString erasedName();

struct Customer {
    qint64 id = 0;
    QString fileNo;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthday;
    QString address;
    QString company;
    CustomerCategory category = CustomerCategory::General;
    LoyaltyStage stage = LoyaltyStage::Potential;
    CustomerStatus status = CustomerStatus::Active;
    QString lostReason;
    Confidentiality confidentiality = Confidentiality::Normal;
    qint64 ownerId = 0;
    QString ownerName; ///< the owner's display name, for people
    QString ownerUser; ///< the owner's username, for scripts
    QString preferences;
    QString source;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<CustomerPhone> phones;
    QStringList tags;
    QList<FamilyMember> family;
    bool contactOk = true;
    QString contactHours;
};

struct PurchaseLine {
    QString product;
    qint64 quantity = 1;
    qint64 unitPriceFen = 0;
    qint64 unitCostFen = 0;
    qint64 totalFen() const { return quantity * unitPriceFen; }
    qint64 profitFen() const { return quantity * (unitPriceFen - unitCostFen); }
};

struct Purchase {
    qint64 id = 0;
    qint64 customerId = 0;
    QString receiptNo;
    QDate date;
    QList<PurchaseLine> lines;
    QDateTime createdAt;
    qint64 totalFen() const;
    qint64 profitFen() const;
};

struct ContactEntry {
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime at;
    ContactChannel channel = ContactChannel::Phone;
    QString username;
    QString note;
};

/// Gross profit a customer brought (seed 000: rank by profit, not by orders).
struct ProfitContribution {
    qint64 lifetimeFen = 0;
    qint64 last12MonthsFen = 0;
    qint64 revenueFen = 0;
    int purchases = 0;
    Tier tier = Tier::Regular;
};

/// A complaint as the customer's file shows it.
struct ComplaintSummary {
    QString number;
    QDateTime receivedAt;
    QString status;   ///< ComplaintRules::statusKey
    QString severity; ///< "general" or "major"
    QString category;
    QString description;
    QString handler;
};

/// One search result. A protected file the searcher may not open shows masked.
struct CustomerMatch {
    qint64 id = 0;
    QString fileNo;
    QString name;
    QStringList phones;
    Tier tier = Tier::Regular;
    Confidentiality confidentiality = Confidentiality::Normal;
    qint64 ownerId = 0;
    bool masked = false;
    int rank = 0; ///< lower is better: 0 exact, 1 phone suffix / name prefix, 2 fragment
};

} // namespace cc
