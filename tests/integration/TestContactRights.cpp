// A contact's rights on the running server, on SQLite and PostgreSQL: an admin exports everything held about a
// WhatsApp contact (their messages among it) and erases it; afterwards the export is empty, the cache forgot their
// session, another contact's messages are untouched, certificates and the audit stay, and the audit records the
// erasure without any text. On SQLite, the erased text is found in no file of the data folder. Agents may do
// neither; a malformed chat id is refused.
#include "api/ServerContext.h"
#include "auth/JwtService.h"
#include "store/Database.h"
#include "store/SqliteFile.h"
#include "support/PipelineKit.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace concierge;
using namespace concierge::testing;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");
const QString kOther = QStringLiteral("221779876543@c.us");
// Distinctive enough to be found byte for byte in the database files.
const QString kSecret = QStringLiteral("Zanzibar-quokka-7731 je voudrais inscrire ma fille");

HttpResult removeContact(TestServer &server, const QString &chatId, const QByteArray &token)
{
    return httpRequest("DELETE", server.baseUrl() + QStringLiteral("/api/v1/contacts/") + chatId, {},
                       {{"Authorization", "Bearer " + token}});
}

QJsonObject exportOf(TestServer &server, const QString &chatId, const QByteArray &token)
{
    const HttpResult r = server.get(QStringLiteral("/api/v1/contacts/%1/export").arg(chatId), token);
    return r.status == 200 ? r.json() : QJsonObject{{QStringLiteral("status"), r.status}};
}

bool mentions(const QJsonArray &rows, const QString &text)
{
    return std::any_of(rows.begin(), rows.end(),
                       [&](const QJsonValue &row) { return row.toObject().value(u"text").toString() == text; });
}

// The data folder's files that contain `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(QFileInfo(file).fileName());
    }
    return found;
}

} // namespace

class TestContactRights : public QObject
{
    Q_OBJECT

private slots:
    void exportThenErase_data() { addBackendRows(); }
    void exportThenErase()
    {
        PipelineRig rig;
        PIPELINE_USE_BACKEND(rig.server, rig.pg);
        PIPELINE_START(rig);
        QCOMPARE(rig.postText(kChat, kSecret, QStringLiteral("3EB0RIGHTS1")), 200);
        QCOMPARE(rig.postText(kOther, QStringLiteral("Bonjour, quelles sont les heures de messe ?"),
                              QStringLiteral("3EB0RIGHTS2")),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(kChat) >= 1 && rig.repliesTo(kOther) >= 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"
                                                           " OR status = 'sending'")),
                                  qint64(0), 15000);
        const auto certificate = rig.db()->runSync<bool>([](store::DbContext &ctx) -> Result<bool> {
            auto &q = ctx.prepare(QStringLiteral("INSERT INTO certificates (number, student_id, chat_id, issued_at)"
                                                 " VALUES ('CAT-TEST-0001', 'ST-2025-001', ?, 1)"));
            if (auto st = ctx.exec(q, {kChat}); !st)
                return st.error();
            return true;
        });
        QVERIFY(certificate);
        const QByteArray admin = rig.server.login();
        QVERIFY(!admin.isEmpty());

        const QJsonObject before = exportOf(rig.server, kChat, admin);
        QCOMPARE(before.value(u"chat_id").toString(), kChat);
        QVERIFY2(mentions(before.value(u"messages").toArray(), kSecret), QJsonDocument(before).toJson().constData());
        QVERIFY(mentions(before.value(u"inbox").toArray(), kSecret));
        QVERIFY(!before.value(u"outbox").toArray().isEmpty());
        QCOMPARE(before.value(u"certificates").toArray().size(), 1);
        QVERIFY(before.value(u"contact").isObject());
        QVERIFY(before.value(u"cache").toObject().value(u"session").isObject());
        QVERIFY(!mentions(before.value(u"messages").toArray(),
                          QStringLiteral("Bonjour, quelles sont les heures de messe ?")));

        // The duplicate check's recent ids hold WhatsApp's message ids, which name the phone number.
        const QString recentOfChat = QStringLiteral("SELECT COUNT(*) FROM recent_message_ids WHERE waha_message_id IN"
                                                    " (SELECT waha_message_id FROM inbox WHERE chat_id = ?)");
        QCOMPARE(rig.count(recentOfChat, {kChat}), qint64(1));
        const QString recentOfMessage =
            QStringLiteral("SELECT COUNT(*) FROM recent_message_ids WHERE waha_message_id LIKE '%3EB0RIGHTS%'");
        QCOMPARE(rig.count(recentOfMessage), qint64(2));

        // Several servers on one PostgreSQL note the chats whose rows another one stored (migration 15).
        const QString notes = QStringLiteral("SELECT COUNT(*) FROM lease_notes");
        rig.rows(QStringLiteral("INSERT INTO lease_notes (chat_id, noted_at_ms) VALUES (?, 1), (?, 1)"),
                 {kChat, QStringLiteral("221770009999@c.us")});
        QCOMPARE(rig.count(notes), qint64(2));

        const HttpResult erased = removeContact(rig.server, kChat, admin);
        QCOMPARE(erased.status, 200);
        QVERIFY(erased.json().value(u"rows").toObject().value(u"interactions").toInt() >= 2);
        QCOMPARE(erased.json().value(u"rows").toObject().value(u"recent_message_ids").toInt(), 1);
        QCOMPARE(erased.json().value(u"rows").toObject().value(u"lease_notes").toInt(), 1);
        QCOMPARE(rig.count(recentOfMessage), qint64(1)); // the other contact's stays
        QCOMPARE(rig.count(notes), qint64(1));

        const QJsonObject after = exportOf(rig.server, kChat, admin);
        for (const char *key : {"messages", "inbox", "outbox", "sessions", "handoffs", "followups"})
            QVERIFY2(after.value(QLatin1String(key)).toArray().isEmpty(), key);
        QVERIFY(after.value(u"contact").isNull());
        QVERIFY(after.value(u"cache").toObject().value(u"session").isNull());
        QCOMPARE(after.value(u"certificates").toArray().size(), 1);
        // Another contact's conversation is untouched.
        QVERIFY(mentions(exportOf(rig.server, kOther, admin).value(u"messages").toArray(),
                         QStringLiteral("Bonjour, quelles sont les heures de messe ?")));
        // The audit says that it happened, and who did it, without the text.
        const QList<QVariantMap> audit = rig.rows(
            QStringLiteral("SELECT actor, detail FROM audit_log WHERE chat_id = ? AND action = 'contact_erased'"),
            {kChat});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().value(QStringLiteral("actor")).toString(), rig.server.settings().adminUsername);
        QVERIFY(!audit.first().value(QStringLiteral("detail")).toString().contains(QStringLiteral("quokka")));
    }

    // secure_delete: the erased text is in no file of the data folder (database, log, index) afterwards.
    void noTraceInTheFiles()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        QCOMPARE(rig.postText(kChat, kSecret, QStringLiteral("3EB0TRACE1")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(kChat) >= 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"
                                                           " OR status = 'sending'")),
                                  qint64(0), 15000);
        const QString dataDir = rig.server.dataDir();
        const QString database = dataDir + QStringLiteral("/concierge.db");
        const QByteArray needle = kSecret.toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT(store::sqliteFile::truncateLog(database).ok(), 10000);
        QVERIFY2(filesContaining(dataDir, needle).contains(QStringLiteral("concierge.db")),
                 "the text should be in the database before the erasure (else this test proves nothing)");

        QCOMPARE(removeContact(rig.server, kChat, rig.server.login()).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(store::sqliteFile::truncateLog(database).ok(), 10000);
        const QStringList traces = filesContaining(dataDir, needle);
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u',')));
    }

    void onlyAdmins()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        const QByteArray agent = rig.server.server()
                                     ->context()
                                     .jwt->issue(QStringLiteral("agent1"), QStringLiteral("agent"))
                                     .value()
                                     .toUtf8();
        QCOMPARE(rig.server.get(QStringLiteral("/api/v1/contacts/%1/export").arg(kChat), agent).status, 403);
        QCOMPARE(removeContact(rig.server, kChat, agent).status, 403);
        QCOMPARE(rig.server.get(QStringLiteral("/api/v1/contacts/%1/export").arg(kChat)).status, 401);
        const HttpResult bad = rig.server.get(QStringLiteral("/api/v1/contacts/a'b/export"), rig.server.login());
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("invalid_field"));
    }
};

QTEST_GUILESS_MAIN(TestContactRights)
#include "TestContactRights.moc"
