// `concierge --screenshots DIR`: each page that exists is shown and saved as DIR/<name>.png; a page missing from
// the build is skipped, and the tour still ends. (scripts/screenshots runs it on a server with a day of messages.)
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "client/ConsoleClient.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using concierge::app::ScreenshotTour;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;

class TestScreenshotTour : public QObject
{
    Q_OBJECT

private slots:
    void savesEachPageAndSkipsAMissingOne()
    {
        QTemporaryDir out;
        // No server: the client's requests fail fast, and the tour waits for none of them beyond its bounds.
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}},
                          new ConsoleClient(QStringLiteral("http://127.0.0.1:1")));
        // A page this build would not have: the tour must go on without it.
        window.findChild<QWidget *>(QStringLiteral("simulatorPage"))->setObjectName(QStringLiteral("renamed"));
        window.resize(1280, 800);
        window.show();

        ScreenshotTour tour(&window, out.filePath(QStringLiteral("en")));
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(6 * (ScreenshotTour::kFirstWaitMs + ScreenshotTour::kMaxWaitMs)));
        QCOMPARE(finished.first().first().toInt(), 5);
        for (const char *name : {"conversations", "handoff", "services", "knowledge", "dashboard"}) {
            const QImage shot(out.filePath(QStringLiteral("en/%1.png").arg(QLatin1String(name))));
            QVERIFY2(!shot.isNull(), name);
            QVERIFY(shot.width() >= 1000);
        }
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("en/simulator.png"))));
    }

    void endsWhenNoPageExists()
    {
        QTemporaryDir out;
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}},
                          new ConsoleClient(QStringLiteral("http://127.0.0.1:1")));
        for (const char *name :
             {"conversationsPage", "handoffPage", "servicesPage", "knowledgePage", "dashboardPage", "simulatorPage"})
            window.findChild<QWidget *>(QLatin1String(name))->setObjectName(QString());
        ScreenshotTour tour(&window, out.path());
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), 0);
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
