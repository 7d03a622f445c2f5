// The data folder holds children's names and birth dates and the server's secrets: folder 0700, database and secret
// files 0600, whatever the umask the server was started with, and also for files an earlier version left readable.
#include "support/TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace concierge;
using namespace concierge::testing;

namespace {

constexpr QFileDevice::Permissions kOwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerRwx = kOwnerRw | QFileDevice::ExeOwner;

// The permission bits that matter (Qt adds the "User" duplicates of the owner bits).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class TestDataFolder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); } // the usual default: files readable by everyone

    void filesAreTheOwnersOnly()
    {
        QTemporaryDir parent;
        TestServer server;
        const QString data = parent.filePath(QStringLiteral("concierge"));
        server.settings().dataDir = data;
        server.settings().webhookVerifyToken.clear(); // generated into the data folder
        server.settings().jwtSecretKey.clear();
        server.settings().adminPassword.clear();
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));

        QCOMPARE(modeOf(data), kOwnerRwx);
        for (const char *name : {"concierge.db", "concierge.db-wal", "webhook-token", "jwt-secret", "admin-password"}) {
            const QString path = data + u'/' + QLatin1String(name);
            QVERIFY2(QFile::exists(path), name);
            QVERIFY2(modeOf(path) == kOwnerRw, name);
        }
    }

    void filesLeftReadableAreClosedAtStart()
    {
        QTemporaryDir data;
        const QString token = data.filePath(QStringLiteral("webhook-token"));
        QFile file(token);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an-old-token-0123456789\n");
        file.close();
        QVERIFY(QFile::setPermissions(token, kOwnerRw | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(data.path(), kOwnerRwx | QFileDevice::ReadOther | QFileDevice::ExeOther));

        TestServer server;
        server.settings().dataDir = data.path();
        server.settings().webhookVerifyToken.clear();
        QVERIFY(server.start().ok());
        QCOMPARE(modeOf(data.path()), kOwnerRwx);
        QCOMPARE(modeOf(token), kOwnerRw);
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "TestDataFolder.moc"
