#include "client/PollingEventFeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace concierge::ui {

namespace {
constexpr int kRequestTimeoutMs = 4000;
}

PollingEventFeed::PollingEventFeed(QNetworkAccessManager *network, QString baseUrl, int intervalMs, QObject *parent)
    : EventFeed(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PollingEventFeed::poll);
}

void PollingEventFeed::start(qint64 sinceId)
{
    m_lastId = sinceId;
    m_timer.start();
    poll();
}

void PollingEventFeed::stop()
{
    m_timer.stop();
    if (m_inFlight)
        std::exchange(m_inFlight, nullptr)->abort();
}

void PollingEventFeed::poll()
{
    if (m_inFlight || !m_timer.isActive())
        return;
    QUrl url(m_baseUrl + QStringLiteral("/api/v1/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_lastId));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void PollingEventFeed::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_inFlight)
        return; // aborted by stop()
    m_inFlight = nullptr;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) { // no HTTP answer at all: the server is away; the timer retries
        setConnected(false);
        return;
    }
    setConnected(true);
    if (status.toInt() == 401)
        emit unauthorized();
    else if (status.toInt() == 200)
        readPage(reply->readAll());
}

void PollingEventFeed::readPage(const QByteArray &body)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    const qint64 serverLastId = qint64(page.value(QLatin1String("last_id")).toDouble());
    if (serverLastId < m_lastId) {
        // The server restarted and counts from the beginning again: follow its new sequence.
        m_lastId = 0;
        QTimer::singleShot(0, this, &PollingEventFeed::poll);
        return;
    }
    const QJsonArray events = page.value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : events) {
        const QJsonObject json = value.toObject();
        const qint64 id = qint64(json.value(QLatin1String("id")).toDouble());
        if (id <= m_lastId)
            continue; // already shown
        m_lastId = id;
        if (const auto event = live::LiveEvent::fromJson(json)) // a kind unknown here (a newer server) is skipped
            emit eventReceived(*event);
    }
    if (events.size() >= kPageSize) // more are waiting: catch up now rather than a second later
        QTimer::singleShot(0, this, &PollingEventFeed::poll);
}

void PollingEventFeed::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected);
}

} // namespace concierge::ui
