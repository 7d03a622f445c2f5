#include "config/Settings.h"

#include "config/EnvText.h"
#include "core/Log.h"
#include "domain/BusinessHours.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include <limits>
#include <optional>

namespace concierge::config {

bool Settings::llmConfigured() const
{
    return !anthropicBaseUrl.isEmpty() && !anthropicModel.isEmpty() &&
           (!anthropicAuthToken.isEmpty() || !anthropicApiKey.isEmpty());
}

bool Settings::baserowConfigured() const
{
    return !baserowUrl.isEmpty() && !baserowAuthKey.isEmpty() && baserowFaqTableId > 0;
}

namespace {

constexpr qsizetype kMinJwtSecretChars = 32;
constexpr qsizetype kMinAdminPasswordChars = 8;

} // namespace

namespace {

Error settingError(const QString &name, const QString &expected, const QString &got)
{
    return Error{QStringLiteral("invalid_setting"),
                 QStringLiteral("%1: expected %2, got '%3'").arg(name, expected, got)};
}

// Reads the settings one by one, remembering the first error.
class Reader
{
public:
    explicit Reader(const Environment &env)
        : m_env(env)
    {
    }

    QString string(const QString &name, const QString &fallback) const
    {
        const QString v = m_env.value(name).trimmed();
        return v.isEmpty() ? fallback : v;
    }

    int integer(const QString &name, int fallback, int min, int max)
    {
        const QString v = m_env.value(name).trimmed();
        if (v.isEmpty())
            return fallback;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < min || n > max)
            fail(settingError(name, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max), v));
        return ok ? n : fallback;
    }

    double decimal(const QString &name, double fallback, double min, double max)
    {
        const QString v = m_env.value(name).trimmed();
        if (v.isEmpty())
            return fallback;
        bool ok = false;
        const double n = v.toDouble(&ok);
        if (!ok || n < min || n > max)
            fail(settingError(name, QStringLiteral("a number from %1 to %2 (e.g. 0.5)").arg(min).arg(max), v));
        return ok ? n : fallback;
    }

    bool boolean(const QString &name, bool fallback)
    {
        const QString v = m_env.value(name).trimmed().toLower();
        if (v.isEmpty())
            return fallback;
        if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") ||
            v == QLatin1String("on"))
            return true;
        if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no") ||
            v == QLatin1String("off"))
            return false;
        fail(settingError(name, QStringLiteral("true or false"), v));
        return fallback;
    }

    QString url(const QString &name, const QStringList &schemes)
    {
        const QString v = m_env.value(name).trimmed();
        if (v.isEmpty())
            return v;
        const QUrl u(v, QUrl::StrictMode);
        if (!u.isValid() || !schemes.contains(u.scheme()) || u.host().isEmpty())
            fail(settingError(name,
                              QStringLiteral("a URL starting with %1://").arg(schemes.join(QStringLiteral("://, "))),
                              QUrl(v).toDisplayString(QUrl::RemovePassword)));
        return v;
    }

    void fail(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    const Environment &m_env;
    std::optional<Error> m_error;
};

void readResilience(Reader &r, Settings &s)
{
    s.backlogDegradedSeconds =
        r.integer(QStringLiteral("BACKLOG_DEGRADED_SECONDS"), s.backlogDegradedSeconds, 1, 7 * 24 * 3600);
    s.sqliteWalLimitMb = r.integer(QStringLiteral("SQLITE_WAL_LIMIT_MB"), s.sqliteWalLimitMb, 16, 1024 * 1024);
    s.inboxWindow = r.integer(QStringLiteral("INBOX_WINDOW"), s.inboxWindow, 2, 1000000);
    const QString sync =
        r.string(QStringLiteral("SQLITE_SYNC"), s.sqliteSyncFull ? QStringLiteral("full") : QStringLiteral("normal"))
            .trimmed()
            .toLower();
    if (sync != QLatin1String("full") && sync != QLatin1String("normal"))
        r.fail(settingError(QStringLiteral("SQLITE_SYNC"),
                            QStringLiteral("full, or normal (a power cut may then lose acknowledged messages)"), sync));
    s.sqliteSyncFull = sync != QLatin1String("normal");
}

void readHandoff(Reader &r, Settings &s)
{
    s.businessHours = r.string(QStringLiteral("BUSINESS_HOURS"), s.businessHours);
    s.holidays = r.string(QStringLiteral("HOLIDAYS"), s.holidays);
    if (auto hours = domain::BusinessHours::parse(s.businessHours, s.holidays, QTimeZone(s.timeZone.toUtf8())); !hours)
        r.fail(hours.error());
    constexpr double kWeek = 60 * 24 * 7;
    s.handoffSlaMinutes = r.decimal(QStringLiteral("HANDOFF_SLA_MINUTES"), s.handoffSlaMinutes, 0.01, kWeek);
    s.handoffReminderMinutes =
        r.decimal(QStringLiteral("HANDOFF_REMINDER_MINUTES"), s.handoffReminderMinutes, 0.01, kWeek);
    s.handoffReturnMinutes = r.decimal(QStringLiteral("HANDOFF_RETURN_MINUTES"), s.handoffReturnMinutes, 0.01, kWeek);
    if (s.handoffReturnMinutes < s.handoffReminderMinutes)
        r.fail(settingError(QStringLiteral("HANDOFF_RETURN_MINUTES"),
                            QStringLiteral("at least HANDOFF_REMINDER_MINUTES (%1)").arg(s.handoffReminderMinutes),
                            QString::number(s.handoffReturnMinutes)));
}

QString defaultDataDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/concierge");
}

} // namespace

Result<Environment> SettingsLoader::readEnvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("env_file"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return parseEnvText(file.readAll(), path);
}

Environment SettingsLoader::processEnvironment()
{
    Environment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        env.insert(key, system.value(key));
    return env;
}

QString SettingsLoader::dataDirOf(const Environment &env)
{
    const QString dir = env.value(QStringLiteral("DATA_DIR")).trimmed();
    return dir.isEmpty() ? defaultDataDir() : dir;
}

Result<Settings> SettingsLoader::fromEnvironment(const Environment &env)
{
    Reader r(env);
    Settings s;
    s.host = r.string(QStringLiteral("HOST"), s.host);
    if (QHostAddress(s.host).isNull() && s.host != QLatin1String("localhost"))
        r.fail(
            settingError(QStringLiteral("HOST"), QStringLiteral("an IP address such as 0.0.0.0 or 127.0.0.1"), s.host));
    s.port = quint16(r.integer(QStringLiteral("PORT"), s.port, 1, 65535));
    s.dataDir = r.string(QStringLiteral("DATA_DIR"), defaultDataDir());
    s.databaseUrl = r.url(QStringLiteral("DATABASE_URL"), {QStringLiteral("postgresql"), QStringLiteral("postgres")});
    s.databaseSchema = r.string(QStringLiteral("DATABASE_SCHEMA"), {});
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!s.databaseSchema.isEmpty() && !identifier.match(s.databaseSchema).hasMatch())
        r.fail(settingError(QStringLiteral("DATABASE_SCHEMA"), QStringLiteral("a schema name (letters, digits, _)"),
                            s.databaseSchema));
    s.redisUrl = r.url(QStringLiteral("REDIS_URL"), {QStringLiteral("redis")});
    s.wahaBaseUrl = r.url(QStringLiteral("WAHA_BASE_URL"), {QStringLiteral("http"), QStringLiteral("https")});
    s.wahaApiKey = r.string(QStringLiteral("WAHA_API_KEY"), r.string(QStringLiteral("WAHA_API_TOKEN"), {}));
    s.sessionName = r.string(QStringLiteral("SESSION_NAME"), s.sessionName);
    s.webhookVerifyToken = r.string(QStringLiteral("WEBHOOK_VERIFY_TOKEN"), {});
    s.webhookHmacKey = r.string(QStringLiteral("WEBHOOK_HMAC_KEY"), {});
    s.jwtSecretKey = r.string(QStringLiteral("JWT_SECRET_KEY"), {});
    s.jwtExpireMinutes = r.integer(QStringLiteral("JWT_EXPIRE_MINUTES"), s.jwtExpireMinutes, 1, 60 * 24 * 30);
    s.adminUsername = r.string(QStringLiteral("ADMIN_USERNAME"), s.adminUsername);
    s.adminPassword = r.string(QStringLiteral("ADMIN_PASSWORD"), {});
    // Hand-set secrets too weak to protect children's records are refused, not accepted silently.
    if (!s.jwtSecretKey.isEmpty() && s.jwtSecretKey.size() < kMinJwtSecretChars)
        r.fail(settingError(QStringLiteral("JWT_SECRET_KEY"),
                            QStringLiteral("at least %1 random characters (or leave it unset: one is generated)")
                                .arg(kMinJwtSecretChars),
                            QStringLiteral("%1 characters").arg(s.jwtSecretKey.size())));
    if (!s.adminPassword.isEmpty() && s.adminPassword.size() < kMinAdminPasswordChars)
        r.fail(settingError(
            QStringLiteral("ADMIN_PASSWORD"),
            QStringLiteral("at least %1 characters (or leave it unset: one is generated)").arg(kMinAdminPasswordChars),
            QStringLiteral("%1 characters").arg(s.adminPassword.size())));
    s.sessionTimeoutMinutes =
        r.integer(QStringLiteral("SESSION_TIMEOUT_MINUTES"), s.sessionTimeoutMinutes, 1, 60 * 24 * 7);
    s.retentionDays = r.integer(QStringLiteral("RETENTION_DAYS"), s.retentionDays, 0, 100 * 365);
    s.maxConcurrentRequests = r.integer(QStringLiteral("MAX_CONCURRENT_REQUESTS"), s.maxConcurrentRequests, 1, 10000);
    s.requestTimeoutSeconds = r.integer(QStringLiteral("REQUEST_TIMEOUT_SECONDS"), s.requestTimeoutSeconds, 1, 600);
    s.llmMaxInFlight = r.integer(QStringLiteral("LLM_MAX_IN_FLIGHT"), s.llmMaxInFlight, 1, 100000);
    s.rateLimitPerMinute = r.integer(QStringLiteral("RATE_LIMIT_PER_MINUTE"), s.rateLimitPerMinute, 1, 100000);
    s.instanceLeaseSeconds = r.integer(QStringLiteral("INSTANCE_LEASE_SECONDS"), s.instanceLeaseSeconds, 1, 3600);
    s.maxConnectionsPerAddress =
        r.integer(QStringLiteral("MAX_CONNECTIONS_PER_ADDRESS"), s.maxConnectionsPerAddress, 1, 100000);
    s.trustedProxies = r.string(QStringLiteral("TRUSTED_PROXIES"), {});
    for (const QString &proxy : s.trustedProxies.split(u',', Qt::SkipEmptyParts)) {
        if (QHostAddress::parseSubnet(proxy.trimmed()).first.isNull() && QHostAddress(proxy.trimmed()).isNull())
            r.fail(
                settingError(QStringLiteral("TRUSTED_PROXIES"),
                             QStringLiteral("IP addresses or subnets separated by commas, e.g. 10.0.0.5, 10.1.0.0/16"),
                             proxy.trimmed()));
    }
    s.logLevel = r.string(QStringLiteral("LOG_LEVEL"), s.logLevel).toLower();
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"),  QStringLiteral("warning"),
                                    QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("critical")};
    if (!levels.contains(s.logLevel))
        r.fail(settingError(QStringLiteral("LOG_LEVEL"), QStringLiteral("debug, info, warning or error"), s.logLevel));
    s.logFormat = r.string(QStringLiteral("LOG_FORMAT"), s.logFormat).toLower();
    if (s.logFormat != QLatin1String("text") && s.logFormat != QLatin1String("json"))
        r.fail(settingError(QStringLiteral("LOG_FORMAT"), QStringLiteral("text or json"), s.logFormat));
    s.metricsToken = r.string(QStringLiteral("METRICS_TOKEN"), {});
    s.timeZone = r.string(QStringLiteral("TZ"), s.timeZone);
    if (!QTimeZone(s.timeZone.toUtf8()).isValid())
        r.fail(
            settingError(QStringLiteral("TZ"), QStringLiteral("an IANA time zone such as Africa/Dakar"), s.timeZone));

    s.anthropicBaseUrl = r.url(QStringLiteral("ANTHROPIC_BASE_URL"), {QStringLiteral("http"), QStringLiteral("https")});
    if (s.anthropicBaseUrl.isEmpty())
        s.anthropicBaseUrl = QStringLiteral("https://api.anthropic.com");
    s.anthropicAuthToken = r.string(QStringLiteral("ANTHROPIC_AUTH_TOKEN"), {});
    s.anthropicApiKey = r.string(QStringLiteral("ANTHROPIC_API_KEY"), {});
    s.anthropicModel = r.string(QStringLiteral("ANTHROPIC_MODEL"), {});
    s.baserowUrl = r.url(QStringLiteral("BASEROW_URL"), {QStringLiteral("http"), QStringLiteral("https")});
    s.baserowAuthKey = r.string(QStringLiteral("BASEROW_AUTH_KEY"), {});
    s.baserowFaqTableId = r.integer(QStringLiteral("BASEROW_FAQ_TABLE_ID"), 0, 0, std::numeric_limits<int>::max());
    s.baserowParentsTableId =
        r.integer(QStringLiteral("BASEROW_PARENTS_TABLE_ID"), 0, 0, std::numeric_limits<int>::max());
    s.baserowStudentsTableId =
        r.integer(QStringLiteral("BASEROW_STUDENTS_TABLE_ID"), 0, 0, std::numeric_limits<int>::max());
    s.demoData = r.boolean(QStringLiteral("DEMO_DATA"), false);
    s.parishName = r.string(QStringLiteral("PARISH_NAME"), s.parishName);
    s.parishLogo = r.string(QStringLiteral("PARISH_LOGO"), {});
    s.publicBaseUrl = r.url(QStringLiteral("PUBLIC_BASE_URL"), {QStringLiteral("http"), QStringLiteral("https")});
    readHandoff(r, s);
    readResilience(r, s);

    if (r.error())
        return *r.error();
    return s;
}

void SettingsLoader::applyLogLevel(const QString &level)
{
    QString rules;
    if (level == QLatin1String("debug"))
        rules = QStringLiteral("concierge.*.debug=true");
    else if (level == QLatin1String("warning") || level == QLatin1String("warn"))
        rules = QStringLiteral("concierge.*.info=false");
    else if (level == QLatin1String("error") || level == QLatin1String("critical"))
        rules = QStringLiteral("concierge.*.info=false\nconcierge.*.warning=false");
    QLoggingCategory::setFilterRules(rules);
}

Environment SettingsLoader::describe(const Settings &s)
{
    Environment out;
    out.insert(QStringLiteral("HOST"), s.host);
    out.insert(QStringLiteral("PORT"), QString::number(s.port));
    out.insert(QStringLiteral("DATA_DIR"), s.dataDir);
    out.insert(QStringLiteral("DATABASE_URL"), s.databaseUrl.isEmpty()
                                                   ? QStringLiteral("(SQLite)")
                                                   : QUrl(s.databaseUrl).toDisplayString(QUrl::RemovePassword));
    out.insert(QStringLiteral("REDIS_URL"), s.redisUrl.isEmpty()
                                                ? QStringLiteral("(in-process)")
                                                : QUrl(s.redisUrl).toDisplayString(QUrl::RemovePassword));
    out.insert(QStringLiteral("WAHA_BASE_URL"), s.wahaBaseUrl);
    out.insert(QStringLiteral("WAHA_API_KEY"), maskSecret(s.wahaApiKey));
    out.insert(QStringLiteral("SESSION_NAME"), s.sessionName);
    out.insert(QStringLiteral("WEBHOOK_VERIFY_TOKEN"), maskSecret(s.webhookVerifyToken));
    out.insert(QStringLiteral("WEBHOOK_HMAC_KEY"), maskSecret(s.webhookHmacKey));
    out.insert(QStringLiteral("JWT_SECRET_KEY"), maskSecret(s.jwtSecretKey));
    out.insert(QStringLiteral("ANTHROPIC_BASE_URL"), s.anthropicBaseUrl);
    out.insert(QStringLiteral("ANTHROPIC_AUTH_TOKEN"), maskSecret(s.anthropicAuthToken));
    out.insert(QStringLiteral("ANTHROPIC_API_KEY"), maskSecret(s.anthropicApiKey));
    out.insert(QStringLiteral("ANTHROPIC_MODEL"), s.anthropicModel);
    out.insert(QStringLiteral("BASEROW_URL"), s.baserowUrl);
    out.insert(QStringLiteral("BASEROW_AUTH_KEY"), maskSecret(s.baserowAuthKey));
    out.insert(QStringLiteral("BASEROW_PARENTS_TABLE_ID"), QString::number(s.baserowParentsTableId));
    out.insert(QStringLiteral("BASEROW_STUDENTS_TABLE_ID"), QString::number(s.baserowStudentsTableId));
    out.insert(QStringLiteral("PARISH_NAME"), s.parishName);
    out.insert(QStringLiteral("PARISH_LOGO"), s.parishLogo);
    out.insert(QStringLiteral("PUBLIC_BASE_URL"), s.publicBaseUrl);
    out.insert(QStringLiteral("LOG_LEVEL"), s.logLevel);
    out.insert(QStringLiteral("LOG_FORMAT"), s.logFormat);
    out.insert(QStringLiteral("METRICS_TOKEN"), maskSecret(s.metricsToken));
    out.insert(QStringLiteral("TZ"), s.timeZone);
    out.insert(QStringLiteral("BUSINESS_HOURS"), s.businessHours);
    out.insert(QStringLiteral("HOLIDAYS"), s.holidays);
    out.insert(QStringLiteral("HANDOFF_SLA_MINUTES"), QString::number(s.handoffSlaMinutes));
    out.insert(QStringLiteral("HANDOFF_REMINDER_MINUTES"), QString::number(s.handoffReminderMinutes));
    out.insert(QStringLiteral("HANDOFF_RETURN_MINUTES"), QString::number(s.handoffReturnMinutes));
    out.insert(QStringLiteral("BACKLOG_DEGRADED_SECONDS"), QString::number(s.backlogDegradedSeconds));
    out.insert(QStringLiteral("SQLITE_WAL_LIMIT_MB"), QString::number(s.sqliteWalLimitMb));
    out.insert(QStringLiteral("INBOX_WINDOW"), QString::number(s.inboxWindow));
    out.insert(QStringLiteral("SQLITE_SYNC"), s.sqliteSyncFull ? QStringLiteral("full") : QStringLiteral("normal"));
    return out;
}

} // namespace concierge::config
