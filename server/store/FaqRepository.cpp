#include "store/FaqRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

Result<QList<FaqRow>> FaqRepository::all(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT id, question, answer, keywords, language FROM faq ORDER BY id"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    QList<FaqRow> out;
    while (q.next()) {
        FaqRow row;
        row.id = q.value(0).toLongLong();
        row.question = q.value(1).toString();
        row.answer = q.value(2).toString();
        row.keywords = sql::splitList(q.value(3));
        row.language = q.value(4).toString();
        out.append(std::move(row));
    }
    return out;
}

Status FaqRepository::replaceAll(DbContext &ctx, const QList<FaqRow> &rows)
{
    auto &clear = ctx.prepare(QStringLiteral("DELETE FROM faq"));
    if (auto st = ctx.exec(clear); !st)
        return st;
    for (const FaqRow &row : rows) {
        const QVariantList values{sql::text(row.question), sql::text(row.answer), sql::list(row.keywords),
                                  sql::text(row.language)};
        if (row.id > 0) {
            auto &q = ctx.prepare(
                QStringLiteral("INSERT INTO faq (question, answer, keywords, language, id) VALUES (?, ?, ?, ?, ?)"));
            if (auto st = ctx.exec(q, values + QVariantList{row.id}); !st)
                return st;
        } else {
            auto &q = ctx.prepare(
                QStringLiteral("INSERT INTO faq (question, answer, keywords, language) VALUES (?, ?, ?, ?)"));
            if (auto st = ctx.exec(q, values); !st)
                return st;
        }
    }
    if (ctx.dialect() == Dialect::Postgres) {
        // Explicit ids do not advance the BIGSERIAL sequence: move it past them.
        auto &q = ctx.prepare(QStringLiteral(
            "SELECT setval(pg_get_serial_sequence('faq', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM faq), false)"));
        if (auto st = ctx.exec(q); !st)
            return st;
    }
    return Status::success();
}

Status FaqRepository::upsert(DbContext &ctx, const FaqRow &row)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO faq (id, question, answer, keywords, language) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
        " SET question = excluded.question, answer = excluded.answer, keywords = excluded.keywords,"
        " language = excluded.language"));
    if (auto st = ctx.exec(q, {row.id, sql::text(row.question), sql::text(row.answer), sql::list(row.keywords),
                               sql::text(row.language)});
        !st)
        return st;
    if (ctx.dialect() != Dialect::Postgres)
        return Status::success();
    // Explicit ids do not advance the BIGSERIAL sequence: move it past them.
    auto &seq = ctx.prepare(QStringLiteral(
        "SELECT setval(pg_get_serial_sequence('faq', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM faq), false)"));
    return ctx.exec(seq);
}

Result<int> FaqRepository::count(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM faq"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    return sql::countRows(q);
}

} // namespace concierge::store
