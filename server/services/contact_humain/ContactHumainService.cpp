#include "services/contact_humain/ContactHumainService.h"

#include "services/ServiceCatalog.h"

namespace concierge::services {

QString ContactHumainService::description() const
{
    return QStringLiteral("the user wants to speak to a person (priest, secretary), complains, or has a personal, "
                          "urgent or sensitive matter.");
}

void ContactHumainService::handle(std::shared_ptr<ServiceTurn> turn, QObject *, Done done)
{
    turn->session.endFlow();
    done(turn->catalog->text(id(), QStringLiteral("holding"), turn->language));
}

} // namespace concierge::services
