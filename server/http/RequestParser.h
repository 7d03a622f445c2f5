#pragma once

#include "http/HttpTypes.h"

#include <QString>

#include <utility>

#include <http_parser.h>

namespace concierge::http {

// Incremental HTTP/1.x request parser on top of libhttp-parser. Enforces the header and body limits while bytes
// arrive (nothing over the limit is ever buffered) and stops after each complete request so that the caller decides
// when to parse the next pipelined one.
class RequestParser
{
    Q_DISABLE_COPY_MOVE(RequestParser)

public:
    enum class Status { NeedMore, Complete, Failed };

    // Why a request was rejected: the status and the code of the JSON error.
    using Failure = HttpRejection;

    // `budget` (optional) bounds the body bytes held by all parsers of a server; `headCheck` (optional) may refuse
    // a request as soon as its head is complete. Both must outlive the parser.
    RequestParser(int maxHeaderBytes, qint64 maxBodyBytes, BodyBudget *budget = nullptr,
                  const HeadCheck *headCheck = nullptr);
    ~RequestParser();

    // Parses up to size bytes; *consumed tells how many were used. Complete: takeRequest() is ready and the
    // remaining bytes belong to the next request. Failed: failure() says why; the parser is unusable afterwards.
    Status feed(const char *data, qsizetype size, qsizetype *consumed);
    HttpRequest takeRequest();
    const Failure &failure() const { return m_failure; }

    bool messageStarted() const { return m_started; }
    bool headersComplete() const { return m_headersDone; }
    // True once per request whose head asked for "Expect: 100-continue" with a body within the limit.
    bool takeContinueRequest() { return std::exchange(m_continue, false); }
    bool upgradeRequested() const { return m_parser.upgrade != 0; }

private:
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    int handleHeadersComplete();
    bool splitUrl();
    bool countHead(size_t length);
    int fail(int status, const QString &code, const QString &message);
    void failFromParser();
    void releaseBody();

    http_parser m_parser;
    const int m_maxHeaderBytes;
    const qint64 m_maxBodyBytes;
    BodyBudget *m_budget;
    const HeadCheck *m_headCheck;
    qint64 m_bodyTaken = 0; // bytes of the current body counted in m_budget
    HttpRequest m_request;
    QByteArray m_url;
    Failure m_failure;
    qsizetype m_headBytes = 0;
    bool m_started = false;
    bool m_headersDone = false;
    bool m_complete = false;
    bool m_failed = false;
    bool m_lastWasValue = false;
    bool m_continue = false;
};

} // namespace concierge::http
