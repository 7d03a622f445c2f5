#pragma once

namespace concierge::ui {

class MainWindow;

// Tools > Settings… (administrators): opens the settings dialog; a restart it asks for becomes the window's
// serverRestartRequested().
void installSettingsAction(MainWindow *window);

} // namespace concierge::ui
