#include "inbox/HandoffAlert.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace concierge::ui::inbox {

HandoffAlert::HandoffAlert(QWidget *window, QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(tray)
{
    setObjectName(QStringLiteral("handoffAlert"));
    m_repeat.setInterval(kDefaultIntervalMs);
    connect(&m_repeat, &QTimer::timeout, this, [this] {
        if (m_waiting == 0) {
            m_repeat.stop();
            return;
        }
        notify(tr("Still waiting for a person"),
               tr("%n conversation(s) waiting for a person in the queue.", nullptr, m_waiting));
    });
}

void HandoffAlert::setIntervalMs(int ms)
{
    m_repeat.setInterval(qMax(100, ms));
}

void HandoffAlert::setWaitingCount(int count)
{
    if (count == m_waiting)
        return;
    m_waiting = count;
    if (count == 0)
        m_repeat.stop();
    else if (!m_repeat.isActive())
        m_repeat.start();
    emit waitingCountChanged(count);
}

void HandoffAlert::raise(const QString &who, const QString &summary, bool urgent)
{
    const QString title = urgent ? tr("Urgent: %1 asks for a person").arg(who) : tr("%1 asks for a person").arg(who);
    notify(title, summary);
    m_repeat.start(); // the next reminder counts from this alert
}

void HandoffAlert::notify(const QString &title, const QString &message)
{
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
    QApplication::beep();
    if (m_window)
        QApplication::alert(m_window->window());
    emit alerted(title, message);
}

} // namespace concierge::ui::inbox
