// PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 6): on PostgreSQL a grouped commit of processed
// messages is ONE statement (BEGIN, it, COMMIT: PgCommit), whatever the batch's size, a batch of one included; the
// sent marks with their interactions are one; an accept batch of chats held here is BEGIN, one statement, COMMIT
// (PgAccept). An outcome whose inbox row is no longer pending (settled by another instance, or by an earlier commit
// whose answer was lost) writes nothing: no interaction, no reply, no session, no user, no change of owner. A return
// to a statement per table fails here. And the beat's retention of lease_notes (the notes nobody reads any more).

#include "support/AnsweredMessage.h"
#include "support/DatabaseBlocker.h"
#include "support/DatabaseCount.h"
#include "support/StoreTestDb.h"

#include "store/Database.h"
#include "store/HandoffRepository.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/LeaseLog.h"
#include "store/LeaseRepository.h"
#include "store/MessageLog.h"
#include "store/OutboxRepository.h"
#include "store/PgAccept.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::countOf;

namespace {

constexpr qint64 kLeaseMs = 30'000;

QString chatOf(int i)
{
    return QStringLiteral("22177300000%1@c.us").arg(i);
}

InboxMessage stored(Database &db, int chat, const QString &id)
{
    InboxMessage m;
    m.chatId = chatOf(chat);
    m.wahaMessageId = id;
    m.text = QStringLiteral("question ") + id;
    m.pushName = QStringLiteral("Awa");
    m.receivedAtMs = 1000 + chat;
    auto inserted = db.runSync<bool>([&m](DbContext &ctx) { return InboxRepository::insertIfNew(ctx, m); });
    if (!inserted || !inserted.value())
        m.id = 0; // fails the commit's checks below
    return m;
}

std::shared_ptr<MessageOutcome> answerTo(const InboxMessage &m, bool *ownerStepRan = nullptr)
{
    auto o = store::testing::answerOutcome(m, QStringLiteral("reply to ") + m.wahaMessageId, 1);
    if (ownerStepRan) {
        o->alsoInTransaction = [ownerStepRan](DbContext &) {
            *ownerStepRan = true;
            return Status::success();
        };
    }
    return o;
}

// The plan PostgreSQL runs now for the connection's prepared statement whose text contains `fragment`: EXPLAIN
// EXECUTE (the cached generic plan once PostgreSQL keeps one), with `arguments` (its parameters as SQL literals).
QString preparedPlan(Database &db, const QString &fragment, const QString &arguments)
{
    auto plan = db.runSync<QString>([&](DbContext &ctx) -> Result<QString> {
        QSqlQuery q(ctx.db());
        q.prepare(QStringLiteral("SELECT name FROM pg_prepared_statements WHERE strpos(statement, ?) > 0"));
        q.addBindValue(fragment);
        if (!q.exec() || !q.next())
            return Error{QStringLiteral("test"), QStringLiteral("no prepared statement with ") + fragment};
        const QString name = q.value(0).toString();
        if (!q.exec(QStringLiteral("EXPLAIN EXECUTE %1(%2)").arg(name, arguments)))
            return Error{QStringLiteral("test"), q.lastError().text()};
        QString text;
        while (q.next())
            text += q.value(0).toString() + QLatin1Char('\n');
        return text;
    });
    return plan ? plan.value() : plan.error().message;
}

// The grouped commit's plan, for a batch of one.
QString commitPlan(Database &db)
{
    return preparedPlan(db, QStringLiteral("settled AS (UPDATE inbox"),
                        QStringLiteral("'[{\"o\":0,\"i\":1,\"s\":\"done\",\"d\":1}]', '[]', '', '[]', '[]'"));
}

// Runs each statement in turn on the database thread (the test's own rows, written straight in SQL).
bool runStatements(Database &db, const QStringList &statements)
{
    auto done = db.runSync<bool>([&statements](DbContext &ctx) -> Result<bool> {
        QSqlQuery q(ctx.db());
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return Error{QStringLiteral("test"), q.lastError().text()};
        }
        return true;
    });
    if (!done)
        qWarning() << done.error().message;
    return done.ok();
}

} // namespace

class TestOneStatementBatches final : public QObject
{
    Q_OBJECT

    // Commits the outcomes as one batch (queued behind a blocker); the batch's own statements (the blocker's left
    // out), or nothing when an answer did not come.
    std::optional<quint64> commitTogether(Database &db, MessageLog &log,
                                          const QList<std::shared_ptr<MessageOutcome>> &outcomes, QList<int> *recorded)
    {
        auto blocker = std::make_unique<testing::DatabaseBlocker>(db);
        const Database::Counters before = db.counters();
        for (const auto &outcome : outcomes)
            log.commit(outcome, this, [recorded](Result<bool> r) { recorded->append(r ? int(r.value()) : -1); });
        blocker->release();
        if (!QTest::qWaitFor([&] { return recorded->size() == outcomes.size(); }, 5000))
            return std::nullopt;
        return db.counters().statements - before.statements - testing::DatabaseBlocker::ownStatements(db);
    }

private slots:
    void commitIsOneStatement()
    {
        POSTGRES_TEST_DB(store, "the one-statement commit is PostgreSQL's");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);

        // A batch of one: the statement, with the batch's BEGIN (round 22) and COMMIT (round 23) in its round trip
        // (six statements before round 6).
        const InboxMessage first = stored(db, 0, QStringLiteral("o1"));
        QList<int> recorded;
        auto statements = commitTogether(db, log, {answerTo(first)}, &recorded);
        QVERIFY(statements);
        QCOMPARE(*statements, quint64(1));
        QCOMPARE(recorded, QList<int>{1});

        // Three messages; the second's row settled meanwhile by someone else: it writes nothing, nor runs its change
        // of owner; the others are recorded, their replies' interactions naming their outbox rows.
        QList<InboxMessage> rows;
        for (int i = 1; i <= 3; ++i)
            rows.append(stored(db, i, QStringLiteral("o%1").arg(i + 1)));
        QVERIFY(db.runSync<bool>([id = rows.at(1).id](DbContext &ctx) {
                      return InboxRepository::settle(ctx, id, InboxStatus::Done, 5);
                  }).value());
        bool ownerStepOfSettled = false;
        bool ownerStepOfLive = false;
        QList<std::shared_ptr<MessageOutcome>> outcomes{
            answerTo(rows.at(0), &ownerStepOfLive), answerTo(rows.at(1), &ownerStepOfSettled), answerTo(rows.at(2))};
        recorded.clear();
        statements = commitTogether(db, log, outcomes, &recorded);
        QVERIFY(statements);
        QCOMPARE(*statements, quint64(2));
        QCOMPARE(recorded, (QList<int>{1, 0, 1}));
        QVERIFY(ownerStepOfLive);
        QVERIFY(!ownerStepOfSettled);
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE chat_id = '%1'").arg(chatOf(2))),
                 qint64(0));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE chat_id = '%1'").arg(chatOf(2))),
                 qint64(0));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE chat_id = '%1'").arg(chatOf(2))),
                 qint64(0));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE chat_id = '%1'").arg(chatOf(2))),
                 qint64(0));
        for (const int k : {0, 2}) {
            const MessageOutcome &o = *outcomes.at(k);
            QVERIFY(o.reply->id > 0 && o.incoming.id > 0 && o.outgoing->id > o.incoming.id);
            QCOMPARE(o.outgoing->messageId, QString::number(o.reply->id));
            auto history = db.runSync<QList<Interaction>>(
                [chat = o.message.chatId](DbContext &ctx) { return InteractionRepository::recent(ctx, chat, 10); });
            QVERIFY(history.ok());
            QCOMPARE(history->size(), 2);
            QCOMPARE(history->at(0).id, o.incoming.id);
            QCOMPARE(history->at(1).messageId, QString::number(o.reply->id));
        }
        QVERIFY(outcomes.at(2)->reply->id > outcomes.at(0)->reply->id);      // the outbox in the batch's order
        QVERIFY(outcomes.at(2)->incoming.id > outcomes.at(0)->outgoing->id); // the history too, outcome after outcome
        const qint64 replies = countOf(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QCOMPARE(replies, qint64(3)); // the first commit's and this one's two
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM outbox o JOIN interactions i ON i.direction = 'out'"
                                            " AND i.message_id = CAST(o.id AS text) AND i.chat_id = o.chat_id")),
                 replies); // each reply's interaction names its own outbox row
    }

    // A new database: the commit's plan, made on a nearly empty inbox, reads the inbox whole (the cheapest way
    // through one page). Once thousands of rows are stored, the connection has planned it again: by primary key.
    // The rows are stored by another connection, as the server's intake does (Pipeline::shareWithInstances).
    void plansFollowTheInboxGrowth()
    {
        POSTGRES_TEST_DB(store, "cached plans are PostgreSQL's");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        const auto commitSeveral = [&](int first) {
            for (int k = first; k < first + 8; ++k) { // past the five runs before PostgreSQL keeps a generic plan
                const InboxMessage m = stored(db, k, QStringLiteral("p%1").arg(k));
                QList<int> recorded;
                if (!commitTogether(db, log, {answerTo(m)}, &recorded) || recorded != QList<int>{1})
                    return false;
            }
            return true;
        };
        QVERIFY(commitSeveral(0));
        QVERIFY2(commitPlan(db).contains(QLatin1String("Seq Scan on inbox")), qPrintable(commitPlan(db)));

        // Stored as webhooks are, in batches: DbContext::kFirstReplanAtInboxId and its doubling passed.
        Database intake(store.config());
        QVERIFY2(intake.open().ok(), "open the intake");
        const qint64 rows = 4 * DbContext::kFirstReplanAtInboxId;
        for (qint64 batch = 0; batch < rows / 100; ++batch) {
            std::vector<std::unique_ptr<InboxMessage>> messages;
            std::vector<InboxMessage *> pointers;
            for (int k = 0; k < 100; ++k) {
                auto m = std::make_unique<InboxMessage>();
                m->chatId = chatOf(int(batch));
                m->wahaMessageId = QStringLiteral("g%1-%2").arg(batch).arg(k);
                m->receivedAtMs = 1000;
                pointers.push_back(m.get());
                messages.push_back(std::move(m));
            }
            QVERIFY(intake
                        .runSync<bool>([&pointers](DbContext &ctx) -> Result<bool> {
                            auto done = insertTakingLeases(ctx, pointers, QStringLiteral("instance-a"), kLeaseMs);
                            if (!done)
                                return done.error();
                            return done->inserted.front();
                        })
                        .value());
        }
        // The next batch of this connection, whatever it runs, drops the plans it made on the small inbox.
        QVERIFY(db.runSync<bool>([](DbContext &) { return Result<bool>(true); }).value());
        const QString replanned = commitPlan(db);
        QVERIFY2(!replanned.contains(QLatin1String("Seq Scan on inbox")), qPrintable(replanned));
        // And the generic plan it keeps after five runs reads by primary key.
        QVERIFY(commitSeveral(100));
        const QString plan = commitPlan(db);
        QVERIFY2(!plan.contains(QLatin1String("Seq Scan on inbox")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("inbox_pkey")), qPrintable(plan));
    }

    // The message path reads the owners of a group of chats at once. On a new database's conversations (a few
    // thousand rows, not analysed yet) "chat_id = ANY(..)" was planned as a read of the whole table.
    void groupedOwnerReadFindsEachChatByKey()
    {
        POSTGRES_TEST_DB(store, "cached plans are PostgreSQL's");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        QVERIFY(runStatements(db, {QStringLiteral("INSERT INTO conversations (chat_id, owner, version) SELECT"
                                                  " 'c' || n || '@c.us', CASE WHEN n % 2 = 0 THEN 'queue' ELSE 'bot'"
                                                  " END, 1 FROM generate_series(1, 2000) AS n")}));
        for (int run = 0; run < 8; ++run) { // past the five runs before PostgreSQL keeps a generic plan
            const QStringList chats{QStringLiteral("c%1@c.us").arg(2 * run + 2), QStringLiteral("nobody@c.us"),
                                    QStringLiteral("c%1@c.us").arg(2 * run + 1)};
            auto rows = db.runSync<QList<HandoffRow>>(
                [&chats](DbContext &ctx) { return HandoffRepository::getMany(ctx, chats); });
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 3);
            QCOMPARE(rows->at(0).chatId, chats.at(0));
            QCOMPARE(rows->at(0).owner, QStringLiteral("queue"));
            QCOMPARE(rows->at(0).version, 1);
            QCOMPARE(rows->at(1).chatId, chats.at(1));
            QCOMPARE(rows->at(1).version, 0); // no row yet: the bot's, at version 0
            QCOMPARE(rows->at(2).owner, QStringLiteral("bot"));
        }
        const QString plan = preparedPlan(db, QStringLiteral("FROM conversations WHERE chat_id"),
                                          QStringLiteral("'[\"c4@c.us\",\"c5@c.us\"]'"));
        QVERIFY2(!plan.contains(QLatin1String("Seq Scan on conversations")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("conversations_pkey")), qPrintable(plan));
    }

    // The handoff monitor's read of the conversations people hold (at every change of owner): a range of the owner
    // index in byte order, not a LIKE over every conversation; and the range is right in any collation (the test
    // database's, and "human:" owners next to "human-" or "humans" ones).
    void claimedConversationsAreAnIndexRange()
    {
        POSTGRES_TEST_DB(store, "cached plans are PostgreSQL's");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        QVERIFY(runStatements(db, {QStringLiteral("INSERT INTO conversations (chat_id, owner, version) SELECT"
                                                  " 'c' || n || '@c.us', CASE WHEN n % 500 = 0 THEN 'human:agent' || n"
                                                  " WHEN n % 7 = 0 THEN 'humans' WHEN n % 5 = 0 THEN 'human-x'"
                                                  " ELSE 'bot' END, 1 FROM generate_series(1, 5000) AS n"),
                                   QStringLiteral("ANALYZE conversations")}));
        for (int run = 0; run < 7; ++run) { // past the five runs before PostgreSQL keeps a generic plan
            auto rows = db.runSync<QList<HandoffRow>>(
                [](DbContext &ctx) { return HandoffRepository::withOwner(ctx, QStringLiteral("human:")); });
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 10);
            for (const HandoffRow &row : rows.value())
                QVERIFY2(row.owner.startsWith(QLatin1String("human:")), qPrintable(row.owner));
        }
        const QString plan = preparedPlan(db, QStringLiteral("FROM conversations WHERE owner COLLATE"),
                                          QStringLiteral("'human:', 'human;'"));
        QVERIFY2(!plan.contains(QLatin1String("Seq Scan on conversations")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("conversations_owner_bytes")), qPrintable(plan));
    }

    // The handoff monitor's next deadline: the first of the queue in the order of the wait, read from the index in
    // that order (ties by chat), not by sorting every queued conversation.
    void nextInQueueIsTheIndexOrder()
    {
        POSTGRES_TEST_DB(store, "cached plans are PostgreSQL's");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        QVERIFY(
            runStatements(db, {QStringLiteral("INSERT INTO conversations (chat_id, owner, version, queued_at) SELECT"
                                              " 'c' || n || '@c.us', CASE WHEN n % 10 = 0 THEN 'bot' ELSE 'queued'"
                                              " END, 1, 1000 + n / 2 FROM generate_series(1, 5000) AS n"),
                               QStringLiteral("ANALYZE conversations")}));
        for (int run = 0; run < 7; ++run) { // past the five runs before PostgreSQL keeps a generic plan
            auto next = db.runSync<std::optional<HandoffRow>>(
                [](DbContext &ctx) { return HandoffRepository::nextWaitingForSla(ctx, 1100); });
            QVERIFY(next.ok() && next->has_value());
            QCOMPARE((*next)->chatId, QStringLiteral("c202@c.us")); // queued at 1101 with c203, first by chat
        }
        const QString plan = preparedPlan(db, QStringLiteral("AND queued_at > "), QStringLiteral("1100"));
        QVERIFY2(!plan.contains(QLatin1String("Sort")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("conversations_waiting_by_chat")), qPrintable(plan));
    }

    void acceptOfHeldChatsIsOneStatement()
    {
        POSTGRES_TEST_DB(store, "leases are PostgreSQL only");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        LeaseLog here(&db, QStringLiteral("instance-a"), kLeaseMs);
        const auto accept = [&](const QString &id) -> std::optional<std::pair<LeaseLog::Accepted, quint64>> {
            auto m = std::make_shared<InboxMessage>();
            m->chatId = chatOf(7);
            m->wahaMessageId = id;
            m->text = QStringLiteral("bonjour");
            m->receivedAtMs = 1000;
            auto blocker = std::make_unique<testing::DatabaseBlocker>(db);
            const Database::Counters before = db.counters();
            std::optional<Result<LeaseLog::Accepted>> answer;
            here.accept(m, this, [&answer](Result<LeaseLog::Accepted> r) { answer = std::move(r); });
            blocker->release();
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000) || !answer->ok())
                return std::nullopt;
            return std::make_pair(answer->value(), db.counters().statements - before.statements -
                                                       testing::DatabaseBlocker::ownStatements(db));
        };
        auto first = accept(QStringLiteral("a1"));
        QVERIFY(first && first->first.inserted && first->first.leased);
        // The chat held here now, nobody else storing: the insert with the take, the batch's BEGIN and COMMIT in its
        // round trip (four round trips before round 6, three before round 22, two before round 23).
        auto second = accept(QStringLiteral("a2"));
        QVERIFY(second && second->first.inserted && second->first.leased);
        QCOMPARE(second->second, quint64(1));
        // A redelivery: stored nothing, took nothing.
        auto again = accept(QStringLiteral("a2"));
        QVERIFY(again && !again->first.inserted && !again->first.leased);
        QCOMPARE(again->second, quint64(1));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(2));
    }

    // The beat drops the notes older than a lease of chats without a lease row (nothing reads them any more), and
    // keeps a held chat's note (its holder has yet to read the chat) and a recent one.
    void beatDropsNotesNobodyReads()
    {
        POSTGRES_TEST_DB(store, "leases are PostgreSQL only");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        const QString a = QStringLiteral("instance-a");
        auto prepared = db.runSync<bool>([&](DbContext &ctx) -> Result<bool> {
            auto taken = LeaseRepository::takeChats(ctx, {chatOf(1)}, a, kLeaseMs);
            if (!taken)
                return taken.error();
            auto &q = ctx.prepare(QStringLiteral("INSERT INTO lease_notes (chat_id, noted_at_ms) VALUES (?, 1), (?, 1),"
                                                 " (?, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT)"));
            return toResult(ctx.exec(q, {chatOf(0), chatOf(1), chatOf(2)}));
        });
        QVERIFY(prepared.ok());
        QVERIFY(db.runSync<bool>([&](DbContext &ctx) {
                      return toResult(LeaseRepository::heartbeat(ctx, a, kLeaseMs));
                  }).ok());
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM lease_notes")), qint64(2));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM lease_notes WHERE chat_id = '%1'").arg(chatOf(0))),
                 qint64(0));
    }
};

QTEST_MAIN(TestOneStatementBatches)
#include "TestOneStatementBatches.moc"
