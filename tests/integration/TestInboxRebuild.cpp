// Flat with history (issue 14, migration 13 on SQLite): a server started on a version 12 database with history
// rebuilds the inbox without its unique index over the whole history. Every row keeps its id and values, every other
// index of the inbox is there again, the AUTOINCREMENT counter goes on where it was (an id is never given twice), the
// ids of the last days go into recent_message_ids so that a redelivery of a message received just before the upgrade
// is still a duplicate, and the server takes and answers messages afterwards. A newer server cannot rebuild under a
// running one: the data folder is locked, and it stops before touching the database.
#include "support/DbPeek.h"
#include "support/FakeWaha.h"
#include "support/OldSchemaFile.h"
#include "support/TestServer.h"

#include "core/DataFolderLock.h"
#include "store/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
const QString kChat = QStringLiteral("221770000042@c.us");

// The webhook's id of a message FakeWaha::textWebhookBody(kChat, .., shortId) sends.
QString wahaId(const QString &shortId)
{
    return QStringLiteral("false_") + kChat + QLatin1Char('_') + shortId;
}

// A database as a version 12 server leaves it (migrations 1 to 12), with history: old answered messages, recent ones
// (one still pending), gaps in the ids and an AUTOINCREMENT counter above the last row (the newest rows were deleted).
bool writeVersion12Database(const QString &path)
{
    OldSchemaFile file(path, 12);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Row
    {
        int id;
        const char *shortId;
        qint64 receivedAt;
        const char *status;
    };
    const Row rows[] = {{5, "OLD1", now - 30 * kDayMs, "done"},
                        {6, "OLD2", now - 20 * kDayMs, "done"},
                        {9, "RECENT1", now - kHourMs, "done"},
                        {10, "RECENT2", now - 2 * kHourMs, "pending"}};
    for (const Row &r : rows)
        file.run(QStringLiteral("INSERT INTO inbox (id, waha_message_id, event_id, chat_id, text, push_name, media,"
                                " status, attempts, received_at, processed_at) VALUES (%1, '%2', 'evt_%1', '%3',"
                                " 'Bonjour %1', 'Marie', '', '%4', %1, %5, %6)")
                     .arg(r.id)
                     .arg(wahaId(QLatin1String(r.shortId)), kChat, QLatin1String(r.status))
                     .arg(r.receivedAt)
                     .arg(r.receivedAt + 40));
    file.run(QStringLiteral("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'inbox'"));
    return file.ok();
}

const QString kRows = QStringLiteral(
    "SELECT id || '|' || waha_message_id || '|' || event_id || '|' || chat_id || '|' || kind || '|' || text || '|' ||"
    " push_name || '|' || media || '|' || status || '|' || attempts || '|' || received_at || '|' || processed_at"
    " FROM inbox WHERE id <= 40 ORDER BY id");
const QString kOtherIndexes = QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index'"
                                             " AND tbl_name = 'inbox' AND sql IS NOT NULL ORDER BY name");

QStringList strings(const QList<QVariant> &values)
{
    QStringList out;
    for (const QVariant &v : values)
        out.append(v.toString());
    return out;
}

} // namespace

class TestInboxRebuild : public QObject
{
    Q_OBJECT

private slots:
    void rebuildKeepsRowsIndexesAndIdsAndTheServerWorks()
    {
        TestServer server;
        const QString path = server.dataDir() + QStringLiteral("/concierge.db");
        QVERIFY(writeVersion12Database(path));
        QStringList rowsBefore;
        QStringList indexesBefore;
        {
            DbPeek before(path);
            rowsBefore = strings(before.column(kRows));
            indexesBefore = strings(before.column(kOtherIndexes));
            QCOMPARE(before.count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name ="
                                                 " 'sqlite_autoindex_inbox_1'")),
                     qint64(1));
        }
        QCOMPARE(rowsBefore.size(), 4);
        QCOMPARE(indexesBefore.size(), 4); // inbox_status, inbox_received, inbox_pending_by_chat, inbox_pending

        QVERIFY(server.start().ok());
        DbPeek peek(path);
        QCOMPARE(peek.count(QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
                 qint64(store::Migrations::latestVersion()));
        QCOMPARE(strings(peek.column(kRows)).mid(0, 3), rowsBefore.mid(0, 3)); // the pending one may be answered
        // Every other index again, but those migration 14 drops on SQLite (keyed by chat or status: random leaves).
        indexesBefore.removeIf([](const QString &index) {
            return index.startsWith(QLatin1String("inbox_status:")) ||
                   index.startsWith(QLatin1String("inbox_pending_by_chat:"));
        });
        QCOMPARE(strings(peek.column(kOtherIndexes)), indexesBefore);
        QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM pragma_index_list('inbox') WHERE \"unique\"")),
                 qint64(0));
        // The ids received within the window are remembered; the older ones are not.
        QCOMPARE(strings(peek.column(QStringLiteral("SELECT waha_message_id FROM recent_message_ids ORDER BY 1"))),
                 (QStringList{wahaId(QStringLiteral("RECENT1")), wahaId(QStringLiteral("RECENT2"))}));

        // A redelivery of a message received an hour before the upgrade (its id stored without a sending time, its
        // redelivery with one): acknowledged, dropped.
        QCOMPARE(
            server.postWebhook(FakeWaha::textWebhookBody(kChat, QStringLiteral("Bonjour 9"), QStringLiteral("RECENT1")))
                .status,
            200);
        // A new message gets the next id after the counter (41, not 11) and is answered (its reply queued).
        QCOMPARE(server
                     .postWebhook(FakeWaha::textWebhookBody(kChat,
                                                            QStringLiteral("Quels sont les horaires des"
                                                                           " messes ?"),
                                                            QStringLiteral("NEW1")))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE id = 41 AND"
                                                            " status = 'done'")),
                                  qint64(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE inbox_id = 41")),
                                  qint64(1), 10000);
        QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(5));
        QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE waha_message_id = '%1'")
                                .arg(wahaId(QStringLiteral("RECENT1")))),
                 qint64(1));
        // The message pending at the upgrade is handled too.
        QTRY_COMPARE_WITH_TIMEOUT(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE id = 10 AND"
                                                            " status = 'done'")),
                                  qint64(1), 10000);
    }

    // The claim behind shipping the contract step with its expand step on SQLite: no version 12 server runs on the
    // file while a version 13 one rebuilds it. A second server on a data folder in use stops at start, with the
    // holder in its error, before it opens the database (still at version 12, its unique index in place).
    void aSecondServerOnTheFolderStopsBeforeMigrating()
    {
        TestServer server;
        const QString path = server.dataDir() + QStringLiteral("/concierge.db");
        QVERIFY(writeVersion12Database(path));
        DataFolderLock running(server.dataDir()); // what a running version 12 server holds
        QVERIFY(running.tryLock());
        const Status started = server.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("data_dir"));
        QVERIFY2(started.error().message.contains(QStringLiteral("another Concierge server")),
                 qPrintable(started.error().message));
        QVERIFY2(started.error().message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(started.error().message));
        DbPeek peek(path);
        QCOMPARE(peek.count(QStringLiteral("SELECT MAX(version) FROM schema_migrations")), qint64(12));
        QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name ="
                                           " 'sqlite_autoindex_inbox_1'")),
                 qint64(1));
    }
};

QTEST_MAIN(TestInboxRebuild)
#include "TestInboxRebuild.moc"
