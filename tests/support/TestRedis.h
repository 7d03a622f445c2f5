#pragma once

#include <QString>
#include <QtGlobal>

namespace concierge::testing {

// The test Redis (CONCIERGE_TEST_REDIS_URL, set by scripts/test) on a database of the caller's own: the live events'
// channel is per database, so tests running at the same time do not hear each other's. Empty when unset.
inline QString testRedisUrl(int database)
{
    QString base = qEnvironmentVariable("CONCIERGE_TEST_REDIS_URL");
    if (base.isEmpty())
        return {};
    if (const qsizetype slash = base.indexOf(u'/', base.indexOf(u"//") + 2); slash > 0)
        base.truncate(slash);
    return base + u'/' + QString::number(database);
}

} // namespace concierge::testing
