#pragma once

#include "store/RedisEndpoint.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

struct redisAsyncContext;
struct redisReply;

namespace concierge::store {

class RedisQtAdapter;

// Listens to one Redis pub/sub channel on a connection of its own (a subscribed connection can do nothing else),
// through the hiredis async API driven by the owning thread's event loop. A lost connection is retried in the
// background with a growing delay (0.5 s doubling to 10 s); messages published meanwhile are missed, which the
// caller must be able to live with.
class RedisSubscriber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisSubscriber)

public:
    RedisSubscriber(RedisEndpoint endpoint, QByteArray channel, QObject *parent = nullptr);
    ~RedisSubscriber() override;

    bool subscribed() const { return m_subscribed; }

signals:
    void message(const QByteArray &payload);
    void subscribedChanged(bool subscribed);

private:
    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *privdata);

    void start();
    void open(const QString &ip);
    void handle(redisReply *reply, bool handshake);
    void drop(const QString &reason, bool freeContext);
    void setSubscribed(bool subscribed);

    RedisEndpoint m_endpoint;
    QByteArray m_channel;
    redisAsyncContext *m_context = nullptr;
    RedisQtAdapter *m_adapter = nullptr;
    bool m_resolving = false;
    bool m_subscribed = false;
    int m_backoffMs = kMinBackoffMs;
    QTimer m_connectTimer; // connect + AUTH + SUBSCRIBE must be done in time
    QTimer m_retryTimer;

    static constexpr int kMinBackoffMs = 500;
    static constexpr int kMaxBackoffMs = 10'000;
    static constexpr int kConnectTimeoutMs = 2000;
};

} // namespace concierge::store
