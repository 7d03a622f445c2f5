// The message path's reads and marks grouped per batch (issue 14, PostgreSQL round 3): the owners and the sessions of
// the chats whose reads wait together on the database thread are read by ONE statement on PostgreSQL, and each caller
// gets what a read of its own chat alone gives: a handed-over chat stays a person's (never the bot's) inside a batch.
// The replies WAHA accepted meanwhile are marked sent, with their interactions, by one statement for all of them
// (PostgreSQL round 6; two before).

#include "support/AnsweredMessage.h"
#include "support/DatabaseBlocker.h"
#include "support/StoreTestDb.h"

#include "conversations/ConversationService.h"
#include "sessions/SessionService.h"
#include "store/Database.h"
#include "store/HandoffRepository.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/MemoryCache.h"
#include "store/MessageLog.h"
#include "store/OutboxRepository.h"
#include "store/SessionRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;
using concierge::conversations::OwnerState;
using concierge::store::testing::StoreTestDb;

namespace {

const QString kQueued = QStringLiteral("221770000001@c.us");
const QString kHuman = QStringLiteral("221770000002@c.us");
const QString kBot = QStringLiteral("221770000003@c.us");   // handed back: a row owned by the bot, version 3
const QString kNever = QStringLiteral("221770000004@c.us"); // no row at all
const QString kOdd = QStringLiteral("221770000005@c.us");   // an owner written by hand that nobody knows

Result<bool> setOwner(Database &db, const QString &chatId, const QString &owner, int times)
{
    return db.runSync<bool>([chatId, owner, times](DbContext &ctx) -> Result<bool> {
        for (int i = 0; i < times; ++i) {
            auto row = HandoffRepository::get(ctx, chatId);
            if (!row)
                return row.error();
            HandoffRow next = row.value();
            next.owner = i + 1 == times ? owner : QStringLiteral("queued");
            auto saved = HandoffRepository::save(ctx, next, row->owner, QStringLiteral("test"), QStringLiteral("test"),
                                                 1000 + i);
            if (!saved || !saved.value())
                return Error{QStringLiteral("test"), QStringLiteral("not saved")};
        }
        return true;
    });
}

} // namespace

class TestGroupedReads final : public QObject
{
    Q_OBJECT

private slots:
    void ownersOfOneBatch_data() { testing::addBackendRows(); }
    void ownersOfOneBatch()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        QVERIFY(setOwner(db, kQueued, QStringLiteral("queued"), 1).ok());
        QVERIFY(setOwner(db, kHuman, QStringLiteral("human:awa"), 2).ok());
        QVERIFY(setOwner(db, kBot, QStringLiteral("bot"), 3).ok());
        QVERIFY(setOwner(db, kOdd, QStringLiteral("martian"), 1).ok());
        conversations::ConversationService service(&db);

        // What each chat's read alone gives (one batch per read), then the same reads queued together, one chat twice.
        const QStringList chats{kQueued, kHuman, kBot, kNever, kOdd, kHuman};
        QList<OwnerState> alone;
        for (const QString &chat : chats) {
            std::optional<Result<OwnerState>> got;
            service.owner(chat, this, [&got](Result<OwnerState> r) { got = std::move(r); });
            QTRY_VERIFY(got.has_value());
            QVERIFY(got->ok());
            alone.append(got->value());
        }
        const Database::Counters before = db.counters();
        testing::DatabaseBlocker blocker(db);
        QList<std::optional<OwnerState>> grouped(chats.size());
        int answers = 0;
        for (int i = 0; i < chats.size(); ++i) {
            service.owner(chats.at(i), this, [&, i](Result<OwnerState> r) {
                ++answers;
                if (r.ok())
                    grouped[i] = r.value();
            });
        }
        blocker.release();
        QTRY_COMPARE(answers, int(chats.size()));
        const Database::Counters after = db.counters();

        for (int i = 0; i < chats.size(); ++i) {
            QVERIFY2(grouped.at(i).has_value(), qPrintable(chats.at(i)));
            QCOMPARE(grouped.at(i)->owner, alone.at(i).owner);
            QCOMPARE(grouped.at(i)->version, alone.at(i).version);
            QCOMPARE(grouped.at(i)->updatedAtMs, alone.at(i).updatedAtMs);
        }
        // And those are the stored owners: the person's chats are not the bot's.
        QVERIFY(grouped.at(0)->owner == domain::ConversationOwner::queued());
        QVERIFY(grouped.at(1)->owner == domain::ConversationOwner::human(QStringLiteral("awa")));
        QCOMPARE(grouped.at(1)->version, 2);
        QVERIFY(grouped.at(2)->owner.isBot());
        QCOMPARE(grouped.at(2)->version, 3);
        QVERIFY(grouped.at(3)->owner.isBot());
        QCOMPARE(grouped.at(3)->version, 0);
        QVERIFY(grouped.at(4)->owner.isBot()); // unknown: the bot keeps answering
        QVERIFY(grouped.at(5)->owner == domain::ConversationOwner::human(QStringLiteral("awa")));

        // The blocker's (DatabaseBlocker), then the batch: BEGIN, the reads, COMMIT. One read for all on PostgreSQL.
        QCOMPARE(after.transactions - before.transactions, quint64(2));
        const quint64 reads = store.isPostgres() ? 1 : quint64(chats.size());
        QCOMPARE(after.statements - before.statements, testing::DatabaseBlocker::ownStatements(db) + reads + 2);
    }

    void sessionsOfOneBatch_data() { testing::addBackendRows(); }
    void sessionsOfOneBatch()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MemoryCache cache; // empty: every load goes to the database, as for chats the cache does not hold
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QStringList stored{kQueued, kHuman};
        for (int i = 0; i < stored.size(); ++i) {
            domain::Session s = domain::Session::fresh(stored.at(i), now - 1000);
            s.language = i == 0 ? QStringLiteral("fr") : QStringLiteral("en");
            s.remember(domain::Speaker::User, QStringLiteral("question %1").arg(i));
            SessionRecord r{stored.at(i), stored.at(i), s.toJson(), now - 1000, now - 1000, now + 60'000};
            QVERIFY(db.runSync<bool>([r](DbContext &ctx) { return toResult(SessionRepository::upsert(ctx, r)); }).ok());
        }
        sessions::SessionService service(&cache, &db, 30);

        const QStringList chats{kQueued, kNever, kHuman, kQueued};
        const Database::Counters before = db.counters();
        testing::DatabaseBlocker blocker(db);
        QList<std::optional<domain::Session>> loaded(chats.size());
        int answers = 0;
        for (int i = 0; i < chats.size(); ++i) {
            service.load(chats.at(i), this, [&, i](domain::Session s) {
                ++answers;
                loaded[i] = std::move(s);
            });
        }
        blocker.release();
        QTRY_COMPARE(answers, int(chats.size()));
        const Database::Counters after = db.counters();

        QCOMPARE(loaded.at(0)->chatId, kQueued);
        QCOMPARE(loaded.at(0)->language, QStringLiteral("fr"));
        QCOMPARE(loaded.at(0)->history.size(), 1);
        QCOMPARE(loaded.at(0)->history.at(0).text, QStringLiteral("question 0"));
        QCOMPARE(loaded.at(1)->chatId, kNever); // none stored: a fresh session
        QVERIFY(loaded.at(1)->history.isEmpty());
        QCOMPARE(loaded.at(2)->chatId, kHuman);
        QCOMPARE(loaded.at(2)->language, QStringLiteral("en"));
        QCOMPARE(loaded.at(2)->history.at(0).text, QStringLiteral("question 1"));
        QCOMPARE(loaded.at(3)->history.at(0).text, QStringLiteral("question 0"));

        const quint64 reads = store.isPostgres() ? 1 : quint64(chats.size());
        QCOMPARE(after.statements - before.statements, testing::DatabaseBlocker::ownStatements(db) + reads + 2);
    }

    void repliesMarkedSentTogether_data() { testing::addBackendRows(); }
    void repliesMarkedSentTogether()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        // Three answered messages, their replies in the outbox; the third already acknowledged as delivered (a
        // receipt may overtake the answer of the send).
        QList<qint64> outboxIds;
        for (int i = 0; i < 3; ++i) {
            auto replyId = testing::commitAnswer(db, log, this, QStringLiteral("22177000000%1@c.us").arg(i), i);
            QVERIFY2(replyId, qPrintable(replyId ? QString() : replyId.error().message));
            outboxIds.append(replyId.value());
        }
        QVERIFY(db.runSync<bool>([id = outboxIds.at(2)](DbContext &ctx) -> Result<bool> {
                      auto &q =
                          ctx.prepare(QStringLiteral("UPDATE outbox SET status = 'delivered', ack = 2 WHERE id = ?"));
                      return toResult(ctx.exec(q, {id}));
                  }).ok());

        const Database::Counters before = db.counters();
        testing::DatabaseBlocker blocker(db);
        QList<int> marked;
        for (int i = 0; i < outboxIds.size(); ++i)
            log.markSent(outboxIds.at(i), QStringLiteral("wa%1").arg(i), 3000 + i, this,
                         [&marked](Result<bool> r) { marked.append(r ? int(r.value()) : -1); });
        blocker.release();
        QTRY_COMPARE(marked.size(), 3);
        QCOMPARE(marked, (QList<int>{1, 1, 1}));
        const Database::Counters after = db.counters();
        // The blocker's, then BEGIN, the marks, COMMIT; on PostgreSQL one libpq statement for all, the batch's BEGIN
        // and COMMIT in the same round trip (DbContext::deferBegin, DbContext::execLast).
        const quint64 batch = store.isPostgres() ? 1 : 1 + 2 * quint64(outboxIds.size()) + 1;
        QCOMPARE(after.statements - before.statements, testing::DatabaseBlocker::ownStatements(db) + batch);

        for (int i = 0; i < outboxIds.size(); ++i) {
            auto row = db.runSync<std::optional<OutboxMessage>>(
                [id = outboxIds.at(i)](DbContext &ctx) { return OutboxRepository::byId(ctx, id); });
            QVERIFY(row.ok() && row->has_value());
            QCOMPARE((*row)->wahaMessageId, QStringLiteral("wa%1").arg(i));
            QCOMPARE((*row)->status, i < 2 ? OutboxStatus::Sent : OutboxStatus::Delivered);
            QCOMPARE((*row)->ack, i < 2 ? 1 : 2);
            auto history = db.runSync<QList<Interaction>>(
                [chat = (*row)->chatId](DbContext &ctx) { return InteractionRepository::recent(ctx, chat, 10); });
            QVERIFY(history.ok());
            QCOMPARE(history->size(), 2);
            QCOMPARE(history->at(0).status, InteractionStatus::Received); // the question stays as it was
            QCOMPARE(history->at(1).status, InteractionStatus::Sent);
            QCOMPARE(history->at(1).messageId, QString::number(outboxIds.at(i)));
        }
    }

    // The rows read back are checked still pending before they are handled (after a flood, most messages are): the
    // checks waiting together are one statement on PostgreSQL, each caller answered for its own row.
    void pendingChecksOfOneBatch_data() { testing::addBackendRows(); }
    void pendingChecksOfOneBatch()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            InboxMessage m;
            m.wahaMessageId = QStringLiteral("pending-check-%1").arg(i);
            m.chatId = kQueued;
            m.text = QStringLiteral("Bonjour");
            QVERIFY(db.runSync<bool>([&m](DbContext &ctx) { return InboxRepository::insertIfNew(ctx, m); }).value());
            ids.append(m.id);
        }
        QVERIFY(db.runSync<bool>([id = ids.at(1)](DbContext &ctx) {
                      return InboxRepository::settle(ctx, id, InboxStatus::Done, 5);
                  }).value());
        ids.append(ids.constLast() + 1000); // no such row

        const Database::Counters before = db.counters();
        testing::DatabaseBlocker blocker(db);
        QList<int> pending;
        for (const qint64 id : ids)
            log.inboxPending(id, this, [&pending](Result<bool> r) { pending.append(r ? int(r.value()) : -1); });
        blocker.release();
        QTRY_COMPARE(pending.size(), ids.size());
        QCOMPARE(pending, (QList<int>{1, 0, 1, 0}));
        // The blocker's, then the batch: on PostgreSQL one statement, the batch's BEGIN and COMMIT in the same round
        // trip; on SQLite BEGIN, a read per row, COMMIT.
        const quint64 batch = store.isPostgres() ? 1 : quint64(ids.size()) + 2;
        QCOMPARE(db.counters().statements - before.statements, testing::DatabaseBlocker::ownStatements(db) + batch);
    }
};

QTEST_MAIN(TestGroupedReads)
#include "TestGroupedReads.moc"
