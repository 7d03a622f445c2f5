#include "client/WebSocketEventFeed.h"

#include "client/PollingEventFeed.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace concierge::ui {

namespace {
constexpr int kCloseUnauthorized = 4401; // the server's code for a refused token
constexpr int kProbeTimeoutMs = 4000;
} // namespace

WebSocketEventFeed::WebSocketEventFeed(QNetworkAccessManager *network, QString baseUrl, int pollIntervalMs,
                                       QObject *parent)
    : EventFeed(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_poll(new PollingEventFeed(network, m_baseUrl, pollIntervalMs, this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WebSocketEventFeed::open);
    connect(&m_socket, &QWebSocket::connected, this, [this] { m_opened = true; });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WebSocketEventFeed::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &WebSocketEventFeed::onDisconnected);
    // A refused handshake (an HTTP answer that is not 101) may leave the TCP connection open: no disconnected.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (!m_opened)
            onDisconnected();
    });
    // The fallback's signals are this feed's.
    connect(m_poll, &EventFeed::eventReceived, this, &EventFeed::eventReceived);
    connect(m_poll, &EventFeed::connectionChanged, this, &EventFeed::connectionChanged);
    connect(m_poll, &EventFeed::unauthorized, this, &EventFeed::unauthorized);
    connect(m_poll, &EventFeed::resynchronized, this, &EventFeed::resynchronized);
}

WebSocketEventFeed::~WebSocketEventFeed()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void WebSocketEventFeed::start(qint64 sinceId)
{
    m_lastId = sinceId;
    m_running = true;
    if (m_polling) {
        m_poll->start(sinceId);
        return;
    }
    m_retryMs = kFirstRetryMs;
    open();
}

void WebSocketEventFeed::stop()
{
    m_running = false;
    m_retry.stop();
    m_poll->stop();
    m_socket.abort();
}

void WebSocketEventFeed::setToken(const QString &token)
{
    m_token = token;
    m_poll->setToken(token);
}

qint64 WebSocketEventFeed::lastId() const
{
    return m_polling ? m_poll->lastId() : m_lastId;
}

void WebSocketEventFeed::open()
{
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    QUrl url(m_baseUrl + QStringLiteral("/api/v1/live"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), m_token);
    if (m_lastId > 0)
        query.addQueryItem(QStringLiteral("since"), QString::number(m_lastId));
    url.setQuery(query);
    m_opened = false;
    ++m_attempt;
    m_socket.open(url);
}

void WebSocketEventFeed::onText(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        m_retryMs = kFirstRetryMs;
        setConnected(true);
        return;
    }
    if (type == QLatin1String("reset")) {
        // Too much was missed, or the server restarted: follow its sequence from now on (panels reload from REST).
        m_lastId = qint64(json.value(QLatin1String("last_id")).toDouble());
        emit resynchronized();
        return;
    }
    const qint64 id = qint64(json.value(QLatin1String("id")).toDouble());
    if (id <= m_lastId)
        return; // a resume may repeat what was already delivered
    m_lastId = id;
    if (const auto event = live::LiveEvent::fromJson(json)) // a kind unknown here (a newer server) is skipped
        emit eventReceived(*event);
}

void WebSocketEventFeed::onDisconnected()
{
    if (!m_running || m_handled == m_attempt)
        return; // error and disconnected both report one failed attempt
    m_handled = m_attempt;
    if (int(m_socket.closeCode()) == kCloseUnauthorized) {
        setConnected(true); // the server answered; it refused the token
        emit unauthorized();
        retryLater(); // with the token ConsoleClient sets after a new login
        return;
    }
    if (!m_opened) {
        m_socket.abort();
        probeHttp();
        return;
    }
    setConnected(false);
    retryLater();
}

void WebSocketEventFeed::retryLater()
{
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
}

void WebSocketEventFeed::probeHttp()
{
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/health")));
    request.setTransferTimeout(kProbeTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            setConnected(false); // the server is away: try the WebSocket again later
            retryLater();
            return;
        }
        m_polling = true; // it answers HTTP but not the WebSocket: an older server
        m_poll->start(m_lastId);
    });
}

void WebSocketEventFeed::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected);
}

} // namespace concierge::ui
