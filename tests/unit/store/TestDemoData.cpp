#include "support/StoreTestDb.h"

#include "core/CsvReader.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/FaqRepository.h"
#include "store/RegistryRepository.h"

#include <QTest>

using namespace concierge;
using namespace concierge::store;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void loadsOnce_data() { testing::addBackendRows(); }
    void loadsOnce();
    void keepsExistingTables_data() { testing::addBackendRows(); }
    void keepsExistingTables();
    void missingFolderFails();
};

namespace {

int resourceRows(const char *file)
{
    auto records = CsvReader::readRecords(QStringLiteral(":/concierge/data/") + QLatin1String(file));
    return records ? int(records->size()) : -1;
}

struct Counts
{
    int faq = -1, parents = -1, students = -1;
    bool operator==(const Counts &) const = default;
};

Result<Counts> counts(Database &db)
{
    return db.runSync<Counts>([](DbContext &ctx) -> Result<Counts> {
        return Counts{FaqRepository::count(ctx).value(), RegistryRepository::parentCount(ctx).value(),
                      RegistryRepository::studentCount(ctx).value()};
    });
}

} // namespace

void TestDemoData::loadsOnce()
{
    STORE_TEST_DB(testDb);
    const Counts expected{resourceRows("faq.csv"), resourceRows("parents.csv"), resourceRows("students.csv")};
    QVERIFY(expected.faq > 0 && expected.parents > 0 && expected.students > 0);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    for (int round = 0; round < 2; ++round) {
        auto loaded = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
            if (auto st = loadDemoDataIfEmpty(ctx); !st)
                return st.error();
            return true;
        });
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QVERIFY(counts(db).value() == expected);
    }
    auto faq = db.runSync<QList<FaqRow>>([](DbContext &ctx) { return FaqRepository::all(ctx); });
    QVERIFY(faq.ok());
    QVERIFY(faq->at(0).keywords.size() > 1); // the quoted comma list was split
    QVERIFY(!faq->at(0).answer.isEmpty());
    auto kids = db.runSync<QList<StudentRecord>>(
        [](DbContext &ctx) { return RegistryRepository::studentsOfParent(ctx, QStringLiteral("SA-4821")); });
    QVERIFY(kids.ok());
    QVERIFY(!kids->isEmpty());
    QCOMPARE(kids->at(0).firstName, QStringLiteral("Paul"));
}

void TestDemoData::keepsExistingTables()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto loaded = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        if (auto st = FaqRepository::replaceAll(ctx, {FaqRow{0, QStringLiteral("Q"), QStringLiteral("A"), {}, {}}});
            !st)
            return st.error();
        if (auto st = loadDemoDataIfEmpty(ctx); !st)
            return st.error();
        return true;
    });
    QVERIFY(loaded.ok());
    const Counts got = counts(db).value();
    QCOMPARE(got.faq, 1); // a parish's own knowledge base is never overwritten
    QCOMPARE(got.parents, resourceRows("parents.csv"));
}

void TestDemoData::missingFolderFails()
{
    QTemporaryDir dir;
    Database db(DbConfig{QString(), dir.filePath(QStringLiteral("d.db")), QString()});
    QVERIFY(db.open().ok());
    auto loaded = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        if (auto st = loadDemoDataIfEmpty(ctx, QStringLiteral("/nonexistent")); !st)
            return st.error();
        return true;
    });
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("io_error"));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
