#pragma once

#include "http/HttpTypes.h"

namespace concierge::http {

// Turns a response into the exact bytes written to the socket, in one buffer (one socket write per response).
// Content-Length, Content-Type, Date and Connection are set here; the same-named headers a handler adds are ignored.
class ResponseSerializer
{
public:
    struct Options
    {
        bool headRequest = false; // HEAD: headers as for GET, no body
        bool keepAlive = true;    // what the connection does after this response
        int httpMinor = 1;        // HTTP/1.0 keep-alive needs an explicit "Connection: keep-alive"
    };

    static QByteArray serialize(const HttpResponse &response, const Options &options);
    // True when the handler asked for the connection to be closed (a "Connection: close" header).
    static bool wantsClose(const HttpResponse &response);
    // "Sun, 06 Nov 1994 08:49:37 GMT", computed at most once per second per thread.
    static QByteArrayView currentDate();
    static QByteArrayView statusLine(int status); // "HTTP/1.1 404 Not Found\r\n"
};

} // namespace concierge::http
