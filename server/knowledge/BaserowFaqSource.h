#pragma once

#include "store/Records.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace concierge::integrations {
class BaserowClient;
}

namespace concierge::knowledge {

// The FAQ knowledge base kept in a Baserow table (columns question, answer, keywords, language; French names such
// as "Réponse", "Mots clés", "Langue" are accepted too). Rows are cached for a TTL; when Baserow is down the last
// rows are served; concurrent callers share one fetch.
class BaserowFaqSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaserowFaqSource)

public:
    // fromCache: the rows did not come from a fetch made for this call (fresh cache, or stale cache because
    // Baserow failed). An empty list with fromCache=false means Baserow never answered.
    using Callback = std::function<void(QList<store::FaqRow> rows, bool fromCache)>;

    BaserowFaqSource(integrations::BaserowClient *client, int tableId, QObject *parent = nullptr);

    void setTtlMs(qint64 ttlMs) { m_ttlMs = ttlMs; }
    qint64 ttlMs() const { return m_ttlMs; }
    // After a failed fetch, callers get the stale rows without a new attempt for this long (default 30 s), so that
    // a dead Baserow does not cost every message a timeout.
    void setFailureBackoffMs(qint64 ms) { m_failureBackoffMs = ms; }
    void invalidate(); // the next rows() call fetches
    bool hasCache() const { return m_hasCache; }

    // `done` runs later in this thread, once, unless `context` is destroyed first.
    void rows(QObject *context, Callback done);

    static QList<store::FaqRow> convert(const QList<QJsonObject> &rows);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback done;
    };
    void deliverLater(QObject *context, Callback done, const QList<store::FaqRow> &rows, bool fromCache);
    void onFetched(bool ok, const QList<store::FaqRow> &rows);

    integrations::BaserowClient *m_client;
    int m_tableId;
    qint64 m_ttlMs = 300'000;
    qint64 m_failureBackoffMs = 30'000;
    QList<store::FaqRow> m_rows;
    bool m_hasCache = false;
    QElapsedTimer m_fetchedAt;
    QElapsedTimer m_failedAt;
    bool m_fetching = false;
    QList<Waiter> m_waiters;
};

} // namespace concierge::knowledge
