// The data folder stays private even when the server starts with umask 000 (a careless service manager or shell):
// folder 0700, every file in it 0600, SQLite's own files included. Issue 10.
#include "ops/DataFolder.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace concierge;
using namespace concierge::testing;

namespace {

// The permission bits as `ls -l` shows them (e.g. 0600).
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

void writeFile(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x\n");
}

} // namespace

class TestDataFolderUmask final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_oldUmask = ::umask(0); } // files are created readable and writable by everyone
    void cleanup() { ::umask(m_oldUmask); }

    void serverFilesArePrivateUnderUmask000()
    {
        QTemporaryDir parent;
        const QString data = parent.filePath(QStringLiteral("concierge"));
        TestServer server;
        server.settings().dataDir = data;
        server.settings().webhookVerifyToken.clear(); // generated into the data folder
        server.settings().jwtSecretKey.clear();
        server.settings().adminPassword.clear();
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));

        QCOMPARE(modeOf(data), 0700);
        const QStringList files = QDir(data).entryList(QDir::Files | QDir::Hidden);
        for (const char *expected :
             {"concierge.db", "concierge.db-wal", "concierge.db-shm", "jwt-secret", "webhook-token", "admin-password"})
            QVERIFY2(files.contains(QLatin1String(expected)), expected);
        for (const QString &name : files)
            QVERIFY2(modeOf(data + u'/' + name) == 0600,
                     qPrintable(name + u' ' + QString::number(modeOf(data + u'/' + name), 8)));
    }

    void filesLeftOpenAreClosedAndLinksLeftAlone()
    {
        QTemporaryDir data;
        QTemporaryDir elsewhere;
        const QString outside = elsewhere.filePath(QStringLiteral("logo.png"));
        writeFile(outside);
        for (const char *name : {"concierge.env", "concierge.db", ".hidden"})
            writeFile(data.filePath(QLatin1String(name)));
        QVERIFY(QFile::link(outside, data.filePath(QStringLiteral("logo.png"))));
        QCOMPARE(modeOf(data.filePath(QStringLiteral("concierge.env"))), 0666);

        QVERIFY(ops::DataFolder(data.path()).prepare().ok());
        QCOMPARE(modeOf(data.path()), 0700);
        for (const char *name : {"concierge.env", "concierge.db", ".hidden"})
            QVERIFY2(modeOf(data.filePath(QLatin1String(name))) == 0600, name);
        QCOMPARE(modeOf(outside), 0666); // a link's target is not the data folder's to change
    }

private:
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TestDataFolderUmask)
#include "TestDataFolderUmask.moc"
