// The console's operations API against a real ConciergeServer: GET /api/v1/stats on a known set of messages,
// the WhatsApp QR code proxy, the settings (secrets masked, validation, the file written), the connection tests
// against the fakes, and the first run.
#include "CommandLine.h"
#include "store/Database.h"
#include "store/InteractionRepository.h"
#include "support/FakeAnthropic.h"
#include "support/FakeWaha.h"
#include "support/ManualClock.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace concierge;
using concierge::testing::FakeAnthropic;
using concierge::testing::FakeWaha;
using concierge::testing::httpRequest;
using concierge::testing::HttpResult;
using concierge::testing::TestServer;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kNow = 1'780'000'000'000 / kHour * kHour + 30 * 60'000; // half past an hour

HttpResult put(TestServer &server, const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return httpRequest("PUT", server.baseUrl() + path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
}

QJsonObject setting(const HttpResult &result, const QString &key)
{
    for (const QJsonValue &value : result.json().value(u"settings").toArray()) {
        if (value.toObject().value(u"key").toString() == key)
            return value.toObject();
    }
    return {};
}

store::Interaction message(const QString &chat, store::Direction direction, store::Author author, qint64 at)
{
    store::Interaction i;
    i.chatId = chat;
    i.direction = direction;
    i.author = author;
    i.text = QStringLiteral("text");
    i.createdAtMs = at;
    return i;
}

QByteArray agentToken(TestServer &server, const QByteArray &admin)
{
    server.post(QStringLiteral("/api/v1/agents"),
                {{QStringLiteral("username"), QStringLiteral("awa")},
                 {QStringLiteral("password"), QStringLiteral("agent-password")},
                 {QStringLiteral("role"), QStringLiteral("agent")}},
                admin);
    return server
        .post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), QStringLiteral("awa")},
                                                     {QStringLiteral("password"), QStringLiteral("agent-password")}})
        .json()
        .value(u"access_token")
        .toString()
        .toUtf8();
}

} // namespace

class TestOpsApi : public QObject
{
    Q_OBJECT

private slots:
    void statsCountAKnownDay()
    {
        testing::ManualClock clock(kNow);
        TestServer server;
        server.settings().demoData = false;
        server.setClock(&clock);
        QVERIFY(server.start().ok());
        const qint64 t0 = kNow - 20 * 60'000;
        auto inserted = server.server()->context().db->runSync<bool>([t0](store::DbContext &ctx) -> Result<bool> {
            using store::Author;
            using store::Direction;
            QList<store::Interaction> rows{
                message(u"a"_qs, Direction::In, Author::User, t0),
                message(u"a"_qs, Direction::Out, Author::Bot, t0 + 2'000), // 2 s, the assistant
                message(u"b"_qs, Direction::In, Author::User, t0 + 1'000),
                message(u"b"_qs, Direction::In, Author::User, t0 + 5'000),    // the first one counts
                message(u"b"_qs, Direction::Out, Author::Agent, t0 + 61'000), // 60 s, a person
                message(u"d"_qs, Direction::In, Author::User, t0 + 2'000),
                message(u"d"_qs, Direction::Out, Author::Bot, t0 + 12'000),         // 10 s, the assistant
                message(u"c"_qs, Direction::In, Author::User, t0 + 30'000),         // not answered yet
                message(u"old"_qs, Direction::In, Author::User, kNow - 30 * kHour), // outside the window
            };
            rows[1].llmCalls = 2;
            rows[1].tokensIn = 300;
            rows[1].tokensOut = 40;
            rows[6].llmCalls = 1;
            rows[6].tokensIn = 100;
            rows[6].tokensOut = 10;
            for (store::Interaction &row : rows) {
                if (auto id = store::InteractionRepository::insert(ctx, row); !id)
                    return id.error();
            }
            return true;
        });
        QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().message));
        const QByteArray token = server.login();

        const HttpResult result = server.get(QStringLiteral("/api/v1/stats?hours=24"), token);
        QCOMPARE(result.status, 200);
        const QJsonObject stats = result.json();
        QCOMPARE(stats.value(u"messages_in").toInt(), 5);
        QCOMPARE(stats.value(u"messages_out").toInt(), 3);
        QCOMPARE(stats.value(u"reply_time_ms").toObject().value(u"median").toInteger(), 10'000);
        QCOMPARE(stats.value(u"reply_time_ms").toObject().value(u"p90").toInteger(), 60'000);
        const QJsonObject answered = stats.value(u"answered").toObject();
        QCOMPARE(answered.value(u"assistant").toInt(), 2);
        QCOMPARE(answered.value(u"people").toInt(), 1);
        QCOMPARE(answered.value(u"unanswered").toInt(), 1);
        QCOMPARE(answered.value(u"assistant_share").toDouble(), 2.0 / 3.0);
        QCOMPARE(stats.value(u"llm").toObject().value(u"calls").toInt(), 3);
        QCOMPARE(stats.value(u"llm").toObject().value(u"input_tokens").toInt(), 400);
        QCOMPARE(stats.value(u"llm").toObject().value(u"output_tokens").toInt(), 50);
        QCOMPARE(stats.value(u"handoffs_waiting").toInt(), 0);
        const QJsonArray hours = stats.value(u"hours").toArray();
        QCOMPARE(hours.size(), 24);
        const QJsonObject last = hours.last().toObject();
        QCOMPARE(last.value(u"start").toInteger(), kNow - 30 * 60'000);
        QCOMPARE(last.value(u"in").toInt(), 5);

        // Any role may read the figures; a bad window is refused.
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats"), agentToken(server, token)).status, 200);
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?hours=0"), token).status, 400);
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?hours=abc"), token).status, 400);
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats")).status, 401);
    }

    void qrCodeComesFromWaha()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        TestServer server;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        QVERIFY(server.start().ok());
        const QByteArray token = server.login();

        QCOMPARE(
            server.get(QStringLiteral("/api/v1/whatsapp/qr"), token).json().value(u"error").toObject().value(u"code"),
            QJsonValue(u"waha_not_scanning"_qs));
        waha.setSessionStatus(QStringLiteral("SCAN_QR_CODE"));
        const HttpResult qr = server.get(QStringLiteral("/api/v1/whatsapp/qr"), token);
        QCOMPARE(qr.status, 200);
        QCOMPARE(qr.json().value(u"mimetype").toString(), QStringLiteral("image/png"));
        QCOMPARE(QByteArray::fromBase64(qr.json().value(u"data").toString().toLatin1()), FakeWaha::qrPng());
        QVERIFY(waha.http().requests().constLast().header("x-api-key") == waha.apiKey().toUtf8());

        waha.down();
        const HttpResult down = server.get(QStringLiteral("/api/v1/whatsapp/qr"), token);
        QCOMPARE(down.status, 502);
        QCOMPARE(down.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("waha_unavailable"));
    }

    void qrCodeWithoutWahaSaysSo()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        const HttpResult result = server.get(QStringLiteral("/api/v1/whatsapp/qr"), server.login());
        QCOMPARE(result.status, 409);
        QCOMPARE(result.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("waha_not_configured"));
    }

    void settingsMaskSecrets()
    {
        TestServer server;
        server.settings().wahaApiKey = QStringLiteral("waha-secret-key-98765");
        server.settings().anthropicAuthToken = QStringLiteral("short");
        QVERIFY(server.start().ok());
        const QByteArray token = server.login();
        const HttpResult result = server.get(QStringLiteral("/api/v1/settings"), token);
        QCOMPARE(result.status, 200);
        QVERIFY(!result.body.contains("waha-secret-key"));
        QVERIFY(!result.body.contains("short"));
        const QJsonObject key = setting(result, QStringLiteral("WAHA_API_KEY"));
        QCOMPARE(key.value(u"secret").toBool(), true);
        QCOMPARE(key.value(u"set").toBool(), true);
        QCOMPARE(key.value(u"value").toString(), QString());
        QCOMPARE(key.value(u"hint").toString(), QStringLiteral("8765"));
        QCOMPARE(setting(result, QStringLiteral("ANTHROPIC_AUTH_TOKEN")).value(u"hint").toString(), QString());
        QCOMPARE(setting(result, QStringLiteral("ANTHROPIC_API_KEY")).value(u"set").toBool(), false);
        const QJsonObject parish = setting(result, QStringLiteral("PARISH_NAME"));
        QCOMPARE(parish.value(u"group").toString(), QStringLiteral("parish"));
        QCOMPARE(parish.value(u"value").toString(), QStringLiteral("Paroisse Saint-Joseph"));
        QCOMPARE(parish.value(u"restart").toBool(), true);
        QCOMPARE(setting(result, QStringLiteral("LOG_LEVEL")).value(u"restart").toBool(), false);
        QCOMPARE(server.get(QStringLiteral("/api/v1/settings"), agentToken(server, token)).status, 403);
    }

    void settingsAreValidatedAndWritten()
    {
        TestServer server;
        server.settings().wahaApiKey = QStringLiteral("waha-secret-key-98765");
        QVERIFY(server.start().ok());
        const QByteArray token = server.login();
        const QString path = server.dataDir() + QStringLiteral("/concierge.env");
        QFile seed(path);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("# the parish's own notes\nPARISH_NAME=Old name\nSOMETHING_ELSE=kept # unknown to us\n");
        seed.close();

        const HttpResult bad =
            put(server, QStringLiteral("/api/v1/settings"),
                {{QStringLiteral("values"), QJsonObject{{QStringLiteral("PORT"), QStringLiteral("abc")}}}}, token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("invalid_setting"));
        QCOMPARE(bad.json().value(u"error").toObject().value(u"key").toString(), QStringLiteral("PORT"));
        const HttpResult unknown =
            put(server, QStringLiteral("/api/v1/settings"),
                {{QStringLiteral("values"), QJsonObject{{QStringLiteral("DATA_DIR"), QStringLiteral("/tmp")}}}}, token);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("unknown_setting"));

        const QJsonObject values{{QStringLiteral("PARISH_NAME"), QStringLiteral("Paroisse Saint-Paul de Dakar")},
                                 {QStringLiteral("WAHA_API_KEY"), QString()}, // empty: keeps the old key
                                 {QStringLiteral("HANDOFF_SLA_MINUTES"), 20},
                                 {QStringLiteral("LOG_LEVEL"), QStringLiteral("warning")}};
        const HttpResult saved =
            put(server, QStringLiteral("/api/v1/settings"), {{QStringLiteral("values"), values}}, token);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json().value(u"restart_required").toArray(),
                 QJsonArray({QStringLiteral("HANDOFF_SLA_MINUTES"), QStringLiteral("PARISH_NAME")}));
        QCOMPARE(saved.json().value(u"applied").toArray(), QJsonArray({QStringLiteral("LOG_LEVEL")}));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(u"# the parish's own notes\nPARISH_NAME=\"Paroisse Saint-Paul de Dakar\"\n"),
                 qPrintable(text));
        QVERIFY(text.contains(u"SOMETHING_ELSE=kept # unknown to us\n"));
        QVERIFY(text.contains(u"HANDOFF_SLA_MINUTES=20\n"));
        QVERIFY(!text.contains(u"WAHA_API_KEY"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        const HttpResult after = server.get(QStringLiteral("/api/v1/settings"), token);
        QCOMPARE(setting(after, QStringLiteral("PARISH_NAME")).value(u"value").toString(),
                 QStringLiteral("Paroisse Saint-Paul de Dakar"));
        QCOMPARE(setting(after, QStringLiteral("PARISH_NAME")).value(u"pending_restart").toBool(), true);
        QCOMPARE(setting(after, QStringLiteral("WAHA_API_KEY")).value(u"hint").toString(), QStringLiteral("8765"));

        // The next start reads the file after .env and before the environment and the command line.
        auto loaded = app::settingsFrom({{QStringLiteral("PARISH_NAME"), QStringLiteral("From .env")},
                                         {QStringLiteral("PORT"), QStringLiteral("9000")}},
                                        {{QStringLiteral("DATA_DIR"), server.dataDir()},
                                         {QStringLiteral("HANDOFF_SLA_MINUTES"), QStringLiteral("5")}});
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->parishName, QStringLiteral("Paroisse Saint-Paul de Dakar"));
        QCOMPARE(loaded->port, quint16(9000));
        QCOMPARE(loaded->handoffSlaMinutes, 5.0);
    }

    void connectionTestsReachTheServices()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        FakeAnthropic llm;
        QVERIFY(llm.start());
        llm.setExpectedBearer("llm-token-0123456789");
        TestServer server;
        QVERIFY(server.start().ok());
        const QByteArray token = server.login();
        const auto test = [&](const QString &service, const QJsonObject &values) {
            return server.post(QStringLiteral("/api/v1/settings/test/") + service, {{QStringLiteral("values"), values}},
                               token);
        };
        const HttpResult wahaOk =
            test(u"waha"_qs, {{u"WAHA_BASE_URL"_qs, waha.baseUrl()}, {u"WAHA_API_KEY"_qs, waha.apiKey()}});
        QCOMPARE(wahaOk.status, 200);
        QVERIFY2(wahaOk.json().value(u"ok").toBool(), wahaOk.body.constData());
        QVERIFY(wahaOk.json().value(u"detail").toString().contains(u"WORKING"));
        const HttpResult wahaKey =
            test(u"waha"_qs, {{u"WAHA_BASE_URL"_qs, waha.baseUrl()}, {u"WAHA_API_KEY"_qs, u"wrong"_qs}});
        QCOMPARE(wahaKey.json().value(u"ok").toBool(), false);
        QVERIFY(wahaKey.json().value(u"detail").toString().contains(u"API key"));
        QVERIFY(!wahaKey.body.contains("wrong"));
        // Nothing saved: the server still has no WAHA.
        QCOMPARE(test(u"waha"_qs, {}).json().value(u"ok").toBool(), false);
        // Once a key is saved, it goes to the saved address only: a new address must come with its key.
        QCOMPARE(put(server, QStringLiteral("/api/v1/settings"),
                     {{u"values"_qs,
                       QJsonObject{{u"WAHA_BASE_URL"_qs, waha.baseUrl()}, {u"WAHA_API_KEY"_qs, waha.apiKey()}}}},
                     token)
                     .status,
                 200);
        const int requestsBefore = waha.http().requestCount();
        const HttpResult elsewhere = test(u"waha"_qs, {{u"WAHA_BASE_URL"_qs, u"http://127.0.0.1:9/"_qs}});
        QCOMPARE(elsewhere.json().value(u"ok").toBool(), false);
        QVERIFY2(elsewhere.json().value(u"detail").toString().contains(u"WAHA_API_KEY"), elsewhere.body.constData());
        QVERIFY(test(u"waha"_qs, {{u"WAHA_BASE_URL"_qs, waha.baseUrl()}}).json().value(u"ok").toBool()); // saved one
        QCOMPARE(waha.http().requestCount(), requestsBefore + 1);

        const QJsonObject llmValues{{u"ANTHROPIC_BASE_URL"_qs, llm.baseUrl()},
                                    {u"ANTHROPIC_MODEL"_qs, u"glm-4.5"_qs},
                                    {u"ANTHROPIC_AUTH_TOKEN"_qs, u"llm-token-0123456789"_qs}};
        const HttpResult llmOk = test(u"llm"_qs, llmValues);
        QVERIFY2(llmOk.json().value(u"ok").toBool(), llmOk.body.constData());
        QCOMPARE(llm.requestCount(), 1);
        QJsonObject wrongToken = llmValues;
        wrongToken.insert(u"ANTHROPIC_AUTH_TOKEN"_qs, u"not-the-token"_qs);
        QCOMPARE(test(u"llm"_qs, wrongToken).json().value(u"ok").toBool(), false);

        const HttpResult baserow = test(u"baserow"_qs, {});
        QCOMPARE(baserow.status, 200);
        QCOMPARE(baserow.json().value(u"ok").toBool(), false);
        QVERIFY(baserow.json().value(u"detail").toString().contains(u"BASEROW_URL"));
        QCOMPARE(test(u"ftp"_qs, {}).status, 404);
        QCOMPARE(test(u"waha"_qs, {{u"WAHA_BASE_URL"_qs, u"not a url"_qs}}).status, 400);
    }

    void firstRunEndsForGood()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        QByteArray token = server.login();
        const HttpResult first = server.get(QStringLiteral("/api/v1/setup"), token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"first_run").toBool(), true);
        QCOMPARE(first.json().value(u"webhook_token").toString(), QString::fromLatin1(TestServer::kWebhookToken));
        QCOMPARE(first.json().value(u"admin_username").toString(), QStringLiteral("admin"));
        QCOMPARE(first.json().value(u"parish_name").toString(), QStringLiteral("Paroisse Saint-Joseph"));
        const QJsonArray urls = first.json().value(u"webhook_urls").toArray();
        QVERIFY(!urls.isEmpty());
        QCOMPARE(urls.last().toString(),
                 QStringLiteral("http://127.0.0.1:%1/api/v1/webhook").arg(server.server()->port()));
        QVERIFY(!first.json().contains(u"admin_password")); // this admin's password was given, not generated

        QCOMPARE(server.post(QStringLiteral("/api/v1/setup/complete"), {}, token).status, 200);
        QCOMPARE(server.get(QStringLiteral("/api/v1/setup"), token).json().value(u"first_run").toBool(), false);
        server.stop();
        QVERIFY(server.start().ok());
        token = server.login();
        QCOMPARE(server.get(QStringLiteral("/api/v1/setup"), token).json().value(u"first_run").toBool(), false);
    }

    void firstRunShowsAGeneratedPassword()
    {
        TestServer server;
        server.settings().adminPassword.clear();
        QVERIFY(server.start().ok());
        QFile file(server.dataDir() + QStringLiteral("/admin-password"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(file.readAll()).trimmed();
        const HttpResult login =
            server.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), QStringLiteral("admin")},
                                                               {QStringLiteral("password"), password}});
        const QByteArray token = login.json().value(u"access_token").toString().toUtf8();
        QCOMPARE(server.get(QStringLiteral("/api/v1/setup"), token).json().value(u"admin_password").toString(),
                 password);
    }
};

QTEST_MAIN(TestOpsApi)
#include "TestOpsApi.moc"
