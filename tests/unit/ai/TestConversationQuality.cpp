// What parents in Dakar write and what they must get: Wolof greetings and requests, urgent pastoral needs (a person
// at any hour, the emergency number when the office is closed), and question words that decide between FAQ answers.
// The measured side of it is bench/conversations (a labelled set of 300+ messages); these are the cases that must
// never regress.
#include "ai/LlmClient.h"
#include "ai/OfflineRouter.h"
#include "ai/UrgencyDetector.h"
#include "assistant/Assistant.h"
#include "core/TextNormalizer.h"
#include "integrations/CurlClient.h"
#include "knowledge/KnowledgeIndex.h"
#include "services/ServiceCatalog.h"
#include "services/ServiceRegistry.h"
#include "services/catechese/CatecheseService.h"
#include "services/contact_humain/ContactHumainService.h"
#include "services/renseignement/RenseignementService.h"
#include "support/ManualClock.h"
#include "support/ParishServices.h"

#include <QTest>
#include <QTimeZone>

using namespace concierge;
using concierge::domain::ServiceId;
using concierge::services::ServiceCatalog;
using concierge::services::ServiceTurn;
using concierge::testing::ManualClock;

namespace {

ai::OfflineRouter router()
{
    return testing::parishRouter();
}

QList<store::FaqRow> faqRows()
{
    const auto row = [](qint64 id, const char *question, const char *keywords) {
        return store::FaqRow{id, QString::fromUtf8(question), QStringLiteral("..."),
                             QString::fromUtf8(keywords).split(u','), QStringLiteral("fr")};
    };
    return {row(1, "Quels sont les horaires des messes ?", "messe,horaire,dimanche,semaine,heure"),
            row(2, "Quels sont les horaires du secrétariat ?", "secrétariat,bureau,ouverture,horaire,accueil"),
            row(7, "Où se trouve la paroisse ?", "adresse,où,trouver,situé,plan,parking"),
            row(8, "Quand ont lieu les confessions ?", "confession,confesser,réconciliation,pardon"),
            row(9, "Quels sont les frais de catéchisme ?", "frais,prix,coût,payer,catéchisme,tarif")};
}

qint64 bestFaq(const QString &question)
{
    const QList<knowledge::FaqMatch> matches = knowledge::KnowledgeIndex(faqRows()).search(question, u"fr"_qs, 1);
    return matches.isEmpty() ? 0 : matches.first().row.id;
}

// Monday 30 November 2026 in Dakar (UTC all year), at the given hour.
qint64 mondayAt(int hour)
{
    return QDateTime(QDate(2026, 11, 30), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString runContact(const ManualClock &clock, const QString &text, std::optional<services::HandoffRequest> *handoff)
{
    const ServiceCatalog catalog = ServiceCatalog::defaults();
    auto hours =
        domain::BusinessHours::parse(QStringLiteral("mon-fri 08:30-12:30,15:00-18:00"), {}, QTimeZone("Africa/Dakar"));
    services::ContactHumainService contact({hours.value(), 15, &clock});
    auto turn = std::make_shared<ServiceTurn>();
    turn->catalog = &catalog;
    turn->language = QStringLiteral("fr");
    turn->text = text;
    turn->routing = router().route(text);
    QString reply;
    contact.handle(turn, nullptr, [&reply](QString r) { reply = std::move(r); });
    *handoff = turn->handoff;
    return reply;
}

} // namespace

class TestConversationQuality final : public QObject
{
    Q_OBJECT

private slots:
    void wolofGreetingsAndThanksAreSmallTalk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("intent");
        QTest::newRow("salaam") << u"Salaam aleekum"_qs << u"salutation"_qs;
        QTest::newRow("na nga def") << u"Na nga def ?"_qs << u"salutation"_qs;
        QTest::newRow("reply") << u"Waalekum salaam"_qs << u"salutation"_qs;
        QTest::newRow("good night") << u"Jàmm nga fanaan?"_qs << u"salutation"_qs;
        QTest::newRow("goodbye") << u"Ba beneen"_qs << u"salutation"_qs;
        QTest::newRow("thanks") << u"Jërëjëf"_qs << u"remerciement"_qs;
        QTest::newRow("au revoir") << u"Au revoir"_qs << u"salutation"_qs;
    }
    void wolofGreetingsAndThanksAreSmallTalk()
    {
        QFETCH(QString, text);
        QFETCH(QString, intent);
        const domain::RoutingResult r = router().route(text);
        QCOMPARE(r.service, ServiceId::Unknown);
        QCOMPARE(r.intent, intent);
    }

    void wolofAndMixedRequestsReachTheirService_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ServiceId>("service");
        QTest::newRow("talk to a person") << u"Dama bëgg wax ak ab nit"_qs << ServiceId::ContactHumain;
        QTest::newRow("call me") << u"wootal ma, dama bëgg wax ak secrétariat bi"_qs << ServiceId::ContactHumain;
        QTest::newRow("mass time") << u"Ban waxtu lañuy def misa dibéer?"_qs << ServiceId::Renseignement;
        QTest::newRow("where") << u"Fan la paroisse bi nekk?"_qs << ServiceId::Renseignement;
        QTest::newRow("how much") << u"Ñaata la catéchisme bi?"_qs << ServiceId::Renseignement;
        QTest::newRow("certificate") << u"Dama bëgg certificat catéchisme bu sama doom"_qs << ServiceId::Catechese;
        QTest::newRow("mixed") << u"Salaam aleekum, la messe dimanche c'est à quelle heure?"_qs
                               << ServiceId::Renseignement;
    }
    void wolofAndMixedRequestsReachTheirService()
    {
        QFETCH(QString, text);
        QFETCH(ServiceId, service);
        QCOMPARE(router().route(text).service, service);
    }

    void urgentPastoralNeedsAlwaysReachAPerson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("death") << u"Il y a un décès dans la famille, je dois voir un prêtre d'urgence"_qs;
        QTest::newRow("dying") << u"Mon père est mourant, pouvez-vous envoyer un prêtre ?"_qs;
        QTest::newRow("hospital") << u"Ma mère est à l'hôpital, elle demande un prêtre"_qs;
        QTest::newRow("funeral") << u"Notre voisin est décédé cette nuit, il faut organiser les obsèques"_qs;
        QTest::newRow("english") << u"My father is dying, we need a priest"_qs;
        QTest::newRow("wolof") << u"Sama baay dafa dee, dama bëgg prêtre bi"_qs;
        QTest::newRow("wolof hospital") << u"Sama yaay dafa feebar lool, mu ngi ci opital, dama bëgg prêtre"_qs;
    }
    void urgentPastoralNeedsAlwaysReachAPerson()
    {
        QFETCH(QString, text);
        const domain::RoutingResult r = router().route(text);
        QCOMPARE(r.service, ServiceId::ContactHumain);
        QVERIFY(r.entities.value(u"urgent"_qs).toBool());
    }

    void aMassForSomeoneWhoDiedLongAgoIsNotUrgent()
    {
        for (const QString &text : {u"Je voudrais faire dire une messe pour mon père décédé l'an dernier"_qs,
                                    u"Comment demander une messe pour un défunt ?"_qs,
                                    u"J'ai besoin d'un certificat urgent pour l'école de mon fils"_qs}) {
            QVERIFY2(!ai::UrgencyDetector::isUrgent(TextNormalizer::tokens(text)), qPrintable(text));
            QVERIFY2(router().route(text).service != ServiceId::ContactHumain, qPrintable(text));
        }
    }

    void urgentInsideOfficeHoursPromisesAnAnswerAtOnce()
    {
        ManualClock clock;
        clock.setNowMs(mondayAt(10));
        std::optional<services::HandoffRequest> handoff;
        const QString reply = runContact(clock, u"Mon père est mourant, envoyez un prêtre"_qs, &handoff);
        QVERIFY(handoff && handoff->urgent);
        QCOMPARE(reply, ServiceCatalog::defaults().text(ServiceId::ContactHumain, u"holding_urgent_open"_qs, u"fr"_qs));
        QVERIFY(!reply.contains(u"+221"_qs));
    }

    void urgentOutsideOfficeHoursGivesTheEmergencyNumber()
    {
        ManualClock clock;
        clock.setNowMs(mondayAt(22));
        std::optional<services::HandoffRequest> handoff;
        const QString reply = runContact(clock, u"Il y a un décès dans la famille, c'est urgent"_qs, &handoff);
        QVERIFY(handoff && handoff->urgent);
        QVERIFY2(reply.contains(u"+221 33 800 00 00"_qs), qPrintable(reply));
        QVERIFY(!reply.contains(u"{emergency_phone}"_qs));
    }

    void anOrdinaryRequestForAPersonIsNotUrgent()
    {
        ManualClock clock;
        clock.setNowMs(mondayAt(22));
        std::optional<services::HandoffRequest> handoff;
        const QString reply = runContact(clock, u"Je veux parler à un prêtre"_qs, &handoff);
        QVERIFY(handoff && !handoff->urgent);
        QVERIFY(!reply.contains(u"+221"_qs));
    }

    void aWolofGreetingIsAnsweredInFrenchWithAWolofGreeting()
    {
        integrations::CurlClient curl;
        ai::LlmClient noLlm(&curl, ai::LlmConfig{QString(), QString(), QString(), QString()});
        assistant::Assistant assistant(ServiceCatalog::defaults(), testing::parishServices(nullptr, &noLlm), &noLlm);
        domain::Session session;
        session.chatId = QStringLiteral("221770000000@c.us");
        QString reply;
        assistant.handle({session.chatId, u"Salaam aleekum"_qs, session, {}}, this,
                         [&reply](assistant::AssistantReply r) { reply = r.text; });
        QTRY_VERIFY(!reply.isEmpty());
        QVERIFY2(reply.startsWith(u"Salamalekum"_qs), qPrintable(reply));
        QVERIFY2(reply.contains(u"Répondez par un chiffre"_qs), qPrintable(reply)); // the menu, in French
    }

    void questionWordsDecideBetweenAnswers()
    {
        QCOMPARE(bestFaq(u"c'est où la paroisse ?"_qs), 7);
        QCOMPARE(bestFaq(u"Fan la paroisse bi nekk?"_qs), 7);
        QCOMPARE(bestFaq(u"Ñaata la catéchisme bi?"_qs), 9);
        QCOMPARE(bestFaq(u"Quand ont lieu les confessions ?"_qs), 8);
        // "ou" without its accent is the French "or": it adds nothing.
        QCOMPARE(knowledge::KnowledgeIndex::terms(u"messe ou confession"_qs).contains(u"where"_qs), false);
        QCOMPARE(router().route(u"c'est où la paroisse ?"_qs).service, ServiceId::Renseignement);
        // The kind of answer asked for meets the answer that gives it: a price, a place, a time.
        QCOMPARE(bestFaq(u"How much is catechism?"_qs), 9);
        QCOMPARE(bestFaq(u"What is the address of the parish?"_qs), 7);
        QCOMPARE(bestFaq(u"Comment venir à l'église ?"_qs), 7);
        QCOMPARE(knowledge::KnowledgeIndex::terms(u"combien de temps dure la messe"_qs).contains(u"price"_qs), false);
        QCOMPARE(knowledge::KnowledgeIndex::terms(u"C'est combien ?"_qs).contains(u"price"_qs), true);
    }

    // Questions written without a question mark or a question word still reach the information service.
    void questionsWithoutAQuestionMarkAreQuestions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("inversion") << u"Avez-vous une chorale pour les jeunes"_qs;
        QTest::newRow("inversion without hyphen") << u"Pouvez vous me dire si la chapelle est ouverte"_qs;
        QTest::newRow("est-ce que") << u"Est-ce que l'église est ouverte toute la journée"_qs;
        QTest::newRow("y a-t-il") << u"Y a-t-il une adoration le jeudi"_qs;
        QTest::newRow("English auxiliary") << u"Do you have a youth group"_qs;
        QTest::newRow("Wolof ndax") << u"Ndax am na chorale ci paroisse bi"_qs;
    }

    void questionsWithoutAQuestionMarkAreQuestions()
    {
        QFETCH(QString, text);
        QCOMPARE(router().route(text).service, ServiceId::Renseignement);
    }

    void statementsAreNotTakenForQuestions()
    {
        QVERIFY(router().route(u"Merci à vous mon père"_qs).service != ServiceId::Renseignement);
        QVERIFY(router().route(u"il pleut beaucoup ce matin"_qs).service != ServiceId::Renseignement);
    }
};

QTEST_GUILESS_MAIN(TestConversationQuality)
#include "TestConversationQuality.moc"
