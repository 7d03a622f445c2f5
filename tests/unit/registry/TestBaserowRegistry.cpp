#include "core/CsvReader.h"
#include "integrations/CurlClient.h"
#include "registry/BaserowRegistrySource.h"
#include "registry/RegistryService.h"
#include "support/FakeBaserow.h"

#include <QJsonObject>
#include <QTest>

using namespace concierge;
using concierge::testing::FakeBaserow;

namespace {

constexpr auto kToken = "baserow-test-token";
constexpr int kParents = 301;
constexpr int kStudents = 302;

// The fixture CSV as Baserow rows (user field names, numbers as numbers like a number field).
QList<QJsonObject> tableFrom(const QString &file)
{
    QList<QJsonObject> rows;
    const auto records = CsvReader::readRecords(QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/") + file);
    for (const auto &record : records.value()) {
        QJsonObject row;
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (it.key().startsWith(QLatin1String("sessions_")))
                row.insert(it.key(), it.value().toInt());
            else
                row.insert(it.key(), it.value());
        }
        rows.append(row);
    }
    return rows;
}

template <typename T, typename Call> T await(QObject *context, Call call)
{
    std::optional<T> out;
    call(context, [&out](T value) { out = std::move(value); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10'000))
        qFatal("no answer");
    return std::move(*out);
}

} // namespace

// The registry read from Baserow (BASEROW_PARENTS_TABLE_ID, BASEROW_STUDENTS_TABLE_ID): the same lookups as the local
// tables, one filtered request each, and never a request with an empty filter (Baserow would return every row).
class TestBaserowRegistry : public QObject
{
    Q_OBJECT

private slots:
    void lookupsGoThroughFilteredRequests()
    {
        FakeBaserow fake(kToken);
        QVERIFY(fake.start());
        fake.setTable(kParents, tableFrom(QStringLiteral("parents.csv")));
        fake.setTable(kStudents, tableFrom(QStringLiteral("students.csv")));
        integrations::CurlClient curl;
        registry::BaserowRegistrySource source(
            &curl, {fake.baseUrl(), QString::fromLatin1(kToken), kParents, kStudents, 5'000});
        QVERIFY(source.configured());
        registry::RegistryService registry(nullptr, &source);

        auto parent = await<Result<std::optional<store::ParentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.parentByCode(QStringLiteral("sa 4821"), ctx, done); });
        QVERIFY2(parent, qPrintable(parent ? QString() : parent.error().message));
        QVERIFY(parent.value());
        QCOMPARE(parent.value()->fullName, QStringLiteral("Moussa Diop"));
        QCOMPARE(fake.listRequests().size(), 1);
        QVERIFY(fake.listRequests().at(0).query.contains("filter__parent_code__equal=SA-4821"));

        auto children = await<Result<QList<store::StudentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.childrenOf(QStringLiteral("SA-4821"), ctx, done); });
        QVERIFY(children);
        QCOMPARE(children->size(), 2);
        QCOMPARE(children->at(0).firstName, QStringLiteral("Paul"));
        QCOMPARE(children->at(0).sessionsAttended, 22);
        QCOMPARE(children->at(0).sessionsTotal, 24);

        auto pupil = await<Result<std::optional<store::StudentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.studentById(QStringLiteral("ST-2025-004"), ctx, done); });
        QVERIFY(pupil && pupil.value());
        QCOMPARE(pupil.value()->status, QStringLiteral("suspendu"));

        auto unknown = await<Result<std::optional<store::ParentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.parentByCode(QStringLiteral("SA-0000"), ctx, done); });
        QVERIFY(unknown && !unknown.value());
        const qsizetype asked = fake.listRequests().size();

        // Nothing that is not a code reaches Baserow: an empty filter would list every parent.
        for (const QString &code : {QString(), QStringLiteral("   "), QStringLiteral("bonjour")}) {
            auto none = await<Result<std::optional<store::ParentRecord>>>(
                this, [&](QObject *ctx, auto done) { registry.parentByCode(code, ctx, done); });
            QVERIFY(none && !none.value());
            auto noChildren = await<Result<QList<store::StudentRecord>>>(
                this, [&](QObject *ctx, auto done) { registry.childrenOf(code, ctx, done); });
            QVERIFY(noChildren && noChildren->isEmpty());
            auto noPupil = await<Result<std::optional<store::StudentRecord>>>(
                this, [&](QObject *ctx, auto done) { registry.studentById(code.trimmed(), ctx, done); });
            QVERIFY(noPupil);
            if (code.trimmed().isEmpty())
                QVERIFY(!noPupil.value());
        }
        QCOMPARE(fake.listRequests().size(), asked + 1); // only "bonjour" as a pupil id was asked
    }

    void baserowErrorsAreErrors()
    {
        FakeBaserow fake(kToken);
        QVERIFY(fake.start());
        integrations::CurlClient curl;
        registry::BaserowRegistrySource source(&curl,
                                               {fake.baseUrl(), QStringLiteral("wrong"), kParents, kStudents, 5'000});
        registry::RegistryService registry(nullptr, &source);
        auto parent = await<Result<std::optional<store::ParentRecord>>>(
            this, [&](QObject *ctx, auto done) { registry.parentByCode(QStringLiteral("SA-4821"), ctx, done); });
        QVERIFY(!parent);
    }
};

QTEST_GUILESS_MAIN(TestBaserowRegistry)
#include "TestBaserowRegistry.moc"
