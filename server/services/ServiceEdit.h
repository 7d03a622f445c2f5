#pragma once

#include "core/Result.h"
#include "services/ServiceCatalog.h"

#include <QJsonObject>
#include <QStringList>

namespace concierge::services {

// The console's shape of a service configuration and its checks (docs/api.md, "Services"):
// {"id","enabled","display_name","system_prompt","keywords":[{"word","weight"}],"texts":{"fr":{key:text}},"settings"}
namespace serviceEdit {

constexpr int kMaxDisplayName = 100;
constexpr int kMaxPrompt = 8000;
constexpr int kMaxText = 4096;
constexpr int kMaxKeywords = 500;
constexpr int kMaxKeywordLength = 100;
constexpr double kMinWeight = 0.1;
constexpr double kMaxWeight = 10.0;

QStringList languages(); // the languages a reply text may be written in: fr, en, wo

QJsonObject toJson(const ServiceConfig &config);

// Checks an edited service against the shipped one (which says which text keys and {placeholders} exist, and which
// texts are required). Errors: missing_field or invalid_field, the message naming the field ("texts.en.welcome: ...").
Result<ServiceConfig> fromJson(const QString &id, const QJsonObject &body, const ServiceConfig &shipped);

} // namespace serviceEdit

} // namespace concierge::services
