#pragma once

#include <QByteArray>

#include <functional>

class QObject;

namespace concierge::store {
class Database;
}

namespace concierge::ops {

class Metrics;

// GET /metrics's reading: what must come from the database is counted first (the waiting handoffs: one indexed
// count on conversations(owner), no scan of history), then everything is rendered. `done` runs once, in `context`'s
// thread; a database that does not answer within timeoutMs leaves its gauge out instead of holding the scrape.
void scrapeMetrics(Metrics &metrics, store::Database *db, QObject *context, std::function<void(QByteArray)> done,
                   int timeoutMs = 2000);

} // namespace concierge::ops
