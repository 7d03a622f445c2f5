// The duplicate check through recent_message_ids (issue 14, flat with history; migration 13): a WAHA redelivery is
// answered "duplicate" in the same batch, in a later batch and after a restart, by the recent ids alone. After its id
// left the recent ones it is taken as a new message, on both backends (their inboxes have no unique index over the
// whole history: migration 13 on SQLite, 16 on PostgreSQL), the trade-off documented in
// InboxRepository::kRecentIdsDays. The retention job forgets ids older than kRecentIdsDays, also when messages are
// kept forever. Since migration 14 SQLite keys the recent ids by the time WhatsApp gives the message (a redelivery
// carries the same), and an id stored without one (before migration 14) still catches a redelivery that has one. On
// SQLite and PostgreSQL.

#include "ops/Retention.h"
#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/MessageLog.h"
#include "store/Migrations.h"
#include "support/DatabaseCount.h"
#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::countOf;
using concierge::store::testing::StoreTestDb;
using concierge::testing::ManualClock;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kNowMs = 1764316800123;
constexpr qint64 kSentMs = 1764316795000; // payload.timestamp of the messages (a redelivery carries the same)

std::shared_ptr<InboxMessage> webhookMessage(const QString &id, qint64 receivedAtMs = kNowMs, qint64 sentAtMs = kSentMs)
{
    auto m = std::make_shared<InboxMessage>();
    m->wahaMessageId = id;
    m->sentAtMs = sentAtMs;
    m->eventId = QStringLiteral("evt_") + id;
    m->chatId = QStringLiteral("221770000001@c.us");
    m->text = QStringLiteral("Bonjour");
    m->receivedAtMs = receivedAtMs;
    return m;
}

// Accepts the messages as one group commit (what the webhook does): whether each was new, in order.
QList<bool> acceptAll(Database &db, const QList<std::shared_ptr<InboxMessage>> &messages)
{
    MessageLog log(&db);
    QList<bool> out(messages.size(), false);
    int answers = 0;
    QObject context;
    for (int i = 0; i < messages.size(); ++i) {
        log.accept(messages.at(i), &context, [&out, &answers, i](Result<bool> inserted) {
            out[i] = inserted.ok() && inserted.value();
            if (!inserted.ok())
                qWarning() << "accept failed:" << inserted.error().message;
            ++answers;
        });
    }
    if (!QTest::qWaitFor([&] { return answers == messages.size(); }, 10000))
        qWarning() << "accept: not all answered";
    return out;
}

Status exec(Database &db, const QString &sql)
{
    auto done = db.runSync<bool>([sql](DbContext &ctx) -> Result<bool> {
        QSqlQuery q(ctx.db());
        if (!q.exec(Migrations::translate(sql, ctx.dialect())))
            return Error{QStringLiteral("test"), q.lastError().text()};
        return true;
    });
    return done ? Status() : Status(done.error());
}

const QString kInboxRows = QStringLiteral("SELECT COUNT(*) FROM inbox WHERE waha_message_id = 'false_1@c.us_A'");

} // namespace

class TestRecentIds : public QObject
{
    Q_OBJECT

private slots:
    void redeliveryIsDuplicateInABatchLaterAndAfterRestart_data() { store::testing::addBackendRows(); }
    void redeliveryIsDuplicateInABatchLaterAndAfterRestart()
    {
        STORE_TEST_DB(store);
        {
            Database db(store.config());
            QVERIFY2(db.open().ok(), "open");
            const auto first = acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A")),
                                              webhookMessage(QStringLiteral("false_1@c.us_A")),
                                              webhookMessage(QStringLiteral("false_1@c.us_B"))});
            QCOMPARE(first, (QList<bool>{true, false, true}));
            QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A"))}), QList<bool>{false});
            QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM recent_message_ids")), qint64(2));
        }
        Database reopened(store.config());
        QVERIFY2(reopened.open().ok(), "reopen");
        const auto again = acceptAll(reopened, {webhookMessage(QStringLiteral("false_1@c.us_B")),
                                                webhookMessage(QStringLiteral("false_1@c.us_C"))});
        QCOMPARE(again, (QList<bool>{false, true}));
        QCOMPARE(countOf(reopened, kInboxRows), qint64(1));
    }

    void olderRedeliveryIsANewMessage_data() { store::testing::addBackendRows(); }
    void olderRedeliveryIsANewMessage()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A"))}), QList<bool>{true});
        auto pruned =
            db.runSync<int>([](DbContext &ctx) { return InboxRepository::pruneRecentIds(ctx, kNowMs + kDayMs); });
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.value(), 1);
        // A redelivery weeks later, two ways (one message, then in a group with a new one): a new message on both
        // backends, since neither inbox keeps a unique index over the whole history (migrations 13 and 16).
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A"), kNowMs + 30 * kDayMs)}),
                 QList<bool>{true});
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A"), kNowMs + 31 * kDayMs),
                                webhookMessage(QStringLiteral("false_1@c.us_N"), kNowMs + 31 * kDayMs)}),
                 (QList<bool>{false, true})); // the first accept put the id among the recent ones again
        QCOMPARE(countOf(db, kInboxRows), qint64(2));
    }

    // Duplicates in one group, and a duplicate beside a new message, caught by the recent ids alone.
    void recentIdsAloneCatchDuplicates_data() { store::testing::addBackendRows(); }
    void recentIdsAloneCatchDuplicates()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A")),
                                webhookMessage(QStringLiteral("false_1@c.us_A"))}),
                 (QList<bool>{true, false}));
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A")),
                                webhookMessage(QStringLiteral("false_1@c.us_B"))}),
                 (QList<bool>{false, true}));
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_A"))}), QList<bool>{false});
        QCOMPARE(countOf(db, kInboxRows), qint64(1));
    }

    void retentionForgetsOldIdsEvenWhenKeepingMessages_data() { store::testing::addBackendRows(); }
    void retentionForgetsOldIdsEvenWhenKeepingMessages()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        const qint64 window = InboxRepository::kRecentIdsDays * kDayMs;
        const qint64 oldAt = kNowMs - window - 1;
        const qint64 newAt = kNowMs - window + 1;
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_old"), oldAt, oldAt - 1000),
                                webhookMessage(QStringLiteral("false_1@c.us_new"), newAt, newAt - 1000),
                                // Sent before the cutoff, received after it (a phone back online): kept.
                                webhookMessage(QStringLiteral("false_1@c.us_late"), newAt, oldAt - 1000)}),
                 (QList<bool>{true, true, true}));
        ManualClock clock(kNowMs);
        ops::Retention retention(&db, 0, clock); // 0 days: messages are kept forever
        retention.start();
        QTRY_COMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM recent_message_ids")), qint64(2));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM recent_message_ids WHERE waha_message_id IN"
                                            " ('false_1@c.us_new', 'false_1@c.us_late')")),
                 qint64(2));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(3));
    }

    void redeliveryFoundByItsSendingTime_data() { store::testing::addBackendRows(); }
    void redeliveryFoundByItsSendingTime()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        // An id stored without a time (as migration 14 leaves the ones already there), then redelivered with one.
        QVERIFY(exec(db, QStringLiteral("INSERT INTO recent_message_ids (waha_message_id, received_at, sent_at)"
                                        " VALUES ('false_1@c.us_U', %1, 0)")
                             .arg(kNowMs))
                    .ok());
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_U"))}), QList<bool>{false});
        // A message without a time, then the same again: a duplicate too.
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_Z"), kNowMs, 0),
                                webhookMessage(QStringLiteral("false_1@c.us_Z"), kNowMs + 1, 0)}),
                 (QList<bool>{true, false}));
        // The same id and time an hour later (WAHA's retry): a duplicate; other ids sent in the same second: new.
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_T")),
                                webhookMessage(QStringLiteral("false_1@c.us_T2"))}),
                 (QList<bool>{true, true}));
        QCOMPARE(acceptAll(db, {webhookMessage(QStringLiteral("false_1@c.us_T"), kNowMs + 3'600'000)}),
                 QList<bool>{false});
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM recent_message_ids WHERE waha_message_id ="
                                            " 'false_1@c.us_T' AND sent_at = %1")
                                 .arg(kSentMs)),
                 qint64(1));
    }

    // What a webhook writes on SQLite lands at the end of each b-tree (migration 14): the recent ids are keyed by
    // sending time first, and no inbox index is keyed by chat or status. PostgreSQL keeps the one by chat, which its
    // leases read; since migration 16 its inbox has neither the one by status nor a unique index over the history,
    // and since migration 21 its recent ids only their key.
    void sqliteKeysTheWebhookWritesByTime_data() { store::testing::addBackendRows(); }
    void sqliteKeysTheWebhookWritesByTime()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        const QString byChatOrStatus =
            store.isPostgres()
                ? QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relkind = 'i' AND relnamespace ="
                                 " to_regnamespace(current_schema()) AND relname IN ('inbox_pending_by_chat',"
                                 " 'inbox_status')")
                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('inbox_pending_by_chat',"
                                 " 'inbox_status')");
        QCOMPARE(countOf(db, byChatOrStatus), qint64(store.isPostgres() ? 1 : 0));
        if (store.isPostgres()) {
            // pg_class and pg_index, not pg_indexes: the view's pg_get_indexdef() may run on other schemas' indexes,
            // and fails on one that a test running beside this one drops at that moment.
            QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM pg_index WHERE indrelid = 'inbox'::regclass"
                                                " AND indisunique")),
                     qint64(1)); // the primary key alone
            // Nor an index of the recent ids by time (migration 21): the daily prune reads the table whole.
            QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM pg_index WHERE indrelid ="
                                                " 'recent_message_ids'::regclass")),
                     qint64(1));
            return;
        }
        QCOMPARE(countOf(db, QStringLiteral("SELECT group_concat(name, ',') = 'sent_at,waha_message_id' FROM"
                                            " (SELECT name FROM pragma_table_info('recent_message_ids') WHERE pk > 0"
                                            " ORDER BY pk)")),
                 qint64(1));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name ="
                                            " 'recent_message_ids' AND sql IS NOT NULL")),
                 qint64(0));
    }

    // PostgreSQL (migration 22): the keys every message compares, in byte order whatever the database's collation.
    // Their indexes compare with the column's collation: strcoll was 7% of the intake backend's time.
    void postgresComparesMessageKeysByBytes_data() { store::testing::addBackendRows(); }
    void postgresComparesMessageKeysByBytes()
    {
        STORE_TEST_DB(store);
        if (!store.isPostgres())
            QSKIP("SQLite compares text by bytes (BINARY) unless told otherwise");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        const QStringList columns{QStringLiteral("recent_message_ids.waha_message_id"),
                                  QStringLiteral("inbox.chat_id"),
                                  QStringLiteral("chat_leases.chat_id"),
                                  QStringLiteral("lease_notes.chat_id"),
                                  QStringLiteral("users.chat_id"),
                                  QStringLiteral("sessions.session_id"),
                                  QStringLiteral("sessions.chat_id"),
                                  QStringLiteral("interactions.chat_id")};
        for (const QString &column : columns) {
            const QString sql =
                QStringLiteral("SELECT COUNT(*) FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation"
                               " WHERE a.attrelid = '%1'::regclass AND a.attname = '%2' AND c.collname = 'C'")
                    .arg(column.section(QLatin1Char('.'), 0, 0), column.section(QLatin1Char('.'), 1));
            QVERIFY2(countOf(db, sql) == 1, qPrintable(column));
        }
        // And the b-trees read by every webhook compare that way too (an index keeps the collation it was built with).
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM pg_index i JOIN pg_collation c ON c.oid ="
                                            " i.indcollation[0] WHERE c.collname = 'C' AND i.indexrelid IN"
                                            " ('recent_message_ids_pkey'::regclass, 'chat_leases_pkey'::regclass,"
                                            " 'inbox_pending_by_chat'::regclass, 'users_pkey'::regclass)")),
                 qint64(4));
    }
};

QTEST_MAIN(TestRecentIds)
#include "TestRecentIds.moc"
