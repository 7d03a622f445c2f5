// The typed session: the stored JSON shape round-trips (sessions saved by earlier versions still load), flows,
// bounded history and per-service state.
#include "domain/ConversationOwner.h"
#include "domain/Session.h"

#include <QJsonArray>
#include <QTest>

using namespace concierge::domain;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheShapeEarlierVersionsStored()
    {
        const QJsonObject stored{
            {QStringLiteral("session_id"), QStringLiteral("221@c.us")},
            {QStringLiteral("chat_id"), QStringLiteral("221@c.us")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("flow"), QStringLiteral("catechese:await_code")},
            {QStringLiteral("flow_attempts"), 1},
            {QStringLiteral("awaiting"), QStringLiteral("menu")},
            {QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                               {QStringLiteral("text"), QStringLiteral("hello")}},
                                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                               {QStringLiteral("text"), QStringLiteral("hi")}}}},
            {QStringLiteral("entities"), QJsonObject{{QStringLiteral("parent_code"), QStringLiteral("SA-4821")}}},
            {QStringLiteral("created_at"), 1000},
            {QStringLiteral("updated_at"), 2000}};
        const Session s = Session::fromJson(stored, QStringLiteral("221@c.us"));
        QCOMPARE(s.language, QStringLiteral("en"));
        QCOMPARE(s.flowService, ServiceId::Catechese);
        QCOMPARE(s.flowStep, QStringLiteral("await_code"));
        QCOMPARE(s.flowAttempts, 1);
        QVERIFY(s.awaitingMenu);
        QCOMPARE(s.history.size(), 2);
        QCOMPARE(s.history.at(1).speaker, Speaker::Assistant);
        QCOMPARE(s.entities.value(QStringLiteral("parent_code")).toString(), QStringLiteral("SA-4821"));
        QCOMPARE(s.createdAtMs, 1000);
        QCOMPARE(s.updatedAtMs, 2000);
        QCOMPARE(s.toJson(), stored);
    }

    void aFreshSessionHasNoFlowAndNoHistory()
    {
        const Session s = Session::fresh(QStringLiteral("a@c.us"), 42);
        QVERIFY(!s.inFlow());
        QVERIFY(s.history.isEmpty());
        QCOMPARE(s.createdAtMs, 42);
        QCOMPARE(Session::fromJson(s.toJson(), {}).chatId, QStringLiteral("a@c.us"));
    }

    void flowsStartAndEnd()
    {
        Session s = Session::fresh(QStringLiteral("a@c.us"), 0);
        s.startFlow(ServiceId::Catechese, QStringLiteral("await_code"), 2);
        QVERIFY(s.toJson().contains(QStringLiteral("flow")));
        s.endFlow();
        QVERIFY(!s.inFlow());
        QVERIFY(!s.toJson().contains(QStringLiteral("flow")));
        QCOMPARE(s.flowAttempts, 0);
    }

    void historyKeepsTheNewestTurns()
    {
        Session s;
        for (int i = 0; i < Session::kHistoryTurns + 5; ++i)
            s.remember(Speaker::User, QString::number(i));
        QCOMPARE(s.history.size(), Session::kHistoryTurns);
        QCOMPARE(s.history.constFirst().text, QStringLiteral("5"));
        QCOMPARE(s.history.constLast().text, QString::number(Session::kHistoryTurns + 4));
    }

    void eachServiceKeepsItsOwnState()
    {
        Session s;
        s.setStateOf(ServiceId::Catechese, {{QStringLiteral("parent_code"), QStringLiteral("SA-4821")}});
        const Session back = Session::fromJson(s.toJson(), QStringLiteral("x"));
        QCOMPARE(back.stateOf(ServiceId::Catechese).value(QStringLiteral("parent_code")).toString(),
                 QStringLiteral("SA-4821"));
        QVERIFY(back.stateOf(ServiceId::Renseignement).isEmpty());
        s.setStateOf(ServiceId::Catechese, {});
        QVERIFY(!s.toJson().contains(QStringLiteral("services")));
    }

    void ownersParseAndPrint()
    {
        QCOMPARE(ConversationOwner::parse(QStringLiteral("bot")), ConversationOwner::bot());
        QCOMPARE(ConversationOwner::parse(QStringLiteral("queued")), ConversationOwner::queued());
        QCOMPARE(ConversationOwner::parse(QStringLiteral("human:awa")),
                 ConversationOwner::human(QStringLiteral("awa")));
        QCOMPARE(ConversationOwner::human(QStringLiteral("awa")).toString(), QStringLiteral("human:awa"));
        QVERIFY(!ConversationOwner::parse(QStringLiteral("human:")));
        QVERIFY(!ConversationOwner::parse(QStringLiteral("robot")));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
