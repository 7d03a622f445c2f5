#include "store/WalCheckpointer.h"

#include "core/Log.h"
#include "core/ThreadName.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concierge::store {

namespace {
QAtomicInt s_checkpointerCounter;
}

WalCheckpointer::WalCheckpointer(QString sqlitePath, int intervalMs)
    : m_path(std::move(sqlitePath))
    , m_intervalMs(intervalMs)
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] {
        nameThisThread("concierge-wal");
        loop();
    });
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::loop()
{
    const QString name = QStringLiteral("concierge-checkpoint-%1").arg(s_checkpointerCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open()) {
            qCWarning(lcStore) << "WAL checkpointer cannot open the database:" << db.lastError().text();
        } else {
            QSqlQuery checkpoint(db);
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stopping; })) {
                lock.unlock();
                {
                    std::lock_guard pass(m_passMutex);
                    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                        qCDebug(lcStore) << "WAL checkpoint skipped:" << checkpoint.lastError().text();
                    checkpoint.finish();
                }
                m_passes.fetch_add(1, std::memory_order_release);
                lock.lock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace concierge::store
