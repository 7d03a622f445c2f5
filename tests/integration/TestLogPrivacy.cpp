// What the logs may hold (issue 10): chat ids yes; a parent's words and the secrets never, at any level above debug.
// A message goes through the whole pipeline at INFO while things fail on the way (the LLM answers with an error that
// echoes the conversation, WAHA refuses a call, a webhook and a login come with wrong credentials); the captured log
// must hold none of the texts or secrets, in either LOG_FORMAT, and in JSON every line is one object.
#include "core/Log.h"
#include "support/FakeAnthropic.h"
#include "support/PipelineKit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

QList<QByteArray> g_lines;

const QString kChat = QStringLiteral("221770000202@c.us");
const QString kText = QStringLiteral("Mon fils Zéphyrin Ndiaye-Kouassi doit recevoir son certificat 7781");
const QString kLlmToken = QStringLiteral("llm-secret-token-abcdefghijkl");
const QString kMetricsToken = QStringLiteral("metrics-secret-token-mnopqrstuv");

// z.ai's FastAPI validation error: its detail echoes the request's input (the conversation).
FakeResponse validationErrorEchoingInput()
{
    const QJsonObject item{{QStringLiteral("type"), QStringLiteral("string_too_long")},
                           {QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), QStringLiteral("messages")}},
                           {QStringLiteral("msg"), QStringLiteral("String should have at most 10 characters")},
                           {QStringLiteral("input"), kText}};
    FakeResponse response;
    response.status = 422;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("detail"), QJsonArray{item}}}).toJson();
    return response;
}

} // namespace

class TestLogPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules({});
    }

    void noTextNorSecretAtInfo_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("json") << true;
    }

    void noTextNorSecretAtInfo()
    {
        QFETCH(bool, json);
        g_lines.clear();
        logging::install(json ? logging::Format::Json : logging::Format::Text,
                         [](const QByteArray &line) { g_lines.append(line); });
        QLoggingCategory::setFilterRules(QStringLiteral("concierge.*.debug=false\nconcierge.*.info=true"));

        FakeAnthropic llm;
        QVERIFY(llm.start());
        PipelineRig rig;
        rig.server.settings().anthropicBaseUrl = llm.baseUrl();
        rig.server.settings().anthropicAuthToken = kLlmToken;
        rig.server.settings().anthropicModel = QStringLiteral("glm-4.5");
        rig.server.settings().metricsToken = kMetricsToken;
        PIPELINE_START(rig);
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.get(QStringLiteral("/health"))
                                         .json()
                                         .value(QLatin1String("components"))
                                         .toObject()
                                         .value(QLatin1String("waha"))
                                         .toObject()
                                         .value(QLatin1String("status"))
                                         .toString() == QLatin1String("WORKING"),
                                 10000);
        for (int i = 0; i < 4; ++i) // routing and the grounded answer, with their retries, all refused
            llm.enqueue(validationErrorEchoingInput());
        rig.waha.failNext(1, 401); // the next WAHA call (typing, while the LLM is asked): "check WAHA_API_KEY"

        QCOMPARE(rig.postText(kChat, kText, QStringLiteral("P1")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(rig.repliesTo(kChat), 1, 15000);
        QCOMPARE(httpRequest("POST", rig.server.baseUrl() + QStringLiteral("/api/v1/webhook"), "{}",
                             {{"X-Waha-Token", "not-the-token"}})
                     .status,
                 401);
        QCOMPARE(rig.server
                     .post(QStringLiteral("/api/v1/auth/login"),
                           {{QStringLiteral("username"), QStringLiteral("admin")},
                            {QStringLiteral("password"), QStringLiteral("wrong-password-123")}})
                     .status,
                 401);
        rig.server.stop();
        qInstallMessageHandler(nullptr);

        const QByteArray all = g_lines.join();
        // The log did see the path (so that the absence below means something).
        QVERIFY2(all.contains("LLM call failed"), all.constData());
        QVERIFY2(all.contains("concierge.waha") && all.contains("failed: HTTP 401"), all.constData());
        QVERIFY2(all.contains("unauthenticated webhook") || all.contains("rejected request"), all.constData());
        const QList<QString> forbidden{kText,
                                       QStringLiteral("Zéphyrin"),
                                       QStringLiteral("Ndiaye-Kouassi"),
                                       QStringLiteral("certificat 7781"),
                                       kLlmToken,
                                       kMetricsToken,
                                       rig.waha.apiKey(),
                                       QString::fromLatin1(TestServer::kWebhookToken),
                                       QString::fromLatin1(TestServer::kAdminPassword),
                                       rig.server.settings().jwtSecretKey,
                                       QStringLiteral("wrong-password-123")};
        for (const QString &secret : forbidden)
            QVERIFY2(!all.contains(secret.toUtf8()), qPrintable(QStringLiteral("the log holds '%1'").arg(secret)));
        for (const QByteArray &line : std::as_const(g_lines)) {
            QVERIFY2(line.endsWith('\n') && line.count('\n') == 1, line.constData());
            if (!json)
                continue;
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
            for (const char *key : {"time", "level", "category", "message"})
                QVERIFY2(doc.object().contains(QLatin1String(key)), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestLogPrivacy)
#include "TestLogPrivacy.moc"
