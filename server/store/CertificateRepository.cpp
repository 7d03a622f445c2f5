#include "store/CertificateRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

namespace {

const QString kColumns =
    QStringLiteral("id, number, student_id, first_name, last_name, birth_date, level, school_year, sessions_attended,"
                   " sessions_total, chat_id, issued_by, issued_at");

CertificateRow rowOf(const QSqlQuery &q)
{
    CertificateRow r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.studentId = q.value(2).toString();
    r.firstName = q.value(3).toString();
    r.lastName = q.value(4).toString();
    r.birthDate = q.value(5).toString();
    r.level = q.value(6).toString();
    r.schoolYear = q.value(7).toString();
    r.sessionsAttended = q.value(8).toInt();
    r.sessionsTotal = q.value(9).toInt();
    r.chatId = q.value(10).toString();
    r.issuedBy = q.value(11).toString();
    r.issuedAtMs = q.value(12).toLongLong();
    return r;
}

} // namespace

Result<qint64> CertificateRepository::insert(DbContext &ctx, CertificateRow &r)
{
    auto &q = ctx.prepare(
        QStringLiteral("INSERT INTO certificates (number, student_id, first_name, last_name, birth_date, level,"
                       " school_year, sessions_attended, sessions_total, chat_id, issued_by, issued_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (auto st =
            ctx.exec(q, {sql::text(r.number), sql::text(r.studentId), sql::text(r.firstName), sql::text(r.lastName),
                         sql::text(r.birthDate), sql::text(r.level), sql::text(r.schoolYear), r.sessionsAttended,
                         r.sessionsTotal, sql::text(r.chatId), sql::text(r.issuedBy), r.issuedAtMs});
        !st)
        return st.error();
    r.id = sql::returnedId(q);
    return r.id;
}

Result<std::optional<CertificateRow>> CertificateRepository::byNumber(DbContext &ctx, const QString &number)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM certificates WHERE number = ?"));
    if (auto st = ctx.exec(q, {number}); !st)
        return st.error();
    if (!q.next())
        return std::optional<CertificateRow>();
    return std::optional<CertificateRow>(rowOf(q));
}

} // namespace concierge::store
