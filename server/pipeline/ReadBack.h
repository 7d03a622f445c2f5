#pragma once

#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace concierge::pipeline {

// The bookkeeping InboxWindow and OutboxWindow share: rows already durable (in the inbox, in the outbox) are held in
// memory up to `size`; beyond that they stay only on disk and are read back in id order, a window at a time, whenever
// fewer than half the window are held. Once a row is left on disk, every later one is too until the reading back has
// caught up, so a chat's later row never overtakes an earlier one still on disk.
//
// The owner says how many rows it holds, starts the query (`Query`), and passes the query's answer through
// answered() before handing the rows on and handed() after.
class ReadBack final
{
    Q_DISABLE_COPY_MOVE(ReadBack)

public:
    using Held = std::function<int()>;                          // rows held in memory now
    using Query = std::function<void(qint64 after, int limit)>; // read pending rows with id > after, in id order

    // `what`: the rows' name in the log ("messages waiting", "unsent replies").
    ReadBack(int size, Held held, Query query, QString what);

    // A row just made durable: true when it may be held now; false: it waits on disk (read back in its turn).
    bool admits(qint64 id);
    // Reads every pending row again from the start (startup; a sweep after a database error).
    void rescan();
    // Reads more back if rows wait on disk and fewer than half the window are held.
    void more();
    // The query's answer (`count` rows up to id `lastId`, or an error), before its rows are handed on: false when
    // they are to be dropped (the read failed, and is tried again shortly; or a rescan was asked meanwhile, and has
    // started). No other read starts until handed(): more() asked while the rows are handed on waits for it.
    bool answered(const std::optional<QString> &error, int count, qint64 lastId);
    // After the answer's rows were handed on: `count` rows out of `limit` asked.
    void handed(int count, int limit);

    int size() const { return m_size; }
    bool onDisk() const { return m_onDisk; }        // some durable rows are only on disk now
    qint64 cursor() const { return m_cursor; }      // rows above it are read back later while onDisk()
    quint64 readBack() const { return m_readBack; } // rows read back so far

private:
    void startOver(); // the rescan asked while a read was on its way: from the first row again

    int m_size;
    Held m_held;
    Query m_query;
    QString m_what;
    bool m_onDisk = false;  // rows with id > m_cursor may be pending and not held
    qint64 m_cursor = 0;    // the last id held or read back while m_onDisk
    bool m_reading = false; // a query is on its way
    bool m_rescan = false;  // rescan() while reading: start again from the first row when the answer comes
    QTimer m_retry;         // after a failed read
    quint64 m_readBack = 0;
};

} // namespace concierge::pipeline
