#include "store/FaqRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

namespace {

const QString kMatch = QStringLiteral(" WHERE (LOWER(question) LIKE ? ESCAPE '\\' OR LOWER(answer) LIKE ? ESCAPE '\\'"
                                      " OR LOWER(keywords) LIKE ? ESCAPE '\\')");

FaqRow rowOf(const QSqlQuery &q)
{
    FaqRow row;
    row.id = q.value(0).toLongLong();
    row.question = q.value(1).toString();
    row.answer = q.value(2).toString();
    row.keywords = sql::splitList(q.value(3));
    row.language = q.value(4).toString();
    return row;
}

QVariantList matchValues(const QString &search)
{
    const QString pattern = sql::containsPattern(search.trimmed());
    return {pattern, pattern, pattern};
}

} // namespace

Result<QList<FaqRow>> FaqRepository::all(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT id, question, answer, keywords, language FROM faq ORDER BY id"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    QList<FaqRow> out;
    while (q.next())
        out.append(rowOf(q));
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

Result<QList<FaqRow>> FaqRepository::search(DbContext &ctx, const QString &search, int limit, int offset)
{
    const bool all = search.trimmed().isEmpty();
    auto &q = ctx.prepare(QStringLiteral("SELECT id, question, answer, keywords, language FROM faq") +
                          (all ? QString() : kMatch) + QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"));
    const QVariantList values = (all ? QVariantList() : matchValues(search)) + QVariantList{limit, offset};
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    QList<FaqRow> out;
    while (q.next())
        out.append(rowOf(q));
    return out;
}

Result<int> FaqRepository::searchCount(DbContext &ctx, const QString &search)
{
    const bool all = search.trimmed().isEmpty();
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM faq") + (all ? QString() : kMatch));
    if (auto st = ctx.exec(q, all ? QVariantList() : matchValues(search)); !st)
        return st.error();
    return sql::countRows(q);
}

Result<std::optional<FaqRow>> FaqRepository::byId(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT id, question, answer, keywords, language FROM faq WHERE id = ?"));
    if (auto st = ctx.exec(q, {id}); !st)
        return st.error();
    if (!q.next())
        return std::optional<FaqRow>();
    return std::optional<FaqRow>(rowOf(q));
}

Result<qint64> FaqRepository::insert(DbContext &ctx, const FaqRow &row)
{
    auto &q = ctx.prepare(
        QStringLiteral("INSERT INTO faq (question, answer, keywords, language) VALUES (?, ?, ?, ?) RETURNING id"));
    if (auto st = ctx.exec(
            q, {sql::text(row.question), sql::text(row.answer), sql::list(row.keywords), sql::text(row.language)});
        !st)
        return st.error();
    return sql::returnedId(q);
}

Result<bool> FaqRepository::update(DbContext &ctx, const FaqRow &row)
{
    auto &q =
        ctx.prepare(QStringLiteral("UPDATE faq SET question = ?, answer = ?, keywords = ?, language = ? WHERE id = ?"));
    if (auto st = ctx.exec(q, {sql::text(row.question), sql::text(row.answer), sql::list(row.keywords),
                               sql::text(row.language), row.id});
        !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

Result<bool> FaqRepository::remove(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("DELETE FROM faq WHERE id = ?"));
    if (auto st = ctx.exec(q, {id}); !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

} // namespace concierge::store
