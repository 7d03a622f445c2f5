#include "registry/BaserowRegistrySource.h"

#include "integrations/BaserowClient.h"
#include "integrations/CurlClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace concierge::registry {

namespace {

// Baserow returns numbers as numbers or strings depending on the field type.
QString textOf(const QJsonObject &row, const char *column)
{
    const QJsonValue value = row.value(QLatin1String(column));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isObject()) // single select: {"id", "value", "color"}
        return value.toObject().value(QLatin1String("value")).toString().trimmed();
    return value.toString().trimmed();
}

int countOf(const QJsonObject &row, const char *column)
{
    return textOf(row, column).toInt();
}

} // namespace

bool BaserowRegistrySource::configured() const
{
    return m_http && !m_config.baseUrl.isEmpty() && !m_config.token.isEmpty() && m_config.parentsTableId > 0 &&
           m_config.studentsTableId > 0;
}

store::ParentRecord BaserowRegistrySource::parentFrom(const QJsonObject &row)
{
    return {textOf(row, "parent_code"), textOf(row, "full_name"), textOf(row, "phone"), textOf(row, "email")};
}

store::StudentRecord BaserowRegistrySource::studentFrom(const QJsonObject &row)
{
    store::StudentRecord s;
    s.studentId = textOf(row, "student_id");
    s.parentCode = textOf(row, "parent_code");
    s.firstName = textOf(row, "first_name");
    s.lastName = textOf(row, "last_name");
    s.birthDate = textOf(row, "birth_date");
    s.level = textOf(row, "level");
    s.schoolYear = textOf(row, "school_year");
    s.status = textOf(row, "status");
    s.sessionsAttended = countOf(row, "sessions_attended");
    s.sessionsTotal = countOf(row, "sessions_total");
    s.sacrament = textOf(row, "sacrament");
    return s;
}

void BaserowRegistrySource::rowsWhere(int tableId, const QString &column, const QString &value, QObject *context,
                                      RowsCallback done) const
{
    if (value.trimmed().isEmpty() || !configured()) {
        // An empty filter would list the whole table: answer "nothing" without asking.
        QTimer::singleShot(0, context, [done = std::move(done)] { done(QList<QJsonObject>()); });
        return;
    }
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + QStringLiteral("/api/database/rows/table/%1/").arg(tableId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_field_names"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("size"), QString::number(integrations::BaserowClient::kPageSize));
    query.addQueryItem(QStringLiteral("filter__") + column + QStringLiteral("__equal"),
                       QString::fromLatin1(QUrl::toPercentEncoding(value.trimmed())));
    url.setQuery(query);
    integrations::OutboundRequest request;
    request.url = url;
    request.timeoutMs = m_config.timeoutMs;
    request.headers.append({QByteArray("authorization"), QByteArray("Token " + m_config.token.toUtf8())});
    request.headers.append({QByteArray("accept"), QByteArray("application/json")});
    m_http->send(std::move(request), context, [done = std::move(done)](const integrations::OutboundResponse &r) {
        if (!r.isSuccess()) {
            done(integrations::BaserowClient::errorFrom(r));
            return;
        }
        const QJsonValue results = QJsonDocument::fromJson(r.body).object().value(QLatin1String("results"));
        if (!results.isArray()) {
            done(Error{QStringLiteral("baserow_malformed_response"), QStringLiteral("no results array")});
            return;
        }
        QList<QJsonObject> rows;
        for (const QJsonValue &row : results.toArray())
            rows.append(row.toObject());
        done(rows);
    });
}

namespace {

// Baserow rows -> records of type T (parentFrom / studentFrom), or the error.
template <typename T, typename Convert>
std::function<void(Result<QList<QJsonObject>>)> converted(Convert convert, std::function<void(Result<QList<T>>)> done)
{
    return [convert, done = std::move(done)](Result<QList<QJsonObject>> rows) {
        if (!rows)
            return done(rows.error());
        QList<T> out;
        for (const QJsonObject &row : rows.value())
            out.append(convert(row));
        done(out);
    };
}

} // namespace

void BaserowRegistrySource::parentsWithCode(const QString &parentCode, QObject *context, ParentsCallback done) const
{
    rowsWhere(m_config.parentsTableId, QStringLiteral("parent_code"), parentCode, context,
              converted<store::ParentRecord>(parentFrom, std::move(done)));
}

void BaserowRegistrySource::studentsOfParent(const QString &parentCode, QObject *context, StudentsCallback done) const
{
    rowsWhere(m_config.studentsTableId, QStringLiteral("parent_code"), parentCode, context,
              converted<store::StudentRecord>(studentFrom, std::move(done)));
}

void BaserowRegistrySource::studentsWithId(const QString &studentId, QObject *context, StudentsCallback done) const
{
    rowsWhere(m_config.studentsTableId, QStringLiteral("student_id"), studentId, context,
              converted<store::StudentRecord>(studentFrom, std::move(done)));
}

} // namespace concierge::registry
