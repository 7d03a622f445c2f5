#pragma once

#include "core/Result.h"
#include "store/RedisEndpoint.h"
#include "store/SessionCache.h"

#include <QTimer>

#include <memory>

struct redisAsyncContext;
struct redisReply;

namespace concierge::store {

class MemoryCache;
class RedisQtAdapter;

struct RedisOptions
{
    int connectTimeoutMs = 2000; // connect + AUTH/SELECT/PING handshake
    int commandTimeoutMs = 2000; // no reply for this long while commands are pending -> connection considered dead
    int minBackoffMs = 500;      // first reconnect delay, doubled after each failure
    int maxBackoffMs = 10'000;
};

// SessionCache on Redis through the hiredis async API, driven by the owning thread's event loop (never blocks).
// While Redis is unreachable every call is answered by an in-process MemoryCache, degraded() is true, and a
// background reconnect with exponential backoff runs; pending commands of a dying connection are answered by
// the fallback too. Keys are stored as "concierge:<key>". Calls made while the very first connection is still
// being set up are queued on it (and answered by the fallback if it fails). The first connection starts at the
// first call or the first event loop turn in the cache's thread, so the cache may be moved to a thread first.
class RedisCache final : public SessionCache
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisCache)

public:
    static constexpr auto KeyPrefix = "concierge:";

    // Parses the URL and starts connecting; errors as RedisEndpoint::parse.
    static Result<std::unique_ptr<RedisCache>> create(const QString &url, RedisOptions options = {});

    explicit RedisCache(RedisEndpoint endpoint, RedisOptions options = {}, QObject *parent = nullptr);
    ~RedisCache() override;

    void get(const QString &key, QObject *context, std::function<void(std::optional<QByteArray>)> done) override;
    void set(const QString &key, const QByteArray &value, int ttlSeconds) override;
    void remove(const QString &key) override;
    void hit(const QString &key, int windowSeconds, QObject *context, std::function<void(qint64)> done) override;

    // Fire and forget: while Redis is unreachable the message is dropped (see live/EventRelay for why that is fine).
    void publish(const QByteArray &channel, const QByteArray &message);

    QString backendName() const override { return QStringLiteral("redis"); }
    bool degraded() const override { return m_degraded; }
    const RedisEndpoint &endpoint() const { return m_endpoint; }
    // True once a connection is up and authenticated (calls go to Redis).
    bool connected() const { return m_ready; }

private:
    struct Pending;

    static void onConnectCallback(const redisAsyncContext *context, int status);
    static void onDisconnectCallback(const redisAsyncContext *context, int status);
    static void onReplyCallback(redisAsyncContext *context, void *reply, void *privdata);

    void startConnect();
    void ensureStarted();
    void openContext(const QString &ip);
    void handleReply(redisAsyncContext *context, redisReply *reply, Pending &pending);
    void handleHandshakeReply(redisReply *reply);
    void finishPending(redisReply *reply, Pending &pending);
    void serveFromFallback(Pending &pending);
    // Sends a command on the live connection; false when there is none (the caller uses the fallback).
    bool send(std::unique_ptr<Pending> &pending, const QList<QByteArray> &args);
    static bool sendOn(redisAsyncContext *context, std::unique_ptr<Pending> &pending, const QList<QByteArray> &args);
    void dispatch(std::unique_ptr<Pending> pending, const QList<QByteArray> &args);
    // Forgets the current connection (freeing it when hiredis is not already doing so) and schedules a retry.
    void dropConnection(const QString &reason, bool freeContext);
    void setDegraded(bool degraded, const QString &reason);
    redisAsyncContext *usableContext() const;
    static QByteArray redisKey(const QString &key);

    RedisEndpoint m_endpoint;
    RedisOptions m_options;
    MemoryCache *m_fallback; // child: follows moveToThread()
    redisAsyncContext *m_context = nullptr;
    RedisQtAdapter *m_adapter = nullptr;
    int m_handshakeLeft = 0;
    int m_inFlight = 0;
    int m_backoffMs = 0;
    bool m_ready = false;
    bool m_resolving = false;
    bool m_started = false;
    bool m_degraded = false;
    bool m_everConnected = false;
    // Parented to this in the constructor, so they follow moveToThread().
    QTimer m_connectTimer;
    QTimer m_commandTimer;
    QTimer m_reconnectTimer;
};

} // namespace concierge::store
