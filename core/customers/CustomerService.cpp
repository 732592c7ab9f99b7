#include "CustomerService.h"

#include "ContactHours.h"
#include "CustomerRepository.h"
#include "PhoneNumbers.h"
#include "ProtectedFiles.h"
#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "base/ChineseText.h"
#include "base/Clock.h"
#include "base/Money.h"
#include "base/TextInput.h"
#include "storage/WriteTransaction.h"
#include "store/DraftStore.h"
#include "store/StoreSettings.h"

#include <QRegularExpression>

#include <algorithm>

namespace cc {

namespace {

Tier tierFor(qint64 profitFen, const StoreSettings::TierThresholds& thresholds)
{
    if (profitFen >= thresholds.vipFen)
        return Tier::Vip;
    if (profitFen >= thresholds.goldFen)
        return Tier::Gold;
    if (profitFen >= thresholds.silverFen)
        return Tier::Silver;
    return Tier::Regular;
}

qsizetype characters(const QString& text)
{
    return ChineseText::characters(text);
}

} // namespace

CustomerService::CustomerService(Database& database, const Clock& clock,
                                 std::shared_ptr<CustomerFollowups> followups)
    : m_database(database)
    , m_clock(clock)
    , m_followups(std::move(followups))
{}

Result<CustomerFollowups*> CustomerService::followups() const
{
    if (!m_followups)
        return makeError(ErrorCode::Internal,
                         tr("This change plans callbacks, and the callback rules are not "
                            "available here."));
    return m_followups.get();
}

QString CustomerService::fileNumber(qint64 id)
{
    return QStringLiteral("KH-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QString CustomerService::maskName(const QString& name)
{
    return ProtectedFiles::maskName(name);
}

QString CustomerService::maskPhone(const QString& e164)
{
    return ProtectedFiles::maskPhone(e164);
}

bool CustomerService::maySee(const Actor& by, const Customer& customer)
{
    return ProtectedFiles::maySee(by, {customer.confidentiality, customer.ownerId});
}

bool CustomerService::needsReason(const Customer& customer)
{
    return customer.confidentiality != Confidentiality::Normal;
}

Result<Customer> CustomerService::validate(const CustomerDraft& draft) const
{
    return validate(draft, m_clock.nowUtc().toLocalTime().date());
}

Result<Customer> CustomerService::validate(const CustomerDraft& draft, const QDate& today) const
{
    const std::pair<const QString&, QString> texts[] = {
        {draft.name, tr("Name")},       {draft.address, tr("Address")},
        {draft.company, tr("Company")}, {draft.source, tr("Source")},
        {draft.note, tr("Note")},       {draft.preferences, tr("Preferences")},
    };
    for (const auto& [text, field] : texts) {
        if (Status typed = TextInput::check(text, field); !typed)
            return typed.error();
    }
    for (const QString& tag : draft.tags) {
        if (Status typed = TextInput::check(tag, tr("Tag")); !typed)
            return typed.error();
    }
    for (const FamilyMember& member : draft.family) {
        if (Status typed = TextInput::check(member.name + member.relation, tr("Family member"));
            !typed)
            return typed.error();
    }
    Customer customer;
    customer.name = draft.name.simplified();
    if (customer.name.isEmpty())
        return makeError(ErrorCode::Validation, tr("Name: required."));
    if (characters(customer.name) > maxNameLength)
        return makeError(ErrorCode::Validation,
                         tr("Name: at most %1 characters.").arg(maxNameLength));

    if (draft.phones.isEmpty())
        return makeError(ErrorCode::Validation, tr("Phone: at least one number is required."));
    for (qsizetype i = 0; i < draft.phones.size(); ++i) {
        Result<NormalizedPhone> phone = PhoneNumbers::normalize(draft.phones.at(i), tr("Phone"));
        if (!phone)
            return phone.error();
        const bool duplicate =
            std::any_of(customer.phones.cbegin(), customer.phones.cend(),
                        [&](const CustomerPhone& p) { return p.e164 == phone->e164; });
        if (duplicate)
            continue;
        QString label = i < draft.phoneLabels.size() ? draft.phoneLabels.at(i) : QString();
        if (label.isEmpty())
            label = phone->kind == PhoneKind::FixedLine ? QStringLiteral("home")
                                                        : QStringLiteral("mobile");
        if (!QStringList{QStringLiteral("mobile"), QStringLiteral("home"), QStringLiteral("office"),
                         QStringLiteral("other")}
                 .contains(label))
            return makeError(ErrorCode::Validation,
                             tr("Phone: the kind must be mobile, home, office or other."));
        customer.phones.append({phone->e164, label});
    }

    if (draft.birthday.isValid() && (draft.birthday > today || draft.birthday.year() < 1900))
        return makeError(ErrorCode::Validation, tr("Birthday: %1 is not a possible birthday.")
                                                    .arg(draft.birthday.toString(Qt::ISODate)));
    customer.birthday = draft.birthday;
    customer.gender = draft.gender;
    customer.address = draft.address.simplified();
    if (characters(customer.address) > 200)
        return makeError(ErrorCode::Validation, tr("Address: at most 200 characters."));
    customer.company = draft.company.simplified();
    if (characters(customer.company) > 100)
        return makeError(ErrorCode::Validation, tr("Company: at most 100 characters."));
    customer.category = draft.category;
    customer.confidentiality = draft.confidentiality;
    customer.preferences = draft.preferences.trimmed();
    customer.source = draft.source.simplified();
    customer.note = draft.note.trimmed();
    if (characters(customer.note) > 2000 || characters(customer.preferences) > 2000)
        return makeError(ErrorCode::Validation, tr("Note: at most 2000 characters."));
    customer.contactOk = draft.contactOk;
    if (!draft.contactHours.trimmed().isEmpty()) {
        const std::optional<ContactHours> hours = ContactHours::parse(draft.contactHours);
        if (!hours)
            return makeError(ErrorCode::Validation,
                             tr("Contact hours: write them as 09:00-18:00, the start before the "
                                "end."));
        customer.contactHours = hours->toString();
    }

    for (const QString& raw : draft.tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty())
            continue;
        if (characters(tag) > 20)
            return makeError(ErrorCode::Validation,
                             tr("Tag: \"%1\" is longer than 20 characters.").arg(tag));
        if (!customer.tags.contains(tag))
            customer.tags.append(tag);
    }
    if (customer.tags.size() > 30)
        return makeError(ErrorCode::Validation, tr("Tag: at most 30 tags."));

    for (const FamilyMember& member : draft.family) {
        FamilyMember cleaned{member.name.simplified(), member.relation.simplified(),
                             member.birthday};
        if (cleaned.name.isEmpty())
            return makeError(ErrorCode::Validation, tr("Family member: a name is required."));
        if (cleaned.birthday.isValid() && cleaned.birthday > today)
            return makeError(
                ErrorCode::Validation,
                tr("Family member: %1's birthday is in the future.").arg(cleaned.name));
        customer.family.append(cleaned);
    }
    return customer;
}

Result<QList<Customer>> CustomerService::filesSharingPhones(const CustomerDraft& draft,
                                                            qint64 exceptId)
{
    Result<Customer> valid = validate(draft);
    if (!valid)
        return valid.error();
    CustomerRepository customers(m_database);
    QList<Customer> holders;
    for (const CustomerPhone& phone : valid->phones) {
        Result<QList<Customer>> found = customers.holdersOfPhone(phone.e164, exceptId);
        if (!found)
            return found.error();
        for (const Customer& holder : found.value()) {
            if (std::none_of(holders.cbegin(), holders.cend(),
                             [&](const Customer& c) { return c.id == holder.id; }))
                holders.append(holder);
        }
    }
    return holders;
}

Result<Customer> CustomerService::create(const Actor& by, const CustomerDraft& draft,
                                         bool allowSharedPhone)
{
    if (Status allowed = Permissions::require(by, Action::EditCustomers); !allowed)
        return allowed.error();
    if (!by.userId)
        return makeError(ErrorCode::Permission, tr("A customer file needs a signed-in owner."));
    Result<Customer> valid = validate(draft);
    if (!valid)
        return valid.error();
    Customer customer = valid.value();

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (!allowSharedPhone) {
        if (Status free = requirePhonesFree(by, customer.phones, 0); !free)
            return free.error();
    }

    Result<Customer> inserted = insertValidated(by, customer);
    if (!inserted)
        return inserted.error();
    customer = inserted.value();
    AuditLog audit(m_database, m_clock);
    if (Status logged =
            audit.append(by, QStringLiteral("customer.add"), QStringLiteral("customer"),
                         QString::number(customer.id),
                         AuditLog::details({{QStringLiteral("file_no"), customer.fileNo},
                                            {QStringLiteral("confidentiality"),
                                             CustomerKeys::key(customer.confidentiality)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return customer;
}

Status CustomerService::requirePhonesFree(const Actor& by, const QList<CustomerPhone>& phones,
                                          qint64 exceptId)
{
    CustomerRepository customers(m_database);
    for (const CustomerPhone& phone : phones) {
        Result<QList<Customer>> holders = customers.holdersOfPhone(phone.e164, exceptId);
        if (!holders)
            return holders.error();
        if (!holders->isEmpty()) {
            const Customer& holder = holders->first();
            return makeError(ErrorCode::Conflict,
                             tr("Phone: %1 is already on file %2 (%3). Open that file, or save "
                                "anyway if they share the number.")
                                 .arg(PhoneNumbers::display(phone.e164), holder.fileNo,
                                      maySee(by, holder) ? holder.name : maskName(holder.name)));
        }
    }
    return {};
}

Result<Customer> CustomerService::update(const Actor& by, qint64 id, const CustomerEdit& edit,
                                         bool allowSharedPhone)
{
    if (Status allowed = Permissions::require(by, Action::EditCustomers); !allowed)
        return allowed.error();
    Result<Customer> valid = validate(edit.draft);
    if (!valid)
        return valid.error();
    if (edit.status == CustomerStatus::Lost && edit.lostReason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Reason lost: say why the customer was lost."));

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Customer> current = requireVisible(by, id);
    if (!current)
        return current.error();
    Customer updated = valid.value();
    updated.id = id;
    updated.fileNo = current->fileNo;
    updated.createdAt = current->createdAt;
    updated.updatedAt = m_clock.nowUtc();
    updated.stage = edit.stage;
    updated.status = edit.status;
    updated.lostReason =
        edit.status == CustomerStatus::Lost ? edit.lostReason.trimmed() : QString();
    updated.ownerId = edit.ownerId ? edit.ownerId : current->ownerId;
    if (updated.ownerId != current->ownerId) {
        if (Status allowed = Permissions::require(by, Action::ReassignCustomerOwner); !allowed)
            return allowed.error();
        Result<std::optional<User>> owner = UserRepository(m_database).findById(updated.ownerId);
        if (!owner)
            return owner.error();
        if (!owner.value() || !owner.value()->active)
            return makeError(ErrorCode::Validation, tr("Owner: choose an active user."));
    }
    // Lowering the protection of a file is as sensitive as opening a protected one.
    if (updated.confidentiality < current->confidentiality && !maySee(by, updated))
        return makeError(ErrorCode::Permission,
                         tr("Confidentiality: you may not change the level of this file."));

    if (!allowSharedPhone) {
        if (Status free = requirePhonesFree(by, updated.phones, id); !free)
            return free.error();
    }
    CustomerRepository customers(m_database);
    if (Status saved = customers.update(updated); !saved)
        return saved.error();
    if (Status saved = customers.replaceDetails(updated); !saved)
        return saved.error();
    if (updated.status != current->status) {
        if (Status saved = customers.recordStatus(updated, by.userId); !saved)
            return saved.error();
    }
    if (current->contactOk && !updated.contactOk) {
        Result<CustomerFollowups*> rules = followups();
        if (!rules)
            return rules.error();
        if (Status cancelled = rules.value()->afterDeclined(by, id); !cancelled)
            return cancelled.error();
    }

    // What changed, by field name (never the values: they are customer data).
    QStringList changed;
    const Customer& before = current.value();
    const auto note = [&changed](bool differs, const char* field) {
        if (differs)
            changed << QLatin1String(field);
    };
    note(before.name != updated.name, "name");
    note(before.phones.size() != updated.phones.size() ||
             !std::equal(before.phones.cbegin(), before.phones.cend(), updated.phones.cbegin(),
                         [](const CustomerPhone& a, const CustomerPhone& b) {
                             return a.e164 == b.e164 && a.label == b.label;
                         }),
         "phones");
    note(before.gender != updated.gender, "gender");
    note(before.birthday != updated.birthday, "birthday");
    note(before.address != updated.address, "address");
    note(before.company != updated.company, "company");
    note(before.category != updated.category, "category");
    note(before.confidentiality != updated.confidentiality, "confidentiality");
    note(before.tags != updated.tags, "tags");
    note(before.preferences != updated.preferences, "preferences");
    note(before.source != updated.source, "source");
    note(before.note != updated.note, "note");
    note(before.contactOk != updated.contactOk || before.contactHours != updated.contactHours,
         "contact");
    note(before.family.size() != updated.family.size(), "family");
    note(before.stage != updated.stage, "stage");
    note(before.status != updated.status, "status");
    note(before.ownerId != updated.ownerId, "owner");
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("customer.edit"), QStringLiteral("customer"), QString::number(id),
            AuditLog::details({{QStringLiteral("fields"), changed.join(QLatin1Char(','))}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Result<std::optional<Customer>> reloaded = customers.get(id);
    if (!reloaded || !reloaded.value())
        return updated;
    return *reloaded.value();
}

void CustomerService::stampNew(const Actor& by, Customer& customer, qint64 id, const QDateTime& now)
{
    customer.id = id;
    customer.fileNo = fileNumber(id);
    customer.ownerId = by.userId.value_or(0);
    customer.ownerName = by.username;
    customer.ownerUser = by.username;
    customer.createdAt = customer.updatedAt = now;
}

Result<Customer> CustomerService::insertValidated(const Actor& by, Customer customer)
{
    CustomerRepository customers(m_database);
    Result<qint64> next = customers.reserveIds(1);
    if (!next)
        return next.error();
    stampNew(by, customer, next.value(), m_clock.nowUtc());
    if (Status saved = customers.insert(customer); !saved)
        return saved.error();
    if (Status saved = customers.insertDetails(customer); !saved)
        return saved.error();
    return customer;
}

Result<int> CustomerService::createBatch(const Actor& by, QList<Customer> validated,
                                         const QString& source, const Progress& progress)
{
    if (Status allowed = Permissions::require(by, Action::ImportCustomers); !allowed)
        return allowed.error();
    if (!by.userId)
        return makeError(ErrorCode::Permission, tr("A customer file needs a signed-in owner."));
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    // Numbered in one go inside the write transaction: no other writer can take these.
    CustomerRepository customers(m_database);
    Result<qint64> firstId = customers.reserveIds(validated.size());
    if (!firstId)
        return firstId.error();
    const QDateTime now = m_clock.nowUtc();
    qint64 id = firstId.value();
    for (Customer& customer : validated)
        stampNew(by, customer, id++, now);
    const qsizetype total = std::max<qsizetype>(validated.size(), 1);
    if (Status saved = customers.insertMany(
            validated,
            [&](qsizetype written) { return !progress || progress(int(95 * written / total)); });
        !saved)
        return saved.error();
    const QString first = validated.isEmpty() ? QString() : validated.first().fileNo;
    const QString last = validated.isEmpty() ? QString() : validated.last().fileNo;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("customer.import"), QStringLiteral("customer"), QString(),
            AuditLog::details({{QStringLiteral("file"), source},
                               {QStringLiteral("count"), QString::number(validated.size())},
                               {QStringLiteral("from"), first},
                               {QStringLiteral("to"), last}}));
        !logged)
        return logged.error();
    if (progress && !progress(95))
        return makeError(ErrorCode::Conflict, tr("Cancelled; nothing was saved."));
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(100);
    return int(validated.size());
}

Status CustomerService::merge(const Actor& by, qint64 keepId, qint64 dropId)
{
    if (Status allowed = Permissions::require(by, Action::MergeCustomers); !allowed)
        return allowed;
    if (keepId == dropId)
        return makeError(ErrorCode::Validation, tr("Merge: choose two different files."));
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Customer> keep = requireVisible(by, keepId);
    if (!keep)
        return keep.error();
    Result<Customer> drop = requireVisible(by, dropId);
    if (!drop)
        return drop.error();

    Customer merged = keep.value();
    for (const CustomerPhone& phone : drop->phones) {
        if (std::none_of(merged.phones.cbegin(), merged.phones.cend(),
                         [&](const CustomerPhone& p) { return p.e164 == phone.e164; }))
            merged.phones.append(phone);
    }
    for (const QString& tag : drop->tags) {
        if (!merged.tags.contains(tag))
            merged.tags.append(tag);
    }
    merged.family += drop->family;
    if (!merged.birthday.isValid())
        merged.birthday = drop->birthday;
    if (merged.gender == Gender::Unknown)
        merged.gender = drop->gender;
    if (merged.address.isEmpty())
        merged.address = drop->address;
    if (merged.company.isEmpty())
        merged.company = drop->company;
    if (!drop->note.isEmpty())
        merged.note =
            merged.note.isEmpty() ? drop->note : merged.note + QLatin1Char('\n') + drop->note;
    // The stricter confidentiality wins: merging never exposes a protected file.
    merged.confidentiality = std::max(merged.confidentiality, drop->confidentiality);
    merged.updatedAt = m_clock.nowUtc();

    CustomerRepository customers(m_database);
    if (Status moved = customers.moveHistory(dropId, keepId); !moved)
        return moved;
    if (Status retired = customers.retire(dropId, keepId); !retired)
        return retired;
    if (Status saved = customers.update(merged); !saved)
        return saved;
    if (Status saved = customers.replaceDetails(merged); !saved)
        return saved;

    AuditLog audit(m_database, m_clock);
    if (Status logged =
            audit.append(by, QStringLiteral("customer.merge"), QStringLiteral("customer"),
                         QString::number(keepId),
                         AuditLog::details({{QStringLiteral("kept"), keep->fileNo},
                                            {QStringLiteral("dropped"), drop->fileNo}}));
        !logged)
        return logged;
    return transaction.commit();
}

Status CustomerService::erase(const Actor& by, qint64 id, const QString& reason)
{
    if (Status allowed = Permissions::require(by, Action::EraseCustomers); !allowed)
        return allowed;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Reason: say why the file is erased (e.g. the customer asked)."));
    if (Status clean = TextInput::check(why, tr("Reason")); !clean)
        return clean;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<Customer> file = requireVisible(by, id);
    if (!file)
        return file.error();
    CustomerRepository customers(m_database);
    Result<QList<qint64>> erased = customers.anonymise(id, m_clock.nowUtc());
    if (!erased)
        return erased.error();
    if (Status forgotten = DraftStore(m_database, m_clock).forgetCustomers(erased.value());
        !forgotten)
        return forgotten;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("customer.erase"), QStringLiteral("customer"), QString::number(id),
            AuditLog::details({{QStringLiteral("file"), file->fileNo},
                               {QStringLiteral("files"), QString::number(erased->size())},
                               {QStringLiteral("reason"), why}}));
        !logged)
        return logged;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Result<bool> purged = customers.purgeErased();
    if (!purged || !purged.value())
        return makeError(ErrorCode::Conflict,
                         tr("%1 is erased, but its traces could not yet be cleared from the "
                            "store's file (%2). Run the same customer erase again to finish.")
                             .arg(file->fileNo, purged ? tr("another counter is reading the store")
                                                       : purged.error().message));
    return {};
}

Result<qint64> CustomerService::resolve(const QString& idOrFileNo)
{
    const QString text = idOrFileNo.trimmed();
    static const QRegularExpression fileNo(QStringLiteral("^KH-?(\\d{1,9})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    bool isNumber = false;
    qint64 id = text.toLongLong(&isNumber);
    if (!isNumber) {
        const QRegularExpressionMatch match = fileNo.match(text);
        if (match.hasMatch())
            id = match.captured(1).toLongLong(&isNumber);
    }
    if (!isNumber || id <= 0)
        return makeError(
            ErrorCode::Validation,
            tr("Customer: \"%1\" is neither a customer id nor a file number like KH-000012.")
                .arg(text));
    Result<std::optional<qint64>> found = CustomerRepository(m_database).idByFileNo(fileNumber(id));
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("Customer: there is no file %1.").arg(fileNumber(id)));
    return *found.value();
}

Result<Customer> CustomerService::requireVisible(const Actor& by, qint64 id)
{
    Result<std::optional<Customer>> found = CustomerRepository(m_database).get(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("Customer: there is no file %1.").arg(fileNumber(id)));
    const Customer& customer = *found.value();
    if (!maySee(by, customer))
        return makeError(ErrorCode::Permission,
                         tr("File %1 is %2: a %3 may not open it.")
                             .arg(customer.fileNo,
                                  CustomerKeys::displayName(customer.confidentiality).toLower(),
                                  Roles::displayName(by.role).toLower()));
    return customer;
}

Result<Customer> CustomerService::view(const Actor& by, qint64 id, const QString& reason)
{
    if (Status allowed = Permissions::require(by, Action::ViewCustomers); !allowed)
        return allowed.error();
    Result<Customer> customer = requireVisible(by, id);
    if (!customer)
        return customer.error();
    if (needsReason(customer.value())) {
        if (reason.trimmed().isEmpty())
            return makeError(
                ErrorCode::Validation,
                tr("Reason: file %1 is protected; state why you open it.").arg(customer->fileNo));
        // Seed 003 篇一: every view of a protected file is recorded with its purpose.
        WriteTransaction transaction(m_database);
        if (Status begun = transaction.begin(); !begun)
            return begun.error();
        AuditLog audit(m_database, m_clock);
        if (Status logged =
                audit.append(by, QStringLiteral("customer.view"), QStringLiteral("customer"),
                             QString::number(id),
                             AuditLog::details({{QStringLiteral("reason"), reason.trimmed()}}));
            !logged)
            return logged.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }

    return customer;
}

Result<ProfitContribution> CustomerService::profit(qint64 id)
{
    const QDate since = m_clock.nowUtc().toLocalTime().date().addYears(-1);
    Result<ProfitContribution> profit = CustomerRepository(m_database).profit(id, since);
    if (!profit)
        return profit.error();
    Result<StoreSettings::TierThresholds> thresholds =
        StoreSettings(m_database, m_clock).tierThresholds();
    if (!thresholds)
        return thresholds.error();
    ProfitContribution contribution = profit.value();
    contribution.tier = tierFor(contribution.lifetimeFen, thresholds.value());
    return contribution;
}

Result<QList<CustomerMatch>> CustomerService::find(const Actor& by, const QString& query, int limit)
{
    if (Status allowed = Permissions::require(by, Action::ViewCustomers); !allowed)
        return allowed.error();
    const QString text = query.simplified();
    if (text.isEmpty())
        return QList<CustomerMatch>();
    limit = std::clamp(limit, 1, 200);
    const int candidates = limit * 4;

    CustomerRepository customers(m_database);
    QHash<qint64, int> best;
    const auto collect = [&best](Result<QList<CustomerRepository::Hit>> found) -> Status {
        if (!found)
            return found.error();
        for (const CustomerRepository::Hit& hit : found.value()) {
            auto existing = best.find(hit.id);
            if (existing == best.end() || hit.rank < existing.value())
                best.insert(hit.id, hit.rank);
        }
        return {};
    };

    static const QRegularExpression fileNo(QStringLiteral("^KH-?(\\d{1,9})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s()\\-]+$"));
    if (const QRegularExpressionMatch match = fileNo.match(text); match.hasMatch()) {
        if (Status done = collect(customers.byFileNo(fileNumber(match.captured(1).toLongLong())));
            !done)
            return done.error();
    }
    if (Status done = collect(customers.byReceipt(text)); !done)
        return done.error();

    const QString digits = PhoneNumbers::digitsOnly(text);
    if (phoneLike.match(text).hasMatch() && digits.size() >= 3) {
        bool exact = false;
        if (Result<NormalizedPhone> phone = PhoneNumbers::normalize(text, QString()); phone) {
            Result<QList<CustomerRepository::Hit>> holders =
                customers.byPhoneExact(phone->e164, candidates);
            // A whole number on file: the partial searches could only find the same files
            // again, or numbers with these digits somewhere inside, ranked below them.
            exact = holders && !holders->isEmpty();
            if (Status done = collect(std::move(holders)); !done)
                return done.error();
        }
        if (!exact) {
            if (digits.size() >= 4) {
                if (Status done = collect(customers.byPhoneSuffix(digits, candidates)); !done)
                    return done.error();
            }
            QString national = digits;
            if (national.startsWith(QLatin1String("86")) && national.size() > 11)
                national = national.mid(2);
            if (national.startsWith(QLatin1Char('0')))
                national = national.mid(1);
            if (national.size() >= 3) {
                if (Status done = collect(customers.byPhonePrefix(national, candidates)); !done)
                    return done.error();
                if (Status done = collect(customers.byFullText(national, candidates)); !done)
                    return done.error();
            }
        }
    } else {
        const QString key = ChineseText::searchKey(text);
        if (Status done = collect(customers.byNameExact(key, candidates)); !done)
            return done.error();
        const QString compact = QString(key).remove(QLatin1Char(' '));
        if (characters(compact) <= 2) {
            if (Status done = collect(customers.byNameGram(compact, candidates)); !done)
                return done.error();
            // Two characters are a place as often as a name: 浦东, 天河, 福田.
            if (characters(compact) == 2) {
                if (Status done = collect(customers.byTextPiece(compact, candidates)); !done)
                    return done.error();
            }
        } else {
            if (Status done = collect(customers.byFullText(key, candidates)); !done)
                return done.error();
        }
    }
    if (best.isEmpty())
        return QList<CustomerMatch>();

    Result<QList<CustomerMatch>> rows = customers.matches(best.keys());
    if (!rows)
        return rows.error();
    QList<CustomerMatch> results = rows.value();
    Result<QHash<qint64, qint64>> profits = customers.lifetimeProfits(best.keys());
    if (!profits)
        return profits.error();
    Result<StoreSettings::TierThresholds> thresholds =
        StoreSettings(m_database, m_clock).tierThresholds();
    if (!thresholds)
        return thresholds.error();
    for (CustomerMatch& match : results) {
        match.rank = best.value(match.id);
        match.tier = tierFor(profits->value(match.id), thresholds.value());
        Customer probe;
        probe.confidentiality = match.confidentiality;
        probe.ownerId = match.ownerId;
        if (!maySee(by, probe)) {
            match.masked = true;
            match.name = maskName(match.name);
            for (QString& phone : match.phones)
                phone = maskPhone(phone);
        }
    }
    std::sort(results.begin(), results.end(), [](const CustomerMatch& a, const CustomerMatch& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.fileNo < b.fileNo;
    });
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

Result<Purchase> CustomerService::addPurchase(const Actor& by, qint64 customerId,
                                              const QString& receiptNo, const QDate& date,
                                              const QList<PurchaseLine>& lines)
{
    if (Status allowed = Permissions::require(by, Action::EditCustomers); !allowed)
        return allowed.error();
    Purchase purchase;
    purchase.customerId = customerId;
    purchase.receiptNo = receiptNo.trimmed();
    purchase.date = date;
    purchase.createdAt = m_clock.nowUtc();
    if (purchase.receiptNo.isEmpty() || purchase.receiptNo.size() > 40)
        return makeError(ErrorCode::Validation,
                         tr("Receipt: enter the receipt number (at most 40 characters)."));
    if (!date.isValid() || date > m_clock.nowUtc().toLocalTime().date())
        return makeError(ErrorCode::Validation,
                         tr("Date: enter the purchase date, not in the future."));
    if (Status typed = TextInput::check(receiptNo, tr("Receipt")); !typed)
        return typed.error();
    if (lines.isEmpty())
        return makeError(ErrorCode::Validation, tr("Item: a purchase needs at least one item."));
    qint64 totalFen = 0;
    qint64 totalCostFen = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        PurchaseLine line = lines.at(i);
        const int number = int(i + 1);
        if (Status typed = TextInput::check(line.product, tr("Item %1").arg(number)); !typed)
            return typed.error();
        line.product = line.product.simplified();
        if (line.product.isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("Item %1: the product name is missing.").arg(number));
        if (line.quantity <= 0 || line.quantity > 100000)
            return makeError(
                ErrorCode::Validation,
                tr("Item %1: the quantity must be a whole number from 1.").arg(number));
        if (line.unitPriceFen < 0 || line.unitCostFen < 0 || line.unitPriceFen > Money::maxFen ||
            line.unitCostFen > Money::maxFen)
            return makeError(
                ErrorCode::Validation,
                tr("Item %1: price and cost must be amounts of zero or more.").arg(number));
        // Each factor is at most maxFen and 100,000: the products fit in 64 bits.
        const qint64 lineFen = line.unitPriceFen * line.quantity;
        const qint64 lineCostFen = line.unitCostFen * line.quantity;
        totalFen += lineFen;
        totalCostFen += lineCostFen;
        if (lineFen > Money::maxFen || lineCostFen > Money::maxFen)
            return makeError(
                ErrorCode::Validation,
                tr("Item %1: %2 × %3 comes to %4, more than the largest amount, %5.")
                    .arg(number)
                    .arg(line.quantity)
                    .arg(Money::displayFen(std::max(line.unitPriceFen, line.unitCostFen)),
                         Money::displayFen(std::max(lineFen, lineCostFen)),
                         Money::displayFen(Money::maxFen)));
        if (totalFen > Money::maxFen || totalCostFen > Money::maxFen)
            return makeError(ErrorCode::Validation,
                             tr("Items: the purchase comes to %1 by item %2, more than the "
                                "largest amount, %3.")
                                 .arg(Money::displayFen(std::max(totalFen, totalCostFen)))
                                 .arg(number)
                                 .arg(Money::displayFen(Money::maxFen)));
        purchase.lines.append(line);
    }

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Customer> customer = requireVisible(by, customerId);
    if (!customer)
        return customer.error();
    CustomerRepository customers(m_database);
    Result<bool> exists = customers.receiptExists(purchase.receiptNo);
    if (!exists)
        return exists.error();
    if (exists.value())
        return makeError(ErrorCode::Conflict,
                         tr("Receipt: %1 is already recorded.").arg(purchase.receiptNo));
    Result<qint64> id = customers.insertPurchase(purchase, by.userId.value_or(0));
    if (!id)
        return id.error();
    purchase.id = id.value();

    // The loyalty ladder moves with purchases: first purchase, then repeat buyer.
    Result<ProfitContribution> before = customers.profit(customerId, QDate(1900, 1, 1));
    if (!before)
        return before.error();
    Customer updated = customer.value();
    const LoyaltyStage stage = updated.stage;
    if (before->purchases == 1 &&
        (stage == LoyaltyStage::Potential || stage == LoyaltyStage::Target))
        updated.stage = LoyaltyStage::FirstPurchase;
    else if (before->purchases >= 2 &&
             (stage == LoyaltyStage::Potential || stage == LoyaltyStage::Target ||
              stage == LoyaltyStage::FirstPurchase))
        updated.stage = LoyaltyStage::Repeat;
    if (updated.stage != stage) {
        updated.updatedAt = m_clock.nowUtc();
        if (Status saved = customers.update(updated); !saved)
            return saved.error();
    }
    Result<CustomerFollowups*> rules = followups();
    if (!rules)
        return rules.error();
    if (Status scheduled = rules.value()->afterPurchase(by, updated, purchase); !scheduled)
        return scheduled.error();

    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("purchase.add"), QStringLiteral("customer"),
            QString::number(customerId),
            AuditLog::details({{QStringLiteral("receipt"), purchase.receiptNo},
                               {QStringLiteral("total"), Money::formatFen(purchase.totalFen())}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return purchase;
}

Result<ContactEntry> CustomerService::addContact(const Actor& by, qint64 customerId,
                                                 ContactChannel channel, const QString& note)
{
    if (Status allowed = Permissions::require(by, Action::EditCustomers); !allowed)
        return allowed.error();
    ContactEntry entry;
    entry.customerId = customerId;
    entry.channel = channel;
    entry.note = note.trimmed();
    entry.at = m_clock.nowUtc();
    entry.username = by.username;
    if (entry.note.isEmpty())
        return makeError(ErrorCode::Validation, tr("Note: write what was said."));
    if (characters(entry.note) > 2000)
        return makeError(ErrorCode::Validation, tr("Note: at most 2000 characters."));

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Customer> customer = requireVisible(by, customerId);
    if (!customer)
        return customer.error();
    Result<qint64> id = CustomerRepository(m_database).insertContact(entry, by.userId.value_or(0));
    if (!id)
        return id.error();
    entry.id = id.value();
    if (channel == ContactChannel::Visit) {
        Result<CustomerFollowups*> rules = followups();
        if (!rules)
            return rules.error();
        if (Status scheduled = rules.value()->afterVisit(by, customer.value()); !scheduled)
            return scheduled.error();
    }
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("contact.add"), QStringLiteral("customer"),
            QString::number(customerId),
            AuditLog::details({{QStringLiteral("channel"), CustomerKeys::key(channel)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return entry;
}

} // namespace cc
