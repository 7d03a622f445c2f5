// LOG_FORMAT (text by default, json, anything else refused by name) and METRICS_TOKEN (empty by default, masked when
// the settings are described).
#include "config/Settings.h"

#include <QTest>

using concierge::config::Environment;
using concierge::config::SettingsLoader;

class TestObservabilitySettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const auto s = SettingsLoader::fromEnvironment({});
        QVERIFY(s.ok());
        QCOMPARE(s->logFormat, QStringLiteral("text"));
        QVERIFY(s->metricsToken.isEmpty());
    }

    void goodValues()
    {
        const auto s = SettingsLoader::fromEnvironment(
            Environment{{QStringLiteral("LOG_FORMAT"), QStringLiteral(" JSON ")},
                        {QStringLiteral("METRICS_TOKEN"), QStringLiteral("metrics-token-0123456789abcdef")}});
        QVERIFY(s.ok());
        QCOMPARE(s->logFormat, QStringLiteral("json"));
        QCOMPARE(s->metricsToken, QStringLiteral("metrics-token-0123456789abcdef"));
        const Environment described = SettingsLoader::describe(s.value());
        QCOMPARE(described.value(QStringLiteral("LOG_FORMAT")), QStringLiteral("json"));
        QVERIFY(!described.value(QStringLiteral("METRICS_TOKEN")).contains(QLatin1String("0123456789abcdef")));
        QVERIFY(described.value(QStringLiteral("METRICS_TOKEN")).startsWith(QLatin1String("metr")));
    }

    void badFormatNamed()
    {
        const auto s =
            SettingsLoader::fromEnvironment(Environment{{QStringLiteral("LOG_FORMAT"), QStringLiteral("xml")}});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(QLatin1String("LOG_FORMAT")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("xml")), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestObservabilitySettings)
#include "TestObservabilitySettings.moc"
