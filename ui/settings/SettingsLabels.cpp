#include "settings/SettingsLabels.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace concierge::ui {

namespace {

constexpr std::array<std::pair<const char *, const char *>, 34> kLabels{{
    {"WAHA_BASE_URL", QT_TRANSLATE_NOOP("Settings", "WAHA address")},
    {"WAHA_API_KEY", QT_TRANSLATE_NOOP("Settings", "WAHA API key")},
    {"SESSION_NAME", QT_TRANSLATE_NOOP("Settings", "WhatsApp session name")},
    {"WEBHOOK_HMAC_KEY", QT_TRANSLATE_NOOP("Settings", "Webhook HMAC key")},
    {"ANTHROPIC_BASE_URL", QT_TRANSLATE_NOOP("Settings", "AI service address")},
    {"ANTHROPIC_MODEL", QT_TRANSLATE_NOOP("Settings", "AI model")},
    {"ANTHROPIC_AUTH_TOKEN", QT_TRANSLATE_NOOP("Settings", "AI token (Bearer)")},
    {"ANTHROPIC_API_KEY", QT_TRANSLATE_NOOP("Settings", "AI API key")},
    {"REQUEST_TIMEOUT_SECONDS", QT_TRANSLATE_NOOP("Settings", "AI time limit (seconds)")},
    {"BASEROW_URL", QT_TRANSLATE_NOOP("Settings", "Baserow address")},
    {"BASEROW_AUTH_KEY", QT_TRANSLATE_NOOP("Settings", "Baserow token")},
    {"BASEROW_FAQ_TABLE_ID", QT_TRANSLATE_NOOP("Settings", "FAQ table id")},
    {"BASEROW_PARENTS_TABLE_ID", QT_TRANSLATE_NOOP("Settings", "Parents table id")},
    {"BASEROW_STUDENTS_TABLE_ID", QT_TRANSLATE_NOOP("Settings", "Pupils table id")},
    {"PARISH_NAME", QT_TRANSLATE_NOOP("Settings", "Parish name")},
    {"PARISH_LOGO", QT_TRANSLATE_NOOP("Settings", "Parish logo (PNG or JPEG file)")},
    {"PUBLIC_BASE_URL", QT_TRANSLATE_NOOP("Settings", "Public address of the server")},
    {"DEMO_DATA", QT_TRANSLATE_NOOP("Settings", "Load the demo parish into an empty database")},
    {"BUSINESS_HOURS", QT_TRANSLATE_NOOP("Settings", "Office hours")},
    {"HOLIDAYS", QT_TRANSLATE_NOOP("Settings", "Closed days")},
    {"TZ", QT_TRANSLATE_NOOP("Settings", "Time zone")},
    {"HANDOFF_SLA_MINUTES", QT_TRANSLATE_NOOP("Settings", "Minutes before a call-back is planned")},
    {"HANDOFF_REMINDER_MINUTES", QT_TRANSLATE_NOOP("Settings", "Minutes before reminding a silent agent")},
    {"HANDOFF_RETURN_MINUTES", QT_TRANSLATE_NOOP("Settings", "Minutes before returning to the queue")},
    {"HOST", QT_TRANSLATE_NOOP("Settings", "Listen address")},
    {"PORT", QT_TRANSLATE_NOOP("Settings", "Port")},
    {"LOG_LEVEL", QT_TRANSLATE_NOOP("Settings", "Log level")},
    {"SESSION_TIMEOUT_MINUTES", QT_TRANSLATE_NOOP("Settings", "Minutes before a conversation starts afresh")},
    {"RETENTION_DAYS", QT_TRANSLATE_NOOP("Settings", "Days message texts are kept (0: for ever)")},
    {"RATE_LIMIT_PER_MINUTE", QT_TRANSLATE_NOOP("Settings", "Messages per person per minute")},
    {"INSTANCE_LEASE_SECONDS",
     QT_TRANSLATE_NOOP("Settings", "Seconds before another server takes over a stopped one's chats")},
    {"JWT_EXPIRE_MINUTES", QT_TRANSLATE_NOOP("Settings", "Console sign-in lifetime (minutes)")},
    {"REDIS_URL", QT_TRANSLATE_NOOP("Settings", "Redis address")},
    {"SQLITE_SYNC", QT_TRANSLATE_NOOP("Settings", "Write to disk before answering (full: survives a power cut)")},
}};

constexpr std::array<std::pair<const char *, const char *>, 7> kGroups{{
    {"whatsapp", QT_TRANSLATE_NOOP("Settings", "WhatsApp")},
    {"ai", QT_TRANSLATE_NOOP("Settings", "AI")},
    {"baserow", QT_TRANSLATE_NOOP("Settings", "Baserow")},
    {"parish", QT_TRANSLATE_NOOP("Settings", "Parish")},
    {"hours", QT_TRANSLATE_NOOP("Settings", "Hours")},
    {"server", QT_TRANSLATE_NOOP("Settings", "Server")},
    {"console", QT_TRANSLATE_NOOP("Settings", "Console")},
}};

template <std::size_t N>
QString lookup(const std::array<std::pair<const char *, const char *>, N> &table, const QString &key)
{
    for (const auto &[name, text] : table) {
        if (key == QLatin1String(name))
            return QCoreApplication::translate("Settings", text);
    }
    return key;
}

} // namespace

QString settingLabel(const QString &key)
{
    return lookup(kLabels, key);
}

QString settingGroupTitle(const QString &group)
{
    return lookup(kGroups, group);
}

} // namespace concierge::ui
