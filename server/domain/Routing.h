#pragma once

#include "domain/ServiceId.h"

#include <QJsonObject>
#include <QString>

namespace concierge::domain {

// Who decided where a message goes.
enum class RoutingSource { Offline, Llm, Flow, Menu };

QString routingSourceName(RoutingSource source);          // "offline" | "llm" | "flow" | "menu"
RoutingSource routingSourceFromName(const QString &name); // Offline for anything unknown

// What intent analysis decided about one message.
struct RoutingResult
{
    ServiceId service = ServiceId::Unknown;  // Unknown: not sure -> the caller shows the menu
    QString intent;                          // short snake_case label, e.g. "horaires_messe", "certificat"
    QJsonObject entities;                    // e.g. {"parent_code": "SA-4821", "child_first_name": "Paul"}
    QString language = QStringLiteral("fr"); // ISO 639-1: fr, en, wo, ...
    double confidence = 0;                   // 0..1
    RoutingSource source = RoutingSource::Offline;
};

// Cost of the LLM calls made for one message.
struct LlmUsage
{
    int calls = 0;
    int inputTokens = 0;
    int outputTokens = 0;
    qint64 latencyMs = 0; // time spent waiting for the LLM

    LlmUsage &operator+=(const LlmUsage &more)
    {
        calls += more.calls;
        inputTokens += more.inputTokens;
        outputTokens += more.outputTokens;
        latencyMs += more.latencyMs;
        return *this;
    }
};

} // namespace concierge::domain
