#include "store/RedisSubscriber.h"

#include "core/Log.h"
#include "store/RedisQtAdapter.h"

#include <hiredis/async.h>

#include <vector>

namespace concierge::store {

namespace {

// The reply callback's private data: which command answers.
char kHandshakeTag = 0;
char kSubscriptionTag = 0;

QByteArray element(const redisReply *reply, size_t i)
{
    if (reply->type != REDIS_REPLY_ARRAY || i >= reply->elements || !reply->element[i]->str)
        return {};
    return QByteArray(reply->element[i]->str, qsizetype(reply->element[i]->len));
}

bool sendCommand(redisAsyncContext *context, void *tag, const QList<QByteArray> &args, redisCallbackFn *callback)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &arg : args) {
        argv.push_back(arg.constData());
        lengths.push_back(size_t(arg.size()));
    }
    return redisAsyncCommandArgv(context, callback, tag, int(argv.size()), argv.data(), lengths.data()) == REDIS_OK;
}

} // namespace

RedisSubscriber::RedisSubscriber(RedisEndpoint endpoint, QByteArray channel, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_channel(std::move(channel))
    , m_connectTimer(this)
    , m_retryTimer(this)
{
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(kConnectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { drop(QStringLiteral("connect timeout"), true); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisSubscriber::start);
    QTimer::singleShot(0, this, &RedisSubscriber::start); // in the thread the subscriber ends up in
}

RedisSubscriber::~RedisSubscriber()
{
    m_retryTimer.stop();
    if (redisAsyncContext *context = std::exchange(m_context, nullptr)) {
        context->data = nullptr; // callbacks run inside redisAsyncFree: tell them the subscriber is gone
        if (m_adapter)
            m_adapter->detach();
        redisAsyncFree(context);
    }
    if (m_adapter && m_adapter->dispatching()) {
        m_adapter->setParent(nullptr);
        m_adapter->deleteLater();
    }
}

void RedisSubscriber::start()
{
    if (m_context || m_resolving)
        return;
    m_resolving = true;
    m_endpoint.resolve(this, [this](const QString &ip, const QString &error) {
        m_resolving = false;
        if (ip.isEmpty())
            drop(error, false);
        else
            open(ip);
    });
}

void RedisSubscriber::open(const QString &ip)
{
    QString reason;
    redisAsyncContext *context = connectRedis(ip, m_endpoint.port, &reason);
    if (!context) {
        drop(reason, false);
        return;
    }
    context->data = this;
    m_adapter = new RedisQtAdapter(this);
    m_adapter->attach(context);
    redisAsyncSetConnectCallback(context, &RedisSubscriber::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisSubscriber::onDisconnect);
    m_context = context;
    m_connectTimer.start();
    // Queued by hiredis until the socket is up. Channels are global to the server: no SELECT.
    if (const QList<QByteArray> auth = m_endpoint.authCommand(); !auth.isEmpty())
        sendCommand(context, &kHandshakeTag, auth, &RedisSubscriber::onReply);
    sendCommand(context, &kSubscriptionTag, {QByteArrayLiteral("SUBSCRIBE"), m_channel}, &RedisSubscriber::onReply);
}

void RedisSubscriber::onConnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisSubscriber *>(context->data);
    if (self && context == self->m_context && status != REDIS_OK) // hiredis frees the context after this
        self->drop(context->c.err ? QString::fromUtf8(context->c.errstr) : QStringLiteral("connect failed"), false);
}

void RedisSubscriber::onDisconnect(const redisAsyncContext *context, int)
{
    auto *self = static_cast<RedisSubscriber *>(context->data);
    if (self && context == self->m_context)
        self->drop(QStringLiteral("connection lost"), false);
}

void RedisSubscriber::onReply(redisAsyncContext *context, void *reply, void *privdata)
{
    auto *self = static_cast<RedisSubscriber *>(context->data);
    if (self && context == self->m_context && reply)
        self->handle(static_cast<redisReply *>(reply), privdata == &kHandshakeTag);
}

void RedisSubscriber::handle(redisReply *reply, bool handshake)
{
    if (reply->type == REDIS_REPLY_ERROR) {
        // Never log the command: AUTH carries the password.
        drop(QStringLiteral("refused: %1").arg(QString::fromUtf8(reply->str, int(reply->len))), true);
        return;
    }
    if (handshake)
        return;
    const QByteArray type = element(reply, 0);
    if (type == "subscribe") {
        m_connectTimer.stop();
        m_backoffMs = kMinBackoffMs;
        setSubscribed(true);
    } else if (type == "message") {
        emit message(element(reply, 2));
    }
}

void RedisSubscriber::drop(const QString &reason, bool freeContext)
{
    redisAsyncContext *context = std::exchange(m_context, nullptr);
    m_connectTimer.stop();
    if (m_adapter) {
        m_adapter->deleteLater(); // hiredis may still call its cleanup hook while freeing the context
        m_adapter = nullptr;
    }
    if (m_subscribed || !m_retryTimer.isActive())
        qCInfo(lcCache).noquote() << "Redis channel" << m_channel << "at" << m_endpoint.describe()
                                  << QStringLiteral("unavailable (%1), retrying in").arg(reason) << m_backoffMs << "ms";
    setSubscribed(false);
    m_retryTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
    if (freeContext && context) {
        context->data = nullptr;
        redisAsyncFree(context);
    }
}

void RedisSubscriber::setSubscribed(bool subscribed)
{
    if (m_subscribed == subscribed)
        return;
    m_subscribed = subscribed;
    emit subscribedChanged(subscribed);
}

} // namespace concierge::store
