#pragma once

#include "api/ServerContext.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "store/Records.h"

#include <QObject>

#include <functional>
#include <memory>

namespace concierge::services {
class CertificateDesk;
class ParishRegistry;
} // namespace concierge::services
namespace concierge::audit {
class AuditLog;
}
namespace concierge::registry {
class BaserowRegistrySource;
class RegistryConsole;
class RegistryService;
} // namespace concierge::registry
namespace concierge::assistant {
class ServiceEditor;
}
namespace concierge::knowledge {
class FaqEditor;
}
namespace concierge::services::catechese {
class CertificateService;
}
namespace concierge::http {
class HttpServer;
class Router;
} // namespace concierge::http
namespace concierge::live {
class EventRelay;
class LiveHub;
} // namespace concierge::live
namespace concierge::pipeline {
class OutboxSender;
}
namespace concierge::conversations {
class ConversationService;
}
namespace concierge::ops {
class Metrics;
class SettingsEditor;
} // namespace concierge::ops
namespace concierge::api {
class CountingHandler;
}

namespace concierge {

class DataFolderLock;

// The whole service, built from settings: storage, cache, clients, assistant, pipeline, HTTP API. Create, start()
// and destroy it in one thread (ServerHost gives it its own); nothing in it blocks that thread on the network.
class ConciergeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConciergeServer)

public:
    explicit ConciergeServer(config::Settings settings, QObject *parent = nullptr);
    ~ConciergeServer() override;

    // Prepares the data folder and secrets, opens the database (migrations, first admin, default services, demo
    // data), connects the cache, listens, and resumes what a previous run left pending.
    Status start();
    quint16 port() const;
    // The clock of everything that decides with the time (handoff deadlines, business hours); call before start().
    // Tests pass a ManualClock; it must outlive the server.
    void setClock(const Clock &clock) { m_clock = &clock; }
    const api::ServerContext &context() const { return m_ctx; }
    // Shares live events with the other instances on the same Redis; null without Redis.
    live::EventRelay *eventRelay() const { return m_relay.get(); }
    QString webhookTokenFile() const { return m_webhookTokenFile; }
    // A bearer token for the configured admin account, so that the console running in this process can use the API
    // without a login dialog. Call from the server's thread.
    Result<QString> issueConsoleToken() const;
    // A graceful stop (SIGTERM): stops accepting connections, then calls `done` once the messages being answered
    // and the replies being handed to WAHA are finished and recorded, or after maxMs. Destroy the server then.
    void drain(int maxMs, std::function<void()> done);

private:
    Status prepareSecrets();
    Status lockDataFolder();
    Status openDatabase();
    Status seedDatabase();
    void buildServices();
    void buildRegistry(); // audit log, registry lookups, certificates
    void buildApi();
    void buildHandoff(pipeline::OutboxSender *outbox);
    int workInFlight() const; // messages being answered or queued, WAHA calls and marks not recorded yet
    void buildMetrics();      // GET /metrics: the clients' observers and the gauges read when scraped

    std::unique_ptr<DataFolderLock> m_dataLock; // held while the server runs (restore checks it); released last
    api::ServerContext m_ctx;
    QString m_webhookTokenFile;
    QList<store::ServiceRecord> m_catalogRecords;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Database> m_intakeDb; // PostgreSQL: the webhooks' inserts (Pipeline::shareWithInstances)
    std::unique_ptr<store::SessionCache> m_cache;
    std::unique_ptr<live::EventRelay> m_relay; // with Redis only; declared after the cache it publishes through
    std::unique_ptr<auth::JwtService> m_jwt;
    std::unique_ptr<http::Router> m_router;
    std::unique_ptr<services::ParishRegistry> m_parishRegistry; // outlives the assistant (a child, deleted first)
    std::unique_ptr<services::CertificateDesk> m_certificateDesk;
    std::unique_ptr<conversations::ConversationService> m_conversations;
    std::unique_ptr<audit::AuditLog> m_audit;
    std::unique_ptr<registry::BaserowRegistrySource> m_registrySource;
    std::unique_ptr<registry::RegistryService> m_registry;
    std::unique_ptr<services::catechese::CertificateService> m_certificates;
    std::unique_ptr<assistant::ServiceEditor> m_serviceEditor;
    std::unique_ptr<knowledge::FaqEditor> m_faqEditor;
    std::unique_ptr<registry::RegistryConsole> m_registryConsole;
    std::unique_ptr<ops::SettingsEditor> m_settingsEditor;   // the console's settings dialog and first run
    std::unique_ptr<ops::Metrics> m_metrics;                 // outlives every child that counts
    std::unique_ptr<api::CountingHandler> m_countingHandler; // the router, counting responses
    http::HttpServer *m_http = nullptr;
    live::LiveHub *m_live = nullptr; // GET /api/v1/live (the consoles' WebSocket)
    pipeline::OutboxSender *m_outbox = nullptr;
    const Clock *m_clock = &Clock::system();
};

} // namespace concierge
