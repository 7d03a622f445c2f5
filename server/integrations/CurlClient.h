#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace concierge::integrations {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct OutboundRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int timeoutMs = 30'000; // total time for the request
    int connectTimeoutMs = 5'000;
};

struct OutboundResponse
{
    int status = 0; // HTTP status; 0 when no response arrived (see error)
    QString error;  // transport error text (connection refused, timeout, ...); empty on any HTTP answer
    bool timedOut = false;
    HeaderList headers; // names lower-cased
    QByteArray body;
    qint64 elapsedMs = 0;

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(QByteArrayView lowerCaseName) const;
};

// Asynchronous HTTP client on one curl multi handle, driven by the owning thread's Qt event loop (socket notifiers
// and a timer, no extra thread, no thread per request). Connections are reused. Create and use it in one thread.
class CurlClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlClient)

public:
    using Callback = std::function<void(const OutboundResponse &)>;

    explicit CurlClient(QObject *parent = nullptr);
    ~CurlClient() override;

    // Starts the request; `done` runs later in this thread, exactly once, unless `context` was destroyed first.
    void send(OutboundRequest request, QObject *context, Callback done);
    int inFlight() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace concierge::integrations
