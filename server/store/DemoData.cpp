#include "store/DemoData.h"

#include "core/CsvReader.h"
#include "core/Log.h"
#include "store/FaqRepository.h"
#include "store/RegistryRepository.h"

namespace concierge::store {

namespace {

Status loadFaq(DbContext &ctx, const QString &folder)
{
    auto count = FaqRepository::count(ctx);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Status::success();
    auto records = CsvReader::readRecords(folder + QStringLiteral("/faq.csv"));
    if (!records)
        return records.error();
    QList<FaqRow> rows;
    for (const auto &r : records.value()) {
        FaqRow row;
        row.id = r.value(QStringLiteral("id")).toLongLong();
        row.question = r.value(QStringLiteral("question")).trimmed();
        row.answer = r.value(QStringLiteral("answer")).trimmed();
        row.keywords = r.value(QStringLiteral("keywords")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QString language = r.value(QStringLiteral("language")).trimmed();
        row.language = language.isEmpty() ? QStringLiteral("fr") : language;
        if (!row.question.isEmpty() && !row.answer.isEmpty())
            rows.append(std::move(row));
    }
    return FaqRepository::replaceAll(ctx, rows);
}

Status loadParents(DbContext &ctx, const QString &folder)
{
    auto count = RegistryRepository::parentCount(ctx);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Status::success();
    auto records = CsvReader::readRecords(folder + QStringLiteral("/parents.csv"));
    if (!records)
        return records.error();
    for (const auto &r : records.value()) {
        const ParentRecord parent{
            r.value(QStringLiteral("parent_code")).trimmed(), r.value(QStringLiteral("full_name")).trimmed(),
            r.value(QStringLiteral("phone")).trimmed(), r.value(QStringLiteral("email")).trimmed()};
        if (parent.parentCode.isEmpty())
            continue;
        if (auto st = RegistryRepository::insertParent(ctx, parent); !st)
            return st;
    }
    return Status::success();
}

Status loadStudents(DbContext &ctx, const QString &folder)
{
    auto count = RegistryRepository::studentCount(ctx);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Status::success();
    auto records = CsvReader::readRecords(folder + QStringLiteral("/students.csv"));
    if (!records)
        return records.error();
    for (const auto &r : records.value()) {
        const auto field = [&r](const char *name) { return r.value(QLatin1String(name)).trimmed(); };
        StudentRecord s;
        s.studentId = field("student_id");
        s.parentCode = field("parent_code");
        s.firstName = field("first_name");
        s.lastName = field("last_name");
        s.birthDate = field("birth_date");
        s.level = field("level");
        s.schoolYear = field("school_year");
        s.status = field("status");
        s.sessionsAttended = field("sessions_attended").toInt();
        s.sessionsTotal = field("sessions_total").toInt();
        s.sacrament = field("sacrament");
        if (s.studentId.isEmpty())
            continue;
        if (auto st = RegistryRepository::insertStudent(ctx, s); !st)
            return st;
    }
    return Status::success();
}

} // namespace

Status loadDemoDataIfEmpty(DbContext &ctx, const QString &folder)
{
    for (auto load : {loadFaq, loadParents, loadStudents}) {
        if (auto st = load(ctx, folder); !st) {
            qCWarning(lcStore) << "demo data not loaded:" << st.error().message;
            return st;
        }
    }
    return Status::success();
}

} // namespace concierge::store
