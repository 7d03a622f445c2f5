#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace concierge::store {

// A PostgreSQL URL (DATABASE_URL) taken apart for QPSQL:
// postgresql://user:pass@host:port/db?sslmode=require&connect_timeout=10
class DatabaseUrl
{
public:
    static Result<DatabaseUrl> parse(const QString &url);

    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;                       // URL-decoded; never log it
    QList<QPair<QString, QString>> options; // libpq keywords from the query string, in order

    // libpq keyword=value options for QSqlDatabase::setConnectOptions(), values quoted; `schema` sets search_path.
    QString connectOptions(const QString &schema) const;
    // "postgresql://user@host:port/db" (no password, no options).
    QString describe() const;
};

} // namespace concierge::store
