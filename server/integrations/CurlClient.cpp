#include "integrations/CurlClient.h"

#include "core/Log.h"

#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>

#include <mutex>
#include <unordered_map>
#include <vector>

namespace concierge::integrations {

namespace {

constexpr long kMaxCachedConnections = 64;
constexpr curl_off_t kMaxResponseBytes = 64LL * 1024 * 1024;

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

QByteArray OutboundResponse::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

// One request in flight. Heap-allocated so that the buffers curl points at (body, error text) never move.
struct Transfer
{
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    QByteArray url;
    QByteArray body;
    QByteArray method;
    QPointer<QObject> context;
    bool hasContext = false;
    CurlClient::Callback done;
    OutboundResponse response;
    QElapsedTimer clock;
    char errorText[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        if (headerList)
            curl_slist_free_all(headerList);
    }
};

// Read and write notifiers for one socket curl asked us to watch.
struct SocketWatch
{
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

struct CurlClient::Private
{
    CurlClient *q = nullptr;
    CURLM *multi = nullptr;
    QTimer *timer = nullptr; // a child of the client, so that moveToThread() before first use carries it along
    std::unordered_map<CURL *, std::unique_ptr<Transfer>> transfers;
    std::unordered_map<curl_socket_t, SocketWatch> sockets;
    bool shuttingDown = false;

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *userp, void *socketp);
    static int onTimer(CURLM *multi, long timeoutMs, void *userp);
    static size_t onBody(char *data, size_t size, size_t count, void *userp);
    static size_t onHeader(char *data, size_t size, size_t count, void *userp);

    void watch(curl_socket_t socket, int what);
    void unwatch(curl_socket_t socket);
    QSocketNotifier *makeNotifier(curl_socket_t socket, QSocketNotifier::Type type, int event);
    void drive(curl_socket_t socket, int event);
    void finishCompleted();
    bool configure(Transfer &t, const OutboundRequest &request);
};

int CurlClient::Private::onSocket(CURL *, curl_socket_t socket, int what, void *userp, void *)
{
    auto *d = static_cast<Private *>(userp);
    if (d->shuttingDown)
        return 0;
    if (what == CURL_POLL_REMOVE)
        d->unwatch(socket);
    else
        d->watch(socket, what);
    return 0;
}

int CurlClient::Private::onTimer(CURLM *, long timeoutMs, void *userp)
{
    auto *d = static_cast<Private *>(userp);
    if (d->shuttingDown)
        return 0;
    // Never call back into curl from here (forbidden): a 0 ms timer runs the action from the event loop.
    if (timeoutMs < 0)
        d->timer->stop();
    else
        d->timer->start(int(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
    return 0;
}

size_t CurlClient::Private::onBody(char *data, size_t size, size_t count, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    t->response.body.append(data, qsizetype(size * count));
    return size * count;
}

size_t CurlClient::Private::onHeader(char *data, size_t size, size_t count, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response.headers.clear(); // a new status line (100 Continue, redirect): keep only the final headers
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        t->response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

QSocketNotifier *CurlClient::Private::makeNotifier(curl_socket_t socket, QSocketNotifier::Type type, int event)
{
    auto *notifier = new QSocketNotifier(qintptr(socket), type, q);
    QObject::connect(notifier, &QSocketNotifier::activated, q, [this, socket, event] { drive(socket, event); });
    return notifier;
}

void CurlClient::Private::watch(curl_socket_t socket, int what)
{
    SocketWatch &w = sockets[socket];
    const bool wantRead = what & CURL_POLL_IN;
    const bool wantWrite = what & CURL_POLL_OUT;
    if (wantRead && !w.read)
        w.read = makeNotifier(socket, QSocketNotifier::Read, CURL_CSELECT_IN);
    if (wantWrite && !w.write)
        w.write = makeNotifier(socket, QSocketNotifier::Write, CURL_CSELECT_OUT);
    if (w.read)
        w.read->setEnabled(wantRead);
    if (w.write)
        w.write->setEnabled(wantWrite);
}

void CurlClient::Private::unwatch(curl_socket_t socket)
{
    auto it = sockets.find(socket);
    if (it == sockets.end())
        return;
    // We may be inside this very notifier's activated() signal: disable now, delete from the event loop.
    for (QSocketNotifier *notifier : {it->second.read, it->second.write}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    sockets.erase(it);
}

void CurlClient::Private::drive(curl_socket_t socket, int event)
{
    int running = 0;
    curl_multi_socket_action(multi, socket, event, &running);
    finishCompleted();
}

void CurlClient::Private::finishCompleted()
{
    std::vector<std::unique_ptr<Transfer>> finished;
    int queued = 0;
    while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        auto it = transfers.find(msg->easy_handle);
        if (it == transfers.end())
            continue;
        std::unique_ptr<Transfer> t = std::move(it->second);
        transfers.erase(it);
        curl_multi_remove_handle(multi, t->easy);

        OutboundResponse &r = t->response;
        r.elapsedMs = t->clock.elapsed();
        const CURLcode code = msg->data.result;
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
            r.status = int(status);
        } else {
            r.status = 0;
            r.timedOut = code == CURLE_OPERATION_TIMEDOUT;
            r.error = QString::fromUtf8(t->errorText[0] ? t->errorText : curl_easy_strerror(code));
            qCDebug(lcHttp) << "outbound" << t->method << t->url << "failed:" << r.error;
        }
        finished.push_back(std::move(t));
    }

    // Callbacks run last: one may start new requests or even destroy the client.
    QPointer<CurlClient> alive(q);
    for (auto &t : finished) {
        if (!alive)
            return;
        if (t->hasContext && !t->context)
            continue;
        const Callback done = std::move(t->done);
        const OutboundResponse response = std::move(t->response);
        t.reset();
        if (done)
            done(response);
    }
}

bool CurlClient::Private::configure(Transfer &t, const OutboundRequest &request)
{
    CURL *e = t.easy;
    curl_easy_setopt(e, CURLOPT_URL, t.url.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorText);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(qMax(1, request.timeoutMs)));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(qMax(1, request.connectTimeoutMs)));
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, kMaxResponseBytes);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Private::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Private::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);

    const QByteArray method = t.method;
    if (method == "GET" && t.body.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else {
        // A body for POST/PUT/PATCH (an empty one still sends Content-Length: 0); DELETE sends one only if given.
        if (method != "DELETE" || !t.body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t.body.constData());
        }
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
    }

    // "Expect:" stops curl from waiting for 100-continue on large bodies.
    t.headerList = curl_slist_append(t.headerList, "Expect:");
    for (const auto &[name, value] : request.headers)
        t.headerList = curl_slist_append(t.headerList, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
    return true;
}

CurlClient::CurlClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    globalInit();
    d->q = this;
    d->multi = curl_multi_init();
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
    connect(d->timer, &QTimer::timeout, this, [this] { d->drive(CURL_SOCKET_TIMEOUT, 0); });
    curl_multi_setopt(d->multi, CURLMOPT_SOCKETFUNCTION, &Private::onSocket);
    curl_multi_setopt(d->multi, CURLMOPT_SOCKETDATA, d.get());
    curl_multi_setopt(d->multi, CURLMOPT_TIMERFUNCTION, &Private::onTimer);
    curl_multi_setopt(d->multi, CURLMOPT_TIMERDATA, d.get());
    curl_multi_setopt(d->multi, CURLMOPT_MAXCONNECTS, kMaxCachedConnections);
}

CurlClient::~CurlClient()
{
    // Callbacks of requests still in flight are dropped, never run.
    d->shuttingDown = true;
    d->timer->stop();
    for (auto &[easy, transfer] : d->transfers)
        curl_multi_remove_handle(d->multi, easy);
    d->transfers.clear();
    curl_multi_cleanup(d->multi);
    for (auto &[socket, w] : d->sockets) {
        delete w.read;
        delete w.write;
    }
    d->sockets.clear();
}

void CurlClient::send(OutboundRequest request, QObject *context, Callback done)
{
    auto t = std::make_unique<Transfer>();
    t->easy = curl_easy_init();
    t->url = request.url.toEncoded();
    t->body = std::move(request.body);
    t->method = request.method.toUpper();
    t->context = context;
    t->hasContext = context != nullptr;
    t->done = std::move(done);
    t->clock.start();

    const bool validUrl = request.url.isValid() && !request.url.scheme().isEmpty();
    CURLMcode added = CURLM_BAD_EASY_HANDLE;
    if (t->easy && validUrl && d->configure(*t, request))
        added = curl_multi_add_handle(d->multi, t->easy);
    if (added == CURLM_OK) {
        CURL *easy = t->easy;
        d->transfers.emplace(easy, std::move(t));
        return;
    }

    // Report the failure later, never from inside send(), as promised by the API.
    OutboundResponse failed;
    failed.error = validUrl ? QString::fromUtf8(curl_multi_strerror(added)) : QStringLiteral("invalid URL");
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [ctx, hasContext, cb = std::move(t->done), failed] {
        if ((!hasContext || ctx) && cb)
            cb(failed);
    });
}

int CurlClient::inFlight() const
{
    return int(d->transfers.size());
}

} // namespace concierge::integrations
