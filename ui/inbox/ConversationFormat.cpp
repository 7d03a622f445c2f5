#include "inbox/ConversationFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concierge::ui::inbox {

namespace {

// The translation context of these free functions.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Conversations)
};

// Groups of digits separated by spaces, e.g. "771234567" with {2,3,2,2} -> "77 123 45 67".
QString grouped(const QString &digits, std::initializer_list<int> sizes)
{
    QStringList parts;
    int at = 0;
    for (int size : sizes) {
        parts.append(digits.mid(at, size));
        at += size;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

Conversation Conversation::fromJson(const QJsonObject &json)
{
    Conversation c;
    c.chatId = json.value(QLatin1String("chat_id")).toString();
    c.contactName = json.value(QLatin1String("contact_name")).toString();
    c.phone = json.value(QLatin1String("phone")).toString();
    c.owner = json.value(QLatin1String("owner")).toString(QStringLiteral("bot"));
    c.agent = json.value(QLatin1String("agent")).toString();
    c.version = json.value(QLatin1String("version")).toInt();
    const QJsonObject last = json.value(QLatin1String("last_message")).toObject();
    c.lastText = last.value(QLatin1String("text")).toString();
    c.lastAuthor = last.value(QLatin1String("author")).toString();
    c.lastActivityMs = qint64(json.value(QLatin1String("last_activity")).toDouble());
    c.waitingSinceMs = qint64(json.value(QLatin1String("waiting_since")).toDouble());
    c.unread = json.value(QLatin1String("unread")).toInt();
    return c;
}

QString readablePhone(const QString &phoneOrChatId)
{
    const QString id = phoneOrChatId.section(QLatin1Char('@'), 0, 0);
    const QString domain = phoneOrChatId.section(QLatin1Char('@'), 1);
    if (domain == QLatin1String("g.us"))
        return Text::tr("WhatsApp group");
    static const QRegularExpression nonDigit(QStringLiteral("[^0-9]"));
    QString digits = id;
    digits.remove(nonDigit);
    if (digits.isEmpty() || domain == QLatin1String("lid"))
        return id;
    if (digits.startsWith(QLatin1String("221")) && digits.size() == 12)
        return QStringLiteral("+221 ") + grouped(digits.mid(3), {2, 3, 2, 2});
    if (digits.startsWith(QLatin1String("33")) && digits.size() == 11)
        return QStringLiteral("+33 ") + grouped(digits.mid(2), {1, 2, 2, 2, 2});
    return QLatin1Char('+') + digits;
}

QString displayName(const Conversation &conversation)
{
    if (!conversation.contactName.trimmed().isEmpty())
        return conversation.contactName.trimmed();
    return readablePhone(conversation.phone.isEmpty() ? conversation.chatId : conversation.phone);
}

QString elapsedText(qint64 sinceMs, qint64 nowMs)
{
    const qint64 seconds = qMax<qint64>(0, (nowMs - sinceMs) / 1000);
    if (seconds < 60)
        return Text::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return Text::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return Text::tr("%1 h %2").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%n d", nullptr, int(seconds / 86400));
}

QString ownerText(const Conversation &conversation, const QString &me)
{
    if (conversation.isQueued())
        return Text::tr("Waiting for a person");
    if (conversation.isHuman()) {
        const QString agent = conversation.agent.isEmpty() ? conversation.owner.mid(6) : conversation.agent;
        if (agent == me)
            return Text::tr("With you");
        if (agent == QLatin1String("phone"))
            return Text::tr("Answered from the phone");
        return Text::tr("With %1").arg(agent);
    }
    return Text::tr("Assistant");
}

QColor ownerColor(const Conversation &conversation)
{
    if (conversation.isQueued())
        return QColor(0xd9, 0x77, 0x06); // amber: someone is waiting
    if (conversation.isHuman())
        return QColor(0x25, 0x63, 0xeb); // blue: a person has it
    return QColor(0x16, 0xa3, 0x4a);     // green: the assistant answers
}

QString authorLabel(const QString &author, const QString &agent, const QString &contact)
{
    if (author == QLatin1String("assistant"))
        return Text::tr("Assistant");
    if (author == QLatin1String("phone"))
        return Text::tr("Phone");
    if (author == QLatin1String("agent"))
        return agent.isEmpty() ? Text::tr("Agent") : agent;
    return contact;
}

QString ticks(const QString &status)
{
    if (status == QLatin1String("failed"))
        return QStringLiteral("⚠");
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return QStringLiteral("✓✓");
    if (status == QLatin1String("sent") || status == QLatin1String("queued") || status == QLatin1String("pending"))
        return QStringLiteral("✓");
    return {};
}

QColor tickColor(const QString &status)
{
    if (status == QLatin1String("failed"))
        return QColor(0xdc, 0x26, 0x26);
    if (status == QLatin1String("read"))
        return QColor(0x0e, 0xa5, 0xe9);
    if (status == QLatin1String("queued") || status == QLatin1String("pending"))
        return QColor(0x9c, 0xa3, 0xaf);
    return QColor(0x4b, 0x55, 0x63);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("queued") || status == QLatin1String("pending"))
        return Text::tr("waiting to be sent");
    if (status == QLatin1String("sent"))
        return Text::tr("sent");
    if (status == QLatin1String("delivered"))
        return Text::tr("delivered");
    if (status == QLatin1String("read"))
        return Text::tr("read");
    if (status == QLatin1String("failed"))
        return Text::tr("not sent");
    return {};
}

} // namespace concierge::ui::inbox
