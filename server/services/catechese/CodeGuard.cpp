#include "services/catechese/CodeGuard.h"

#include "core/Log.h"
#include "store/CodeCheckRepository.h"
#include "store/Database.h"

#include <algorithm>

namespace concierge::services {

using store::CodeCheckRepository;
using store::CodeCheckResult;

CodeGuard::CodeGuard(store::Database *db, const Clock &clock, CodeGuardLimits limits)
    : m_db(db)
    , m_clock(clock)
    , m_limits(limits)
{
}

void CodeGuard::admit(const QString &chatId, QObject *context, std::function<void(Admission)> done) const
{
    const qint64 now = m_clock.nowMs();
    const CodeGuardLimits limits = m_limits;
    m_db->run<Admission>(
        [chatId, now, limits](store::DbContext &ctx) -> Result<Admission> {
            auto lockout = CodeCheckRepository::lastLockout(ctx, chatId);
            if (!lockout)
                return lockout.error();
            if (lockout.value() > 0 && now < lockout.value() + limits.lockoutMs)
                return Admission{Verdict::ChatLocked, lockout.value() + limits.lockoutMs};
            auto overall = CodeCheckRepository::allWrongSince(ctx, now - limits.windowMs);
            if (!overall)
                return overall.error();
            return Admission{overall.value() >= limits.wrongOverall ? Verdict::EveryoneLocked : Verdict::Allowed, 0};
        },
        context,
        [done](Result<Admission> admission) {
            // A database hiccup must not open the door to guessing: treat it as a pause for everyone.
            if (!admission)
                qCWarning(lcAssistant) << "parent code check refused:" << admission.error().message;
            done(admission ? admission.value() : Admission{Verdict::EveryoneLocked, 0});
        });
}

void CodeGuard::recordWrong(const QString &chatId, QObject *context, std::function<void(Failure)> done) const
{
    const qint64 now = m_clock.nowMs();
    const CodeGuardLimits limits = m_limits;
    m_db->run<Failure>(
        [chatId, now, limits](store::DbContext &ctx) -> Result<Failure> {
            if (Status st = CodeCheckRepository::record(ctx, chatId, CodeCheckResult::Wrong, now); !st)
                return st.error();
            auto lockout = CodeCheckRepository::lastLockout(ctx, chatId);
            if (!lockout)
                return lockout.error();
            // After a lockout has run out, the count starts again.
            const qint64 since = std::max(now - limits.windowMs, lockout.value() + 1);
            auto wrong = CodeCheckRepository::wrongSince(ctx, chatId, since);
            if (!wrong)
                return wrong.error();
            if (wrong.value() < limits.wrongPerChat)
                return Failure{false, limits.wrongPerChat - wrong.value()};
            if (Status st = CodeCheckRepository::record(ctx, chatId, CodeCheckResult::Lockout, now); !st)
                return st.error();
            return Failure{true, 0};
        },
        context,
        [done](Result<Failure> failure) {
            done(failure ? failure.value() : Failure{false, 0});
        });
}

void CodeGuard::recordRight(const QString &chatId) const
{
    const qint64 now = m_clock.nowMs();
    m_db->run<bool>(
        [chatId, now](store::DbContext &ctx) -> Result<bool> {
            return toResult(CodeCheckRepository::record(ctx, chatId, CodeCheckResult::Right, now));
        },
        nullptr, [](Result<bool>) {});
}

} // namespace concierge::services
