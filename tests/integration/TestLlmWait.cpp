// Many chats waiting on a slow LLM at once (issue 14): a chat waiting for the model's answer holds none of the
// MAX_CONCURRENT_REQUESTS slots, so 300 chats on a 3 s model are answered together in about 3 s, not 300/10 x 3 s,
// while another chat's message is acknowledged at once and answered before theirs.
#include "support/FakeAnthropic.h"
#include "support/PipelineKit.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

constexpr int kChats = 300;
constexpr int kSlots = 10; // MAX_CONCURRENT_REQUESTS: held for the whole wait, 300 chats would take 30 waits
constexpr int kDelayMs = 3000;

QString chatOf(int i)
{
    return QStringLiteral("2217755%1@c.us").arg(i, 5, 10, QLatin1Char('0'));
}

// The routing call answered the way the model does for a catechism question: one LLM call per message.
FakeResponse routeToCatechese()
{
    return FakeAnthropic::toolUse(QStringLiteral("route_message"),
                                  QJsonObject{{QStringLiteral("service"), QStringLiteral("catechese")},
                                              {QStringLiteral("intent"), QStringLiteral("inscription")},
                                              {QStringLiteral("language"), QStringLiteral("fr")},
                                              {QStringLiteral("confidence"), 0.95},
                                              {QStringLiteral("entities"), QJsonObject{}}});
}

int repliedChats(const FakeWaha &waha, const QString &except)
{
    QSet<QString> chats;
    for (const FakeWaha::SentText &sent : waha.sentTexts()) {
        if (sent.chatId != except)
            chats.insert(sent.chatId);
    }
    return int(chats.size());
}

} // namespace

class TestLlmWait : public QObject
{
    Q_OBJECT

private slots:
    void waitingChatsHoldNoSlot()
    {
        PipelineRig rig;
        FakeAnthropic llm;
        QVERIFY(llm.start());
        llm.setDefaultResponse(routeToCatechese());
        llm.setAnswerDelayMs(kDelayMs);
        auto &s = rig.server.settings();
        s.anthropicBaseUrl = llm.baseUrl();
        s.anthropicApiKey = QStringLiteral("test-llm-key");
        s.anthropicModel = QStringLiteral("glm-4.5");
        s.maxConcurrentRequests = kSlots;
        PIPELINE_START(rig);

        QList<QByteArray> bodies;
        for (int i = 0; i < kChats; ++i)
            bodies.append(FakeWaha::textWebhookBody(chatOf(i), QStringLiteral("Comment inscrire mon enfant au caté ?"),
                                                    QStringLiteral("3EB0WAIT%1").arg(i)));
        const QList<int> statuses = postConcurrently(rig.server.baseUrl() + QStringLiteral("/api/v1/webhook"), bodies,
                                                     {{"X-Waha-Token", TestServer::kWebhookToken}});
        QElapsedTimer sinceLast;
        sinceLast.start();
        QCOMPARE(statuses, QList<int>(kChats, 200));

        // Every chat reaches the model, most of them at once: with a slot held per waiting chat, at most kSlots calls
        // would be in flight and the 300 would come in waves, one model delay apart. (Not "before the first answer":
        // on a loaded machine the first answers may land before the last call leaves.)
        QTRY_VERIFY_WITH_TIMEOUT(llm.requestCount() >= kChats, 2 * kDelayMs);
        QVERIFY2(llm.peakConcurrentRequests() > 10 * kSlots, qPrintable(QString::number(llm.peakConcurrentRequests())));

        // Another chat meanwhile: acknowledged at once, and its greeting (no LLM call) answered before theirs.
        const QString other = QStringLiteral("221776543210@c.us");
        QElapsedTimer ack;
        ack.start();
        QCOMPARE(rig.postText(other, QStringLiteral("Bonjour"), QStringLiteral("3EB0OTHER")), 200);
        QVERIFY2(ack.elapsed() < kDelayMs / 3, qPrintable(QStringLiteral("ack took %1 ms").arg(ack.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(other) == 1, kDelayMs);
        QVERIFY2(repliedChats(rig.waha, other) < kChats, "the other chat waited for the LLM's chats");

        // All answered about one model delay after the last message, far below the 30 delays of held slots.
        QTRY_COMPARE_WITH_TIMEOUT(repliedChats(rig.waha, other), kChats, 4 * kDelayMs);
        QVERIFY2(sinceLast.elapsed() < 2 * kDelayMs,
                 qPrintable(QStringLiteral("answered %1 ms after the last message").arg(sinceLast.elapsed())));
        QCOMPARE(llm.requestCount(), kChats); // one call each: nothing retried, nothing asked twice
        QCOMPARE(rig.count(QStringLiteral("select count(*) from inbox where status = 'pending'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLlmWait)
#include "TestLlmWait.moc"
