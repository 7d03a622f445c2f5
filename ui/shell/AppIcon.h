#pragma once

#include <QIcon>

namespace concierge::ui {

// The console's icon (window, taskbar, tray), drawn rather than loaded so that it needs no image plugin: a speech
// bubble in the parish's blue with a small cross. `badge` > 0 adds a red count, for conversations waiting.
QIcon appIcon(int badge = 0);

} // namespace concierge::ui
