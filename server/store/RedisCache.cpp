#include "store/RedisCache.h"

#include "core/Log.h"
#include "store/MemoryCache.h"
#include "store/RedisQtAdapter.h"

#include <QPointer>

#include <hiredis/async.h>

#include <vector>

namespace concierge::store {

// One command in flight; hiredis hands it back to onReplyCallback (with a null reply when the connection dies).
struct RedisCache::Pending
{
    enum class Kind { Handshake, Get, Set, Remove, Hit, Expire, Publish };

    Kind kind = Kind::Get;
    QString key;
    QByteArray value;
    int seconds = 0;
    QPointer<QObject> context;
    bool guarded = false; // a context was given: answer only while it lives
    std::function<void(std::optional<QByteArray>)> onValue;
    std::function<void(qint64)> onCount;

    bool wanted() const { return !guarded || context; }
};

Result<std::unique_ptr<RedisCache>> RedisCache::create(const QString &url, RedisOptions options)
{
    auto endpoint = RedisEndpoint::parse(url);
    if (!endpoint)
        return endpoint.error();
    return std::make_unique<RedisCache>(std::move(endpoint.value()), options);
}

RedisCache::RedisCache(RedisEndpoint endpoint, RedisOptions options, QObject *parent)
    : SessionCache(parent)
    , m_endpoint(std::move(endpoint))
    , m_options(options)
    , m_fallback(new MemoryCache(this))
    , m_backoffMs(options.minBackoffMs)
    , m_connectTimer(this)
    , m_commandTimer(this)
    , m_reconnectTimer(this)
{
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(m_options.connectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { dropConnection(QStringLiteral("connect timeout"), true); });
    m_commandTimer.setSingleShot(true);
    m_commandTimer.setInterval(m_options.commandTimeoutMs);
    connect(&m_commandTimer, &QTimer::timeout, this,
            [this] { dropConnection(QStringLiteral("no reply within %1 ms").arg(m_options.commandTimeoutMs), true); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RedisCache::startConnect);
    QTimer::singleShot(0, this, &RedisCache::ensureStarted);
}

void RedisCache::ensureStarted()
{
    if (!m_started) {
        m_started = true;
        startConnect();
    }
}

RedisCache::~RedisCache()
{
    m_reconnectTimer.stop();
    if (redisAsyncContext *context = std::exchange(m_context, nullptr)) {
        // Pending callbacks still run inside redisAsyncFree: a null data tells them the cache is gone.
        context->data = nullptr;
        if (m_adapter)
            m_adapter->detach();
        redisAsyncFree(context);
    }
    if (m_adapter && m_adapter->dispatching()) {
        // A reply callback is deleting the cache: the adapter's notifier is still on the stack.
        m_adapter->setParent(nullptr);
        m_adapter->deleteLater();
    }
}

void RedisCache::get(const QString &key, QObject *context, std::function<void(std::optional<QByteArray>)> done)
{
    auto pending = std::make_unique<Pending>();
    pending->kind = Pending::Kind::Get;
    pending->key = key;
    pending->context = context;
    pending->guarded = context != nullptr;
    pending->onValue = std::move(done);
    dispatch(std::move(pending), {QByteArrayLiteral("GET"), redisKey(key)});
}

void RedisCache::set(const QString &key, const QByteArray &value, int ttlSeconds)
{
    auto pending = std::make_unique<Pending>();
    pending->kind = Pending::Kind::Set;
    pending->key = key;
    pending->value = value;
    pending->seconds = ttlSeconds;
    QList<QByteArray> args{QByteArrayLiteral("SET"), redisKey(key), value};
    if (ttlSeconds > 0)
        args << QByteArrayLiteral("EX") << QByteArray::number(ttlSeconds);
    dispatch(std::move(pending), args);
}

void RedisCache::remove(const QString &key)
{
    auto pending = std::make_unique<Pending>();
    pending->kind = Pending::Kind::Remove;
    pending->key = key;
    dispatch(std::move(pending), {QByteArrayLiteral("DEL"), redisKey(key)});
}

void RedisCache::hit(const QString &key, int windowSeconds, QObject *context, std::function<void(qint64)> done)
{
    windowSeconds = qMax(windowSeconds, 1);
    auto pending = std::make_unique<Pending>();
    pending->kind = Pending::Kind::Hit;
    pending->key = key;
    pending->seconds = windowSeconds;
    pending->context = context;
    pending->guarded = context != nullptr;
    pending->onCount = std::move(done);
    if (!send(pending, {QByteArrayLiteral("INCR"), redisKey(key)})) {
        serveFromFallback(*pending);
        return;
    }
    // Pipelined behind INCR (one round trip): NX starts the window only at the key's first hit.
    auto expire = std::make_unique<Pending>();
    expire->kind = Pending::Kind::Expire;
    send(expire,
         {QByteArrayLiteral("EXPIRE"), redisKey(key), QByteArray::number(windowSeconds), QByteArrayLiteral("NX")});
}

void RedisCache::publish(const QByteArray &channel, const QByteArray &message)
{
    auto pending = std::make_unique<Pending>();
    pending->kind = Pending::Kind::Publish;
    dispatch(std::move(pending), {QByteArrayLiteral("PUBLISH"), channel, message});
}

void RedisCache::dispatch(std::unique_ptr<Pending> pending, const QList<QByteArray> &args)
{
    if (!send(pending, args))
        serveFromFallback(*pending);
}

bool RedisCache::send(std::unique_ptr<Pending> &pending, const QList<QByteArray> &args)
{
    ensureStarted();
    redisAsyncContext *context = usableContext();
    if (!context || !sendOn(context, pending, args))
        return false;
    if (m_inFlight++ == 0)
        m_commandTimer.start();
    return true;
}

bool RedisCache::sendOn(redisAsyncContext *context, std::unique_ptr<Pending> &pending, const QList<QByteArray> &args)
{
    std::vector<const char *> argv;
    std::vector<size_t> argvLength;
    for (const QByteArray &arg : args) {
        argv.push_back(arg.constData());
        argvLength.push_back(size_t(arg.size()));
    }
    if (redisAsyncCommandArgv(context, &RedisCache::onReplyCallback, pending.get(), int(argv.size()), argv.data(),
                              argvLength.data()) != REDIS_OK)
        return false;
    pending.release(); // hiredis owns it until onReplyCallback
    return true;
}

redisAsyncContext *RedisCache::usableContext() const
{
    // Ready, or the very first connection still being set up (its queue is answered by the fallback if it fails).
    if (!m_context || m_degraded)
        return nullptr;
    return m_context;
}

QByteArray RedisCache::redisKey(const QString &key)
{
    return KeyPrefix + key.toUtf8();
}

void RedisCache::startConnect()
{
    if (m_context || m_resolving)
        return;
    m_resolving = true;
    m_endpoint.resolve(this, [this](const QString &ip, const QString &error) {
        m_resolving = false;
        if (ip.isEmpty())
            dropConnection(error, false);
        else
            openContext(ip);
    });
}

void RedisCache::openContext(const QString &ip)
{
    QString reason;
    redisAsyncContext *context = connectRedis(ip, m_endpoint.port, &reason);
    if (!context) {
        dropConnection(reason, false);
        return;
    }
    context->data = this;
    m_adapter = new RedisQtAdapter(this);
    m_adapter->attach(context);
    redisAsyncSetConnectCallback(context, &RedisCache::onConnectCallback);
    redisAsyncSetDisconnectCallback(context, &RedisCache::onDisconnectCallback);
    m_context = context;
    m_connectTimer.start();

    // hiredis queues these until the socket is connected; user commands queue behind them.
    QList<QList<QByteArray>> handshake;
    if (const QList<QByteArray> auth = m_endpoint.authCommand(); !auth.isEmpty())
        handshake << auth;
    if (m_endpoint.db != 0)
        handshake << QList<QByteArray>{QByteArrayLiteral("SELECT"), QByteArray::number(m_endpoint.db)};
    handshake << QList<QByteArray>{QByteArrayLiteral("PING")};
    m_handshakeLeft = int(handshake.size());
    for (const auto &command : std::as_const(handshake)) {
        auto pending = std::make_unique<Pending>();
        pending->kind = Pending::Kind::Handshake;
        sendOn(context, pending, command);
    }
}

void RedisCache::onConnectCallback(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisCache *>(context->data);
    if (!self || context != self->m_context || status == REDIS_OK)
        return;
    // hiredis frees the context right after this callback.
    // The socket error is on the inner context: hiredis copies it to the async one only after this callback.
    const QString reason = context->c.err ? QString::fromUtf8(context->c.errstr) : QStringLiteral("connect failed");
    self->dropConnection(reason, false);
}

void RedisCache::onDisconnectCallback(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisCache *>(context->data);
    if (self && context == self->m_context)
        self->dropConnection(QStringLiteral("connection lost"), false);
}

void RedisCache::onReplyCallback(redisAsyncContext *context, void *reply, void *privdata)
{
    std::unique_ptr<Pending> pending(static_cast<Pending *>(privdata));
    auto *self = static_cast<RedisCache *>(context->data);
    if (self)
        self->handleReply(context, static_cast<redisReply *>(reply), *pending);
}

void RedisCache::handleReply(redisAsyncContext *context, redisReply *reply, Pending &pending)
{
    if (!reply) {
        // The connection is going away (hiredis is freeing it): answer from memory.
        if (context == m_context) {
            const QString reason =
                context->c.err ? QString::fromUtf8(context->c.errstr) : QStringLiteral("connection lost");
            dropConnection(reason, false);
        }
        serveFromFallback(pending);
        return;
    }
    if (context == m_context && pending.kind != Pending::Kind::Handshake) {
        if (--m_inFlight > 0)
            m_commandTimer.start();
        else
            m_commandTimer.stop();
    }
    if (pending.kind == Pending::Kind::Handshake)
        handleHandshakeReply(reply);
    else
        finishPending(reply, pending);
}

void RedisCache::handleHandshakeReply(redisReply *reply)
{
    if (reply->type == REDIS_REPLY_ERROR) {
        // Never log the command itself: AUTH carries the password.
        dropConnection(QStringLiteral("handshake refused: %1").arg(QString::fromUtf8(reply->str, int(reply->len))),
                       true);
        return;
    }
    if (--m_handshakeLeft > 0)
        return;
    m_connectTimer.stop();
    m_ready = true;
    m_backoffMs = m_options.minBackoffMs;
    if (!m_everConnected || m_degraded)
        qCInfo(lcCache).noquote() << "Redis cache connected to" << m_endpoint.describe();
    m_everConnected = true;
    if (m_degraded) {
        m_fallback->clear(); // what was written during the outage is stale next to Redis' own state
        setDegraded(false, {});
    }
}

void RedisCache::finishPending(redisReply *reply, Pending &pending)
{
    if (reply->type == REDIS_REPLY_ERROR) {
        qCWarning(lcCache).noquote() << "Redis error:" << QString::fromUtf8(reply->str, int(reply->len));
        if (pending.kind == Pending::Kind::Get || pending.kind == Pending::Kind::Hit)
            serveFromFallback(pending);
        return;
    }
    if (!pending.wanted())
        return;
    if (pending.kind == Pending::Kind::Get && pending.onValue) {
        if (reply->type == REDIS_REPLY_STRING)
            pending.onValue(QByteArray(reply->str, qsizetype(reply->len)));
        else
            pending.onValue(std::nullopt);
    } else if (pending.kind == Pending::Kind::Hit && pending.onCount) {
        pending.onCount(reply->type == REDIS_REPLY_INTEGER ? qint64(reply->integer) : 0);
    }
}

void RedisCache::serveFromFallback(Pending &pending)
{
    switch (pending.kind) {
    case Pending::Kind::Get:
        if (pending.wanted() && pending.onValue)
            pending.onValue(m_fallback->value(pending.key));
        break;
    case Pending::Kind::Set: m_fallback->set(pending.key, pending.value, pending.seconds); break;
    case Pending::Kind::Remove: m_fallback->remove(pending.key); break;
    case Pending::Kind::Hit: {
        const qint64 count = m_fallback->countHit(pending.key, pending.seconds);
        if (pending.wanted() && pending.onCount)
            pending.onCount(count);
        break;
    }
    case Pending::Kind::Handshake:
    case Pending::Kind::Expire:
    case Pending::Kind::Publish: break; // other instances miss it; the database stays the source of truth
    }
}

void RedisCache::dropConnection(const QString &reason, bool freeContext)
{
    redisAsyncContext *context = std::exchange(m_context, nullptr);
    m_ready = false;
    m_inFlight = 0;
    m_handshakeLeft = 0;
    m_connectTimer.stop();
    m_commandTimer.stop();
    if (m_adapter) {
        m_adapter->deleteLater(); // hiredis may still call its cleanup hook while freeing the context
        m_adapter = nullptr;
    }
    setDegraded(true, reason);
    qCDebug(lcCache).noquote() << "Redis reconnect in" << m_backoffMs << "ms";
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, m_options.maxBackoffMs);
    // Last: freeing runs the pending callbacks, which now see the fallback.
    if (freeContext && context)
        redisAsyncFree(context);
}

void RedisCache::setDegraded(bool degraded, const QString &reason)
{
    if (m_degraded == degraded) {
        if (degraded)
            qCDebug(lcCache).noquote() << "Redis still unavailable:" << reason;
        return;
    }
    m_degraded = degraded;
    if (degraded)
        qCWarning(lcCache).noquote() << QStringLiteral("Redis cache at %1 unavailable (%2): using in-memory fallback, "
                                                       "retrying in the background")
                                            .arg(m_endpoint.describe(), reason);
    emit degradedChanged(degraded);
}

} // namespace concierge::store
