#include "support/PipelineKit.h"

#include "store/Database.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

namespace concierge::testing {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

PipelineRig::PipelineRig()
{
    wahaStarted = waha.start();
    server.settings().wahaBaseUrl = waha.baseUrl();
    server.settings().wahaApiKey = waha.apiKey();
}

store::Database *PipelineRig::db() const
{
    return server.server() ? server.server()->context().db : nullptr;
}

QList<QVariantMap> PipelineRig::rows(const QString &sql, const QVariantList &values) const
{
    if (!db())
        return {};
    auto result = db()->runSync<QList<QVariantMap>>([sql, values](store::DbContext &ctx) -> Result<QList<QVariantMap>> {
        QSqlQuery &q = ctx.prepare(sql);
        if (Status st = ctx.exec(q, values); !st)
            return st.error();
        QList<QVariantMap> out;
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), q.value(i));
            out.append(row);
        }
        return out;
    });
    if (!result) {
        qWarning() << "query failed:" << sql << result.error().message;
        return {};
    }
    return result.value();
}

qint64 PipelineRig::count(const QString &sql, const QVariantList &values) const
{
    const QList<QVariantMap> r = rows(sql, values);
    if (r.isEmpty() || r.first().isEmpty())
        return -1;
    return r.first().first().toLongLong();
}

int PipelineRig::postText(const QString &chatId, const QString &text, const QString &shortId)
{
    return server.postWebhook(FakeWaha::textWebhookBody(chatId, text, shortId)).status;
}

int PipelineRig::repliesTo(const QString &chatId) const
{
    int n = 0;
    for (const FakeWaha::SentText &sent : waha.sentTexts())
        n += sent.chatId == chatId ? 1 : 0;
    return n;
}

QJsonObject PipelineRig::healthComponent(const char *name)
{
    return server.get(QStringLiteral("/health"))
        .json()
        .value(QLatin1String("components"))
        .toObject()
        .value(QLatin1String(name))
        .toObject();
}

QList<int> postConcurrently(const QString &url, const QList<QByteArray> &bodies,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs, bool connectionEach)
{
    constexpr int kConnectionsPerManager = 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    int finished = 0;
    QEventLoop loop;
    for (const QByteArray &body : bodies) {
        if (managers.empty() || (connectionEach && replies.size() % kConnectionsPerManager == 0))
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkAccessManager &network = *managers.back();
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(timeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == bodies.size())
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (finished < bodies.size())
        loop.exec();
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        delete reply;
    }
    return statuses;
}

int postUntilAcknowledged(PipelineRig &rig, const QList<QByteArray> &bodies, int timeoutMs)
{
    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    const QDeadlineTimer deadline(timeoutMs);
    QList<QByteArray> left = bodies;
    int refusedRounds = 0;
    while (!left.isEmpty() && !deadline.hasExpired()) {
        const QList<int> statuses = postConcurrently(url, left, {{"X-Waha-Token", TestServer::kWebhookToken}});
        QList<QByteArray> again;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (statuses.at(i) != 200)
                again.append(left.at(i));
        }
        if (again.isEmpty())
            return refusedRounds;
        ++refusedRounds;
        left = again;
        store::Database *db = rig.db();
        if (!QTest::qWaitFor([db] { return db->healthy() && !db->walOverLimit(); }, int(deadline.remainingTime())))
            break; // the store never came back
    }
    return left.isEmpty() ? refusedRounds : -1;
}

QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
        // The server may close while we still write (413 before the whole body): keep what was answered.
        if (error != QAbstractSocket::RemoteHostClosedError)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    received += socket.readAll();
    return received;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString RedisProcess::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("redis-server"));
}

namespace {

// One PING over a fresh connection, answered within 500 ms.
bool pingRedis(quint16 port)
{
    const QByteArray reply = rawExchange(port, "PING\r\nQUIT\r\n", 500);
    return reply.startsWith("+PONG") || reply.startsWith("-NOAUTH");
}

} // namespace

bool RedisProcess::start(quint16 port)
{
    kill();
    m_port = port;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executable());
    m_process->setArguments({QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                             QStringLiteral("--appendonly"), QStringLiteral("no")});
    m_process->start();
    if (!m_process->waitForStarted(5000))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        if (pingRedis(port))
            return true;
        // Let the event loop run for a moment before the next try (no sleeping: the server keeps working).
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}

void RedisProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

} // namespace concierge::testing
