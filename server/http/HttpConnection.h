#pragma once

#include "http/HttpServer.h"
#include "http/RequestParser.h"

#include <QBasicTimer>
#include <QDeadlineTimer>
#include <QObject>

#include <deque>

class QTcpSocket;

namespace concierge::http {

// One client socket: parses requests as bytes arrive, enforces limits and timeouts, hands each complete request to
// the handler and writes the responses back in request order (pipelining), whatever order the handler answers in.
// Owned by HttpServer; deletes itself (deleteLater) when the socket is gone.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // Drops the connection now, without a response (server shutdown).
    void abortNow();
    QHostAddress peer() const { return m_peer; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // What the connection is waiting for; each phase but Busy has its own deadline.
    enum class Phase { Idle, Head, Body, Busy, Closing };

    // One response position in the pipeline, in request order.
    struct Slot
    {
        QByteArray bytes;
        bool ready = false;
        bool close = false;
        bool head = false;
        bool keepAlive = true;
        int httpMinor = 1;
    };

    void readInput();
    bool probeFirstRequest();
    void handOver(HttpRequest request);
    void parse(const char *data, qsizetype size);
    void dispatch(HttpRequest request);
    void complete(quint64 seq, HttpResponse response);
    void reject(int status, const QString &code, const QString &message);
    void flush();
    void sendContinue();
    void closeAfterWrite();
    void halfCloseWhenFlushed();
    void onBytesWritten();
    void discardInput();
    bool canParse() const;
    void updatePhase();
    void arm(int milliseconds);
    void onTimeout();
    void onDisconnected();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    const HttpLimits &m_limits;
    RequestParser m_parser;
    QHostAddress m_peer;
    bool m_probing;      // peeking at the first request: it may be a WebSocket handshake
    qint64 m_probed = 0; // bytes of the first request already given to the parser while probing
    std::deque<Slot> m_slots;
    quint64 m_firstSeq = 0; // sequence number of m_slots.front()
    QByteArray m_leftover;  // bytes read but not yet parsed (pipelined requests beyond the in-flight cap)
    QBasicTimer m_timer;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_timerDue{QDeadlineTimer::Forever};
    Phase m_phase = Phase::Busy;
    bool m_stopReading = false; // no further request will be parsed on this connection
    bool m_closing = false;     // the final response is written; waiting for the socket to go
    bool m_halfClosed = false;
    bool m_reading = false;
    bool m_gone = false;
    bool m_continuePending = false;
};

} // namespace concierge::http
