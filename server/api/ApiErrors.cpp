#include "api/ApiErrors.h"
#include <array>
#include <utility>

namespace concierge::api {

namespace {

constexpr std::array<std::pair<const char *, int>, 18> kStatuses{{
    {"malformed_json", 400},
    {"invalid_field", 400},
    {"invalid_query", 400},
    {"invalid_session_id", 400},
    {"missing_field", 400},
    {"unauthorized", 401},
    {"invalid_token", 401},
    {"token_expired", 401},
    {"invalid_credentials", 401},
    {"forbidden", 403},
    {"not_found", 404},
    {"session_not_found", 404},
    {"student_not_found", 404},
    {"method_not_allowed", 405},
    {"certificate_not_allowed", 409},
    {"rate_limited", 429},
    {"too_many_attempts", 429},
    {"storage_unavailable", 503},
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

http::HttpResponse storageUnavailable(const QString &message)
{
    return apiError(QStringLiteral("storage_unavailable"), message);
}

} // namespace concierge::api
