#include "ai/IntentAnalyzer.h"
#include "services/ServiceCatalog.h"
#include "services/ServiceRegistry.h"
#include "services/catechese/CatecheseService.h"
#include "services/contact_humain/ContactHumainService.h"
#include "services/renseignement/RenseignementService.h"

#include <QTest>

using namespace concierge;
using domain::RoutingSource;
using domain::ServiceId;
using services::ServiceCatalog;
using services::ServiceRegistry;
using services::ServiceTurn;

namespace {

// As ConciergeServer::buildServices() builds it (no FAQ or LLM needed to construct).
ServiceRegistry standardRegistry()
{
    ServiceRegistry registry;
    registry.add(std::make_unique<services::RenseignementService>(nullptr, nullptr));
    registry.add(std::make_unique<services::CatecheseService>());
    registry.add(std::make_unique<services::ContactHumainService>());
    return registry;
}

// Runs one synchronous service turn.
QString run(services::Service &service, const std::shared_ptr<ServiceTurn> &turn)
{
    QString reply;
    service.handle(turn, nullptr, [&reply](QString text) { reply = std::move(text); });
    return reply;
}

} // namespace

// The service registry (menu order, the LLM's view of the services) and the services that need no FAQ.
class TestServiceRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void menuOrderIsRegistrationOrder()
    {
        const ServiceRegistry registry = standardRegistry();
        QCOMPARE(registry.ids(),
                 (QList<ServiceId>{ServiceId::Renseignement, ServiceId::Catechese, ServiceId::ContactHumain}));
        QVERIFY(registry.find(ServiceId::Catechese)->waitsForAnswer());
        QVERIFY(!registry.find(ServiceId::Renseignement)->waitsForAnswer());
        QVERIFY(!registry.find(ServiceId::ContactHumain)->waitsForAnswer());
        QCOMPARE(registry.find(ServiceId::Unknown), nullptr);
    }

    void duplicateIdIsIgnored()
    {
        ServiceRegistry registry = standardRegistry();
        registry.add(std::make_unique<services::CatecheseService>());
        QCOMPARE(registry.ids().size(), 3);
    }

    void routingPromptIsUnchanged()
    {
        // Byte for byte the prompt of the three services before they became plug-ins: gateways cache it, and the
        // benchmark's token figures depend on it.
        const QString expected = QStringLiteral(
            "You route WhatsApp messages sent to a Catholic parish office in Dakar, Senegal. "
            "Call the route_message tool exactly once for the user's LAST message; earlier turns are context only.\n"
            "Services:\n"
            "- renseignement: questions about the parish (mass times, sacraments, baptism, marriage, events, office "
            "hours, fees, addresses, documents to bring).\n"
            "- catechese: catechism records of a child: enrolment, class, results, attendance, certificates; the "
            "parent may give a parent code (e.g. SA-4821) and a child's first name.\n"
            "- contact_humain: the user wants to speak to a person (priest, secretary), complains, or has a "
            "personal, urgent or sensitive matter.\n"
            "Only use a service listed in the tool's enum. Set language to the ISO 639-1 code of the language the "
            "user writes in (fr, en, wo, ...). Put in entities only values the user actually wrote. Set confidence "
            "between 0 and 1; use a low value when the message is unclear or a greeting.");
        QCOMPARE(ai::IntentAnalyzer::systemPrompt(standardRegistry().briefs()), expected);
    }

    void routableFollowsTheCatalog()
    {
        ServiceCatalog catalog = ServiceCatalog::defaults();
        catalog.setEnabled(ServiceId::Catechese, false);
        const QList<ai::RoutableService> routable = standardRegistry().routable(catalog);
        QCOMPARE(routable.size(), 3);
        QCOMPARE(routable.at(1).id, ServiceId::Catechese);
        QVERIFY(!routable.at(1).enabled);
        QVERIFY(routable.at(0).enabled && routable.at(2).enabled);
        QCOMPARE(routable.at(0).keywords.size(), catalog.keywords(ServiceId::Renseignement).size());
        QCOMPARE(routable.at(1).decisiveEntities, QStringList{QStringLiteral("parent_code")});
        QVERIFY(routable.at(0).decisiveEntities.isEmpty() && routable.at(2).decisiveEntities.isEmpty());
    }

    void catecheseAsksForTheCodeThenGivesUp()
    {
        const ServiceCatalog catalog = ServiceCatalog::defaults();
        services::CatecheseService catechese;
        auto turn = std::make_shared<ServiceTurn>();
        turn->catalog = &catalog;
        turn->language = QStringLiteral("fr");
        turn->routing.service = ServiceId::Catechese;
        QCOMPARE(run(catechese, turn), catalog.text(ServiceId::Catechese, QStringLiteral("holding"), u"fr"_qs));
        QCOMPARE(turn->session.flowService, ServiceId::Catechese);
        QCOMPARE(turn->session.flowAttempts, 0);

        turn->routing.source = RoutingSource::Flow;
        run(catechese, turn);
        run(catechese, turn);
        QCOMPARE(turn->session.flowAttempts, 2);
        const QString last = run(catechese, turn);
        QVERIFY(last.startsWith(catalog.text(ServiceId::Catechese, QStringLiteral("code_missing"), u"fr"_qs)));
        QVERIFY(last.endsWith(catalog.text(ServiceCatalog::systemName(), QStringLiteral("menu"), u"fr"_qs)));
        QVERIFY(!turn->session.inFlow());
        QVERIFY(turn->session.awaitingMenu);
    }

    void catecheseWithoutARegistryChecksNoCode()
    {
        // Routing tests and benchmarks build the service alone: it asks for the code but never pretends to check it.
        const ServiceCatalog catalog = ServiceCatalog::defaults();
        services::CatecheseService catechese;
        auto turn = std::make_shared<ServiceTurn>();
        turn->catalog = &catalog;
        turn->routing.source = RoutingSource::Flow;
        turn->session.startFlow(ServiceId::Catechese, QStringLiteral("await_code"), 1);
        turn->routing.entities.insert(QStringLiteral("parent_code"), QStringLiteral("SA-4821"));
        QCOMPARE(run(catechese, turn), catalog.text(ServiceId::Catechese, QStringLiteral("codes_paused"), u"fr"_qs));
        QVERIFY(!turn->session.inFlow());
    }

    void contactEndsAnyFlow()
    {
        const ServiceCatalog catalog = ServiceCatalog::defaults();
        services::ContactHumainService contact;
        auto turn = std::make_shared<ServiceTurn>();
        turn->catalog = &catalog;
        turn->language = QStringLiteral("en");
        turn->session.startFlow(ServiceId::Catechese, QStringLiteral("await_code"));
        QCOMPARE(run(contact, turn), catalog.text(ServiceId::ContactHumain, QStringLiteral("holding"), u"en"_qs));
        QVERIFY(!turn->session.inFlow());
    }
};

QTEST_GUILESS_MAIN(TestServiceRegistry)
#include "TestServiceRegistry.moc"
