#pragma once

#include "support/FakeHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>

namespace concierge::testing {

// A faithful fake of Baserow's list-rows endpoint: GET /api/database/rows/table/{id}/ with page/size paging
// (size max 200), "Authorization: Token <token>", Baserow's error bodies, absolute next/previous URLs, and field
// names as field_<n> unless user_field_names=true.
class FakeBaserow : public QObject
{
    Q_OBJECT

public:
    explicit FakeBaserow(QByteArray token, QObject *parent = nullptr);

    bool start();
    QString baseUrl() const { return m_server.baseUrl(); }
    FakeHttpServer &server() { return m_server; }

    // Rows as user fields (no "id"/"order": the fake adds them).
    void setTable(int tableId, const QList<QJsonObject> &rows);
    // Answered instead of the next request(s) (after the auth check), e.g. a 429 or a 500.
    void enqueueOverride(const FakeResponse &response) { m_overrides.enqueue(response); }

    QList<RecordedRequest> listRequests() const;

    static FakeResponse errorResponse(int status, const QString &code, const QJsonValue &detail);

private:
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse listRows(int tableId, const RecordedRequest &request);

    FakeHttpServer m_server;
    QByteArray m_token;
    QHash<int, QList<QJsonObject>> m_tables;
    QQueue<FakeResponse> m_overrides;
};

} // namespace concierge::testing
