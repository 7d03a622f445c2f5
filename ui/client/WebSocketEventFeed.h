#pragma once

#include "client/EventFeed.h"

#include <QTimer>
#include <QWebSocket>

#include <optional>

class QNetworkAccessManager;

namespace concierge::ui {

class PollingEventFeed;

// Follows live events on the server's WebSocket (GET /api/v1/live, docs/api.md "Live WebSocket"): the token and the
// last id seen go in the URL, so that a reconnect resumes where it stopped; drops are retried with a growing delay
// (0.5 s doubling to 10 s). A server that answers HTTP but has no /live (an older version) is followed by polling
// instead (PollingEventFeed), transparently for ConsoleClient.
class WebSocketEventFeed final : public EventFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketEventFeed)

public:
    static constexpr int kFirstRetryMs = 500;
    static constexpr int kMaxRetryMs = 10'000;

    WebSocketEventFeed(QNetworkAccessManager *network, QString baseUrl, int pollIntervalMs, QObject *parent = nullptr);
    ~WebSocketEventFeed() override;

    void start(qint64 sinceId) override;
    void stop() override;
    void setToken(const QString &token) override;
    qint64 lastId() const override;
    bool polling() const { return m_polling; }

private:
    void open();
    void onText(const QString &text);
    void onDisconnected();
    void retryLater();
    void probeHttp(); // the WebSocket failed before opening: is the server up without /live?
    void setConnected(bool connected);

    QNetworkAccessManager *m_network;
    QString m_baseUrl;
    QString m_token;
    QWebSocket m_socket;
    QTimer m_retry;
    PollingEventFeed *m_poll;
    int m_retryMs = kFirstRetryMs;
    int m_attempt = 0; // open() calls
    int m_handled = 0; // the last attempt whose end was handled
    qint64 m_lastId = 0;
    bool m_running = false;
    bool m_opened = false; // the current socket completed its handshake
    bool m_polling = false;
    std::optional<bool> m_connected;
};

} // namespace concierge::ui
