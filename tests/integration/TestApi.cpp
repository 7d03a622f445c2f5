// The HTTP API of issues 2 and 3: login (first admin from settings, 401/400/429), JWT on sessions and orchestrate,
// /health's shape, 404/405, and every error as {"error": {"code", "message"}}.
#include "auth/JwtService.h"
#include "live/EventBus.h"
#include "support/FakeAnthropic.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

const QString kSecret = QStringLiteral("api-test-jwt-secret-0123456789abcdef");

void verifyError(const HttpResult &r, int status, const char *what)
{
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1: expected %2, got %3 %4")
                                                .arg(QLatin1String(what))
                                                .arg(status)
                                                .arg(r.status)
                                                .arg(QString::fromUtf8(r.body))));
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    QVERIFY2(!error.value(QLatin1String("code")).toString().isEmpty(), what);
    QVERIFY2(!error.value(QLatin1String("message")).toString().isEmpty(), what);
}

QByteArray header(const HttpResult &r, const QByteArray &name)
{
    for (const auto &[n, v] : r.headers) {
        if (n == name)
            return v;
    }
    return {};
}

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private:
    FakeWaha m_waha;
    TestServer m_server;
    QByteArray m_token;

    HttpResult raw(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &bearer = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        return httpRequest(method, m_server.baseUrl() + path, body, headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_waha.start());
        m_server.settings().wahaBaseUrl = m_waha.baseUrl();
        m_server.settings().wahaApiKey = m_waha.apiKey();
        m_server.settings().adminUsername = QStringLiteral("secretaire");
        m_server.settings().jwtSecretKey = kSecret;
        m_server.settings().jwtExpireMinutes = 45;
        QVERIFY(m_server.start().ok());
    }

    void loginWithTheAdminFromSettings()
    {
        const HttpResult r =
            m_server.post(QStringLiteral("/api/v1/auth/login"),
                          {{QStringLiteral("username"), QStringLiteral("secretaire")},
                           {QStringLiteral("password"), QString::fromLatin1(TestServer::kAdminPassword)}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(o.value(QLatin1String("expires_in")).toInt(), 45 * 60);
        m_token = o.value(QLatin1String("access_token")).toString().toUtf8();
        QCOMPARE(m_token.count('.'), 2);
        QVERIFY(header(r, "content-type").startsWith("application/json"));
        // The token is a real HS256 JWT with our secret.
        const auto claims = auth::JwtService(kSecret.toUtf8(), 45).verify(QString::fromLatin1(m_token));
        QVERIFY(claims.ok());
        QCOMPARE(claims->subject, QStringLiteral("secretaire"));
        QCOMPARE(claims->role, QStringLiteral("admin"));
    }

    void loginErrors()
    {
        verifyError(m_server.post(QStringLiteral("/api/v1/auth/login"),
                                  {{QStringLiteral("username"), QStringLiteral("secretaire")},
                                   {QStringLiteral("password"), QStringLiteral("wrong-password")}}),
                    401, "wrong password");
        verifyError(m_server.post(QStringLiteral("/api/v1/auth/login"),
                                  {{QStringLiteral("username"), QStringLiteral("admin")},
                                   {QStringLiteral("password"), QString::fromLatin1(TestServer::kAdminPassword)}}),
                    401, "unknown user (the admin is named from ADMIN_USERNAME)");
        verifyError(raw("POST", QStringLiteral("/api/v1/auth/login"), "{\"username\": \"secretaire\", "), 400,
                    "malformed JSON");
        verifyError(raw("POST", QStringLiteral("/api/v1/auth/login"), "[]"), 400, "not an object");
        verifyError(
            m_server.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), QStringLiteral("x")}}),
            400, "missing password");
    }

    void loginRateLimited()
    {
        // A separate username so that the admin is not locked out for the other tests.
        int status = 0;
        HttpResult last;
        for (int i = 0; i < 15 && status != 429; ++i) {
            last = m_server.post(QStringLiteral("/api/v1/auth/login"),
                                 {{QStringLiteral("username"), QStringLiteral("intrus")},
                                  {QStringLiteral("password"), QStringLiteral("guess%1").arg(i)}});
            status = last.status;
            if (status != 429)
                QCOMPARE(status, 401);
        }
        verifyError(last, 429, "too many attempts");
        QVERIFY(!header(last, "retry-after").isEmpty());
    }

    void sessionsNeedAToken()
    {
        const QString path = QStringLiteral("/api/v1/sessions/abc");
        HttpResult r = m_server.get(path);
        verifyError(r, 401, "no token");
        QVERIFY(header(r, "www-authenticate").startsWith("Bearer"));
        verifyError(m_server.get(path, "not.a.jwt"), 401, "garbage token");
        verifyError(raw("DELETE", path, {}), 401, "delete without token");
        verifyError(raw("POST", path, "{}"), 401, "post without token");

        // Signed with another secret.
        auth::JwtService other("some-other-secret-0123456789abcdef", 30);
        verifyError(m_server.get(path, other.issue(QStringLiteral("secretaire"), QStringLiteral("admin"))->toUtf8()),
                    401, "foreign signature");
        // Expired: issued two hours ago with a 30-minute life.
        auth::JwtService old(kSecret.toUtf8(), 30);
        old.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-7200); });
        verifyError(m_server.get(path, old.issue(QStringLiteral("secretaire"), QStringLiteral("admin"))->toUtf8()), 401,
                    "expired token");
        // Tampered payload.
        QByteArray tampered = m_token;
        tampered[tampered.indexOf('.') + 3] = tampered[tampered.indexOf('.') + 3] == 'A' ? 'B' : 'A';
        verifyError(m_server.get(path, tampered), 401, "tampered token");
    }

    void sessionsRoundTrip()
    {
        QVERIFY(!m_token.isEmpty());
        const QString path = QStringLiteral("/api/v1/sessions/api-test-session");
        verifyError(m_server.get(path, m_token), 404, "unknown session");

        HttpResult r =
            m_server.post(path,
                          {{QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("step"), QStringLiteral("one")}, {QStringLiteral("n"), 1}}}},
                          m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("session_id")).toString(), QStringLiteral("api-test-session"));
        QCOMPARE(r.json().value(QLatin1String("data")).toObject().value(QLatin1String("step")).toString(),
                 QStringLiteral("one"));
        QVERIFY(r.json().value(QLatin1String("expires_at")).toDouble() >
                r.json().value(QLatin1String("updated_at")).toDouble());

        // A second POST merges.
        r = m_server.post(path, {{QStringLiteral("data"), QJsonObject{{QStringLiteral("n"), 2}}}}, m_token);
        QCOMPARE(r.status, 200);
        r = m_server.get(path, m_token);
        QCOMPARE(r.status, 200);
        const QJsonObject data = r.json().value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("step")).toString(), QStringLiteral("one"));
        QCOMPARE(data.value(QLatin1String("n")).toInt(), 2);

        verifyError(m_server.post(path, {{QStringLiteral("data"), QStringLiteral("not an object")}}, m_token), 400,
                    "data not an object");
        verifyError(raw("POST", path, "{oops", m_token), 400, "malformed JSON");

        r = raw("DELETE", path, {}, m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("deleted")).toBool(), true);
        verifyError(m_server.get(path, m_token), 404, "deleted session");
        verifyError(raw("DELETE", path, {}, m_token), 404, "delete twice");
    }

    void orchestrateOffline()
    {
        verifyError(
            m_server.post(QStringLiteral("/api/v1/orchestrate"), {{QStringLiteral("text"), QStringLiteral("x")}}), 401,
            "orchestrate without token");
        const int sentBefore = int(m_waha.sentTexts().size());
        const int requestsBefore = m_waha.http().requestCount();
        HttpResult r =
            m_server.post(QStringLiteral("/api/v1/orchestrate"),
                          {{QStringLiteral("text"), QStringLiteral("Quels sont les horaires des messes ?")}}, m_token);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("service")).toString(), QStringLiteral("renseignement"));
        QVERIFY(o.value(QLatin1String("intent")).isString());
        QVERIFY(o.value(QLatin1String("entities")).isObject());
        QCOMPARE(o.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
        QVERIFY(o.value(QLatin1String("confidence")).isDouble());
        QVERIFY(o.value(QLatin1String("confidence")).toDouble() > 0);
        QVERIFY2(o.value(QLatin1String("reply")).toString().contains(QStringLiteral("11h30")), r.body.constData());
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("offline"));

        r = m_server.post(QStringLiteral("/api/v1/orchestrate"),
                          {{QStringLiteral("text"), QStringLiteral("je veux parler à quelqu'un")},
                           {QStringLiteral("chat_id"), QStringLiteral("221770009999@c.us")}},
                          m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("service")).toString(), QStringLiteral("contact_humain"));

        r = m_server.post(QStringLiteral("/api/v1/orchestrate"),
                          {{QStringLiteral("text"), QStringLiteral("When is the parish office open?")}}, m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("language")).toString(), QStringLiteral("en"));
        QVERIFY2(r.json().value(QLatin1String("reply")).toString().contains(QStringLiteral("8:30 am")),
                 r.body.constData());

        // Nothing goes to WhatsApp.
        QCOMPARE(int(m_waha.sentTexts().size()), sentBefore);
        for (const RecordedRequest &req : m_waha.http().requests().mid(requestsBefore))
            QVERIFY2(!req.path.contains("send"), req.path.constData());
    }

    void orchestrateSeesTheChatsSession()
    {
        // A session written through the sessions API (a flow waiting for the parent code) is what orchestrate sees.
        const QString chat = QStringLiteral("221770008888@c.us");
        HttpResult r = m_server.post(
            QStringLiteral("/api/v1/orchestrate"),
            {{QStringLiteral("text"), QStringLiteral("je ne sais pas")}, {QStringLiteral("chat_id"), chat}}, m_token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QLatin1String("service")).toString() != QLatin1String("catechese"));

        r = m_server.post(
            QStringLiteral("/api/v1/sessions/") + chat,
            {{QStringLiteral("data"), QJsonObject{{QStringLiteral("flow"), QStringLiteral("catechese:await_code")},
                                                  {QStringLiteral("language"), QStringLiteral("en")}}}},
            m_token);
        QCOMPARE(r.status, 200);
        r = m_server.post(
            QStringLiteral("/api/v1/orchestrate"),
            {{QStringLiteral("text"), QStringLiteral("je ne sais pas")}, {QStringLiteral("chat_id"), chat}}, m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("service")).toString(), QStringLiteral("catechese"));
        QVERIFY2(r.json().value(QLatin1String("reply")).toString().contains(QStringLiteral("code parent")),
                 r.body.constData());

        // A forced language wins over detection.
        r = m_server.post(QStringLiteral("/api/v1/orchestrate"),
                          {{QStringLiteral("text"), QStringLiteral("je veux parler à quelqu'un")},
                           {QStringLiteral("language"), QStringLiteral("EN")}},
                          m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("language")).toString(), QStringLiteral("en"));
        QVERIFY2(r.json().value(QLatin1String("reply")).toString().contains(QStringLiteral("parish office")),
                 r.body.constData());
    }

    void orchestrateBadInput()
    {
        const QString path = QStringLiteral("/api/v1/orchestrate");
        verifyError(m_server.post(path, {}, m_token), 400, "no text");
        verifyError(m_server.post(path, {{QStringLiteral("text"), QStringLiteral("   ")}}, m_token), 400, "blank text");
        verifyError(m_server.post(path, {{QStringLiteral("text"), 42}}, m_token), 400, "text not a string");
        verifyError(m_server.post(path, {{QStringLiteral("text"), QString(20000, u'a')}}, m_token), 400,
                    "text too long");
        verifyError(m_server.post(path,
                                  {{QStringLiteral("text"), QStringLiteral("hi")},
                                   {QStringLiteral("language"), QStringLiteral("klingon-tlh-x")}},
                                  m_token),
                    400, "bad language");
        verifyError(raw("POST", path, "not json", m_token), 400, "malformed JSON");
    }

    void health()
    {
        const HttpResult r = m_server.get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QVERIFY(QStringList({QStringLiteral("ok"), QStringLiteral("degraded")})
                    .contains(o.value(QLatin1String("status")).toString()));
        const QJsonObject c = o.value(QLatin1String("components")).toObject();
        QCOMPARE(c.value(QLatin1String("database")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(!c.value(QLatin1String("cache")).toObject().value(QLatin1String("status")).toString().isEmpty());
        QVERIFY(c.value(QLatin1String("waha")).isObject());
        QVERIFY(!c.value(QLatin1String("waha")).toObject().value(QLatin1String("status")).toString().isEmpty());
        QCOMPARE(c.value(QLatin1String("llm")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("not_configured"));
        QVERIFY2(!r.body.contains(TestServer::kWebhookToken) && !r.body.contains(kSecret.toUtf8()),
                 "no secret in /health");
    }

    void eventsFeed()
    {
        QVERIFY(!m_token.isEmpty());
        verifyError(m_server.get(QStringLiteral("/api/v1/events")), 401, "events without token");
        live::EventBus *bus = m_server.server()->context().events;
        const qint64 before = bus->lastId();
        bus->publish(live::EventKind::SessionStatus, {},
                     live::SessionStatusPayload{QStringLiteral("WORKING")}.toJson());
        bus->publish(live::EventKind::MessageQueued, QStringLiteral("33600000001@c.us"),
                     live::MessageQueuedPayload{QStringLiteral("Bonjour"), 12}.toJson());

        HttpResult r = m_server.get(QStringLiteral("/api/v1/events?since=%1").arg(before), m_token);
        QCOMPARE(r.status, 200);
        QJsonArray events = r.json().value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(qint64(r.json().value(QLatin1String("last_id")).toDouble()), before + 2);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(qint64(first.value(QLatin1String("id")).toDouble()), before + 1);
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("session.status"));
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("WORKING"));
        QVERIFY(first.value(QLatin1String("time")).toDouble() > 0);
        const auto second = live::LiveEvent::fromJson(events.at(1).toObject());
        QVERIFY(second);
        QCOMPARE(second->kind, live::EventKind::MessageQueued);
        QCOMPARE(second->chatId, QStringLiteral("33600000001@c.us"));
        QCOMPARE(live::MessageQueuedPayload::fromJson(second->payload).latencyMs, 12);

        // limit keeps the oldest; nothing newer answers the caller's own id back.
        r = m_server.get(QStringLiteral("/api/v1/events?since=%1&limit=1").arg(before), m_token);
        QCOMPARE(r.json().value(QLatin1String("events")).toArray().size(), 1);
        QCOMPARE(qint64(r.json().value(QLatin1String("last_id")).toDouble()), before + 1);
        r = m_server.get(QStringLiteral("/api/v1/events?since=%1").arg(before + 2), m_token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QLatin1String("events")).toArray().isEmpty());
        QCOMPARE(qint64(r.json().value(QLatin1String("last_id")).toDouble()), before + 2);

        verifyError(m_server.get(QStringLiteral("/api/v1/events?since=abc"), m_token), 400, "since not a number");
        verifyError(m_server.get(QStringLiteral("/api/v1/events?limit=0"), m_token), 400, "limit zero");
        verifyError(m_server.get(QStringLiteral("/api/v1/events?since=-1"), m_token), 400, "negative since");
    }

    void unknownRouteAndWrongMethod()
    {
        verifyError(m_server.get(QStringLiteral("/api/v1/nothing-here")), 404, "unknown route");
        verifyError(m_server.get(QStringLiteral("/api/v1/auth/login")), 405, "GET login");
        const HttpResult r = raw("PUT", QStringLiteral("/api/v1/sessions/abc"), "{}", m_token);
        verifyError(r, 405, "PUT session");
        QVERIFY(!header(r, "allow").isEmpty());
        verifyError(raw("DELETE", QStringLiteral("/health"), {}), 405, "DELETE health");
    }

    void orchestrateWithLlm()
    {
        FakeAnthropic llm;
        QVERIFY(llm.start());
        llm.setExpectedBearer("orchestrate-llm-token");
        TestServer server;
        server.settings().anthropicBaseUrl = llm.baseUrl();
        server.settings().anthropicAuthToken = QStringLiteral("orchestrate-llm-token");
        server.settings().anthropicModel = QStringLiteral("glm-4.5");
        server.settings().wahaBaseUrl = m_waha.baseUrl();
        server.settings().wahaApiKey = m_waha.apiKey();
        QVERIFY(server.start().ok());
        const QByteArray token = server.login();
        QVERIFY(!token.isEmpty());

        llm.enqueue(FakeAnthropic::toolUse(
            QStringLiteral("route_message"),
            {{QStringLiteral("service"), QStringLiteral("renseignement")},
             {QStringLiteral("intent"), QStringLiteral("horaires_messe")},
             {QStringLiteral("entities"), QJsonObject{{QStringLiteral("date"), QStringLiteral("dimanche")}}},
             {QStringLiteral("language"), QStringLiteral("fr")},
             {QStringLiteral("confidence"), 0.91}}));
        llm.enqueue(FakeAnthropic::text(QStringLiteral("Messes dimanche : 7h, 9h et 11h30.")));
        const int sentBefore = int(m_waha.sentTexts().size());
        const HttpResult r =
            server.post(QStringLiteral("/api/v1/orchestrate"),
                        {{QStringLiteral("text"), QStringLiteral("Messe dimanche à quelle heure ?")}}, token);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("llm"));
        QCOMPARE(o.value(QLatin1String("service")).toString(), QStringLiteral("renseignement"));
        QCOMPARE(o.value(QLatin1String("intent")).toString(), QStringLiteral("horaires_messe"));
        QCOMPARE(o.value(QLatin1String("entities")).toObject().value(QLatin1String("date")).toString(),
                 QStringLiteral("dimanche"));
        QCOMPARE(o.value(QLatin1String("confidence")).toDouble(), 0.91);
        QCOMPARE(o.value(QLatin1String("reply")).toString(), QStringLiteral("Messes dimanche : 7h, 9h et 11h30."));
        QCOMPARE(llm.requestCount(), 2);
        QCOMPARE(int(m_waha.sentTexts().size()), sentBefore);

        const HttpResult h = server.get(QStringLiteral("/health"));
        const QJsonObject llmHealth =
            h.json().value(QLatin1String("components")).toObject().value(QLatin1String("llm")).toObject();
        QCOMPARE(llmHealth.value(QLatin1String("status")).toString(), QStringLiteral("configured"));
        QVERIFY(!h.body.contains("orchestrate-llm-token"));
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "TestApi.moc"
