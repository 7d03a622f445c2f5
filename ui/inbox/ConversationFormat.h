#pragma once

#include <QColor>
#include <QJsonObject>
#include <QString>

namespace concierge::ui::inbox {

// One conversation as the list and the panels show it (the API's <conversation> object).
struct Conversation
{
    QString chatId;
    QString contactName;
    QString phone;
    QString owner; // "bot" | "queued" | "human:<agent>"
    QString agent;
    int version = 0;
    QString lastText;
    QString lastAuthor;
    qint64 lastActivityMs = 0;
    qint64 waitingSinceMs = 0; // 0 unless queued
    int unread = 0;

    bool isQueued() const { return owner == QLatin1String("queued"); }
    bool isHuman() const { return owner.startsWith(QLatin1String("human:")); }
    static Conversation fromJson(const QJsonObject &json);
};

// "+221 77 123 45 67" from "221771234567@c.us" or "221771234567"; other countries as "+<digits>".
QString readablePhone(const QString &phoneOrChatId);
// The name to show: the WhatsApp name, else the readable number.
QString displayName(const Conversation &conversation);
// "12 s", "4 min", "1 h 05", "2 d": how long since `sinceMs`.
QString elapsedText(qint64 sinceMs, qint64 nowMs);
// "Assistant", "Waiting for a person", "With Awa" / "With you".
QString ownerText(const Conversation &conversation, const QString &me);
QColor ownerColor(const Conversation &conversation);
// Who wrote a message: the contact's name, "Assistant", the agent's name, "Phone".
QString authorLabel(const QString &author, const QString &agent, const QString &contact);
// The delivery ticks of a reply ("✓", "✓✓", "⚠") and their colour.
QString ticks(const QString &status);
QColor tickColor(const QString &status);
QString statusText(const QString &status);

} // namespace concierge::ui::inbox
