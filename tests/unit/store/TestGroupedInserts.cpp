// The webhooks of one group commit are inserted together (issue 14, round 2): on PostgreSQL one statement, one round
// trip, for all of them; a redelivered message stays a duplicate on both databases, within a batch and across
// batches; a message the database refuses fails alone.

#include "support/AnsweredMessage.h"
#include "support/DatabaseBlocker.h"
#include "support/StoreTestDb.h"

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/LeaseLog.h"
#include "store/MessageLog.h"
#include "store/OutboxRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::StoreTestDb;

namespace {

std::shared_ptr<InboxMessage> webhookMessage(const QString &id, const QString &text = QStringLiteral("Bonjour"))
{
    auto m = std::make_shared<InboxMessage>();
    m->wahaMessageId = id;
    m->eventId = QStringLiteral("evt_") + id;
    m->chatId = QStringLiteral("221770000%1@c.us").arg(qHash(id) % 1000, 3, 10, QLatin1Char('0'));
    m->text = text;
    m->pushName = QStringLiteral("Awa « Ndiaye »"); // quotes and non-ASCII survive the JSON of the grouped insert
    m->receivedAtMs = 1764316800123;
    return m;
}

std::shared_ptr<MessageOutcome> outcomeFor(const InboxMessage &m, int step)
{
    return store::testing::answerOutcome(m, QStringLiteral("reply %1").arg(step), step);
}

} // namespace

class TestGroupedInserts final : public QObject
{
    Q_OBJECT

private slots:
    void batchIsOneInsert_data() { testing::addBackendRows(); }
    void batchIsOneInsert()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        auto earlier = webhookMessage(QStringLiteral("redelivered"));
        QVERIFY(db.runSync<bool>([earlier](DbContext &ctx) {
                      return InboxRepository::insertIfNew(ctx, *earlier);
                  }).value());

        constexpr int kNew = 50;
        QList<std::shared_ptr<InboxMessage>> messages;
        for (int i = 0; i < kNew; ++i)
            messages.append(webhookMessage(QStringLiteral("false_221770000001@c.us_B%1").arg(i)));
        messages.insert(10, webhookMessage(QStringLiteral("redelivered")));            // WAHA sends it again
        messages.append(webhookMessage(QStringLiteral("false_221770000001@c.us_B3"))); // twice in one batch

        const Database::Counters before = db.counters();
        testing::DatabaseBlocker blocker(db);
        QHash<QString, int> answeredNew;
        QSet<qint64> ids;
        int answers = 0;
        for (const auto &message : messages) {
            log.accept(message, this, [&, message](Result<bool> inserted) {
                QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().message));
                ++answers;
                answeredNew[message->wahaMessageId] += inserted.value() ? 1 : 0;
                if (inserted.value())
                    ids.insert(message->id);
            });
        }
        QCOMPARE(db.counters().queued, quint64(messages.size()));
        blocker.release();
        QTRY_COMPARE(answers, int(messages.size()));

        // Every new message answered "stored" once, with its own row; the redelivered one never.
        QCOMPARE(answeredNew.value(QStringLiteral("redelivered")), 0);
        for (int i = 0; i < kNew; ++i)
            QCOMPARE(answeredNew.value(QStringLiteral("false_221770000001@c.us_B%1").arg(i)), 1);
        QCOMPARE(ids.size(), kNew);
        auto count = db.runSync<int>([](DbContext &ctx) { return InboxRepository::count(ctx); });
        QCOMPARE(count.value(), kNew + 1);
        auto stored = db.runSync<std::optional<InboxMessage>>([](DbContext &ctx) {
            return InboxRepository::byWahaId(ctx, QStringLiteral("false_221770000001@c.us_B7"));
        });
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->pushName, QStringLiteral("Awa « Ndiaye »"));
        QCOMPARE((*stored)->status, InboxStatus::Pending);

        // The blocker's transaction, then one for the whole batch. Statements: the blocker's (DatabaseBlocker), then
        // BEGIN, the inserts, COMMIT, then the count and the read above (BEGIN, statement, COMMIT each: QtSql
        // statements, which send the BEGIN alone).
        const Database::Counters after = db.counters();
        QCOMPARE(after.transactions - before.transactions, quint64(4));
        // SQLite: each message's id into recent_message_ids, then the inbox row of each new one (migration 13).
        const quint64 inserts = store.isPostgres() ? 1 : quint64(messages.size() + kNew);
        QCOMPARE(after.statements - before.statements,
                 testing::DatabaseBlocker::ownStatements(db) + (inserts + 2) + 3 + 3);
    }

    // The outcomes of messages handled meanwhile are committed together (PostgreSQL: one statement per table) and
    // leave what one-by-one commits would: a chat's history in order, each reply's interaction naming its outbox
    // row, the session and the user in their last state; a commit repeated for a recorded message writes nothing.
    void commitsOfOneBatch_data() { testing::addBackendRows(); }
    void commitsOfOneBatch()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        const QStringList chats{QStringLiteral("221770000001@c.us"), QStringLiteral("221770000002@c.us")};
        QList<std::shared_ptr<MessageOutcome>> outcomes;
        for (int i = 0; i < 4; ++i) {
            auto m = webhookMessage(QStringLiteral("c%1").arg(i), QStringLiteral("question %1").arg(i));
            m->chatId = chats.at(i % 2);
            m->pushName = i < 2 ? QStringLiteral("Awa") : QString(); // a later message without a name keeps it
            m->receivedAtMs = 1000 + i;
            QVERIFY(db.runSync<bool>([m](DbContext &ctx) { return InboxRepository::insertIfNew(ctx, *m); }).value());
            outcomes.append(outcomeFor(*m, i));
        }
        auto again = std::make_shared<MessageOutcome>(*outcomes.at(0)); // the first commit retried

        const Database::Counters before = db.counters();
        testing::DatabaseBlocker blocker(db);
        QList<int> recorded;
        for (const auto &outcome : outcomes + QList<std::shared_ptr<MessageOutcome>>{again})
            log.commit(outcome, this, [&recorded](Result<bool> r) { recorded.append(r ? int(r.value()) : -1); });
        blocker.release();
        QTRY_COMPARE(recorded.size(), 5);
        QCOMPARE(recorded, (QList<int>{1, 1, 1, 1, 0}));
        const Database::Counters after = db.counters();
        // Blocker: nothing on PostgreSQL (DatabaseBlocker). Batch: the settle with every insert joined to it (one
        // statement since PostgreSQL round 6: PgCommit), the batch's BEGIN (round 22) and COMMIT (round 23) in its
        // round trip.
        if (store.isPostgres())
            QCOMPARE(after.statements - before.statements, quint64(1));

        auto history = db.runSync<QList<Interaction>>(
            [chat = chats.at(0)](DbContext &ctx) { return InteractionRepository::recent(ctx, chat, 10); });
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 4); // oldest first
        QCOMPARE(history->at(0).text, QStringLiteral("question 0"));
        QCOMPARE(history->at(1).text, QStringLiteral("reply 0"));
        QCOMPARE(history->at(2).text, QStringLiteral("question 2"));
        QCOMPARE(history->at(3).text, QStringLiteral("reply 2"));
        QCOMPARE(history->at(3).messageId, QString::number(outcomes.at(2)->reply->id));
        QVERIFY(outcomes.at(2)->reply->id > outcomes.at(0)->reply->id);
        auto user = db.runSync<std::optional<UserRecord>>(
            [chat = chats.at(0)](DbContext &ctx) { return UserRepository::get(ctx, chat); });
        QVERIFY(user.ok() && user->has_value());
        QCOMPARE((*user)->pushName, QStringLiteral("Awa"));
        QCOMPARE((*user)->firstSeenAtMs, qint64(1000));
        QCOMPARE((*user)->lastSeenAtMs, qint64(1002));
        auto session = db.runSync<std::optional<SessionRecord>>(
            [chat = chats.at(1)](DbContext &ctx) { return SessionRepository::get(ctx, chat); });
        QVERIFY(session.ok() && session->has_value());
        QCOMPARE((*session)->data.value(QStringLiteral("step")).toInt(), 3);
        QCOMPARE((*session)->createdAtMs, qint64(1001));
        auto pending = db.runSync<bool>(
            [id = outcomes.at(3)->message.id](DbContext &ctx) { return InboxRepository::isPending(ctx, id); });
        QCOMPARE(pending.value(), false);
        // Each reply is this instance's to send: with several instances, another takes it over only if this one dies.
        auto mine = db.runSync<QList<OutboxMessage>>(
            [](DbContext &ctx) { return OutboxRepository::pending(ctx, false, processInstanceId()); });
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 4);
    }

    // What a parent writes, and the reply, come back exactly through the grouped insert and commit: on PostgreSQL
    // they travel as JSON text written by sql::JsonRows (quotes, backslashes, control characters, a literal "\u00e9",
    // accents, emoji, an empty message), and so does a confidence that is not a round number.
    void textComesBackExactly_data() { testing::addBackendRows(); }
    void textComesBackExactly()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        const QStringList texts{QStringLiteral("Il a dit \"bonjour\" à l'abbé"),
                                QStringLiteral("C:\\dossier\\u00e9 et \\n littéral"),
                                QStringLiteral("ligne 1\nligne 2\r\n\ttabulée") + QChar(0x01) + QChar(0x1f),
                                QStringLiteral("Na nga def? 🙏🏾 Jërëjëf ✝️"), QString()};
        QList<std::shared_ptr<InboxMessage>> messages;
        testing::DatabaseBlocker blocker(db);
        int stored = 0;
        for (int i = 0; i < texts.size(); ++i) {
            auto m = webhookMessage(QStringLiteral("exact%1").arg(i), texts.at(i));
            m->chatId = QStringLiteral("22177000010%1@c.us").arg(i);
            messages.append(m);
            log.accept(m, this, [&stored](Result<bool> inserted) { stored += inserted && inserted.value(); });
        }
        blocker.release();
        QTRY_COMPARE(stored, texts.size());

        testing::DatabaseBlocker commits(db);
        int recorded = 0;
        for (int i = 0; i < texts.size(); ++i) {
            auto outcome = store::testing::answerOutcome(*messages.at(i), texts.at(texts.size() - 1 - i), i);
            outcome->incoming.confidence = 0.1 + 0.2; // 0.30000000000000004: every digit kept
            log.commit(outcome, this, [&recorded](Result<bool> r) { recorded += r && r.value(); });
        }
        commits.release();
        QTRY_COMPARE(recorded, texts.size());

        for (int i = 0; i < texts.size(); ++i) {
            auto inbox = db.runSync<std::optional<InboxMessage>>(
                [id = messages.at(i)->wahaMessageId](DbContext &ctx) { return InboxRepository::byWahaId(ctx, id); });
            QVERIFY(inbox.ok() && inbox->has_value());
            QCOMPARE((*inbox)->text, texts.at(i));
            QCOMPARE((*inbox)->pushName, QStringLiteral("Awa « Ndiaye »"));
            auto history = db.runSync<QList<Interaction>>([chat = messages.at(i)->chatId](DbContext &ctx) {
                return InteractionRepository::recent(ctx, chat, 10);
            });
            QVERIFY(history.ok());
            QCOMPARE(history->size(), 2);
            QCOMPARE(history->at(0).text, texts.at(i));
            QCOMPARE(history->at(0).confidence, 0.1 + 0.2);
            QCOMPARE(history->at(1).text, texts.at(texts.size() - 1 - i));
        }
    }

    // A message the database refuses (PostgreSQL takes no NUL character in a text) fails alone: its neighbours in
    // the batch are stored and answered.
    void refusedMessageFailsAlone_data() { testing::addBackendRows(); }
    void refusedMessageFailsAlone()
    {
        STORE_TEST_DB(store);
        Database db(store.config());
        QVERIFY2(db.open().ok(), "open");
        MessageLog log(&db);
        testing::DatabaseBlocker blocker(db);
        int stored = 0;
        int failed = 0;
        for (int i = 0; i < 6; ++i) {
            const QString text = i == 2 ? QStringLiteral("a") + QChar(0) + QStringLiteral("b") : QStringLiteral("ok");
            log.accept(webhookMessage(QStringLiteral("m%1").arg(i), text), this,
                       [&](Result<bool> inserted) { (inserted && inserted.value() ? stored : failed) += 1; });
        }
        blocker.release();
        QTRY_COMPARE(stored + failed, 6);
        QCOMPARE(failed, store.isPostgres() ? 1 : 0);
        auto count = db.runSync<int>([](DbContext &ctx) { return InboxRepository::count(ctx); });
        QCOMPARE(count.value(), stored);
        QVERIFY(stored >= 5);
    }
};

QTEST_GUILESS_MAIN(TestGroupedInserts)
#include "TestGroupedInserts.moc"
