#include "http/RequestParser.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>

namespace concierge::http {

namespace {

RequestParser *self(http_parser *parser)
{
    return static_cast<RequestParser *>(parser->data);
}

// Request line overhead around method and URL: " HTTP/1.1\r\n" plus the blank line ending the head.
constexpr qsizetype kRequestLineOverhead = 13;
// ": " and CRLF around each header field.
constexpr qsizetype kHeaderOverhead = 4;
constexpr qsizetype kTypicalHeaderCount = 12;
// A body announced up to this size is allocated at once; a larger one grows as it really arrives, so that a client
// announcing a megabyte and sending nothing holds nothing.
constexpr qint64 kMaxReservedBody = 64 * 1024;

} // namespace

RequestParser::RequestParser(int maxHeaderBytes, qint64 maxBodyBytes, BodyBudget *budget, const HeadCheck *headCheck)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
    , m_budget(budget)
    , m_headCheck(headCheck)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
}

RequestParser::~RequestParser()
{
    releaseBody();
}

void RequestParser::releaseBody()
{
    if (m_budget)
        m_budget->give(m_bodyTaken);
    m_bodyTaken = 0;
}

RequestParser::Status RequestParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &RequestParser::onMessageBegin;
        s.on_url = &RequestParser::onUrl;
        s.on_header_field = &RequestParser::onHeaderField;
        s.on_header_value = &RequestParser::onHeaderValue;
        s.on_headers_complete = &RequestParser::onHeadersComplete;
        s.on_body = &RequestParser::onBody;
        s.on_message_complete = &RequestParser::onMessageComplete;
        return s;
    }();
    if (m_failed) {
        *consumed = 0;
        return Status::Failed;
    }
    // Never feed zero bytes: http_parser takes that for end of stream.
    const size_t parsed = size > 0 ? http_parser_execute(&m_parser, &settings, data, size_t(size)) : 0;
    *consumed = qsizetype(parsed);
    if (m_complete) {
        http_parser_pause(&m_parser, 0);
        m_complete = false;
        m_started = false;
        m_headersDone = false;
        return Status::Complete;
    }
    if (m_failed)
        return Status::Failed;
    if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK) {
        failFromParser();
        return Status::Failed;
    }
    return Status::NeedMore;
}

HttpRequest RequestParser::takeRequest()
{
    releaseBody(); // complete: the body is the handler's now, no longer a partial one
    return std::exchange(m_request, HttpRequest{});
}

int RequestParser::onMessageBegin(http_parser *parser)
{
    RequestParser *p = self(parser);
    p->m_started = true;
    p->m_headersDone = false;
    p->m_headBytes = 0;
    p->m_lastWasValue = false;
    p->m_url.clear();
    p->m_request.headers.reserve(kTypicalHeaderCount);
    return 0;
}

int RequestParser::onUrl(http_parser *parser, const char *at, size_t length)
{
    RequestParser *p = self(parser);
    if (!p->countHead(length))
        return -1;
    if (p->m_url.isEmpty())
        p->m_url = QByteArray(at, qsizetype(length));
    else
        p->m_url.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    RequestParser *p = self(parser);
    if (p->m_lastWasValue || p->m_request.headers.isEmpty()) {
        p->m_request.headers.emplaceBack();
        p->m_lastWasValue = false;
        if (!p->countHead(kHeaderOverhead))
            return -1;
    }
    if (!p->countHead(length))
        return -1;
    QByteArray &name = p->m_request.headers.last().first;
    if (name.isEmpty())
        name = QByteArray(at, qsizetype(length)); // exact-size allocation; fragments are rare
    else
        name.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    RequestParser *p = self(parser);
    if (!p->countHead(length))
        return -1;
    p->m_lastWasValue = true;
    QByteArray &value = p->m_request.headers.last().second;
    if (value.isEmpty())
        value = QByteArray(at, qsizetype(length));
    else
        value.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onHeadersComplete(http_parser *parser)
{
    return self(parser)->handleHeadersComplete();
}

int RequestParser::onBody(http_parser *parser, const char *at, size_t length)
{
    RequestParser *p = self(parser);
    // Chunked bodies have no announced size: the limit is checked as they grow.
    if (p->m_request.body.size() + qint64(length) > p->m_maxBodyBytes)
        return p->fail(413, QStringLiteral("payload_too_large"),
                       QStringLiteral("Request body exceeds %1 bytes").arg(p->m_maxBodyBytes));
    if (p->m_budget && !p->m_budget->take(qint64(length)))
        return p->fail(503, QStringLiteral("server_busy"),
                       QStringLiteral("Too many requests are arriving at once; try again shortly"));
    p->m_bodyTaken += qint64(length);
    p->m_request.body.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onMessageComplete(http_parser *parser)
{
    RequestParser *p = self(parser);
    p->m_complete = true;
    // Stop here: the caller dispatches this request before the next pipelined one is parsed.
    http_parser_pause(parser, 1);
    return 0;
}

int RequestParser::handleHeadersComplete()
{
    const char *method = http_method_str(http_method(m_parser.method));
    m_request.method = QByteArray::fromRawData(method, qsizetype(std::strlen(method)));
    if (!countHead(m_request.method.size() + kRequestLineOverhead))
        return -1;
    if (m_parser.http_major != 1)
        return fail(505, QStringLiteral("http_version_not_supported"), QStringLiteral("Only HTTP/1.x is supported"));
    if (!splitUrl())
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("Invalid request target"));
    m_request.httpMinor = m_parser.http_minor;
    m_request.keepAlive = http_should_keep_alive(&m_parser) != 0 && m_parser.upgrade == 0;

    const bool chunked = (m_parser.flags & F_CHUNKED) != 0;
    const bool lengthKnown = !chunked && m_parser.content_length != ULLONG_MAX;
    if (lengthKnown && m_parser.content_length > quint64(m_maxBodyBytes))
        return fail(413, QStringLiteral("payload_too_large"),
                    QStringLiteral("Request body exceeds %1 bytes").arg(m_maxBodyBytes));
    if (m_headCheck && *m_headCheck) {
        if (const std::optional<HttpRejection> refused = (*m_headCheck)(m_request))
            return fail(refused->status, refused->code, refused->message);
    }
    if (lengthKnown && m_parser.content_length > 0)
        m_request.body.reserve(qsizetype(std::min<quint64>(m_parser.content_length, kMaxReservedBody)));

    const QByteArray expect = m_request.header("expect");
    if (!expect.isEmpty()) {
        if (QByteArrayView(expect).compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, QStringLiteral("expectation_failed"), QStringLiteral("Unsupported Expect header"));
        m_continue = m_request.httpMinor >= 1 && (chunked || (lengthKnown && m_parser.content_length > 0));
    }
    m_headersDone = true;
    return 0;
}

bool RequestParser::splitUrl()
{
    QByteArrayView target(m_url);
    if (target == "*") {
        m_request.path = m_url;
        return true;
    }
    if (!target.startsWith('/')) {
        // Absolute form ("http://host/path?q"), which HTTP/1.1 servers must accept.
        http_parser_url url;
        http_parser_url_init(&url);
        if (http_parser_parse_url(m_url.constData(), size_t(m_url.size()), 0, &url) != 0 ||
            !(url.field_set & (1 << UF_SCHEMA)))
            return false;
        if (!(url.field_set & (1 << UF_PATH)))
            target = "/";
        else
            target = target.sliced(url.field_data[UF_PATH].off);
        if (!target.startsWith('/'))
            return false;
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    QByteArrayView path = question >= 0 ? target.first(question) : target;
    if (question >= 0)
        m_request.query = target.sliced(question + 1).toByteArray();
    if (path.contains('%')) {
        m_request.path = QByteArray::fromPercentEncoding(path.toByteArray());
        if (m_request.path.contains('\0'))
            return false;
    } else if (path.size() == m_url.size()) {
        m_request.path = m_url; // shares the buffer: no copy on the common path
    } else {
        m_request.path = path.toByteArray();
    }
    return true;
}

bool RequestParser::countHead(size_t length)
{
    m_headBytes += qsizetype(length);
    if (m_headBytes <= m_maxHeaderBytes)
        return true;
    fail(431, QStringLiteral("header_too_large"),
         QStringLiteral("Request line and headers exceed %1 bytes").arg(m_maxHeaderBytes));
    return false;
}

int RequestParser::fail(int status, const QString &code, const QString &message)
{
    if (!m_failed)
        m_failure = Failure{status, code, message};
    m_failed = true;
    releaseBody();
    m_request.body = QByteArray();
    return -1;
}

void RequestParser::failFromParser()
{
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (error == HPE_HEADER_OVERFLOW) {
        fail(431, QStringLiteral("header_too_large"), QStringLiteral("Request headers too large"));
        return;
    }
    fail(400, QStringLiteral("bad_request"),
         QStringLiteral("Malformed request: %1").arg(QLatin1String(http_errno_description(error))));
}

} // namespace concierge::http
