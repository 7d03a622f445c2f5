#include "ai/Routing.h"

namespace concierge::ai {

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

ServiceId serviceFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("renseignement"))
        return ServiceId::Renseignement;
    if (n == QLatin1String("catechese"))
        return ServiceId::Catechese;
    if (n == QLatin1String("contact_humain"))
        return ServiceId::ContactHumain;
    return ServiceId::Unknown;
}

} // namespace concierge::ai
