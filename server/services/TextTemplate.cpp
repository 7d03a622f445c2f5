#include "services/TextTemplate.h"

namespace concierge::services {

QString fillTemplate(QString text, const QList<QPair<QString, QString>> &values)
{
    for (const auto &[name, value] : values)
        text.replace(u'{' + name + u'}', value);
    return text;
}

} // namespace concierge::services
