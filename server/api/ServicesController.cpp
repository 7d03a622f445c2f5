#include "api/ServicesController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "assistant/ServiceEditor.h"
#include "services/ServiceEdit.h"

#include <QJsonArray>

namespace concierge::api {

using http::HttpResponse;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAgent = QStringLiteral("agent");

} // namespace

ServicesController::ServicesController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void ServicesController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/services",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearerWithRole(*m_ctx.jwt, request, respond, kAgent))
                       list(respond);
               });
    router.add("GET", "/api/v1/services/{id}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   if (bearerWithRole(*m_ctx.jwt, request, respond, kAgent))
                       one(params.value(QStringLiteral("id")), respond);
               });
    router.add("PUT", "/api/v1/services/{id}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       save(claims->subject, params.value(QStringLiteral("id")), request, std::move(respond));
               });
}

void ServicesController::list(const http::Responder &respond) const
{
    QJsonArray items;
    for (const services::ServiceConfig &config : m_ctx.serviceEditor->all())
        items.append(services::serviceEdit::toJson(config));
    respond(HttpResponse::json(200, {{QStringLiteral("items"), items}}));
}

void ServicesController::one(const QString &id, const http::Responder &respond) const
{
    const auto config = m_ctx.serviceEditor->find(id);
    if (!config) {
        respond(apiError(QStringLiteral("service_not_found"), QStringLiteral("no service named \"%1\"").arg(id)));
        return;
    }
    respond(HttpResponse::json(200, services::serviceEdit::toJson(*config)));
}

void ServicesController::save(const QString &agent, const QString &id, const http::HttpRequest &request,
                              http::Responder respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    m_ctx.serviceEditor->save(id, *body, agent, this, [respond](Result<services::ServiceConfig> saved) {
        if (!saved) {
            respond(errorResponse(saved.error()));
            return;
        }
        respond(HttpResponse::json(200, services::serviceEdit::toJson(saved.value())));
    });
}

} // namespace concierge::api
