#include "api/ApiErrors.h"
#include <array>
#include <utility>

namespace concierge::api {

namespace {

constexpr std::array<std::pair<const char *, int>, 39> kStatuses{{
    {"malformed_json", 400},
    {"invalid_field", 400},
    {"invalid_query", 400},
    {"invalid_session_id", 400},
    {"missing_field", 400},
    {"weak_password", 400},
    {"invalid_username", 400},
    {"unauthorized", 401},
    {"invalid_token", 401},
    {"token_expired", 401},
    {"invalid_credentials", 401},
    {"account_disabled", 401},
    {"forbidden", 403},
    {"not_found", 404},
    {"session_not_found", 404},
    {"conversation_not_found", 404},
    {"student_not_found", 404},
    {"certificate_not_allowed", 409},
    {"agent_not_found", 404},
    {"followup_not_found", 404},
    {"method_not_allowed", 405},
    {"agent_exists", 409},
    {"cannot_disable_self", 409},
    {"owner_changed", 409},
    {"not_owner", 409},
    {"version_conflict", 409},
    {"rate_limited", 429},
    {"too_many_attempts", 429},
    {"storage_unavailable", 503},
    // The console's editing of services, knowledge base and registry.
    {"service_not_found", 404},
    {"faq_not_found", 404},
    {"faq_read_only", 409},
    {"invalid_csv", 400},
    // The console's dashboard, WhatsApp QR code and settings.
    {"invalid_setting", 400},
    {"unknown_setting", 400},
    {"waha_not_configured", 409},
    {"waha_not_scanning", 409},
    {"waha_unavailable", 502},
    // GET /metrics without METRICS_TOKEN from another machine.
    {"metrics_local_only", 403},
}};

} // namespace

int httpStatusFor(const QString &code)
{
    for (const auto &[name, status] : kStatuses) {
        if (code == QLatin1String(name))
            return status;
    }
    return 500;
}

http::HttpResponse apiError(const QString &code, const QString &message)
{
    return http::HttpResponse::error(httpStatusFor(code), code, message);
}

http::HttpResponse errorResponse(const Error &error)
{
    return httpStatusFor(error.code) == 500 ? storageUnavailable(error.message) : apiError(error.code, error.message);
}

http::HttpResponse storageUnavailable(const QString &message)
{
    return apiError(QStringLiteral("storage_unavailable"), message);
}

} // namespace concierge::api
