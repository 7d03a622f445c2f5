#include "api/AuthController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "auth/JwtService.h"
#include "auth/PasswordHasher.h"
#include "core/Log.h"
#include "store/AccountStore.h"
#include "store/SessionCache.h"

#include <QPointer>
#include <QThreadPool>

namespace concierge::api {

using http::HttpResponse;

AuthController::AuthController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void AuthController::registerRoutes(http::Router &router)
{
    router.add("POST", "/api/v1/auth/login",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   login(request, std::move(respond));
               });
}

void AuthController::login(const http::HttpRequest &request, http::Responder respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    const QString username = body->value(QLatin1String("username")).toString().trimmed();
    const QString password = body->value(QLatin1String("password")).toString();
    if (username.isEmpty() || password.isEmpty()) {
        respond(apiError(QStringLiteral("missing_field"), QStringLiteral("username and password are required")));
        return;
    }
    const QString key = QStringLiteral("login:") + username.toLower() + u'|' + request.peer.toString();
    m_ctx.cache->hit(key, 60, this, [this, username, password, respond](qint64 attempts) {
        if (attempts > kMaxAttemptsPerMinute) {
            HttpResponse r = apiError(QStringLiteral("too_many_attempts"),
                                      QStringLiteral("too many login attempts, try again in a minute"));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("60")));
            respond(r);
            return;
        }
        verify(username, password, respond);
    });
}

void AuthController::verify(const QString &username, const QString &password, http::Responder respond)
{
    store::AccountStore(m_ctx.db).findAgent(
        username, this, [this, password, respond](Result<std::optional<store::AgentRecord>> agent) {
            if (!agent) {
                respond(storageUnavailable(agent.error()));
                return;
            }
            // Hash even for an unknown user, so that timing does not tell which usernames exist.
            const QString hash = agent.value() ? agent.value()->passwordHash : QString();
            const std::optional<store::AgentRecord> record = agent.value();
            QPointer<AuthController> self(this);
            QThreadPool::globalInstance()->start([self, hash, password, record, respond] {
                const bool valid = !hash.isEmpty() ? auth::PasswordHasher::verify(hash, password)
                                                   : (auth::PasswordHasher::hash(password), false);
                if (!self)
                    return;
                QMetaObject::invokeMethod(self, [self, valid, record, respond] {
                    if (!valid || !record) {
                        qCInfo(lcAuth) << "failed login";
                        respond(apiError(QStringLiteral("invalid_credentials"),
                                         QStringLiteral("wrong username or password")));
                        return;
                    }
                    if (record->disabled) {
                        respond(
                            apiError(QStringLiteral("account_disabled"), QStringLiteral("this account is disabled")));
                        return;
                    }
                    auto token = self->m_ctx.jwt->issue(record->username, record->role);
                    if (!token) {
                        respond(apiError(token.error().code, token.error().message));
                        return;
                    }
                    respond(
                        HttpResponse::json(200, {{QStringLiteral("access_token"), token.value()},
                                                 {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                                 {QStringLiteral("expires_in"), self->m_ctx.jwt->expireMinutes() * 60},
                                                 {QStringLiteral("role"), record->role}}));
                });
            });
        });
}

} // namespace concierge::api
