#include "api/ApiSupport.h"

#include "api/ApiErrors.h"
#include <QJsonDocument>

namespace concierge::api {

std::optional<QJsonObject> jsonBody(const http::HttpRequest &request, const http::Responder &respond)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        respond(apiError(QStringLiteral("malformed_json"), error.error != QJsonParseError::NoError
                                                               ? QStringLiteral("invalid JSON: ") + error.errorString()
                                                               : QStringLiteral("the body must be a JSON object")));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<auth::JwtClaims> bearer(const auth::JwtService &jwt, const http::HttpRequest &request,
                                      const http::Responder &respond)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        http::HttpResponse r =
            apiError(QStringLiteral("unauthorized"), QStringLiteral("an Authorization: Bearer token is required"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        respond(r);
        return std::nullopt;
    }
    auto claims = jwt.verify(QString::fromLatin1(header.mid(7).trimmed()));
    if (!claims) {
        http::HttpResponse r = http::HttpResponse::error(401, claims.error().code, claims.error().message);
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")));
        respond(r);
        return std::nullopt;
    }
    return claims.value();
}

std::optional<auth::JwtClaims> bearerWithRole(const auth::JwtService &jwt, const http::HttpRequest &request,
                                              const http::Responder &respond, const QString &role)
{
    auto claims = bearer(jwt, request, respond);
    if (!claims)
        return std::nullopt;
    if (claims->role != role && claims->role != QLatin1String("admin")) {
        respond(apiError(QStringLiteral("forbidden"), QStringLiteral("the %1 role is required").arg(role)));
        return std::nullopt;
    }
    return claims;
}

} // namespace concierge::api
