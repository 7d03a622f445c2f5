// The webhook's inserts through SQLite's own interface (store::SqliteStatement, issue 14): what a parent wrote comes
// back exactly as received (accents, emoji, empty and absent fields), the row gets its id, the statement belongs to
// the job's savepoint like any QtSql statement (a failed job leaves nothing behind), and a bad statement is a clear
// error after which the connection keeps working. On a real SQLite file.

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/SqliteStatement.h"
#include "support/StoreTestDb.h"

#include <QTest>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::StoreTestDb;

namespace {

InboxMessage message(const QString &id, const QString &text)
{
    InboxMessage m;
    m.wahaMessageId = id;
    m.eventId = QStringLiteral("evt_") + id;
    m.chatId = QStringLiteral("221770000001@c.us");
    m.text = text;
    m.receivedAtMs = 1764316800123;
    m.sentAtMs = 1764316795000;
    return m;
}

Result<bool> insert(Database &db, InboxMessage &m)
{
    return db.runSync<bool>([&m](DbContext &ctx) { return InboxRepository::insertIfNew(ctx, m); });
}

std::optional<InboxMessage> stored(Database &db, const QString &wahaId)
{
    auto found = db.runSync<std::optional<InboxMessage>>(
        [wahaId](DbContext &ctx) { return InboxRepository::byWahaId(ctx, wahaId); });
    return found ? found.value() : std::nullopt;
}

} // namespace

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void aMessageComesBackExactlyAsReceived()
    {
        StoreTestDb testDb{QString()};
        Database db(testDb.config());
        QVERIFY(db.open());

        // Accents, a word in Wolof, an emoji (a surrogate pair in UTF-16: 4 bytes of UTF-8), a quote and a newline.
        InboxMessage m =
            message(QStringLiteral("wamid.1"), QStringLiteral("Bonjour, mon fils Aliou est-il inscrit à la catéchèse ? "
                                                              "Jërëjëf \U0001F64F\n\"merci\""));
        m.pushName = QStringLiteral("Fatou Ndiaye");
        m.media = QJsonObject{{QStringLiteral("url"), QStringLiteral("http://waha/files/1.jpg")},
                              {QStringLiteral("mimetype"), QStringLiteral("image/jpeg")}};
        auto inserted = insert(db, m);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        QVERIFY(inserted.value());
        QVERIFY(m.id > 0);

        const auto row = stored(db, QStringLiteral("wamid.1"));
        QVERIFY(row.has_value());
        QCOMPARE(row->id, m.id);
        QCOMPARE(row->text, m.text);
        QCOMPARE(row->pushName, m.pushName);
        QCOMPARE(row->eventId, m.eventId);
        QCOMPARE(row->chatId, m.chatId);
        QCOMPARE(row->media, m.media);
        QCOMPARE(row->status, InboxStatus::Pending);
        QCOMPARE(row->receivedAtMs, m.receivedAtMs);

        // The same id again: a duplicate, nothing stored, the id of the first row untouched.
        InboxMessage again = message(QStringLiteral("wamid.1"), QStringLiteral("autre"));
        auto duplicate = insert(db, again);
        QVERIFY(duplicate.ok());
        QVERIFY(!duplicate.value());
        QCOMPARE(again.id, 0);
    }

    void absentFieldsAreStoredEmpty()
    {
        // Every column is NOT NULL: a message without a name, an event id or media (WAHA's simplified shape) is
        // stored with empty texts, never refused.
        StoreTestDb testDb{QString()};
        Database db(testDb.config());
        QVERIFY(db.open());
        InboxMessage m = message(QStringLiteral("wamid.2"), QString());
        m.eventId = QString();
        auto inserted = insert(db, m);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        QVERIFY(inserted.value());
        const auto row = stored(db, QStringLiteral("wamid.2"));
        QVERIFY(row.has_value());
        QCOMPARE(row->text, QString());
        QCOMPARE(row->pushName, QString());
        QCOMPARE(row->eventId, QString());
        QVERIFY(row->media.isEmpty());

        // Then a long text in the statement's buffers, then a short one: nothing of the long one is left over.
        InboxMessage longer = message(QStringLiteral("wamid.3"), QString(5000, QLatin1Char('x')));
        QVERIFY(insert(db, longer).ok());
        InboxMessage shorter = message(QStringLiteral("wamid.4"), QStringLiteral("ok"));
        QVERIFY(insert(db, shorter).ok());
        QCOMPARE(stored(db, QStringLiteral("wamid.3"))->text.size(), 5000);
        QCOMPARE(stored(db, QStringLiteral("wamid.4"))->text, QStringLiteral("ok"));
    }

    void aFailedJobLeavesNothingBehind()
    {
        // The job's savepoint holds the statement's rows: the inbox row and its recent id go away with the job, so a
        // redelivery of the message is then taken as new.
        StoreTestDb testDb{QString()};
        Database db(testDb.config());
        QVERIFY(db.open());
        auto failed = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            InboxMessage m = message(QStringLiteral("wamid.5"), QStringLiteral("Bonjour"));
            auto inserted = InboxRepository::insertIfNew(ctx, m);
            if (!inserted || !inserted.value())
                return Error{QStringLiteral("test"), QStringLiteral("the insert itself failed")};
            return Error{QStringLiteral("test"), QStringLiteral("failed after the insert")};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("failed after the insert"));
        QVERIFY(!stored(db, QStringLiteral("wamid.5")).has_value());

        InboxMessage redelivered = message(QStringLiteral("wamid.5"), QStringLiteral("Bonjour"));
        auto inserted = insert(db, redelivered);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        QVERIFY(inserted.value());
    }

    void aBadStatementIsAClearErrorAndTheConnectionGoesOn()
    {
        StoreTestDb testDb{QString()};
        Database db(testDb.config());
        QVERIFY(db.open());
        auto bad = db.runSync<int>([](DbContext &ctx) -> Result<int> {
            SqliteStatement &statement = ctx.prepareSqlite(QStringLiteral("INSERT INTO no_such_table VALUES (?)"));
            statement.bind(1, qint64(1));
            return ctx.exec(statement);
        });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("db_error"));
        QVERIFY2(bad.error().message.contains(QStringLiteral("INSERT INTO no_such_table")),
                 qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(QStringLiteral("no such table")), qPrintable(bad.error().message));

        // A constraint broken at run time (an inbox row without its NOT NULL chat): the error, then the next insert.
        auto broken = db.runSync<int>([](DbContext &ctx) -> Result<int> {
            SqliteStatement &statement = ctx.prepareSqlite(QStringLiteral(
                "INSERT INTO inbox (waha_message_id, event_id, chat_id, kind, text, push_name, media, status,"
                " attempts, received_at, processed_at) VALUES ('x', '', NULL, 'user', '', '', '', 'pending', 0, 0, "
                "0)"));
            return ctx.exec(statement);
        });
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QStringLiteral("NOT NULL")), qPrintable(broken.error().message));
        // A value for a placeholder the statement does not have is ignored, as SQLite itself does.
        auto extra = db.runSync<int>([](DbContext &ctx) -> Result<int> {
            SqliteStatement &statement = ctx.prepareSqlite(QStringLiteral("SELECT ?"));
            statement.bind(1, QStringLiteral("one"));
            statement.bind(2, QStringLiteral("none"));
            statement.bind(0, QStringLiteral("none"));
            return ctx.exec(statement);
        });
        QVERIFY2(extra.ok(), qPrintable(extra.error().message));

        InboxMessage next = message(QStringLiteral("wamid.6"), QStringLiteral("Bonjour"));
        auto inserted = insert(db, next);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        QVERIFY(inserted.value());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "TestSqliteStatement.moc"
