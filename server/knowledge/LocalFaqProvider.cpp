#include "knowledge/LocalFaqProvider.h"

#include "core/Log.h"
#include "store/Database.h"
#include "store/FaqRepository.h"

namespace concierge::knowledge {

LocalFaqProvider::LocalFaqProvider(store::Database *db, QObject *parent)
    : FaqProvider(parent)
    , m_db(db)
{
}

void LocalFaqProvider::rows(QObject *context, std::function<void(const QList<store::FaqRow> &)> done)
{
    if (m_loaded) {
        if (m_age.hasExpired(kMaxAgeMs))
            reload();
        done(m_rows);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    reload();
}

void LocalFaqProvider::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_db->run<QList<store::FaqRow>>([](store::DbContext &ctx) { return store::FaqRepository::all(ctx); }, this,
                                    [this](Result<QList<store::FaqRow>> rows) {
                                        m_loading = false;
                                        if (rows) {
                                            m_rows = rows.value();
                                            m_loaded = true;
                                            m_age.start();
                                        } else {
                                            qCWarning(lcAssistant)
                                                << "cannot read the knowledge base:" << rows.error().message;
                                        }
                                        const auto waiting = std::exchange(m_waiting, {});
                                        for (const auto &[context, done] : waiting) {
                                            if (context)
                                                done(m_rows);
                                        }
                                        if (std::exchange(m_reloadAgain, false))
                                            reload();
                                    });
}

} // namespace concierge::knowledge
