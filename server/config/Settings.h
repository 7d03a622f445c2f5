#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace concierge::config {

// Every setting of the server, with the names of the original service description. Each has a safe default so
// that the program starts with none; see docs/configuration.md.
struct Settings
{
    QString host = QStringLiteral("0.0.0.0");
    quint16 port = 8000;
    QString dataDir;        // default: the user's application data folder
    QString databaseUrl;    // empty: SQLite file in dataDir
    QString databaseSchema; // PostgreSQL schema (search_path); empty: the server's default
    QString redisUrl;       // empty: in-process cache

    QString wahaBaseUrl; // empty: replies are kept in the outbox until WAHA is configured
    QString wahaApiKey;  // WAHA_API_KEY, alias WAHA_API_TOKEN
    QString sessionName = QStringLiteral("default");

    QString webhookVerifyToken; // X-Waha-Token
    QString webhookHmacKey;     // X-Webhook-Hmac (HMAC-SHA512 of the raw body)
    QString jwtSecretKey;
    int jwtExpireMinutes = 30;
    QString adminUsername = QStringLiteral("admin");
    QString adminPassword;

    int sessionTimeoutMinutes = 30;
    int retentionDays = 365; // message texts older than this are removed daily; 0 keeps everything
    int maxConcurrentRequests = 100;
    int requestTimeoutSeconds = 30;
    int llmMaxInFlight = 1000; // LLM_MAX_IN_FLIGHT: calls to the LLM API under way at once (chats waiting on it)
    int rateLimitPerMinute = 20;
    // PostgreSQL with several instances: how long a dead instance's chats and replies wait before another takes them.
    int instanceLeaseSeconds = 30;
    int maxConnectionsPerAddress = 64; // open connections one client address may hold
    QString trustedProxies;            // "10.0.0.5, 192.168.1.0/24": reverse proxies whose X-Forwarded-For counts
    QString logLevel = QStringLiteral("info");
    QString logFormat = QStringLiteral("text"); // LOG_FORMAT: text | json (one JSON object per line)
    QString metricsToken; // METRICS_TOKEN: GET /metrics wants it as a bearer token; empty: loopback clients only
    QString timeZone = QStringLiteral("Africa/Dakar");

    QString anthropicBaseUrl = QStringLiteral("https://api.anthropic.com");
    QString anthropicAuthToken; // Authorization: Bearer (gateways such as z.ai)
    QString anthropicApiKey;    // x-api-key
    QString anthropicModel;

    QString baserowUrl;
    QString baserowAuthKey;
    int baserowFaqTableId = 0;
    int baserowParentsTableId = 0; // with the students table: the registry is read from Baserow
    int baserowStudentsTableId = 0;

    // Catechism certificates: who issues them, and where the public verification page and download links live.
    QString parishName = QStringLiteral("Paroisse Saint-Joseph");
    QString parishLogo;    // PARISH_LOGO: path of a PNG or JPEG; empty: no logo
    QString publicBaseUrl; // PUBLIC_BASE_URL, e.g. "https://paroisse.example.sn"; empty: no QR URL nor links

    bool demoData = false;

    // When the office answers people (see domain::BusinessHours for the format) and how handoffs are watched.
    QString businessHours = QStringLiteral("mon-fri 08:30-12:30,15:00-18:00; sat 09:00-12:00");
    QString holidays;                   // "2026-12-25, 2027-01-01"
    double handoffSlaMinutes = 15;      // nobody claimed a waiting conversation: a follow-up is opened
    double handoffReminderMinutes = 10; // an agent silent this long on a claimed conversation is reminded
    double handoffReturnMinutes = 30;   // ... and past this, the conversation goes back to the queue

    // Resilience (docs/resilience.md): /health is degraded while an acknowledged message waits longer than this for
    // its answer; the SQLite write-ahead log is kept under this size (webhooks get 503 beyond it).
    int backlogDegradedSeconds = 300; // BACKLOG_DEGRADED_SECONDS
    int sqliteWalLimitMb = 256;       // SQLITE_WAL_LIMIT_MB
    // INBOX_WINDOW: acknowledged messages waiting in memory at most; beyond them a backlog stays in the durable inbox
    // and is read back in windows (pipeline::InboxWindow), so memory does not follow the backlog.
    int inboxWindow = 5000;
    // SQLITE_SYNC: "full" (default) syncs every commit to the disk before a webhook is acknowledged; "normal" syncs
    // only at checkpoints, so a power cut (not a crash of the process) may lose acknowledged messages.
    bool sqliteSyncFull = true;

    bool llmConfigured() const;
    bool baserowConfigured() const;
};

using Environment = QHash<QString, QString>;

class SettingsLoader
{
public:
    // Reads a .env file: KEY=VALUE lines, '#' comments, optional "export ", single or double quotes.
    static Result<Environment> readEnvFile(const QString &path);
    // The process environment (values there win over the file's).
    static Environment processEnvironment();
    // DATA_DIR of `env`, or the default data folder.
    static QString dataDirOf(const Environment &env);
    // Builds and validates settings. An error names the setting: "PORT: expected 1..65535, got 'abc'".
    static Result<Settings> fromEnvironment(const Environment &env);
    // Applies LOG_LEVEL to the logging categories.
    static void applyLogLevel(const QString &level);
    // The settings that may be shown, with secrets masked (for logs, /health and the console).
    static Environment describe(const Settings &settings);
};

} // namespace concierge::config
