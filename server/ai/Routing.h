#pragma once

#include <QJsonObject>
#include <QString>

namespace concierge::ai {

// The three services a message can be routed to (names as stored and as sent to the LLM).
enum class ServiceId { Renseignement, Catechese, ContactHumain, Unknown };

QString serviceName(ServiceId service);         // "renseignement" | "catechese" | "contact_humain" | ""
ServiceId serviceFromName(const QString &name); // Unknown for anything else

// What intent analysis decided about one message.
struct RoutingResult
{
    ServiceId service = ServiceId::Unknown;  // Unknown: not sure -> the caller shows the menu
    QString intent;                          // short snake_case label, e.g. "horaires_messe", "certificat"
    QJsonObject entities;                    // e.g. {"parent_code": "SA-4821", "child_first_name": "Paul"}
    QString language = QStringLiteral("fr"); // ISO 639-1: fr, en, wo, ...
    double confidence = 0;                   // 0..1
    QString source;                          // "llm" | "offline" | "flow" | "menu"
};

// One turn of recent conversation history, oldest first.
struct ChatTurn
{
    QString role; // "user" | "assistant"
    QString text;
};

// Cost of the LLM calls made for one message.
struct LlmUsage
{
    int calls = 0;
    int inputTokens = 0;
    int outputTokens = 0;
    qint64 latencyMs = 0; // time spent waiting for the LLM
};

} // namespace concierge::ai
