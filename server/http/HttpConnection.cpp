#include "http/HttpConnection.h"

#include "core/Log.h"
#include "http/ResponseSerializer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimerEvent>

#include <sys/socket.h>

namespace concierge::http {

namespace {

constexpr qint64 kReadChunk = 16 * 1024;
// Bounds what a client can make us buffer while its pipelined requests wait (TCP backpressure beyond this).
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// After the last response we keep reading (and discarding) for a while so that the client sees the response
// before any TCP reset caused by unread request bytes (the "lingering close" of RFC 9112 §9.6).
constexpr int kMaxLingerMs = 2000;
// A client that pipelines requests but does not read the answers is not read from past this much pending output.
constexpr qint64 kMaxPendingOutput = 1024 * 1024;

char *scratchBuffer()
{
    thread_local char buffer[kReadChunk];
    return buffer;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_limits(server->m_limits)
    , m_parser(server->m_limits.maxHeaderBytes, server->m_limits.maxBodyBytes, &server->m_bodyBudget,
               &server->m_headCheck)
    , m_peer(plainAddress(socket->peerAddress()))
    , m_probing(bool(server->m_upgradeHandler))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    updatePhase();
    if (m_socket->bytesAvailable() > 0)
        readInput();
}

HttpConnection::~HttpConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HttpConnection::abortNow()
{
    if (m_gone)
        return;
    m_gone = true;
    m_timer.stop();
    m_slots.clear();
    m_socket->disconnect(this);
    m_socket->abort();
    deleteLater();
}

bool HttpConnection::canParse() const
{
    return !m_stopReading && !m_gone && qsizetype(m_slots.size()) < m_limits.maxPipelined &&
           m_socket->bytesToWrite() < kMaxPendingOutput;
}

void HttpConnection::onBytesWritten()
{
    if (m_closing) {
        halfCloseWhenFlushed();
        return;
    }
    // Output drained below the cap: go on with requests that waited in the buffers.
    if (!m_reading && canParse() && (!m_leftover.isEmpty() || m_socket->bytesAvailable() > 0))
        readInput();
}

void HttpConnection::readInput()
{
    if (m_closing) {
        discardInput();
        return;
    }
    if (m_reading)
        return; // a handler answered synchronously inside parse(); the outer loop goes on
    m_reading = true;
    if (m_probing && !probeFirstRequest()) {
        m_reading = false;
        updatePhase();
        return;
    }
    while (canParse()) {
        if (!m_leftover.isEmpty()) {
            const QByteArray data = std::exchange(m_leftover, QByteArray());
            parse(data.constData(), data.size());
            continue;
        }
        char *buffer = scratchBuffer();
        const qint64 received = m_socket->read(buffer, kReadChunk);
        if (received <= 0)
            break;
        parse(buffer, received);
    }
    m_reading = false;
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush(); // all responses of this read pass in one send
    updatePhase();
}

// While a WebSocket upgrade is possible, the first request is only peeked at, not consumed, so that the socket can
// be handed over with the handshake still unread (QWebSocketServer::handleConnection() reads it itself).
// Returns true when probing is over and normal reading goes on.
bool HttpConnection::probeFirstRequest()
{
    char *buffer = scratchBuffer();
    const qint64 peeked = m_socket->peek(buffer, kReadChunk);
    if (peeked <= m_probed)
        return false;
    qsizetype used = 0;
    const RequestParser::Status status = m_parser.feed(buffer + m_probed, peeked - m_probed, &used);
    m_probed += used;
    if (status == RequestParser::Status::Failed) {
        m_probing = false;
        const RequestParser::Failure &failure = m_parser.failure();
        reject(failure.status, failure.code, failure.message);
        return false;
    }
    if (status == RequestParser::Status::NeedMore && !m_parser.headersComplete() && m_probed < kReadChunk)
        return false; // head still incomplete: peek again when more arrives
    m_probing = false;
    if (status == RequestParser::Status::Complete) {
        HttpRequest request = m_parser.takeRequest();
        if (m_parser.upgradeRequested() &&
            QByteArrayView(request.header("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0) {
            handOver(std::move(request));
            return false;
        }
        m_socket->skip(m_probed);
        dispatch(std::move(request));
        return true;
    }
    // A body follows, or the head outgrew the probe window: consume what was parsed and go on normally.
    m_socket->skip(m_probed);
    if (m_parser.takeContinueRequest())
        sendContinue();
    return true;
}

void HttpConnection::handOver(HttpRequest request)
{
    request.peer = m_server->clientAddress(m_peer, request);
    m_gone = true;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->setParent(nullptr);
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    m_server->forget(this);
    deleteLater();
    m_server->m_upgradeHandler(request, socket);
}

// Parses at most one request out of data; what follows it is kept in m_leftover.
void HttpConnection::parse(const char *data, qsizetype size)
{
    qsizetype used = 0;
    const RequestParser::Status status = m_parser.feed(data, size, &used);
    if (status == RequestParser::Status::Failed) {
        const RequestParser::Failure &failure = m_parser.failure();
        reject(failure.status, failure.code, failure.message);
        return;
    }
    if (m_parser.takeContinueRequest())
        sendContinue();
    if (status == RequestParser::Status::Complete) {
        // Copied before dispatch: the handler may run code that reuses the scratch buffer.
        if (used < size)
            m_leftover = QByteArray(data + used, size - used);
        dispatch(m_parser.takeRequest());
    }
    updatePhase();
}

void HttpConnection::dispatch(HttpRequest request)
{
    request.peer = m_server->clientAddress(m_peer, request);
    const quint64 seq = m_firstSeq + m_slots.size();
    Slot &slot = m_slots.emplace_back();
    slot.head = request.method == QByteArrayView("HEAD");
    slot.keepAlive = request.keepAlive;
    slot.httpMinor = request.httpMinor;
    if (!request.keepAlive)
        m_stopReading = true; // nothing after this request will be answered
    QPointer<HttpConnection> self(this);
    m_server->m_handler->handleRequest(request, [self, seq](HttpResponse response) {
        if (self)
            self->complete(seq, std::move(response));
        else
            qCDebug(lcHttp) << "response dropped: the client went away";
    });
}

void HttpConnection::complete(quint64 seq, HttpResponse response)
{
    if (m_gone || m_closing) {
        qCDebug(lcHttp) << "response dropped: the connection is closing";
        return;
    }
    if (seq < m_firstSeq || seq - m_firstSeq >= m_slots.size() || m_slots[seq - m_firstSeq].ready) {
        qCWarning(lcHttp) << "a Responder was called more than once; the extra response is ignored";
        return;
    }
    Slot &slot = m_slots[seq - m_firstSeq];
    slot.close = !slot.keepAlive || ResponseSerializer::wantsClose(response);
    slot.bytes = ResponseSerializer::serialize(response, {slot.head, !slot.close, slot.httpMinor});
    slot.ready = true;
    if (slot.close)
        m_stopReading = true;
    flush();
}

void HttpConnection::reject(int status, const QString &code, const QString &message)
{
    qCInfo(lcHttp).noquote() << "rejected request from" << m_peer.toString() << status << code;
    m_stopReading = true;
    m_leftover.clear();
    Slot &slot = m_slots.emplace_back();
    slot.close = true;
    slot.ready = true;
    slot.bytes = ResponseSerializer::serialize(HttpResponse::error(status, code, message), {false, false, 1});
    flush();
}

void HttpConnection::flush()
{
    bool wrote = false;
    while (!m_slots.empty() && m_slots.front().ready) {
        const bool close = m_slots.front().close;
        m_socket->write(m_slots.front().bytes);
        wrote = true;
        m_slots.pop_front();
        ++m_firstSeq;
        if (close) {
            m_socket->flush();
            closeAfterWrite();
            return;
        }
    }
    // Send now rather than on QAbstractSocket's queued flush: one event-loop round trip less per response.
    if (wrote && !m_reading)
        m_socket->flush();
    if (m_continuePending && m_slots.empty() && m_parser.headersComplete()) {
        m_continuePending = false;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    updatePhase();
    // Answers free pipeline positions: parse what waited in the buffers (readyRead will not fire again for it).
    if (!m_reading && canParse() && (!m_leftover.isEmpty() || m_socket->bytesAvailable() > 0))
        readInput();
}

void HttpConnection::sendContinue()
{
    // An interim response must not overtake the final responses to earlier requests.
    if (m_slots.empty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    else
        m_continuePending = true;
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    m_stopReading = true;
    m_slots.clear();
    m_leftover.clear();
    m_phase = Phase::Closing;
    arm(qMin(m_limits.idleTimeoutMs, kMaxLingerMs));
    halfCloseWhenFlushed();
    discardInput();
}

void HttpConnection::halfCloseWhenFlushed()
{
    if (!m_closing || m_halfClosed || m_gone || m_socket->bytesToWrite() > 0)
        return;
    m_halfClosed = true;
    // FIN after the response, but keep reading until the client closes: closing with unread request bytes
    // would reset the connection and could destroy the response before the client reads it.
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0)
        m_socket->abort();
}

void HttpConnection::discardInput()
{
    while (m_socket->read(scratchBuffer(), kReadChunk) > 0) {
    }
}

void HttpConnection::updatePhase()
{
    if (m_closing || m_gone)
        return;
    Phase phase = Phase::Busy;
    if (m_stopReading)
        phase = Phase::Busy;
    else if (m_parser.messageStarted())
        phase = m_parser.headersComplete() ? Phase::Body : Phase::Head;
    else if (m_slots.empty())
        phase = Phase::Idle;
    // Idle is re-armed after every exchange (keep-alive is measured from the last activity); Head and Body run
    // from the phase's start, so trickling bytes does not extend them.
    if (phase == m_phase && phase != Phase::Idle)
        return;
    m_phase = phase;
    switch (phase) {
    case Phase::Idle: arm(m_limits.idleTimeoutMs); break;
    case Phase::Head: arm(m_limits.headerTimeoutMs); break;
    case Phase::Body: arm(m_limits.bodyTimeoutMs); break;
    case Phase::Busy:
    case Phase::Closing: break;
    }
}

// Deadlines change on every request; the timer is only restarted when it would fire too late, and otherwise
// re-armed lazily when it fires early (a timer restart per request would cost more than the request).
void HttpConnection::arm(int milliseconds)
{
    m_deadline.setRemainingTime(milliseconds);
    if (!m_timer.isActive() || m_timerDue.deadlineNSecs() > m_deadline.deadlineNSecs()) {
        m_timer.start(milliseconds, Qt::PreciseTimer, this);
        m_timerDue = m_deadline;
    }
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    if (m_phase == Phase::Busy || m_gone)
        return;
    if (!m_deadline.hasExpired()) {
        const int remaining = int(qMax<qint64>(1, m_deadline.remainingTime()));
        m_timer.start(remaining, Qt::PreciseTimer, this);
        m_timerDue = m_deadline;
        return;
    }
    onTimeout();
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        qCDebug(lcHttp).noquote() << "closing idle connection from" << m_peer.toString();
        if (m_socket->bytesToWrite() > 0)
            m_socket->abort(); // the client stopped reading its answers
        else
            m_socket->disconnectFromHost();
        break;
    case Phase::Head:
        reject(408, QStringLiteral("request_timeout"), QStringLiteral("Request headers not received in time"));
        break;
    case Phase::Body:
        reject(408, QStringLiteral("request_timeout"), QStringLiteral("Request body not received in time"));
        break;
    case Phase::Closing: m_socket->abort(); break;
    case Phase::Busy: break;
    }
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    if (!m_closing && (m_parser.messageStarted() || !m_slots.empty()))
        qCDebug(lcHttp).noquote() << "client" << m_peer.toString() << "went away mid-request";
    m_gone = true;
    m_timer.stop();
    m_slots.clear();
    m_leftover.clear();
    m_server->forget(this);
    deleteLater();
}

} // namespace concierge::http
