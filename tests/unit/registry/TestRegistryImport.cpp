#include "audit/AuditLog.h"
#include "registry/RegistryImporter.h"
#include "registry/RegistryService.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"
#include "support/StoreTestDb.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace concierge;
using concierge::store::testing::addBackendRows;

namespace {

const QString kFixtures = QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/");

// Runs an asynchronous service call to completion in the test's thread.
template <typename T, typename Call> T await(QObject *context, Call call)
{
    std::optional<T> out;
    call(context, [&out](T value) { out = std::move(value); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10'000))
        qFatal("no answer");
    return std::move(*out);
}

} // namespace

// The registry import (concierge-server import parents|students|faq) and the lookups the conversation makes, on
// SQLite and PostgreSQL.
class TestRegistryImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTheShippedRegistry_data() { addBackendRows(); }
    void importsTheShippedRegistry()
    {
        STORE_TEST_DB(test);
        store::Database db(test.config());
        QVERIFY(db.open());
        registry::RegistryImporter importer(&db);
        auto parents = importer.importFile(registry::ImportKind::Parents, kFixtures + QStringLiteral("parents.csv"));
        QVERIFY2(parents, qPrintable(parents ? QString() : parents.error().message));
        QCOMPARE(parents->accepted, 4);
        QCOMPARE(parents->rejected.size(), 0);
        QCOMPARE(parents->lines().constLast(), QStringLiteral("accepted 4, rejected 0"));
        auto students = importer.importFile(registry::ImportKind::Students, kFixtures + QStringLiteral("students.csv"));
        QVERIFY(students);
        QCOMPARE(students->accepted, 5);
        auto faq = importer.importFile(registry::ImportKind::Faq, kFixtures + QStringLiteral("faq.csv"));
        QVERIFY(faq);
        QVERIFY(faq->accepted > 5);
        QCOMPARE(faq->rejected.size(), 0);

        // The conversation's lookups: any spelling of the code.
        registry::RegistryService registry(&db);
        for (const QString &code : {QStringLiteral("sa 4821"), QStringLiteral("SA-4821"), QStringLiteral("sa4821")}) {
            auto parent = await<Result<std::optional<store::ParentRecord>>>(
                this, [&](QObject *ctx, auto done) { registry.parentByCode(code, ctx, done); });
            QVERIFY(parent);
            QVERIFY2(parent.value().has_value(), qPrintable(code));
            QCOMPARE(parent.value()->fullName, QStringLiteral("Moussa Diop"));
        }
        auto unknown = await<Result<std::optional<store::ParentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.parentByCode(QStringLiteral("SA-0000"), ctx, done); });
        QVERIFY(unknown && !unknown.value());
        auto children = await<Result<QList<store::StudentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.childrenOf(QStringLiteral("sa 4821"), ctx, done); });
        QVERIFY(children);
        QCOMPARE(children->size(), 2);
        QCOMPARE(children->at(0).firstName, QStringLiteral("Paul"));
        QCOMPARE(children->at(0).sessionsAttended, 22);
        QCOMPARE(children->at(1).firstName, QStringLiteral("Fatou"));
        auto pupil = await<Result<std::optional<store::StudentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.studentById(QStringLiteral("ST-2025-004"), ctx, done); });
        QVERIFY(pupil && pupil.value());
        QCOMPARE(pupil.value()->status, QStringLiteral("suspendu"));
    }

    void badRowsAreReportedAndNeverHarmTheRegistry_data() { addBackendRows(); }
    void badRowsAreReportedAndNeverHarmTheRegistry()
    {
        STORE_TEST_DB(test);
        store::Database db(test.config());
        QVERIFY(db.open());
        registry::RegistryImporter importer(&db);
        QVERIFY(importer.importFile(registry::ImportKind::Parents, kFixtures + QStringLiteral("parents.csv")));
        QVERIFY(importer.importFile(registry::ImportKind::Students, kFixtures + QStringLiteral("students.csv")));

        const QString csv = QStringLiteral(
            "student_id,parent_code,first_name,last_name,birth_date,level,school_year,status,sessions_attended,"
            "sessions_total,sacrament\n"
            "ST-2025-001,sa 4821,Paul,Diop,2014-03-12,3e année,2025-2026,inscrit,23,24,\n"   // line 2: update
            "ST-2025-009,,Anna,Sarr,2015-01-01,1re année,2025-2026,inscrit,1,24,\n"          // 3: missing code
            "ST-2025-010,SA-9999,Marc,Gomis,2015-01-01,1re année,2025-2026,inscrit,1,24,\n"  // 4: unknown parent
            "ST-2025-002,SA-4821,Fatou,Diop,2016-31-12,1re année,2025-2026,inscrit,18,24,\n" // 5: bad date
            "\n"
            "ST-2025-003,SA-1937,Ibrahima,Ndiaye,2012-11-02,Confirmation,2025-2026,inscrit,30,24,\n"       // 7: 30 > 24
            "\"ST-2025-011\",SA-1937,\"Awa\nMarie\",Ndiaye,2017-02-02,1re année,2025-2026,inscrit,2,24,\n" // 8-9: ok
            "ST-2025-012,SA-1937,Ali,Ndiaye,2017-02-02,1re année,2025,inscrit,2,24,\n"); // 10: bad year
        auto report = importer.importText(registry::ImportKind::Students, csv);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->accepted, 2);
        const QStringList lines = report->lines();
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("line 3: missing parent_code")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("line 4: unknown parent code SA-9999")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("line 5: bad birth_date")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("line 7: sessions_attended (30) > sessions_total (24)")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("line 10: bad school_year")), qPrintable(lines.at(4)));
        QCOMPARE(lines.at(5), QStringLiteral("accepted 2, rejected 5"));

        auto students = db.runSync<QList<store::StudentRecord>>([](store::DbContext &ctx) {
            return store::RegistryRepository::studentsOfParent(ctx, QStringLiteral("SA-4821"));
        });
        QVERIFY(students);
        QCOMPARE(students->size(), 2);
        QCOMPARE(students->at(0).level, QStringLiteral("3e année")); // upserted by id
        QCOMPARE(students->at(0).sessionsAttended, 23);
        QCOMPARE(students->at(1).birthDate, QStringLiteral("2016-07-30")); // the bad row changed nothing
        auto count =
            db.runSync<int>([](store::DbContext &ctx) { return store::RegistryRepository::studentCount(ctx); });
        QCOMPARE(count.value(), 6);
    }

    void unreadableFiles_data() { addBackendRows(); }
    void unreadableFiles()
    {
        STORE_TEST_DB(test);
        store::Database db(test.config());
        QVERIFY(db.open());
        registry::RegistryImporter importer(&db);
        auto missing = importer.importFile(registry::ImportKind::Parents, QStringLiteral("/nonexistent/parents.csv"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("io_error"));
        auto noColumn = importer.importText(registry::ImportKind::Parents, QStringLiteral("name,phone\nA,1\n"));
        QVERIFY(!noColumn);
        QCOMPARE(noColumn.error().code, QStringLiteral("missing_column"));
        auto parents = importer.importText(registry::ImportKind::Parents,
                                           QStringLiteral("parent_code,full_name,phone\n,Nobody,1\nsa 12,A B,abc\n"
                                                          "sa 12,Ana Bo,+221 77 123 45 67\n"));
        QVERIFY(parents);
        QCOMPARE(parents->lines(), QStringList({QStringLiteral("line 2: missing parent_code"),
                                                QStringLiteral("line 3: invalid phone 'abc'"),
                                                QStringLiteral("accepted 1, rejected 2")}));
    }

    void auditEntriesByChat_data() { addBackendRows(); }
    void auditEntriesByChat()
    {
        STORE_TEST_DB(test);
        store::Database db(test.config());
        QVERIFY(db.open());
        audit::AuditLog log(&db);
        using audit::AuditAction;
        for (const auto &[chat, action] :
             {std::pair{"1@c.us", AuditAction::CodeWrong}, std::pair{"2@c.us", AuditAction::CodeChecked},
              std::pair{"1@c.us", AuditAction::Disclosure}}) {
            auto id = await<Result<qint64>>(this, [&](QObject *ctx, auto done) {
                log.append({QStringLiteral("bot"), QLatin1String(chat), action, QStringLiteral("detail")}, ctx, done);
            });
            QVERIFY(id);
        }
        auto entries = await<Result<QList<store::AuditEntry>>>(
            this, [&](QObject *ctx, auto done) { log.query(QStringLiteral("1@c.us"), 0, 10, ctx, done); });
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("disclosure")); // newest first
        QCOMPARE(entries->at(1).action, QStringLiteral("code_wrong"));
        QCOMPARE(entries->at(0).chatId, QStringLiteral("1@c.us"));
        auto all = await<Result<QList<store::AuditEntry>>>(
            this, [&](QObject *ctx, auto done) { log.query(QString(), 0, 2, ctx, done); });
        QCOMPARE(all->size(), 2);
        auto later = await<Result<QList<store::AuditEntry>>>(this, [&](QObject *ctx, auto done) {
            log.query(QString(), QDateTime::currentMSecsSinceEpoch() + 60'000, 10, ctx, done);
        });
        QCOMPARE(later->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryImport)
#include "TestRegistryImport.moc"
