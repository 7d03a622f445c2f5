#include "conversations/ConversationService.h"

#include "store/ConversationListRepository.h"
#include "store/Database.h"
#include "store/HandoffRepository.h"
#include "store/InteractionRepository.h"

namespace concierge::conversations {

namespace {

domain::ConversationOwner ownerOf(const store::HandoffRow &row)
{
    // A row written by hand with an unknown owner is treated as the bot's: the assistant keeps answering.
    return domain::ConversationOwner::parse(row.owner).value_or(domain::ConversationOwner::bot());
}

Result<OwnerState> readOwner(store::DbContext &ctx, const QString &chatId)
{
    auto row = store::HandoffRepository::get(ctx, chatId);
    if (!row)
        return row.error();
    return OwnerState{ownerOf(row.value()), row->version, row->updatedAtMs};
}

Error refused(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message};
}

// nullopt: the change may go ahead; a transition: nothing to do; an error: refused.
std::optional<Result<OwnerTransition>> screen(const store::HandoffRow &row, const OwnerRequest &request)
{
    const domain::ConversationOwner current = ownerOf(row);
    if (request.expectedVersion && *request.expectedVersion != row.version)
        return Result<OwnerTransition>(
            refused("version_conflict", QStringLiteral("the conversation is at version %1, not %2")
                                            .arg(row.version)
                                            .arg(*request.expectedVersion)));
    const OwnerTransition unchanged{false, row, row};
    const bool mine = current == domain::ConversationOwner::human(request.actor);
    switch (request.from) {
    case OwnerRequest::From::Anyone: break;
    case OwnerRequest::From::Bot:
        if (!current.isBot())
            return unchanged;
        break;
    case OwnerRequest::From::NotHuman:
        if (current.kind == domain::ConversationOwner::Kind::Human)
            return unchanged;
        break;
    case OwnerRequest::From::Self:
        if (!mine)
            return Result<OwnerTransition>(
                refused("not_owner", QStringLiteral("the conversation is not yours (owner: %1)").arg(row.owner)));
        break;
    case OwnerRequest::From::Claimable:
        if (current.kind == domain::ConversationOwner::Kind::Human && !mine)
            return Result<OwnerTransition>(
                refused("owner_changed", QStringLiteral("the conversation was taken by %1").arg(current.agent)));
        break;
    }
    if (current == request.to)
        return unchanged;
    return std::nullopt;
}

// The handoff's bookkeeping follows the new owner.
void moveTo(store::HandoffRow &row, const OwnerRequest &request, qint64 nowMs)
{
    const domain::ConversationOwner previous = ownerOf(row);
    row.owner = request.to.toString();
    row.remindedAtMs = 0;
    switch (request.to.kind) {
    case domain::ConversationOwner::Kind::Queued:
        row.reason = request.reason;
        if (!request.summary.isEmpty())
            row.summary = request.summary;
        row.urgent = request.urgent;
        row.queuedAtMs = nowMs;
        row.claimedAtMs = 0;
        row.agentActivityAtMs = 0;
        if (previous.isBot())
            row.followupId = 0; // a new wait: its own SLA
        break;
    case domain::ConversationOwner::Kind::Human:
        row.claimedAtMs = nowMs;
        row.agentActivityAtMs = nowMs;
        break;
    case domain::ConversationOwner::Kind::Bot:
        row.queuedAtMs = 0;
        row.claimedAtMs = 0;
        row.agentActivityAtMs = 0;
        row.followupId = 0;
        break;
    }
}

// The owners of the chats whose reads were queued next to each other (PostgreSQL: one statement for all of them).
Result<std::vector<OwnerState>> readOwners(store::DbContext &ctx, const std::vector<QString *> &chatIds)
{
    QStringList chats;
    for (const QString *chatId : chatIds)
        chats.append(*chatId);
    auto rows = store::HandoffRepository::getMany(ctx, chats);
    if (!rows)
        return rows.error();
    std::vector<OwnerState> out;
    for (const store::HandoffRow &row : rows.value())
        out.push_back(OwnerState{ownerOf(row), row.version, row.updatedAtMs});
    return out;
}

} // namespace

void ConversationService::owner(const QString &chatId, QObject *context, std::function<void(Result<OwnerState>)> done)
{
    // Grouped: the message path reads the owner of every message it handles; the reads queued together in a batch
    // are one round trip on PostgreSQL instead of one each.
    m_db->runGrouped<QString, OwnerState>(&readOwners, std::make_shared<QString>(chatId), context, std::move(done));
}

Result<OwnerTransition> ConversationService::transfer(store::DbContext &ctx, const QString &chatId,
                                                      const OwnerRequest &request, qint64 nowMs)
{
    auto row = store::HandoffRepository::get(ctx, chatId);
    if (!row)
        return row.error();
    if (auto early = screen(row.value(), request))
        return *early;
    store::HandoffRow next = row.value();
    moveTo(next, request, nowMs);
    auto saved = store::HandoffRepository::save(ctx, next, row->owner, request.actor, request.reason, nowMs);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return refused("owner_changed", QStringLiteral("the conversation's owner changed meanwhile"));
    return OwnerTransition{true, row.value(), next};
}

void ConversationService::changeOwner(const QString &chatId, const domain::ConversationOwner &owner,
                                      int expectedVersion, QObject *context,
                                      std::function<void(Result<OwnerChange>)> done)
{
    const qint64 now = m_clock.nowMs();
    m_db->run<OwnerChange>(
        [chatId, owner, expectedVersion, now](store::DbContext &ctx) -> Result<OwnerChange> {
            OwnerRequest request;
            request.to = owner;
            request.expectedVersion = expectedVersion;
            auto moved = transfer(ctx, chatId, request, now);
            if (!moved && moved.error().code != QLatin1String("version_conflict") &&
                moved.error().code != QLatin1String("owner_changed"))
                return moved.error();
            auto current = readOwner(ctx, chatId);
            if (!current)
                return current.error();
            return OwnerChange{moved && moved->applied, current.value()};
        },
        context, std::move(done));
}

void ConversationService::history(const QString &chatId, qint64 beforeId, int limit, QObject *context,
                                  std::function<void(Result<HistoryPage>)> done)
{
    const int size = qBound(1, limit, kMaxPage);
    m_db->run<HistoryPage>(
        [chatId, beforeId, size](store::DbContext &ctx) -> Result<HistoryPage> {
            // One more than asked tells whether an older page exists.
            auto rows = store::InteractionRepository::page(ctx, chatId, beforeId, size + 1);
            if (!rows)
                return rows.error();
            HistoryPage page{rows.value(), false};
            if (page.items.size() > size) {
                page.items.removeFirst();
                page.more = true;
            }
            return page;
        },
        context, std::move(done));
}

void ConversationService::list(store::ConversationFilter filter, QObject *context,
                               std::function<void(Result<ConversationPage>)> done)
{
    filter.limit = qBound(1, filter.limit, kMaxPage);
    m_db->run<ConversationPage>(
        [filter](store::DbContext &ctx) -> Result<ConversationPage> {
            auto rows = store::ConversationListRepository::list(ctx, filter);
            if (!rows)
                return rows.error();
            ConversationPage page{rows.value(), 0};
            if (page.items.size() > filter.limit) {
                page.items.removeLast(); // the extra row only says that a next page exists
                page.nextBefore = page.items.constLast().lastInteractionId;
            }
            return page;
        },
        context, std::move(done));
}

void ConversationService::summary(const QString &chatId, QObject *context,
                                  std::function<void(Result<std::optional<store::ConversationSummary>>)> done)
{
    m_db->run<std::optional<store::ConversationSummary>>(
        [chatId](store::DbContext &ctx) { return store::ConversationListRepository::one(ctx, chatId); }, context,
        std::move(done));
}

void ConversationService::markRead(const QString &chatId, QObject *context, std::function<void(Result<qint64>)> done)
{
    m_db->run<qint64>(
        [chatId](store::DbContext &ctx) { return store::ConversationListRepository::markRead(ctx, chatId); }, context,
        std::move(done));
}

} // namespace concierge::conversations
