#include "live/EventBus.h"

#include <QDateTime>

namespace concierge::live {

void EventBus::publish(const QString &type, const QJsonObject &data)
{
    emit published(type, data, QDateTime::currentMSecsSinceEpoch());
}

} // namespace concierge::live
