#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

#include <functional>

// One category per concern; LOG_LEVEL maps onto these rules (see Settings).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcWaha)
Q_DECLARE_LOGGING_CATEGORY(lcLlm)
Q_DECLARE_LOGGING_CATEGORY(lcBaserow)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcAssistant)

namespace concierge {
// "abcdef123456" -> "abcd…(12)": enough to tell two secrets apart in a log, never enough to use one.
QString maskSecret(const QString &secret);

// What a log line may hold, at every level above debug: chat ids, message and outbox ids, statuses, counts, error
// codes. Never a message's text, a token or a key (mask them with maskSecret).
namespace logging {

// LOG_FORMAT: "text" (default) writes "<time> <level> <category>: <message>", "json" one object per line
// {"time","level","category","message",...fields}. Either way one event is one line.
enum class Format { Text, Json };
Format formatFromName(const QString &name); // "json" -> Json, anything else -> Text
using Sink = std::function<void(const QByteArray &line)>;

// Installs the process's message handler: every qDebug/qCInfo/... becomes one line (with its newline) on stderr, or
// given to `sink` (tests). Thread-safe; lines are never interleaved.
void install(Format format, Sink sink = {});

// One line, without its newline: time in ISO 8601 UTC with milliseconds, level (debug, info, warning, error, fatal),
// category, message (newlines escaped in text), and in JSON the fields as top-level keys (a text line leaves them out:
// its message says the same in words).
QByteArray formatLine(Format format, QtMsgType type, const char *category, const QString &message,
                      const QJsonObject &fields, const QDateTime &timeUtc);

// Logs `message` with structured fields (chat_id, status, ...) in `category` when the category lets `type` through.
void event(const QLoggingCategory &category, QtMsgType type, const QString &message, const QJsonObject &fields);

} // namespace logging
} // namespace concierge
