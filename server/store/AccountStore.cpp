#include "store/AccountStore.h"

#include "store/AgentRepository.h"
#include "store/Database.h"

namespace concierge::store {

void AccountStore::findAgent(const QString &username, QObject *context,
                             std::function<void(Result<std::optional<AgentRecord>>)> done)
{
    m_db->run<std::optional<AgentRecord>>(
        [username](DbContext &ctx) { return AgentRepository::byUsername(ctx, username); }, context, std::move(done));
}

void AccountStore::listAgents(QObject *context, std::function<void(Result<QList<AgentRecord>>)> done)
{
    m_db->run<QList<AgentRecord>>([](DbContext &ctx) { return AgentRepository::all(ctx); }, context, std::move(done));
}

void AccountStore::createAgent(AgentRecord agent, QObject *context, std::function<void(Result<AgentRecord>)> done)
{
    m_db->run<AgentRecord>(
        [agent](DbContext &ctx) mutable -> Result<AgentRecord> {
            // Checked first so that a taken name is a clear error rather than the driver's constraint message.
            auto existing = AgentRepository::byUsername(ctx, agent.username);
            if (!existing)
                return existing.error();
            if (existing.value())
                return Error{QStringLiteral("agent_exists"), QStringLiteral("this username is taken")};
            auto id = AgentRepository::insert(ctx, agent);
            if (!id)
                return id.error();
            return agent;
        },
        context, std::move(done));
}

void AccountStore::setDisabled(const QString &username, bool disabled, QObject *context,
                               std::function<void(Result<bool>)> done)
{
    m_db->run<bool>(
        [username, disabled](DbContext &ctx) { return AgentRepository::setDisabled(ctx, username, disabled); }, context,
        std::move(done));
}

void AccountStore::setPasswordHash(const QString &username, const QString &hash, QObject *context,
                                   std::function<void(Result<bool>)> done)
{
    m_db->run<bool>([username, hash](DbContext &ctx) { return AgentRepository::setPasswordHash(ctx, username, hash); },
                    context, std::move(done));
}

} // namespace concierge::store
