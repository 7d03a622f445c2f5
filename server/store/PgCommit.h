#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <vector>

namespace concierge::store {

struct MessageOutcome;

// PostgreSQL: the outcomes of a grouped commit (MessageLog::commit) written by ONE statement of data-modifying CTEs,
// the inbox settle first and every insert joined to what it settled: an outcome whose inbox row was no longer
// pending (an earlier commit whose answer was lost, or another instance) writes nothing. One round trip for the
// whole batch (with the transaction's BEGIN and COMMIT: three) instead of one per table. Sets the ids of the rows
// written (replies, their interactions' message_id, the interactions); one value per outcome, in order: recorded
// now. Each recorded outcome's alsoInTransaction runs after it, in the same transaction.
Result<std::vector<bool>> commitInOneStatement(DbContext &ctx, const std::vector<MessageOutcome *> &outcomes);

} // namespace concierge::store
