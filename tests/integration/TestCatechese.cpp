// Issue 7, the conversation: a parent proves who they are with their parent code and sees only their own children,
// through WhatsApp (webhook in, replies read from FakeWaha) on a server holding the demo parish. Wrong codes lead
// to a lockout; a suspended pupil gets no certificate; every disclosure and wrong code is audited.
#include "store/Database.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"
#include "support/WhatsAppUser.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace concierge;
using namespace concierge::testing;

class TestCatechese final : public QObject
{
    Q_OBJECT

private:
    FakeWaha m_waha;
    std::unique_ptr<TestServer> m_server;

    // The audit actions written for a chat, oldest first.
    QStringList auditOf(const QString &chatId)
    {
        auto actions = m_server->server()->context().db->runSync<QStringList>(
            [chatId](store::DbContext &ctx) -> Result<QStringList> {
                QSqlQuery q(ctx.db());
                q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE chat_id = ? ORDER BY id"));
                q.addBindValue(chatId);
                if (!q.exec())
                    return Error{QStringLiteral("sql"), QStringLiteral("select audit_log failed")};
                QStringList out;
                while (q.next())
                    out.append(q.value(0).toString());
                return out;
            });
        return actions ? actions.value() : QStringList{};
    }

private slots:
    void initTestCase() { QVERIFY(m_waha.start()); }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_server->settings().wahaBaseUrl = m_waha.baseUrl();
        m_server->settings().wahaApiKey = m_waha.apiKey();
        m_server->settings().rateLimitPerMinute = 1000;
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }
    void cleanup() { m_server.reset(); }

    void nothingAboutAChildBeforeTheCode()
    {
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221775550101@c.us"));
        const QString reply = parent.ask(QStringLiteral("Je voudrais les présences de Paul au catéchisme"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        QVERIFY2(!reply.contains(QStringLiteral("22")) && !reply.contains(QStringLiteral("Diop")), qPrintable(reply));
        QVERIFY(auditOf(parent.chatId()).isEmpty());
    }

    void aParentWithTwoChildrenPicksOneByNumber()
    {
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221775550101@c.us"));
        QString reply = parent.ask(QStringLiteral("Je voudrais connaître les présences de mon enfant au catéchisme"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        reply = parent.ask(QStringLiteral("SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("1. Paul (2e année)")) && reply.contains(QStringLiteral("2. Fatou")),
                 qPrintable(reply));
        reply = parent.ask(QStringLiteral("2"));
        QVERIFY2(reply.contains(QStringLiteral("Fatou a suivi 18 séances sur 24")), qPrintable(reply));
        // Verified for the session: the next question needs no code, and names the child.
        reply = parent.ask(QStringLiteral("Et le dossier de Paul ?"));
        QVERIFY2(reply.contains(QStringLiteral("Paul Diop")) && reply.contains(QStringLiteral("2025-2026")) &&
                     reply.contains(QStringLiteral("inscrit")) && reply.contains(QStringLiteral("22 séances")),
                 qPrintable(reply));
        const QStringList audit = auditOf(parent.chatId());
        QCOMPARE(audit.count(QStringLiteral("code_checked")), 1);
        QCOMPARE(audit.count(QStringLiteral("disclosure")), 2);
    }

    void aCodeInTheFirstMessageWithSpacesAndLowercase()
    {
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221771234567@c.us"));
        const QString reply = parent.ask(QStringLiteral("bonjour mon code est sa 1937, où en est mon fils ?"));
        // One child: answered at once.
        QVERIFY2(reply.contains(QStringLiteral("Ibrahima Ndiaye")) && reply.contains(QStringLiteral("Confirmation")),
                 qPrintable(reply));
    }

    void aSuspendedPupilGetsNoCertificate()
    {
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221789990011@c.us"));
        QString reply = parent.ask(QStringLiteral("Je voudrais l'attestation de catéchèse de ma fille"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        reply = parent.ask(QStringLiteral("SA-7705"));
        QVERIFY2(reply.contains(QStringLiteral("Thérèse")) && reply.contains(QStringLiteral("suspendu")) &&
                     reply.contains(QStringLiteral("agent")),
                 qPrintable(reply));
        QVERIFY(auditOf(parent.chatId()).contains(QStringLiteral("certificate_refused")));
    }

    void wrongCodesAreAnsweredGentlyThenLockTheChat()
    {
        WhatsAppUser guesser(*m_server, m_waha, QStringLiteral("221770009999@c.us"));
        QString reply = guesser.ask(QStringLiteral("certificat de catéchisme svp"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        for (int i = 1; i <= 4; ++i) {
            reply = guesser.ask(QStringLiteral("SA-%1").arg(1000 + i));
            QVERIFY2(reply.contains(QStringLiteral("ne correspond à aucun dossier")) &&
                         reply.contains(QString::number(5 - i)),
                     qPrintable(reply));
        }
        reply = guesser.ask(QStringLiteral("SA-1005"));
        QVERIFY2(reply.contains(QStringLiteral("suspendue")), qPrintable(reply));
        // Even the right code is refused while locked out, and nothing is disclosed.
        reply = guesser.ask(QStringLiteral("SA-4821"));
        QVERIFY2(reply.contains(QStringLiteral("suspendue")) && !reply.contains(QStringLiteral("Paul")),
                 qPrintable(reply));
        const QStringList audit = auditOf(guesser.chatId());
        QCOMPARE(audit.count(QStringLiteral("code_wrong")), 4);
        QCOMPARE(audit.count(QStringLiteral("lockout")), 1);
        // The consoles are told at once.
        const QByteArray events =
            m_server->get(QStringLiteral("/api/v1/events?since=0&limit=1000"), m_server->login()).body;
        QVERIFY2(events.contains("\"catechese.lockout\"") && events.contains(guesser.chatId().toUtf8()),
                 events.constData());
        QVERIFY(!audit.contains(QStringLiteral("disclosure")));
    }

    void aCertificateArrivesAsAPdf()
    {
        m_waha.setCoreEdition(false);
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221771234567@c.us"));
        QString reply = parent.ask(QStringLiteral("Bonjour, je voudrais l'attestation de catéchèse de mon fils"));
        QVERIFY2(reply.contains(QStringLiteral("code parent")), qPrintable(reply));
        const qsizetype filesBefore = m_waha.sentFiles().size();
        reply = parent.ask(QStringLiteral("SA-1937"));
        QVERIFY2(reply.contains(QStringLiteral("Voici l'attestation")) && reply.contains(QStringLiteral("CERT-")),
                 qPrintable(reply));
        QCOMPARE(m_waha.sentFiles().size(), filesBefore + 1);
        const FakeWaha::SentFile file = m_waha.sentFiles().constLast();
        QCOMPARE(file.chatId, parent.chatId());
        QVERIFY2(file.fileName.startsWith(QStringLiteral("certificat-ibrahima-ndiaye")), qPrintable(file.fileName));
        QVERIFY(file.bytes.startsWith("%PDF"));
    }

    void wahaCoreCannotSendFilesSoTheSecretariatDoes()
    {
        m_waha.setCoreEdition(true); // no PUBLIC_BASE_URL either: a follow-up for the staff
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221771234567@c.us"));
        parent.ask(QStringLiteral("certificat de catéchisme svp"));
        const QString reply = parent.ask(QStringLiteral("SA-1937"));
        m_waha.setCoreEdition(false);
        QVERIFY2(reply.contains(QStringLiteral("le secrétariat vous l'enverra")) &&
                     reply.contains(QStringLiteral("CERT-")),
                 qPrintable(reply));
        const QByteArray followups = m_server->get(QStringLiteral("/api/v1/followups"), m_server->login()).body;
        QVERIFY2(followups.contains("CERT-") && followups.contains(parent.chatId().toUtf8()), followups.constData());
    }

    void englishParent()
    {
        WhatsAppUser parent(*m_server, m_waha, QStringLiteral("221706543210@c.us"));
        QString reply = parent.ask(QStringLiteral("Hello, I would like my son's catechism record"));
        QVERIFY2(reply.contains(QStringLiteral("parent code")), qPrintable(reply));
        reply = parent.ask(QStringLiteral("SA-3350"));
        QVERIFY2(reply.contains(QStringLiteral("Joseph Faye")) && reply.contains(QStringLiteral("24 of 24")),
                 qPrintable(reply));
        // The registry's French status word is said in English.
        QVERIFY2(reply.contains(QStringLiteral("status \"completed\"")) && !reply.contains(QStringLiteral("terminé")),
                 qPrintable(reply));
    }
};

QTEST_MAIN(TestCatechese) // certificates are drawn: fonts need a QGuiApplication (offscreen)
#include "TestCatechese.moc"
