#pragma once

#include "config/Settings.h"

namespace concierge::ai {
class LlmClient;
}
namespace concierge::assistant {
class Assistant;
class ServiceEditor;
} // namespace concierge::assistant
namespace concierge::knowledge {
class FaqEditor;
}
namespace concierge::audit {
class AuditLog;
}
namespace concierge::registry {
class RegistryConsole;
class RegistryService;
} // namespace concierge::registry
namespace concierge::services::catechese {
class CertificateService;
}
namespace concierge::auth {
class JwtService;
}
namespace concierge::handoff {
class HandoffService;
class HandoffMonitor;
} // namespace concierge::handoff
namespace concierge::integrations {
class CurlClient;
class WahaClient;
} // namespace concierge::integrations
namespace concierge::live {
class EventBus;
}
namespace concierge::ops {
class Metrics;
}
namespace concierge::pipeline {
class Pipeline;
}
namespace concierge::sessions {
class SessionService;
}
namespace concierge::store {
class Database;
class SessionCache;
} // namespace concierge::store

namespace concierge::api {

class HealthMonitor;

// What the API controllers may use; built and owned by ConciergeServer (dependencies through constructors, no
// singletons).
struct ServerContext
{
    config::Settings settings;
    store::Database *db = nullptr;
    store::Database *intakeDb = nullptr; // PostgreSQL: the webhooks' inserts on a connection of their own; else null
    store::SessionCache *cache = nullptr;
    integrations::CurlClient *curl = nullptr;
    integrations::WahaClient *waha = nullptr;
    ai::LlmClient *llm = nullptr;
    assistant::Assistant *assistant = nullptr;
    pipeline::Pipeline *pipeline = nullptr;
    sessions::SessionService *sessions = nullptr;
    live::EventBus *events = nullptr;
    auth::JwtService *jwt = nullptr;
    HealthMonitor *health = nullptr;
    handoff::HandoffService *handoff = nullptr;
    handoff::HandoffMonitor *handoffMonitor = nullptr;
    audit::AuditLog *audit = nullptr;
    registry::RegistryService *registry = nullptr;
    services::catechese::CertificateService *certificates = nullptr;
    // The console's editing (services, knowledge base, registry lists and imports).
    assistant::ServiceEditor *serviceEditor = nullptr;
    knowledge::FaqEditor *faq = nullptr;
    registry::RegistryConsole *registryConsole = nullptr;
    ops::Metrics *metrics = nullptr; // GET /metrics and the counting of webhooks and HTTP responses
};

} // namespace concierge::api
