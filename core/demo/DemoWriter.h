#pragma once
// The demo generator's second core. The generator records each row's values on a tape;
// a writer thread plays the tape into SQLite. Making rows up (names, times, UTF-8) and
// storing them then run side by side instead of taking turns. Internal to the generator.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringEncoder>

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cc::demo {

/// Plays recorded rows into one connection on its own thread. While it lives, nothing
/// else may use that connection: the statements are prepared, run and finalized on the
/// writer thread.
class RowWriter {
public:
    explicit RowWriter(sqlite3* db);
    ~RowWriter() { abandon(); }
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    /// A statement the rows name by the number returned; prepared when first played.
    int statement(const char* sql);

    void bind(int statement, int column, qint64 value);
    void bind(int statement, int column, QStringView text);
    void bindNull(int statement, int column);
    /// The row bound since the statement's last run. Every row binds all its values:
    /// none are kept from the row before.
    void run(int statement);

    /// Waits until every row recorded so far is written, then ends the thread: nothing
    /// more may be recorded. The first failure, or "".
    QString finish();
    /// The first failure so far, or "": rows still on the tape may yet fail.
    QString error() const;
    /// Stops the thread; rows still on the tape are dropped (the caller rolls back).
    void abandon();

private:
    enum class Kind : quint8 { Integer, Text, Null, Run };
    struct Op {
        qint64 value; // the integer, or the text's offset in `text`
        qint32 length;
        qint16 statement;
        qint16 column;
        Kind kind;
    };
    struct Batch {
        std::vector<Op> ops;
        QByteArray text; // UTF-8, every text of the batch end to end
    };

    void send(bool wait);
    void play();
    void playBatch(Batch& batch);
    void fail(const QString& message);

    sqlite3* m_db;
    std::vector<QByteArray> m_sql;
    std::vector<sqlite3_stmt*> m_prepared; // writer thread only
    Batch m_recording;                     // generator thread only
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spare; // played batches, their memory kept for reuse
    bool m_busy = false;        // the writer is playing a batch
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};

/// A statement on the tape, with the binding calls of SqliteStatement.
class Statement {
public:
    Statement(RowWriter& writer, const char* sql)
        : m_writer(writer)
        , m_index(writer.statement(sql))
    {}

    Statement& bind(int column, qint64 value)
    {
        m_writer.bind(m_index, column, value);
        return *this;
    }
    Statement& bind(int column, const QString& text)
    {
        m_writer.bind(m_index, column, QStringView(text));
        return *this;
    }
    Statement& bind(int column, std::optional<qint64> value)
    {
        if (!value)
            return bindNull(column);
        return bind(column, *value);
    }
    /// An ISO date, or NULL for an invalid (unknown) one.
    Statement& bind(int column, const QDate& date)
    {
        if (!date.isValid())
            return bindNull(column);
        return bind(column, date.toString(Qt::ISODate));
    }
    Statement& bindNull(int column)
    {
        m_writer.bindNull(m_index, column);
        return *this;
    }
    void run() { m_writer.run(m_index); }

private:
    RowWriter& m_writer;
    int m_index;
};

} // namespace cc::demo
