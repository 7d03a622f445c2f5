#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QString>

#include <functional>

namespace concierge::store {
class Database;
}

namespace concierge::services {

// Limits on parent-code guessing: per chat, and across every chat (somebody trying codes from many numbers).
struct CodeGuardLimits
{
    int wrongPerChat = 5;           // wrong codes within the window lock the chat out...
    qint64 windowMs = 15 * 60'000;  // ...counted over this window
    qint64 lockoutMs = 30 * 60'000; // ...for this long
    int wrongOverall = 60;          // wrong codes from all chats within the window pause every check
};

// Whether a chat may check a parent code now. Durable (code_checks table), so that a restart or a second server does
// not reset the count; time from the injected clock.
class CodeGuard
{
public:
    enum class Verdict { Allowed, ChatLocked, EveryoneLocked };
    struct Admission
    {
        Verdict verdict = Verdict::Allowed;
        qint64 lockedUntilMs = 0; // ChatLocked only
    };
    struct Failure
    {
        bool lockedOut = false; // this wrong code locked the chat out
        int attemptsLeft = 0;   // before a lockout
    };

    CodeGuard(store::Database *db, const Clock &clock, CodeGuardLimits limits = {});

    void admit(const QString &chatId, QObject *context, std::function<void(Admission)> done) const;
    void recordWrong(const QString &chatId, QObject *context, std::function<void(Failure)> done) const;
    void recordRight(const QString &chatId) const;
    const CodeGuardLimits &limits() const { return m_limits; }

private:
    store::Database *m_db;
    const Clock &m_clock;
    CodeGuardLimits m_limits;
};

} // namespace concierge::services
