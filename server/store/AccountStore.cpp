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

} // namespace concierge::store
