#pragma once

#include "ai/OfflineRouter.h"
#include "services/ServiceCatalog.h"
#include "services/ServiceRegistry.h"
#include "services/catechese/CatecheseService.h"
#include "services/contact_humain/ContactHumainService.h"
#include "services/renseignement/RenseignementService.h"

#include <memory>

namespace concierge::testing {

// The parish's three services in menu order, as ConciergeServer::buildServices() registers them but without the
// server's certificate desk: for tests and benchmarks of routing and replies (link concierge_services).
inline services::ServiceRegistry parishServices(knowledge::FaqProvider *faq = nullptr, ai::LlmClient *answers = nullptr,
                                                services::OfficeHours office = {})
{
    services::ServiceRegistry registry;
    registry.add(std::make_unique<services::RenseignementService>(faq, answers));
    registry.add(std::make_unique<services::CatecheseService>());
    registry.add(std::make_unique<services::ContactHumainService>(std::move(office)));
    return registry;
}

// The offline router as the assistant builds it from these services and a catalog's keywords.
inline ai::OfflineRouter parishRouter(const services::ServiceCatalog &catalog = services::ServiceCatalog::defaults())
{
    return ai::OfflineRouter(parishServices().routable(catalog));
}

} // namespace concierge::testing
