#include "services/catechese/CatecheseService.h"

#include "services/ServiceCatalog.h"

namespace concierge::services {

namespace {
const QString kAwaitCode = QStringLiteral("await_code");
} // namespace

QString CatecheseService::description() const
{
    return QStringLiteral("catechism records of a child: enrolment, class, results, attendance, certificates; the "
                          "parent may give a parent code (e.g. SA-4821) and a child's first name.");
}

void CatecheseService::handle(std::shared_ptr<ServiceTurn> turn, QObject *, Done done)
{
    const ServiceCatalog &catalog = *turn->catalog;
    const QString lang = turn->language;
    domain::Session &session = turn->session;
    const QString code = turn->routing.entities.value(QStringLiteral("parent_code")).toString();
    if (!code.isEmpty()) {
        // Until the registry service is built, the secretariat takes it from here.
        session.endFlow();
        done(catalog.text(id(), QStringLiteral("code_received"), lang));
        return;
    }
    const bool answering = turn->routing.source == domain::RoutingSource::Flow;
    const int attempts = session.flowAttempts;
    if (answering && attempts >= kMaxRetries) {
        session.endFlow();
        session.awaitingMenu = true;
        done(catalog.text(id(), QStringLiteral("code_missing"), lang) + QStringLiteral("\n\n") +
             catalog.text(ServiceCatalog::systemName(), QStringLiteral("menu"), lang));
        return;
    }
    session.startFlow(id(), kAwaitCode, answering ? attempts + 1 : 0);
    done(catalog.text(id(), QStringLiteral("holding"), lang));
}

} // namespace concierge::services
