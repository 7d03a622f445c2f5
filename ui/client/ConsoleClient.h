#pragma once

#include "client/ApiReply.h"
#include "events/LiveEvent.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace concierge::ui {

class EventFeed;

// The console's only way to the server: its REST API over HTTP (in-process or remote alike) and its live events.
// Lives in the GUI thread. Panels listen to its signals and never see the transport, so a WebSocket feed can
// replace polling here alone.
class ConsoleClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleClient)

public:
    struct Options
    {
        int healthIntervalMs = 5000;
        int eventPollIntervalMs = 1000; // polling: the fallback when the server has no WebSocket
        bool webSocket = true;          // follow events on GET /api/v1/live (false: poll GET /api/v1/events)
    };

    // Why a login failed (loginRefused), for a message that says what to do.
    enum class LoginFailure {
        WrongPassword,   // 401 invalid_credentials
        AccountDisabled, // 401 account_disabled
        Unreachable,     // no answer: the server is down, the address wrong, or the network away
        TooManyAttempts, // 429 too_many_attempts
        Refused,         // any other answer (e.g. not a Concierge server at that address)
    };
    Q_ENUM(LoginFailure)

    explicit ConsoleClient(QString baseUrl, QObject *parent = nullptr);
    ConsoleClient(QString baseUrl, Options options, QObject *parent = nullptr);
    ~ConsoleClient() override;

    QString baseUrl() const { return m_baseUrl; }
    // The bearer token sent with API requests (the in-process console mints one; a remote one logs in).
    void setToken(const QString &token);
    QString token() const { return m_token; }
    // POST /api/v1/auth/login; on success the token is kept and loggedIn() emitted, else loginFailed() and
    // loginRefused(). ui/login/RemoteLogin keeps a remote console logged in with it.
    void login(const QString &username, const QString &password);

    // Who the console acts as: the owner of a conversation is "human:<username>". Set by login(), or by whoever
    // minted the token (the embedded console is the configured admin).
    void setIdentity(const QString &username, const QString &role);
    QString username() const { return m_username; }
    QString role() const { return m_role; }
    bool isAdmin() const { return m_role == QLatin1String("admin"); }

    // The REST API. `path` starts with "/api/v1/..." and may carry a query string; `done` runs in the GUI thread
    // unless `context` was destroyed meanwhile. A 401 also emits authenticationRequired().
    void get(const QString &path, QObject *context, ApiCallback done);
    void post(const QString &path, const QJsonObject &body, QObject *context, ApiCallback done);
    void put(const QString &path, const QJsonObject &body, QObject *context, ApiCallback done);
    void remove(const QString &path, QObject *context, ApiCallback done);
    // Any method and body (e.g. a CSV upload with contentType "text/csv").
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
              QObject *context, ApiCallback done);
    // A path segment such as a chat id ("221771234567@c.us"), percent-encoded.
    static QString segment(const QString &value);

    // Starts following health and live events (from the last id seen, so a restart catches up).
    void start();
    void stop();
    void refreshHealth();
    bool isConnected() const { return m_connected.value_or(false); }
    // API requests (get/post/put/remove/send) sent and not answered yet: 0 when the network has settled.
    int pendingRequests() const { return m_pending; }
    qint64 lastEventId() const;

signals:
    void eventReceived(const concierge::live::LiveEvent &event);
    void healthChanged(const QJsonObject &health);
    void healthUnavailable(const QString &reason);
    void connectionChanged(bool connected);
    // The token was refused or is missing: give a new one with setToken() (or log in).
    void authenticationRequired();
    void loggedIn();
    void loginFailed(const QString &reason);
    void loginRefused(concierge::ui::ConsoleClient::LoginFailure failure, const QString &message);
    // Reload what you show from the REST API: the live feed could not replay what was missed while the console was
    // away (the server restarted, and counts its events from 1 again; or too many events were missed). Emitted once
    // the feed follows again, after a reconnect; events from then on arrive through eventReceived() as usual. Also
    // emitted after a login that replaced a refused token (requests made with the refused one failed). Panels
    // that keep state built from events (lists, counts, threads) connect to it; a plain reconnect that could
    // replay everything does not emit it.
    void resynchronized();

private:
    void onEvent(const live::LiveEvent &event);
    static ApiReply replyOf(QNetworkReply *reply);
    static LoginFailure loginFailureOf(const ApiReply &answer);
    void setConnected(bool connected, bool fromHealth);

    QString m_baseUrl;
    QString m_token;
    QString m_username;
    QString m_role;
    QNetworkAccessManager m_network;
    QTimer m_healthTimer;
    EventFeed *m_feed = nullptr;
    std::optional<bool> m_connected;
    int m_pending = 0;
};

} // namespace concierge::ui
