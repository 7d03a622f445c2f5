#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace concierge::ui {
class MainWindow;
}

namespace concierge::app {

// `concierge --screenshots DIR` (scripts/screenshots): once the console has loaded its data, shows each page in
// turn, selects something sensible on it (the first conversation or row), waits until no request is in flight
// (bounded), saves the window as DIR/<name>.png and quits. A page this build lacks is skipped with a warning.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    static constexpr int kFirstWaitMs = 3000; // health, live feed, first pages of the lists
    static constexpr int kSettleMs = 600;     // no request in flight for this long: the page is loaded
    static constexpr int kMaxWaitMs = 10'000;

    ScreenshotTour(ui::MainWindow *window, QString directory, QObject *parent = nullptr);

    // {"conversationsPage", "conversations"}, ...: the page's objectName and the file's name.
    static QList<QPair<QString, QString>> pages();
    void start();

signals:
    void finished(int saved);

private:
    void showNext();
    void prepare(QWidget *page);
    void poll();
    void save();

    QPointer<ui::MainWindow> m_window;
    QString m_directory;
    QList<QPair<QString, QString>> m_pending;
    QTimer m_poll;
    int m_waitedMs = 0;
    int m_quietMs = 0;
    int m_saved = 0;
};

} // namespace concierge::app
