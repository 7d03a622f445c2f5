#include "api/AgentsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "auth/JwtService.h"
#include "auth/PasswordHasher.h"
#include "store/AccountStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

namespace concierge::api {

using http::HttpResponse;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAgent = QStringLiteral("agent");

bool validUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$"));
    return pattern.match(username).hasMatch() && username != QLatin1String("me");
}

QJsonObject agentJson(const store::AgentRecord &agent)
{
    return {{QStringLiteral("id"), agent.id},
            {QStringLiteral("username"), agent.username},
            {QStringLiteral("role"), agent.role},
            {QStringLiteral("display_name"), agent.displayName},
            {QStringLiteral("disabled"), agent.disabled},
            {QStringLiteral("created_at"), agent.createdAtMs}};
}

HttpResponse weakPassword()
{
    return apiError(
        QStringLiteral("weak_password"),
        QStringLiteral("the password needs at least %1 characters").arg(AgentsController::kMinPasswordLength));
}

} // namespace

AgentsController::AgentsController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void AgentsController::registerRoutes(http::Router &router)
{
    router.add("POST", "/api/v1/agents",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       create(request, respond);
               });
    router.add("GET", "/api/v1/agents",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearerWithRole(*m_ctx.jwt, request, respond, kAgent))
                       list(respond);
               });
    for (const bool disable : {true, false}) {
        router.add(
            "POST", disable ? "/api/v1/agents/{username}/disable" : "/api/v1/agents/{username}/enable",
            [this, disable](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                    setDisabled(claims->subject, params.value(QStringLiteral("username")), disable, respond);
            });
    }
    router.add("POST", "/api/v1/agents/me/password",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAgent))
                       changePassword(claims->subject, request, respond);
               });
}

void AgentsController::create(const http::HttpRequest &request, const http::Responder &respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    store::AgentRecord agent;
    agent.username = body->value(QLatin1String("username")).toString().trimmed();
    agent.role = body->value(QLatin1String("role")).toString(kAgent);
    agent.displayName = body->value(QLatin1String("display_name")).toString(agent.username).trimmed();
    agent.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString password = body->value(QLatin1String("password")).toString();
    if (!validUsername(agent.username)) {
        respond(apiError(QStringLiteral("invalid_username"),
                         QStringLiteral("2 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")));
        return;
    }
    if (agent.role != kAdmin && agent.role != kAgent) {
        respond(apiError(QStringLiteral("invalid_field"), QStringLiteral("role must be \"agent\" or \"admin\"")));
        return;
    }
    if (password.size() < kMinPasswordLength) {
        respond(weakPassword());
        return;
    }
    hashOffThread(password, [this, agent, respond](QString hash) mutable {
        agent.passwordHash = hash;
        store::AccountStore(m_ctx.db).createAgent(agent, this, [respond](Result<store::AgentRecord> created) {
            if (!created) {
                respond(created.error().code == QLatin1String("agent_exists")
                            ? apiError(created.error().code, created.error().message)
                            : storageUnavailable(created.error().message));
                return;
            }
            respond(HttpResponse::json(201, agentJson(created.value())));
        });
    });
}

void AgentsController::list(const http::Responder &respond)
{
    store::AccountStore(m_ctx.db).listAgents(this, [respond](Result<QList<store::AgentRecord>> agents) {
        if (!agents) {
            respond(storageUnavailable(agents.error().message));
            return;
        }
        QJsonArray items;
        for (const store::AgentRecord &agent : agents.value())
            items.append(agentJson(agent));
        respond(HttpResponse::json(200, {{QStringLiteral("items"), items}}));
    });
}

void AgentsController::setDisabled(const QString &caller, const QString &username, bool disabled,
                                   const http::Responder &respond)
{
    if (disabled && caller == username) {
        respond(apiError(QStringLiteral("cannot_disable_self"), QStringLiteral("an admin cannot disable themself")));
        return;
    }
    store::AccountStore(m_ctx.db).setDisabled(
        username, disabled, this, [this, username, disabled, respond](Result<bool> found) {
            if (!found) {
                respond(storageUnavailable(found.error().message));
                return;
            }
            if (!found.value()) {
                respond(apiError(QStringLiteral("agent_not_found"), QStringLiteral("no agent %1").arg(username)));
                return;
            }
            m_ctx.jwt->setDisabled(username, disabled);
            respond(HttpResponse::json(
                200, {{QStringLiteral("username"), username}, {QStringLiteral("disabled"), disabled}}));
        });
}

void AgentsController::changePassword(const QString &caller, const http::HttpRequest &request,
                                      const http::Responder &respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    const QString current = body->value(QLatin1String("current_password")).toString();
    const QString next = body->value(QLatin1String("new_password")).toString();
    if (next.size() < kMinPasswordLength) {
        respond(weakPassword());
        return;
    }
    store::AccountStore(m_ctx.db).findAgent(
        caller, this, [this, caller, current, next, respond](Result<std::optional<store::AgentRecord>> agent) {
            if (!agent || !agent.value()) {
                respond(agent ? apiError(QStringLiteral("agent_not_found"), QStringLiteral("no such agent"))
                              : storageUnavailable(agent.error().message));
                return;
            }
            const QString stored = agent.value()->passwordHash;
            QPointer<AgentsController> self(this);
            // Verify and hash in one pool job: two Argon2id runs, never in the event loop.
            QThreadPool::globalInstance()->start([self, stored, current, next, caller, respond] {
                const bool valid = auth::PasswordHasher::verify(stored, current);
                const QString hash = valid ? auth::PasswordHasher::hash(next) : QString();
                if (!self)
                    return;
                QMetaObject::invokeMethod(self, [self, valid, hash, caller, respond] {
                    if (!valid) {
                        respond(apiError(QStringLiteral("invalid_credentials"),
                                         QStringLiteral("the current password is wrong")));
                        return;
                    }
                    store::AccountStore(self->m_ctx.db)
                        .setPasswordHash(caller, hash, self, [respond](Result<bool> saved) {
                            respond(saved ? HttpResponse::json(200, {{QStringLiteral("changed"), true}})
                                          : storageUnavailable(saved.error().message));
                        });
                });
            });
        });
}

void AgentsController::hashOffThread(const QString &password, std::function<void(QString)> then)
{
    QPointer<AgentsController> self(this);
    QThreadPool::globalInstance()->start([self, password, then = std::move(then)] {
        const QString hash = auth::PasswordHasher::hash(password);
        if (self)
            QMetaObject::invokeMethod(self, [hash, then] { then(hash); });
    });
}

} // namespace concierge::api
