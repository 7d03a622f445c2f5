#pragma once

#include <QObject>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace concierge::ui::inbox {

// Tells staff that someone asks for a person: a tray notification, a sound and the taskbar, at once and again
// every interval while anyone is still waiting. The waiting count itself is shown by whoever listens to
// waitingCountChanged (the window title and icon badge).
class HandoffAlert final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffAlert)

public:
    static constexpr int kDefaultIntervalMs = 60000;

    HandoffAlert(QWidget *window, QSystemTrayIcon *tray, QObject *parent = nullptr);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_repeat.interval(); }
    int waitingCount() const { return m_waiting; }
    // The number of conversations waiting for a person, from the server's queue.
    void setWaitingCount(int count);
    // A new request for a person: alert now (and keep reminding while any is waiting).
    void raise(const QString &who, const QString &summary, bool urgent);

signals:
    void waitingCountChanged(int count);
    void alerted(const QString &title, const QString &message);

private:
    void notify(const QString &title, const QString &message);

    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QTimer m_repeat;
    int m_waiting = 0;
};

} // namespace concierge::ui::inbox
