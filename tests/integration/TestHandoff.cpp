// Issue 8 end to end: a user asks for a person, the conversation waits, an agent claims it, writes, releases it;
// the bot never talks over a person (pipeline and outbox re-check); the paired phone takes over; business hours
// and holidays in the holding reply; the SLA follow-up; an abandoned claim; a restart in the middle of a handoff.
#include "support/ManualClock.h"
#include "support/PipelineKit.h"

#include "api/ServerContext.h"
#include "auth/JwtService.h"
#include "handoff/HandoffMonitor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace concierge;
using namespace concierge::testing;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");

// Dakar is on UTC all year.
qint64 dakar(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

const qint64 kMondayMorning = dakar(2026, 11, 30, 10); // open

QByteArray staffWebhookBody(const QString &chatId, const QString &text, const QString &shortId)
{
    const QJsonObject payload{{QStringLiteral("id"), QStringLiteral("true_%1_%2").arg(chatId, shortId)},
                              {QStringLiteral("timestamp"), 1764317160},
                              {QStringLiteral("from"), chatId},
                              {QStringLiteral("to"), chatId},
                              {QStringLiteral("fromMe"), true},
                              {QStringLiteral("source"), QStringLiteral("app")},
                              {QStringLiteral("body"), text},
                              {QStringLiteral("hasMedia"), false}};
    const QJsonObject envelope{
        {QStringLiteral("id"), QString(QStringLiteral("evt_") + shortId)},
        {QStringLiteral("event"), QStringLiteral("message.any")},
        {QStringLiteral("session"), QStringLiteral("default")},
        {QStringLiteral("me"), QJsonObject{{QStringLiteral("id"), QStringLiteral("221770000000@c.us")}}},
        {QStringLiteral("payload"), payload}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

// A console (Bearer token of one agent) and a WhatsApp user on the rig's server.
class Handoff
{
public:
    explicit Handoff(PipelineRig &rig)
        : m_rig(rig)
    {
    }

    QByteArray token(const QString &agent)
    {
        return m_rig.server.server()->context().jwt->issue(agent, QStringLiteral("agent")).value().toUtf8();
    }

    // Posts the user's text and waits until the message was handled (its inbox row left "pending").
    void say(const QString &text, const QString &chatId = kChat)
    {
        const QString id = QStringLiteral("3EB0H%1").arg(++m_counter);
        QCOMPARE(m_rig.postText(chatId, text, id), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE waha_message_id LIKE ?"
                                                             " AND status <> 'pending'"),
                                              {QString(QStringLiteral("%") + id)}),
                                  qint64(1), 15000);
    }

    // The text of the n-th message (1-based) WAHA was asked to send to chatId, once it came.
    QString sent(int n, const QString &chatId = kChat)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_rig.repliesTo(chatId) >= n, 15000); }();
        QStringList texts;
        for (const FakeWaha::SentText &t : m_rig.waha.sentTexts()) {
            if (t.chatId == chatId)
                texts.append(t.text);
        }
        return texts.value(n - 1);
    }

    QString owner(const QString &chatId = kChat)
    {
        const auto rows = m_rig.rows(QStringLiteral("SELECT owner FROM conversations WHERE chat_id = ?"), {chatId});
        return rows.isEmpty() ? QStringLiteral("bot") : rows.first().value(QStringLiteral("owner")).toString();
    }

    HttpResult act(const QString &agent, const QString &action, const QJsonObject &body = {},
                   const QString &chatId = kChat)
    {
        return m_rig.server.post(QStringLiteral("/api/v1/conversations/%1/%2").arg(chatId, action), body, token(agent));
    }

    // The live events of one type published so far.
    QList<QJsonObject> events(const QString &type)
    {
        const HttpResult r =
            m_rig.server.get(QStringLiteral("/api/v1/events?since=0&limit=1000"), token(QStringLiteral("admin")));
        QList<QJsonObject> out;
        for (const QJsonValue &e : r.json().value(QLatin1String("events")).toArray()) {
            if (e.toObject().value(QLatin1String("type")).toString() == type)
                out.append(e.toObject());
        }
        return out;
    }

    handoff::HandoffMonitor *monitor() { return m_rig.server.server()->context().handoffMonitor; }

private:
    PipelineRig &m_rig;
    int m_counter = 0;
};

// Two posts at once with different tokens (one connection each).
QList<int> postTogether(const QList<QPair<QString, QByteArray>> &urlsAndTokens)
{
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (const auto &[url, token] : urlsAndTokens) {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token);
        replies.append(network.post(request, QByteArrayLiteral("{}")));
    }
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(10000);
        }
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        delete reply;
    }
    return statuses;
}

} // namespace

class TestHandoff : public QObject
{
    Q_OBJECT

private slots:
    void fullHandoff_data() { addBackendRows(); }
    void fullHandoff();
    void concurrentClaims_data() { addBackendRows(); }
    void concurrentClaims();
    void agentOutsideTheirChat();
    void phoneTakesOver();
    void holdingTextFollowsOfficeHours();
    void slaFollowup();
    void slaFollowupsForALongQueue();
    void abandonedClaim();
    void botReplyWithheldWhenPersonTookOver();
    void restartInTheMiddle();
};

void TestHandoff::fullHandoff()
{
    ManualClock clock(kMondayMorning);
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.setClock(&clock);
    PIPELINE_START(rig);
    Handoff h(rig);

    h.say(QStringLiteral("Bonjour"));
    QVERIFY(h.sent(1).contains(QStringLiteral("bienvenue")));
    h.say(QStringLiteral("je veux parler à un agent"));
    QVERIFY2(h.sent(2).contains(QStringLiteral("sous 15 minutes")), qPrintable(h.sent(2)));
    QCOMPARE(h.owner(), QStringLiteral("queued"));
    const QList<QJsonObject> requested = h.events(QStringLiteral("handoff.requested"));
    QCOMPARE(requested.size(), 1);
    QVERIFY2(requested.first().value(QLatin1String("summary")).toString().contains(QStringLiteral("agent")),
             QJsonDocument(requested.first()).toJson().constData());
    QCOMPARE(requested.first().value(QLatin1String("chat_id")).toString(), kChat);

    // While queued: the user's message reaches the console only.
    h.say(QStringLiteral("allo ?"));
    HttpResult r = h.act(QStringLiteral("marie"), QStringLiteral("claim"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("owner")).toString(), QStringLiteral("human:marie"));
    QCOMPARE(rig.repliesTo(kChat), 2);

    r = rig.server.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(kChat),
                        {{QStringLiteral("text"), QStringLiteral("Bonjour, ici Marie du secrétariat.")}},
                        h.token(QStringLiteral("marie")));
    QCOMPARE(r.status, 201);
    QCOMPARE(h.sent(3), QStringLiteral("Bonjour, ici Marie du secrétariat."));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE author = 'agent' AND agent = 'marie'")),
             qint64(1));

    h.say(QStringLiteral("Merci, c'est pour un baptême"));
    bool seen = false;
    for (const QJsonObject &e : h.events(QStringLiteral("message.received")))
        seen = seen || e.value(QLatin1String("text")).toString() == QStringLiteral("Merci, c'est pour un baptême");
    QVERIFY(seen);
    QCOMPARE(rig.repliesTo(kChat), 3);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE chat_id = ?"), {kChat}), qint64(3));

    r = h.act(QStringLiteral("marie"), QStringLiteral("release"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("owner")).toString(), QStringLiteral("bot"));
    QVERIFY2(h.sent(4).contains(QStringLiteral("terminée")), qPrintable(h.sent(4)));
    h.say(QStringLiteral("Quels sont les horaires des messes ?"));
    QVERIFY2(!h.sent(5).isEmpty(), "the bot answers again");
    QStringList owners;
    for (const QJsonObject &e : h.events(QStringLiteral("conversation.owner")))
        owners.append(e.value(QLatin1String("owner")).toString());
    QCOMPARE(owners, (QStringList{QStringLiteral("queued"), QStringLiteral("human:marie"), QStringLiteral("bot")}));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM ownership_changes WHERE chat_id = ?"), {kChat}), qint64(3));
}

void TestHandoff::concurrentClaims()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    PIPELINE_START(rig);
    Handoff h(rig);
    h.say(QStringLiteral("humain svp"));
    QCOMPARE(h.owner(), QStringLiteral("queued"));

    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/conversations/%1/claim").arg(kChat);
    QList<int> statuses =
        postTogether({{url, h.token(QStringLiteral("marie"))}, {url, h.token(QStringLiteral("paul"))}});
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 409}));
    QVERIFY(h.owner() == QStringLiteral("human:marie") || h.owner() == QStringLiteral("human:paul"));

    // A stale version is refused even for the owner's own release.
    const QString winner = h.owner().mid(6);
    HttpResult r = h.act(winner, QStringLiteral("release"), {{QStringLiteral("expected_version"), 1}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("version_conflict"));
    const QString loser = winner == QLatin1String("marie") ? QStringLiteral("paul") : QStringLiteral("marie");
    r = h.act(loser, QStringLiteral("claim"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("owner_changed"));
}

void TestHandoff::agentOutsideTheirChat()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    Handoff h(rig);
    h.say(QStringLiteral("agent"));
    QCOMPARE(h.owner(), QStringLiteral("queued"));
    const auto write = [&](const QString &agent) {
        return rig.server.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(kChat),
                               {{QStringLiteral("text"), QStringLiteral("Bonjour")}}, h.token(agent));
    };
    HttpResult r = write(QStringLiteral("paul")); // nobody owns it yet
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_owner"));
    QCOMPARE(h.act(QStringLiteral("marie"), QStringLiteral("claim")).status, 200);
    r = write(QStringLiteral("paul"));
    QCOMPARE(r.status, 409);
    QCOMPARE(h.act(QStringLiteral("paul"), QStringLiteral("close")).status, 409);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE author = 'agent'")), qint64(0));
    QCOMPARE(rig.server.post(QStringLiteral("/api/v1/conversations/%1/claim").arg(kChat), {}).status, 401);
    // The owner closes it: no notice, the bot answers the next message.
    const int before = rig.repliesTo(kChat);
    QCOMPARE(h.act(QStringLiteral("marie"), QStringLiteral("close")).status, 200);
    h.say(QStringLiteral("Bonjour"));
    QVERIFY(h.sent(before + 1).contains(QStringLiteral("bienvenue")));
}

void TestHandoff::phoneTakesOver()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    Handoff h(rig);
    h.say(QStringLiteral("Bonjour"));
    QCOMPARE(h.sent(1).isEmpty(), false);
    QCOMPARE(
        rig.server
            .postWebhook(staffWebhookBody(kChat, QStringLiteral("Bonjour, c'est l'abbé Jean"), QStringLiteral("P1")))
            .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(h.owner(), QStringLiteral("human:phone"), 10000);
    h.say(QStringLiteral("Merci mon père"));
    QCOMPARE(rig.repliesTo(kChat), 1);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM ownership_changes WHERE actor = 'phone'")), qint64(1));
}

void TestHandoff::holdingTextFollowsOfficeHours()
{
    ManualClock clock(kMondayMorning);
    PipelineRig rig;
    rig.server.settings().holidays = QStringLiteral("2026-12-25");
    rig.server.settings().handoffSlaMinutes = 20;
    rig.server.setClock(&clock);
    PIPELINE_START(rig);
    Handoff h(rig);
    const QString open = QStringLiteral("221770000301@c.us");
    const QString lunch = QStringLiteral("221770000302@c.us");
    const QString christmas = QStringLiteral("221770000303@c.us");
    const QString english = QStringLiteral("221770000304@c.us");

    h.say(QStringLiteral("je veux parler à quelqu'un"), open);
    QVERIFY2(h.sent(1, open).contains(QStringLiteral("sous 20 minutes")), qPrintable(h.sent(1, open)));
    clock.setNowMs(dakar(2026, 11, 30, 13)); // the office closes for lunch 12:30-15:00
    h.say(QStringLiteral("je veux parler à quelqu'un"), lunch);
    QVERIFY2(h.sent(1, lunch).contains(QStringLiteral("lundi 30 novembre à 15:00")), qPrintable(h.sent(1, lunch)));
    clock.setNowMs(dakar(2026, 12, 25, 10)); // a Friday, but Christmas
    h.say(QStringLiteral("je veux parler à quelqu'un"), christmas);
    QVERIFY2(h.sent(1, christmas).contains(QStringLiteral("samedi 26 décembre à 09:00")),
             qPrintable(h.sent(1, christmas)));
    h.say(QStringLiteral("I want to talk to a real person please"), english);
    QVERIFY2(h.sent(1, english).contains(QStringLiteral("Saturday 26 December at 09:00")),
             qPrintable(h.sent(1, english)));
}

void TestHandoff::slaFollowup()
{
    ManualClock clock(kMondayMorning);
    PipelineRig rig;
    rig.server.settings().handoffSlaMinutes = 0.5;
    rig.server.setClock(&clock);
    PIPELINE_START(rig);
    Handoff h(rig);
    h.say(QStringLiteral("humain"));
    QCOMPARE(h.owner(), QStringLiteral("queued"));
    QTRY_VERIFY_WITH_TIMEOUT(h.monitor()->nextDeadlineMs().has_value(), 10000); // armed, no polling

    clock.advanceMinutes(1);
    QSignalSpy checked(h.monitor(), &handoff::HandoffMonitor::checked);
    h.monitor()->checkNow();
    QVERIFY2(h.sent(2).contains(QStringLiteral("recontactera")), qPrintable(h.sent(2)));

    HttpResult r = rig.server.get(QStringLiteral("/api/v1/followups"), h.token(QStringLiteral("marie")));
    QCOMPARE(r.status, 200);
    const QJsonArray open = r.json().value(QLatin1String("followups")).toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().toObject().value(QLatin1String("chat_id")).toString(), kChat);
    QCOMPARE(open.first().toObject().value(QLatin1String("done")).toBool(), false);
    QCOMPARE(h.events(QStringLiteral("followup.changed")).size(), 1);
    // The next check opens nothing more.
    const qsizetype checks = checked.size();
    h.monitor()->checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(checked.size() > checks, 10000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM followups")), qint64(1));

    const qint64 id = qint64(open.first().toObject().value(QLatin1String("id")).toDouble());
    r = rig.server.post(QStringLiteral("/api/v1/followups/%1/done").arg(id), {}, h.token(QStringLiteral("marie")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("done_by")).toString(), QStringLiteral("marie"));
    QCOMPARE(rig.server.post(QStringLiteral("/api/v1/followups/999/done"), {}, h.token(QStringLiteral("marie"))).status,
             404);
    r = rig.server.get(QStringLiteral("/api/v1/followups"), h.token(QStringLiteral("marie")));
    QCOMPARE(r.json().value(QLatin1String("followups")).toArray().size(), 0);
    r = rig.server.get(QStringLiteral("/api/v1/followups?all=true"), h.token(QStringLiteral("marie")));
    QCOMPARE(r.json().value(QLatin1String("followups")).toArray().size(), 1);
}

// More waits run past the SLA at once than one check of the monitor takes (200): every one gets its follow-up.
void TestHandoff::slaFollowupsForALongQueue()
{
    ManualClock clock(kMondayMorning);
    PipelineRig rig;
    rig.server.settings().handoffSlaMinutes = 0.5;
    rig.server.settings().rateLimitPerMinute = 100000;
    rig.server.setClock(&clock);
    PIPELINE_START(rig);
    Handoff h(rig);
    constexpr int kWaiting = 230;
    for (int i = 0; i < kWaiting; ++i)
        QCOMPARE(rig.postText(QStringLiteral("22177%1@c.us").arg(i, 7, 10, QLatin1Char('0')), QStringLiteral("humain"),
                              QStringLiteral("LONGQ%1").arg(i)),
                 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE owner = 'queued'")),
                              qint64(kWaiting), 30000);

    clock.advanceMinutes(1);
    h.monitor()->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM followups")), qint64(kWaiting), 30000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(DISTINCT chat_id) FROM followups")), qint64(kWaiting));
    // Nothing is left to do until a new wait starts.
    QTRY_VERIFY_WITH_TIMEOUT(!h.monitor()->nextDeadlineMs().has_value(), 10000);
}

void TestHandoff::abandonedClaim()
{
    ManualClock clock(kMondayMorning);
    PipelineRig rig;
    rig.server.settings().handoffReminderMinutes = 2;
    rig.server.settings().handoffReturnMinutes = 5;
    rig.server.settings().handoffSlaMinutes = 60;
    rig.server.setClock(&clock);
    PIPELINE_START(rig);
    Handoff h(rig);
    h.say(QStringLiteral("humain"));
    QCOMPARE(h.act(QStringLiteral("marie"), QStringLiteral("claim")).status, 200);

    clock.advanceMinutes(3);
    h.monitor()->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(h.events(QStringLiteral("handoff.reminder")).size(), 1, 10000);
    QList<QJsonObject> reminders = h.events(QStringLiteral("handoff.reminder"));
    QCOMPARE(reminders.first().value(QLatin1String("owner")).toString(), QStringLiteral("human:marie"));
    QCOMPARE(h.owner(), QStringLiteral("human:marie"));

    clock.advanceMinutes(3);
    h.monitor()->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(h.owner(), QStringLiteral("queued"), 10000);
    reminders = h.events(QStringLiteral("handoff.reminder"));
    QCOMPARE(reminders.size(), 2);
    QVERIFY(reminders.last().value(QLatin1String("returned_to_queue")).toBool());
    // Back in the queue: another agent may take it.
    QCOMPARE(h.act(QStringLiteral("paul"), QStringLiteral("claim")).status, 200);
}

void TestHandoff::botReplyWithheldWhenPersonTookOver()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    Handoff h(rig);
    rig.waha.setSessionStatus(QStringLiteral("STOPPED")); // WAHA answers 422: the reply waits for its retry
    h.say(QStringLiteral("Bonjour"));
    QTRY_VERIFY_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT MAX(attempts) FROM outbox")) >= 1, 10000);
    QCOMPARE(h.act(QStringLiteral("marie"), QStringLiteral("claim")).status, 200);
    rig.waha.setSessionStatus(QStringLiteral("WORKING"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'withheld'")),
                              qint64(1), 15000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE status = 'withheld'")), qint64(1));
    QCOMPARE(rig.repliesTo(kChat), 0);
}

void TestHandoff::restartInTheMiddle()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    Handoff h(rig);
    h.say(QStringLiteral("humain"));
    QCOMPARE(h.act(QStringLiteral("marie"), QStringLiteral("claim")).status, 200);
    rig.server.stop();
    PIPELINE_START(rig);
    QCOMPARE(h.owner(), QStringLiteral("human:marie"));
    h.say(QStringLiteral("Vous êtes toujours là ?"));
    QCOMPARE(rig.repliesTo(kChat), 1); // only the holding reply from before the restart
    HttpResult r = rig.server.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(kChat),
                                   {{QStringLiteral("text"), QStringLiteral("Oui, je suis là.")}},
                                   h.token(QStringLiteral("marie")));
    QCOMPARE(r.status, 201);
    QCOMPARE(h.sent(2), QStringLiteral("Oui, je suis là."));
}

QTEST_MAIN(TestHandoff)
#include "TestHandoff.moc"
