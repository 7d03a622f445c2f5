#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::store {

class Database;

// The staff accounts, asynchronously (the API runs no SQL itself). Callbacks run in `context`'s thread.
class AccountStore
{
public:
    explicit AccountStore(Database *db)
        : m_db(db)
    {
    }

    void findAgent(const QString &username, QObject *context,
                   std::function<void(Result<std::optional<AgentRecord>>)> done);
    void listAgents(QObject *context, std::function<void(Result<QList<AgentRecord>>)> done);
    // Fails with code "agent_exists" when the username is taken.
    void createAgent(AgentRecord agent, QObject *context, std::function<void(Result<AgentRecord>)> done);
    // false: no such agent.
    void setDisabled(const QString &username, bool disabled, QObject *context, std::function<void(Result<bool>)> done);
    void setPasswordHash(const QString &username, const QString &hash, QObject *context,
                         std::function<void(Result<bool>)> done);

private:
    Database *m_db;
};

} // namespace concierge::store
