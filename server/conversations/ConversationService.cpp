#include "conversations/ConversationService.h"

#include "store/ConversationListRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/InteractionRepository.h"

namespace concierge::conversations {

namespace {

Result<OwnerState> readOwner(store::DbContext &ctx, const QString &chatId)
{
    auto row = store::ConversationRepository::get(ctx, chatId);
    if (!row)
        return row.error();
    // A row written by hand with an unknown owner is treated as the bot's: the assistant keeps answering.
    const auto owner = domain::ConversationOwner::parse(row->owner).value_or(domain::ConversationOwner::bot());
    return OwnerState{owner, row->version, row->updatedAtMs};
}

} // namespace

void ConversationService::owner(const QString &chatId, QObject *context, std::function<void(Result<OwnerState>)> done)
{
    m_db->run<OwnerState>([chatId](store::DbContext &ctx) { return readOwner(ctx, chatId); }, context, std::move(done));
}

void ConversationService::changeOwner(const QString &chatId, const domain::ConversationOwner &owner,
                                      int expectedVersion, QObject *context,
                                      std::function<void(Result<OwnerChange>)> done)
{
    const qint64 now = m_clock.nowMs();
    m_db->run<OwnerChange>(
        [chatId, owner, expectedVersion, now](store::DbContext &ctx) -> Result<OwnerChange> {
            auto applied = store::ConversationRepository::setOwner(ctx, chatId, owner.toString(), expectedVersion, now);
            if (!applied)
                return applied.error();
            auto current = readOwner(ctx, chatId);
            if (!current)
                return current.error();
            return OwnerChange{applied.value(), current.value()};
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
