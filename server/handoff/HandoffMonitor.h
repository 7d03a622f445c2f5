#pragma once

#include "core/Clock.h"
#include "domain/BusinessHours.h"
#include "handoff/HandoffPolicy.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
}

namespace concierge::handoff {

class HandoffService;

// Watches the handoffs with HandoffPolicy: a conversation nobody claimed within the SLA gets a follow-up (due at
// the next opening, or now when open) and the user is told they will be called back; a silent agent is reminded;
// an abandoned conversation goes back to the queue. Sleeps on a timer set to the next deadline, re-armed after
// every change of owner (no polling). Lives in the server's thread.
class HandoffMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffMonitor)

public:
    struct Dependencies
    {
        store::Database *db = nullptr;
        HandoffService *handoff = nullptr;
        std::function<QString(const QString &key, const QString &lang)> text; // CONTACT_HUMAIN's texts
        std::optional<domain::BusinessHours> hours;
        const Clock *clock = &Clock::system();
    };

    HandoffMonitor(Dependencies deps, HandoffTimings timings, QObject *parent = nullptr);

    // Does what is due now, then sleeps until the next deadline. Tests call it after moving a ManualClock.
    void checkNow();
    std::optional<qint64> nextDeadlineMs() const { return m_next; }

signals:
    void checked(); // a check finished (tests wait on it)

private:
    struct Effects;
    void applied(const Effects &effects);
    void arm(std::optional<qint64> deadline);

    Dependencies m_deps;
    HandoffPolicy m_policy;
    QTimer m_timer;
    std::optional<qint64> m_next;
    bool m_running = false;
    bool m_again = false; // a change came in during a check: check once more afterwards
};

} // namespace concierge::handoff
