#include "ai/OfflineRouter.h"
#include "services/ServiceCatalog.h"
#include "support/ParishServices.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using concierge::ai::OfflineRouter;
using concierge::domain::RoutingResult;
using concierge::domain::RoutingSource;
using concierge::domain::serviceFromName;
using concierge::domain::ServiceId;
using concierge::domain::serviceName;
using concierge::services::ServiceCatalog;

namespace {

// The router as the assistant builds it: the parish's services in menu order, with the catalog's keywords.
OfflineRouter routerFor(const ServiceCatalog &catalog = ServiceCatalog::defaults())
{
    return concierge::testing::parishRouter(catalog);
}

struct Labelled
{
    QString text;
    ServiceId expected;
};

QList<Labelled> readTsv(const QString &name)
{
    QFile file(QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Labelled> out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList cols = lines.at(i).split(QLatin1Char('\t'));
        if (cols.size() == 2)
            out.append({cols.at(0), serviceFromName(cols.at(1).trimmed())});
    }
    return out;
}

} // namespace

class TestOfflineRouter final : public QObject
{
    Q_OBJECT

private:
    void checkAccuracy(const QString &fixture, qsizetype minimumLines)
    {
        const QList<Labelled> set = readTsv(fixture);
        QVERIFY2(set.size() >= minimumLines, qPrintable(fixture));
        const OfflineRouter router = routerFor();
        int right = 0;
        for (const Labelled &l : set) {
            const RoutingResult r = router.route(l.text);
            QVERIFY(r.source == RoutingSource::Offline || r.source == RoutingSource::Menu);
            QVERIFY(r.confidence >= 0 && r.confidence <= 1);
            if (r.service == l.expected)
                ++right;
            else
                qInfo("miss: \"%s\" -> %s (%s, %.2f), expected %s", qPrintable(l.text),
                      qPrintable(serviceName(r.service)), qPrintable(r.intent), r.confidence,
                      qPrintable(serviceName(l.expected)));
        }
        const double accuracy = double(right) / double(set.size());
        qInfo("%s: %d/%d = %.1f%%", qPrintable(fixture), right, int(set.size()), accuracy * 100);
        QVERIFY2(accuracy >= 0.90, qPrintable(QStringLiteral("accuracy %1 on %2").arg(accuracy).arg(fixture)));
    }

private slots:
    void accuracyOnPublicSet() { checkAccuracy(QStringLiteral("intents-public.tsv"), 17); }
    void accuracyOnOwnSet() { checkAccuracy(QStringLiteral("intents-own.tsv"), 70); }

    void menuNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ServiceId>("expected");
        QTest::newRow("1") << u"1"_qs << ServiceId::Renseignement;
        QTest::newRow("1.") << u" 1. "_qs << ServiceId::Renseignement;
        QTest::newRow("un") << u"Un"_qs << ServiceId::Renseignement;
        QTest::newRow("one") << u"one"_qs << ServiceId::Renseignement;
        QTest::newRow("2)") << u"2)"_qs << ServiceId::Catechese;
        QTest::newRow("deux") << u"deux"_qs << ServiceId::Catechese;
        QTest::newRow("option 3") << u"option 3"_qs << ServiceId::ContactHumain;
        QTest::newRow("three") << u"Three"_qs << ServiceId::ContactHumain;
        QTest::newRow("4") << u"4"_qs << ServiceId::Unknown;
        QTest::newRow("12") << u"12"_qs << ServiceId::Unknown;
    }
    void menuNumbers()
    {
        QFETCH(QString, text);
        QFETCH(ServiceId, expected);
        const RoutingResult r = routerFor().route(text);
        QCOMPARE(r.service, expected);
        if (expected != ServiceId::Unknown) {
            QCOMPARE(r.source, RoutingSource::Menu);
            QCOMPARE(r.confidence, 1.0);
        }
    }

    void disabledServiceIsNeverChosen()
    {
        ServiceCatalog catalog = ServiceCatalog::defaults();
        catalog.setEnabled(ServiceId::Catechese, false);
        const OfflineRouter router = routerFor(catalog);
        for (const QString &text : {u"2"_qs, u"Je veux l'attestation de catéchèse de ma fille"_qs,
                                    u"mon code parent est SA-4821"_qs, u"SA4821"_qs}) {
            const RoutingResult r = router.route(text);
            QVERIFY2(r.service != ServiceId::Catechese, qPrintable(text));
        }
        QCOMPARE(router.route(u"2"_qs).intent, u"service_disabled"_qs);
        QVERIFY(!router.scores(u"attestation de catechese"_qs).contains(ServiceId::Catechese));
        // The other services still route.
        QCOMPARE(router.route(u"je veux parler a un pretre"_qs).service, ServiceId::ContactHumain);
    }

    void parentCodeVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("canonical") << u"Mon code parent est SA-4821"_qs << u"SA-4821"_qs;
        QTest::newRow("lower space") << u"code: sa 4821"_qs << u"SA-4821"_qs;
        QTest::newRow("glued") << u"SA4821"_qs << u"SA-4821"_qs;
        QTest::newRow("spaced hyphen") << u"mon code c'est sa - 1937 merci"_qs << u"SA-1937"_qs;
        QTest::newRow("year") << u"inscrit en 2024"_qs << QString();
        QTest::newRow("phone") << u"appelez moi au 77 123 45 67"_qs << QString();
        QTest::newRow("five digits") << u"SA-48215"_qs << QString();
        QTest::newRow("none") << u"bonjour"_qs << QString();
    }
    void parentCodeVariants()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(OfflineRouter::extractParentCode(text), code);
        const RoutingResult r = routerFor().route(text);
        QCOMPARE(r.entities.value(u"parent_code"_qs).toString(), code);
        if (!code.isEmpty())
            QCOMPARE(r.service, ServiceId::Catechese);
    }

    void childFirstName()
    {
        QCOMPARE(OfflineRouter::extractChildFirstName(u"Je veux le certificat de catéchisme de Paul"_qs), u"Paul"_qs);
        QCOMPARE(OfflineRouter::extractChildFirstName(u"mon fils Moussa est-il inscrit ?"_qs), u"Moussa"_qs);
        QCOMPARE(OfflineRouter::extractChildFirstName(u"attestation pour Marie-Thérèse stp"_qs), u"Marie-Thérèse"_qs);
        QCOMPARE(OfflineRouter::extractChildFirstName(u"messe de Noël à Dakar"_qs), QString());
        QCOMPARE(OfflineRouter::extractChildFirstName(u"mon fils est inscrit"_qs), QString());
        const RoutingResult r = routerFor().route(u"attestation de catéchèse de ma fille Fatou"_qs);
        QCOMPARE(r.entities.value(u"child_first_name"_qs).toString(), u"Fatou"_qs);
    }

    void greetingAloneIsUnknown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QString>("language");
        QTest::newRow("bonjour") << u"Bonjour"_qs << u"salutation"_qs << u"fr"_qs;
        QTest::newRow("slt") << u"slt"_qs << u"salutation"_qs << u"fr"_qs;
        QTest::newRow("bonjour pere") << u"Bonjour mon père !"_qs << u"salutation"_qs << u"fr"_qs;
        QTest::newRow("salamalekum") << u"Salamalekum"_qs << u"salutation"_qs << u"wo"_qs;
        QTest::newRow("typo") << u"salamaleykoum"_qs << u"salutation"_qs << u"wo"_qs;
        QTest::newRow("nanga def") << u"Nanga def ?"_qs << u"salutation"_qs << u"wo"_qs;
        QTest::newRow("na nga def") << u"na nga def"_qs << u"salutation"_qs << u"wo"_qs;
        QTest::newRow("jamm nga am") << u"jamm nga am"_qs << u"salutation"_qs << u"wo"_qs;
        QTest::newRow("mangi fi") << u"mangi fi"_qs << u"salutation"_qs << u"wo"_qs;
        QTest::newRow("hello") << u"Hello, good morning"_qs << u"salutation"_qs << u"en"_qs;
        QTest::newRow("jerejef") << u"jerejef"_qs << u"remerciement"_qs << u"wo"_qs;
        QTest::newRow("merci") << u"Merci beaucoup !"_qs << u"remerciement"_qs << u"fr"_qs;
    }
    void greetingAloneIsUnknown()
    {
        QFETCH(QString, text);
        QFETCH(QString, intent);
        QFETCH(QString, language);
        const RoutingResult r = routerFor().route(text);
        QCOMPARE(r.service, ServiceId::Unknown);
        QCOMPARE(r.intent, intent);
        QCOMPARE(r.language, language);
        QCOMPARE(r.source, RoutingSource::Offline);
    }

    void greetingThenRequestRoutes()
    {
        const OfflineRouter router = routerFor();
        const RoutingResult r = router.route(u"Salamalekum, à quelle heure est la messe dimanche ?"_qs);
        QCOMPARE(r.service, ServiceId::Renseignement);
        QCOMPARE(r.language, u"fr"_qs);
        QCOMPARE(router.route(u"Hi! Can someone call me back?"_qs).language, u"en"_qs);
    }

    void vagueTextIsUnknown()
    {
        const OfflineRouter router = routerFor();
        for (const QString &text :
             {u"je veux acheter une voiture"_qs, u"???"_qs, QString(), u"le temps est beau aujourd'hui"_qs}) {
            const RoutingResult r = router.route(text);
            QVERIFY2(r.service == ServiceId::Unknown, qPrintable(text));
            QVERIFY(r.confidence < 0.5);
        }
    }

    void adminKeywordsAreUsed()
    {
        ServiceCatalog catalog = ServiceCatalog::defaults();
        auto config = catalog.config(u"contact_humain"_qs);
        config.keywords.append({u"kermesse"_qs, 5.0});
        catalog.setConfig(config);
        QCOMPARE(routerFor(catalog).route(u"la kermesse"_qs).service, ServiceId::ContactHumain);
        QVERIFY(routerFor().route(u"la kermesse"_qs).service != ServiceId::ContactHumain);
    }

    void confidenceGrowsWithEvidence()
    {
        const OfflineRouter router = routerFor();
        const double weak = router.route(u"horaires"_qs).confidence;
        const double strong = router.route(u"quels sont les horaires des messes du dimanche"_qs).confidence;
        QVERIFY(strong > weak);
        QVERIFY(strong <= 1.0);
    }

    void routeIsFast()
    {
        const OfflineRouter router = routerFor();
        const QList<Labelled> set = readTsv(QStringLiteral("intents-own.tsv"));
        QVERIFY(!set.isEmpty());
        // Best of several rounds: the machine is shared, one slow round says nothing about route().
        double perCallMs = 1e9;
        int routed = 0;
        for (int round = 0; round < 10; ++round) {
            QElapsedTimer timer;
            timer.start();
            for (const Labelled &l : set)
                routed += router.route(l.text).service != ServiceId::Unknown ? 1 : 0;
            perCallMs = std::min(perCallMs, double(timer.nsecsElapsed()) / 1e6 / double(set.size()));
        }
        qInfo("route(): %.3f ms per message (debug build)", perCallMs);
        QVERIFY(routed > 0);
        QVERIFY2(perCallMs < 1.0, qPrintable(QString::number(perCallMs)));
    }
};

QTEST_APPLESS_MAIN(TestOfflineRouter)
#include "TestOfflineRouter.moc"
