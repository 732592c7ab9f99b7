#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace cc::ui {

/// A table read a page at a time as the view scrolls (fetchMore), never the whole list:
/// the base of the complaint and callback lists, which may hold hundreds of thousands.
template <typename T>
class PagedTableModel : public QAbstractTableModel {
public:
    /// Reads `limit` rows from `offset` (a core service call); empty on failure.
    using PageReader = std::function<QList<T>(int offset, int limit)>;
    static constexpr int pageSize = 100;

    using QAbstractTableModel::QAbstractTableModel;

    /// Starts the list over with its first page; `asOfUtc` is "now" for the due colours.
    void setSource(PageReader reader, const QDateTime& asOfUtc)
    {
        beginResetModel();
        m_reader = std::move(reader);
        m_asOf = asOfUtc;
        m_rows = m_reader ? m_reader(0, pageSize) : QList<T>();
        m_more = m_reader && m_rows.size() == pageSize;
        endResetModel();
    }
    const T& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_more;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || !m_more)
            return;
        const QList<T> page = m_reader(int(m_rows.size()), pageSize);
        m_more = page.size() == pageSize;
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }

protected:
    QList<T> m_rows;
    QDateTime m_asOf;

private:
    PageReader m_reader;
    bool m_more = false;
};

} // namespace cc::ui
