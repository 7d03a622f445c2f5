#include "support/StoreTestDb.h"

#include "store/AgentRepository.h"
#include "store/AuditRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/FaqRepository.h"
#include "store/HandoffRepository.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/OutboxRepository.h"
#include "store/RegistryRepository.h"
#include "store/ServiceRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace concierge;
using namespace concierge::store;

// Every repository on both dialects. Each test body runs as one job (one transaction) through runSync, the way the
// server uses them; CHECK turns a failed expectation into an Error so that the test reports which line failed.
#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            return Error{QStringLiteral("check"),                                                                      \
                         QStringLiteral("line %1: %2").arg(__LINE__).arg(QLatin1String(#cond))};                       \
    } while (false)

#define RUN_IN_DB(...)                                                                                                 \
    STORE_TEST_DB(testDb);                                                                                             \
    Database db(testDb.config());                                                                                      \
    QVERIFY(db.open().ok());                                                                                           \
    auto outcome = db.runSync<bool>([&](DbContext & ctx) -> Result<bool> __VA_ARGS__);                                 \
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message))

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void inbox_data() { testing::addBackendRows(); }
    void inbox();
    void outboxLifecycle_data() { testing::addBackendRows(); }
    void outboxLifecycle();
    void outboxAckOrdering_data() { testing::addBackendRows(); }
    void outboxAckOrdering();
    void interactions_data() { testing::addBackendRows(); }
    void interactions();
    void sessions_data() { testing::addBackendRows(); }
    void sessions();
    void services_data() { testing::addBackendRows(); }
    void services();
    void users_data() { testing::addBackendRows(); }
    void users();
    void conversations_data() { testing::addBackendRows(); }
    void conversations();
    void agents_data() { testing::addBackendRows(); }
    void agents();
    void faq_data() { testing::addBackendRows(); }
    void faq();
    void registry_data() { testing::addBackendRows(); }
    void registry();
    void audit_data() { testing::addBackendRows(); }
    void audit();
};

void TestRepositories::inbox()
{
    RUN_IN_DB({
        InboxMessage m;
        m.wahaMessageId = QStringLiteral("false_221770000001@c.us_AAA");
        m.chatId = QStringLiteral("221770000001@c.us");
        m.text = QStringLiteral("Bonjour, l'heure de la messe ?");
        m.media = QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x/y.jpg")}};
        m.receivedAtMs = 1700000000000;
        auto first = InboxRepository::insertIfNew(ctx, m);
        CHECK(first.ok() && first.value() && m.id > 0);
        InboxMessage again = m;
        again.id = 0;
        auto second = InboxRepository::insertIfNew(ctx, again);
        CHECK(second.ok() && !second.value() && again.id == 0);
        InboxMessage other;
        other.wahaMessageId = QStringLiteral("B");
        other.chatId = m.chatId;
        CHECK(InboxRepository::insertIfNew(ctx, other).ok() && other.id > m.id);
        auto found = InboxRepository::byWahaId(ctx, m.wahaMessageId);
        CHECK(found.ok() && found->has_value());
        const InboxMessage &row = **found;
        CHECK(row.id == m.id && row.text == m.text && row.media == m.media && row.receivedAtMs == m.receivedAtMs);
        CHECK(row.status == InboxStatus::Pending && row.kind == InboxKind::User);
        CHECK(!InboxRepository::byWahaId(ctx, QStringLiteral("nope"))->has_value());
        auto pending = InboxRepository::pending(ctx);
        CHECK(pending.ok() && pending->size() == 2 && pending->at(0).id == m.id);
        CHECK(InboxRepository::setStatus(ctx, m.id, InboxStatus::Done, 42).ok());
        CHECK(InboxRepository::incrementAttempts(ctx, other.id).ok());
        pending = InboxRepository::pending(ctx);
        CHECK(pending->size() == 1 && pending->at(0).id == other.id && pending->at(0).attempts == 1);
        CHECK((*InboxRepository::byWahaId(ctx, m.wahaMessageId))->processedAtMs == 42);
        CHECK(InboxRepository::count(ctx).value() == 2);
        return true;
    });
}

void TestRepositories::outboxLifecycle()
{
    RUN_IN_DB({
        OutboxMessage m;
        m.inboxId = 7;
        m.chatId = QStringLiteral("221770000001@c.us");
        m.text = QStringLiteral("La messe est à 9h.");
        m.createdAtMs = 100;
        auto id = OutboxRepository::insert(ctx, m);
        CHECK(id.ok() && id.value() > 0 && m.id == id.value());
        OutboxMessage second = m;
        CHECK(OutboxRepository::insert(ctx, second).ok() && second.id > m.id);
        CHECK(OutboxRepository::markRetry(ctx, m.id, 1, 5000, QStringLiteral("HTTP 503")).ok());
        auto row = OutboxRepository::byId(ctx, m.id);
        CHECK(row.ok() && row->has_value() && (*row)->attempts == 1 && (*row)->nextAttemptAtMs == 5000);
        CHECK((*row)->lastError == QStringLiteral("HTTP 503") && (*row)->status == OutboxStatus::Pending);
        CHECK((*row)->ack == -2 && (*row)->inboxId == 7 && (*row)->text == m.text);
        CHECK(OutboxRepository::pending(ctx)->size() == 2);
        CHECK(OutboxRepository::markSent(ctx, m.id, QStringLiteral("3EB0ABC"), 6000).ok());
        row = OutboxRepository::byId(ctx, m.id);
        CHECK((*row)->status == OutboxStatus::Sent && (*row)->wahaMessageId == QStringLiteral("3EB0ABC"));
        CHECK((*row)->sentAtMs == 6000 && (*row)->ack == 1 && (*row)->lastError.isEmpty());
        CHECK(OutboxRepository::markFailed(ctx, second.id, QStringLiteral("gave up")).ok());
        auto pending = OutboxRepository::pending(ctx);
        CHECK(pending.ok() && pending->isEmpty());
        CHECK((*OutboxRepository::byId(ctx, second.id))->status == OutboxStatus::Failed);
        CHECK(!OutboxRepository::byId(ctx, 9999)->has_value());
        return true;
    });
}

void TestRepositories::outboxAckOrdering()
{
    RUN_IN_DB({
        OutboxMessage m;
        m.chatId = QStringLiteral("c@c.us");
        CHECK(OutboxRepository::insert(ctx, m).ok());
        const QString wid = QStringLiteral("W1");
        CHECK(OutboxRepository::applyAck(ctx, wid, 2).value() == 0); // not sent yet: unknown id
        CHECK(OutboxRepository::markSent(ctx, m.id, wid, 1).ok());
        const auto status = [&] { return (*OutboxRepository::byId(ctx, m.id))->status; };
        const auto ack = [&] { return (*OutboxRepository::byId(ctx, m.id))->ack; };
        CHECK(OutboxRepository::applyAck(ctx, wid, 1).value() == 0); // same as markSent's
        CHECK(OutboxRepository::applyAck(ctx, wid, 3).value() == 1);
        CHECK(status() == OutboxStatus::Read && ack() == 3);
        CHECK(OutboxRepository::applyAck(ctx, wid, 2).value() == 0);  // late "delivered" after "read"
        CHECK(OutboxRepository::applyAck(ctx, wid, -1).value() == 0); // error after delivery ignored
        CHECK(status() == OutboxStatus::Read);
        CHECK(OutboxRepository::applyAck(ctx, wid, 4).value() == 1);
        CHECK(ack() == 4 && status() == OutboxStatus::Read);
        CHECK(OutboxRepository::applyAck(ctx, wid, 7).value() == 0); // out of range

        OutboxMessage n;
        n.chatId = QStringLiteral("c@c.us");
        CHECK(OutboxRepository::insert(ctx, n).ok());
        CHECK(OutboxRepository::markSent(ctx, n.id, QStringLiteral("W2"), 1).ok());
        CHECK(OutboxRepository::applyAck(ctx, QStringLiteral("W2"), -1).value() == 1);
        CHECK((*OutboxRepository::byId(ctx, n.id))->status == OutboxStatus::Failed);
        CHECK(OutboxRepository::applyAck(ctx, QStringLiteral("W2"), -1).value() == 0);
        CHECK(OutboxRepository::applyAck(ctx, QStringLiteral("W2"), 2).value() == 1); // it arrived after all
        CHECK((*OutboxRepository::byId(ctx, n.id))->status == OutboxStatus::Delivered);
        return true;
    });
}

void TestRepositories::interactions()
{
    RUN_IN_DB({
        for (int i = 0; i < 5; ++i) {
            Interaction it;
            it.chatId = QStringLiteral("a@c.us");
            it.direction = i % 2 ? Direction::Out : Direction::In;
            it.text = QStringLiteral("t%1").arg(i);
            it.confidence = 0.75;
            it.tokensIn = 10 + i;
            it.messageId = QStringLiteral("m%1").arg(i);
            it.status = InteractionStatus::Queued;
            it.createdAtMs = 1000 + i;
            CHECK(InteractionRepository::insert(ctx, it).ok() && it.id > 0);
        }
        Interaction other;
        other.chatId = QStringLiteral("b@c.us");
        other.direction = Direction::In;
        CHECK(InteractionRepository::insert(ctx, other).ok());
        auto recent = InteractionRepository::recent(ctx, QStringLiteral("a@c.us"), 3);
        CHECK(recent.ok() && recent->size() == 3);
        CHECK(recent->at(0).text == QStringLiteral("t2") && recent->at(2).text == QStringLiteral("t4"));
        CHECK(qFuzzyCompare(recent->at(2).confidence, 0.75) && recent->at(2).tokensIn == 14);
        CHECK(recent->at(2).createdAtMs == 1004 && recent->at(2).author == Author::User);
        // Receipts move replies (direction out) only: m3 is a reply, m4 a parent's message.
        CHECK(InteractionRepository::setStatusByMessageId(ctx, QStringLiteral("m3"), InteractionStatus::Read).ok());
        CHECK(InteractionRepository::setStatusByMessageId(ctx, QStringLiteral("m4"), InteractionStatus::Read).ok());
        recent = InteractionRepository::recent(ctx, QStringLiteral("a@c.us"), 2);
        CHECK(recent->size() == 2 && recent->at(0).status == InteractionStatus::Read);
        CHECK(recent->at(1).status == InteractionStatus::Queued);
        return true;
    });
}

void TestRepositories::sessions()
{
    RUN_IN_DB({
        SessionRecord s{
            QStringLiteral("s1"), QStringLiteral("a@c.us"), QJsonObject{{QStringLiteral("step"), 1}}, 100, 100, 1000};
        CHECK(SessionRepository::upsert(ctx, s).ok());
        s.data = QJsonObject{{QStringLiteral("step"), 2}, {QStringLiteral("list"), QJsonArray{1, 2}}};
        s.createdAtMs = 999; // ignored on update
        s.updatedAtMs = 200;
        CHECK(SessionRepository::upsert(ctx, s).ok());
        auto got = SessionRepository::get(ctx, QStringLiteral("s1"));
        CHECK(got.ok() && got->has_value());
        CHECK((*got)->data == s.data && (*got)->createdAtMs == 100 && (*got)->updatedAtMs == 200);
        CHECK(!SessionRepository::get(ctx, QStringLiteral("s2"))->has_value());
        CHECK(SessionRepository::removeExpired(ctx, 999).value() == 0);
        CHECK(SessionRepository::remove(ctx, QStringLiteral("s1")).value() == true);
        CHECK(SessionRepository::remove(ctx, QStringLiteral("s1")).value() == false);
        CHECK(SessionRepository::upsert(ctx, s).ok());
        CHECK(SessionRepository::removeExpired(ctx, 1000).value() == 1);
        return true;
    });
}

void TestRepositories::services()
{
    RUN_IN_DB({
        ServiceRecord s;
        s.name = QStringLiteral("renseignement");
        s.displayName = QStringLiteral("Renseignements");
        s.keywords = {QStringLiteral("messe"), QStringLiteral(" horaire ")};
        s.texts =
            QJsonObject{{QStringLiteral("fr"), QJsonObject{{QStringLiteral("welcome"), QStringLiteral("Bonjour")}}}};
        CHECK(ServiceRepository::upsert(ctx, s).ok());
        ServiceRecord c;
        c.name = QStringLiteral("catechese");
        c.enabled = false;
        CHECK(ServiceRepository::upsert(ctx, c).ok());
        s.systemPrompt = QStringLiteral("Tu es l'assistant de la paroisse.");
        s.settings = QJsonObject{{QStringLiteral("maxAttempts"), 3}};
        CHECK(ServiceRepository::upsert(ctx, s).ok());
        auto all = ServiceRepository::all(ctx);
        CHECK(all.ok() && all->size() == 2);
        CHECK(all->at(0).name == QStringLiteral("catechese") && !all->at(0).enabled);
        const ServiceRecord &r = all->at(1);
        CHECK(r.enabled && r.systemPrompt == s.systemPrompt && r.texts == s.texts && r.settings == s.settings);
        CHECK((r.keywords == QStringList{QStringLiteral("messe"), QStringLiteral("horaire")}));
        return true;
    });
}

void TestRepositories::users()
{
    RUN_IN_DB({
        const QString chat = QStringLiteral("221771234567@c.us");
        CHECK(UserRepository::touch(ctx, chat, QStringLiteral("Awa"), QStringLiteral("fr"), 100).ok());
        CHECK(UserRepository::touch(ctx, chat, QString(), QString(), 200).ok());
        auto u = UserRepository::get(ctx, chat);
        CHECK(u.ok() && u->has_value());
        CHECK((*u)->firstSeenAtMs == 100 && (*u)->lastSeenAtMs == 200 && (*u)->pushName == QStringLiteral("Awa"));
        CHECK((*u)->language == QStringLiteral("fr") && (*u)->phone == QStringLiteral("221771234567"));
        CHECK(UserRepository::touch(ctx, chat, QStringLiteral("Awa N."), QStringLiteral("en"), 300).ok());
        CHECK((*UserRepository::get(ctx, chat))->pushName == QStringLiteral("Awa N."));
        return true;
    });
}

void TestRepositories::conversations()
{
    RUN_IN_DB({
        const QString chat = QStringLiteral("a@c.us");
        CHECK(ConversationRepository::owner(ctx, chat).value() == QStringLiteral("bot"));
        CHECK(ConversationRepository::get(ctx, chat)->version == 0);
        HandoffRow queued;
        queued.chatId = chat;
        queued.owner = QStringLiteral("queued");
        CHECK(HandoffRepository::save(ctx, queued, QStringLiteral("bot"), QStringLiteral("user"), {}, 100).value());
        const auto row = ConversationRepository::get(ctx, chat);
        CHECK(row->owner == QStringLiteral("queued") && row->version == 1 && row->updatedAtMs == 100);
        CHECK(ConversationRepository::owner(ctx, chat).value() == QStringLiteral("queued"));
        return true;
    });
}

void TestRepositories::agents()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto outcome = db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
        CHECK(AgentRepository::count(ctx).value() == 0);
        AgentRecord a{
            0, QStringLiteral("awa"), QStringLiteral("$argon2id$x"), QStringLiteral("admin"), QStringLiteral("Awa"), 5};
        CHECK(AgentRepository::insert(ctx, a).ok() && a.id > 0);
        auto found = AgentRepository::byUsername(ctx, QStringLiteral("awa"));
        CHECK(found.ok() && found->has_value() && (*found)->id == a.id && (*found)->role == QStringLiteral("admin"));
        CHECK((*found)->passwordHash == a.passwordHash && (*found)->createdAtMs == 5);
        CHECK(!AgentRepository::byUsername(ctx, QStringLiteral("nobody"))->has_value());
        CHECK(AgentRepository::count(ctx).value() == 1);
        return true;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    // A taken username fails its own job only.
    auto duplicate = db.runSync<qint64>([](DbContext &ctx) {
        AgentRecord b{0, QStringLiteral("awa"), QStringLiteral("h"), QStringLiteral("agent"), QString(), 0};
        return AgentRepository::insert(ctx, b);
    });
    QVERIFY(!duplicate.ok());
    QCOMPARE(db.runSync<int>([](DbContext &ctx) { return AgentRepository::count(ctx); }).value(), 1);
}

void TestRepositories::faq()
{
    RUN_IN_DB({
        QList<FaqRow> rows{
            FaqRow{3, QStringLiteral("Q3"), QStringLiteral("A3"), {QStringLiteral("messe")}, QStringLiteral("fr")},
            FaqRow{7, QStringLiteral("Q7"), QStringLiteral("A7"), {}, QStringLiteral("en")}};
        CHECK(FaqRepository::replaceAll(ctx, rows).ok());
        CHECK(FaqRepository::count(ctx).value() == 2);
        // A row without an id after explicit ids gets a fresh one (the PostgreSQL sequence was moved).
        CHECK(FaqRepository::replaceAll(
                  ctx,
                  rows + QList<FaqRow>{FaqRow{0, QStringLiteral("Q"), QStringLiteral("A"), {}, QStringLiteral("fr")}})
                  .ok());
        auto all = FaqRepository::all(ctx);
        CHECK(all.ok() && all->size() == 3 && all->at(0).id == 3 && all->at(1).id == 7 && all->at(2).id > 7);
        CHECK((all->at(0).keywords == QStringList{QStringLiteral("messe")}) && all->at(1).keywords.isEmpty());
        CHECK(FaqRepository::replaceAll(ctx, {}).ok() && FaqRepository::count(ctx).value() == 0);
        return true;
    });
}

void TestRepositories::registry()
{
    RUN_IN_DB({
        CHECK(RegistryRepository::insertParent(
                  ctx, ParentRecord{QStringLiteral("SA-1"), QStringLiteral("Moussa"), QStringLiteral("221"), QString()})
                  .ok());
        StudentRecord s;
        s.studentId = QStringLiteral("ST-2");
        s.parentCode = QStringLiteral("SA-1");
        s.firstName = QStringLiteral("Paul");
        s.sessionsAttended = 22;
        s.sessionsTotal = 24;
        CHECK(RegistryRepository::insertStudent(ctx, s).ok());
        s.studentId = QStringLiteral("ST-1");
        s.firstName = QStringLiteral("Fatou");
        CHECK(RegistryRepository::insertStudent(ctx, s).ok());
        auto parent = RegistryRepository::parentByCode(ctx, QStringLiteral(" sa-1 "));
        CHECK(parent.ok() && parent->has_value() && (*parent)->fullName == QStringLiteral("Moussa"));
        CHECK(!RegistryRepository::parentByCode(ctx, QStringLiteral("SA-2"))->has_value());
        auto kids = RegistryRepository::studentsOfParent(ctx, QStringLiteral("SA-1"));
        CHECK(kids.ok() && kids->size() == 2 && kids->at(0).firstName == QStringLiteral("Fatou"));
        CHECK(kids->at(1).sessionsAttended == 22 && kids->at(1).sessionsTotal == 24);
        CHECK(RegistryRepository::parentCount(ctx).value() == 1 && RegistryRepository::studentCount(ctx).value() == 2);
        return true;
    });
}

void TestRepositories::audit()
{
    RUN_IN_DB({
        for (int i = 0; i < 3; ++i) {
            AuditEntry e{0, 100 + i, QStringLiteral("awa"), QStringLiteral("claim"), QStringLiteral("chat %1").arg(i),
                         {}};
            CHECK(AuditRepository::append(ctx, e).ok() && e.id > 0);
        }
        auto latest = AuditRepository::latest(ctx, 2);
        CHECK(latest.ok() && latest->size() == 2 && latest->at(0).detail == QStringLiteral("chat 2"));
        return true;
    });
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
