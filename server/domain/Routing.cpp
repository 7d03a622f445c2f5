#include "domain/Routing.h"

namespace concierge::domain {

QString routingSourceName(RoutingSource source)
{
    switch (source) {
    case RoutingSource::Offline: break;
    case RoutingSource::Llm: return QStringLiteral("llm");
    case RoutingSource::Flow: return QStringLiteral("flow");
    case RoutingSource::Menu: return QStringLiteral("menu");
    }
    return QStringLiteral("offline");
}

RoutingSource routingSourceFromName(const QString &name)
{
    for (RoutingSource s : {RoutingSource::Llm, RoutingSource::Flow, RoutingSource::Menu}) {
        if (name == routingSourceName(s))
            return s;
    }
    return RoutingSource::Offline;
}

} // namespace concierge::domain
