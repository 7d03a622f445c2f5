// Issue 3 end to end: a WhatsApp conversation through the webhook, replies read from FakeWaha. Without an LLM (the
// offline router and the FAQ), with the fake Anthropic-compatible LLM (routing by forced tool, grounded answers),
// with the LLM failing in every way (the user still gets the FAQ answer), and with a Baserow knowledge base.
#include "knowledge/BaserowFaqSource.h"
#include "store/Database.h"
#include "support/FakeAnthropic.h"
#include "support/FakeBaserow.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"
#include "support/WhatsAppUser.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::testing;

namespace {

struct OutRow
{
    QString text;
    QString service;
    QString source;
    qint64 latencyMs = -1;
    int tokensIn = -1;
    int tokensOut = -1;
    int llmCalls = -1;
};

// The bot's interaction rows for a chat, oldest first.
QList<OutRow> botRows(TestServer &server, const QString &chatId)
{
    auto rows =
        server.server()->context().db->runSync<QList<OutRow>>([chatId](store::DbContext &ctx) -> Result<QList<OutRow>> {
            QSqlQuery q(ctx.db());
            q.prepare(QStringLiteral("SELECT text, service, source, latency_ms, tokens_in, tokens_out, llm_calls FROM "
                                     "interactions WHERE chat_id = ? AND author = 'bot' ORDER BY id"));
            q.addBindValue(chatId);
            if (!q.exec())
                return Error{QStringLiteral("sql"), QStringLiteral("select interactions failed")};
            QList<OutRow> out;
            while (q.next())
                out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
            return out;
        });
    return rows ? rows.value() : QList<OutRow>{};
}

const QString kLlmToken = QStringLiteral("zai-test-token-0123456789");

QJsonObject route(const QString &service, const QString &intent, double confidence = 0.93,
                  const QJsonObject &entities = {}, const QString &language = QStringLiteral("fr"))
{
    return {{QStringLiteral("service"), service},
            {QStringLiteral("intent"), intent},
            {QStringLiteral("entities"), entities},
            {QStringLiteral("language"), language},
            {QStringLiteral("confidence"), confidence}};
}

QString allText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString out;
    for (const QJsonValue &block : content.toArray())
        out += block.toObject().value(QLatin1String("text")).toString() + u'\n';
    return out;
}

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private:
    FakeWaha m_waha;
    std::unique_ptr<FakeAnthropic> m_llm;
    std::unique_ptr<TestServer> m_server;

    // A server wired to FakeWaha, optionally to the fake LLM; generous rate limit (one chat asks many questions).
    bool startServer(bool withLlm, int requestTimeoutSeconds = 30)
    {
        m_server = std::make_unique<TestServer>();
        m_server->settings().wahaBaseUrl = m_waha.baseUrl();
        m_server->settings().wahaApiKey = m_waha.apiKey();
        m_server->settings().rateLimitPerMinute = 1000;
        m_server->settings().requestTimeoutSeconds = requestTimeoutSeconds;
        if (withLlm) {
            m_llm = std::make_unique<FakeAnthropic>(QByteArray("/api/anthropic"));
            if (!m_llm->start())
                return false;
            m_llm->setExpectedBearer(kLlmToken.toUtf8());
            m_server->settings().anthropicBaseUrl = m_llm->baseUrl();
            m_server->settings().anthropicAuthToken = kLlmToken;
            m_server->settings().anthropicModel = QStringLiteral("glm-4.5");
        }
        const Status s = m_server->start();
        if (!s)
            qWarning() << "server did not start:" << s.error().message;
        return s.ok();
    }

    void checkFaq(WhatsAppUser &user)
    {
        struct Case
        {
            const char *question;
            const char *expected;
        };
        const Case cases[] = {
            {"Quels sont les horaires des messes ?", "dimanche 7h, 9h et 11h30"},
            {"Bonjour, a quelle heure est la messe dimanche ?", "11h30"},
            {"Le secrétariat est ouvert quand ?", "8h30 à 12h30"},
            {"Quels documents faut-il pour un baptême ?", "parrain et de la marraine"},
            {"Comment préparer un mariage ?", "six mois"},
            {"Où se trouve la paroisse ?", "avenue de la République"},
            {"Quand ont lieu les confessions ?", "Confessions le samedi"},
            {"Quels sont les frais de catéchisme ?", "10 000 FCFA par enfant"},
            {"What time is Mass on Sunday?", "Sunday Masses: Saturday 6:30 pm"},
            {"When is the parish office open?", "Monday to Friday 8:30 am"},
        };
        for (const Case &c : cases) {
            const QString reply = user.ask(QString::fromUtf8(c.question));
            QVERIFY2(reply.contains(QString::fromUtf8(c.expected)),
                     qPrintable(QStringLiteral("Q: %1\nA: %2").arg(QString::fromUtf8(c.question), reply)));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_waha.start()); }

    void cleanup()
    {
        if (QByteArray(QTest::currentTestFunction()) == "everydaySpelling" && !QTest::currentTestFailed())
            return; // one server for all the rows
        m_server.reset();
        m_llm.reset();
    }

    void faqWithoutLlm()
    {
        QVERIFY(startServer(false));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000101@c.us"));
        checkFaq(user);
        if (QTest::currentTestFailed())
            return;
        const QList<OutRow> rows = botRows(*m_server, user.chatId());
        QCOMPARE(rows.size(), 10);
        for (const OutRow &row : rows) {
            QCOMPARE(row.service, QStringLiteral("renseignement"));
            QCOMPARE(row.source, QStringLiteral("offline"));
            QCOMPARE(row.llmCalls, 0);
            QCOMPARE(row.tokensIn, 0);
            QVERIFY(row.latencyMs >= 0);
        }
    }

    void menuFlowAndHandoffWithoutLlm()
    {
        QVERIFY(startServer(false));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000102@c.us"));
        QString reply = user.ask(QStringLiteral("Bonjour"));
        QVERIFY2(reply.contains(QStringLiteral("bienvenue")), qPrintable(reply));
        QVERIFY2(reply.contains(QStringLiteral("1. Informations")) && reply.contains(QStringLiteral("2. Catéchèse")) &&
                     reply.contains(QStringLiteral("3. Parler")),
                 qPrintable(reply));

        reply = user.ask(QStringLiteral("2"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        reply = user.ask(QStringLiteral("SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("Pour quel enfant")) && reply.contains(QStringLiteral("1. Paul")) &&
                     reply.contains(QStringLiteral("2. Fatou")),
                 qPrintable(reply));

        // Two children: "3" is no child, so it is the menu's third entry.
        reply = user.ask(QStringLiteral("3"));
        QVERIFY2(reply.contains(QStringLiteral("Un membre du secrétariat va vous répondre")), qPrintable(reply));

        WhatsAppUser other(*m_server, m_waha, QStringLiteral("221770000103@c.us"));
        reply = other.ask(QStringLiteral("je veux parler à quelqu'un"));
        QVERIFY2(reply.contains(QStringLiteral("Un membre du secrétariat va vous répondre")), qPrintable(reply));

        // Unrelated text: the no-answer offer or the menu, never the error text.
        WhatsAppUser stranger(*m_server, m_waha, QStringLiteral("221770000104@c.us"));
        for (const QString &text : {QStringLiteral("azerty qsdfgh"), QStringLiteral("Le chat de ma voisine est bleu"),
                                    QStringLiteral("?!"), QStringLiteral("🙏")}) {
            reply = stranger.ask(text);
            QVERIFY2(!reply.startsWith(u'<'), qPrintable(text + QStringLiteral(" -> ") + reply));
            QVERIFY2(!reply.contains(QStringLiteral("problème technique")), qPrintable(reply));
            QVERIFY2(reply.contains(QStringLiteral("3")) &&
                         (reply.contains(QStringLiteral("quelqu'un")) || reply.contains(QStringLiteral("secrétariat"))),
                     qPrintable(text + QStringLiteral(" -> ") + reply));
        }
        // A menu number after a fallback works too: "1" asks for the question, which is then answered.
        reply = stranger.ask(QStringLiteral("1"));
        QVERIFY2(reply.contains(QStringLiteral("Quelle est votre question")), qPrintable(reply));
        reply = stranger.ask(QStringLiteral("Quels sont les horaires des messes ?"));
        QVERIFY2(reply.contains(QStringLiteral("11h30")), qPrintable(reply));
    }

    void englishConversationStaysEnglish()
    {
        QVERIFY(startServer(false));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000106@c.us"));
        QString reply = user.ask(QStringLiteral("Hello"));
        QVERIFY2(reply.contains(QStringLiteral("welcome")) && reply.contains(QStringLiteral("2. Catechism")),
                 qPrintable(reply));
        reply = user.ask(QStringLiteral("2"));
        QVERIFY2(reply.contains(QStringLiteral("parent code")), qPrintable(reply));
        reply = user.ask(QStringLiteral("SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("Which child")) && reply.contains(QStringLiteral("2. Fatou")),
                 qPrintable(reply));
        reply = user.ask(QStringLiteral("Paul"));
        QVERIFY2(reply.contains(QStringLiteral("Paul Diop")) && reply.contains(QStringLiteral("22 of 24")),
                 qPrintable(reply));
        reply = user.ask(QStringLiteral("Thank you"));
        QVERIFY2(reply.contains(QStringLiteral("welcome")), qPrintable(reply));
        // Last: the conversation then waits for a person and the bot stays silent.
        reply = user.ask(QStringLiteral("3"));
        QVERIFY2(reply.contains(QStringLiteral("member of the parish office")), qPrintable(reply));
    }

    void everydaySpelling_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no accents") << "horaires des messes le dimanche"
                                    << "11h30";
        QTest::newRow("typo") << "c koi les horair de la mese dimanche"
                              << "11h30";
        QTest::newRow("sms") << "slt, messe a kel heure dimanche stp"
                             << "11h30";
        QTest::newRow("baptism no accents") << "quels papiers pour le bapteme de mon bebe"
                                            << "parrain";
        QTest::newRow("office") << "le secretariat ouvre a quelle heure"
                                << "8h30";
        QTest::newRow("address") << "adresse de la paroisse svp"
                                 << "avenue de la République";
        QTest::newRow("marriage") << "on veut se marier, on fait comment ?"
                                  << "six mois";
        QTest::newRow("fees") << "combien coute le catechisme"
                              << "10 000 FCFA";
        QTest::newRow("confession") << "je voudrais me confesser"
                                    << "Confessions";
        QTest::newRow("mass for the dead") << "faire dire une messe pour mon père décédé"
                                           << "intentions de messe";
        QTest::newRow("catechism start") << "quand commence le catéchisme cette année ?"
                                         << "premier samedi d'octobre";
        QTest::newRow("english office") << "what are the office hours"
                                        << "8:30 am";
        QTest::newRow("english mass") << "mass times please"
                                      << "Sunday Masses";
    }

    void everydaySpelling()
    {
        QFETCH(QString, question);
        QFETCH(QString, expected);
        if (!m_server)
            QVERIFY(startServer(false));
        static int n = 0;
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("2217711%1@c.us").arg(++n, 5, 10, QLatin1Char('0')));
        const QString reply = user.ask(question);
        QVERIFY2(reply.contains(expected), qPrintable(question + QStringLiteral(" -> ") + reply));
    }

    void catecheseFlowGivesUpAfterAttempts()
    {
        QVERIFY(startServer(false));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000105@c.us"));
        QVERIFY(user.ask(QStringLiteral("2")).contains(QStringLiteral("code parent")));
        // Answers without a code stay in the flow (asked again), then the menu is offered.
        QString reply;
        for (int i = 0; i < 3; ++i)
            reply = user.ask(QStringLiteral("je ne sais pas"));
        QVERIFY2(reply.contains(QStringLiteral("pas trouvé de code parent")) && reply.contains(QStringLiteral("1.")),
                 qPrintable(reply));
    }

    void llmRoutesAndWritesGroundedAnswer()
    {
        QVERIFY(startServer(true));
        const QString llmAnswer = QStringLiteral("Dimanche, les messes sont à 7h, 9h et 11h30 (réponse du modèle).");
        m_llm->enqueue(FakeAnthropic::toolUse(
            QStringLiteral("route_message"), route(QStringLiteral("renseignement"), QStringLiteral("horaires_messe"))));
        m_llm->enqueue(FakeAnthropic::text(llmAnswer));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000201@c.us"));
        QCOMPARE(user.ask(QStringLiteral("Bonjour, quels sont les horaires des messes dimanche ?")), llmAnswer);
        QCOMPARE(m_llm->requestCount(), 2); // one routing call, one grounded answer

        const QList<RecordedRequest> requests = m_llm->requests();
        const QList<QJsonObject> bodies = m_llm->requestBodies();
        for (const RecordedRequest &r : requests) {
            QCOMPARE(r.header("authorization"), "Bearer " + kLlmToken.toUtf8());
            QCOMPARE(r.header("anthropic-version"), QByteArray("2023-06-01"));
        }
        for (const QJsonObject &body : bodies) {
            QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("glm-4.5"));
            QVERIFY(body.value(QLatin1String("system")).isString());
            QVERIFY(!body.value(QLatin1String("system")).toString().isEmpty());
            for (const QJsonValue &m : body.value(QLatin1String("messages")).toArray())
                QVERIFY(m.toObject().value(QLatin1String("role")).toString() != QLatin1String("system"));
        }
        // Routing: the forced tool with the services as an enum.
        const QJsonObject routing = bodies.at(0);
        QCOMPARE(routing.value(QLatin1String("tool_choice")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("route_message"));
        const QJsonArray services = routing.value(QLatin1String("tools"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QLatin1String("input_schema"))
                                        .toObject()
                                        .value(QLatin1String("properties"))
                                        .toObject()
                                        .value(QLatin1String("service"))
                                        .toObject()
                                        .value(QLatin1String("enum"))
                                        .toArray();
        QVERIFY(services.contains(QStringLiteral("renseignement")));
        QVERIFY(services.contains(QStringLiteral("catechese")));
        QVERIFY(services.contains(QStringLiteral("contact_humain")));
        // Grounding: the retrieved FAQ row is in the answer request, with the question.
        const QJsonArray messages = bodies.at(1).value(QLatin1String("messages")).toArray();
        const QString firstUser = allText(messages.at(0).toObject().value(QLatin1String("content")));
        QVERIFY2(firstUser.contains(QStringLiteral("dimanche 7h, 9h et 11h30")), qPrintable(firstUser));
        const QString lastUser = allText(messages.last().toObject().value(QLatin1String("content")));
        QVERIFY(lastUser.contains(QStringLiteral("horaires des messes dimanche")));
        QVERIFY(!bodies.at(1).contains(QLatin1String("tool_choice")));

        // Tokens and latency are on the interaction row.
        const QList<OutRow> rows = botRows(*m_server, user.chatId());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).text, llmAnswer);
        QCOMPARE(rows.at(0).source, QStringLiteral("llm"));
        QCOMPARE(rows.at(0).llmCalls, 2);
        QCOMPARE(rows.at(0).tokensIn, 240);
        QCOMPARE(rows.at(0).tokensOut, 60);
        QVERIFY(rows.at(0).latencyMs >= 0);

        // A follow-up question carries the conversation (history alternates user/assistant).
        m_llm->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"),
                                              route(QStringLiteral("renseignement"), QStringLiteral("adresse"))));
        m_llm->enqueue(FakeAnthropic::text(QStringLiteral("Avenue de la République, Dakar-Plateau.")));
        QCOMPARE(user.ask(QStringLiteral("Et où se trouve l'église ?")),
                 QStringLiteral("Avenue de la République, Dakar-Plateau."));
        QCOMPARE(m_llm->requestCount(), 4);
        const QJsonArray history = m_llm->requestBodies().at(2).value(QLatin1String("messages")).toArray();
        QVERIFY(history.size() >= 3);
        QCOMPARE(history.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    }

    void llmCallsPerMessage()
    {
        QVERIFY(startServer(true));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000202@c.us"));
        // A bare greeting is no new topic: the welcome menu, no LLM call.
        QString reply = user.ask(QStringLiteral("Bonjour"));
        QVERIFY2(reply.contains(QStringLiteral("bienvenue")) && reply.contains(QStringLiteral("3.")),
                 qPrintable(reply));
        QCOMPARE(m_llm->requestCount(), 0);
        // An unclear message: one routing call; the LLM is unsure, so the local decision (the menu) stands.
        m_llm->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"),
                                              route(QStringLiteral("renseignement"), QStringLiteral("inconnu"), 0.2)));
        reply = user.ask(QStringLiteral("Le chat de ma voisine est bleu"));
        QVERIFY2(reply.contains(QStringLiteral("1.")) && reply.contains(QStringLiteral("3.")), qPrintable(reply));
        QCOMPARE(m_llm->requestCount(), 1);
        // A menu number: no LLM call.
        reply = user.ask(QStringLiteral("2"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        QCOMPARE(m_llm->requestCount(), 1);
        // Inside the flow: no LLM call.
        reply = user.ask(QStringLiteral("SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("Pour quel enfant")), qPrintable(reply));
        reply = user.ask(QStringLiteral("Paul"));
        QVERIFY2(reply.contains(QStringLiteral("Paul Diop")) && reply.contains(QStringLiteral("22 séances")),
                 qPrintable(reply));
        QCOMPARE(m_llm->requestCount(), 1);
        // The LLM routes to catechese with the code it read: one call, the flow takes the code at once.
        m_llm->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"),
                                              route(QStringLiteral("catechese"), QStringLiteral("dossier_enfant"), 0.9,
                                                    {{QStringLiteral("parent_code"), QStringLiteral("SA-4821")}})));
        reply = user.ask(QStringLiteral("Je voudrais le dossier de mon fils, mon code est SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("Pour quel enfant")), qPrintable(reply));
        QCOMPARE(m_llm->requestCount(), 2);
        reply = user.ask(QStringLiteral("Fatou")); // the flow's answer: no LLM call
        QVERIFY2(reply.contains(QStringLiteral("Fatou Diop")), qPrintable(reply));
        // A new topic routed to contact_humain by the LLM: exactly one call (last: the conversation then waits for a
        // person and the bot stays silent).
        m_llm->enqueue(FakeAnthropic::toolUse(
            QStringLiteral("route_message"), route(QStringLiteral("contact_humain"), QStringLiteral("parler_pretre"))));
        reply = user.ask(QStringLiteral("J'aimerais voir l'abbé pour une affaire personnelle"));
        QVERIFY2(reply.contains(QStringLiteral("Un membre du secrétariat")), qPrintable(reply));
        QCOMPARE(m_llm->requestCount(), 3);

        const QList<OutRow> rows = botRows(*m_server, user.chatId());
        QCOMPARE(rows.size(), 8);
        const int expectedCalls[] = {0, 1, 0, 0, 0, 1, 0, 1};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(rows.at(i).llmCalls, expectedCalls[i]);
        QCOMPARE(rows.at(2).tokensIn, 0);
        QCOMPARE(rows.at(5).tokensIn, 120);
        QCOMPARE(rows.at(5).tokensOut, 30);
    }

    void llmEnglishAnswer()
    {
        QVERIFY(startServer(true));
        m_llm->enqueue(FakeAnthropic::toolUse(
            QStringLiteral("route_message"),
            route(QStringLiteral("renseignement"), QStringLiteral("mass_times"), 0.95, {}, QStringLiteral("en"))));
        m_llm->enqueue(FakeAnthropic::text(QStringLiteral("Sunday Mass is at 7, 9 and 11:30 am.")));
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000203@c.us"));
        QCOMPARE(user.ask(QStringLiteral("What time is Mass on Sunday?")),
                 QStringLiteral("Sunday Mass is at 7, 9 and 11:30 am."));
        const QJsonObject answer = m_llm->requestBodies().at(1);
        QVERIFY(answer.value(QLatin1String("system")).toString().contains(QStringLiteral("English")));
        QVERIFY(
            allText(answer.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")))
                .contains(QStringLiteral("Sunday Masses")));
    }

    void llmFailing_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("server errors") << "500";
        QTest::newRow("overloaded") << "529";
        QTest::newRow("insufficient balance 1113") << "1113";
        QTest::newRow("malformed tool output") << "malformed";
        QTest::newRow("not a tool answer") << "text";
        QTest::newRow("unauthorized") << "401";
        QTest::newRow("timeout") << "timeout";
    }

    void llmFailing()
    {
        QFETCH(QString, failure);
        QVERIFY(startServer(true, failure == QLatin1String("timeout") ? 1 : 30));
        const auto script = [&](int n) {
            for (int i = 0; i < n; ++i) {
                if (failure == QLatin1String("500"))
                    m_llm->enqueue(FakeAnthropic::serverError());
                else if (failure == QLatin1String("529"))
                    m_llm->enqueue(FakeAnthropic::overloaded());
                else if (failure == QLatin1String("1113"))
                    m_llm->enqueue(FakeAnthropic::insufficientBalance());
                else if (failure == QLatin1String("401"))
                    m_llm->enqueue(FakeAnthropic::unauthorized());
                else if (failure == QLatin1String("timeout"))
                    m_llm->enqueue(FakeAnthropic::delayed(FakeAnthropic::text(QStringLiteral("too late")), 3000));
                else if (failure == QLatin1String("malformed"))
                    m_llm->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"),
                                                          {{QStringLiteral("service"), QStringLiteral("banana")},
                                                           {QStringLiteral("confidence"), QStringLiteral("high")}}));
                else
                    m_llm->enqueue(FakeAnthropic::text(QStringLiteral("I think it is renseignement")));
            }
        };
        const bool routingOnly = failure == QLatin1String("malformed") || failure == QLatin1String("text");
        script(routingOnly ? 1 : 6);
        if (routingOnly) // the answer call fails too, with a request error
            for (int i = 0; i < 3; ++i)
                m_llm->enqueue(FakeAnthropic::invalidRequest());
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000301@c.us"));
        const QString reply = user.ask(QStringLiteral("Quels sont les horaires des messes ?"), 60000);
        QVERIFY2(reply.contains(QStringLiteral("dimanche 7h, 9h et 11h30")), qPrintable(reply));
        QVERIFY(!reply.contains(QStringLiteral("too late")));
        // When the routing call fails outright, the answer is not asked of the LLM too (no second wait).
        const int calls = m_llm->requestCount();
        if (failure == QLatin1String("1113") || failure == QLatin1String("401"))
            QCOMPARE(calls, 1); // not retryable
        else if (routingOnly)
            QCOMPARE(calls, 2); // the LLM answered badly: offline routing, then the answer call (a 400, not retried)
        else
            QCOMPARE(calls, 2); // routing retries once, then the offline router answers (a parent is waiting)
        const QList<OutRow> rows = botRows(*m_server, user.chatId());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).source, QStringLiteral("offline"));
        QCOMPARE(rows.at(0).service, QStringLiteral("renseignement"));
        QCOMPARE(rows.at(0).llmCalls, calls);
    }

    void baserowKnowledgeBase()
    {
        FakeBaserow baserow("baserow-test-token");
        QVERIFY(baserow.start());
        baserow.setTable(
            77, {
                    {{QStringLiteral("question"), QStringLiteral("Quels sont les horaires des messes ?")},
                     {QStringLiteral("answer"), QStringLiteral("[Baserow] Messe le dimanche à 10h précises.")},
                     {QStringLiteral("keywords"), QStringLiteral("messe,horaire,dimanche")},
                     {QStringLiteral("language"), QStringLiteral("fr")}},
                    {{QStringLiteral("question"), QStringLiteral("Où se trouve la paroisse ?")},
                     {QStringLiteral("answer"), QStringLiteral("[Baserow] Route de Ouakam, en face du marché.")},
                     {QStringLiteral("keywords"), QStringLiteral("adresse,où,trouver")},
                     {QStringLiteral("language"), QStringLiteral("fr")}},
                });
        m_server = std::make_unique<TestServer>();
        m_server->settings().wahaBaseUrl = m_waha.baseUrl();
        m_server->settings().wahaApiKey = m_waha.apiKey();
        m_server->settings().baserowUrl = baserow.baseUrl();
        m_server->settings().baserowAuthKey = QStringLiteral("baserow-test-token");
        m_server->settings().baserowFaqTableId = 77;
        QVERIFY(m_server->start().ok());

        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000401@c.us"));
        QString reply = user.ask(QStringLiteral("Quels sont les horaires des messes ?"));
        QCOMPARE(reply, QStringLiteral("[Baserow] Messe le dimanche à 10h précises."));
        QVERIFY(!baserow.listRequests().isEmpty());
        const RecordedRequest first = baserow.listRequests().first();
        QVERIFY(first.query.contains("user_field_names=true"));
        QCOMPARE(first.header("authorization"), QByteArray("Token baserow-test-token"));

        // Baserow goes down after the first fetch; the cache is expired: the last rows still answer.
        auto *source = m_server->server()->findChild<knowledge::BaserowFaqSource *>();
        QVERIFY(source);
        baserow.server().stop();
        source->invalidate();
        reply = user.ask(QStringLiteral("Où se trouve la paroisse ?"));
        QCOMPARE(reply, QStringLiteral("[Baserow] Route de Ouakam, en face du marché."));

        // Baserow answers 500 instead: same.
        QVERIFY(baserow.server().restart());
        baserow.enqueueOverride(
            FakeBaserow::errorResponse(500, QStringLiteral("ERROR_SERVER"), QStringLiteral("boom")));
        source->invalidate();
        source->setFailureBackoffMs(0);
        reply = user.ask(QStringLiteral("Quels sont les horaires des messes ?"));
        QCOMPARE(reply, QStringLiteral("[Baserow] Messe le dimanche à 10h précises."));
    }

    void postgresConversation()
    {
        PgSchema schema;
        if (!schema.ready())
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set (or PostgreSQL is unreachable)");
        m_server = std::make_unique<TestServer>();
        m_server->usePostgres(schema);
        m_server->settings().wahaBaseUrl = m_waha.baseUrl();
        m_server->settings().wahaApiKey = m_waha.apiKey();
        m_server->settings().rateLimitPerMinute = 1000;
        QVERIFY(m_server->start().ok());
        WhatsAppUser user(*m_server, m_waha, QStringLiteral("221770000501@c.us"));
        checkFaq(user);
        if (QTest::currentTestFailed())
            return;
        // The last question was in English: the conversation goes on in English.
        QString reply = user.ask(QStringLiteral("2"));
        QVERIFY2(reply.contains(QStringLiteral("parent code")), qPrintable(reply));
        reply = user.ask(QStringLiteral("SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("Which child")) && reply.contains(QStringLiteral("2. Fatou")),
                 qPrintable(reply));
        QCOMPARE(botRows(*m_server, user.chatId()).size(), 12);
    }

    void demoDataLoadedOnceIntoEmptyDatabase()
    {
        QTemporaryDir dir;
        const auto count = [](TestServer &server, const QString &table) {
            auto n = server.server()->context().db->runSync<int>([table](store::DbContext &ctx) -> Result<int> {
                QSqlQuery q(ctx.db());
                if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
                    return Error{QStringLiteral("sql"), table};
                return q.value(0).toInt();
            });
            return n ? n.value() : -1;
        };
        int faq = 0;
        {
            TestServer server;
            server.settings().dataDir = dir.path();
            QVERIFY(server.start().ok());
            faq = count(server, QStringLiteral("faq"));
            QVERIFY2(faq >= 12, qPrintable(QString::number(faq)));
            QVERIFY(count(server, QStringLiteral("parents")) > 0);
            QVERIFY(count(server, QStringLiteral("students")) > 0);
        }
        {
            TestServer server; // same data folder, second start: not loaded twice
            server.settings().dataDir = dir.path();
            QVERIFY(server.start().ok());
            QCOMPARE(count(server, QStringLiteral("faq")), faq);
        }
        {
            TestServer server; // DEMO_DATA off: an empty database stays empty
            server.settings().demoData = false;
            QVERIFY(server.start().ok());
            QCOMPARE(count(server, QStringLiteral("faq")), 0);
            QCOMPARE(count(server, QStringLiteral("parents")), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "TestConversation.moc"
