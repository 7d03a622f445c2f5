#pragma once

#include "client/EventFeed.h"

#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace concierge::ui {

// Follows live events by asking GET /api/v1/events?since=<id>&limit=<n> every interval; a full page is followed at
// once by the next one, so a console that was away catches up quickly.
class PollingEventFeed final : public EventFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingEventFeed)

public:
    static constexpr int kPageSize = 500;

    PollingEventFeed(QNetworkAccessManager *network, QString baseUrl, int intervalMs, QObject *parent = nullptr);

    void start(qint64 sinceId) override;
    void stop() override;
    void setToken(const QString &token) override { m_token = token; }
    qint64 lastId() const override { return m_lastId; }

private:
    void poll();
    void onReply(QNetworkReply *reply);
    void readPage(const QByteArray &body);
    void setConnected(bool connected);

    QNetworkAccessManager *m_network;
    QString m_baseUrl;
    QString m_token;
    QTimer m_timer;
    QNetworkReply *m_inFlight = nullptr;
    qint64 m_lastId = 0;
    std::optional<bool> m_connected;
};

} // namespace concierge::ui
