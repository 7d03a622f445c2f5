// `concierge --screenshots DIR`: each page that exists is shown and saved as DIR/<name>.png, with the first
// conversation selected; a page missing from the build is skipped, and the tour still ends.
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "client/ConsoleClient.h"

#include <QImage>
#include <QListWidget>
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
    void savesTheExistingPagesAndSkipsTheOthers()
    {
        QTemporaryDir out;
        // No server: the client's requests fail fast, and the tour waits for none of them beyond its bounds.
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}},
                          new ConsoleClient(QStringLiteral("http://127.0.0.1:1")));
        auto *page = new QWidget;
        page->setObjectName(QStringLiteral("conversationsPage"));
        auto *list = new QListWidget(page);
        list->setObjectName(QStringLiteral("conversationList"));
        list->addItems({QStringLiteral("Awa Ndiaye"), QStringLiteral("Moussa Diop")});
        window.addPage(page, QStringLiteral("Conversations"));
        window.resize(1280, 800);
        window.show();

        ScreenshotTour tour(&window, out.filePath(QStringLiteral("en")));
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(ScreenshotTour::kFirstWaitMs + ScreenshotTour::kMaxWaitMs));
        QCOMPARE(finished.first().first().toInt(), 1);
        const QImage shot(out.filePath(QStringLiteral("en/conversations.png")));
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 1000);
        QCOMPARE(list->currentRow(), 0); // the first conversation was selected before the shot
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("en/handoff.png"))));
    }

    void endsWhenNoPageExists()
    {
        QTemporaryDir out;
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}},
                          new ConsoleClient(QStringLiteral("http://127.0.0.1:1")));
        ScreenshotTour tour(&window, out.path());
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), 0);
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
