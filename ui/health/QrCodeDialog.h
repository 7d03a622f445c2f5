#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;

namespace concierge::ui {

class ConsoleClient;

// The QR code WAHA shows while the WhatsApp session waits for the parish's phone (GET /api/v1/whatsapp/qr),
// refreshed every 20 s (WhatsApp changes it) until the session is connected.
class QrCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeDialog)

public:
    static constexpr int kRefreshMs = 20'000;

    explicit QrCodeDialog(ConsoleClient *client, QWidget *parent = nullptr);
    // The session is WORKING: say so and stop asking for codes.
    void sessionConnected();

private:
    void refresh();

    ConsoleClient *m_client;
    QLabel *m_image = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_timer;
};

} // namespace concierge::ui
