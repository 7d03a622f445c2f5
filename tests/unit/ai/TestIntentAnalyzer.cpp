#include "ai/IntentAnalyzer.h"
#include "ai/LlmClient.h"
#include "integrations/CurlClient.h"
#include "support/FakeAnthropic.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::ai;
using namespace concierge::domain;
using concierge::testing::FakeAnthropic;

namespace {

const QList<ServiceId> kAll{ServiceId::Renseignement, ServiceId::Catechese, ServiceId::ContactHumain};

// The services' own descriptions (services/<name>/): the prompt is built from them.
const QList<ServiceBrief> kBriefs{
    {ServiceId::Renseignement,
     QStringLiteral("questions about the parish (mass times, sacraments, baptism, marriage, events, office hours, "
                    "fees, addresses, documents to bring).")},
    {ServiceId::Catechese,
     QStringLiteral("catechism records of a child: enrolment, class, results, attendance, certificates; the parent "
                    "may give a parent code (e.g. SA-4821) and a child's first name.")},
    {ServiceId::ContactHumain,
     QStringLiteral("the user wants to speak to a person (priest, secretary), complains, or has a personal, urgent "
                    "or sensitive matter.")},
};

QJsonObject routing(const QString &service, double confidence = 0.9)
{
    return QJsonObject{
        {QStringLiteral("service"), service},
        {QStringLiteral("intent"), QStringLiteral("certificat")},
        {QStringLiteral("entities"), QJsonObject{{QStringLiteral("parent_code"), QStringLiteral("SA-4821")},
                                                 {QStringLiteral("child_first_name"), QStringLiteral("Paul")},
                                                 {QStringLiteral("date"), QJsonValue::Null}}},
        {QStringLiteral("language"), QStringLiteral("fr")},
        {QStringLiteral("confidence"), confidence}};
}

LlmResponse toolResponse(const QJsonObject &input, const QString &name = QStringLiteral("route_message"))
{
    LlmResponse r;
    r.ok = true;
    r.content = QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                       {QStringLiteral("id"), QStringLiteral("toolu_1")},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("input"), input}}};
    return r;
}

} // namespace

class TestIntentAnalyzer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeAnthropic> m_fake;
    std::unique_ptr<integrations::CurlClient> m_http;
    std::unique_ptr<LlmClient> m_llm;
    std::unique_ptr<IntentAnalyzer> m_analyzer;

    std::pair<Result<RoutingResult>, LlmUsage> analyze(const QString &text, const QList<ChatTurn> &history,
                                                       const QList<ServiceId> &enabled)
    {
        std::optional<std::pair<Result<RoutingResult>, LlmUsage>> out;
        m_analyzer->analyze(text, history, enabled, this,
                            [&out](Result<RoutingResult> r, LlmUsage u) { out.emplace(std::move(r), u); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(std::pair<Result<RoutingResult>, LlmUsage>{Error{}, LlmUsage{}});
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeAnthropic>("/api/anthropic");
        QVERIFY(m_fake->start());
        m_fake->setExpectedBearer("zai-token-abcdef");
        m_http = std::make_unique<integrations::CurlClient>();
        LlmConfig c;
        c.baseUrl = m_fake->baseUrl();
        c.authToken = QStringLiteral("zai-token-abcdef");
        c.model = QStringLiteral("glm-4.5");
        c.retryDelayScale = 0.01;
        c.maxRetryDelayMs = 20;
        m_llm = std::make_unique<LlmClient>(m_http.get(), c);
        m_analyzer = std::make_unique<IntentAnalyzer>(m_llm.get(), kBriefs);
    }

    void cleanup()
    {
        m_analyzer.reset();
        m_llm.reset();
        m_http.reset();
        m_fake.reset();
    }

    void routesThroughForcedTool()
    {
        m_fake->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"), routing(QStringLiteral("catechese"))));
        const QList<ChatTurn> history{{Speaker::Assistant, QStringLiteral("Bonjour, que puis-je pour vous ?")},
                                      {Speaker::User, QStringLiteral("Bonjour")},
                                      {Speaker::User, QStringLiteral("J'ai une question")},
                                      {Speaker::Assistant, QStringLiteral("Je vous écoute.")}};
        const auto [result, usage] = analyze(QStringLiteral("Certificat pour Paul, code SA-4821"), history, kAll);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->service, ServiceId::Catechese);
        QCOMPARE(result->intent, QStringLiteral("certificat"));
        QCOMPARE(result->language, QStringLiteral("fr"));
        QCOMPARE(result->confidence, 0.9);
        QCOMPARE(result->source, RoutingSource::Llm);
        QCOMPARE(result->entities.value(QLatin1String("parent_code")).toString(), QStringLiteral("SA-4821"));
        QVERIFY(!result->entities.contains(QLatin1String("date"))); // null dropped
        QCOMPARE(usage.calls, 1);
        QCOMPARE(usage.inputTokens, 120);

        const QJsonObject body = m_fake->requestBodies().constFirst();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("glm-4.5"));
        QCOMPARE(body.value(QLatin1String("system")).toString(), IntentAnalyzer::systemPrompt(kBriefs));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.0);
        QVERIFY(body.value(QLatin1String("max_tokens")).toInt() <= 256);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3); // user(merged) / assistant / user
        for (qsizetype i = 0; i < messages.size(); ++i)
            QCOMPARE(messages.at(i).toObject().value(QLatin1String("role")).toString(),
                     i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
        QCOMPARE(messages.last().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Certificat pour Paul, code SA-4821"));
        const QJsonObject tool = body.value(QLatin1String("tools")).toArray().first().toObject();
        QCOMPARE(tool.value(QLatin1String("name")).toString(), QStringLiteral("route_message"));
        const QJsonObject props =
            tool.value(QLatin1String("input_schema")).toObject().value(QLatin1String("properties")).toObject();
        QCOMPARE(props.value(QLatin1String("service")).toObject().value(QLatin1String("enum")).toArray(),
                 (QJsonArray{QStringLiteral("renseignement"), QStringLiteral("catechese"),
                             QStringLiteral("contact_humain")}));
        for (const char *key : {"intent", "entities", "language", "confidence"})
            QVERIFY2(props.contains(QLatin1String(key)), key);
        QCOMPARE(body.value(QLatin1String("tool_choice")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                              {QStringLiteral("name"), QStringLiteral("route_message")}}));
    }

    void systemPromptStableAndEnumFollowsEnabled()
    {
        m_fake->enqueue(
            FakeAnthropic::toolUse(QStringLiteral("route_message"), routing(QStringLiteral("renseignement"))));
        m_fake->enqueue(
            FakeAnthropic::toolUse(QStringLiteral("route_message"), routing(QStringLiteral("renseignement"))));
        QVERIFY(analyze(QStringLiteral("Horaires de messe ?"), {}, kAll).first.ok());
        QVERIFY(analyze(QStringLiteral("Autre chose"), {}, {ServiceId::Renseignement, ServiceId::ContactHumain})
                    .first.ok());
        const auto bodies = m_fake->requestBodies();
        QCOMPARE(bodies.size(), 2);
        const auto systemBytes = [](const QJsonObject &b) {
            return b.value(QLatin1String("system")).toString().toUtf8();
        };
        QCOMPARE(systemBytes(bodies.at(0)), systemBytes(bodies.at(1)));
        const QJsonArray enum2 =
            bodies
                .at(1)[QLatin1String("tools")][0][QLatin1String("input_schema")][QLatin1String("properties")]
                      [QLatin1String("service")][QLatin1String("enum")]
                .toArray();
        QCOMPARE(enum2, (QJsonArray{QStringLiteral("renseignement"), QStringLiteral("contact_humain")}));
        QCOMPARE(bodies.at(1).value(QLatin1String("messages")).toArray().size(), 1);
    }

    void disabledServiceAnswerIsError()
    {
        m_fake->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"), routing(QStringLiteral("catechese"))));
        const auto [result, usage] = analyze(QStringLiteral("Certificat"), {}, {ServiceId::Renseignement});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("llm_malformed_routing"));
        QCOMPARE(usage.calls, 1);
    }

    void textInsteadOfToolIsError()
    {
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("Je pense que c'est la catéchèse.")));
        const auto [result, usage] = analyze(QStringLiteral("Certificat"), {}, kAll);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("llm_malformed_routing"));
    }

    void llmFailureIsError()
    {
        for (int i = 0; i < 3; ++i)
            m_fake->enqueue(FakeAnthropic::overloaded());
        const auto [result, usage] = analyze(QStringLiteral("Bonjour"), {}, kAll);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("llm_unavailable"));
        QCOMPARE(usage.calls, 3);
        QCOMPARE(m_fake->requestCount(), 3);
    }

    void nothingToRouteMakesNoCall()
    {
        const auto [result, usage] = analyze(QStringLiteral("Bonjour"), {}, {});
        QVERIFY(!result.ok());
        QCOMPARE(usage.calls, 0);
        QCOMPARE(m_fake->requestCount(), 0);
    }

    void parseRejectsMalformed_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QJsonObject base = routing(QStringLiteral("renseignement"));
        const auto with = [&base](const char *key, const QJsonValue &v) {
            QJsonObject o = base;
            if (v.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("unknown service") << with("service", QStringLiteral("meteo"));
        QTest::newRow("service not string") << with("service", 2);
        QTest::newRow("missing intent") << with("intent", QJsonValue(QJsonValue::Undefined));
        QTest::newRow("confidence string") << with("confidence", QStringLiteral("0.9"));
        QTest::newRow("confidence > 1") << with("confidence", 1.5);
        QTest::newRow("confidence < 0") << with("confidence", -0.1);
        QTest::newRow("language name") << with("language", QStringLiteral("french"));
        QTest::newRow("language number") << with("language", 33);
        QTest::newRow("entities string") << with("entities", QStringLiteral("SA-4821"));
        QTest::newRow("entity not string") << with("entities", QJsonObject{{QStringLiteral("parent_code"), 4821}});
    }

    void parseRejectsMalformed()
    {
        QFETCH(QJsonObject, input);
        const Result<RoutingResult> r = IntentAnalyzer::parseResponse(toolResponse(input), kAll);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("llm_malformed_routing"));
    }

    void parseWrongToolNameAndBadInput()
    {
        QVERIFY(!IntentAnalyzer::parseResponse(toolResponse(routing(QStringLiteral("catechese")), QStringLiteral("x")),
                                               kAll)
                     .ok());
        LlmResponse r = toolResponse({});
        r.content = QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                           {QStringLiteral("name"), QStringLiteral("route_message")},
                                           {QStringLiteral("input"), QStringLiteral("not an object")}}};
        QVERIFY(!IntentAnalyzer::parseResponse(r, kAll).ok());
    }

    void parseAcceptsRegionAndMissingEntities()
    {
        QJsonObject input = routing(QStringLiteral("contact_humain"), 1.0);
        input.insert(QStringLiteral("language"), QStringLiteral("EN-gb"));
        input.remove(QStringLiteral("entities"));
        const Result<RoutingResult> r = IntentAnalyzer::parseResponse(toolResponse(input), kAll);
        QVERIFY(r.ok());
        QCOMPARE(r->language, QStringLiteral("en"));
        QCOMPARE(r->service, ServiceId::ContactHumain);
        QVERIFY(r->entities.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntentAnalyzer)
#include "TestIntentAnalyzer.moc"
