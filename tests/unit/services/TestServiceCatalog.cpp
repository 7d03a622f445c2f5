#include "services/ServiceCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using concierge::domain::ServiceId;
using concierge::services::ServiceCatalog;
using concierge::services::WeightedKeyword;
using concierge::store::ServiceRecord;

class TestServiceCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsShipEveryText()
    {
        const ServiceCatalog c = ServiceCatalog::defaults();
        for (const QString &name : ServiceCatalog::serviceNames())
            QVERIFY2(c.contains(name), qPrintable(name));
        // The shipped file itself must be valid (defaults() would only warn).
        QFile file(QStringLiteral(":/concierge/data/services.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = ServiceCatalog::fromJson(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));

        const QStringList systemKeys = {u"welcome"_qs,   u"menu"_qs, u"fallback"_qs, u"rate_limited"_qs,
                                        u"no_answer"_qs, u"ack"_qs,  u"error"_qs,    u"thanks"_qs};
        for (const QString &lang : {u"fr"_qs, u"en"_qs}) {
            const QJsonObject texts = c.config(u"system"_qs).texts.value(lang).toObject();
            for (const QString &key : systemKeys)
                QVERIFY2(!texts.value(key).toString().isEmpty(), qPrintable(lang + u'.' + key));
            QVERIFY(!c.config(u"catechese"_qs).texts.value(lang).toObject().value(u"holding"_qs).toString().isEmpty());
            QVERIFY(
                !c.config(u"contact_humain"_qs).texts.value(lang).toObject().value(u"holding"_qs).toString().isEmpty());
        }
        QVERIFY(c.text(u"system"_qs, u"menu"_qs, u"fr"_qs).contains(u"1"_qs));
        QVERIFY(c.text(u"system"_qs, u"menu"_qs, u"en"_qs).contains(u"3"_qs));
        QVERIFY(c.text(ServiceId::Catechese, u"holding"_qs, u"fr"_qs).contains(u"code parent"_qs));
        QVERIFY(c.isEnabled(ServiceId::Renseignement) && c.isEnabled(ServiceId::Catechese) &&
                c.isEnabled(ServiceId::ContactHumain));
        QVERIFY(!c.isEnabled(ServiceId::Unknown));
        QVERIFY(c.keywords(ServiceId::Renseignement).size() > 20);
        QVERIFY(!c.systemPrompt(ServiceId::Renseignement).isEmpty());
        QCOMPARE(c.displayName(ServiceId::Catechese), u"Catéchèse"_qs);
        QCOMPARE(c.displayName(ServiceId::Catechese, u"en"_qs), u"Catechism"_qs);
    }

    void textFallsBackToFrenchThenSystemThenBuiltIn()
    {
        const ServiceCatalog c = ServiceCatalog::defaults();
        // Wolof has a welcome, not a menu: French menu.
        QVERIFY(c.text(u"system"_qs, u"welcome"_qs, u"wo"_qs).startsWith(u"Salamalekum"_qs));
        QCOMPARE(c.text(u"system"_qs, u"menu"_qs, u"wo"_qs), c.text(u"system"_qs, u"menu"_qs, u"fr"_qs));
        // Service without its own "ack": the system one.
        QCOMPARE(c.text(ServiceId::Catechese, u"ack"_qs, u"en"_qs), c.text(u"system"_qs, u"ack"_qs, u"en"_qs));
        // Unknown key: never empty.
        QVERIFY(!c.text(u"catechese"_qs, u"no_such_key"_qs, u"fr"_qs).isEmpty());
        QVERIFY(!ServiceCatalog().text(u"system"_qs, u"welcome"_qs, u"en"_qs).isEmpty());
    }

    void weightedKeywords()
    {
        const WeightedKeyword k = WeightedKeyword::parse(u" parler à un prêtre^3 "_qs);
        QCOMPARE(k.phrase, u"parler à un prêtre"_qs);
        QCOMPARE(k.weight, 3.0);
        QCOMPARE(WeightedKeyword::parse(u"messe"_qs).weight, 1.0);
        QCOMPARE(WeightedKeyword::parse(u"inscri*^1.5"_qs).phrase, u"inscri*"_qs);
        QCOMPARE(WeightedKeyword::parse(u"inscri*^1.5"_qs).toString(), u"inscri*^1.5"_qs);
        QCOMPARE(WeightedKeyword::parse(u"messe"_qs).toString(), u"messe"_qs);
    }

    void fromJsonNamesServiceAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << u"services.json"_qs;
        QTest::newRow("no services") << QByteArray("{\"x\":1}") << u"\"services\""_qs;
        QTest::newRow("unknown name") << QByteArray(R"({"services":[{"name":"bapteme"}]})") << u"name"_qs;
        QTest::newRow("enabled type") << QByteArray(R"({"services":[{"name":"catechese","enabled":"yes"}]})")
                                      << u"service \"catechese\", field \"enabled\""_qs;
        QTest::newRow("keyword type") << QByteArray(R"({"services":[{"name":"renseignement","keywords":[3]}]})")
                                      << u"service \"renseignement\", field \"keywords[0]\""_qs;
        QTest::newRow("text type") << QByteArray(
                                          R"({"services":[{"name":"contact_humain","texts":{"fr":{"holding":5}}}]})")
                                   << u"fr.holding"_qs;
        QTest::newRow("duplicate") << QByteArray(R"({"services":[{"name":"system"},{"name":"system"}]})")
                                   << u"appears twice"_qs;
    }
    void fromJsonNamesServiceAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto parsed = ServiceCatalog::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"invalid_service_config"_qs);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }

    void recordsOverrideDefaults()
    {
        ServiceRecord r;
        r.name = u"catechese"_qs;
        r.enabled = false;
        r.displayName = u"KT"_qs;
        r.keywords = {u"kt^4"_qs};
        r.texts = QJsonObject{{u"fr"_qs, QJsonObject{{u"holding"_qs, u"Bientôt disponible"_qs}}}};
        ServiceRecord unknown;
        unknown.name = u"bogus"_qs;
        const ServiceCatalog c = ServiceCatalog::fromRecords({r, unknown});
        QVERIFY(!c.isEnabled(ServiceId::Catechese));
        QVERIFY(c.isEnabled(ServiceId::Renseignement));
        QCOMPARE(c.displayName(ServiceId::Catechese), u"KT"_qs);
        QCOMPARE(c.keywords(ServiceId::Catechese).size(), 1);
        QCOMPARE(c.keywords(ServiceId::Catechese).first().weight, 4.0);
        QCOMPARE(c.text(ServiceId::Catechese, u"holding"_qs, u"fr"_qs), u"Bientôt disponible"_qs);
        // Texts the row lacks keep their defaults; so does the system prompt left empty.
        QCOMPARE(c.text(ServiceId::Catechese, u"holding"_qs, u"en"_qs),
                 ServiceCatalog::defaults().text(ServiceId::Catechese, u"holding"_qs, u"en"_qs));
        QCOMPARE(c.systemPrompt(ServiceId::Catechese), ServiceCatalog::defaults().systemPrompt(ServiceId::Catechese));
        QVERIFY(!c.contains(u"bogus"_qs));
    }

    void recordsAndJsonRoundTrip()
    {
        ServiceCatalog c = ServiceCatalog::defaults();
        c.setEnabled(ServiceId::ContactHumain, false);
        const QList<ServiceRecord> records = c.toRecords();
        QCOMPARE(records.size(), 4);
        const ServiceCatalog back = ServiceCatalog::fromRecords(records);
        QVERIFY(!back.isEnabled(ServiceId::ContactHumain));
        QCOMPARE(back.keywords(ServiceId::Renseignement).size(), c.keywords(ServiceId::Renseignement).size());
        QCOMPARE(back.toJson(), c.toJson());
        const auto reparsed = ServiceCatalog::fromJson(c.toJson());
        QVERIFY2(reparsed.ok(), qPrintable(reparsed.error().message));
        QCOMPARE(reparsed->toJson(), c.toJson());
    }
};

QTEST_APPLESS_MAIN(TestServiceCatalog)
#include "TestServiceCatalog.moc"
