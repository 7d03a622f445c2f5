#include "store/AuditRepository.h"

#include "store/SqlValues.h"

#include <algorithm>

namespace concierge::store {

Result<qint64> AuditRepository::append(DbContext &ctx, AuditEntry &e)
{
    auto &q = ctx.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?) RETURNING id"));
    if (auto st = ctx.exec(q, {e.atMs, sql::text(e.actor), sql::text(e.action), sql::text(e.detail)}); !st)
        return st.error();
    e.id = sql::returnedId(q);
    return e.id;
}

Result<QList<AuditEntry>> AuditRepository::latest(DbContext &ctx, int limit)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    if (auto st = ctx.exec(q, {std::max(0, limit)}); !st)
        return st.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace concierge::store
