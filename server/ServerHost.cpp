#include "ServerHost.h"

#include "ConciergeServer.h"

#include <QSemaphore>

namespace concierge {

ServerHost::ServerHost(config::Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("concierge-server"));
    // A QThread object lives in the thread that created it; work is posted to an anchor that lives in the new one.
    m_anchor.moveToThread(&m_thread);
}

ServerHost::~ServerHost()
{
    stop();
}

Status ServerHost::start()
{
    if (m_server)
        return {};
    // The server thread waits on Qt's own poll() loop, not glib's (Qt reads this when a thread starts; the console's
    // GUI thread keeps glib). Glib's dispatcher keeps socket notifiers in a list: registering or removing one walks
    // it, and with 1,000 chats waiting on the LLM (a connection each) that walk made the answers landing together
    // hold the other chats' webhooks for seconds (bench/llm-wait: ack p99 1.0-2.4 s against 0.15-0.28 s).
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    m_thread.start();
    Status status;
    // Built, started and later destroyed inside the server thread: every QObject of the server belongs to it.
    QMetaObject::invokeMethod(
        &m_anchor,
        [this, &status] {
            auto server = std::make_unique<ConciergeServer>(m_settings);
            status = server->start();
            if (!status)
                return;
            m_port = server->port();
            m_events = server->context().events;
            m_webhookTokenFile = server->webhookTokenFile();
            m_server = server.release();
        },
        Qt::BlockingQueuedConnection);
    if (!status)
        stop();
    return status;
}

Result<QString> ServerHost::consoleToken()
{
    Result<QString> token = Error{QStringLiteral("not_started"), QStringLiteral("the server is not running")};
    if (m_server) // issued in the server's thread, which owns the JWT service
        QMetaObject::invokeMethod(
            &m_anchor, [this, &token] { token = m_server->issueConsoleToken(); }, Qt::BlockingQueuedConnection);
    return token;
}

Status ServerHost::restart(config::Settings settings)
{
    stop();
    m_settings = std::move(settings);
    return start();
}

void ServerHost::stopGracefully(int maxMs)
{
    if (m_server) {
        QSemaphore drained;
        QMetaObject::invokeMethod(
            &m_anchor, [this, maxMs, &drained] { m_server->drain(maxMs, [&drained] { drained.release(); }); });
        // The drain ends itself at maxMs; the margin only guards against a server thread that no longer answers
        // (stop() below deletes the server, and with it a drain that has not called back).
        drained.tryAcquire(1, maxMs + 5000);
    }
    stop();
}

void ServerHost::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete std::exchange(m_server, nullptr); }, Qt::BlockingQueuedConnection);
    }
    m_events = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace concierge
