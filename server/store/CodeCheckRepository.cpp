#include "store/CodeCheckRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

namespace {

QString nameOf(CodeCheckResult result)
{
    switch (result) {
    case CodeCheckResult::Right: break;
    case CodeCheckResult::Wrong: return QStringLiteral("wrong");
    case CodeCheckResult::Lockout: return QStringLiteral("lockout");
    }
    return QStringLiteral("right");
}

Result<qint64> single(DbContext &ctx, QSqlQuery &q, const QVariantList &values)
{
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Status CodeCheckRepository::record(DbContext &ctx, const QString &chatId, CodeCheckResult result, qint64 atMs)
{
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO code_checks (chat_id, result, at) VALUES (?, ?, ?)"));
    return ctx.exec(q, {sql::text(chatId), nameOf(result), atMs});
}

Result<qint64> CodeCheckRepository::lastLockout(DbContext &ctx, const QString &chatId)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT COALESCE(MAX(at), 0) FROM code_checks WHERE chat_id = ? AND result = ?"));
    return single(ctx, q, {sql::text(chatId), nameOf(CodeCheckResult::Lockout)});
}

Result<int> CodeCheckRepository::wrongSince(DbContext &ctx, const QString &chatId, qint64 sinceMs)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM code_checks WHERE chat_id = ? AND result = ? AND at >= ?"));
    auto count = single(ctx, q, {sql::text(chatId), nameOf(CodeCheckResult::Wrong), sinceMs});
    return count ? Result<int>(int(count.value())) : Result<int>(count.error());
}

Result<int> CodeCheckRepository::allWrongSince(DbContext &ctx, qint64 sinceMs)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM code_checks WHERE result = ? AND at >= ?"));
    auto count = single(ctx, q, {nameOf(CodeCheckResult::Wrong), sinceMs});
    return count ? Result<int>(int(count.value())) : Result<int>(count.error());
}

} // namespace concierge::store
