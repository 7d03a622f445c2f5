#include "services/ServiceRegistry.h"

#include "services/ServiceCatalog.h"

namespace concierge::services {

void ServiceRegistry::add(std::unique_ptr<Service> service)
{
    if (service && !find(service->id()))
        m_services.push_back(std::move(service));
}

Service *ServiceRegistry::find(domain::ServiceId id) const
{
    for (const auto &service : m_services) {
        if (service->id() == id)
            return service.get();
    }
    return nullptr;
}

QList<domain::ServiceId> ServiceRegistry::ids() const
{
    QList<domain::ServiceId> out;
    for (const auto &service : m_services)
        out.append(service->id());
    return out;
}

QList<ai::ServiceBrief> ServiceRegistry::briefs() const
{
    QList<ai::ServiceBrief> out;
    for (const auto &service : m_services)
        out.append({service->id(), service->description()});
    return out;
}

QList<ai::RoutableService> ServiceRegistry::routable(const ServiceCatalog &catalog) const
{
    QList<ai::RoutableService> out;
    for (const auto &service : m_services)
        out.append(
            {service->id(), service->keywords(catalog), catalog.isEnabled(service->id()), service->decisiveEntities()});
    return out;
}

} // namespace concierge::services
