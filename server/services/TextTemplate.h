#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace concierge::services {

// Fills the {placeholders} of a reply text from services.json ("{first_name} : {attended} séances sur {total}").
// Unknown placeholders stay as they are, so that a typo in an edited text shows instead of vanishing.
QString fillTemplate(QString text, const QList<QPair<QString, QString>> &values);

} // namespace concierge::services
