#include "ops/SettingsCatalog.h"

namespace concierge::ops {

namespace {

using config::Settings;

QString number(double value)
{
    return QString::number(value);
}

// One line per setting: key, group, secret, needs a restart, and how to read it from the settings in force.
QList<SettingDefinition> definitions()
{
    return {
        {u"WAHA_BASE_URL"_qs, u"whatsapp"_qs, false, true, [](const Settings &s) { return s.wahaBaseUrl; }},
        {u"WAHA_API_KEY"_qs, u"whatsapp"_qs, true, true, [](const Settings &s) { return s.wahaApiKey; }},
        {u"SESSION_NAME"_qs, u"whatsapp"_qs, false, true, [](const Settings &s) { return s.sessionName; }},
        {u"WEBHOOK_HMAC_KEY"_qs, u"whatsapp"_qs, true, true, [](const Settings &s) { return s.webhookHmacKey; }},
        {u"ANTHROPIC_BASE_URL"_qs, u"ai"_qs, false, true, [](const Settings &s) { return s.anthropicBaseUrl; }},
        {u"ANTHROPIC_MODEL"_qs, u"ai"_qs, false, true, [](const Settings &s) { return s.anthropicModel; }},
        {u"ANTHROPIC_AUTH_TOKEN"_qs, u"ai"_qs, true, true, [](const Settings &s) { return s.anthropicAuthToken; }},
        {u"ANTHROPIC_API_KEY"_qs, u"ai"_qs, true, true, [](const Settings &s) { return s.anthropicApiKey; }},
        {u"REQUEST_TIMEOUT_SECONDS"_qs, u"ai"_qs, false, true,
         [](const Settings &s) { return QString::number(s.requestTimeoutSeconds); }},
        {u"BASEROW_URL"_qs, u"baserow"_qs, false, true, [](const Settings &s) { return s.baserowUrl; }},
        {u"BASEROW_AUTH_KEY"_qs, u"baserow"_qs, true, true, [](const Settings &s) { return s.baserowAuthKey; }},
        {u"BASEROW_FAQ_TABLE_ID"_qs, u"baserow"_qs, false, true,
         [](const Settings &s) { return QString::number(s.baserowFaqTableId); }},
        {u"BASEROW_PARENTS_TABLE_ID"_qs, u"baserow"_qs, false, true,
         [](const Settings &s) { return QString::number(s.baserowParentsTableId); }},
        {u"BASEROW_STUDENTS_TABLE_ID"_qs, u"baserow"_qs, false, true,
         [](const Settings &s) { return QString::number(s.baserowStudentsTableId); }},
        {u"PARISH_NAME"_qs, u"parish"_qs, false, true, [](const Settings &s) { return s.parishName; }},
        {u"PARISH_LOGO"_qs, u"parish"_qs, false, true, [](const Settings &s) { return s.parishLogo; }},
        {u"PUBLIC_BASE_URL"_qs, u"parish"_qs, false, true, [](const Settings &s) { return s.publicBaseUrl; }},
        {u"DEMO_DATA"_qs, u"parish"_qs, false, true,
         [](const Settings &s) { return s.demoData ? u"true"_qs : u"false"_qs; }},
        {u"BUSINESS_HOURS"_qs, u"hours"_qs, false, true, [](const Settings &s) { return s.businessHours; }},
        {u"HOLIDAYS"_qs, u"hours"_qs, false, true, [](const Settings &s) { return s.holidays; }},
        {u"TZ"_qs, u"hours"_qs, false, true, [](const Settings &s) { return s.timeZone; }},
        {u"HANDOFF_SLA_MINUTES"_qs, u"hours"_qs, false, true,
         [](const Settings &s) { return number(s.handoffSlaMinutes); }},
        {u"HANDOFF_REMINDER_MINUTES"_qs, u"hours"_qs, false, true,
         [](const Settings &s) { return number(s.handoffReminderMinutes); }},
        {u"HANDOFF_RETURN_MINUTES"_qs, u"hours"_qs, false, true,
         [](const Settings &s) { return number(s.handoffReturnMinutes); }},
        {u"HOST"_qs, u"server"_qs, false, true, [](const Settings &s) { return s.host; }},
        {u"PORT"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return s.port == 0 ? QString() : QString::number(s.port); }}, // 0: tests
        {u"LOG_LEVEL"_qs, u"server"_qs, false, false, [](const Settings &s) { return s.logLevel; }},
        {u"SESSION_TIMEOUT_MINUTES"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return QString::number(s.sessionTimeoutMinutes); }},
        {u"RETENTION_DAYS"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return QString::number(s.retentionDays); }},
        {u"RATE_LIMIT_PER_MINUTE"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return QString::number(s.rateLimitPerMinute); }},
        {u"INSTANCE_LEASE_SECONDS"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return QString::number(s.instanceLeaseSeconds); }},
        {u"JWT_EXPIRE_MINUTES"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return QString::number(s.jwtExpireMinutes); }},
        {u"REDIS_URL"_qs, u"server"_qs, true, true, [](const Settings &s) { return s.redisUrl; }},
        {u"SQLITE_SYNC"_qs, u"server"_qs, false, true,
         [](const Settings &s) { return s.sqliteSyncFull ? u"full"_qs : u"normal"_qs; }},
    };
}

} // namespace

const QList<SettingDefinition> &SettingsCatalog::all()
{
    static const QList<SettingDefinition> list = definitions();
    return list;
}

const SettingDefinition *SettingsCatalog::find(const QString &key)
{
    for (const SettingDefinition &definition : all()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

config::Environment SettingsCatalog::values(const config::Settings &settings)
{
    config::Environment env;
    for (const SettingDefinition &definition : all())
        env.insert(definition.key, definition.value(settings));
    return env;
}

QString SettingsCatalog::secretSentElsewhere(const config::Environment &given, const config::Environment &saved)
{
    for (const SettingDefinition &address : all()) {
        const bool moved = address.key.endsWith(u"_URL") && given.contains(address.key) &&
                           given.value(address.key).trimmed() != saved.value(address.key).trimmed();
        if (!moved)
            continue;
        for (const SettingDefinition &secret : all()) {
            if (secret.secret && secret.group == address.group && !given.contains(secret.key) &&
                !saved.value(secret.key).isEmpty())
                return secret.key;
        }
    }
    return {};
}

QString SettingsCatalog::hint(const QString &secret)
{
    return secret.size() >= 12 ? secret.right(4) : QString();
}

} // namespace concierge::ops
