#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace concierge::ui {

class ConsoleClient;
class QrCodeDialog;

// The strip across the top of the window: one chip per component (WhatsApp session, AI model, database, cache)
// in its true colour (green working, amber not configured or waiting, red down), a tooltip each, and a button to
// show the QR code while WhatsApp waits for the parish's phone to scan it.
class HealthBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBar)

public:
    enum class Level { Ok, Warning, Down };

    explicit HealthBar(ConsoleClient *client, QWidget *parent = nullptr);

    // A component's chip ("waha", "llm", "database", "cache"); its "level" property is "ok", "warning" or "down".
    QLabel *chip(const QString &component) const;
    static QString levelName(Level level);

private:
    void showHealth(const QJsonObject &health);
    void showUnreachable(const QString &reason);
    void setChip(const QString &component, const QString &title, Level level, const QString &state,
                 const QString &tooltip);
    void showQrCode();

    ConsoleClient *m_client;
    QHash<QString, QLabel *> m_chips;
    QPushButton *m_qrButton = nullptr;
    QPointer<QrCodeDialog> m_qrDialog;
};

} // namespace concierge::ui
