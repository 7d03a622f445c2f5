// What the handoff monitor must do and when: the SLA follow-up, reminders to a silent agent, return to the queue.
#include "handoff/HandoffPolicy.h"

#include <QTest>

using namespace concierge;
using concierge::handoff::HandoffAction;
using concierge::handoff::HandoffPolicy;
using concierge::handoff::HandoffTimings;
using concierge::store::HandoffRow;

namespace {
constexpr qint64 kMinute = 60'000;

HandoffRow waitingSince(qint64 atMs)
{
    HandoffRow row;
    row.chatId = QStringLiteral("w@c.us");
    row.owner = QStringLiteral("queued");
    row.queuedAtMs = atMs;
    return row;
}

HandoffRow claimedBy(const QString &agent, qint64 claimedAtMs, qint64 activityAtMs = 0)
{
    HandoffRow row;
    row.chatId = QStringLiteral("c@c.us");
    row.owner = QStringLiteral("human:") + agent;
    row.claimedAtMs = claimedAtMs;
    row.agentActivityAtMs = activityAtMs;
    return row;
}
} // namespace

class TestHandoffPolicy : public QObject
{
    Q_OBJECT

private:
    const HandoffPolicy m_policy{HandoffTimings::fromMinutes(15, 10, 30)};

private slots:
    void aWaitPastTheSlaOpensOneFollowup()
    {
        QVERIFY(m_policy.due({waitingSince(0)}, {}, 15 * kMinute - 1).isEmpty());
        const auto actions = m_policy.due({waitingSince(0)}, {}, 15 * kMinute);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).kind, HandoffAction::Kind::OpenFollowup);
        HandoffRow followedUp = waitingSince(0);
        followedUp.followupId = 7;
        QVERIFY(m_policy.due({followedUp}, {}, 60 * kMinute).isEmpty());
    }

    void aSilentAgentIsRemindedOnceThenLosesTheConversation()
    {
        HandoffRow row = claimedBy(QStringLiteral("awa"), 0, 2 * kMinute);
        QVERIFY(m_policy.due({}, {row}, 12 * kMinute - 1).isEmpty());
        auto actions = m_policy.due({}, {row}, 12 * kMinute);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).kind, HandoffAction::Kind::RemindAgent);
        row.remindedAtMs = 12 * kMinute;
        QVERIFY(m_policy.due({}, {row}, 20 * kMinute).isEmpty());
        actions = m_policy.due({}, {row}, 32 * kMinute);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).kind, HandoffAction::Kind::ReturnToQueue);
    }

    void activityRestartsTheClock()
    {
        HandoffRow row = claimedBy(QStringLiteral("awa"), 0, 25 * kMinute);
        row.remindedAtMs = 10 * kMinute; // reminded before the agent answered
        QVERIFY(m_policy.due({}, {row}, 34 * kMinute).isEmpty());
        QCOMPARE(m_policy.due({}, {row}, 35 * kMinute).at(0).kind, HandoffAction::Kind::RemindAgent);
    }

    void thePairedPhoneIsNotWatched()
    {
        QVERIFY(m_policy.due({}, {claimedBy(QStringLiteral("phone"), 0)}, 600 * kMinute).isEmpty());
        QVERIFY(!m_policy.nextDeadline({}, {claimedBy(QStringLiteral("phone"), 0)}, 0));
    }

    void theNextDeadlineIsTheEarliest()
    {
        QCOMPARE(m_policy.nextDeadline({waitingSince(0)}, {claimedBy(QStringLiteral("awa"), kMinute)}, 0).value(),
                 11 * kMinute);
        QCOMPARE(m_policy.nextDeadline({waitingSince(0)}, {}, 0).value(), 15 * kMinute);
        QVERIFY(!m_policy.nextDeadline({}, {}, 0));
    }

    void decimalMinutesAreAllowed() { QCOMPARE(HandoffTimings::fromMinutes(0.1, 1, 2).slaMs, 6000); }
};

QTEST_GUILESS_MAIN(TestHandoffPolicy)
#include "TestHandoffPolicy.moc"
