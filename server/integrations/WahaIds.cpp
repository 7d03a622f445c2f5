#include "integrations/WahaIds.h"

#include <QCryptographicHash>
#include <QStringList>

namespace concierge::integrations {

namespace {

const QLatin1String kPersonSuffix("@c.us");
const QLatin1String kSyntheticPrefix("simple_");

} // namespace

QString shortMessageId(const QString &serializedId)
{
    const QStringList parts = serializedId.split(u'_');
    if (parts.size() >= 3 && (parts[0] == QLatin1String("true") || parts[0] == QLatin1String("false")))
        return parts[2];
    return serializedId;
}

QString normalizeChatId(const QString &chatId)
{
    const QString id = chatId.trimmed();
    if (id.isEmpty())
        return id;
    if (!id.contains(u'@')) {
        QString digits = id;
        digits.remove(u'+');
        return digits + kPersonSuffix;
    }
    if (id.endsWith(QLatin1String("@s.whatsapp.net")))
        return id.section(u'@', 0, 0).section(u':', 0, 0) + kPersonSuffix;
    return id;
}

bool isPersonChat(const QString &chatId)
{
    if (chatId == QLatin1String("0@c.us")) // WhatsApp's own system account
        return false;
    return chatId.endsWith(kPersonSuffix) || chatId.endsWith(QLatin1String("@lid"));
}

QString syntheticMessageId(const QString &from, const QString &timestamp, const QString &text)
{
    const QByteArray key = (from + u'\n' + timestamp + u'\n' + text).toUtf8();
    return kSyntheticPrefix + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

bool isSyntheticMessageId(const QString &messageId)
{
    return messageId.startsWith(kSyntheticPrefix);
}

} // namespace concierge::integrations
