#include "domain/ServiceId.h"

namespace concierge::domain {

QString serviceName(ServiceId service)
{
    switch (service) {
    case ServiceId::Renseignement: return QStringLiteral("renseignement");
    case ServiceId::Catechese: return QStringLiteral("catechese");
    case ServiceId::ContactHumain: return QStringLiteral("contact_humain");
    case ServiceId::Unknown: break;
    }
    return {};
}

QList<ServiceId> knownServices()
{
    return {ServiceId::Renseignement, ServiceId::Catechese, ServiceId::ContactHumain};
}

ServiceId serviceFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (ServiceId s : knownServices()) {
        if (n == serviceName(s))
            return s;
    }
    return ServiceId::Unknown;
}

} // namespace concierge::domain
