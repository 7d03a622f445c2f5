#include "support/TestServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace concierge::testing {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult httpRequest(const QByteArray &method, const QString &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first.toLower(), pair.second});
    delete reply;
    return result;
}

QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(CONCIERGE_FIXTURES_DIR "/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PgSchema::PgSchema()
    : m_url(qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL"))
{
    if (m_url.isEmpty())
        return;
    m_name = QStringLiteral("it_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_ready = exec(QStringLiteral("CREATE SCHEMA ") + m_name);
}

PgSchema::~PgSchema()
{
    if (m_ready)
        exec(QStringLiteral("DROP SCHEMA ") + m_name + QStringLiteral(" CASCADE"));
}

bool PgSchema::exec(const QString &sql)
{
    const QString connection = QStringLiteral("pg-schema-admin");
    bool ok = false;
    {
        const QUrl url(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning() << "PgSchema:" << query.lastError().text();
        } else {
            qWarning() << "PgSchema: cannot connect:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

TestServer::TestServer()
{
    m_settings.host = QStringLiteral("127.0.0.1");
    m_settings.port = 0;
    m_settings.dataDir = m_dir.path();
    m_settings.webhookVerifyToken = QString::fromLatin1(kWebhookToken);
    m_settings.adminPassword = QString::fromLatin1(kAdminPassword);
    m_settings.jwtSecretKey = QStringLiteral("test-jwt-secret-which-is-long-enough-0123456789");
    m_settings.demoData = true;
    m_settings.logLevel = QStringLiteral("warning");
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::usePostgres(const PgSchema &schema)
{
    m_settings.databaseUrl = schema.url();
    m_settings.databaseSchema = schema.name();
}

Status TestServer::start()
{
    m_server = std::make_unique<ConciergeServer>(m_settings);
    if (m_clock)
        m_server->setClock(*m_clock);
    Status status = m_server->start();
    if (!status)
        m_server.reset();
    return status;
}

void TestServer::stop()
{
    m_server.reset();
}

QString TestServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server ? m_server->port() : 0);
}

HttpResult TestServer::postWebhook(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"X-Waha-Token", kWebhookToken}};
    headers.append(extraHeaders);
    return httpRequest("POST", baseUrl() + QStringLiteral("/api/v1/webhook"), body, headers);
}

HttpResult TestServer::get(const QString &path, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return httpRequest("GET", baseUrl() + path, {}, headers);
}

HttpResult TestServer::post(const QString &path, const QJsonObject &body, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return httpRequest("POST", baseUrl() + path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QByteArray TestServer::login()
{
    const HttpResult r =
        post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), m_settings.adminUsername},
                                                    {QStringLiteral("password"), QString::fromLatin1(kAdminPassword)}});
    return r.json().value(QLatin1String("access_token")).toString().toUtf8();
}

} // namespace concierge::testing
