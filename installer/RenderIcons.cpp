// Build-time tool: writes the console's icon (ui/shell/AppIcon, the drawing the window shows) as PNG files in the
// freedesktop layout, <folder>/<n>x<n>/apps/concierge.png, for the package's usr/share/icons/hicolor/.
#include "shell/AppIcon.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display at build time
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: concierge-render-icons FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    const QIcon icon = concierge::ui::appIcon();
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(folder).arg(size);
        const QString path = dir + QStringLiteral("/concierge.png");
        if (!QDir().mkpath(dir) || !icon.pixmap(QSize(size, size)).save(path, "PNG")) {
            std::fprintf(stderr, "concierge-render-icons: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
