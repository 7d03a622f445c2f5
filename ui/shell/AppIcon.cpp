#include "shell/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace concierge::ui {

namespace {

const QColor kBlue(0x1f, 0x5f, 0xa8);
const QColor kBadge(0xd3, 0x2f, 0x2f);

QPixmap bubble(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal u = size / 16.0;
    QPainterPath path;
    path.addRoundedRect(QRectF(u, u, 14 * u, 11 * u), 3 * u, 3 * u);
    QPainterPath tail;
    tail.moveTo(4 * u, 11 * u);
    tail.lineTo(3.5 * u, 15 * u);
    tail.lineTo(8 * u, 11 * u);
    tail.closeSubpath();
    painter.fillPath(path.united(tail), kBlue);
    painter.setPen(QPen(Qt::white, 1.6 * u, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(8 * u, 3 * u), QPointF(8 * u, 10 * u));
    painter.drawLine(QPointF(5.5 * u, 5.5 * u), QPointF(10.5 * u, 5.5 * u));
    return pixmap;
}

void drawBadge(QPixmap &pixmap, int count)
{
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal size = pixmap.width() * 0.55;
    const QRectF circle(pixmap.width() - size, 0, size, size);
    painter.setBrush(kBadge);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(circle);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
}

} // namespace

QIcon appIcon(int badge)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap = bubble(size);
        if (badge > 0)
            drawBadge(pixmap, badge);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace concierge::ui
