#pragma once

#include <QGroupBox>

class QTableView;

namespace concierge::ui {

class ConsoleClient;
class EventLogModel;

// "Live conversations": every live event the client receives, as a table that follows the newest row.
class EventLogPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(ConsoleClient *client, QWidget *parent = nullptr);
    EventLogModel *model() const { return m_model; }

private:
    EventLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace concierge::ui
