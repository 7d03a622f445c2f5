#include "api/WhatsAppController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "integrations/WahaClient.h"

namespace concierge::api {

using http::HttpResponse;

namespace {

// WAHA's failures in the API's words: the console says what to do about each.
HttpResponse qrFailure(const Error &error)
{
    if (error.code == QLatin1String("waha_not_configured"))
        return apiError(error.code, QStringLiteral("WAHA is not configured: set WAHA_BASE_URL in the settings"));
    if (error.code == QLatin1String("waha_not_scanning"))
        return apiError(error.code, QStringLiteral("The WhatsApp session is not waiting for a QR code scan"));
    if (error.code == QLatin1String("waha_unauthorized"))
        return apiError(QStringLiteral("waha_unavailable"), QStringLiteral("WAHA refused the API key (WAHA_API_KEY)"));
    return apiError(QStringLiteral("waha_unavailable"), QStringLiteral("WAHA did not answer: %1").arg(error.message));
}

} // namespace

WhatsAppController::WhatsAppController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void WhatsAppController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/whatsapp/qr",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   qr(request, std::move(respond));
               });
}

void WhatsAppController::qr(const http::HttpRequest &request, http::Responder respond)
{
    if (!bearer(*m_ctx.jwt, request, respond))
        return;
    m_ctx.waha->qrCode(this, [respond](Result<QJsonObject> image) {
        respond(image ? HttpResponse::json(200, image.value()) : qrFailure(image.error()));
    });
}

} // namespace concierge::api
