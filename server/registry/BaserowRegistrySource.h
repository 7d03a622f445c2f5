#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace concierge::integrations {
class CurlClient;
}

namespace concierge::registry {

struct BaserowRegistryConfig
{
    QString baseUrl; // BASEROW_URL
    QString token;   // BASEROW_AUTH_KEY
    int parentsTableId = 0;
    int studentsTableId = 0;
    int timeoutMs = 15'000;
};

// The catechism registry kept in two Baserow tables with the columns of parents.csv and students.csv. Each lookup is
// one filtered list request (filter__<column>__equal); an empty value is never sent, because Baserow ignores an
// empty filter and would answer with every row of the table.
class BaserowRegistrySource
{
public:
    using ParentsCallback = std::function<void(Result<QList<store::ParentRecord>>)>;
    using StudentsCallback = std::function<void(Result<QList<store::StudentRecord>>)>;

    BaserowRegistrySource(integrations::CurlClient *http, BaserowRegistryConfig config)
        : m_http(http)
        , m_config(std::move(config))
    {
    }

    bool configured() const;
    // Rows whose parent_code equals `parentCode` exactly (normalize it first); none for an empty code.
    void parentsWithCode(const QString &parentCode, QObject *context, ParentsCallback done) const;
    void studentsOfParent(const QString &parentCode, QObject *context, StudentsCallback done) const;
    void studentsWithId(const QString &studentId, QObject *context, StudentsCallback done) const;

    static store::ParentRecord parentFrom(const QJsonObject &row);
    static store::StudentRecord studentFrom(const QJsonObject &row);

private:
    using RowsCallback = std::function<void(Result<QList<QJsonObject>>)>;
    void rowsWhere(int tableId, const QString &column, const QString &value, QObject *context, RowsCallback done) const;

    integrations::CurlClient *m_http;
    BaserowRegistryConfig m_config;
};

} // namespace concierge::registry
