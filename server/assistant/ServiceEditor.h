#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "services/ServiceCatalog.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
}

namespace concierge::assistant {

class Assistant;

// The console's editing of the services (GET/PUT /api/v1/services): reads the catalog in force, checks an edit
// against the shipped service, stores it durably with its audit line (one transaction), then gives the assistant the
// new catalog, so the next message uses it. Server thread only, like the assistant.
class ServiceEditor
{
public:
    ServiceEditor(Assistant *assistant, store::Database *db, const Clock &clock = Clock::system());

    // Menu order, then "system".
    QList<services::ServiceConfig> all() const;
    std::optional<services::ServiceConfig> find(const QString &id) const;

    // Errors: service_not_found, missing_field / invalid_field (the message names the field), database errors.
    void save(const QString &id, const QJsonObject &edit, const QString &actor, QObject *context,
              std::function<void(Result<services::ServiceConfig>)> done);

private:
    Assistant *m_assistant;
    store::Database *m_db;
    const Clock &m_clock;
};

} // namespace concierge::assistant
