#include "pipeline/ReadBack.h"

#include "core/Log.h"

namespace concierge::pipeline {

namespace {

constexpr int kRetryMs = 1000; // a read that failed (the database is away): the rows wait on disk meanwhile

} // namespace

ReadBack::ReadBack(int size, Held held, Query query, QString what)
    : m_size(qMax(2, size))
    , m_held(std::move(held))
    , m_query(std::move(query))
    , m_what(std::move(what))
{
    m_retry.setSingleShot(true);
    QObject::connect(&m_retry, &QTimer::timeout, &m_retry, [this] { more(); });
}

bool ReadBack::admits(qint64 id)
{
    if (m_onDisk) {
        if (id <= m_cursor)
            return true; // behind the read-back already: it would not come back from disk
        more();          // it waits its turn on disk
        return false;
    }
    if (m_held() >= m_size) {
        // From this row on, every later one waits on disk until the read-back catches up.
        m_onDisk = true;
        m_cursor = id - 1;
        qCInfo(lcPipeline).noquote() << "over" << m_size << m_what << "in memory: the later ones are read back";
        return false;
    }
    return true;
}

void ReadBack::rescan()
{
    m_onDisk = true;
    if (m_reading) {
        m_rescan = true; // the answer on its way was read from a later cursor
        return;
    }
    m_cursor = 0;
    more();
}

void ReadBack::startOver()
{
    m_reading = false;
    m_rescan = false;
    m_cursor = 0;
    more();
}

void ReadBack::more()
{
    if (!m_onDisk || m_reading || m_retry.isActive())
        return;
    const int limit = m_size - m_held();
    if (limit < m_size / 2)
        return; // enough held: the owner calls more() again as rows go
    m_reading = true;
    m_query(m_cursor, limit);
}

bool ReadBack::answered(const std::optional<QString> &error, int count, qint64 lastId)
{
    if (m_rescan) {
        startOver();
        return false;
    }
    if (error) {
        m_reading = false;
        qCWarning(lcPipeline).noquote() << "cannot read the" << m_what << "back:" << *error;
        m_retry.start(kRetryMs);
        return false;
    }
    m_readBack += quint64(count);
    if (count > 0)
        m_cursor = qMax(m_cursor, lastId);
    // Still reading until handed(): handing a row on may start another one at once (its chat was idle) and so ask
    // for more; a read asked then would count the held rows before the rest of this answer is handed on, and the
    // window would overflow by up to that many.
    return true;
}

void ReadBack::handed(int count, int limit)
{
    if (m_rescan) { // asked while the rows were handed on
        startOver();
        return;
    }
    m_reading = false;
    // Fewer than asked: nothing pending beyond the cursor when the query ran. A row stored after it is answered after
    // this (the database thread runs jobs and delivers their answers in order), so admits() lets it be held.
    if (count < limit)
        m_onDisk = false;
    else
        more();
}

} // namespace concierge::pipeline
