#pragma once

#include "events/LiveEvent.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::ui::inbox {

// Call-back tasks: conversations nobody could take in time. Open ones first by due date (overdue in red), marked
// done from here; done ones on demand. Live from followup.changed.
class FollowupsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowupsPanel)

public:
    explicit FollowupsPanel(ConsoleClient *client, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();
    void markSelectedDone();

signals:
    void openRequested(const QString &chatId);

private:
    void display(const QJsonArray &followups);
    void fillRow(int row, const QJsonObject &followup);
    void lookUpName(const QString &chatId);

    ConsoleClient *m_client;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showDone = nullptr;
    QPushButton *m_done = nullptr;
    QLabel *m_status = nullptr;
    QJsonArray m_followups;
    QHash<QString, QString> m_names; // chat -> contact name ("" while asked)
    QTimer m_refresh;
    int m_generation = 0;
};

} // namespace concierge::ui::inbox
