#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "client/ConsoleClient.h"

#include <QAbstractItemView>
#include <QDir>
#include <QItemSelectionModel>
#include <QPixmap>

namespace concierge::app {

namespace {
constexpr int kPollMs = 100;
}

ScreenshotTour::ScreenshotTour(ui::MainWindow *window, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_pending(pages())
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
}

QList<QPair<QString, QString>> ScreenshotTour::pages()
{
    return {{QStringLiteral("conversationsPage"), QStringLiteral("conversations")},
            {QStringLiteral("handoffPage"), QStringLiteral("handoff")},
            {QStringLiteral("servicesPage"), QStringLiteral("services")},
            {QStringLiteral("knowledgePage"), QStringLiteral("knowledge")},
            {QStringLiteral("dashboardPage"), QStringLiteral("dashboard")},
            {QStringLiteral("simulatorPage"), QStringLiteral("simulator")}};
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_waitedMs = -kFirstWaitMs; // the first page also waits for the console's start
    showNext();
}

void ScreenshotTour::showNext()
{
    while (!m_pending.isEmpty() && m_window) {
        QWidget *page = m_window->findChild<QWidget *>(m_pending.first().first);
        if (page) {
            m_window->showPage(page);
            prepare(page);
            m_quietMs = 0;
            m_poll.start();
            return;
        }
        qWarning("screenshots: no page %s in this build, skipped", qPrintable(m_pending.first().first));
        m_pending.removeFirst();
    }
    m_poll.stop();
    emit finished(m_saved);
}

void ScreenshotTour::prepare(QWidget *page)
{
    // A selected row shows its details (a conversation's thread, a service's texts): more telling than an empty
    // pane. The conversation list if the page has one, else its first list with rows.
    auto *view = page->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
    if (!view || !view->isVisible()) {
        view = nullptr;
        for (auto *candidate : page->findChildren<QAbstractItemView *>()) {
            if (candidate->isVisible() && candidate->model() && candidate->model()->rowCount() > 0) {
                view = candidate;
                break;
            }
        }
    }
    if (!view || !view->model() || view->model()->rowCount() == 0)
        return;
    // Cleared first: a view may already hold row 0 as current without anyone having opened it.
    const QModelIndex first = view->model()->index(0, 0);
    if (view->currentIndex() != first || !view->selectionModel()->isSelected(first)) {
        view->selectionModel()->clearCurrentIndex();
        view->setCurrentIndex(first);
    }
}

void ScreenshotTour::poll()
{
    m_waitedMs += kPollMs;
    const bool busy = m_window && m_window->client()->pendingRequests() > 0;
    m_quietMs = busy ? 0 : m_quietMs + kPollMs;
    if (m_quietMs == kPollMs * 2 && m_window) // data may have come: select (once), then let it settle
        prepare(m_window->currentPage());
    if ((m_waitedMs >= 0 && m_quietMs >= kSettleMs) || m_waitedMs >= kMaxWaitMs)
        save();
}

void ScreenshotTour::save()
{
    m_poll.stop();
    const auto [pageName, fileName] = m_pending.takeFirst();
    const QString path = QDir(m_directory).filePath(fileName + QStringLiteral(".png"));
    if (m_window && m_window->grab().save(path))
        ++m_saved;
    else
        qWarning("screenshots: could not write %s", qPrintable(path));
    m_waitedMs = 0;
    showNext();
}

} // namespace concierge::app
