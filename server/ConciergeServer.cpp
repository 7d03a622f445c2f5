#include "ConciergeServer.h"

#include "ai/LlmClient.h"
#include "api/AgentsController.h"
#include "api/AuditController.h"
#include "api/AuthController.h"
#include "api/CertificatesController.h"
#include "api/ContactsController.h"
#include "api/ConversationsController.h"
#include "api/EventsController.h"
#include "api/FaqController.h"
#include "api/FollowupsController.h"
#include "api/HandoffController.h"
#include "api/HealthMonitor.h"
#include "api/MetricsController.h"
#include "api/OrchestrateController.h"
#include "api/RegistryController.h"
#include "api/ServicesController.h"
#include "api/SessionsController.h"
#include "api/SettingsController.h"
#include "api/SetupController.h"
#include "api/StatsController.h"
#include "api/WebhookController.h"
#include "api/WhatsAppController.h"
#include "assistant/Assistant.h"
#include "assistant/ServiceEditor.h"
#include "audit/AuditLog.h"
#include "auth/JwtService.h"
#include "auth/PasswordHasher.h"
#include "conversations/ConversationService.h"
#include "core/DataFolderLock.h"
#include "core/Heap.h"
#include "core/Log.h"
#include "core/PrivateFiles.h"
#include "handoff/HandoffMonitor.h"
#include "handoff/HandoffService.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "integrations/BaserowClient.h"
#include "integrations/CurlClient.h"
#include "integrations/WahaClient.h"
#include "knowledge/BaserowFaqProvider.h"
#include "knowledge/BaserowFaqSource.h"
#include "knowledge/FaqEditor.h"
#include "knowledge/LocalFaqProvider.h"
#include "live/EventBus.h"
#include "live/EventRelay.h"
#include "live/LiveHub.h"
#include "ops/ContactRights.h"
#include "ops/DataFolder.h"
#include "ops/Metrics.h"
#include "ops/Retention.h"
#include "ops/SettingsEditor.h"
#include "pipeline/ChatDispatcher.h"
#include "pipeline/MessageProcessor.h"
#include "pipeline/OutboxSender.h"
#include "pipeline/Pipeline.h"
#include "registry/BaserowRegistrySource.h"
#include "registry/RegistryConsole.h"
#include "registry/RegistryService.h"
#include "services/ServiceCatalog.h"
#include "services/ServiceRegistry.h"
#include "services/catechese/CatecheseService.h"
#include "services/catechese/CertificateService.h"
#include "services/catechese/ParishRegistry.h"
#include "services/catechese/WhatsAppCertificateDesk.h"
#include "services/contact_humain/ContactHumainService.h"
#include "services/renseignement/RenseignementService.h"
#include "sessions/SessionService.h"
#include "store/AgentRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/LeaseLog.h"
#include "store/MemoryCache.h"
#include "store/RedisCache.h"
#include "store/ServiceRepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTimer>

namespace concierge {

namespace {

constexpr int kRoutingTimeoutMs = 8000;

// A secret kept in the data folder (owner-only), created on first start.
Result<QString> secretFile(const QString &path, int bytes)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("data_dir"),
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        const QString value = QString::fromUtf8(file.readAll()).trimmed();
        if (!value.isEmpty())
            return value;
        file.close();
    }
    const QString value = auth::JwtService::randomToken(bytes);
    if (Status written = privateFiles::write(path, value.toUtf8() + '\n'); !written)
        return written.error();
    return value;
}

// The listener's limits from the settings: connections per client address and the reverse proxies to believe.
http::HttpLimits httpLimits(const config::Settings &s)
{
    http::HttpLimits limits;
    limits.maxConnectionsPerAddress = s.maxConnectionsPerAddress;
    for (const QString &proxy : s.trustedProxies.split(u',', Qt::SkipEmptyParts)) {
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(proxy.trimmed());
        if (subnet.first.isNull()) {
            const QHostAddress single(proxy.trimmed());
            subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        limits.trustedProxies.append(subnet);
    }
    return limits;
}

// Several instances on PostgreSQL: the id of this data folder's previous run (read from DATA_DIR/instance-id), which
// is replaced by ours. That run is dead for sure (the folder is locked), so its leases need not be waited for.
QString swapInstanceFile(const QString &dataDir, const QString &instanceId)
{
    const QString path = dataDir + QStringLiteral("/instance-id");
    QString previous;
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        previous = QString::fromUtf8(file.readAll()).trimmed();
    if (Status written = privateFiles::write(path, instanceId.toUtf8() + '\n'); !written)
        qCWarning(lcPipeline) << written.error().message;
    return previous;
}

} // namespace

ConciergeServer::ConciergeServer(config::Settings settings, QObject *parent)
    : QObject(parent)
{
    m_ctx.settings = std::move(settings);
    heap::configure(); // process-wide and idempotent: large blocks go back to the system when freed
}

ConciergeServer::~ConciergeServer()
{
    // The HTTP server and the pipeline go first (children), then the cache and the database (drains its queue).
    const auto children = this->children();
    for (QObject *child : children)
        delete child;
}

quint16 ConciergeServer::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

Status ConciergeServer::start()
{
    if (Status s = prepareSecrets(); !s)
        return s;
    if (Status s = lockDataFolder(); !s)
        return s;
    if (Status s = openDatabase(); !s)
        return s;
    if (Status s = seedDatabase(); !s)
        return s;
    m_db->resetLogSoon(); // what migrations and seeding wrote need not stay in the log
    buildServices();
    buildApi();
    const config::Settings &s = m_ctx.settings;
    const QHostAddress address =
        s.host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(s.host);
    if (!m_http->listen(address, s.port))
        return Error{QStringLiteral("listen"),
                     QStringLiteral("cannot listen on %1:%2: %3 (is another instance running? set PORT)")
                         .arg(s.host)
                         .arg(s.port)
                         .arg(m_http->errorString())};
    m_ctx.pipeline->resume();
    m_ctx.health->start();
    m_ctx.handoffMonitor->checkNow(); // deadlines that passed while the server was down
    (new ops::Retention(m_db.get(), s.retentionDays, *m_clock, this))->start();
    return {};
}

Status ConciergeServer::lockDataFolder()
{
    const QString &dataDir = m_ctx.settings.dataDir;
    m_dataLock = std::make_unique<DataFolderLock>(dataDir);
    if (m_dataLock->tryLock())
        return {};
    const QString holder = m_dataLock->holder();
    m_dataLock.reset();
    return Error{QStringLiteral("data_dir"),
                 QStringLiteral("another Concierge server uses the data folder %1 (%2): stop it first, or set DATA_DIR")
                     .arg(dataDir, holder)};
}

Status ConciergeServer::prepareSecrets()
{
    config::Settings &s = m_ctx.settings;
    if (Status prepared = ops::DataFolder(s.dataDir).prepare(); !prepared) // 0700, and 0600 for files left there
        return prepared;
    if (s.webhookVerifyToken.isEmpty() && s.webhookHmacKey.isEmpty()) {
        m_webhookTokenFile = s.dataDir + QStringLiteral("/webhook-token");
        auto token = secretFile(m_webhookTokenFile, 24);
        if (!token)
            return token.error();
        s.webhookVerifyToken = token.value();
        qCInfo(lcConfig).noquote() << "No WEBHOOK_VERIFY_TOKEN or WEBHOOK_HMAC_KEY set: webhooks must carry the"
                                   << "X-Waha-Token header stored in" << m_webhookTokenFile;
    }
    if (s.jwtSecretKey.isEmpty()) {
        auto secret = secretFile(s.dataDir + QStringLiteral("/jwt-secret"), 32);
        if (!secret)
            return secret.error();
        s.jwtSecretKey = secret.value();
    }
    return {};
}

Status ConciergeServer::openDatabase()
{
    const config::Settings &s = m_ctx.settings;
    const store::DbConfig config{s.databaseUrl, s.dataDir + QStringLiteral("/concierge.db"), s.databaseSchema,
                                 s.sqliteWalLimitMb, s.sqliteSyncFull};
    m_db = std::make_unique<store::Database>(config);
    if (Status st = m_db->open(); !st)
        return st;
    if (m_db->dialect() == store::Dialect::Postgres) {
        m_intakeDb = std::make_unique<store::Database>(config);
        if (Status st = m_intakeDb->open(); !st)
            return st;
    }
    ops::DataFolder(s.dataDir).tighten(); // SQLite made its files with the umask's permissions
    m_ctx.db = m_db.get();
    m_ctx.intakeDb = m_intakeDb.get();
    return {};
}

// ADMIN_PASSWORD creates the first account; afterwards passwords are changed in the console. Say so when the setting
// no longer matches, rather than let an admin believe it works.
namespace {

void warnIfAdminPasswordUnused(store::Database &db, const config::Settings &s)
{
    auto agent = db.runSync<std::optional<store::AgentRecord>>(
        [&s](store::DbContext &ctx) { return store::AgentRepository::byUsername(ctx, s.adminUsername); });
    if (!agent || !agent.value() || auth::PasswordHasher::verify(agent.value()->passwordHash, s.adminPassword))
        return;
    qCWarning(lcAuth).noquote() << "ADMIN_PASSWORD is set but is not the password of the account" << s.adminUsername
                                << "(it only sets the first password, when the account is created): log in with the "
                                   "current password and change it in the console, or remove the setting";
}

} // namespace

Status ConciergeServer::seedDatabase()
{
    const config::Settings &s = m_ctx.settings;
    if (s.demoData) {
        auto loaded =
            m_db->runSync<bool>([](store::DbContext &ctx) { return toResult(store::loadDemoDataIfEmpty(ctx)); });
        if (!loaded)
            return loaded.error();
    }
    auto services =
        m_db->runSync<QList<store::ServiceRecord>>([](store::DbContext &ctx) -> Result<QList<store::ServiceRecord>> {
            auto rows = store::ServiceRepository::all(ctx);
            if (!rows || !rows->isEmpty())
                return rows;
            // First start: the shipped defaults become the parish's editable configuration.
            const QList<store::ServiceRecord> defaults = services::ServiceCatalog::defaults().toRecords();
            for (const store::ServiceRecord &record : defaults) {
                if (Status st = store::ServiceRepository::upsert(ctx, record); !st)
                    return st.error();
            }
            return defaults;
        });
    if (!services)
        return services.error();
    m_catalogRecords = services.value();

    QString generatedPassword;
    auto admin = m_db->runSync<bool>([&](store::DbContext &ctx) -> Result<bool> {
        auto count = store::AgentRepository::count(ctx);
        if (!count || count.value() > 0)
            return count ? Result<bool>(false) : Result<bool>(count.error());
        store::AgentRecord agent;
        agent.username = s.adminUsername;
        agent.role = QStringLiteral("admin");
        agent.displayName = s.adminUsername;
        QString password = s.adminPassword;
        if (password.isEmpty())
            password = generatedPassword = auth::JwtService::randomToken(9);
        agent.passwordHash = auth::PasswordHasher::hash(password);
        auto id = store::AgentRepository::insert(ctx, agent);
        return id ? Result<bool>(true) : Result<bool>(id.error());
    });
    if (!admin)
        return admin.error();
    if (!admin.value() && !s.adminPassword.isEmpty())
        warnIfAdminPasswordUnused(*m_db, s);
    if (!generatedPassword.isEmpty()) {
        const QString path = s.dataDir + QStringLiteral("/admin-password");
        if (Status written = privateFiles::write(path, generatedPassword.toUtf8() + '\n'); !written)
            qCWarning(lcAuth) << written.error().message;
        qCInfo(lcAuth).noquote() << "Created the console account" << s.adminUsername
                                 << "with a generated password, stored in" << path;
    }
    return {};
}

void ConciergeServer::drain(int maxMs, std::function<void()> done)
{
    if (m_http)
        m_http->stopListening();
    if (m_ctx.pipeline)
        m_ctx.pipeline->stopTakingOver();
    qCInfo(lcPipeline) << "Stopping:" << workInFlight() << "messages and replies in flight";
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, maxMs, done = std::move(done)] {
        const int left = workInFlight();
        if (left > 0 && !waited.hasExpired(maxMs))
            return;
        poll->stop();
        if (left > 0)
            qCWarning(lcPipeline) << "Stopped with" << left
                                  << "messages and replies in flight: they are stored and answered at the next start";
        if (m_ctx.pipeline)
            m_ctx.pipeline->handOver(); // several instances: the others take this one's chats at once
        done();
    });
    poll->start();
}

int ConciergeServer::workInFlight() const
{
    int work = 0;
    if (m_ctx.pipeline) {
        const pipeline::ChatDispatcher *dispatcher = m_ctx.pipeline->dispatcher();
        work += dispatcher->activeChats() + dispatcher->queuedMessages() + m_ctx.pipeline->backlog().unrecorded;
    }
    if (m_outbox)
        work += m_outbox->inFlightCount();
    return work;
}

Result<QString> ConciergeServer::issueConsoleToken() const
{
    if (!m_jwt)
        return Error{QStringLiteral("not_started"), QStringLiteral("the server is not started")};
    return m_jwt->issue(m_ctx.settings.adminUsername, QStringLiteral("admin"));
}

void ConciergeServer::buildServices()
{
    const config::Settings &s = m_ctx.settings;
    m_ctx.events = new live::EventBus(this);
    m_metrics = std::make_unique<ops::Metrics>();
    m_ctx.metrics = m_metrics.get();
    if (s.redisUrl.isEmpty()) {
        m_cache = std::make_unique<store::MemoryCache>();
    } else {
        auto redis = store::RedisCache::create(s.redisUrl);
        if (redis) {
            // Instances sharing this Redis see each other's events (a console on one follows them all).
            m_relay = std::make_unique<live::EventRelay>(m_ctx.events, redis.value().get(), redis.value()->endpoint());
            m_cache = std::move(redis.value());
        } else {
            qCWarning(lcCache) << "REDIS_URL unusable, using the in-process cache:" << redis.error().message;
            m_cache = std::make_unique<store::MemoryCache>();
        }
    }
    m_ctx.cache = m_cache.get();
    if (s.redisUrl.isEmpty() && m_db->dialect() == store::Dialect::Postgres)
        qCWarning(lcCache) << "PostgreSQL without REDIS_URL: rate limits, cached sessions and live events stay inside"
                              " this instance; several instances need a shared Redis (docs/deployment.md)";
    m_jwt = std::make_unique<auth::JwtService>(s.jwtSecretKey.toUtf8(), s.jwtExpireMinutes);
    m_ctx.jwt = m_jwt.get();

    m_ctx.curl = new integrations::CurlClient(this);
    m_ctx.waha = new integrations::WahaClient(
        m_ctx.curl, integrations::WahaConfig{s.wahaBaseUrl, s.wahaApiKey, s.sessionName, 15'000}, this);
    ai::LlmConfig llm;
    llm.baseUrl = s.anthropicBaseUrl;
    llm.authToken = s.anthropicAuthToken;
    llm.apiKey = s.anthropicApiKey;
    llm.model = s.anthropicModel;
    llm.timeoutMs = s.requestTimeoutSeconds * 1000;
    llm.maxInFlight = s.llmMaxInFlight;
    m_ctx.llm = new ai::LlmClient(m_ctx.curl, llm, this);
    // A parent waits while we route: a tighter budget, then the offline router takes over.
    ai::LlmConfig routing = llm;
    routing.timeoutMs = qMin(llm.timeoutMs, kRoutingTimeoutMs);
    routing.maxRetries = 1;
    auto *routingLlm = new ai::LlmClient(m_ctx.curl, routing, this);
    routingLlm->shareGate(m_ctx.llm->gate()); // LLM_MAX_IN_FLIGHT bounds routing and answers together

    knowledge::FaqProvider *faq = nullptr;
    knowledge::LocalFaqProvider *localFaq = nullptr; // the one the console may edit
    if (s.baserowConfigured()) {
        auto *client = new integrations::BaserowClient(m_ctx.curl, {s.baserowUrl, s.baserowAuthKey, 15'000}, this);
        faq =
            new knowledge::BaserowFaqProvider(new knowledge::BaserowFaqSource(client, s.baserowFaqTableId, this), this);
    } else {
        faq = localFaq = new knowledge::LocalFaqProvider(m_db.get(), this);
    }
    m_faqEditor = std::make_unique<knowledge::FaqEditor>(m_db.get(), localFaq, *m_clock);
    m_ctx.faq = m_faqEditor.get();
    buildRegistry();
    // The assistant's services, in menu order ("1" is the first): one line per service (docs/adding-a-service.md).
    services::ServiceRegistry registry;
    registry.add(std::make_unique<services::RenseignementService>(faq, m_ctx.llm));
    m_parishRegistry = std::make_unique<services::RegistryFamilies>(m_registry.get());
    auto catechese = std::make_unique<services::CatecheseService>(m_parishRegistry.get(), m_db.get(), *m_clock);
    m_certificateDesk = std::make_unique<services::WhatsAppCertificateDesk>(
        services::WhatsAppCertificateDesk::Dependencies{m_certificates.get(), m_ctx.waha, m_db.get(), m_clock});
    catechese->setCertificateDesk(m_certificateDesk.get());
    catechese->setAuditLog(m_audit.get());
    catechese->setLockoutNotifier([events = m_ctx.events](const QString &chatId, qint64 untilMs) {
        events->publish(live::EventKind::CodeLockout, chatId, live::CodeLockoutPayload{untilMs}.toJson());
    });
    registry.add(std::move(catechese));
    services::OfficeHours office;
    if (auto hours = domain::BusinessHours::parse(s.businessHours, s.holidays, QTimeZone(s.timeZone.toUtf8())))
        office.hours = hours.value();
    office.slaMinutes = s.handoffSlaMinutes;
    office.clock = m_clock;
    registry.add(std::make_unique<services::ContactHumainService>(office));
    m_ctx.assistant = new assistant::Assistant(services::ServiceCatalog::fromRecords(m_catalogRecords),
                                               std::move(registry), m_ctx.llm, this);
    m_ctx.assistant->setRoutingClient(routingLlm);
    routingLlm->setAttemptObserver([metrics = m_metrics.get()](const ai::LlmResponse &attempt) {
        metrics->llmAttempt(attempt.errorType, attempt.httpStatus, attempt.usage.inputTokens,
                            attempt.usage.outputTokens);
    });
    m_serviceEditor = std::make_unique<assistant::ServiceEditor>(m_ctx.assistant, m_db.get(), *m_clock);
    m_ctx.serviceEditor = m_serviceEditor.get();
    m_ctx.sessions = new sessions::SessionService(m_ctx.cache, m_db.get(), s.sessionTimeoutMinutes, *m_clock, this);
    pipeline::OutboxSender::Options sending;
    sending.metrics = m_metrics.get();
    sending.window = s.inboxWindow; // the same bound as the inbox's: memory follows the windows, not the backlog
    const bool shared = m_db->dialect() == store::Dialect::Postgres; // several instances may share it
    if (shared) {
        sending.instanceId = store::processInstanceId();
        sending.claimJobs = 2; // one more goes while the first runs: the database thread never waits for a wave
    }
    auto *outbox = m_outbox = new pipeline::OutboxSender(m_db.get(), m_ctx.waha, m_ctx.events, sending, this);
    buildHandoff(outbox);
    m_conversations = std::make_unique<conversations::ConversationService>(m_db.get(), *m_clock);
    auto *processor =
        new pipeline::MessageProcessor({m_db.get(), m_ctx.cache, m_ctx.sessions, m_ctx.assistant, outbox, m_ctx.waha,
                                        m_ctx.events, m_conversations.get(), m_ctx.handoff, m_clock, m_metrics.get()},
                                       s.rateLimitPerMinute, this);
    m_ctx.pipeline = new pipeline::Pipeline(m_db.get(), processor, outbox, m_ctx.events, s.maxConcurrentRequests,
                                            s.inboxWindow, this);
    if (shared)
        m_ctx.pipeline->shareWithInstances(store::processInstanceId(), qint64(s.instanceLeaseSeconds) * 1000,
                                           swapInstanceFile(s.dataDir, store::processInstanceId()), m_intakeDb.get());
    m_ctx.health = new api::HealthMonitor(m_ctx, this);
    buildMetrics();
}

void ConciergeServer::buildMetrics()
{
    ops::Metrics *metrics = m_metrics.get();
    m_ctx.waha->setObserver([metrics](QStringView route, const integrations::WahaResult &result) {
        metrics->wahaSend(ops::Metrics::wahaCallOf(route), result.ok);
    });
    m_ctx.llm->setAttemptObserver([metrics](const ai::LlmResponse &attempt) {
        metrics->llmAttempt(attempt.errorType, attempt.httpStatus, attempt.usage.inputTokens,
                            attempt.usage.outputTokens);
    });
    pipeline::Pipeline *pipeline = m_ctx.pipeline;
    using ops::Gauge;
    metrics->setGauge(Gauge::InboxUnanswered, [pipeline] { return double(pipeline->backlog().inboxPending); });
    metrics->setGauge(Gauge::OutboxBacklog, [pipeline] { return double(pipeline->backlog().outboxUnsent); });
    metrics->setGauge(Gauge::Unrecorded, [pipeline] { return double(pipeline->backlog().unrecorded); });
    metrics->setGauge(Gauge::OldestUnansweredSeconds, [pipeline] {
        const qint64 oldest = pipeline->backlog().oldestUnansweredMs;
        return oldest > 0 ? qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch() - oldest) / 1000.0 : 0.0;
    });
    metrics->setGauge(Gauge::DatabaseUp, [ctx = &m_ctx] { return api::HealthMonitor::databaseUp(*ctx) ? 1.0 : 0.0; });
    metrics->setGauge(Gauge::CacheUp, [cache = m_cache.get()] { return cache->degraded() ? 0.0 : 1.0; });
    if (m_ctx.waha->configured())
        metrics->setGauge(Gauge::WahaWorking, [health = m_ctx.health] {
            return health->wahaStatus() == QLatin1String("WORKING") ? 1.0 : 0.0;
        });
}

void ConciergeServer::buildHandoff(pipeline::OutboxSender *outbox)
{
    const config::Settings &s = m_ctx.settings;
    assistant::Assistant *assistant = m_ctx.assistant;
    // The handoff's texts are CONTACT_HUMAIN's, read from the catalog in force when they are sent.
    const auto text = [assistant](const QString &key, const QString &language) {
        return assistant->catalog().text(domain::ServiceId::ContactHumain, key, language);
    };
    handoff::HandoffService::Dependencies deps;
    deps.db = m_db.get();
    deps.sessions = m_ctx.sessions;
    deps.events = m_ctx.events;
    deps.send = [outbox](const store::OutboxMessage &row) { outbox->submit(row); };
    deps.text = text;
    deps.clock = m_clock;
    m_ctx.handoff = new handoff::HandoffService(deps, this);
    handoff::HandoffMonitor::Dependencies watch;
    watch.db = m_db.get();
    watch.handoff = m_ctx.handoff;
    watch.text = text;
    if (auto hours = domain::BusinessHours::parse(s.businessHours, s.holidays, QTimeZone(s.timeZone.toUtf8())))
        watch.hours = hours.value();
    watch.clock = m_clock;
    m_ctx.handoffMonitor = new handoff::HandoffMonitor(
        watch,
        handoff::HandoffTimings::fromMinutes(s.handoffSlaMinutes, s.handoffReminderMinutes, s.handoffReturnMinutes),
        this);
}

void ConciergeServer::buildRegistry()
{
    const config::Settings &s = m_ctx.settings;
    m_audit = std::make_unique<audit::AuditLog>(m_db.get());
    m_ctx.audit = m_audit.get();
    // The registry in Baserow when both tables are named (and Baserow is configured), else the local tables.
    if (!s.baserowUrl.isEmpty() && s.baserowParentsTableId > 0 && s.baserowStudentsTableId > 0)
        m_registrySource = std::make_unique<registry::BaserowRegistrySource>(
            m_ctx.curl, registry::BaserowRegistryConfig{s.baserowUrl, s.baserowAuthKey, s.baserowParentsTableId,
                                                        s.baserowStudentsTableId, 15'000});
    m_registry = std::make_unique<registry::RegistryService>(m_db.get(), m_registrySource.get());
    m_ctx.registry = m_registry.get();
    m_registryConsole = std::make_unique<registry::RegistryConsole>(m_db.get(), *m_clock);
    m_ctx.registryConsole = m_registryConsole.get();
    services::catechese::CertificateSettings certificates;
    certificates.parish = {s.parishName, s.parishLogo};
    certificates.publicBaseUrl = s.publicBaseUrl;
    certificates.signingKey = s.jwtSecretKey.toUtf8();
    m_certificates = std::make_unique<services::catechese::CertificateService>(m_db.get(), certificates);
    m_ctx.certificates = m_certificates.get();
}

void ConciergeServer::buildApi()
{
    m_router = std::make_unique<http::Router>();
    const config::Settings &s = m_ctx.settings;
    const api::WebhookAuth webhookAuth(s.webhookVerifyToken.toUtf8(), s.webhookHmacKey.toUtf8());
    auto *webhook = new api::WebhookController(m_ctx, webhookAuth, this);
    webhook->registerRoutes(*m_router);
    m_ctx.health->registerRoutes(*m_router);
    (new api::AuthController(m_ctx, this))->registerRoutes(*m_router);
    (new api::SessionsController(m_ctx, this))->registerRoutes(*m_router);
    (new api::EventsController(m_ctx, this))->registerRoutes(*m_router);
    (new api::OrchestrateController(m_ctx, this))->registerRoutes(*m_router);
    (new api::HandoffController(m_ctx, this))->registerRoutes(*m_router);
    (new api::FollowupsController(m_ctx, this))->registerRoutes(*m_router);
    (new api::ConversationsController(m_ctx, this))->registerRoutes(*m_router);
    (new api::AgentsController(m_ctx, this))->registerRoutes(*m_router);
    // Disabled agents' tokens are refused without a lookup per request: the JWT service keeps their names.
    auto agents = m_db->runSync<QList<store::AgentRecord>>(
        [](store::DbContext &ctx) { return store::AgentRepository::all(ctx); });
    for (const store::AgentRecord &agent : agents ? agents.value() : QList<store::AgentRecord>())
        m_jwt->setDisabled(agent.username, agent.disabled);
    (new api::CertificatesController(m_ctx, this))->registerRoutes(*m_router);
    (new api::AuditController(m_ctx, this))->registerRoutes(*m_router);
    (new api::ServicesController(m_ctx, this))->registerRoutes(*m_router);
    (new api::FaqController(m_ctx, this))->registerRoutes(*m_router);
    (new api::RegistryController(m_ctx, this))->registerRoutes(*m_router);
    // The console's dashboard, health bar (QR code), settings dialog and first-run assistant.
    (new api::StatsController(m_ctx, *m_clock, this))->registerRoutes(*m_router);
    const QString sqlitePath = s.databaseUrl.isEmpty() ? s.dataDir + QStringLiteral("/concierge.db") : QString();
    auto *rights = new ops::ContactRights({m_db.get(), m_ctx.cache, sqlitePath, m_clock}, this);
    (new api::ContactsController(m_ctx, rights, this))->registerRoutes(*m_router);
    (new api::WhatsAppController(m_ctx, this))->registerRoutes(*m_router);
    m_settingsEditor = std::make_unique<ops::SettingsEditor>(m_ctx.settings);
    (new api::SettingsController(m_ctx, m_settingsEditor.get(), this))->registerRoutes(*m_router);
    (new api::SetupController(
         m_ctx, m_settingsEditor.get(), [this] { return port(); }, this))
        ->registerRoutes(*m_router);
    (new api::MetricsController(m_ctx, this))->registerRoutes(*m_router);
    m_countingHandler = std::make_unique<api::CountingHandler>(m_router.get(), m_metrics.get());
    m_http = new http::HttpServer(m_countingHandler.get(), httpLimits(s), this);
    // A webhook without the right token is refused from its headers, before its body is read.
    m_http->setHeadCheck([webhookAuth, metrics = m_metrics.get()](const http::HttpRequest &head) {
        auto refused = webhookAuth.checkHead(head, api::WebhookController::kPath);
        if (refused)
            metrics->webhook(ops::WebhookOutcome::Rejected);
        return refused;
    });
    m_live = new live::LiveHub(m_ctx.events, m_jwt.get(), {}, this);
    m_http->setUpgradeHandler(
        [this](const http::HttpRequest &request, QTcpSocket *socket) { m_live->accept(request, socket); });
    m_ctx.health->setLiveClients([this] { return m_live->clientCount(); });
    m_metrics->setGauge(ops::Gauge::LiveClients, [live = m_live] { return double(live->clientCount()); });
}

} // namespace concierge
