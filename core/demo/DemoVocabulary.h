#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

/// The words the demo generator builds a store from: names, places, goods and what
/// customers complain about, as a Chinese counter sees them. Read once, shared.
struct DemoVocabulary {
    struct Product {
        QString name;
        int priceYuan;
        int costYuan;
        QString category; ///< appliances, clothing, ...: picks the complaint text
    };
    struct Staff {
        QString username;
        QString displayName;
        bool supervisor;
    };

    /// Surnames, most common first; the same surname in Traditional characters beside it.
    QStringList surnames;
    QStringList surnamesTraditional;
    /// Characters of given names, and the same in Traditional characters.
    QStringList givenChars;
    QStringList givenCharsTraditional;
    QStringList cities;    ///< 广东省深圳市南山区 …
    QStringList roads;     ///< 科技园路 …
    QStringList companies; ///< for special customers: lawyers, banks, the press
    QStringList tags;
    QStringList notes;
    QStringList preferences;
    QStringList sources;
    QStringList lostReasons;
    QStringList relations;
    QList<Product> products;
    QList<Staff> staff;
    /// What happened, by complaint category key (quality, service, ...), "%1" the product.
    QList<QStringList> descriptions; ///< indexed like ComplaintCategory
    QStringList resolutions;
    QStringList callbackOutcomes;
    QStringList visitNotes;
    QStringList compensationReasons;
    QStringList decisionComments;
    // What staff write on a case's timeline and slips, in the store's words.
    QString withdrawn;    ///< a cancelled case
    QString reported;     ///< a major case reported upwards
    QString majorReasons; ///< "%1": why the case is major
    QStringList custodyPlaces;
    QString custodyItem; ///< "%1": the product
    QString custodyCondition;
    QString custodyNote;  ///< "%1" kept, "%2" sent to
    QString withinLimit;  ///< a compensation approved within the requester's own limit
    QString callDeclined; ///< a purchase callback cancelled

    static const DemoVocabulary& get();
};

} // namespace cc
