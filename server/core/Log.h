#pragma once

#include <QLoggingCategory>

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
} // namespace concierge
