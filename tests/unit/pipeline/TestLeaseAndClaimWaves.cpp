// PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 4): the replies about to leave are claimed together
// (one statement for the claims and one for the owners of the bot's replies, whatever their count), with what a claim
// alone decides (sent, withheld for a person's chat, gone, a "sending" row only when claimed again); and the chats
// that go idle while a release runs are given back together by the next one (two statements for all), a chat queued
// here again meanwhile left out. A return to one statement per row fails here.

#include "support/AnsweredMessage.h"
#include "support/DatabaseBlocker.h"
#include "support/StoreTestDb.h"

#include "pipeline/LeaseCoordinator.h"
#include "store/Database.h"
#include "store/HandoffRepository.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/LeaseLog.h"
#include "store/LeaseRepository.h"
#include "store/MessageLog.h"
#include "store/OutboxRepository.h"

#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;

namespace {

const QString kInstance = QStringLiteral("instance-a");
constexpr qint64 kLeaseMs = 30'000;

QString chatOf(int i)
{
    return QStringLiteral("22177100000%1@c.us").arg(i);
}

// A committed answer: the question in the inbox (done), the bot's reply pending in the outbox with its interaction.
Result<qint64> answered(Database &db, MessageLog &log, QObject *context, int i)
{
    return testing::commitAnswer(db, log, context, chatOf(i), i);
}

Result<bool> exec(Database &db, const QString &statement, const QVariantList &values)
{
    return db.runSync<bool>([statement, values](DbContext &ctx) -> Result<bool> {
        auto &q = ctx.prepare(statement);
        return toResult(ctx.exec(q, values));
    });
}

Result<bool> giveToPerson(Database &db, const QString &chatId)
{
    return db.runSync<bool>([chatId](DbContext &ctx) -> Result<bool> {
        auto row = HandoffRepository::get(ctx, chatId);
        if (!row)
            return row.error();
        HandoffRow next = row.value();
        next.owner = QStringLiteral("human:awa");
        return HandoffRepository::save(ctx, next, row->owner, QStringLiteral("test"), QStringLiteral("test"), 1000);
    });
}

} // namespace

class TestLeaseAndClaimWaves final : public QObject
{
    Q_OBJECT

private slots:
    void claimsOfOneWave_data() { testing::addBackendRows(); }
    void claimsOfOneWave()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        // 0: a bot's reply in a bot's chat; 1: the same in a chat a person took meanwhile; 2: a reply sent already;
        // 3: a "sending" reply claimed again (a failed call of ours); 4: a "sending" reply claimed as new (gone);
        // 5: an agent's reply in the person's chat (no owner check).
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            auto id = answered(db, log, this, i);
            QVERIFY2(id.ok(), "answered");
            ids.append(id.value());
        }
        QVERIFY(giveToPerson(db, chatOf(1)).value());
        QVERIFY(exec(db, QStringLiteral("UPDATE outbox SET status = 'sent' WHERE id = ?"), {ids.at(2)}).ok());
        QVERIFY(
            exec(db, QStringLiteral("UPDATE outbox SET status = 'sending' WHERE id IN (?, ?)"), {ids.at(3), ids.at(4)})
                .ok());

        using Claim = MessageLog::Claim;
        const QList<MessageLog::ClaimRequest> requests{
            {ids.at(0), chatOf(0), true, false}, {ids.at(1), chatOf(1), true, false},
            {ids.at(2), chatOf(2), true, false}, {ids.at(3), chatOf(3), true, true},
            {ids.at(4), chatOf(4), true, false}, {ids.at(5), chatOf(1), false, false}};
        const Database::Counters before = db.counters();
        std::optional<Result<QList<Claim>>> claims;
        log.claim(requests, this, [&claims](Result<QList<Claim>> r) { claims = std::move(r); });
        QTRY_VERIFY(claims.has_value());
        const Database::Counters after = db.counters();
        QVERIFY(claims->ok());
        QCOMPARE(claims->value(),
                 (QList<Claim>{Claim::Go, Claim::Withheld, Claim::Gone, Claim::Go, Claim::Gone, Claim::Go}));

        const QList<OutboxStatus> expected{OutboxStatus::Sending, OutboxStatus::Withheld, OutboxStatus::Sent,
                                           OutboxStatus::Sending, OutboxStatus::Sending,  OutboxStatus::Sending};
        for (int i = 0; i < ids.size(); ++i) {
            auto row = db.runSync<std::optional<OutboxMessage>>(
                [id = ids.at(i)](DbContext &ctx) { return OutboxRepository::byId(ctx, id); });
            QVERIFY(row.ok() && row->has_value());
            QCOMPARE((*row)->status, expected.at(i));
        }
        auto history = db.runSync<QList<Interaction>>(
            [](DbContext &ctx) { return InteractionRepository::recent(ctx, chatOf(1), 10); });
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).status, InteractionStatus::Withheld);

        // BEGIN, the claims, the owners of the bot's replies claimed (chats 0, 1 and 3), the withheld row and its
        // interaction, COMMIT. PostgreSQL: one claim and one owner read for all, the BEGIN in the claims' round trip
        // (DbContext::deferBegin); SQLite: one per row.
        const quint64 begin = store.isPostgres() ? 0 : 1;
        const quint64 claimsAndOwners = store.isPostgres() ? 2 : quint64(ids.size()) + 3;
        QCOMPARE(after.statements - before.statements, begin + claimsAndOwners + 2 + 1);
    }

    void releasesOfChatsIdleTogether()
    {
        POSTGRES_TEST_DB(store, "leases are PostgreSQL only");
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        // Seven chats leased here; chat 2 has a row stored meanwhile (by an instance that found the lease held);
        // chat 6 is queued here again by the time its release would go.
        QStringList chats;
        for (int i = 0; i < 7; ++i)
            chats.append(chatOf(i));
        QVERIFY(db.runSync<bool>([chats](DbContext &ctx) -> Result<bool> {
                      auto taken = LeaseRepository::takeChats(ctx, chats, kInstance, kLeaseMs);
                      if (!taken)
                          return taken.error();
                      for (const QString &chat : chats) {
                          if (taken->value(chat) != LeaseRepository::Take::Mine)
                              return Error{QStringLiteral("test"), chat + QStringLiteral(" not taken")};
                      }
                      InboxMessage late;
                      late.chatId = chatOf(2);
                      late.wahaMessageId = QStringLiteral("false_late_S1");
                      late.text = QStringLiteral("encore");
                      return InboxRepository::insertIfNew(ctx, late);
                  }).value());

        QSet<QString> busy;
        QList<InboxMessage> handedBack;
        pipeline::LeaseCoordinator::Hooks hooks;
        hooks.busyChats = [&busy] { return busy; };
        hooks.inbox = [&handedBack](const QList<InboxMessage> &rows) { handedBack += rows; };
        hooks.outbox = [](const QList<OutboxMessage> &) {};
        pipeline::LeaseCoordinator leases(LeaseLog(&db, kInstance, kLeaseMs), hooks);

        const Database::Counters before = db.counters();
        auto blocker = std::make_unique<testing::DatabaseBlocker>(db);
        leases.chatIdle(chats.at(0)); // its release job waits behind the blocker
        for (int i = 1; i < chats.size(); ++i)
            leases.chatIdle(chats.at(i)); // gathered for the next job
        busy.insert(chats.at(6));
        blocker->release();
        QTRY_COMPARE(handedBack.size(), 1);
        QTRY_COMPARE(db.counters().transactions - before.transactions, quint64(3));
        const Database::Counters after = db.counters();
        QCOMPARE(handedBack.at(0).wahaMessageId, QStringLiteral("false_late_S1"));

        auto held = db.runSync<QStringList>([](DbContext &ctx) -> Result<QStringList> {
            auto &q = ctx.prepare(QStringLiteral("SELECT chat_id FROM chat_leases ORDER BY chat_id"));
            if (Status st = ctx.exec(q); !st)
                return st.error();
            QStringList out;
            while (q.next())
                out.append(q.value(0).toString());
            return out;
        });
        QVERIFY(held.ok());
        // Chat 2 keeps its lease for its row; chat 6 was busy: still ours, released at its next idle.
        QCOMPARE(held.value(), (QStringList{chatOf(2), chatOf(6)}));
        // The blocker's (DatabaseBlocker); then two releases (chat 0 alone, then the five others together): BEGIN,
        // the lock step, the delete with the read of pending rows (its cached plan: migration 20), COMMIT each.
        QCOMPARE(after.statements - before.statements, testing::DatabaseBlocker::ownStatements(db) + 4 + 4);
    }
};

QTEST_MAIN(TestLeaseAndClaimWaves)
#include "TestLeaseAndClaimWaves.moc"
