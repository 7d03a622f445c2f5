#include "support/FakeHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace concierge::testing {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

FakeResponse closingAnswer(int status)
{
    FakeResponse response;
    response.status = status;
    response.body = "{}";
    response.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    return response;
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

struct FakeHttpServer::Connection
{
    QByteArray buffer;
    bool busy = false;         // a delayed answer is pending: later requests wait (answers stay in order)
    bool continueSent = false; // "100 Continue" already sent for the request being read
};

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    stop();
}

bool FakeHttpServer::start()
{
    m_connectionCount = 0;
    m_server.setListenBacklogSize(1024); // hundreds of clients may connect at once (tests/integration/TestLlmWait)
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

bool FakeHttpServer::restart()
{
    if (m_server.isListening())
        return true;
    return m_server.listen(QHostAddress::LocalHost, m_port);
}

void FakeHttpServer::stop()
{
    m_server.close();
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[socket, connection] : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

quint16 FakeHttpServer::port() const
{
    return m_port;
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QList<RecordedRequest> FakeHttpServer::requests() const
{
    return m_requests;
}

QList<RecordedRequest> FakeHttpServer::requestsTo(QByteArrayView path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

void FakeHttpServer::clearRequests()
{
    m_requests.clear();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropConnection(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::dropConnection(QTcpSocket *socket)
{
    if (m_connections.erase(socket) > 0) {
        socket->disconnect(this);
        socket->deleteLater();
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second->buffer.append(socket->readAll());
    processBuffer(socket);
}

namespace {

// Parses the head (request line + headers) of one request; false when malformed.
bool parseHead(const QByteArray &head, RecordedRequest &request, QByteArray &version)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return false;
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

} // namespace

// Cuts one complete request off the front of the buffer. Incomplete: wait for more bytes; Bad: answer 400 and close.
FakeHttpServer::Parse FakeHttpServer::takeRequest(QTcpSocket *socket, Connection &c, RecordedRequest &request,
                                                  bool &close)
{
    const qsizetype headEnd = c.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return c.buffer.size() > kMaxHeaderBytes ? Parse::Bad : Parse::Incomplete;
    QByteArray version;
    if (!parseHead(c.buffer.left(headEnd), request, version))
        return Parse::Bad;
    bool numberOk = true;
    const QByteArray lengthText = request.header("content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&numberOk);
    if (!numberOk || length < 0)
        return Parse::Bad;
    const qsizetype total = headEnd + 4 + length;
    if (c.buffer.size() < total) {
        if (!c.continueSent && request.header("expect").toLower() == "100-continue") {
            c.continueSent = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return Parse::Incomplete;
    }
    request.body = c.buffer.mid(headEnd + 4, length);
    c.buffer.remove(0, total);
    c.continueSent = false;
    const QByteArray connectionHeader = request.header("connection").toLower();
    close = connectionHeader == "close" || (version == "HTTP/1.0" && connectionHeader != "keep-alive");
    return Parse::Ok;
}

void FakeHttpServer::processBuffer(QTcpSocket *socket)
{
    for (;;) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->second->busy)
            return;
        Connection &c = *it->second;
        RecordedRequest request;
        bool close = false;
        const Parse parsed = takeRequest(socket, c, request, close);
        if (parsed == Parse::Incomplete)
            return;
        if (parsed == Parse::Bad) {
            c.buffer.clear();
            answer(socket, closingAnswer(400));
            return;
        }
        m_requests.append(request);
        emit requestReceived(request);
        FakeResponse response = m_handler ? m_handler(request) : FakeResponse{};
        if (close)
            response.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
        if (!m_connections.count(socket)) // the handler or a slot stopped the server
            return;
        if (response.delayMs > 0) {
            c.busy = true;
            QTimer::singleShot(response.delayMs, socket, [this, socket, response] {
                auto found = m_connections.find(socket);
                if (found == m_connections.end())
                    return;
                found->second->busy = false;
                answer(socket, response);
                processBuffer(socket);
            });
            return;
        }
        answer(socket, response);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeResponse &response)
{
    if (!m_connections.count(socket))
        return;
    if (response.hangUp) {
        dropConnection(socket);
        socket->abort();
        return;
    }
    bool close = false;
    bool hasContentType = false;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        close = close || (lower == "connection" && value.toLower() == "close");
        hasContentType = hasContentType || lower == "content-type";
        out += name + ": " + value + "\r\n";
    }
    if (!hasContentType && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    socket->write(out);
    if (close) {
        // Forget the connection now, but let the socket flush the answer before it goes.
        m_connections.erase(socket);
        socket->disconnect(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
    }
}

} // namespace concierge::testing
