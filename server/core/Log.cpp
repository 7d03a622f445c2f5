#include "core/Log.h"

#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <utility>

Q_LOGGING_CATEGORY(lcHttp, "concierge.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "concierge.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPipeline, "concierge.pipeline", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "concierge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "concierge.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWaha, "concierge.waha", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLlm, "concierge.llm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBaserow, "concierge.baserow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "concierge.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "concierge.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAssistant, "concierge.assistant", QtInfoMsg)

namespace concierge {

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(unset)");
    if (secret.size() < 12)
        return QStringLiteral("****(%1)").arg(secret.size());
    return secret.left(4) + QStringLiteral("…(%1)").arg(secret.size());
}

namespace logging {

namespace {

struct Handler
{
    QMutex mutex;
    Format format = Format::Text;
    Sink sink;
};

Handler &handler()
{
    static Handler h;
    return h;
}

// The fields of the event() being logged on this thread (the message handler runs synchronously in it).
thread_local const QJsonObject *t_fields = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Handler &h = handler();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const char *category = context.category && *context.category ? context.category : "default";
    QMutexLocker lock(&h.mutex);
    const QByteArray line =
        formatLine(h.format, type, category, message, t_fields ? *t_fields : QJsonObject(), now) + '\n';
    if (h.sink) {
        h.sink(line);
    } else {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace

Format formatFromName(const QString &name)
{
    return name.trimmed().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Format::Json : Format::Text;
}

void install(Format format, Sink sink)
{
    {
        Handler &h = handler();
        QMutexLocker lock(&h.mutex);
        h.format = format;
        h.sink = std::move(sink);
    }
    qInstallMessageHandler(&handle);
}

QByteArray formatLine(Format format, QtMsgType type, const char *category, const QString &message,
                      const QJsonObject &fields, const QDateTime &timeUtc)
{
    const QString time = timeUtc.toUTC().toString(Qt::ISODateWithMs);
    if (format == Format::Json) {
        QJsonObject line{{QStringLiteral("time"), time},
                         {QStringLiteral("level"), QLatin1String(levelName(type))},
                         {QStringLiteral("category"), QLatin1String(category)},
                         {QStringLiteral("message"), message}};
        for (auto it = fields.begin(); it != fields.end(); ++it) // a field never hides one of the four
            line.insert(line.contains(it.key()) ? QStringLiteral("field_") + it.key() : it.key(), it.value());
        return QJsonDocument(line).toJson(QJsonDocument::Compact);
    }
    // The text line is for people: the message already says in words what the fields hold.
    const QString text = time + u' ' + QLatin1String(levelName(type)) + u' ' + QLatin1String(category) +
                         QLatin1String(": ") + oneLine(message);
    return text.toUtf8();
}

void event(const QLoggingCategory &category, QtMsgType type, const QString &message, const QJsonObject &fields)
{
    if (!category.isEnabled(type))
        return;
    const QJsonObject *previous = std::exchange(t_fields, &fields);
    const QMessageLogger logger(nullptr, 0, nullptr, category.categoryName());
    switch (type) {
    case QtDebugMsg: logger.debug("%s", qUtf8Printable(message)); break;
    case QtInfoMsg: logger.info("%s", qUtf8Printable(message)); break;
    case QtWarningMsg: logger.warning("%s", qUtf8Printable(message)); break;
    case QtCriticalMsg:
    case QtFatalMsg: logger.critical("%s", qUtf8Printable(message)); break;
    }
    t_fields = previous;
}

} // namespace logging
} // namespace concierge
