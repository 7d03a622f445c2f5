#include "ops/MetricsScrape.h"

#include "ops/Metrics.h"
#include "store/Database.h"
#include "store/StatsRepository.h"

#include <QTimer>

#include <memory>

namespace concierge::ops {

void scrapeMetrics(Metrics &metrics, store::Database *db, QObject *context, std::function<void(QByteArray)> done,
                   int timeoutMs)
{
    auto finished = std::make_shared<bool>(false);
    auto finish = [&metrics, finished, done](std::optional<int> waiting) {
        if (*finished)
            return;
        *finished = true;
        if (waiting)
            metrics.setGaugeValue(Gauge::HandoffsWaiting, *waiting);
        else
            metrics.clearGaugeValue(Gauge::HandoffsWaiting);
        done(metrics.render());
    };
    QTimer::singleShot(timeoutMs, context, [finish] { finish(std::nullopt); });
    db->run<int>(
        [](store::DbContext &ctx) { return store::StatsRepository::waitingHandoffs(ctx); }, context,
        [finish](Result<int> waiting) { finish(waiting ? std::optional<int>(waiting.value()) : std::nullopt); });
}

} // namespace concierge::ops
