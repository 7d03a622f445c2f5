#include "settings/ConsoleLanguage.h"

#include <QSettings>

namespace concierge::ui {

namespace {
const QString kKey = QStringLiteral("console/language");
}

QString chosenConsoleLanguage()
{
    const QString language = QSettings().value(kKey).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

void setChosenConsoleLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, language);
}

} // namespace concierge::ui
