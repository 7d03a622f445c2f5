#pragma once

#include "domain/ChatTurn.h"
#include "domain/ServiceId.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace concierge::domain {

// A chat's conversation state, as the assistant and its services see it. Stored as JSON (the cache and the
// sessions table) through toJson()/fromJson() only: no other code reads or writes session keys.
struct Session
{
    static constexpr int kHistoryTurns = 10;

    QString chatId;   // also the session id
    QString language; // "" until known
    // A service waiting for an answer (e.g. Catechese waiting for the parent code), its step and how many answers
    // it already had.
    ServiceId flowService = ServiceId::Unknown;
    QString flowStep;
    int flowAttempts = 0;
    bool awaitingMenu = false; // the numbered menu was shown: "2" means its second entry
    QList<ChatTurn> history;   // newest last, at most kHistoryTurns
    QJsonObject entities;      // what we learnt (parent_code, child_first_name, ...)
    QJsonObject serviceState;  // each service's own state, under its name (e.g. a verified parent)
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    static Session fresh(const QString &chatId, qint64 nowMs);
    static Session fromJson(const QJsonObject &json, const QString &chatId);
    QJsonObject toJson() const;

    bool inFlow() const { return flowService != ServiceId::Unknown; }
    void startFlow(ServiceId service, const QString &step, int attempts = 0);
    void endFlow();
    // Appends a turn and keeps the newest kHistoryTurns.
    void remember(Speaker speaker, const QString &text);
    QJsonObject stateOf(ServiceId service) const;
    void setStateOf(ServiceId service, const QJsonObject &state); // an empty state removes it
};

} // namespace concierge::domain
