#include "assistant/ServiceEditor.h"

#include "assistant/Assistant.h"
#include "audit/AuditLog.h"
#include "services/ServiceEdit.h"
#include "store/Database.h"
#include "store/ServiceRepository.h"

#include <QPointer>

namespace concierge::assistant {

using services::ServiceCatalog;
using services::ServiceConfig;

ServiceEditor::ServiceEditor(Assistant *assistant, store::Database *db, const Clock &clock)
    : m_assistant(assistant)
    , m_db(db)
    , m_clock(clock)
{
}

QList<ServiceConfig> ServiceEditor::all() const
{
    QList<ServiceConfig> out;
    const ServiceCatalog &catalog = m_assistant->catalog();
    for (domain::ServiceId id : m_assistant->services().ids()) {
        const QString name = domain::serviceName(id);
        if (catalog.contains(name))
            out.append(catalog.config(name));
    }
    if (catalog.contains(ServiceCatalog::systemName()))
        out.append(catalog.config(ServiceCatalog::systemName()));
    return out;
}

std::optional<ServiceConfig> ServiceEditor::find(const QString &id) const
{
    for (const ServiceConfig &config : all()) {
        if (config.name == id)
            return config;
    }
    return std::nullopt;
}

void ServiceEditor::save(const QString &id, const QJsonObject &edit, const QString &actor, QObject *context,
                         std::function<void(Result<ServiceConfig>)> done)
{
    if (!find(id)) {
        done(Error{QStringLiteral("service_not_found"), QStringLiteral("no service named \"%1\"").arg(id)});
        return;
    }
    auto checked = services::serviceEdit::fromJson(id, edit, ServiceCatalog::defaults().config(id));
    if (!checked) {
        done(checked.error());
        return;
    }
    const ServiceConfig config = checked.value();
    ServiceCatalog single;
    single.setConfig(config);
    store::ServiceRecord record = single.toRecords().value(0);
    const qint64 now = m_clock.nowMs();
    record.updatedAtMs = now;
    const audit::AuditRecord entry{
        actor, QString(), audit::AuditAction::ServiceChanged,
        QStringLiteral("service \"%1\" saved (%2)")
            .arg(id, config.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"))};
    QPointer<Assistant> assistant = m_assistant;
    m_db->run<bool>(
        [record, entry, now](store::DbContext &ctx) -> Result<bool> {
            if (Status st = store::ServiceRepository::upsert(ctx, record); !st)
                return st.error();
            if (auto logged = audit::AuditLog::appendIn(ctx, entry, now); !logged)
                return logged.error();
            return true;
        },
        context,
        [assistant, config, done = std::move(done)](Result<bool> saved) {
            if (!saved) {
                done(saved.error());
                return;
            }
            if (assistant) { // the next message reads the new catalog; a turn in flight keeps a valid reference
                ServiceCatalog catalog = assistant->catalog();
                catalog.setConfig(config);
                assistant->setCatalog(catalog);
            }
            done(config);
        });
}

} // namespace concierge::assistant
