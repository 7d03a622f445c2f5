#pragma once

#include "ai/IntentAnalyzer.h"
#include "ai/OfflineRouter.h"
#include "services/Service.h"

#include <memory>
#include <vector>

namespace concierge::services {

class ServiceCatalog;

// The services the assistant offers, in menu order ("1" is the first added). Built once in the composition root
// (ConciergeServer::buildServices()): adding a service is one add() line there.
class ServiceRegistry
{
public:
    ServiceRegistry() = default;
    ServiceRegistry(ServiceRegistry &&) = default;
    ServiceRegistry &operator=(ServiceRegistry &&) = default;

    void add(std::unique_ptr<Service> service); // a second service with the same id is ignored
    Service *find(domain::ServiceId id) const;  // null when not registered
    QList<domain::ServiceId> ids() const;       // menu order

    // Plain data for ai/: the routing prompt's service lines, and the offline router's keywords.
    QList<ai::ServiceBrief> briefs() const;
    QList<ai::RoutableService> routable(const ServiceCatalog &catalog) const;

private:
    std::vector<std::unique_ptr<Service>> m_services;
};

} // namespace concierge::services
