#include "store/RedisEndpoint.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QUrl>

#include <algorithm>

namespace concierge::store {

Result<RedisEndpoint> RedisEndpoint::parse(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"rediss")
        return Error{QStringLiteral("redis_tls_unsupported"), QStringLiteral("TLS (rediss://) is not supported")};
    if (!parsed.isValid() || scheme != u"redis" || parsed.host().isEmpty())
        return Error{QStringLiteral("redis_url_invalid"),
                     QStringLiteral("expected redis://[:password@]host[:port][/db]")};
    RedisEndpoint endpoint;
    endpoint.host = parsed.host();
    endpoint.port = quint16(parsed.port(6379));
    endpoint.username = parsed.userName(QUrl::FullyDecoded);
    endpoint.password = parsed.password(QUrl::FullyDecoded);
    QString path = parsed.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (!path.isEmpty()) {
        bool ok = false;
        endpoint.db = path.toInt(&ok);
        if (!ok || endpoint.db < 0)
            return Error{QStringLiteral("redis_url_invalid"), QStringLiteral("the database must be a number")};
    }
    return endpoint;
}

QString RedisEndpoint::describe() const
{
    return host + u':' + QString::number(port) + u'/' + QString::number(db);
}

QList<QByteArray> RedisEndpoint::authCommand() const
{
    if (password.isEmpty())
        return {};
    QList<QByteArray> auth{QByteArrayLiteral("AUTH")};
    if (!username.isEmpty())
        auth << username.toUtf8();
    return auth << password.toUtf8();
}

void RedisEndpoint::resolve(QObject *context, std::function<void(const QString &, const QString &)> done) const
{
    if (QHostAddress address; address.setAddress(host)) {
        done(address.toString(), {});
        return;
    }
    QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo &info) {
        const QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            done({}, QStringLiteral("cannot resolve host: %1").arg(info.errorString()));
            return;
        }
        const auto ipv4 = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
            return a.protocol() == QAbstractSocket::IPv4Protocol;
        });
        done((ipv4 != addresses.end() ? *ipv4 : addresses.first()).toString(), {});
    });
}

} // namespace concierge::store
