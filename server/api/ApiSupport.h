#pragma once

#include "auth/JwtService.h"
#include "http/HttpTypes.h"

#include <QJsonObject>

#include <optional>

namespace concierge::api {

// The request's JSON object body, or a 400 already answered (nullopt).
std::optional<QJsonObject> jsonBody(const http::HttpRequest &request, const http::Responder &respond);

// The caller's verified token claims from "Authorization: Bearer ...", or a 401 already answered (nullopt).
std::optional<auth::JwtClaims> bearer(const auth::JwtService &jwt, const http::HttpRequest &request,
                                      const http::Responder &respond);

// bearer(), then the role check: an admin may do everything, an agent only what `role` allows (403 "forbidden").
std::optional<auth::JwtClaims> bearerWithRole(const auth::JwtService &jwt, const http::HttpRequest &request,
                                              const http::Responder &respond, const QString &role);

} // namespace concierge::api
