// Flat with history (issue 14): what a message costs must not grow with the messages already stored. Through the
// real webhook, every statement the server runs while messages are acknowledged, answered, handed to a person and
// receipted is recorded (SQLite's statement trace on the server's own connection), and its query plan must find its
// rows through an index: no SCAN of a table that grows with the history. And an insert that returns its new id
// closes its statement at once: left open, SQLite keeps its statement journal open, every later statement of the
// batch nests its own inside, and closing each one walks that journal from its start (a fifth of the server's time
// with a million messages stored).
#include "support/PipelineKit.h"

#include "api/ServerContext.h"
#include "handoff/HandoffMonitor.h"
#include "pipeline/Pipeline.h"
#include "store/ConversationListRepository.h"
#include "store/Database.h"
#include "store/InteractionRepository.h"
#include "store/SqliteStatement.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <mutex>
#include <set>

using namespace concierge;
using namespace concierge::testing;

namespace {

// The tables whose rows accumulate with every message or every parent.
const QStringList kHistoryTables = {
    QStringLiteral("inbox"),        QStringLiteral("outbox"),
    QStringLiteral("interactions"), QStringLiteral("sessions"),
    QStringLiteral("users"),        QStringLiteral("conversations"),
    QStringLiteral("audit_log"),    QStringLiteral("ownership_changes"),
    QStringLiteral("followups"),    QStringLiteral("recent_message_ids"),
};

// Of those, the ones that grow with every message (users and conversations grow with the parents only: the
// console's list reads them all, to order the chats by their newest message).
const QStringList kMessageTables = {
    QStringLiteral("inbox"),
    QStringLiteral("outbox"),
    QStringLiteral("interactions"),
    QStringLiteral("audit_log"),
    QStringLiteral("ownership_changes"),
    QStringLiteral("followups"),
};

struct Trace
{
    std::mutex mutex;
    std::set<QString> statements;
};

int onStatement(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    auto *trace = static_cast<Trace *>(context);
    const QString sql = QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    std::lock_guard lock(trace->mutex);
    trace->statements.insert(sql);
    return 0;
}

bool traceServer(store::Database *db, Trace *trace)
{
    auto done = db->runSync<bool>([trace](store::DbContext &ctx) -> Result<bool> {
        sqlite3 *handle = store::sqliteHandleOf(ctx);
        if (!handle)
            return false;
        return sqlite3_trace_v2(handle, trace ? SQLITE_TRACE_STMT : 0, trace ? onStatement : nullptr, trace) ==
               SQLITE_OK;
    });
    return done && done.value();
}

// A scan through a partial index of the rows still waiting reads the backlog, not the history (the count of pending
// messages the health endpoint shows).
bool throughWaitingRows(const QString &detail)
{
    static const QRegularExpression partial(QStringLiteral(" USING (COVERING )?INDEX (inbox|outbox)_pending$"));
    return partial.match(detail).hasMatch();
}

// The lines of the statement's plan that read a whole history table ("SCAN inbox", "SCAN inbox USING INDEX ..").
QStringList historyScans(store::Database *db, const QString &sql, const QStringList &tables = kHistoryTables)
{
    auto plan = db->runSync<QStringList>([sql, tables](store::DbContext &ctx) -> Result<QStringList> {
        QSqlQuery q(ctx.db());
        // The trace shows the statement as Qt handed it over, with :0, :1 .. for its values (NULL here), or with ?
        // for those run through SQLite's own interface (store::SqliteStatement).
        const qsizetype values = sql.count(QRegularExpression(QStringLiteral(":\\d+|\\?")));
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (qsizetype i = 0; i < values; ++i)
            q.bindValue(int(i), QVariant());
        if (!q.exec())
            return QStringList{QStringLiteral("(no plan: %1)").arg(q.lastError().text())};
        QStringList scans;
        while (q.next()) {
            const QString detail = q.value(3).toString();
            for (const QString &table : tables) {
                const QString scan = QStringLiteral("SCAN ") + table;
                if (detail.startsWith(scan) && (detail.size() == scan.size() || detail.at(scan.size()) == u' ') &&
                    !throughWaitingRows(detail))
                    scans.append(detail);
            }
        }
        return scans;
    });
    return plan ? plan.value() : QStringList{plan.error().message};
}

// The statements of the trace that read a whole table of `tables`, each with its plan's lines.
QStringList offendersOf(store::Database *db, Trace &trace, const QStringList &tables)
{
    std::set<QString> statements;
    {
        std::lock_guard lock(trace.mutex);
        statements = trace.statements;
    }
    QStringList offenders;
    for (const QString &sql : statements) {
        if (!sql.startsWith(QStringLiteral("SELECT")) && !sql.startsWith(QStringLiteral("INSERT")) &&
            !sql.startsWith(QStringLiteral("UPDATE")) && !sql.startsWith(QStringLiteral("DELETE")) &&
            !sql.startsWith(QStringLiteral("WITH")))
            continue; // BEGIN, COMMIT, PRAGMA
        const QStringList scans = historyScans(db, sql, tables);
        if (!scans.isEmpty())
            offenders.append(sql.simplified().left(120) + QStringLiteral(" -> ") + scans.join(QStringLiteral("; ")));
    }
    return offenders;
}

} // namespace

class TestFlatHistory : public QObject
{
    Q_OBJECT

private slots:
    void hotPathReadsNoWholeHistoryTable()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        store::Database *db = rig.db();
        Trace trace;
        QVERIFY2(traceServer(db, &trace), "the server's connection is not SQLite");

        const QString parent = QStringLiteral("221771000001@c.us");
        const QString other = QStringLiteral("221771000002@c.us");
        QCOMPARE(rig.postText(parent, QStringLiteral("Bonjour, quels sont les horaires des messes ?"),
                              QStringLiteral("3EB0F1")),
                 200);
        QCOMPARE(rig.postText(other, QStringLiteral("Comment inscrire mon enfant au catéchisme ?"),
                              QStringLiteral("3EB0F2")),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(parent) >= 1 && rig.repliesTo(other) >= 1, 15000);
        // A receipt of the reply, then a handoff (the monitor reads the conversations waiting and claimed).
        const QString replyId = rig.waha.sentTexts().first().messageId;
        QCOMPARE(
            rig.server.postWebhook(FakeWaha::ackWebhookBody(replyId, 3, rig.waha.sentTexts().first().chatId)).status,
            200);
        auto *monitor = rig.server.server()->context().handoffMonitor;
        QSignalSpy checked(monitor, &handoff::HandoffMonitor::checked);
        QCOMPARE(rig.postText(other, QStringLiteral("je veux parler à un agent"), QStringLiteral("3EB0F3")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(other) >= 2 && !checked.isEmpty(), 15000);
        // The backlog count the health and metrics endpoints show.
        pipeline::Pipeline *pipeline = rig.server.server()->context().pipeline;
        const qint64 countedBefore = pipeline->backlog().countedAtMs;
        pipeline->refreshBacklog();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->backlog().countedAtMs != countedBefore, 10000);
        QVERIFY(traceServer(db, nullptr));

        bool sawInsert = false;
        bool sawOwners = false;
        {
            std::lock_guard lock(trace.mutex);
            for (const QString &sql : trace.statements) {
                sawInsert = sawInsert || sql.startsWith(QStringLiteral("INSERT INTO inbox"));
                sawOwners = sawOwners || sql.contains(QStringLiteral("FROM conversations WHERE owner"));
            }
        }
        QVERIFY2(sawInsert && sawOwners, "the trace missed the webhook's insert or the handoff monitor's read");
        const QStringList offenders = offendersOf(db, trace, kHistoryTables);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    // The console's reads of a chat (its thread, page by page, its line in the list with the unread count, the read
    // marker) find their rows by key: none reads a table that grows with every message (SQLite keeps no index by
    // chat over interactions since migration 18, and the list used to group that index's every entry).
    void consoleReadsNoWholeMessageTable()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        const QString parent = QStringLiteral("221771000004@c.us");
        QCOMPARE(rig.postText(parent, QStringLiteral("Bonjour, quels sont les horaires des messes ?"),
                              QStringLiteral("3EB0F4")),
                 200);
        QCOMPARE(rig.postText(parent, QStringLiteral("Et en semaine ?"), QStringLiteral("3EB0F5")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(parent) >= 2, 15000);
        store::Database *db = rig.db();
        Trace trace;
        QVERIFY2(traceServer(db, &trace), "the server's connection is not SQLite");
        auto read = db->runSync<int>([parent](store::DbContext &ctx) -> Result<int> {
            auto list = store::ConversationListRepository::list(ctx, store::ConversationFilter{});
            auto one = store::ConversationListRepository::one(ctx, parent);
            auto newest = store::InteractionRepository::page(ctx, parent, 0, 2);
            if (!list || !one || !newest || newest->size() != 2)
                return Error{QStringLiteral("test"), QStringLiteral("a read failed")};
            auto older = store::InteractionRepository::page(ctx, parent, newest->constFirst().id, 2);
            auto marked = store::ConversationListRepository::markRead(ctx, parent);
            if (!older || older->size() != 2 || !marked)
                return Error{QStringLiteral("test"), QStringLiteral("a read failed")};
            return int(list->size());
        });
        QVERIFY(traceServer(db, nullptr));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), 1);
        const QStringList offenders = offendersOf(db, trace, kMessageTables);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    void insertClosesItsStatement()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        auto busy = rig.db()->runSync<int>([](store::DbContext &ctx) -> Result<int> {
            store::Interaction row;
            row.chatId = QStringLiteral("221771000003@c.us");
            row.text = QStringLiteral("Bonjour");
            row.createdAtMs = 1764317160000;
            auto id = store::InteractionRepository::insert(ctx, row);
            if (!id || id.value() <= 0)
                return Error{QStringLiteral("test"), QStringLiteral("insert failed")};
            int running = 0;
            sqlite3 *handle = store::sqliteHandleOf(ctx);
            for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
                running += sqlite3_stmt_busy(s) ? 1 : 0;
            return running;
        });
        QVERIFY2(busy, busy ? "" : qPrintable(busy.error().message));
        QCOMPARE(busy.value(), 0);
    }
};

QTEST_MAIN(TestFlatHistory)
#include "TestFlatHistory.moc"
