#include "store/DatabaseUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace concierge::store {

namespace {

Error badUrl(const QString &why)
{
    return Error{QStringLiteral("config_invalid"), QStringLiteral("DATABASE_URL is invalid: %1").arg(why)};
}

// libpq conninfo quoting; QPSQL joins the options with spaces and turns ';' into spaces, so ';' cannot be kept.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return badUrl(QStringLiteral("not a URL (%1)").arg(url.errorString().section(QLatin1Char(';'), 0, 0)));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return badUrl(QStringLiteral("the scheme must be postgresql://, not \"%1\"").arg(url.scheme()));
    DatabaseUrl out;
    out.host = url.host();
    if (out.host.isEmpty())
        return badUrl(QStringLiteral("no host"));
    out.port = url.port(5432);
    if (out.port <= 0 || out.port > 65535)
        return badUrl(QStringLiteral("bad port"));
    out.database = url.path(QUrl::FullyDecoded).mid(1);
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return badUrl(QStringLiteral("no database name after the host (…/dbname)"));
    out.user = url.userName(QUrl::FullyDecoded);
    if (out.user.isEmpty())
        return badUrl(QStringLiteral("no user name (postgresql://user:password@host/db)"));
    out.password = url.password(QUrl::FullyDecoded);
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!keyword.match(item.first).hasMatch())
            return badUrl(QStringLiteral("bad option name \"%1\"").arg(item.first));
        if (item.second.contains(QLatin1Char(';')))
            return badUrl(QStringLiteral("option %1 contains ';'").arg(item.first));
        out.options.append(item);
    }
    return out;
}

QString DatabaseUrl::connectOptions(const QString &schema) const
{
    QStringList parts;
    for (const auto &option : options)
        parts.append(option.first + QLatin1Char('=') + quoted(option.second));
    if (!schema.isEmpty())
        parts.append(QStringLiteral("options=") + quoted(QStringLiteral("-csearch_path=") + schema));
    return parts.join(QLatin1Char(';'));
}

QString DatabaseUrl::describe() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace concierge::store
