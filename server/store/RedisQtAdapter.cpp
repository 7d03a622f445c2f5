#include "store/RedisQtAdapter.h"

#include <QSocketNotifier>

#include <hiredis/async.h>

namespace concierge::store {

RedisQtAdapter::RedisQtAdapter(QObject *parent)
    : QObject(parent)
{
}

RedisQtAdapter::~RedisQtAdapter()
{
    detach();
}

bool RedisQtAdapter::attach(redisAsyncContext *context)
{
    if (!context || context->ev.data || m_context)
        return false;
    m_context = context;
    context->ev.data = this;
    context->ev.addRead = &RedisQtAdapter::addReadHook;
    context->ev.delRead = &RedisQtAdapter::delReadHook;
    context->ev.addWrite = &RedisQtAdapter::addWriteHook;
    context->ev.delWrite = &RedisQtAdapter::delWriteHook;
    context->ev.cleanup = &RedisQtAdapter::cleanupHook;
    const auto fd = qintptr(context->c.fd);
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_read->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, &RedisQtAdapter::onReadable);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_write->setEnabled(false);
    connect(m_write, &QSocketNotifier::activated, this, &RedisQtAdapter::onWritable);
    return true;
}

void RedisQtAdapter::detach()
{
    if (m_context) {
        m_context->ev = {};
        m_context = nullptr;
    }
    cleanup();
}

void RedisQtAdapter::addReadHook(void *self)
{
    if (auto *adapter = static_cast<RedisQtAdapter *>(self); adapter->m_read)
        adapter->m_read->setEnabled(true);
}

void RedisQtAdapter::delReadHook(void *self)
{
    if (auto *adapter = static_cast<RedisQtAdapter *>(self); adapter->m_read)
        adapter->m_read->setEnabled(false);
}

void RedisQtAdapter::addWriteHook(void *self)
{
    if (auto *adapter = static_cast<RedisQtAdapter *>(self); adapter->m_write)
        adapter->m_write->setEnabled(true);
}

void RedisQtAdapter::delWriteHook(void *self)
{
    if (auto *adapter = static_cast<RedisQtAdapter *>(self); adapter->m_write)
        adapter->m_write->setEnabled(false);
}

void RedisQtAdapter::cleanupHook(void *self)
{
    auto *adapter = static_cast<RedisQtAdapter *>(self);
    // hiredis frees the context right after this hook: forget it so nothing touches it again.
    adapter->m_context = nullptr;
    adapter->cleanup();
}

void RedisQtAdapter::onReadable()
{
    if (!m_context)
        return;
    m_dispatching = true;
    redisAsyncHandleRead(m_context);
    m_dispatching = false; // nothing else may touch `this` here: see dispatching()
}

void RedisQtAdapter::onWritable()
{
    if (!m_context)
        return;
    m_dispatching = true;
    redisAsyncHandleWrite(m_context);
    m_dispatching = false;
}

void RedisQtAdapter::cleanup()
{
    // deleteLater: cleanup may run inside one of these notifiers' activated() signals.
    for (QSocketNotifier **notifier : {&m_read, &m_write}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater();
            *notifier = nullptr;
        }
    }
}

redisAsyncContext *connectRedis(const QString &ip, quint16 port, QString *error)
{
    redisAsyncContext *context = redisAsyncConnect(ip.toUtf8().constData(), port);
    if (context && !context->err)
        return context;
    *error = context ? QString::fromUtf8(context->errstr) : QStringLiteral("out of memory");
    if (context)
        redisAsyncFree(context);
    return nullptr;
}

} // namespace concierge::store
