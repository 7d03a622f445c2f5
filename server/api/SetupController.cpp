#include "api/SetupController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "ops/SettingsEditor.h"

#include <QJsonArray>

namespace concierge::api {

using http::HttpResponse;

SetupController::SetupController(ServerContext &context, const ops::SettingsEditor *editor,
                                 std::function<quint16()> port, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_editor(editor)
    , m_port(std::move(port))
    , m_firstRun(context.settings.dataDir)
{
}

void SetupController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/setup",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   describe(request, std::move(respond));
               });
    router.add("POST", "/api/v1/setup/complete",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   complete(request, std::move(respond));
               });
}

void SetupController::describe(const http::HttpRequest &request, http::Responder respond)
{
    if (!bearerWithRole(*m_ctx.jwt, request, respond, QStringLiteral("admin")))
        return;
    const bool firstRun = m_firstRun.pending();
    // The token WAHA must send: the configured one, else the one generated in the data folder at first start.
    QJsonObject body{{QStringLiteral("first_run"), firstRun},
                     {QStringLiteral("webhook_urls"),
                      QJsonArray::fromStringList(ops::FirstRun::webhookUrls(m_ctx.settings.host, m_port()))},
                     {QStringLiteral("webhook_token"), m_ctx.settings.webhookVerifyToken},
                     {QStringLiteral("admin_username"), m_ctx.settings.adminUsername},
                     {QStringLiteral("parish_name"), m_editor->current().value(QStringLiteral("PARISH_NAME"))}};
    const QString password = firstRun ? m_firstRun.generatedAdminPassword() : QString();
    if (!password.isEmpty())
        body.insert(QStringLiteral("admin_password"), password);
    respond(HttpResponse::json(200, body));
}

void SetupController::complete(const http::HttpRequest &request, http::Responder respond)
{
    if (!bearerWithRole(*m_ctx.jwt, request, respond, QStringLiteral("admin")))
        return;
    if (Status done = m_firstRun.complete(); !done) {
        respond(apiError(QStringLiteral("internal_error"), done.error().message));
        return;
    }
    respond(HttpResponse::json(200, {{QStringLiteral("first_run"), false}}));
}

} // namespace concierge::api
