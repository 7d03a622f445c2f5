#include "domain/Session.h"

#include <QJsonArray>

namespace concierge::domain {

namespace {
// The stored keys (the shape predates this type: sessions written by earlier versions still load).
const QLatin1String kSessionId("session_id");
const QLatin1String kChatId("chat_id");
const QLatin1String kLanguage("language");
const QLatin1String kFlow("flow"); // "catechese:await_code"
const QLatin1String kFlowAttempts("flow_attempts");
const QLatin1String kAwaiting("awaiting"); // "menu"
const QLatin1String kHistory("history");   // [{role, text}]
const QLatin1String kEntities("entities");
const QLatin1String kServices("services");
const QLatin1String kCreatedAt("created_at");
const QLatin1String kUpdatedAt("updated_at");
const QLatin1String kRole("role");
const QLatin1String kText("text");
const QLatin1String kMenu("menu");
} // namespace

Session Session::fresh(const QString &chatId, qint64 nowMs)
{
    Session s;
    s.chatId = chatId;
    s.createdAtMs = nowMs;
    s.updatedAtMs = nowMs;
    return s;
}

Session Session::fromJson(const QJsonObject &json, const QString &chatId)
{
    Session s;
    s.chatId = chatId.isEmpty() ? json.value(kChatId).toString() : chatId;
    s.language = json.value(kLanguage).toString();
    const QString flow = json.value(kFlow).toString();
    s.flowService = serviceFromName(flow.section(u':', 0, 0));
    if (s.flowService != ServiceId::Unknown) {
        s.flowStep = flow.section(u':', 1);
        s.flowAttempts = json.value(kFlowAttempts).toInt();
    }
    s.awaitingMenu = json.value(kAwaiting).toString() == kMenu;
    const QJsonArray history = json.value(kHistory).toArray();
    for (const QJsonValue &v : history) {
        const QJsonObject turn = v.toObject();
        s.history.append({speakerFromName(turn.value(kRole).toString()), turn.value(kText).toString()});
    }
    s.entities = json.value(kEntities).toObject();
    s.serviceState = json.value(kServices).toObject();
    s.createdAtMs = qint64(json.value(kCreatedAt).toDouble());
    s.updatedAtMs = qint64(json.value(kUpdatedAt).toDouble());
    return s;
}

QJsonObject Session::toJson() const
{
    QJsonArray turns;
    for (const ChatTurn &turn : history)
        turns.append(QJsonObject{{kRole, speakerName(turn.speaker)}, {kText, turn.text}});
    QJsonObject json{{kSessionId, chatId},
                     {kChatId, chatId},
                     {kHistory, turns},
                     {kCreatedAt, createdAtMs},
                     {kUpdatedAt, updatedAtMs}};
    if (!language.isEmpty())
        json.insert(kLanguage, language);
    if (inFlow()) {
        json.insert(kFlow, QString(serviceName(flowService) + u':' + flowStep));
        json.insert(kFlowAttempts, flowAttempts);
    }
    if (awaitingMenu)
        json.insert(kAwaiting, kMenu);
    if (!entities.isEmpty())
        json.insert(kEntities, entities);
    if (!serviceState.isEmpty())
        json.insert(kServices, serviceState);
    return json;
}

void Session::startFlow(ServiceId service, const QString &step, int attempts)
{
    flowService = service;
    flowStep = step;
    flowAttempts = attempts;
}

void Session::endFlow()
{
    flowService = ServiceId::Unknown;
    flowStep.clear();
    flowAttempts = 0;
}

void Session::remember(Speaker speaker, const QString &text)
{
    history.append({speaker, text});
    while (history.size() > kHistoryTurns)
        history.removeFirst();
}

QJsonObject Session::stateOf(ServiceId service) const
{
    return serviceState.value(serviceName(service)).toObject();
}

void Session::setStateOf(ServiceId service, const QJsonObject &state)
{
    if (state.isEmpty())
        serviceState.remove(serviceName(service));
    else
        serviceState.insert(serviceName(service), state);
}

} // namespace concierge::domain
