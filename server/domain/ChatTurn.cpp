#include "domain/ChatTurn.h"

namespace concierge::domain {

QString speakerName(Speaker speaker)
{
    switch (speaker) {
    case Speaker::User: break;
    case Speaker::Assistant: return QStringLiteral("assistant");
    case Speaker::Agent: return QStringLiteral("agent");
    }
    return QStringLiteral("user");
}

Speaker speakerFromName(const QString &name)
{
    if (name == QLatin1String("assistant"))
        return Speaker::Assistant;
    if (name == QLatin1String("agent"))
        return Speaker::Agent;
    return Speaker::User;
}

} // namespace concierge::domain
