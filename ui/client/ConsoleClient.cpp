#include "client/ConsoleClient.h"

#include "client/PollingEventFeed.h"
#include "client/WebSocketEventFeed.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace concierge::ui {

namespace {
constexpr int kRequestTimeoutMs = 4000;
constexpr int kApiTimeoutMs = 15000; // an import or a connection test may take a while
} // namespace

ConsoleClient::ConsoleClient(QString baseUrl, QObject *parent)
    : ConsoleClient(std::move(baseUrl), Options{}, parent)
{
}

ConsoleClient::ConsoleClient(QString baseUrl, Options options, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_feed(options.webSocket ? static_cast<EventFeed *>(
                                     new WebSocketEventFeed(&m_network, m_baseUrl, options.eventPollIntervalMs, this))
                               : new PollingEventFeed(&m_network, m_baseUrl, options.eventPollIntervalMs, this))
{
    m_healthTimer.setInterval(options.healthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &ConsoleClient::refreshHealth);
    connect(m_feed, &EventFeed::eventReceived, this, &ConsoleClient::onEvent);
    connect(m_feed, &EventFeed::connectionChanged, this, [this](bool up) { setConnected(up, false); });
    connect(m_feed, &EventFeed::unauthorized, this, &ConsoleClient::authenticationRequired);
    connect(m_feed, &EventFeed::resynchronized, this, &ConsoleClient::resynchronized);
}

ConsoleClient::~ConsoleClient() = default;

void ConsoleClient::setToken(const QString &token)
{
    m_token = token;
    m_feed->setToken(token);
}

void ConsoleClient::start()
{
    m_healthTimer.start();
    refreshHealth();
    m_feed->start(m_feed->lastId());
}

void ConsoleClient::stop()
{
    m_healthTimer.stop();
    m_feed->stop();
}

qint64 ConsoleClient::lastEventId() const
{
    return m_feed->lastId();
}

void ConsoleClient::refreshHealth()
{
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/health")));
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        setConnected(answered, true);
        if (health.isEmpty())
            emit healthUnavailable(reply->errorString());
        else
            emit healthChanged(health);
    });
}

void ConsoleClient::login(const QString &username, const QString &password)
{
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/api/v1/auth/login")));
    request.setTransferTimeout(kRequestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QLatin1String("username"), username}, {QLatin1String("password"), password}};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, username] {
        reply->deleteLater();
        const ApiReply answer = replyOf(reply);
        const QString token = answer.json.value(QLatin1String("access_token")).toString();
        if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
            const QString message = answer.errorMessage.isEmpty() ? reply->errorString() : answer.errorMessage;
            emit loginFailed(message);
            emit loginRefused(loginFailureOf(answer), message);
            return;
        }
        const bool again = !m_token.isEmpty(); // the old token was refused: requests made meanwhile failed
        setToken(token);
        setIdentity(username, answer.json.value(QLatin1String("role")).toString());
        emit loggedIn();
        if (again)
            emit resynchronized();
    });
}

void ConsoleClient::setIdentity(const QString &username, const QString &role)
{
    m_username = username;
    m_role = role;
}

void ConsoleClient::get(const QString &path, QObject *context, ApiCallback done)
{
    send("GET", path, {}, {}, context, std::move(done));
}

void ConsoleClient::post(const QString &path, const QJsonObject &body, QObject *context, ApiCallback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", context,
         std::move(done));
}

void ConsoleClient::put(const QString &path, const QJsonObject &body, QObject *context, ApiCallback done)
{
    send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", context, std::move(done));
}

void ConsoleClient::remove(const QString &path, QObject *context, ApiCallback done)
{
    send("DELETE", path, {}, {}, context, std::move(done));
}

void ConsoleClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &contentType, QObject *context, ApiCallback done)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setTransferTimeout(kApiTimeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    ++m_pending;
    // Counted on the client, whose lifetime covers the reply's (a context may go first).
    connect(reply, &QNetworkReply::finished, this, [this] { --m_pending; });
    QObject *receiver = context ? context : this;
    connect(reply, &QNetworkReply::finished, receiver, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const ApiReply answer = replyOf(reply);
        if (answer.status == 401)
            emit authenticationRequired();
        if (done)
            done(answer);
    });
}

ApiReply ConsoleClient::replyOf(QNetworkReply *reply)
{
    ApiReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    const QJsonObject error = answer.json.value(QLatin1String("error")).toObject();
    answer.errorCode = error.value(QLatin1String("code")).toString();
    answer.errorMessage = error.value(QLatin1String("message")).toString();
    if (answer.status == 0) {
        answer.errorCode = QStringLiteral("network");
        answer.errorMessage = reply->errorString();
    }
    return answer;
}

ConsoleClient::LoginFailure ConsoleClient::loginFailureOf(const ApiReply &answer)
{
    if (answer.status == 0)
        return LoginFailure::Unreachable;
    if (answer.errorCode == QLatin1String("invalid_credentials"))
        return LoginFailure::WrongPassword;
    if (answer.errorCode == QLatin1String("account_disabled"))
        return LoginFailure::AccountDisabled;
    if (answer.status == 429)
        return LoginFailure::TooManyAttempts;
    return LoginFailure::Refused;
}

QString ConsoleClient::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

void ConsoleClient::onEvent(const live::LiveEvent &event)
{
    // The WhatsApp session's state is part of the health report: show the new one now.
    if (event.kind == live::EventKind::SessionStatus)
        refreshHealth();
    emit eventReceived(event);
}

void ConsoleClient::setConnected(bool connected, bool fromHealth)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected);
    if (connected && !fromHealth) // back after an outage: the health shown is stale
        refreshHealth();
}

} // namespace concierge::ui
