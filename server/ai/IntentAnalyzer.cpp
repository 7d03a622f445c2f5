#include "ai/IntentAnalyzer.h"

#include "ai/LlmClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace concierge::ai {

namespace {

const QString kToolName = QStringLiteral("route_message");

const QStringList kEntityNames = {
    QStringLiteral("parent_code"),     QStringLiteral("child_first_name"),
    QStringLiteral("child_last_name"), QStringLiteral("date"),
    QStringLiteral("topic"),           QStringLiteral("person_name"),
};

QJsonObject routeTool(const QList<domain::ServiceId> &enabledServices)
{
    QJsonArray names;
    for (domain::ServiceId s : enabledServices) {
        if (s != domain::ServiceId::Unknown && !names.contains(domain::serviceName(s)))
            names.append(domain::serviceName(s));
    }
    QJsonObject entityProps;
    for (const QString &name : kEntityNames)
        entityProps.insert(name, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    const auto prop = [](const char *type, const char *description) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                           {QStringLiteral("description"), QLatin1String(description)}};
    };
    QJsonObject confidence = prop("number", "How sure you are, from 0 to 1.");
    confidence.insert(QStringLiteral("minimum"), 0);
    confidence.insert(QStringLiteral("maximum"), 1);
    QJsonObject service = prop("string", "The service that must handle the message.");
    service.insert(QStringLiteral("enum"), names);
    QJsonObject entities = prop("object", "Values quoted in the message; omit what is absent.");
    entities.insert(QStringLiteral("properties"), entityProps);
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("service"), service},
                     {QStringLiteral("intent"), prop("string", "Short snake_case label, e.g. horaires_messe.")},
                     {QStringLiteral("entities"), entities},
                     {QStringLiteral("language"), prop("string", "ISO 639-1 code of the user's language.")},
                     {QStringLiteral("confidence"), confidence}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("service"), QStringLiteral("intent"),
                                                QStringLiteral("language"), QStringLiteral("confidence")}},
    };
    return QJsonObject{{QStringLiteral("name"), kToolName},
                       {QStringLiteral("description"), QStringLiteral("Route the user's last message.")},
                       {QStringLiteral("input_schema"), schema}};
}

Error malformed(const QString &what)
{
    return Error{QStringLiteral("llm_malformed_routing"), what};
}

// Entities must be an object of strings (null values are dropped).
std::optional<QJsonObject> parseEntities(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QJsonObject{};
    if (!value.isObject())
        return std::nullopt;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it->isNull())
            continue;
        if (!it->isString())
            return std::nullopt;
        if (!it->toString().trimmed().isEmpty())
            out.insert(it.key(), it->toString().trimmed());
    }
    return out;
}

} // namespace

IntentAnalyzer::IntentAnalyzer(LlmClient *llm, QList<ServiceBrief> services, QObject *parent)
    : QObject(parent)
    , m_llm(llm)
    , m_systemPrompt(systemPrompt(services))
{
}

QString IntentAnalyzer::systemPrompt(const QList<ServiceBrief> &services)
{
    // Kept byte-identical between calls so that gateways can cache it.
    QString prompt = QStringLiteral(
        "You route WhatsApp messages sent to a Catholic parish office in Dakar, Senegal. "
        "Call the route_message tool exactly once for the user's LAST message; earlier turns are context only.\n"
        "Services:\n");
    for (const ServiceBrief &service : services)
        prompt += QStringLiteral("- ") + domain::serviceName(service.id) + QStringLiteral(": ") + service.description +
                  QLatin1Char('\n');
    prompt += QStringLiteral(
        "Only use a service listed in the tool's enum. Set language to the ISO 639-1 code of the language the "
        "user writes in (fr, en, wo, ...). Put in entities only values the user actually wrote. Set confidence "
        "between 0 and 1; use a low value when the message is unclear or a greeting.");
    return prompt;
}

QJsonObject IntentAnalyzer::buildRequest(const QString &systemPrompt, const QString &text,
                                         const QList<domain::ChatTurn> &history,
                                         const QList<domain::ServiceId> &enabledServices)
{
    QJsonArray messages;
    for (const domain::ChatTurn &turn : LlmClient::conversation(history, kHistoryTurns, text))
        messages.append(QJsonObject{{QStringLiteral("role"), domain::speakerName(turn.speaker)},
                                    {QStringLiteral("content"), turn.text}});
    return QJsonObject{
        {QStringLiteral("system"), systemPrompt},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("tools"), QJsonArray{routeTool(enabledServices)}},
        {QStringLiteral("tool_choice"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")}, {QStringLiteral("name"), kToolName}}},
        {QStringLiteral("max_tokens"), kMaxTokens},
        {QStringLiteral("temperature"), 0},
    };
}

Result<domain::RoutingResult> IntentAnalyzer::parseResponse(const LlmResponse &response,
                                                            const QList<domain::ServiceId> &enabledServices)
{
    if (!response.ok)
        return Error{QStringLiteral("llm_unavailable"),
                     response.errorType + QStringLiteral(": ") + response.errorMessage};
    const std::optional<QJsonObject> input = response.toolInput(kToolName);
    if (!input)
        return malformed(QStringLiteral("no route_message tool call"));
    const QJsonValue service = input->value(QLatin1String("service"));
    const QJsonValue intent = input->value(QLatin1String("intent"));
    const QJsonValue language = input->value(QLatin1String("language"));
    const QJsonValue confidence = input->value(QLatin1String("confidence"));
    if (!service.isString() || !intent.isString() || !language.isString() || !confidence.isDouble())
        return malformed(QStringLiteral("missing field or wrong type"));
    domain::RoutingResult result;
    result.service = domain::serviceFromName(service.toString());
    if (result.service == domain::ServiceId::Unknown || !enabledServices.contains(result.service))
        return malformed(QStringLiteral("service not enabled: ") + service.toString().left(40));
    result.confidence = confidence.toDouble();
    if (!(result.confidence >= 0.0 && result.confidence <= 1.0))
        return malformed(QStringLiteral("confidence out of range"));
    static const QRegularExpression iso(QStringLiteral("^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)?$"));
    const QRegularExpressionMatch m = iso.match(language.toString().trimmed());
    if (!m.hasMatch())
        return malformed(QStringLiteral("language is not an ISO 639-1 code"));
    result.language = m.captured(1).toLower();
    const std::optional<QJsonObject> entities = parseEntities(input->value(QLatin1String("entities")));
    if (!entities)
        return malformed(QStringLiteral("entities is not an object of strings"));
    result.entities = *entities;
    result.intent = intent.toString().trimmed().left(64);
    result.source = domain::RoutingSource::Llm;
    return result;
}

void IntentAnalyzer::analyze(const QString &text, const QList<domain::ChatTurn> &history,
                             const QList<domain::ServiceId> &enabledServices, QObject *context, Callback done)
{
    QList<domain::ServiceId> enabled;
    for (domain::ServiceId s : enabledServices) {
        if (s != domain::ServiceId::Unknown && !enabled.contains(s))
            enabled.append(s);
    }
    if (enabled.isEmpty() || text.trimmed().isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)] {
            done(Error{QStringLiteral("nothing_to_route"), QStringLiteral("no enabled service or empty text")},
                 domain::LlmUsage{});
        });
        return;
    }
    m_llm->createMessage(buildRequest(m_systemPrompt, text, history, enabled), context,
                         [enabled, done = std::move(done)](const LlmResponse &response) {
                             done(parseResponse(response, enabled), response.usage);
                         });
}

} // namespace concierge::ai
