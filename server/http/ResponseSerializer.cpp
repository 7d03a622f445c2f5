#include "http/ResponseSerializer.h"

#include <ctime>

namespace concierge::http {

namespace {

bool isManagedHeader(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0 ||
           name.compare("content-type", Qt::CaseInsensitive) == 0 || name.compare("date", Qt::CaseInsensitive) == 0 ||
           name.compare("connection", Qt::CaseInsensitive) == 0 ||
           name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n > 0)
        out.append(digits[--n]);
}

} // namespace

QByteArrayView ResponseSerializer::statusLine(int status)
{
    switch (status) {
    case 100: return "HTTP/1.1 100 Continue\r\n";
    case 200: return "HTTP/1.1 200 OK\r\n";
    case 201: return "HTTP/1.1 201 Created\r\n";
    case 202: return "HTTP/1.1 202 Accepted\r\n";
    case 204: return "HTTP/1.1 204 No Content\r\n";
    case 301: return "HTTP/1.1 301 Moved Permanently\r\n";
    case 302: return "HTTP/1.1 302 Found\r\n";
    case 304: return "HTTP/1.1 304 Not Modified\r\n";
    case 400: return "HTTP/1.1 400 Bad Request\r\n";
    case 401: return "HTTP/1.1 401 Unauthorized\r\n";
    case 403: return "HTTP/1.1 403 Forbidden\r\n";
    case 404: return "HTTP/1.1 404 Not Found\r\n";
    case 405: return "HTTP/1.1 405 Method Not Allowed\r\n";
    case 408: return "HTTP/1.1 408 Request Timeout\r\n";
    case 409: return "HTTP/1.1 409 Conflict\r\n";
    case 410: return "HTTP/1.1 410 Gone\r\n";
    case 413: return "HTTP/1.1 413 Payload Too Large\r\n";
    case 415: return "HTTP/1.1 415 Unsupported Media Type\r\n";
    case 417: return "HTTP/1.1 417 Expectation Failed\r\n";
    case 422: return "HTTP/1.1 422 Unprocessable Entity\r\n";
    case 423: return "HTTP/1.1 423 Locked\r\n";
    case 429: return "HTTP/1.1 429 Too Many Requests\r\n";
    case 431: return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    case 500: return "HTTP/1.1 500 Internal Server Error\r\n";
    case 501: return "HTTP/1.1 501 Not Implemented\r\n";
    case 502: return "HTTP/1.1 502 Bad Gateway\r\n";
    case 503: return "HTTP/1.1 503 Service Unavailable\r\n";
    case 504: return "HTTP/1.1 504 Gateway Timeout\r\n";
    case 505: return "HTTP/1.1 505 HTTP Version Not Supported\r\n";
    default: break;
    }
    // Unknown codes keep their class; the reason phrase is informative only (RFC 9112 §4).
    if (status >= 500)
        return "HTTP/1.1 500 Internal Server Error\r\n";
    if (status >= 400)
        return "HTTP/1.1 400 Bad Request\r\n";
    return "HTTP/1.1 200 OK\r\n";
}

QByteArrayView ResponseSerializer::currentDate()
{
    static constexpr const char *kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    thread_local std::time_t cachedSecond = -1;
    thread_local char cached[40];
    thread_local int cachedLength = 0;
    const std::time_t now = std::time(nullptr);
    if (now != cachedSecond) {
        std::tm tm{};
        gmtime_r(&now, &tm);
        cachedLength =
            std::snprintf(cached, sizeof cached, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday], tm.tm_mday,
                          kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
        cachedSecond = now;
    }
    return QByteArrayView(cached, cachedLength);
}

bool ResponseSerializer::wantsClose(const HttpResponse &response)
{
    for (const auto &field : response.headers) {
        if (QByteArrayView(field.first).compare("connection", Qt::CaseInsensitive) == 0 &&
            QByteArrayView(field.second).compare("close", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray ResponseSerializer::serialize(const HttpResponse &response, const Options &options)
{
    // 1xx, 204 and 304 never carry a body; 204 must not carry a Content-Length either (RFC 9110 §8.6).
    const bool noBodyStatus = response.status < 200 || response.status == 204 || response.status == 304;
    const bool writeBody = !options.headRequest && !noBodyStatus;
    const QByteArrayView status = statusLine(response.status);
    const QByteArrayView date = currentDate();

    qsizetype extra = 0;
    for (const auto &field : response.headers)
        extra += field.first.size() + field.second.size() + 4;
    QByteArray out;
    out.reserve(status.size() + extra + response.contentType.size() + date.size() + 96 +
                (writeBody ? response.body.size() : 0));

    out.append(status);
    for (const auto &field : response.headers) {
        if (isManagedHeader(field.first))
            continue;
        out.append(field.first).append(": ", 2).append(field.second).append("\r\n", 2);
    }
    if (!noBodyStatus) {
        if (!response.contentType.isEmpty())
            out.append("Content-Type: ", 14).append(response.contentType).append("\r\n", 2);
        out.append("Content-Length: ", 16);
        appendNumber(out, response.body.size());
        out.append("\r\n", 2);
    }
    out.append("Date: ", 6).append(date).append("\r\n", 2);
    if (!options.keepAlive)
        out.append("Connection: close\r\n", 19);
    else if (options.httpMinor == 0)
        out.append("Connection: keep-alive\r\n", 24);
    out.append("\r\n", 2);
    if (writeBody)
        out.append(response.body);
    return out;
}

} // namespace concierge::http
