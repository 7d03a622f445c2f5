// Exactly once through database faults (issue 12, point 1): PostgreSQL restarted in the middle of a burst, a
// "sent" that cannot be recorded, a full SQLite database that frees up again, PostgreSQL's webhook (intake) connection
// lost alone; and /health's backlog. The server is
// never restarted to recover: every acknowledged message is answered once, counted at the fake WAHA.
#include "pipeline/Pipeline.h"
#include "store/Database.h"
#include "support/DbPeek.h"
#include "support/PipelineKit.h"
#include "support/PostgresRestart.h"

#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace concierge;
using namespace concierge::testing;

namespace {

QString chatNumber(int i)
{
    return QStringLiteral("22177%1@c.us").arg(600000 + i, 7, 10, QLatin1Char('0'));
}

struct Burst
{
    QList<QByteArray> bodies;
    QStringList chats; // chats.at(i) sent bodies.at(i)
};

Burst burst(const QString &tag, int chats, int perChat, int firstChat = 0, int textBytes = 0)
{
    Burst b;
    for (int m = 0; m < perChat; ++m)
        for (int c = firstChat; c < firstChat + chats; ++c) {
            QString text = QStringLiteral("Bonjour, question %1").arg(m);
            if (textBytes > text.size())
                text += QString(textBytes - text.size(), QLatin1Char('x'));
            b.bodies.append(
                FakeWaha::textWebhookBody(chatNumber(c), text, QStringLiteral("3EB0%1%2x%3").arg(tag).arg(c).arg(m)));
            b.chats.append(chatNumber(c));
        }
    return b;
}

// Once every outbox row is "sent" in the database nothing can go out again (a row is claimed only from "pending"),
// so WAHA's counts are final.
bool allSent(PipelineRig &rig, qint64 expected)
{
    return rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")) == 0 &&
           rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == expected &&
           rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")) == 0;
}

QHash<QString, int> repliesPerChat(const PipelineRig &rig)
{
    QHash<QString, int> perChat;
    for (const FakeWaha::SentText &sent : rig.waha.sentTexts())
        ++perChat[sent.chatId];
    return perChat;
}

QString databaseStatusOf(PipelineRig &rig)
{
    return rig.healthComponent("database").value(QLatin1String("status")).toString();
}

QJsonObject backlogOf(PipelineRig &rig)
{
    return rig.healthComponent("backlog");
}

Status statusOf(const Result<bool> &result)
{
    return result ? Status::success() : Status(result.error());
}

// A store-level fault: recording a reply as sent fails until the trigger is dropped.
Status injectSentFailure(store::Database *db, bool on)
{
    const bool pg = db->dialect() == store::Dialect::Postgres;
    QStringList sql;
    if (on && pg)
        sql = {QStringLiteral("CREATE FUNCTION fail_sent() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION"
                              " 'injected: cannot record sent'; END $$ LANGUAGE plpgsql"),
               QStringLiteral("CREATE TRIGGER fail_sent BEFORE UPDATE ON outbox FOR EACH ROW"
                              " WHEN (NEW.status = 'sent') EXECUTE FUNCTION fail_sent()")};
    else if (on)
        sql = {QStringLiteral("CREATE TRIGGER fail_sent BEFORE UPDATE ON outbox WHEN NEW.status = 'sent'"
                              " BEGIN SELECT RAISE(ABORT, 'injected: cannot record sent'); END")};
    else if (pg)
        sql = {QStringLiteral("DROP TRIGGER fail_sent ON outbox"), QStringLiteral("DROP FUNCTION fail_sent()")};
    else
        sql = {QStringLiteral("DROP TRIGGER fail_sent")};
    return statusOf(db->runSync<bool>([sql](store::DbContext &ctx) -> Result<bool> {
        for (const QString &statement : sql) {
            QSqlQuery query(ctx.db());
            if (!query.exec(statement))
                return Error{QStringLiteral("test"), query.lastError().text()};
        }
        return true;
    }));
}

Status setMaxPageCount(store::Database *db, const QString &value)
{
    return statusOf(db->runSync<bool>([value](store::DbContext &ctx) -> Result<bool> {
        QSqlQuery query(ctx.db());
        if (!query.exec(QStringLiteral("PRAGMA max_page_count = ") + value))
            return Error{QStringLiteral("test"), query.lastError().text()};
        return true;
    }));
}

qint64 pageCount(store::Database *db)
{
    auto pages = db->runSync<qint64>([](store::DbContext &ctx) -> Result<qint64> {
        QSqlQuery query(ctx.db());
        if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
            return Error{QStringLiteral("test"), query.lastError().text()};
        return query.value(0).toLongLong();
    });
    return pages ? pages.value() : -1;
}

} // namespace

class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private slots:
    void postgresRestartMidBurst();
    void lostIntakeConnectionShowsInHealth();
    void sentNotRecordedIsNeverSentAgain_data() { addBackendRows(); }
    void sentNotRecordedIsNeverSentAgain();
    void fullSqliteDatabaseFreesUp();
    void healthReportsTheBacklog();
};

void TestDatabaseFaults::postgresRestartMidBurst()
{
    if (const QString why = PostgresRestart::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    PipelineRig rig;
    rig.pg = std::make_unique<PgSchema>();
    QVERIFY(rig.pg->ready());
    rig.server.usePostgres(*rig.pg);
    rig.server.settings().rateLimitPerMinute = 1000;
    rig.waha.setDelayMs(30); // replies are in flight while PostgreSQL goes away
    PIPELINE_START(rig);

    constexpr int kChats = 30;
    constexpr int kPerChat = 4;
    const Burst first = burst(QStringLiteral("PGA"), kChats, kPerChat / 2);
    const Burst second = burst(QStringLiteral("PGB"), kChats, kPerChat / 2); // same chats, later questions
    QVERIFY(postUntilAcknowledged(rig, first.bodies) >= 0);

    // pg_ctl restart -m fast of our private instance while the first half is being answered.
    PostgresRestart restart;
    QVERIFY(restart.start());
    QVERIFY(postUntilAcknowledged(rig, second.bodies) >= 0); // refused (503) while it is down, then accepted
    QTRY_VERIFY_WITH_TIMEOUT(!restart.running(), 30000);
    QVERIFY(restart.succeeded());

    const int total = kChats * kPerChat;
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, total), 60000);
    QCOMPARE(rig.waha.sentTexts().size(), total);
    const QHash<QString, int> perChat = repliesPerChat(rig);
    QCOMPARE(perChat.size(), kChats);
    for (auto it = perChat.begin(); it != perChat.end(); ++it)
        QCOMPARE(it.value(), kPerChat);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'in'")), qint64(total));
    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("outbox_unsent")).toInt(), 0, 10000);
    QCOMPARE(databaseStatusOf(rig), QStringLiteral("ok"));
}

// On PostgreSQL the webhooks' inserts have a connection of their own (the intake). When it alone is lost and cannot
// come back (the pooler's or the role's connection limit reached), webhooks are refused: /health must say the
// database is down, not ok because the other connection still answers.
void TestDatabaseFaults::lostIntakeConnectionShowsInHealth()
{
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
        QSKIP("CONCIERGE_TEST_DATABASE_URL is not set");
    PipelineRig rig;
    rig.pg = std::make_unique<PgSchema>();
    QVERIFY(rig.pg->ready());
    DbPeek admin(*rig.pg); // the cluster's superuser: limits do not bind it
    const QString role = rig.pg->name() + QStringLiteral("_server");
    admin.column(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    admin.column(QStringLiteral("GRANT ALL ON SCHEMA %1 TO %2").arg(rig.pg->name(), role));
    QCOMPARE(admin.count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(role)), qint64(1));
    auto dropRole = qScopeGuard([&] {
        rig.server.stop();
        admin.column(QStringLiteral("DROP OWNED BY %1").arg(role));
        admin.column(QStringLiteral("DROP ROLE %1").arg(role));
    });
    QUrl url(rig.pg->url());
    url.setUserName(role);
    rig.server.settings().databaseUrl = url.toString();
    rig.server.settings().databaseSchema = rig.pg->name();
    PIPELINE_START(rig);
    QCOMPARE(rig.postText(chatNumber(0), QStringLiteral("Bonjour"), QStringLiteral("INTAKE0")), 200);
    QCOMPARE(databaseStatusOf(rig), QStringLiteral("ok"));

    // The role may hold the one connection it has: the processing's. The intake's is cut and cannot come back.
    const QString sessions = QStringLiteral("FROM pg_stat_activity WHERE usename = '%1'").arg(role);
    QCOMPARE(admin.count(QStringLiteral("SELECT COUNT(*) ") + sessions), qint64(2));
    const qint64 processing = rig.count(QStringLiteral("SELECT pg_backend_pid()"));
    admin.column(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 1").arg(role));
    const QString intake = sessions + QStringLiteral(" AND pid <> %1").arg(processing);
    QCOMPARE(admin.column(QStringLiteral("SELECT pg_terminate_backend(pid) ") + intake).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(admin.count(QStringLiteral("SELECT COUNT(*) ") + intake), qint64(0), 10000);

    QCOMPARE(rig.postText(chatNumber(1), QStringLiteral("Bonjour"), QStringLiteral("INTAKE1")), 503);
    QVERIFY(rig.db()->healthy()); // the processing's connection still answers
    QCOMPARE(databaseStatusOf(rig), QStringLiteral("down"));

    // The limit lifted, the next delivery reconnects the intake, and /health follows.
    admin.column(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT -1").arg(role));
    QCOMPARE(rig.postText(chatNumber(1), QStringLiteral("Bonjour"), QStringLiteral("INTAKE1")), 200);
    QCOMPARE(databaseStatusOf(rig), QStringLiteral("ok"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.repliesTo(chatNumber(1)), 1, 15000);
}

void TestDatabaseFaults::sentNotRecordedIsNeverSentAgain()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.settings().rateLimitPerMinute = 1000;
    PIPELINE_START(rig);
    QVERIFY(injectSentFailure(rig.db(), true).ok());

    constexpr int kChats = 5;
    QVERIFY(postUntilAcknowledged(rig, burst(QStringLiteral("REC"), kChats, 1).bodies) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), kChats, 15000);
    // WAHA took them; the database refuses "sent": the rows stay claimed, and /health says so.
    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("unrecorded")).toInt(), kChats, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sending'")),
                              qint64(kChats), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("outbox_unsent")).toInt(), kChats, 10000);

    // A later message of each chat goes through the same sender (and its sweep) while the marks are refused.
    QVERIFY(postUntilAcknowledged(rig, burst(QStringLiteral("REC2"), kChats, 1).bodies) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 2 * kChats, 15000);

    QVERIFY(injectSentFailure(rig.db(), false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, 2 * kChats), 30000);
    QCOMPARE(rig.waha.sentTexts().size(), 2 * kChats);
    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("unrecorded")).toInt(), 0, 10000);

    // And a restart on the same database sends nothing again: only a new message gets a reply.
    rig.server.stop();
    PIPELINE_START(rig);
    QVERIFY(postUntilAcknowledged(rig, burst(QStringLiteral("REC3"), 1, 1, kChats).bodies) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, 2 * kChats + 1), 15000);
    QCOMPARE(rig.waha.sentTexts().size(), 2 * kChats + 1);
    for (int c = 0; c < kChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), 2);
}

void TestDatabaseFaults::fullSqliteDatabaseFreesUp()
{
    // A full disk, simulated without root: SQLite's max_page_count on the server's connection makes every write
    // that needs a new page fail with SQLITE_FULL, as a full filesystem does.
    PipelineRig rig;
    rig.server.settings().rateLimitPerMinute = 1000;
    PIPELINE_START(rig);
    QVERIFY(postUntilAcknowledged(rig, burst(QStringLiteral("WARM"), 1, 1, 99).bodies) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, 1), 10000);

    const qint64 pages = pageCount(rig.db());
    QVERIFY(pages > 0);
    QVERIFY(setMaxPageCount(rig.db(), QString::number(pages)).ok());
    constexpr int kChats = 20;
    const Burst full = burst(QStringLiteral("FULL"), kChats, 2, 0, 3000);
    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    const QList<int> statuses = postConcurrently(url, full.bodies, {{"X-Waha-Token", TestServer::kWebhookToken}});
    QVERIFY2(statuses.contains(503), "the full database refused nothing: the fault was not reproduced");

    // The disk frees up: what was acknowledged is answered, what was refused is delivered again and answered.
    QVERIFY(setMaxPageCount(rig.db(), QStringLiteral("1073741823")).ok());
    QVERIFY(postUntilAcknowledged(rig, full.bodies) >= 0);
    const int total = 1 + full.bodies.size();
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, total), 60000);
    QCOMPARE(rig.waha.sentTexts().size(), total);
    for (int c = 0; c < kChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), 2);
}

void TestDatabaseFaults::healthReportsTheBacklog()
{
    PipelineRig rig;
    rig.server.settings().backlogDegradedSeconds = 1;
    PIPELINE_START(rig);
    QCOMPARE(backlogOf(rig).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    rig.waha.down(); // replies wait in the outbox
    QVERIFY(postUntilAcknowledged(rig, burst(QStringLiteral("LATE"), 3, 1).bodies) == 0);

    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("outbox_unsent")).toInt(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("status")).toString(), QStringLiteral("degraded"),
                              10000);
    const QJsonObject late = backlogOf(rig);
    QVERIFY(late.value(QLatin1String("oldest_unanswered_seconds")).toInt() >= 1);
    QCOMPARE(late.value(QLatin1String("degraded_after_seconds")).toInt(), 1);
    QCOMPARE(rig.server.get(QStringLiteral("/health")).json().value(QLatin1String("status")).toString(),
             QStringLiteral("degraded"));

    QVERIFY(rig.waha.up());
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, 3), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(backlogOf(rig).value(QLatin1String("status")).toString(), QStringLiteral("ok"), 10000);
    QCOMPARE(backlogOf(rig).value(QLatin1String("outbox_unsent")).toInt(), 0);
}

QTEST_MAIN(TestDatabaseFaults)
#include "TestDatabaseFaults.moc"
