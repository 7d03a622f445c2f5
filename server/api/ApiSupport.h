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

} // namespace concierge::api
