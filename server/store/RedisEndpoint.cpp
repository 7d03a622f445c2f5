#include "store/RedisEndpoint.h"

#include <QUrl>

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

} // namespace concierge::store
