#include "store/RegistryRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

namespace {

const QString kStudentColumns =
    QStringLiteral("student_id, parent_code, first_name, last_name, birth_date, level, school_year, status,"
                   " sessions_attended, sessions_total, sacrament");

StudentRecord studentOf(const QSqlQuery &q)
{
    StudentRecord s;
    s.studentId = q.value(0).toString();
    s.parentCode = q.value(1).toString();
    s.firstName = q.value(2).toString();
    s.lastName = q.value(3).toString();
    s.birthDate = q.value(4).toString();
    s.level = q.value(5).toString();
    s.schoolYear = q.value(6).toString();
    s.status = q.value(7).toString();
    s.sessionsAttended = q.value(8).toInt();
    s.sessionsTotal = q.value(9).toInt();
    s.sacrament = q.value(10).toString();
    return s;
}

QVariantList studentValues(const StudentRecord &s)
{
    return {sql::text(s.studentId), sql::text(s.parentCode), sql::text(s.firstName),  sql::text(s.lastName),
            sql::text(s.birthDate), sql::text(s.level),      sql::text(s.schoolYear), sql::text(s.status),
            s.sessionsAttended,     s.sessionsTotal,         sql::text(s.sacrament)};
}

// " WHERE ..." matching `search` in every column listed, and the values to bind.
std::pair<QString, QVariantList> matching(const QString &search, const QStringList &columns)
{
    if (search.trimmed().isEmpty())
        return {};
    QStringList terms;
    QVariantList values;
    for (const QString &column : columns) {
        terms.append(QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(column));
        values.append(sql::containsPattern(search.trimmed()));
    }
    return {QStringLiteral(" WHERE (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values};
}

std::pair<QString, QVariantList> studentFilter(const QString &search, const QString &parentCode)
{
    auto [where, values] = matching(search, {QStringLiteral("student_id"), QStringLiteral("first_name"),
                                             QStringLiteral("last_name"), QStringLiteral("parent_code")});
    if (!parentCode.trimmed().isEmpty()) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")) +
                 QStringLiteral(" UPPER(parent_code) = ?");
        values.append(parentCode.trimmed().toUpper());
    }
    return {where, values};
}

const QStringList kParentSearch{QStringLiteral("parent_code"), QStringLiteral("full_name"), QStringLiteral("phone"),
                                QStringLiteral("email")};

Result<int> countOf(DbContext &ctx, const QString &sql, const QVariantList &values = {})
{
    auto &q = ctx.prepare(sql);
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    return sql::countRows(q);
}

} // namespace

Status RegistryRepository::insertParent(DbContext &ctx, const ParentRecord &p)
{
    auto &q =
        ctx.prepare(QStringLiteral("INSERT INTO parents (parent_code, full_name, phone, email) VALUES (?, ?, ?, ?)"));
    return ctx.exec(q, {sql::text(p.parentCode), sql::text(p.fullName), sql::text(p.phone), sql::text(p.email)});
}

Status RegistryRepository::insertStudent(DbContext &ctx, const StudentRecord &s)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO students (student_id, parent_code, first_name, last_name, birth_date, level, school_year, status,"
        " sessions_attended, sessions_total, sacrament) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return ctx.exec(q, {sql::text(s.studentId), sql::text(s.parentCode), sql::text(s.firstName), sql::text(s.lastName),
                        sql::text(s.birthDate), sql::text(s.level), sql::text(s.schoolYear), sql::text(s.status),
                        s.sessionsAttended, s.sessionsTotal, sql::text(s.sacrament)});
}

Status RegistryRepository::upsertParent(DbContext &ctx, const ParentRecord &p)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO parents (parent_code, full_name, phone, email) VALUES (?, ?, ?, ?) ON CONFLICT (parent_code)"
        " DO UPDATE SET full_name = excluded.full_name, phone = excluded.phone, email = excluded.email"));
    return ctx.exec(q, {sql::text(p.parentCode), sql::text(p.fullName), sql::text(p.phone), sql::text(p.email)});
}

Status RegistryRepository::upsertStudent(DbContext &ctx, const StudentRecord &s)
{
    auto &q = ctx.prepare(
        QStringLiteral("INSERT INTO students (") + kStudentColumns +
        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (student_id) DO UPDATE SET"
                       " parent_code = excluded.parent_code, first_name = excluded.first_name,"
                       " last_name = excluded.last_name, birth_date = excluded.birth_date, level = excluded.level,"
                       " school_year = excluded.school_year, status = excluded.status,"
                       " sessions_attended = excluded.sessions_attended, sessions_total = excluded.sessions_total,"
                       " sacrament = excluded.sacrament"));
    return ctx.exec(q, studentValues(s));
}

Result<std::optional<StudentRecord>> RegistryRepository::studentById(DbContext &ctx, const QString &studentId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kStudentColumns +
                          QStringLiteral(" FROM students WHERE student_id = ?"));
    if (auto st = ctx.exec(q, {studentId}); !st)
        return st.error();
    if (!q.next())
        return std::optional<StudentRecord>();
    return std::optional<StudentRecord>(studentOf(q));
}

Result<std::optional<ParentRecord>> RegistryRepository::parentByCode(DbContext &ctx, const QString &parentCode)
{
    auto &q = ctx.prepare(
        QStringLiteral("SELECT parent_code, full_name, phone, email FROM parents WHERE UPPER(parent_code) = ?"));
    if (auto st = ctx.exec(q, {parentCode.trimmed().toUpper()}); !st)
        return st.error();
    if (!q.next())
        return std::optional<ParentRecord>();
    ParentRecord p;
    p.parentCode = q.value(0).toString();
    p.fullName = q.value(1).toString();
    p.phone = q.value(2).toString();
    p.email = q.value(3).toString();
    return std::optional<ParentRecord>(std::move(p));
}

Result<QList<StudentRecord>> RegistryRepository::studentsOfParent(DbContext &ctx, const QString &parentCode)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kStudentColumns +
                          QStringLiteral(" FROM students WHERE UPPER(parent_code) = ? ORDER BY student_id"));
    if (auto st = ctx.exec(q, {parentCode.trimmed().toUpper()}); !st)
        return st.error();
    QList<StudentRecord> out;
    while (q.next())
        out.append(studentOf(q));
    return out;
}

Result<int> RegistryRepository::parentCount(DbContext &ctx)
{
    return countOf(ctx, QStringLiteral("SELECT COUNT(*) FROM parents"));
}

Result<int> RegistryRepository::studentCount(DbContext &ctx)
{
    return countOf(ctx, QStringLiteral("SELECT COUNT(*) FROM students"));
}

Result<QList<ParentRecord>> RegistryRepository::parents(DbContext &ctx, const QString &search, int limit, int offset)
{
    const auto [where, values] = matching(search, kParentSearch);
    auto &q = ctx.prepare(QStringLiteral("SELECT parent_code, full_name, phone, email FROM parents") + where +
                          QStringLiteral(" ORDER BY parent_code LIMIT ? OFFSET ?"));
    if (auto st = ctx.exec(q, values + QVariantList{limit, offset}); !st)
        return st.error();
    QList<ParentRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<int> RegistryRepository::parentMatches(DbContext &ctx, const QString &search)
{
    const auto [where, values] = matching(search, kParentSearch);
    return countOf(ctx, QStringLiteral("SELECT COUNT(*) FROM parents") + where, values);
}

Result<QList<StudentRecord>> RegistryRepository::students(DbContext &ctx, const QString &search,
                                                          const QString &parentCode, int limit, int offset)
{
    const auto [where, values] = studentFilter(search, parentCode);
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kStudentColumns + QStringLiteral(" FROM students") + where +
                          QStringLiteral(" ORDER BY student_id LIMIT ? OFFSET ?"));
    if (auto st = ctx.exec(q, values + QVariantList{limit, offset}); !st)
        return st.error();
    QList<StudentRecord> out;
    while (q.next())
        out.append(studentOf(q));
    return out;
}

Result<int> RegistryRepository::studentMatches(DbContext &ctx, const QString &search, const QString &parentCode)
{
    const auto [where, values] = studentFilter(search, parentCode);
    return countOf(ctx, QStringLiteral("SELECT COUNT(*) FROM students") + where, values);
}

} // namespace concierge::store
