// RETENTION_DAYS: with the clock moved past the period, old message texts are gone (interactions, handled inbox and
// outbox rows, sessions, handoff history, done follow-ups) while recent ones, rows still waiting, audit entries and
// certificates stay; 0 days keeps everything. On SQLite and PostgreSQL.
#include "ops/Retention.h"
#include "store/Database.h"
#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace concierge;
using concierge::store::testing::StoreTestDb;
using concierge::testing::ManualClock;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

Status exec(store::Database &db, const QString &sql, const QVariantList &values)
{
    auto done = db.runSync<bool>([sql, values](store::DbContext &ctx) -> Result<bool> {
        auto &q = ctx.prepare(sql);
        if (auto st = ctx.exec(q, values); !st)
            return st.error();
        return true;
    });
    return done ? Status() : Status(done.error());
}

qint64 count(store::Database &db, const QString &sql)
{
    auto n = db.runSync<qint64>([sql](store::DbContext &ctx) -> Result<qint64> {
        auto &q = ctx.prepare(sql);
        if (auto st = ctx.exec(q); !st)
            return st.error();
        return q.next() ? q.value(0).toLongLong() : -1;
    });
    return n ? n.value() : -1;
}

// Two of everything: one written `oldMs`, one `newMs`; plus rows still waiting that are old.
void seed(store::Database &db, qint64 oldMs, qint64 newMs)
{
    for (const qint64 at : {oldMs, newMs}) {
        const QString tag = at == oldMs ? QStringLiteral("old") : QStringLiteral("new");
        QVERIFY(exec(
            db,
            QStringLiteral("INSERT INTO interactions (chat_id, direction, text, created_at) VALUES (?, 'in', ?, ?)"),
            {QStringLiteral("221770000001@c.us"), QString(tag + QStringLiteral(" message")), at}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO inbox (waha_message_id, chat_id, text, status, received_at)"
                                    " VALUES (?, '221770000001@c.us', ?, 'done', ?)"),
                     {QString(tag + QStringLiteral("-in")), tag, at}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO outbox (chat_id, text, status, created_at) VALUES"
                                    " ('221770000001@c.us', ?, 'sent', ?)"),
                     {tag, at}));
        QVERIFY(exec(
            db,
            QStringLiteral("INSERT INTO sessions (session_id, chat_id, created_at, updated_at) VALUES (?, ?, ?, ?)"),
            {tag, tag, at, at}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO ownership_changes (chat_id, from_owner, to_owner, at) VALUES"
                                    " ('221770000001@c.us', 'bot', 'queue', ?)"),
                     {at}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO followups (chat_id, reason, due_at, created_at, done_at) VALUES"
                                    " ('221770000001@c.us', ?, ?, ?, ?)"),
                     {tag, at, at, at}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO audit_log (at, action, chat_id) VALUES (?, 'disclosure', ?)"),
                     {at, QStringLiteral("221770000001@c.us")}));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO certificates (number, student_id, issued_at) VALUES (?, 'ST-1', ?)"),
                     {QString(tag + QStringLiteral("-cert")), at}));
    }
    // Still waiting: kept whatever their age.
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO inbox (waha_message_id, chat_id, text, status, received_at)"
                                " VALUES ('waiting-in', '221770000001@c.us', 'waiting', 'pending', ?)"),
                 {oldMs}));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO outbox (chat_id, text, status, created_at) VALUES"
                                " ('221770000001@c.us', 'waiting', 'pending', ?)"),
                 {oldMs}));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO followups (chat_id, reason, due_at, created_at, done_at) VALUES"
                                " ('221770000001@c.us', 'open', ?, ?, 0)"),
                 {oldMs, oldMs}));
}

Result<QJsonObject> runOnce(ops::Retention &retention)
{
    std::optional<Result<QJsonObject>> out;
    retention.runNow([&out](Result<QJsonObject> removed) { out = std::move(removed); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10'000))
        return Error{QStringLiteral("timeout"), {}};
    return *out;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void oldTextsGoRecentStay_data() { store::testing::addBackendRows(); }
    void oldTextsGoRecentStay()
    {
        QFETCH(QString, url);
        if (url == QLatin1String("unset"))
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set");
        StoreTestDb test(url);
        QVERIFY2(test.ready(), qPrintable(test.error()));
        store::Database db(test.config());
        QVERIFY(db.open());
        ManualClock clock;
        const qint64 start = clock.nowMs();
        seed(db, start - 400 * kDayMs, start - 10 * kDayMs);

        ops::Retention retention(&db, 365, clock);
        auto removed = runOnce(retention);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(removed->value(u"interactions").toInt(), 1);

        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE text = 'old message'")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE text = 'new message'")), qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM inbox WHERE text = 'old'")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM inbox WHERE text IN ('new', 'waiting')")), qint64(2));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE text = 'old'")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE text IN ('new', 'waiting')")), qint64(2));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM sessions")), qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ownership_changes")), qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM followups WHERE reason IN ('new', 'open')")),
                 qint64(2));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM followups")), qint64(2));
        // The parish's record stays, however old.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(2));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(2));

        // A year later the recent ones are old too; what still waits stays.
        clock.advanceMs(365 * kDayMs);
        QVERIFY(runOnce(retention));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM interactions")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(2));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(2));
        db.close();
    }

    void zeroKeepsEverything()
    {
        StoreTestDb test{QString()};
        QVERIFY(test.ready());
        store::Database db(test.config());
        QVERIFY(db.open());
        ManualClock clock;
        seed(db, clock.nowMs() - 4000 * kDayMs, clock.nowMs());
        ops::Retention retention(&db, 0, clock);
        retention.start();
        auto removed = runOnce(retention);
        QVERIFY(removed);
        QVERIFY(removed->isEmpty());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM interactions")), qint64(2));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(3));
        db.close();
    }

    // The daily deletes read each table's time index (a range), never the whole table; but the sessions (a row per
    // chat, rewritten at every message: migration 20 dropped their time index), read whole as their expiry always was.
    void deletesUseTheTimeIndexes()
    {
        StoreTestDb test{QString()};
        QVERIFY(test.ready());
        store::Database db(test.config());
        QVERIFY(db.open());
        const QStringList deletes{
            QStringLiteral("DELETE FROM interactions WHERE created_at < 1"),
            QStringLiteral("DELETE FROM inbox WHERE received_at < 1 AND status <> 'pending'"),
            QStringLiteral("DELETE FROM outbox WHERE created_at < 1 AND status <> 'pending' AND status <> 'sending'"),
            QStringLiteral("DELETE FROM ownership_changes WHERE at < 1"),
            QStringLiteral("DELETE FROM followups WHERE done_at > 0 AND done_at < 1"),
        };
        for (const QString &sql : deletes) {
            auto plan = db.runSync<QString>([sql](store::DbContext &ctx) -> Result<QString> {
                QSqlQuery q(ctx.db());
                if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                    return Error{QStringLiteral("plan"), q.lastError().text()};
                QString text;
                while (q.next())
                    text += q.value(3).toString() + u'\n';
                return text;
            });
            QVERIFY(plan);
            QVERIFY2(plan->contains(QLatin1String("USING INDEX")) || plan->contains(QLatin1String("USING COVERING")),
                     qPrintable(sql + QStringLiteral(": ") + plan.value()));
        }
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
