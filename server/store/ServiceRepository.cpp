#include "store/ServiceRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

Status ServiceRepository::upsert(DbContext &ctx, const ServiceRecord &s)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO services (name, enabled, display_name, system_prompt, keywords, texts, settings, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled,"
        " display_name = excluded.display_name, system_prompt = excluded.system_prompt,"
        " keywords = excluded.keywords, texts = excluded.texts, settings = excluded.settings,"
        " updated_at = excluded.updated_at"));
    return ctx.exec(q, {sql::text(s.name), s.enabled ? 1 : 0, sql::text(s.displayName), sql::text(s.systemPrompt),
                        sql::list(s.keywords), sql::json(s.texts), sql::json(s.settings), s.updatedAtMs});
}

Result<QList<ServiceRecord>> ServiceRepository::all(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT name, enabled, display_name, system_prompt, keywords, texts, settings,"
                                         " updated_at FROM services ORDER BY name"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    QList<ServiceRecord> out;
    while (q.next()) {
        ServiceRecord s;
        s.name = q.value(0).toString();
        s.enabled = q.value(1).toInt() != 0;
        s.displayName = q.value(2).toString();
        s.systemPrompt = q.value(3).toString();
        s.keywords = sql::splitList(q.value(4));
        s.texts = sql::jsonObject(q.value(5));
        s.settings = sql::jsonObject(q.value(6));
        s.updatedAtMs = q.value(7).toLongLong();
        out.append(std::move(s));
    }
    return out;
}

} // namespace concierge::store
