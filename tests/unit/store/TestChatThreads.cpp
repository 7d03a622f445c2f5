// A chat's thread as the console reads it (issue 14, migration 18): on SQLite a chain from the chat's users row back
// through each interaction's prev_id, with no index keyed by chat over the history; on PostgreSQL the index. Both must
// give every chat's interactions, and only its own, in order, however they interleave with other chats' and whoever
// writes them; the unread counts and the list follow; retention and the upgrade from schema 17 keep the chains whole.
#include "store/ContactDataRepository.h"
#include "store/ConversationListRepository.h"
#include "store/Database.h"
#include "store/InteractionRepository.h"
#include "store/Migrations.h"
#include "store/UserRepository.h"
#include "support/OldSchemaFile.h"
#include "support/StoreTestDb.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace concierge;
using namespace concierge::store;

namespace {

const QStringList kChats = {QStringLiteral("221770000001@c.us"), QStringLiteral("221770000002@c.us"),
                            QStringLiteral("221770000003@c.us")};

// Who writes the n-th interaction of a chat: mostly the parent and the assistant, now and then a staff member.
Author authorOf(int n)
{
    if (n % 7 == 6)
        return Author::Staff;
    return n % 2 == 0 ? Author::User : Author::Bot;
}

// `perChat` interactions for each chat, the chats taking turns unevenly (the ids of one chat are not consecutive).
// Returns each chat's ids in order.
Result<QHash<QString, QList<qint64>>> writeThreads(DbContext &ctx, int perChat)
{
    QHash<QString, QList<qint64>> ids;
    for (const QString &chat : kChats) { // as a message does, before its interactions
        if (Status st = UserRepository::touch(ctx, chat, QStringLiteral("Parent"), QStringLiteral("fr"), 1000); !st)
            return st.error();
    }
    for (int n = 0; n < perChat; ++n) {
        for (int c = 0; c < kChats.size(); ++c) {
            for (int repeat = 0; repeat <= (n + c) % 2; ++repeat) {
                Interaction i;
                i.chatId = kChats.at(c);
                i.author = authorOf(ids[i.chatId].size());
                i.direction = i.author == Author::User ? Direction::In : Direction::Out;
                i.text = QStringLiteral("%1 #%2").arg(i.chatId).arg(ids[i.chatId].size());
                i.createdAtMs = 1000 + ids[i.chatId].size();
                auto id = InteractionRepository::insert(ctx, i);
                if (!id)
                    return id.error();
                ids[i.chatId].append(id.value());
            }
        }
    }
    return ids;
}

QList<qint64> idsOf(const QList<Interaction> &rows)
{
    QList<qint64> out;
    for (const Interaction &i : rows)
        out.append(i.id);
    return out;
}

// The whole thread, read back page by page from the newest, as the console scrolls up.
Result<QList<qint64>> readByPages(DbContext &ctx, const QString &chatId, int pageSize)
{
    QList<qint64> all;
    qint64 before = 0;
    for (;;) {
        auto page = InteractionRepository::page(ctx, chatId, before, pageSize);
        if (!page)
            return page.error();
        for (const Interaction &i : page.value()) {
            if (i.chatId != chatId)
                return Error{QStringLiteral("test"), QStringLiteral("another chat's interaction %1").arg(i.id)};
        }
        all = idsOf(page.value()) + all;
        if (page->size() < pageSize)
            return all;
        before = page->constFirst().id;
    }
}

// What the unread count must be: the parent's messages after the marker and after the last staff message.
int expectedUnread(const QList<qint64> &ids, qint64 marker)
{
    int unread = 0;
    for (qsizetype n = ids.size() - 1; n >= 0 && ids.at(n) > marker; --n) {
        if (authorOf(int(n)) == Author::Staff)
            break;
        unread += authorOf(int(n)) == Author::User ? 1 : 0;
    }
    return unread;
}

// A database file as a version 17 server leaves it, with interleaved chats.
bool writeVersion17Database(const QString &path, QHash<QString, QList<qint64>> &ids)
{
    concierge::testing::OldSchemaFile file(path, 17);
    for (const QString &chat : kChats)
        file.run(QStringLiteral("INSERT INTO users (chat_id, phone) VALUES ('%1', '%2')")
                     .arg(chat, chat.section(QLatin1Char('@'), 0, 0)));
    for (int n = 0; file.ok() && n < 40; ++n) {
        const QString chat = kChats.at((n * n) % kChats.size());
        if (file.run(QStringLiteral("INSERT INTO interactions (chat_id, direction, author, text) VALUES ('%1', 'in',"
                                    " '%2', 'old %3')")
                         .arg(chat, name(authorOf(int(ids[chat].size()))))
                         .arg(n)))
            ids[chat].append(file.lastInsertId());
    }
    return file.ok();
}

} // namespace

// A job's list of what it found wrong: the job ran, and the list is empty (else it is the failure's message).
#define VERIFY_NOTHING_WRONG(result)                                                                                   \
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));                                                \
    QVERIFY2(result->isEmpty(), qPrintable(result->join(u'\n')))

class TestChatThreads : public QObject
{
    Q_OBJECT

private slots:
    void everyThreadIsWholeAndItsOwn_data() { store::testing::addBackendRows(); }
    void everyThreadIsWholeAndItsOwn()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        auto checked = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            auto ids = writeThreads(ctx, 40);
            if (!ids)
                return ids.error();
            for (const QString &chat : kChats) {
                for (const int pageSize : {1, 7, 500}) {
                    auto read = readByPages(ctx, chat, pageSize);
                    if (!read)
                        return read.error();
                    if (read.value() != ids->value(chat))
                        return Error{QStringLiteral("test"), QStringLiteral("%1, pages of %2: %3 rows of %4")
                                                                 .arg(chat)
                                                                 .arg(pageSize)
                                                                 .arg(read->size())
                                                                 .arg(ids->value(chat).size())};
                }
                // A cursor taken from another chat's thread still means "older than this id".
                const qint64 foreign = ids->value(kChats.at(0) == chat ? kChats.at(1) : kChats.at(0)).at(30);
                auto older = InteractionRepository::page(ctx, chat, foreign, 5);
                if (!older)
                    return older.error();
                QList<qint64> expected = ids->value(chat);
                expected.removeIf([foreign](qint64 id) { return id >= foreign; });
                if (idsOf(older.value()) != expected.mid(expected.size() - 5))
                    return Error{QStringLiteral("test"),
                                 QStringLiteral("%1: the page before another chat's id").arg(chat)};
                auto last = InteractionRepository::lastId(ctx, chat);
                if (!last || last.value() != ids->value(chat).constLast())
                    return Error{QStringLiteral("test"), QStringLiteral("%1: the newest id").arg(chat)};
            }
            auto none = InteractionRepository::page(ctx, QStringLiteral("221779999999@c.us"), 0, 10);
            auto noneLast = InteractionRepository::lastId(ctx, QStringLiteral("221779999999@c.us"));
            return none && none->isEmpty() && noneLast && noneLast.value() == 0;
        });
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        QVERIFY(checked.value());
    }

    // Interactions written before the chat's users row (a staff note, a test's fixture): the thread is whole, and the
    // row the parent's first message then writes has its phone and first time seen.
    void aChatWithoutUserRowKeepsItsThread_data() { store::testing::addBackendRows(); }
    void aChatWithoutUserRowKeepsItsThread()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        auto checked = db.runSync<QStringList>([](DbContext &ctx) -> Result<QStringList> {
            const QString chat = QStringLiteral("221770000009@c.us");
            QList<qint64> ids;
            for (int n = 0; n < 3; ++n) {
                Interaction i;
                i.chatId = chat;
                i.text = QStringLiteral("note %1").arg(n);
                auto id = InteractionRepository::insert(ctx, i);
                if (!id)
                    return id.error();
                ids.append(id.value());
            }
            if (Status st = UserRepository::touch(ctx, chat, QStringLiteral("Awa"), QStringLiteral("fr"), 5000); !st)
                return st.error();
            QStringList wrong;
            auto read = readByPages(ctx, chat, 2);
            if (!read || read.value() != ids)
                wrong.append(QStringLiteral("the thread: %1 rows").arg(read ? read->size() : -1));
            auto user = UserRepository::get(ctx, chat);
            if (!user || !user->has_value() || (*user)->phone != QStringLiteral("221770000009") ||
                (*user)->firstSeenAtMs != 5000 || (*user)->pushName != QStringLiteral("Awa"))
                wrong.append(QStringLiteral("the users row lacks what the message gave"));
            return wrong;
        });
        VERIFY_NOTHING_WRONG(checked);
    }

    void unreadCountsFollowMarkersAndStaff_data() { store::testing::addBackendRows(); }
    void unreadCountsFollowMarkersAndStaff()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        auto checked = db.runSync<QStringList>([](DbContext &ctx) -> Result<QStringList> {
            auto ids = writeThreads(ctx, 30);
            if (!ids)
                return ids.error();
            QStringList wrong;
            for (const QString &chat : kChats) {
                const QList<qint64> &thread = ids->value(chat);
                for (const qint64 marker :
                     {qint64(0), thread.at(3), thread.at(thread.size() - 2), thread.constLast()}) {
                    auto unread = InteractionRepository::unreadSince(ctx, chat, marker);
                    if (!unread)
                        return unread.error();
                    if (unread.value() != expectedUnread(thread, marker))
                        wrong.append(QStringLiteral("%1 after %2: %3, not %4")
                                         .arg(chat)
                                         .arg(marker)
                                         .arg(unread.value())
                                         .arg(expectedUnread(thread, marker)));
                }
            }
            // The list's summaries, newest activity first, with what the console shows of each.
            auto read = ConversationListRepository::markRead(ctx, kChats.at(1));
            if (!read || read.value() != ids->value(kChats.at(1)).constLast())
                return Error{QStringLiteral("test"), QStringLiteral("the read marker is not the newest id")};
            auto list = ConversationListRepository::list(ctx, ConversationFilter{});
            if (!list)
                return list.error();
            QStringList order;
            for (const ConversationSummary &s : list.value()) {
                order.append(s.chatId);
                const QList<qint64> &thread = ids->value(s.chatId);
                if (s.lastInteractionId != thread.constLast() || s.lastMessage.id != thread.constLast())
                    wrong.append(s.chatId + QStringLiteral(": not its newest interaction"));
                const int expected = s.chatId == kChats.at(1) ? 0 : expectedUnread(thread, 0);
                if (s.unread != expected)
                    wrong.append(
                        QStringLiteral("%1 listed with %2 unread, not %3").arg(s.chatId).arg(s.unread).arg(expected));
            }
            QStringList newestFirst = kChats;
            std::sort(newestFirst.begin(), newestFirst.end(), [&ids](const QString &a, const QString &b) {
                return ids->value(a).constLast() > ids->value(b).constLast();
            });
            if (order != newestFirst)
                wrong.append(QStringLiteral("list order: ") + order.join(u' '));
            auto one = ConversationListRepository::one(ctx, kChats.at(2));
            if (!one || !one->has_value() || (*one)->lastInteractionId != ids->value(kChats.at(2)).constLast())
                wrong.append(QStringLiteral("one(): not the chat's newest interaction"));
            return wrong;
        });
        VERIFY_NOTHING_WRONG(checked);
    }

    void retentionShortensThreadsAndEmptiesTheList_data() { store::testing::addBackendRows(); }
    void retentionShortensThreadsAndEmptiesTheList()
    {
        STORE_TEST_DB(testDb);
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        auto checked = db.runSync<QStringList>([](DbContext &ctx) -> Result<QStringList> {
            auto ids = writeThreads(ctx, 20);
            if (!ids)
                return ids.error();
            // The third chat's interactions are all old; the others' first ten.
            auto &q = ctx.prepare(QStringLiteral("UPDATE interactions SET created_at = 1 WHERE chat_id = ?"));
            if (auto st = ctx.exec(q, {kChats.at(2)}); !st)
                return st.error();
            if (auto removed = ContactDataRepository::removeOlderThan(ctx, 1010); !removed)
                return removed.error();
            QStringList wrong;
            for (const QString &chat : kChats.mid(0, 2)) {
                auto read = readByPages(ctx, chat, 4);
                if (!read)
                    return read.error();
                if (read.value() != ids->value(chat).mid(10))
                    wrong.append(chat + QStringLiteral(": %1 rows after retention").arg(read->size()));
            }
            auto gone = readByPages(ctx, kChats.at(2), 4);
            if (!gone || !gone->isEmpty())
                wrong.append(QStringLiteral("the emptied chat still has a thread"));
            auto list = ConversationListRepository::list(ctx, ConversationFilter{});
            if (!list)
                return list.error();
            if (list->size() != 2 || list->constLast().chatId == kChats.at(2) ||
                list->constFirst().chatId == kChats.at(2))
                wrong.append(QStringLiteral("the list holds %1 chats").arg(list->size()));
            auto one = ConversationListRepository::one(ctx, kChats.at(2));
            if (!one || one->has_value())
                wrong.append(QStringLiteral("one() still finds the emptied chat"));
            return wrong;
        });
        VERIFY_NOTHING_WRONG(checked);
    }

    // SQLite: what each message writes lands at the end of the history's b-trees (the console's reads are lookups by
    // key: TestFlatHistory). The index by chat put an entry of every message in its chat's own leaf of an index over
    // the whole history: the acks' p99 with a million messages stored was 1.2 to 3 times an empty database's.
    void sqliteHasNoIndexByChatOverInteractions()
    {
        store::testing::StoreTestDb testDb{QString()};
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        auto found = db.runSync<QStringList>([](DbContext &ctx) -> Result<QStringList> {
            QStringList out;
            QSqlQuery q(ctx.db());
            if (!q.exec(QStringLiteral("SELECT l.name FROM pragma_index_list('interactions') l,"
                                       " pragma_index_info(l.name) c WHERE c.seqno = 0 AND c.name = 'chat_id'")))
                return Error{QStringLiteral("test"), q.lastError().text()};
            while (q.next())
                out.append(QStringLiteral("index ") + q.value(0).toString());
            return out;
        });
        VERIFY_NOTHING_WRONG(found);
    }

    void upgradeChainsTheHistory()
    {
        store::testing::StoreTestDb testDb{QString()};
        const DbConfig config = testDb.config();
        QVERIFY(QDir().mkpath(QFileInfo(config.sqlitePath).absolutePath()));
        QHash<QString, QList<qint64>> ids;
        QVERIFY(writeVersion17Database(config.sqlitePath, ids));
        Database db(config);
        QVERIFY(db.open().ok());
        auto checked = db.runSync<QStringList>([&ids](DbContext &ctx) -> Result<QStringList> {
            QStringList wrong;
            // The threads written before the upgrade, then a message more in each: one chain.
            for (const QString &chat : kChats) {
                Interaction i;
                i.chatId = chat;
                i.text = QStringLiteral("after the upgrade");
                auto id = InteractionRepository::insert(ctx, i);
                if (!id)
                    return id.error();
                ids[chat].append(id.value());
                auto read = readByPages(ctx, chat, 3);
                if (!read)
                    return read.error();
                if (read.value() != ids.value(chat))
                    wrong.append(chat +
                                 QStringLiteral(": %1 rows of %2").arg(read->size()).arg(ids.value(chat).size()));
            }
            return wrong;
        });
        VERIFY_NOTHING_WRONG(checked);
    }
};

QTEST_MAIN(TestChatThreads)
#include "TestChatThreads.moc"
