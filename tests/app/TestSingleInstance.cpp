// One console per data folder: a second `concierge` on the same folder raises the first one's window and leaves.
#include "SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using concierge::app::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceRaisesTheFirst()
    {
        QTemporaryDir dataDir;
        SingleInstance first(dataDir.path());
        QVERIFY(!first.activateRunning(200)); // nobody runs yet: this one becomes the console
        QVERIFY(first.listen());
        QWidget window;
        window.showMinimized();
        connect(&first, &SingleInstance::activationRequested, &window, [&window] {
            window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
            window.show();
        });
        QSignalSpy raised(&first, &SingleInstance::activationRequested);

        SingleInstance second(dataDir.path());
        QVERIFY(second.activateRunning());
        QVERIFY(raised.wait(5000));
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
    }

    void anotherDataFolderIsAnotherConsole()
    {
        QTemporaryDir one;
        QTemporaryDir other;
        QVERIFY(SingleInstance::socketName(one.path()) != SingleInstance::socketName(other.path()));
        SingleInstance first(one.path());
        QVERIFY(first.listen());
        SingleInstance second(other.path());
        QVERIFY(!second.activateRunning(200));
        QVERIFY(second.listen());
    }

    void aConsoleThatEndedLeavesTheNameFree()
    {
        QTemporaryDir dataDir;
        {
            SingleInstance gone(dataDir.path());
            QVERIFY(gone.listen());
        }
        SingleInstance next(dataDir.path());
        QVERIFY(!next.activateRunning(200));
        QVERIFY(next.listen());
    }
};

QTEST_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
