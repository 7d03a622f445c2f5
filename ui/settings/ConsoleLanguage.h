#pragma once

#include <QString>

namespace concierge::ui {

// The console's language as chosen in the settings dialog ("fr", "en"), or empty to follow the system. Kept with
// QSettings on this computer; read once at start (a change applies at the next start).
QString chosenConsoleLanguage();
void setChosenConsoleLanguage(const QString &language);

} // namespace concierge::ui
