// Parent-code guessing limits on a real database: a chat is locked out after five wrong codes in fifteen minutes,
// for thirty minutes (moved forward with a ManualClock, no waiting), and wrong codes from many chats pause every
// check. The count survives a new CodeGuard (a restart) because it is stored.
#include "services/catechese/CodeGuard.h"
#include "store/Database.h"
#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include <QSignalSpy>
#include <QTest>

using namespace concierge;
using concierge::services::CodeGuard;
using concierge::services::CodeGuardLimits;
using concierge::testing::ManualClock;

namespace {
const QString kChat = QStringLiteral("221770000900@c.us");
constexpr qint64 kMinute = 60'000;
} // namespace

class TestCodeGuard : public QObject
{
    Q_OBJECT

private:
    static CodeGuard::Admission admit(const CodeGuard &guard, const QString &chat)
    {
        std::optional<CodeGuard::Admission> out;
        QObject context;
        guard.admit(chat, &context, [&out](CodeGuard::Admission a) { out = a; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
            qFatal("the code guard did not answer");
        return *out;
    }
    static CodeGuard::Failure wrong(const CodeGuard &guard, const QString &chat)
    {
        std::optional<CodeGuard::Failure> out;
        QObject context;
        guard.recordWrong(chat, &context, [&out](CodeGuard::Failure f) { out = f; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
            qFatal("the code guard did not answer");
        return *out;
    }

private slots:
    void fiveWrongCodesLockTheChatForThirtyMinutes_data() { store::testing::addBackendRows(); }
    void fiveWrongCodesLockTheChatForThirtyMinutes()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        ManualClock clock;
        CodeGuard guard(&db, clock);
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(admit(guard, kChat).verdict, CodeGuard::Verdict::Allowed);
            const CodeGuard::Failure failure = wrong(guard, kChat);
            QVERIFY(!failure.lockedOut);
            QCOMPARE(failure.attemptsLeft, 5 - i);
            clock.advanceMinutes(2);
        }
        QVERIFY(wrong(guard, kChat).lockedOut);
        const CodeGuard::Admission locked = admit(guard, kChat);
        QCOMPARE(locked.verdict, CodeGuard::Verdict::ChatLocked);
        QCOMPARE(locked.lockedUntilMs, clock.nowMs() + 30 * kMinute);
        QCOMPARE(admit(guard, QStringLiteral("other@c.us")).verdict, CodeGuard::Verdict::Allowed);

        // A restart keeps the lockout: it is stored.
        CodeGuard afterRestart(&db, clock);
        clock.advanceMinutes(29);
        QCOMPARE(admit(afterRestart, kChat).verdict, CodeGuard::Verdict::ChatLocked);
        clock.advanceMinutes(1);
        QCOMPARE(admit(afterRestart, kChat).verdict, CodeGuard::Verdict::Allowed);
        // The count starts again after a lockout.
        QCOMPARE(wrong(afterRestart, kChat).attemptsLeft, 4);
    }

    void wrongCodesOutsideTheWindowDoNotCount_data() { store::testing::addBackendRows(); }
    void wrongCodesOutsideTheWindowDoNotCount()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        ManualClock clock;
        CodeGuard guard(&db, clock);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(!wrong(guard, kChat).lockedOut);
            clock.advanceMinutes(4); // never five within fifteen minutes
        }
        QCOMPARE(admit(guard, kChat).verdict, CodeGuard::Verdict::Allowed);
    }

    void guessingFromManyChatsPausesEveryCheck_data() { store::testing::addBackendRows(); }
    void guessingFromManyChatsPausesEveryCheck()
    {
        STORE_TEST_DB(testDb);
        store::Database db(testDb.config());
        QVERIFY(db.open().ok());
        ManualClock clock;
        CodeGuardLimits limits;
        limits.wrongOverall = 6;
        CodeGuard guard(&db, clock, limits);
        for (int i = 0; i < 6; ++i)
            wrong(guard, QStringLiteral("2217700%1@c.us").arg(i));
        QCOMPARE(admit(guard, QStringLiteral("newcomer@c.us")).verdict, CodeGuard::Verdict::EveryoneLocked);
        clock.advanceMinutes(16);
        QCOMPARE(admit(guard, QStringLiteral("newcomer@c.us")).verdict, CodeGuard::Verdict::Allowed);
    }
};

QTEST_GUILESS_MAIN(TestCodeGuard)
#include "TestCodeGuard.moc"
