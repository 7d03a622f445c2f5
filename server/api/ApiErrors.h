#pragma once

#include "core/Result.h"
#include "http/HttpTypes.h"

#include <QString>

namespace concierge::api {

// The one mapping from the API's error codes to HTTP statuses: 400 for bad input, 401/403 for authentication,
// 404 for unknown resources, 409 for conflicts, 429 for rate limits, 503 when storage is unavailable, 500 for anything
// else.
int httpStatusFor(const QString &code);

// {"error": {"code", "message"}} with the code's status.
http::HttpResponse apiError(const QString &code, const QString &message);

// An application layer's error: its code's status when the table knows it, else 503 storage_unavailable (the only
// unknown errors a job returns are the database's).
http::HttpResponse errorResponse(const Error &error);

// The database could not serve the request (the client may retry): 503 storage_unavailable.
http::HttpResponse storageUnavailable(const QString &message);
inline http::HttpResponse storageUnavailable(const Error &error)
{
    return storageUnavailable(error.message);
}

} // namespace concierge::api
