// Fencing of several instances on PostgreSQL (round 7): an instance whose registration lapsed (its heartbeats did
// not reach the database for a lease, e.g. while PostgreSQL restarted) may still have a WAHA call in flight, or an
// answer it could not record yet. Another instance must not send that reply again, and the lapsed instance must not
// start a send that another may have adopted. Two instances in this process (two Database connections, the real
// LeaseCoordinator and OutboxSender each, ManualClocks) share one WAHA whose answers the test holds.
//
// Without the fencing, B adopted A's "sending" row at its first beat after A's lapse and sent it again while A's
// call was still in flight: two texts for one reply (TestSeveralInstancesPgRestart's 53 texts for 48 messages).

#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include "integrations/CurlClient.h"
#include "integrations/WahaClient.h"
#include "live/EventBus.h"
#include "pipeline/LeaseCoordinator.h"
#include "pipeline/OutboxSender.h"
#include "store/Database.h"
#include "store/LeaseLog.h"
#include "store/OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::StoreTestDb;
using concierge::testing::ManualClock;

namespace {

constexpr qint64 kLeaseMs = 10'000;
constexpr qint64 kWahaCallMs = 15'000;

// WAHA's sending endpoints, each text recorded when it arrives; while held, the answers wait for release().
class HeldWaha final : public QObject
{
public:
    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void hold(bool held) { m_held = held; }
    void release()
    {
        for (QTcpSocket *socket : std::exchange(m_waiting, {}))
            answer(socket);
    }
    QStringList texts() const { return m_texts; }
    int waiting() const { return int(m_waiting.size()); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray path = buffer.left(buffer.indexOf('\n')).split(' ').value(1);
        const QJsonObject body = QJsonDocument::fromJson(buffer.mid(end + 4, length)).object();
        m_buffers.remove(socket);
        if (!path.startsWith("/api/sendText")) {
            answer(socket);
            return;
        }
        m_texts.append(body.value(u"text").toString());
        if (m_held)
            m_waiting.append(socket);
        else
            answer(socket);
    }
    void answer(QTcpSocket *socket)
    {
        const QByteArray body =
            QByteArrayLiteral("{\"id\":\"true_221700000001@c.us_3EB0") + QByteArray::number(++m_counter) + "\"}";
        socket->write(QByteArray("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                 "Content-Length: " +
                                 QByteArray::number(body.size()) + "\r\n\r\n" + body));
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_waiting;
    QStringList m_texts;
    bool m_held = false;
    int m_counter = 0;
};

// One instance: its connection, WAHA client, sender and lease coordinator, beating only when the test says so.
class Instance
{
public:
    Instance(const DbConfig &config, const QString &id, const QString &wahaUrl)
        : m_db(config)
        , m_waha(&m_curl,
                 integrations::WahaConfig{wahaUrl, QStringLiteral("key"), QStringLiteral("default"), int(kWahaCallMs)})
    {
        m_opened = m_db.open().ok();
        pipeline::OutboxSender::Options options;
        options.instanceId = id;
        options.clock = &clock;
        sender = std::make_unique<pipeline::OutboxSender>(&m_db, &m_waha, &m_events, options);
        pipeline::LeaseCoordinator::Hooks hooks;
        hooks.busyChats = [] { return QSet<QString>(); };
        hooks.inbox = [](const QList<InboxMessage> &) {};
        hooks.outbox = [this](const QList<OutboxMessage> &rows) { sender->adopt(rows); };
        leases = std::make_unique<pipeline::LeaseCoordinator>(LeaseLog(&m_db, id, kLeaseMs), hooks);
        leases->setFencing(&clock, kWahaCallMs);
        sender->setFence([this] { return leases->fresh(); });
        QObject::connect(leases.get(), &pipeline::LeaseCoordinator::freshAgain, sender.get(),
                         &pipeline::OutboxSender::unfence);
    }

    bool opened() const { return m_opened; }
    Database &db() { return m_db; }
    // One beat, waited for; whether it reached the database.
    bool beat()
    {
        QSignalSpy done(leases.get(), &pipeline::LeaseCoordinator::beatDone);
        leases->beatNow();
        return done.wait(10000) && done.first().first().toBool();
    }

private:
    Database m_db;
    bool m_opened = false;
    integrations::CurlClient m_curl;
    integrations::WahaClient m_waha;
    live::EventBus m_events;

public: // destroyed first: they hold the connection and the client above
    ManualClock clock;
    std::unique_ptr<pipeline::OutboxSender> sender;
    std::unique_ptr<pipeline::LeaseCoordinator> leases;
};

// A reply of `owner`'s, stored as its commit would.
OutboxMessage storeReply(Database &db, const QString &owner, const QString &text)
{
    OutboxMessage reply;
    reply.chatId = QStringLiteral("221700000001@c.us");
    reply.text = text;
    reply.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    auto stored = db.runSync<bool>([&reply, owner](DbContext &ctx) -> Result<bool> {
        if (auto id = OutboxRepository::insert(ctx, reply); !id)
            return id.error();
        auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET instance_id = ? WHERE id = ?"));
        return toResult(ctx.exec(q, {owner, reply.id}));
    });
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return reply;
}

// What the database says of an outbox row: "<status> <owner>".
QString rowState(Database &db, qint64 id)
{
    auto state = db.runSync<QString>([id](DbContext &ctx) -> Result<QString> {
        auto &q = ctx.prepare(QStringLiteral("SELECT status || ' ' || instance_id FROM outbox WHERE id = ?"));
        if (Status st = ctx.exec(q, {id}); !st)
            return st.error();
        return q.next() ? q.value(0).toString() : QString();
    });
    return state ? state.value() : state.error().message;
}

// The instance's registration expires in the database (its beats stopped reaching it): what a long outage does.
bool lapse(Database &db, const QString &instanceId)
{
    auto done = db.runSync<bool>([instanceId](DbContext &ctx) -> Result<bool> {
        auto &q = ctx.prepare(QStringLiteral("UPDATE instances SET expires_at_ms = 0 WHERE instance_id = ?"));
        return toResult(ctx.exec(q, {instanceId}));
    });
    return done.ok();
}

// "<status> <owner>", as rowState() reads it.
QString state(const char *status, const QString &owner)
{
    return QString::fromLatin1(status) + u' ' + owner;
}

} // namespace

class TestLeaseFencing : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: leases are PostgreSQL only");
    }
    void replyInFlightIsNotSentAgainByAnother();
    void lapsedInstanceStartsNoSendAndDropsWhatWasAdopted();
    void nextRunOfTheSameFolderSendsTheInterruptedReplyAtOnce();
};

void TestLeaseFencing::replyInFlightIsNotSentAgainByAnother()
{
    StoreTestDb testDb(qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL"));
    QVERIFY2(testDb.ready(), qPrintable(testDb.error()));
    HeldWaha waha;
    QVERIFY(waha.start());
    const QString idA = processInstanceId(); // the id OutboxRepository::insert records
    const QString idB = QStringLiteral("instance-b");
    Instance a(testDb.config(), idA, waha.baseUrl()), b(testDb.config(), idB, waha.baseUrl());
    QVERIFY(a.opened() && b.opened());
    QVERIFY(a.beat() && b.beat());

    // A sends its reply; WAHA holds the answer.
    waha.hold(true);
    const OutboxMessage reply = storeReply(a.db(), idA, QStringLiteral("Réponse unique"));
    a.sender->submit(reply);
    QTRY_COMPARE_WITH_TIMEOUT(waha.waiting(), 1, 10000);
    QCOMPARE(rowState(b.db(), reply.id), state("sending", idA));

    // A's beats stop reaching the database for longer than its lease; B beats meanwhile.
    QVERIFY(lapse(b.db(), idA));
    a.clock.advanceMs(kLeaseMs);
    QVERIFY(!a.leases->fresh());
    QVERIFY(b.beat());
    // Up to one WAHA call's length plus a lease after B saw A lapsed, B does not take the row A may be sending.
    b.clock.advanceMs(kWahaCallMs + kLeaseMs - 1);
    QVERIFY(b.beat());
    QCOMPARE(rowState(b.db(), reply.id), state("sending", idA));
    QCOMPARE(waha.texts().size(), 1);

    // WAHA answers A's call: A records it; after that, nothing is left for B to adopt.
    waha.release();
    QTRY_COMPARE_WITH_TIMEOUT(rowState(b.db(), reply.id), state("sent", idA), 10000);
    b.clock.advanceMs(kWahaCallMs + kLeaseMs);
    QVERIFY(b.beat());
    QVERIFY(b.beat());
    QCOMPARE(b.sender->pendingCount(), 0);
    QCOMPARE(waha.texts(), QStringList{QStringLiteral("Réponse unique")});
}

void TestLeaseFencing::lapsedInstanceStartsNoSendAndDropsWhatWasAdopted()
{
    StoreTestDb testDb(qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL"));
    QVERIFY2(testDb.ready(), qPrintable(testDb.error()));
    HeldWaha waha;
    QVERIFY(waha.start());
    const QString idA = processInstanceId();
    const QString idB = QStringLiteral("instance-b");
    Instance a(testDb.config(), idA, waha.baseUrl()), b(testDb.config(), idB, waha.baseUrl());
    QVERIFY(a.opened() && b.opened());
    QVERIFY(a.beat() && b.beat());

    // A's last beat is older than its lease minus the margin: its reply waits, in the outbox.
    a.clock.advanceMs(kLeaseMs * 3 / 4);
    QVERIFY(!a.leases->fresh());
    const OutboxMessage reply = storeReply(a.db(), idA, QStringLiteral("Une seule fois"));
    a.sender->submit(reply);
    QCOMPARE(a.sender->inFlightCount(), 0);
    QCOMPARE(a.sender->pendingCount(), 1);

    // A's registration expired in the database: B adopts the reply (never claimed: at once) and sends it.
    QVERIFY(lapse(b.db(), idA));
    QVERIFY(b.beat());
    QTRY_COMPARE_WITH_TIMEOUT(rowState(b.db(), reply.id), state("sent", idB), 10000);

    // A's beat reaches the database again: the row is not A's any more, and leaves A's memory unsent.
    QSignalSpy fresh(a.leases.get(), &pipeline::LeaseCoordinator::freshAgain);
    QVERIFY(a.beat());
    QCOMPARE(fresh.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(a.sender->pendingCount(), 0, 10000);
    QCOMPARE(waha.texts(), QStringList{QStringLiteral("Une seule fois")});
    QCOMPARE(rowState(b.db(), reply.id), state("sent", idB));
}

void TestLeaseFencing::nextRunOfTheSameFolderSendsTheInterruptedReplyAtOnce()
{
    // A run killed mid-call (kill -9, a power cut) leaves a "sending" row. The next run of the same data folder knows
    // that run is dead (the folder was locked; DATA_DIR/instance-id names it): no call of its can still be under way,
    // so the reply goes at the first beat rather than a WAHA call and a lease later (TestCrashRestart waited 45 s).
    StoreTestDb testDb(qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL"));
    QVERIFY2(testDb.ready(), qPrintable(testDb.error()));
    HeldWaha waha;
    QVERIFY(waha.start());
    const QString previous = processInstanceId();
    OutboxMessage reply;
    {
        Instance dying(testDb.config(), previous, waha.baseUrl());
        QVERIFY(dying.opened() && dying.beat());
        waha.hold(true);
        reply = storeReply(dying.db(), previous, QStringLiteral("Après le redémarrage"));
        dying.sender->submit(reply);
        QTRY_COMPARE_WITH_TIMEOUT(waha.waiting(), 1, 10000);
    } // gone with its call: WAHA never answers it
    waha.hold(false);

    const QString next = QStringLiteral("instance-next");
    Instance restarted(testDb.config(), next, waha.baseUrl());
    QVERIFY(restarted.opened());
    QCOMPARE(rowState(restarted.db(), reply.id), state("sending", previous));
    QSignalSpy beaten(restarted.leases.get(), &pipeline::LeaseCoordinator::beatDone);
    restarted.leases->start(previous); // no time passes on its clock
    QVERIFY(beaten.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(rowState(restarted.db(), reply.id), state("sent", next), 10000);
    QCOMPARE(waha.texts().size(), 2); // the killed call reached WAHA too: the one case no fence can tell (documented)
}

QTEST_GUILESS_MAIN(TestLeaseFencing)
#include "TestLeaseFencing.moc"
