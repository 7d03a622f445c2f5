#include "core/Log.h"

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

} // namespace concierge
