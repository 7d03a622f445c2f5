#pragma once

#include "store/Database.h"

#include <QDebug>
#include <QSqlQuery>
#include <QString>

namespace concierge::store::testing {

// The first column of `sql`'s first row as a number (a COUNT(*)), run as a job on the database thread: what the
// database's own connection sees. -1 (and a warning saying why) when it fails.
inline qint64 countOf(Database &db, const QString &sql)
{
    auto n = db.runSync<qint64>([sql](DbContext &ctx) -> Result<qint64> {
        auto &q = ctx.prepare(sql);
        if (Status st = ctx.exec(q); !st)
            return st.error();
        return q.next() ? q.value(0).toLongLong() : qint64(-1);
    });
    if (!n)
        qWarning() << "count failed:" << n.error().message;
    return n ? n.value() : -1;
}

} // namespace concierge::store::testing
