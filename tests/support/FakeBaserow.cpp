#include "support/FakeBaserow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace concierge::testing {

FakeBaserow::FakeBaserow(QByteArray token, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
{
    m_server.setHandler([this](const RecordedRequest &request) { return handle(request); });
}

bool FakeBaserow::start()
{
    return m_server.start();
}

void FakeBaserow::setTable(int tableId, const QList<QJsonObject> &rows)
{
    m_tables.insert(tableId, rows);
}

QList<RecordedRequest> FakeBaserow::listRequests() const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_server.requests()) {
        if (r.path.startsWith("/api/database/rows/table/"))
            out.append(r);
    }
    return out;
}

FakeResponse FakeBaserow::errorResponse(int status, const QString &code, const QJsonValue &detail)
{
    FakeResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("detail"), detail}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeBaserow::handle(const RecordedRequest &request)
{
    static const QRegularExpression listPath(QStringLiteral("^/api/database/rows/table/(\\d+)/$"));
    const QRegularExpressionMatch m = listPath.match(QString::fromLatin1(request.path));
    if (!m.hasMatch() || request.method != "GET") {
        FakeResponse r; // Django's plain 404 page: not JSON
        r.status = 404;
        r.contentType = "text/html";
        r.body = "<h1>Not Found</h1>";
        return r;
    }
    const QByteArray auth = request.header("authorization");
    if (auth.isEmpty()) {
        FakeResponse r;
        r.status = 401;
        r.body = R"({"detail":"Authentication credentials were not provided."})";
        return r;
    }
    if (!auth.startsWith("Token "))
        return errorResponse(401, QStringLiteral("ERROR_INVALID_TOKEN_HEADER"),
                             QStringLiteral("The provided token header is invalid."));
    if (auth.mid(6) != m_token)
        return errorResponse(401, QStringLiteral("ERROR_TOKEN_DOES_NOT_EXIST"),
                             QStringLiteral("The token does not exist."));
    if (!m_overrides.isEmpty())
        return m_overrides.dequeue();
    return listRows(m.captured(1).toInt(), request);
}

FakeResponse FakeBaserow::listRows(int tableId, const RecordedRequest &request)
{
    if (!m_tables.contains(tableId))
        return errorResponse(404, QStringLiteral("ERROR_TABLE_DOES_NOT_EXIST"),
                             QStringLiteral("The requested table does not exist."));
    const QUrlQuery query(QString::fromUtf8(request.query));
    bool ok = true;
    const int size =
        query.hasQueryItem(QStringLiteral("size")) ? query.queryItemValue(QStringLiteral("size")).toInt(&ok) : 100;
    if (!ok || size < 1)
        return errorResponse(400, QStringLiteral("ERROR_QUERY_PARAMETER_VALIDATION"),
                             QJsonObject{{QStringLiteral("size"),
                                          QJsonArray{QJsonObject{
                                              {QStringLiteral("error"), QStringLiteral("A valid integer is required.")},
                                              {QStringLiteral("code"), QStringLiteral("invalid")}}}}});
    if (size > 200)
        return errorResponse(400, QStringLiteral("ERROR_PAGE_SIZE_LIMIT"),
                             QStringLiteral("The page size is limited to 200."));
    const int page =
        query.hasQueryItem(QStringLiteral("page")) ? query.queryItemValue(QStringLiteral("page")).toInt() : 1;
    // filter__<field>__equal=<value> on user field names; like Baserow, an empty value filters nothing.
    QList<QJsonObject> rows = m_tables.value(tableId);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!name.startsWith(QLatin1String("filter__")) || !name.endsWith(QLatin1String("__equal")) || value.isEmpty())
            continue;
        const QString field = name.mid(8, name.size() - 8 - 7);
        rows.removeIf([&](const QJsonObject &row) { return row.value(field).toVariant().toString() != value; });
    }
    const int count = int(rows.size());
    if (page < 1 || (page > 1 && (page - 1) * size >= count))
        return errorResponse(404, QStringLiteral("ERROR_INVALID_PAGE"), QStringLiteral("Invalid page."));
    const bool userNames = query.queryItemValue(QStringLiteral("user_field_names")) == QLatin1String("true");
    QJsonArray results;
    for (int i = (page - 1) * size; i < std::min(count, page * size); ++i) {
        QJsonObject out{{QStringLiteral("id"), i + 1},
                        {QStringLiteral("order"), QStringLiteral("%1.00000000000000000000").arg(i + 1)}};
        const QJsonObject &row = rows.at(i);
        int fieldNo = 0;
        for (auto it = row.begin(); it != row.end(); ++it)
            out.insert(userNames ? it.key() : QStringLiteral("field_%1").arg(++fieldNo), it.value());
        results.append(out);
    }
    const auto pageUrl = [&](int n) -> QJsonValue {
        QUrlQuery q(query);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        return QString(m_server.baseUrl() + QString::fromLatin1(request.path) + QLatin1Char('?') + q.toString());
    };
    FakeResponse r;
    r.body = QJsonDocument(
                 QJsonObject{
                     {QStringLiteral("count"), count},
                     {QStringLiteral("next"), page * size < count ? pageUrl(page + 1) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("previous"), page > 1 ? pageUrl(page - 1) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("results"), results},
                 })
                 .toJson(QJsonDocument::Compact);
    return r;
}

} // namespace concierge::testing
