#include "CustomerExport.h"

#include "CustomerRepository.h"
#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "base/Csv.h"
#include "base/PrivateFile.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QSaveFile>

namespace cc {

CustomerExport::CustomerExport(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<qint64> CustomerExport::toCsv(const Actor& by, const QString& path)
{
    if (Status allowed = Permissions::require(by, Action::ExportCustomers); !allowed)
        return allowed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Validation, tr("File: cannot write %1.").arg(path));
    // Owner-only, like the database: the export holds the same customer data.
    file.setPermissions(PrivateFile::permissions);
    file.write(Csv::utf8Bom());
    // Chinese headers that CustomerImport reads back.
    file.write(Csv::row({QStringLiteral("档案编号"), QStringLiteral("姓名"), QStringLiteral("电话"),
                         QStringLiteral("性别"), QStringLiteral("生日"), QStringLiteral("地址"),
                         QStringLiteral("公司"), QStringLiteral("类别"), QStringLiteral("标签"),
                         QStringLiteral("来源"), QStringLiteral("备注")})
                   .toUtf8());

    CustomerRepository customers(m_database);
    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        Result<QList<Customer>> page = customers.page(after, 500);
        if (!page)
            return page.error();
        for (const Customer& c : page.value()) {
            QStringList phones;
            for (const CustomerPhone& phone : c.phones)
                phones << phone.e164;
            file.write(
                Csv::row({c.fileNo, c.name, phones.join(QLatin1Char(';')),
                          c.gender == Gender::Female ? QStringLiteral("女")
                          : c.gender == Gender::Male ? QStringLiteral("男")
                                                     : QString(),
                          c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
                          c.address, c.company,
                          c.category == CustomerCategory::Special ? QStringLiteral("特殊")
                                                                  : QStringLiteral("一般"),
                          c.tags.join(QLatin1Char(';')), c.source, c.note})
                    .toUtf8());
            ++written;
            after = c.id;
        }
        if (page->size() < 500)
            break;
    }

    // A damaged file opened read-only to rescue its data cannot record the export.
    if (m_database.isReadOnly()) {
        if (!file.commit())
            return makeError(ErrorCode::Validation, tr("File: cannot write %1.").arg(path));
        return written;
    }
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("customer.export"), QStringLiteral("customer"), QString(),
            AuditLog::details({{QStringLiteral("count"), QString::number(written)},
                               {QStringLiteral("file"), QFileInfo(path).fileName()}}));
        !logged)
        return logged.error();
    if (!file.commit())
        return makeError(ErrorCode::Validation, tr("File: cannot write %1.").arg(path));
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace cc
