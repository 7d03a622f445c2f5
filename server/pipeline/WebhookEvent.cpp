#include "pipeline/WebhookEvent.h"

#include "pipeline/JsonView.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace concierge::pipeline {

namespace {

Error badRequest(const QString &code, const QString &message)
{
    return Error{code, message};
}

WebhookEvent ignored(const QString &reason)
{
    WebhookEvent e;
    e.kind = WebhookEvent::Kind::Ignored;
    e.ignoredReason = reason;
    return e;
}

// WhatsApp's own maximum: anything longer is not a real message, and every later step (normalisation, routing, the
// FAQ, storage, the console) can count on at most this many characters. A surrogate pair is not split.
QString withinWhatsAppLimit(QString text)
{
    if (text.size() <= kMaxMessageChars)
        return text;
    qsizetype end = kMaxMessageChars;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    text.truncate(end);
    return text;
}

QString pushNameOf(const JsonView &data)
{
    for (const char *key : {"pushName", "notifyName"}) {
        const QString name = data.value(key).toString();
        if (!name.isEmpty())
            return name;
    }
    return data.value("Info").value("PushName").toString();
}

// payload.timestamp: Unix seconds in WAHA's events (milliseconds accepted too); the simplified shape may send a
// number in a string or an ISO 8601 time. 0 when absent or not a time, or more than a day ahead of ours (a wrong clock:
// the recent ids are forgotten by then): the duplicate check then goes by the id alone.
qint64 sentAtOf(const JsonView &timestamp, qint64 nowMs)
{
    constexpr double kMillisFrom = 1e11; // below: seconds (1e11 s is the year 5138), above: milliseconds
    constexpr double kDayMs = 24.0 * 60 * 60 * 1000;
    const auto asMs = [](double value) { return value < kMillisFrom ? value * 1000 : value; };
    double ms = 0;
    if (timestamp.isDouble()) {
        ms = asMs(timestamp.toDouble());
    } else if (timestamp.isString()) {
        bool number = false;
        const double value = timestamp.toString().toDouble(&number);
        const QDateTime time = number ? QDateTime() : QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
        ms = number ? asMs(value) : (time.isValid() ? double(time.toMSecsSinceEpoch()) : 0);
    }
    return ms > 0 && ms <= double(nowMs) + kDayMs ? qint64(ms) : 0;
}

QJsonObject mediaOf(const JsonView &payload)
{
    const JsonView media = payload.value("media");
    if (!payload.value("hasMedia").toBool() || media.isEmptyObject())
        return {};
    QJsonObject out;
    for (const char *key : {"url", "mimetype", "filename", "error"}) {
        const QJsonValue v = media.value(key).toJsonValue();
        if (!v.isNull() && !v.isUndefined())
            out.insert(QLatin1String(key), v);
    }
    return out;
}

// The chat of a message: for our own messages WEBJS puts the peer in `to`, NOWEB/GOWS in `from`.
QString chatOf(const JsonView &payload, bool fromMe, const QString &myId)
{
    const QString from = payload.value("from").toString();
    const QString to = payload.value("to").toString();
    if (fromMe && !to.isEmpty() && normalizeChatId(to) != normalizeChatId(myId))
        return normalizeChatId(to);
    return normalizeChatId(from);
}

Result<WebhookEvent> parseMessage(const JsonView &envelope, const QString &event, qint64 nowMs)
{
    const JsonView payload = envelope.value("payload");
    const QString id = payload.value("id").toString();
    if (id.isEmpty() || !payload.value("from").isString())
        return badRequest(QStringLiteral("missing_field"), QStringLiteral("payload.id and payload.from are required"));

    const bool fromMe = payload.value("fromMe").toBool();
    const QString myId = envelope.value("me").value("id").toString();
    const QString chatId = chatOf(payload, fromMe, myId);
    if (!isPersonChat(chatId))
        return ignored(QStringLiteral("not a person chat: ") + chatId.section(u'@', 1));

    WebhookEvent e;
    if (fromMe) {
        // Our own sends come back as source "api"; a reply typed on the paired phone is "app".
        if (event != QLatin1String("message.any") || payload.value("source").toString() == QLatin1String("api"))
            return ignored(QStringLiteral("own message"));
        e.kind = WebhookEvent::Kind::StaffMessage;
        e.message.kind = store::InboxKind::Staff;
    } else {
        e.kind = WebhookEvent::Kind::UserMessage;
    }
    e.message.wahaMessageId = id;
    e.message.eventId = envelope.value("id").toString();
    e.message.chatId = chatId;
    e.message.text = withinWhatsAppLimit(payload.value("body").toString());
    e.message.pushName = pushNameOf(payload.value("_data"));
    e.message.media = mediaOf(payload);
    e.message.receivedAtMs = nowMs;
    e.message.sentAtMs = sentAtOf(payload.value("timestamp"), nowMs);
    return e;
}

Result<WebhookEvent> parseEnvelope(const JsonView &envelope, qint64 nowMs)
{
    const QString event = envelope.value("event").toString();
    const JsonView payload = envelope.value("payload");
    if (!payload.isObject())
        return badRequest(QStringLiteral("missing_field"), QStringLiteral("payload must be an object"));

    if (event == QLatin1String("message") || event == QLatin1String("message.any"))
        return parseMessage(envelope, event, nowMs);
    if (event == QLatin1String("message.ack")) {
        const QString id = payload.value("id").toString();
        if (id.isEmpty() || !payload.value("ack").isDouble())
            return badRequest(QStringLiteral("missing_field"),
                              QStringLiteral("payload.id and payload.ack are required"));
        if (!payload.value("fromMe").toBool())
            return ignored(QStringLiteral("ack of a message we did not send"));
        WebhookEvent e;
        e.kind = WebhookEvent::Kind::Ack;
        e.ackMessageId = shortMessageId(id);
        e.ack = payload.value("ack").toInt();
        return e;
    }
    if (event == QLatin1String("session.status")) {
        const QString status = payload.value("status").toString();
        if (status.isEmpty())
            return badRequest(QStringLiteral("missing_field"), QStringLiteral("payload.status is required"));
        WebhookEvent e;
        e.kind = WebhookEvent::Kind::SessionStatus;
        e.sessionStatus = status;
        return e;
    }
    return ignored(QStringLiteral("event not handled: ") + event);
}

// {"session":"default","message":{"from":"1234567890","text":"...","timestamp":"..."}}
Result<WebhookEvent> parseSimplified(const JsonView &root, qint64 nowMs)
{
    const JsonView message = root.value("message");
    const QString from = message.value("from").toString().trimmed();
    if (from.isEmpty() || !message.value("text").isString())
        return badRequest(
            QStringLiteral("missing_field"),
            QStringLiteral("expected a WAHA event (event, payload) or {\"message\": {\"from\", \"text\"}}"));
    const QString chatId = normalizeChatId(from);
    if (!isPersonChat(chatId))
        return ignored(QStringLiteral("not a person chat"));
    WebhookEvent e;
    e.kind = WebhookEvent::Kind::UserMessage;
    e.message.chatId = chatId;
    e.message.text = withinWhatsAppLimit(message.value("text").toString());
    // No message id in this shape: the same sender, time and text delivered again is the same message. Without a
    // timestamp there is nothing to tell a redelivery from a parent writing "oui" twice: each one is new.
    QString id = message.value("id").toString();
    const QString timestamp = message.value("timestamp").toJsonValue().toVariant().toString();
    if (id.isEmpty() && timestamp.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (id.isEmpty())
        id = integrations::syntheticMessageId(from, timestamp, e.message.text);
    e.message.wahaMessageId = id;
    e.message.receivedAtMs = nowMs;
    e.message.sentAtMs = sentAtOf(message.value("timestamp"), nowMs);
    return e;
}

} // namespace

Result<WebhookEvent> parseWebhook(const QByteArray &body, qint64 nowMs)
{
    const JsonDocument doc(body);
    if (!doc.error().isEmpty())
        return badRequest(QStringLiteral("malformed_json"), QStringLiteral("invalid JSON: ") + doc.error());
    if (!doc.root().isObject())
        return badRequest(QStringLiteral("malformed_json"), QStringLiteral("the body must be a JSON object"));
    const JsonView root = doc.root();
    if (root.contains("event"))
        return parseEnvelope(root, nowMs);
    if (root.contains("message"))
        return parseSimplified(root, nowMs);
    return badRequest(QStringLiteral("missing_field"),
                      QStringLiteral("expected a WAHA event with \"event\" and \"payload\""));
}

} // namespace concierge::pipeline
