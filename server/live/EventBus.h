#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace concierge::live {

// Every step of a message's life is published here for the consoles ("message.received", "message.sent",
// "message.failed", "message.ack", "session.status", "health.changed", ...). Lives in the server thread; other
// threads connect with a queued connection and receive copies.
class EventBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBus)

public:
    using QObject::QObject;

    void publish(const QString &type, const QJsonObject &data);

signals:
    void published(const QString &type, const QJsonObject &data, qint64 atMs);
};

} // namespace concierge::live
