#include "health/QrCodeDialog.h"

#include "client/ConsoleClient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace concierge::ui {

QrCodeDialog::QrCodeDialog(ConsoleClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("qrCodeDialog"));
    setWindowTitle(tr("Connect WhatsApp"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("On the parish's phone, open WhatsApp > Settings > Linked devices > Link a device, "
                               "then scan this code."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("qrImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(300, 300);
    layout->addWidget(m_image, 1);
    m_status = new QLabel(tr("Asking WhatsApp for a code…"), this);
    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &QrCodeDialog::refresh);
    m_timer.start();
    refresh();
}

void QrCodeDialog::sessionConnected()
{
    m_timer.stop();
    m_image->clear();
    m_status->setText(tr("WhatsApp is connected. You may close this window."));
}

void QrCodeDialog::refresh()
{
    m_client->get(QStringLiteral("/api/v1/whatsapp/qr"), this, [this](const ApiReply &reply) {
        if (!m_timer.isActive())
            return; // connected meanwhile
        if (!reply.ok()) {
            m_image->clear();
            m_status->setText(reply.errorCode == QLatin1String("waha_not_scanning")
                                  ? tr("WhatsApp is not waiting for a scan any more.")
                                  : tr("No code: %1").arg(reply.errorMessage));
            return;
        }
        QPixmap image;
        image.loadFromData(QByteArray::fromBase64(reply.json.value(QLatin1String("data")).toString().toLatin1()));
        m_image->setPixmap(image.scaled(300, 300, Qt::KeepAspectRatio, Qt::FastTransformation));
        m_status->setText(tr("The code changes every 20 seconds; this window follows it."));
    });
}

} // namespace concierge::ui
