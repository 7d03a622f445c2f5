// Settings: safe defaults, every bad value stops with a message naming the setting, .env parsing, secrets masked.
#include "config/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using concierge::config::Environment;
using concierge::config::Settings;
using concierge::config::SettingsLoader;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    static Environment env(std::initializer_list<std::pair<const char *, const char *>> pairs)
    {
        Environment e;
        for (const auto &[k, v] : pairs)
            e.insert(QString::fromUtf8(k), QString::fromUtf8(v));
        return e;
    }

    QTemporaryDir m_dir;

    QString writeEnvFile(const QByteArray &content)
    {
        static int counter = 0;
        const QString path = m_dir.path() + QStringLiteral("/env%1").arg(++counter);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private slots:
    void defaults()
    {
        const auto s = SettingsLoader::fromEnvironment({});
        QVERIFY(s.ok());
        QCOMPARE(s->host, QStringLiteral("0.0.0.0"));
        QCOMPARE(s->port, quint16(8000));
        QVERIFY(!s->dataDir.isEmpty());
        QVERIFY(s->databaseUrl.isEmpty());
        QVERIFY(s->redisUrl.isEmpty());
        QCOMPARE(s->sessionName, QStringLiteral("default"));
        QCOMPARE(s->jwtExpireMinutes, 30);
        QCOMPARE(s->adminUsername, QStringLiteral("admin"));
        QCOMPARE(s->sessionTimeoutMinutes, 30);
        QCOMPARE(s->maxConcurrentRequests, 100);
        QCOMPARE(s->requestTimeoutSeconds, 30);
        QCOMPARE(s->rateLimitPerMinute, 20);
        QCOMPARE(s->logLevel, QStringLiteral("info"));
        QCOMPARE(s->timeZone, QStringLiteral("Africa/Dakar"));
        QCOMPARE(s->anthropicBaseUrl, QStringLiteral("https://api.anthropic.com"));
        QVERIFY(!s->llmConfigured());
        QVERIFY(!s->baserowConfigured());
        QVERIFY(!s->demoData);
    }

    void goodValues()
    {
        const auto s = SettingsLoader::fromEnvironment(env({
            {"HOST", "127.0.0.1"},
            {"PORT", "8081"},
            {"DATABASE_URL", "postgresql://u:p@db.example:5432/x"},
            {"DATABASE_SCHEMA", "tenant_1"},
            {"REDIS_URL", "redis://127.0.0.1:6379/0"},
            {"WAHA_BASE_URL", "http://waha:3000"},
            {"WAHA_API_KEY", "k1"},
            {"SESSION_NAME", "parish"},
            {"JWT_EXPIRE_MINUTES", "60"},
            {"MAX_CONCURRENT_REQUESTS", "7"},
            {"REQUEST_TIMEOUT_SECONDS", "5"},
            {"RATE_LIMIT_PER_MINUTE", "3"},
            {"LOG_LEVEL", "DEBUG"},
            {"TZ", "Europe/Paris"},
            {"ANTHROPIC_BASE_URL", "https://gateway.example.org/api/anthropic"},
            {"ANTHROPIC_AUTH_TOKEN", "tok"},
            {"ANTHROPIC_MODEL", "glm-4.5"},
            {"BASEROW_URL", "https://baserow.example"},
            {"BASEROW_AUTH_KEY", "bk"},
            {"BASEROW_FAQ_TABLE_ID", "42"},
            {"DEMO_DATA", "yes"},
        }));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(s->port, quint16(8081));
        QCOMPARE(s->databaseSchema, QStringLiteral("tenant_1"));
        QCOMPARE(s->wahaApiKey, QStringLiteral("k1"));
        QCOMPARE(s->sessionName, QStringLiteral("parish"));
        QCOMPARE(s->maxConcurrentRequests, 7);
        QCOMPARE(s->requestTimeoutSeconds, 5);
        QCOMPARE(s->rateLimitPerMinute, 3);
        QCOMPARE(s->logLevel, QStringLiteral("debug"));
        QCOMPARE(s->timeZone, QStringLiteral("Europe/Paris"));
        QVERIFY(s->llmConfigured());
        QVERIFY(s->baserowConfigured());
        QCOMPARE(s->baserowFaqTableId, 42);
        QVERIFY(s->demoData);
    }

    void badValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("PORT text") << "PORT"
                                   << "abc";
        QTest::newRow("PORT 0") << "PORT"
                                << "0";
        QTest::newRow("PORT big") << "PORT"
                                  << "70000";
        QTest::newRow("HOST") << "HOST"
                              << "not a host";
        QTest::newRow("DATABASE_URL scheme") << "DATABASE_URL"
                                             << "mysql://x/y";
        QTest::newRow("DATABASE_URL junk") << "DATABASE_URL"
                                           << "not a url";
        QTest::newRow("DATABASE_SCHEMA") << "DATABASE_SCHEMA"
                                         << "bad-schema;drop";
        QTest::newRow("REDIS_URL") << "REDIS_URL"
                                   << "http://127.0.0.1:6379";
        QTest::newRow("WAHA_BASE_URL") << "WAHA_BASE_URL"
                                       << "waha:3000";
        QTest::newRow("JWT_EXPIRE_MINUTES") << "JWT_EXPIRE_MINUTES"
                                            << "0";
        QTest::newRow("SESSION_TIMEOUT_MINUTES") << "SESSION_TIMEOUT_MINUTES"
                                                 << "-5";
        QTest::newRow("MAX_CONCURRENT_REQUESTS") << "MAX_CONCURRENT_REQUESTS"
                                                 << "lots";
        QTest::newRow("REQUEST_TIMEOUT_SECONDS") << "REQUEST_TIMEOUT_SECONDS"
                                                 << "0";
        QTest::newRow("RATE_LIMIT_PER_MINUTE") << "RATE_LIMIT_PER_MINUTE"
                                               << "1.5";
        QTest::newRow("LOG_LEVEL") << "LOG_LEVEL"
                                   << "verbose";
        QTest::newRow("TZ") << "TZ"
                            << "Mars/Olympus";
        QTest::newRow("ANTHROPIC_BASE_URL") << "ANTHROPIC_BASE_URL"
                                            << "ftp://api.example";
        QTest::newRow("BASEROW_URL") << "BASEROW_URL"
                                     << "baserow";
        QTest::newRow("BASEROW_FAQ_TABLE_ID") << "BASEROW_FAQ_TABLE_ID"
                                              << "table";
        QTest::newRow("DEMO_DATA") << "DEMO_DATA"
                                   << "maybe";
        QTest::newRow("BUSINESS_HOURS") << "BUSINESS_HOURS"
                                        << "weekdays 9 to 5";
        QTest::newRow("HOLIDAYS") << "HOLIDAYS"
                                  << "Christmas";
        QTest::newRow("HANDOFF_SLA_MINUTES") << "HANDOFF_SLA_MINUTES"
                                             << "soon";
        QTest::newRow("HANDOFF_SLA_MINUTES zero") << "HANDOFF_SLA_MINUTES"
                                                  << "0";
        QTest::newRow("HANDOFF_RETURN_MINUTES below reminder") << "HANDOFF_RETURN_MINUTES"
                                                               << "5";
        QTest::newRow("JWT_SECRET_KEY weak") << "JWT_SECRET_KEY"
                                             << "x";
        QTest::newRow("ADMIN_PASSWORD weak") << "ADMIN_PASSWORD"
                                             << "a";
        QTest::newRow("MAX_CONNECTIONS_PER_ADDRESS") << "MAX_CONNECTIONS_PER_ADDRESS"
                                                     << "0";
        QTest::newRow("TRUSTED_PROXIES") << "TRUSTED_PROXIES"
                                         << "10.0.0.5, proxy.local";
    }

    void handoffSettings()
    {
        const auto defaults = SettingsLoader::fromEnvironment({});
        QVERIFY(defaults);
        QCOMPARE(defaults->handoffSlaMinutes, 15.0);
        QVERIFY(defaults->businessHours.startsWith(QStringLiteral("mon-fri")));
        const auto s = SettingsLoader::fromEnvironment(env({{"HANDOFF_SLA_MINUTES", "0.1"},
                                                            {"BUSINESS_HOURS", "lun-sam 08:00-13:00"},
                                                            {"HOLIDAYS", "2026-12-25,2027-01-01"},
                                                            {"HANDOFF_REMINDER_MINUTES", "2"},
                                                            {"HANDOFF_RETURN_MINUTES", "4.5"}}));
        QVERIFY2(s, qPrintable(s.error().message));
        QCOMPARE(s->handoffSlaMinutes, 0.1);
        QCOMPARE(s->handoffReminderMinutes, 2.0);
        QCOMPARE(s->handoffReturnMinutes, 4.5);
        QCOMPARE(s->holidays, QStringLiteral("2026-12-25,2027-01-01"));
    }

    void badValue()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        Environment e;
        e.insert(name, value);
        const auto s = SettingsLoader::fromEnvironment(e);
        QVERIFY2(!s.ok(), qPrintable(name + QStringLiteral(" accepted ") + value));
        QCOMPARE(s.error().code, QStringLiteral("invalid_setting"));
        QVERIFY2(s.error().message.startsWith(name + QStringLiteral(":")), qPrintable(s.error().message));
        QVERIFY2(!s.error().message.contains(u'\n'), "one line");
    }

    void firstErrorWins()
    {
        const auto s = SettingsLoader::fromEnvironment(env({{"PORT", "x"}, {"LOG_LEVEL", "loud"}}));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.startsWith(QStringLiteral("PORT:")));
    }

    void badUrlDoesNotShowPassword()
    {
        const auto s = SettingsLoader::fromEnvironment(env({{"DATABASE_URL", "mysql://user:hunter2secret@h/db"}}));
        QVERIFY(!s.ok());
        QVERIFY2(!s.error().message.contains(QStringLiteral("hunter2secret")), qPrintable(s.error().message));
    }

    void wahaApiTokenAlias()
    {
        auto s = SettingsLoader::fromEnvironment(env({{"WAHA_API_TOKEN", "alias-key"}}));
        QVERIFY(s.ok());
        QCOMPARE(s->wahaApiKey, QStringLiteral("alias-key"));
        s = SettingsLoader::fromEnvironment(env({{"WAHA_API_TOKEN", "alias-key"}, {"WAHA_API_KEY", "main-key"}}));
        QVERIFY(s.ok());
        QCOMPARE(s->wahaApiKey, QStringLiteral("main-key"));
    }

    void emptyAnthropicUrlKeepsDefault()
    {
        const auto s = SettingsLoader::fromEnvironment(
            env({{"ANTHROPIC_BASE_URL", ""}, {"ANTHROPIC_API_KEY", "k"}, {"ANTHROPIC_MODEL", "claude"}}));
        QVERIFY(s.ok());
        QCOMPARE(s->anthropicBaseUrl, QStringLiteral("https://api.anthropic.com"));
        QVERIFY(s->llmConfigured());
        // Model missing: not configured.
        QVERIFY(!SettingsLoader::fromEnvironment(env({{"ANTHROPIC_API_KEY", "k"}}))->llmConfigured());
    }

    void envFile()
    {
        const QString path = writeEnvFile("# a comment\n"
                                          "\n"
                                          "PORT=9000\n"
                                          "export WAHA_BASE_URL=http://waha:3000\n"
                                          "WAHA_API_KEY=\"quoted value # not a comment\"\n"
                                          "ADMIN_PASSWORD='single quoted'\n"
                                          "SESSION_NAME=parish # trailing comment\n"
                                          "  LOG_LEVEL = warning  \n"
                                          "EMPTY=\n"
                                          "WEBHOOK_HMAC_KEY=a=b=c\n");
        const auto env = SettingsLoader::readEnvFile(path);
        QVERIFY2(env.ok(), env ? "" : qPrintable(env.error().message));
        QCOMPARE(env->value(QStringLiteral("PORT")), QStringLiteral("9000"));
        QCOMPARE(env->value(QStringLiteral("WAHA_BASE_URL")), QStringLiteral("http://waha:3000"));
        QCOMPARE(env->value(QStringLiteral("WAHA_API_KEY")), QStringLiteral("quoted value # not a comment"));
        QCOMPARE(env->value(QStringLiteral("ADMIN_PASSWORD")), QStringLiteral("single quoted"));
        QCOMPARE(env->value(QStringLiteral("SESSION_NAME")), QStringLiteral("parish"));
        QCOMPARE(env->value(QStringLiteral("LOG_LEVEL")), QStringLiteral("warning"));
        QVERIFY(env->contains(QStringLiteral("EMPTY")));
        QCOMPARE(env->value(QStringLiteral("WEBHOOK_HMAC_KEY")), QStringLiteral("a=b=c"));
        QVERIFY(!env->contains(QStringLiteral("# a comment")));

        const auto s = SettingsLoader::fromEnvironment(env.value());
        QVERIFY(s.ok());
        QCOMPARE(s->port, quint16(9000));
        QCOMPARE(s->adminPassword, QStringLiteral("single quoted"));
    }

    void envFileErrors()
    {
        auto env = SettingsLoader::readEnvFile(writeEnvFile("PORT=1\nthis line is wrong\n"));
        QVERIFY(!env.ok());
        QVERIFY2(env.error().message.contains(QStringLiteral(":2:")), qPrintable(env.error().message));
        env = SettingsLoader::readEnvFile(writeEnvFile("=value\n"));
        QVERIFY(!env.ok());
        env = SettingsLoader::readEnvFile(m_dir.path() + QStringLiteral("/missing.env"));
        QVERIFY(!env.ok());
    }

    void describeMasksSecrets()
    {
        Settings s;
        s.wahaApiKey = QStringLiteral("waha-secret-key-123456");
        s.webhookVerifyToken = QStringLiteral("webhook-secret-token-xyz");
        s.webhookHmacKey = QStringLiteral("hmac-secret-abcdef-0000");
        s.jwtSecretKey = QStringLiteral("jwt-secret-abcdefghijkl");
        s.anthropicAuthToken = QStringLiteral("anthropic-token-zzzzzz");
        s.anthropicApiKey = QStringLiteral("sk-ant-api-key-yyyyyy");
        s.baserowAuthKey = QStringLiteral("baserow-key-wwwwwwwwww");
        s.adminPassword = QStringLiteral("admin-password-vvvvvv");
        s.databaseUrl = QStringLiteral("postgresql://user:dbpassword123@db:5432/x");
        s.redisUrl = QStringLiteral("redis://:redispassword99@cache:6379/0");
        const Environment d = SettingsLoader::describe(s);
        QVERIFY(d.contains(QStringLiteral("WAHA_API_KEY")));
        QVERIFY(d.contains(QStringLiteral("DATABASE_URL")));
        const QStringList secrets{s.wahaApiKey,
                                  s.webhookVerifyToken,
                                  s.webhookHmacKey,
                                  s.jwtSecretKey,
                                  s.anthropicAuthToken,
                                  s.anthropicApiKey,
                                  s.baserowAuthKey,
                                  s.adminPassword,
                                  QStringLiteral("dbpassword123"),
                                  QStringLiteral("redispassword99")};
        for (auto it = d.begin(); it != d.end(); ++it) {
            for (const QString &secret : secrets)
                QVERIFY2(!it.value().contains(secret), qPrintable(it.key() + QStringLiteral(" shows a secret")));
        }
        QVERIFY(d.value(QStringLiteral("DATABASE_URL")).contains(QStringLiteral("db:5432")));
        QCOMPARE(SettingsLoader::describe(Settings{}).value(QStringLiteral("JWT_SECRET_KEY")),
                 QStringLiteral("(unset)"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
