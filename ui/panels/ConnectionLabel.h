#pragma once

#include <QLabel>

namespace concierge::ui {

class ConsoleClient;

// Whether the console reaches the server right now (for the status bar).
class ConnectionLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionLabel)

public:
    explicit ConnectionLabel(ConsoleClient *client, QWidget *parent = nullptr);

private:
    void showConnection(bool connected);
};

} // namespace concierge::ui
