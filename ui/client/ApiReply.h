#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace concierge::ui {

// One answer of the server's REST API, as the console's panels see it.
struct ApiReply
{
    int status = 0;       // the HTTP status; 0 when the server could not be reached
    QJsonObject json;     // the body when it is a JSON object
    QByteArray body;      // the raw body (PNG, PDF, CSV, ...)
    QString errorCode;    // the API's {"error":{"code"}} ("owner_changed", ...), "network" when unreachable
    QString errorMessage; // the API's message, or the network error's

    bool ok() const { return status >= 200 && status < 300; }
    QJsonArray items(const QString &key = QStringLiteral("items")) const { return json.value(key).toArray(); }
};

using ApiCallback = std::function<void(const ApiReply &)>;

} // namespace concierge::ui
