#include "DemoWriter.h"

namespace cc::demo {

namespace {

// A batch is handed over at about this size: large enough that the threads rarely meet
// at the lock, small enough that the tape stays a few megabytes.
constexpr size_t batchOps = 32'768;
constexpr qsizetype batchText = 1 << 20;
// Batches the generator may be ahead of the writer before it waits.
constexpr size_t queuedBatches = 4;

} // namespace

RowWriter::RowWriter(sqlite3* db)
    : m_db(db)
    , m_thread([this] { play(); })
{
    m_recording.ops.reserve(batchOps);
    m_recording.text.reserve(batchText * 2);
}

void RowWriter::abandon()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

int RowWriter::statement(const char* sql)
{
    std::lock_guard lock(m_mutex); // the writer reads the list when it first plays a row
    m_sql.emplace_back(sql);
    return int(m_sql.size()) - 1;
}

void RowWriter::bind(int statement, int column, qint64 value)
{
    m_recording.ops.push_back({value, 0, qint16(statement), qint16(column), Kind::Integer});
}

void RowWriter::bind(int statement, int column, QStringView text)
{
    // UTF-8 here, on the generator's core: SQLite would otherwise convert it on the writer's.
    QByteArray& bytes = m_recording.text;
    const qsizetype at = bytes.size();
    bytes.resize(at + m_encoder.requiredSpace(text.size()));
    const char* end = m_encoder.appendToBuffer(bytes.data() + at, text);
    bytes.resize(end - bytes.constData());
    m_recording.ops.push_back(
        {at, qint32(bytes.size() - at), qint16(statement), qint16(column), Kind::Text});
}

void RowWriter::bindNull(int statement, int column)
{
    m_recording.ops.push_back({0, 0, qint16(statement), qint16(column), Kind::Null});
}

void RowWriter::run(int statement)
{
    m_recording.ops.push_back({0, 0, qint16(statement), 0, Kind::Run});
    if (m_recording.ops.size() >= batchOps || m_recording.text.size() >= batchText)
        send(true);
}

void RowWriter::send(bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_changed.wait(lock, [this] { return m_queue.size() < queuedBatches || m_stop; });
    m_queue.push_back(std::move(m_recording));
    if (m_spare.empty()) {
        m_recording = Batch();
        m_recording.ops.reserve(batchOps);
        m_recording.text.reserve(batchText * 2);
    } else {
        m_recording = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
}

QString RowWriter::finish()
{
    if (!m_recording.ops.empty())
        send(false);
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_stop; });
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return m_error;
}

QString RowWriter::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void RowWriter::play()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_stop; });
            if (m_stop)
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        playBatch(batch);
        batch.ops.clear();
        batch.text.clear();
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            m_spare.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    for (sqlite3_stmt* statement : m_prepared)
        sqlite3_finalize(statement);
}

void RowWriter::playBatch(Batch& batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_error.isEmpty())
            return; // the rows after a failure are not written; the caller rolls back
    }
    for (const Op& op : batch.ops) {
        if (size_t(op.statement) >= m_prepared.size())
            m_prepared.resize(size_t(op.statement) + 1, nullptr);
        sqlite3_stmt*& statement = m_prepared[size_t(op.statement)];
        if (!statement) {
            QByteArray sql;
            {
                std::lock_guard lock(m_mutex);
                sql = m_sql[size_t(op.statement)];
            }
            if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &statement,
                                   nullptr) != SQLITE_OK)
                return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
        switch (op.kind) {
        case Kind::Integer:
            sqlite3_bind_int64(statement, op.column, op.value);
            break;
        case Kind::Text:
            // The batch outlives the row: SQLite need not copy the text.
            sqlite3_bind_text(statement, op.column, batch.text.constData() + op.value, op.length,
                              SQLITE_STATIC);
            break;
        case Kind::Null:
            sqlite3_bind_null(statement, op.column);
            break;
        case Kind::Run:
            if (sqlite3_step(statement) != SQLITE_DONE) {
                const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
                sqlite3_reset(statement);
                return fail(message);
            }
            sqlite3_reset(statement);
            // No value outlives its row, nor points into a batch about to be reused.
            sqlite3_clear_bindings(statement);
            break;
        }
    }
}

void RowWriter::fail(const QString& message)
{
    std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = message;
}

} // namespace cc::demo
